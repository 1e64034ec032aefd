#!/usr/bin/env bash
# Wall time of one full CLI session (EHLO, MAIL, RCPT, DATA with 1 KB, QUIT) against Postfix's
# smtp-sink on loopback, side by side with swaks sending the same message; then the peak memory
# (maximum resident set size) of sending a 100 MB message.
#
#   bench/session-vs-swaks.sh [build-dir]     (default: build/release, as made by scripts/run)
#
# Needs: smtp-sink (postfix), swaks, hyperfine, GNU time — installed by this script when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib.sh"
ensure_packages postfix swaks hyperfine time
build=${1:-$root/build/release}
cli="$build/src/cli/smtp-doctor-cli"
[ -x "$cli" ] || { log "build the CLI first (scripts/run builds $root/build/release)"; exit 1; }

work=$(mktemp -d)
trap 'kill "$sink" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user=$( [ "$(id -u)" -eq 0 ] && echo "-u nobody" || true )
# shellcheck disable=SC2086
/usr/sbin/smtp-sink $user 127.0.0.1:"$port" 100 &
sink=$!
sleep 0.3

python3 - "$work/1k.eml" <<'PY'
import sys
body = "".join("Line %03d of a one kilobyte test message....\r\n" % i for i in range(19))
msg = "From: a@example.org\r\nTo: b@example.net\r\nSubject: bench\r\n\r\n" + body
open(sys.argv[1], "w").write(msg[:1024])
PY

common="--from a@example.org --to b@example.net"
hyperfine --warmup 3 --runs 30 --export-markdown "$work/result.md" --export-json "$work/result.json" \
    -n smtp-doctor-cli "$cli --server 127.0.0.1:$port --security none $common --data $work/1k.eml" \
    -n swaks "swaks --server 127.0.0.1 --port $port $common --data @$work/1k.eml --silent 2"
cat "$work/result.md"
python3 - "$work/result.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-16s median %.1f ms over %d runs" % (r["command"], r["median"] * 1000, len(r["times"])))
PY

python3 - "$work/100m.eml" <<'PY'
import sys
line = b"0123456789" * 9 + b"\r\n"
with open(sys.argv[1], "wb") as f:
    f.write(b"From: a@example.org\r\nTo: b@example.net\r\nSubject: big\r\n\r\n")
    for _ in range(100 * 1024 * 1024 // len(line)):
        f.write(line)
PY
/usr/bin/time -f "smtp-doctor-cli, 100 MB message: %e s, peak RSS %M KiB" \
    "$cli" --server 127.0.0.1:"$port" --security none $common --data "$work/100m.eml" >/dev/null
/usr/bin/time -f "swaks, 100 MB message: %e s, peak RSS %M KiB" \
    swaks --server 127.0.0.1 --port "$port" $common --data @"$work/100m.eml" --silent 2 >/dev/null
