#!/bin/sh
# Runs a test inside a private D-Bus session with its own, unlocked GNOME Keyring (Secret Service),
# so the desktop-keyring test never sees the user's real keyring. Without dbus-run-session or
# gnome-keyring-daemon the test runs as it is and skips (or fails, when the keyring is required).
# Usage: run-with-keyring.sh TEST [ARGS...]
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    exec "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    # A password on standard input creates and unlocks a fresh "login" keyring in the private HOME,
    # without the prompt (which would need a display).
    eval "$(printf "smtp-doctor-test" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    SMTPDOCTOR_PRIVATE_KEYRING=1 "$@"
' sh "$@"
