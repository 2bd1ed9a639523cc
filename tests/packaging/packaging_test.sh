#!/usr/bin/env bash
# The Debian packages, one step per CTest test (see CMakeLists.txt):
#   build     cpack builds medinexus-client and medinexus-server from this build tree
#   lintian   lintian finds no error and no warning
#   contents  files, control fields, conffiles, the .desktop, AppStream and logrotate files,
#             translations, the packaged configuration, dependencies satisfiable here
#   sandbox   dpkg installs both into a disposable root (maintainer scripts included), the
#             installed server is initialised and served as its system user from the unit's
#             own command line, the installed client reports its version, then remove keeps
#             the data and purge deletes it
# Environment (set by CTest): MEDINEXUS_BUILD_DIR, MEDINEXUS_SOURCE_DIR, MEDINEXUS_VERSION,
# MEDINEXUS_DEB_DIR.
set -euo pipefail

step=${1:?usage: packaging_test.sh build|lintian|contents|sandbox}
build_dir=${MEDINEXUS_BUILD_DIR:?}
source_dir=${MEDINEXUS_SOURCE_DIR:?}
version=${MEDINEXUS_VERSION:?}
deb_dir=${MEDINEXUS_DEB_DIR:?}
arch=$(dpkg --print-architecture)
client_deb=$deb_dir/medinexus-client_${version}_${arch}.deb
server_deb=$deb_dir/medinexus-server_${version}_${arch}.deb
failures=0
work=""        # each step's scratch directory, removed on exit
server_pid=""  # the sandboxed server while it runs
cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
    fi
    if [[ -n $work ]]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

expect_eq() {  # what, expected, actual
    if [[ "$2" == "$3" ]]; then
        echo "ok: $1"
    else
        fail "$1: expected '$2', got '$3'"
    fi
}

expect_cmd() {  # what, command...
    local what=$1
    shift
    if "$@"; then
        echo "ok: $what"
    else
        fail "$what"
    fi
}

expect_no_match() {  # what, extended regex, text
    if grep -qE "$2" <<<"$3"; then
        fail "$1"
    else
        echo "ok: $1"
    fi
}

finish() {
    if ((failures > 0)); then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}

need_debs() {
    [[ -f $client_deb && -f $server_deb ]] || { echo "FAIL: packages missing in $deb_dir (packaging_build_debs)" >&2; exit 1; }
}

control_field() {  # deb, field
    dpkg-deb --field "$1" "$2"
}

step_build() {
    rm -rf "$deb_dir"
    (cd "$build_dir" && cpack --config CPackConfig.cmake -B "$deb_dir")
    expect_cmd "client package built" test -f "$client_deb"
    expect_cmd "server package built" test -f "$server_deb"
    finish
}

step_lintian() {
    need_debs
    # As root lintian only notes that it would rather not: it reads the packages, installs nothing.
    expect_cmd "lintian: no error, no warning" lintian --fail-on error,warning "$client_deb" "$server_deb"
    finish
}

expect_files() {  # deb, path...
    local deb=$1
    shift
    local listing
    listing=$(dpkg-deb --contents "$deb" | awk '{print $6}')
    for path in "$@"; do
        if grep -qxF "./$path" <<<"$listing"; then
            echo "ok: $(basename "$deb") has /$path"
        else
            fail "$(basename "$deb") lacks /$path"
        fi
    done
}

expect_depends() {  # deb, package...
    local depends
    depends=$(control_field "$1" Depends)
    for package in "${@:2}"; do
        if grep -qE "(^|, )$package( |,|$)" <<<"$depends"; then
            echo "ok: $(basename "$1") depends on $package"
        else
            fail "$(basename "$1") does not depend on $package (Depends: $depends)"
        fi
    done
}

step_contents() {
    need_debs
    work=$(mktemp -d)

    local icons=()
    for size in 16 22 24 32 48 64 128 256 512; do
        icons+=("usr/share/icons/hicolor/${size}x${size}/apps/medinexus.png")
    done
    expect_files "$client_deb" usr/bin/medinexus-client \
        usr/share/applications/org.medinexus.Client.desktop \
        usr/share/metainfo/org.medinexus.Client.metainfo.xml \
        "${icons[@]}" usr/share/icons/hicolor/scalable/apps/medinexus.svg \
        usr/share/medinexus/translations/medinexus_fr.qm usr/share/medinexus/translations/medinexus_en.qm \
        usr/share/man/man1/medinexus-client.1.gz \
        usr/share/doc/medinexus-client/copyright usr/share/doc/medinexus-client/changelog.gz
    expect_files "$server_deb" usr/bin/medinexus-server \
        lib/systemd/system/medinexus-server.service \
        etc/medinexus/server.conf etc/logrotate.d/medinexus-server \
        usr/share/man/man1/medinexus-server.1.gz \
        usr/share/doc/medinexus-server/copyright usr/share/doc/medinexus-server/changelog.gz \
        usr/share/doc/medinexus-server/README.Debian

    for deb in "$client_deb" "$server_deb"; do
        expect_eq "$(basename "$deb") version is the project's" "$version" "$(control_field "$deb" Version)"
        expect_eq "$(basename "$deb") architecture" "$arch" "$(control_field "$deb" Architecture)"
    done
    expect_eq "client package name" medinexus-client "$(control_field "$client_deb" Package)"
    expect_eq "server package name" medinexus-server "$(control_field "$server_deb" Package)"
    # Runtime dependencies come from the binaries' libraries (dpkg-shlibdeps).
    expect_depends "$client_deb" libqt6widgets6 libqt6network6 libqt6printsupport6 libqt6websockets6 \
        libsqlcipher0 libqt6keychain1 libargon2-1 libqrencode4 libc6
    expect_depends "$server_deb" libqt6core6 libsqlcipher0 libssl3 libargon2-1 passwd libc6
    expect_cmd "client recommends a keychain" grep -q gnome-keyring <<<"$(control_field "$client_deb" Recommends)"

    dpkg-deb --control "$server_deb" "$work/server-control"
    expect_eq "server conffiles" $'/etc/medinexus/server.conf\n/etc/logrotate.d/medinexus-server' "$(cat "$work/server-control/conffiles")"
    for script in postinst prerm postrm; do
        expect_eq "server $script is executable" 755 "$(stat -c %a "$work/server-control/$script")"
        expect_cmd "server $script is valid sh" sh -n "$work/server-control/$script"
    done

    dpkg-deb --extract "$client_deb" "$work/client"
    dpkg-deb --extract "$server_deb" "$work/server"
    expect_cmd ".desktop entry valid" desktop-file-validate "$work/client/usr/share/applications/org.medinexus.Client.desktop"
    expect_cmd "AppStream metadata valid" appstreamcli validate --no-net "$work/client/usr/share/metainfo/org.medinexus.Client.metainfo.xml"
    expect_cmd "AppStream release is this version" grep -q "<release version=\"$version\"" \
        "$work/client/usr/share/metainfo/org.medinexus.Client.metainfo.xml"
    for lang in fr en; do
        expect_cmd "installed $lang translation is this build's" \
            cmp "$work/client/usr/share/medinexus/translations/medinexus_$lang.qm" "$build_dir/translations/medinexus_$lang.qm"
    done
    expect_cmd "man pages are gzip" gzip -t "$work/client/usr/share/man/man1/medinexus-client.1.gz" "$work/server/usr/share/man/man1/medinexus-server.1.gz"

    # The packaged configuration is exactly the server's defaults, listening on every interface.
    expect_eq "packaged server.conf is the server's defaults" \
        "$("$work/server/usr/bin/medinexus-server" config --data-dir "$work/no-such-dir" --listen 0.0.0.0:8443)" \
        "$(cat "$work/server/etc/medinexus/server.conf")"
    # logrotate parses the rule (its `su` user exists only once the package is installed, so
    # the check runs it for root).
    sed 's/^\(\s*su\) medinexus adm$/\1 root root/' "$work/server/etc/logrotate.d/medinexus-server" > "$work/logrotate.conf"
    local rotate
    rotate=$(logrotate --debug --state "$work/logrotate.state" "$work/logrotate.conf" 2>&1) \
        && echo "ok: logrotate accepts the rule" || fail "logrotate: $rotate"

    # Everything the packages depend on is satisfiable on this Debian: apt would install them
    # and nothing else.
    local plan
    plan=$(apt-get --simulate --no-install-recommends install "$client_deb" "$server_deb" 2>&1 || true)
    expect_eq "apt installs exactly the two packages" $'medinexus-client\nmedinexus-server' \
        "$(awk '$1 == "Inst" {print $2}' <<<"$plan" | sort)"
    finish
}

step_sandbox() {
    need_debs
    if [[ $(id -u) -ne 0 ]]; then
        echo "the sandbox install needs root (it sets file owners, as dpkg does); CI runs it as root"
        exit 77
    fi
    local root
    work=$(mktemp -d)
    chmod 0755 "$work"
    root=$work/root

    # A disposable root: an empty dpkg database and the base system's accounts.
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/etc"
    touch "$root/var/lib/dpkg/status"
    printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\nadm:x:4:\n' >"$root/etc/group"
    printf 'root:*:19000:0:99999:7:::\n' >"$root/etc/shadow"
    printf 'root:*::\nadm:*::\n' >"$root/etc/gshadow"
    chmod 0640 "$root/etc/shadow" "$root/etc/gshadow"
    [[ -f /etc/login.defs ]] && cp /etc/login.defs "$root/etc/"
    # The maintainer scripts run outside a chroot, on this system's tools, with every path
    # under $DPKG_ROOT. Dependencies are libraries of this system (checked by `contents`).
    run_dpkg() {
        dpkg --root="$root" --force-script-chrootless --force-depends --force-confdef --force-confold \
            --log="$work/dpkg.log" "$@" </dev/null
    }

    local output
    output=$(run_dpkg --install "$server_deb" "$client_deb" 2>&1) || { echo "$output"; fail "dpkg --install"; finish; }
    echo "$output"
    expect_cmd "postinst says how to create the server" grep -q "sudo -u medinexus medinexus-server init" <<<"$output"
    for package in medinexus-server medinexus-client; do
        expect_eq "$package installed" "install ok installed" "$(dpkg-query --root="$root" -W -f='${Status}' "$package")"
    done

    local passwd uid gid adm_gid
    passwd=$(grep '^medinexus:' "$root/etc/passwd" || true)
    uid=$(cut -d: -f3 <<<"$passwd")
    gid=$(grep '^medinexus:' "$root/etc/group" | cut -d: -f3)
    adm_gid=$(grep '^adm:' "$root/etc/group" | cut -d: -f3)
    expect_cmd "system user medinexus created (uid < 1000)" test -n "$uid" -a "${uid:-1000}" -lt 1000
    expect_eq "its shell refuses logins" /usr/sbin/nologin "$(cut -d: -f7 <<<"$passwd")"
    expect_eq "its home is the data directory" /var/lib/medinexus "$(cut -d: -f6 <<<"$passwd")"
    expect_eq "data directory: 0700, the service's" "700 $uid $gid" "$(stat -c '%a %u %g' "$root/var/lib/medinexus")"
    expect_eq "log directory: 0750, the service's, group adm" "750 $uid $adm_gid" "$(stat -c '%a %u %g' "$root/var/log/medinexus")"
    expect_eq "configuration: 0640, root, readable by the service" "640 0 $gid" "$(stat -c '%a %u %g' "$root/etc/medinexus/server.conf")"

    # The unit, checked by systemd against the installed files (with this system's targets).
    local unit=$root/lib/systemd/system/medinexus-server.service
    if command -v systemd-analyze >/dev/null && [[ -d /lib/systemd/system ]]; then
        cp -n /lib/systemd/system/*.target "$root/lib/systemd/system/" 2>/dev/null || true
        local verify
        verify=$(systemd-analyze verify --man=no --root="$root" medinexus-server.service 2>&1) && [[ -z $verify ]] \
            && echo "ok: systemd-analyze verify: no complaint" || fail "systemd-analyze verify: $verify"
    else
        fail "systemd-analyze is missing (scripts/install-deps.sh installs systemd)"
    fi
    expect_cmd "unit runs as the system user" grep -qx 'User=medinexus' "$unit"
    expect_cmd "unit is sandboxed" grep -qx 'ProtectSystem=strict' "$unit"

    # The installed binaries: versions from the one project version, libraries all found.
    expect_eq "installed client --version (no display)" "medinexus-client $version" \
        "$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$root/usr/bin/medinexus-client" --version)"
    expect_cmd "installed client --help (no display) lists --server" grep -q -- "--server" \
        <<<"$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$root/usr/bin/medinexus-client" --help)"
    expect_eq "installed server --version" "medinexus-server $version" "$("$root/usr/bin/medinexus-server" --version)"
    for binary in medinexus-client medinexus-server; do
        expect_no_match "$binary finds all its libraries" "not found" "$(ldd "$root/usr/bin/$binary")"
    done

    # The server, as its unit starts it: the unit's own command line (paths moved into the
    # sandbox), as the system user, logging where the unit appends.
    local exec_start
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    exec_start=${exec_start//\/usr\/bin\//$root/usr/bin/}
    exec_start=${exec_start//\/var\/lib\/medinexus/$root/var/lib/medinexus}
    exec_start=${exec_start//\/etc\/medinexus/$root/etc/medinexus}
    local -a serve_cmd
    read -r -a serve_cmd <<<"$exec_start"
    local server_bin=${serve_cmd[0]}
    local paths=(--data-dir "$root/var/lib/medinexus" --config "$root/etc/medinexus/server.conf")
    mkdir -p "$work/home" && chown "$uid:$gid" "$work/home"
    as_service() {
        HOME=$work/home setpriv --reuid="$uid" --regid="$gid" --clear-groups "$@"
    }
    local password=Package-Test-Pw-2026
    output=$(as_service "$server_bin" init "${paths[@]}" --facility-name "Package test" <<<"$password" 2>&1) \
        || fail "init as the service user: $output"
    expect_cmd "init prints the certificate fingerprint" grep -q "fingerprint" <<<"$output"
    expect_eq "store owned by the service" "$uid" "$(stat -c %u "$root/var/lib/medinexus/store.db")"
    expect_eq "TLS private key: 0600" 600 "$(stat -c %a "$root/var/lib/medinexus/tls/server.key")"
    expect_cmd "init wrote no second configuration" test ! -e "$root/var/lib/medinexus/medinexus-server.conf"

    local log=$root/var/log/medinexus/server.log
    # Not through as_service: $! must be the server itself (setpriv execs it) for SIGTERM.
    HOME=$work/home setpriv --reuid="$uid" --regid="$gid" --clear-groups "${serve_cmd[@]}" --listen 127.0.0.1:0 >>"$log" 2>&1 &
    server_pid=$!
    local port=""
    for _ in $(seq 100); do
        port=$(sed -n 's|.*listening on https://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -1)
        [[ -n $port ]] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z $port ]]; then
        fail "the installed server did not start: $(cat "$log")"
        finish
    fi
    local ca=$root/var/lib/medinexus/tls/server.crt
    expect_eq "installed server answers /healthz over TLS" "{\"status\":\"ok\",\"version\":\"$version\"}" \
        "$(curl -sS --cacert "$ca" "https://127.0.0.1:$port/healthz")"
    local login
    login=$(curl -sS --cacert "$ca" -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$password\"}" "https://127.0.0.1:$port/api/v1/auth/login")
    expect_cmd "the administrator logs in to the installed server" grep -q '"role":"admin"' <<<"$login"
    kill -TERM "$server_pid"
    local status=0
    wait "$server_pid" || status=$?
    server_pid=""
    expect_eq "SIGTERM stops the server cleanly" 0 "$status"
    expect_cmd "its log is in /var/log/medinexus" grep -q "MediNexus server stopped" "$log"
    expect_cmd "audit verify passes" as_service "$server_bin" audit verify "${paths[@]}"

    # Reinstalling (an upgrade to the same version) keeps the store and the edited configuration.
    echo "# edited by the administrator" >>"$root/etc/medinexus/server.conf"
    output=$(run_dpkg --install "$server_deb" 2>&1) || fail "dpkg reinstall: $output"
    expect_cmd "reinstall keeps the store" test -f "$root/var/lib/medinexus/store.db"
    expect_cmd "reinstall keeps the edited configuration" grep -q "edited by the administrator" "$root/etc/medinexus/server.conf"
    expect_no_match "postinst does not ask for init once the store exists" "medinexus-server init" "$output"

    # Remove keeps the data; purge deletes it.
    output=$(run_dpkg --remove medinexus-server medinexus-client 2>&1) || fail "dpkg --remove: $output"
    expect_cmd "remove: binaries gone" test ! -e "$root/usr/bin/medinexus-server" -a ! -e "$root/usr/bin/medinexus-client"
    expect_cmd "remove: the store is kept" test -f "$root/var/lib/medinexus/store.db"
    expect_cmd "remove: the log is kept" test -f "$log"
    expect_cmd "remove: the configuration is kept" test -f "$root/etc/medinexus/server.conf"
    output=$(run_dpkg --purge medinexus-server medinexus-client 2>&1) || fail "dpkg --purge: $output"
    expect_cmd "purge: data directory deleted" test ! -e "$root/var/lib/medinexus"
    expect_cmd "purge: logs deleted" test ! -e "$root/var/log/medinexus"
    expect_cmd "purge: configuration deleted" test ! -e "$root/etc/medinexus"
    expect_cmd "purge: the system user stays (files it owned may remain elsewhere)" grep -q '^medinexus:' "$root/etc/passwd"
    expect_eq "purged from dpkg's database" "" "$(dpkg-query --root="$root" -W -f='${db:Status-Abbrev}' medinexus-server 2>/dev/null || true)"
    finish
}

case $step in
build) step_build ;;
lintian) step_lintian ;;
contents) step_contents ;;
sandbox) step_sandbox ;;
*) echo "unknown step: $step" >&2; exit 2 ;;
esac
