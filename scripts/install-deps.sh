#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing MediNexus need.
# Only what is missing is installed, so a second run does not touch the network.
#   scripts/install-deps.sh [EXTRA-PACKAGE...]
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config git curl
    # Qt 6 (core, widgets, print support, network, sql, test, translations) and the keychain
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-websockets-dev qtkeychain-qt6-dev
    # storage, crypto, server
    libsqlcipher-dev sqlcipher libboost1.81-dev libboost-json1.81-dev libssl-dev openssl
    libargon2-dev libqrencode-dev libpq-dev postgresql
    # scale-out: the deploy configuration's programs, run by the postgres tests (python3-etcd:
    # Patroni's etcd client, one of its alternative dependencies, not installed without recommends)
    haproxy patroni python3-etcd etcd-server etcd-client
    # tests: GoogleTest, a real keychain on a private D-Bus, a virtual display
    libgtest-dev gnome-keyring dbus-x11 xvfb
    clang-14 libclang-rt-14-dev  # fuzzing (scripts/fuzz.sh): clang and its libFuzzer runtime
    # GUI tests: the printed prescription's QR code read back (PDF to image, QR decoder)
    poppler-utils zbar-tools
    # package tests: CPack's dependency scan, lintian, the desktop/AppStream/unit/logrotate checks
    dpkg-dev lintian desktop-file-utils appstream systemd logrotate
)

# Extra packages a caller needs beyond these (e.g. bench/run.sh: wrk, nginx-light, jq).
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
