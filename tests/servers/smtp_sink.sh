#!/bin/bash
# Runs Postfix's smtp-sink on 127.0.0.1:PORT for SMTP Doctor's integration tests.
# Prints "READY <port>" on stdout once it listens; stops it and exits when standard input
# closes (so a test that dies never leaves it behind) or on SIGTERM, SIGINT or SIGHUP. Exits non-zero
# without "READY" when smtp-sink cannot start (the port was taken: choose another and try again).
#
# usage: smtp_sink.sh PORT [smtp-sink options ...]     (see smtp-sink(1): -f, -r, -q, -W ...)
set -u

port=$1
shift
sink=${SMTP_SINK:-/usr/sbin/smtp-sink}
# As root smtp-sink insists on dropping privileges after it has bound the port.
[ "$(id -u)" -eq 0 ] && set -- -u nobody "$@"

"$sink" "$@" "127.0.0.1:$port" 10 </dev/null &
sink_pid=$!
# A background command of a script reads /dev/null unless given a descriptor explicitly.
exec 3<&0
cat <&3 >/dev/null &
stdin_pid=$!
exec 3<&-

stop() {
    kill "$sink_pid" "$stdin_pid" 2>/dev/null
    wait "$sink_pid" 2>/dev/null
    exit "$1"
}
trap 'stop 0' TERM INT HUP
# Should the test die before it reads "READY", writing it must not kill this script (leaving
# smtp-sink behind): the write fails, and the closed standard input stops everything as usual.
trap '' PIPE

# Whether smtp-sink listens on 127.0.0.1:$port, alone: the only socket that /proc/net/tcp lists in
# state LISTEN (0A) there is one of its descriptors. smtp-sink sets SO_REUSEPORT, so a second
# smtp-sink that happened to take the same port would share it (and its connections) silently;
# then this returns 2. Unlike a test connection, looking opens no SMTP session.
listening() {
    local inodes fd
    inodes=$(awk -v local="$(printf '0100007F:%04X' "$port")" '$2 == local && $4 == "0A" { print $10 }' /proc/net/tcp)
    [ -n "$inodes" ] || return 1
    [ "$(printf '%s\n' "$inodes" | wc -l)" -eq 1 ] || return 2
    for fd in "/proc/$sink_pid/fd/"*; do
        [ "$(readlink "$fd" 2>/dev/null)" = "socket:[$inodes]" ] && return 0
    done
    return 2
}

ready=0
for _ in $(seq 200); do
    if ! kill -0 "$sink_pid" 2>/dev/null; then
        wait "$sink_pid"
        status=$?
        echo "smtp_sink.sh: smtp-sink exited with status $status" >&2
        stop $((status == 0 ? 1 : status))
    fi
    listening
    case $? in
    0)
        ready=1
        break
        ;;
    2)
        echo "smtp_sink.sh: another program listens on 127.0.0.1:$port too" >&2
        stop 1
        ;;
    esac
    sleep 0.02
done
if [ "$ready" -ne 1 ]; then
    echo "smtp_sink.sh: smtp-sink does not listen on 127.0.0.1:$port" >&2
    stop 1
fi
echo "READY $port"

wait -n "$sink_pid" "$stdin_pid"
stop 0
