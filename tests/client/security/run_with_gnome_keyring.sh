#!/bin/sh
# Runs a test binary against a real gnome-keyring on a private D-Bus session:
#   dbus-run-session -- sh run_with_gnome_keyring.sh <test binary> [gtest arguments...]
# HOME and the XDG folders are temporary, so the user's own keyring is never touched. Works
# as root and without a display (CI): only the Secret Service component is started, and the
# login keyring is created unlocked from a password given on stdin, so nothing prompts.
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: dbus-run-session -- sh $0 <test binary> [arguments...]" >&2
    exit 2
fi
binary=$1
shift
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "$0: no D-Bus session bus; run it under dbus-run-session" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/medinexus-keyring.XXXXXX")
daemon_pid=
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HOME="$work/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# QtKeychain picks its backend from the desktop: no desktop means the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID \
    GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY

printf '%s' 'medinexus-test-keyring' >"$work/keyring-password"
gnome-keyring-daemon --foreground --unlock --components=secrets <"$work/keyring-password" >"$work/daemon.log" 2>&1 &
daemon_pid=$!

# Wait until the daemon owns the Secret Service name (NameHasOwner never activates anything).
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "$0: gnome-keyring-daemon exited:" >&2
        cat "$work/daemon.log" >&2
        daemon_pid=
        exit 1
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 300 ]; then
        echo "$0: gnome-keyring-daemon did not register org.freedesktop.secrets in 30 s:" >&2
        cat "$work/daemon.log" >&2
        exit 1
    fi
    sleep 0.1
done

status=0
MEDINEXUS_PRIVATE_KEYRING=1 "$binary" "$@" || status=$?
exit "$status"
