#!/bin/sh
# Runs a test in a private network namespace, where it may bind 127.0.0.1:53 for its own name
# server: QDnsLookup in Qt 6.4 asks port 53 only, and a test must never touch the host's port 53.
# Tries `unshare -rn` (works for a normal user too), then `unshare -n` (root), brings lo up, and
# runs the test with SMTPDOCTOR_DNS_NETNS=private. If no namespace can be made, it runs the test
# anyway with SMTPDOCTOR_DNS_NETNS_UNAVAILABLE=<why>: the test then skips, or fails when
# SMTPDOCTOR_REAL_SERVERS=required (CI).
# Usage: run-in-netns.sh <test executable> [arguments...]
set -u
[ $# -ge 1 ] || { echo "usage: $0 <test> [arguments...]" >&2; exit 2; }

# $0 inside is the test, "$@" its arguments.
inner='if ip link set lo up; then
    export SMTPDOCTOR_DNS_NETNS=private
else
    export SMTPDOCTOR_DNS_NETNS_UNAVAILABLE="the loopback interface of the new namespace could not be brought up"
fi
exec "$0" "$@"'

reason=
if ! command -v unshare >/dev/null 2>&1; then
    reason="unshare (util-linux) is not installed"
elif ! command -v ip >/dev/null 2>&1; then
    reason="ip (iproute2) is not installed"
else
    for flags in -rn -n; do
        if unshare $flags true 2>/dev/null; then
            exec unshare $flags sh -c "$inner" "$@"
        fi
    done
    reason="neither 'unshare -rn' nor 'unshare -n' may create a network namespace here"
fi
SMTPDOCTOR_DNS_NETNS_UNAVAILABLE=$reason
export SMTPDOCTOR_DNS_NETNS_UNAVAILABLE
exec "$@"
