#!/usr/bin/env bash
# The production configuration in packaging/deploy/, checked with the real Debian 12 tools:
#   - haproxy -c accepts haproxy.cfg without a warning;
#   - etcd.conf, rendered for its three members (addresses moved to loopback), starts a real
#     three-member etcd cluster that reports itself healthy;
#   - patroni --validate-config accepts both Patroni files against that etcd (the
#     validator checks the addresses it can reach, so they are moved to loopback too), and
#     both files differ only in the member's name and addresses;
#   - systemd-analyze verify accepts the template unit and the drop-in with the packaged unit;
#   - archive-wal.sh archives a file, accepts the same file again and refuses a different one.
# Test-only changes to the files are plain substitutions (10.0.0.x -> 127.0.0.x, ports -> free
# ports, data paths -> a scratch directory) and nothing else.
# Exit 77 (skipped, with the reason) when a tool is missing: apt-get install haproxy patroni
# etcd-server etcd-client systemd.
#   MEDINEXUS_SOURCE_DIR  the checkout (default: two levels above this script)
set -euo pipefail

source_dir=${MEDINEXUS_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
deploy=$source_dir/packaging/deploy
# shellcheck source=scripts/pg-common.sh
source "$source_dir/scripts/pg-common.sh"

missing=()
for tool in haproxy patroni etcd etcdctl systemd-analyze; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]} > 0)); then
    echo "SKIP: missing ${missing[*]} (apt-get install haproxy patroni etcd-server etcd-client systemd)"
    exit 77
fi

base=""
etcd_pids=()
cleanup() {
    local status=$? pid
    for pid in "${etcd_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    [[ -n $base ]] && rm -rf "$base"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=tests/postgres/test_report.sh
source "$source_dir/tests/postgres/test_report.sh"

base=$(mktemp -d "${TMPDIR:-/tmp}/medinexus-deploy.XXXXXX")
chmod 0755 "$base"

# --- HAProxy -----------------------------------------------------------------------------
if output=$(haproxy -c -f "$deploy/haproxy/haproxy.cfg" 2>&1); then
    if grep -qE '\[(WARNING|ALERT)\]' <<<"$output"; then
        fail "haproxy -c: warnings: $output"
    else
        ok "haproxy -c: haproxy.cfg is valid, no warning"
    fi
else
    fail "haproxy -c: $output"
fi
grep -qE '^\s+balance leastconn' "$deploy/haproxy/haproxy.cfg" && grep -q 'uri /healthz' "$deploy/haproxy/haproxy.cfg" \
    && grep -q 'uri /primary' "$deploy/haproxy/haproxy.cfg" && ok "haproxy.cfg checks /healthz (leastconn) and /primary" \
    || fail "haproxy.cfg lacks the /healthz or /primary checks"

# --- etcd: three real members on loopback -------------------------------------------------
client_port=$(pg_free_port 23790)
peer_port=$(pg_free_port $((client_port + 1)))
rest_port=$(pg_free_port $((peer_port + 1)))
pg_port=$(pg_free_port $((rest_port + 1)))
# The example's machines moved to loopback addresses: 10.0.0.11 -> 127.0.0.11, ...
to_loopback=(-e 's/10\.0\.0\.\(1[123]\)/127.0.0.\1/g'
             -e "s/:2379/:$client_port/g" -e "s/:2380/:$peer_port/g"
             -e "s/:8008/:$rest_port/g" -e "s/:5432/:$pg_port/g")
endpoints=""
for member in 1 2 3; do
    address=127.0.0.1$member
    env_file=$base/etcd$member.env
    # The lines marked PER MEMBER: the name and this machine's address (the cluster list
    # keeps all three). The extra loopback client URL is dropped: three members on one
    # machine cannot all bind 127.0.0.1.
    sed "${to_loopback[@]}" \
        -e "s/^ETCD_NAME=.*/ETCD_NAME=\"etcd$member\"/" \
        -e "/^ETCD_INITIAL_CLUSTER=/!s/127\.0\.0\.11:/$address:/g" \
        -e "s#,http://127\.0\.0\.1:$client_port##" \
        -e "s#^ETCD_DATA_DIR=.*#ETCD_DATA_DIR=\"$base/etcd$member\"#" \
        "$deploy/etcd/etcd.conf" >"$env_file"
    # Every variable must be one of etcd's flags: a misspelt one would be ignored silently.
    while IFS= read -r variable; do
        flag=--$(tr 'A-Z_' 'a-z-' <<<"${variable#ETCD_}")
        etcd --help 2>&1 | grep -qE "^\s+$flag( |$)" || fail "etcd.conf: $variable is not an etcd flag ($flag)"
    done < <(sed -n 's/^\(ETCD_[A-Z0-9_]*\)=.*/\1/p' "$env_file")
    # shellcheck source=/dev/null
    (set -a && source "$env_file" && exec etcd) >"$base/etcd$member.log" 2>&1 &
    etcd_pids+=($!)
    endpoints+=${endpoints:+,}$address:$client_port
done
healthy=0
for _ in $(seq 100); do
    if etcdctl --endpoints="$endpoints" --dial-timeout=1s endpoint health >/dev/null 2>&1; then
        healthy=1
        break
    fi
    sleep 0.2
done
if ((healthy)); then
    ok "etcd.conf: three members started and are healthy"
    members=$(etcdctl --endpoints="$endpoints" member list | wc -l)
    [[ $members -eq 3 ]] && ok "etcd: three members in the cluster" || fail "etcd: $members members"
else
    fail "etcd.conf: the three members did not become healthy"
    tail -n 20 "$base"/etcd*.log >&2 || true
fi

# --- Patroni ------------------------------------------------------------------------------
for node in 1 2; do
    rendered=$base/patroni-node$node.yml
    sed "${to_loopback[@]}" "$deploy/patroni/patroni-node$node.yml" >"$rendered"
    if output=$(patroni --validate-config "$rendered" 2>&1) && [[ -z $output ]]; then
        ok "patroni --validate-config: patroni-node$node.yml"
    else
        fail "patroni --validate-config patroni-node$node.yml: $output"
    fi
done
# The two files are one configuration: only the name and the member's addresses differ.
differences=$(diff <(sed -e 's/10\.0\.0\.1[12]:\(8008\|5432\)/ADDRESS:\1/; s/listen: 10\.0\.0\.1[12],/listen: ADDRESS,/' \
                         -e 's/^name: db[12] /name: NAME /' -e '1,4d' "$deploy/patroni/patroni-node1.yml") \
                  <(sed -e 's/10\.0\.0\.1[12]:\(8008\|5432\)/ADDRESS:\1/; s/listen: 10\.0\.0\.1[12],/listen: ADDRESS,/' \
                         -e 's/^name: db[12] /name: NAME /' -e '1,4d' "$deploy/patroni/patroni-node2.yml") || true)
[[ -z $differences ]] && ok "patroni-node1.yml and patroni-node2.yml differ only in name and addresses" \
    || fail "patroni-node1.yml and patroni-node2.yml differ beyond name and addresses: $differences"
for setting in 'synchronous_mode: true' 'synchronous_mode_strict: true' 'use_pg_rewind: true' 'archive_mode: "on"'; do
    grep -qF "$setting" "$deploy/patroni/patroni-node1.yml" && ok "patroni: $setting" || fail "patroni: $setting is missing"
done
if grep -E '^\s+- host' "$deploy/patroni/patroni-node1.yml" | grep -vq 'scram-sha-256'; then
    fail "patroni: a network pg_hba line does not use scram-sha-256"
else
    ok "patroni: every network login is scram-sha-256"
fi

# --- systemd ------------------------------------------------------------------------------
root=$base/systemd-root
mkdir -p "$root/lib/systemd/system" "$root/etc/systemd/system/medinexus-server.service.d" "$root/usr/bin"
cp -n /lib/systemd/system/*.target "$root/lib/systemd/system/" 2>/dev/null || true
printf '#!/bin/sh\n' >"$root/usr/bin/medinexus-server"
chmod 0755 "$root/usr/bin/medinexus-server"
cp "$source_dir/packaging/linux/server/medinexus-server.service" "$root/lib/systemd/system/"
cp "$deploy/systemd/medinexus-server@.service" "$root/etc/systemd/system/"
cp "$deploy/systemd/medinexus-server.service.d/postgresql.conf" "$root/etc/systemd/system/medinexus-server.service.d/"
if verify=$(systemd-analyze verify --man=no --root="$root" medinexus-server@node1.service medinexus-server.service 2>&1) \
    && [[ -z $verify ]]; then
    ok "systemd-analyze verify: the template unit and the drop-in, no complaint"
else
    fail "systemd-analyze verify: $verify"
fi

# --- archive-wal.sh -------------------------------------------------------------------------
mkdir -p "$base/archive"
head -c 65536 /dev/urandom >"$base/segment"
if sh "$deploy/postgresql/archive-wal.sh" "$base/segment" 000000010000000000000001 "$base/archive" \
    && cmp -s "$base/segment" "$base/archive/000000010000000000000001"; then
    ok "archive-wal.sh archives a segment"
else
    fail "archive-wal.sh did not archive the segment"
fi
sh "$deploy/postgresql/archive-wal.sh" "$base/segment" 000000010000000000000001 "$base/archive" \
    && ok "archive-wal.sh accepts the same segment twice" || fail "archive-wal.sh refused the same segment again"
head -c 65536 /dev/urandom >"$base/other"
if sh "$deploy/postgresql/archive-wal.sh" "$base/other" 000000010000000000000001 "$base/archive" 2>/dev/null; then
    fail "archive-wal.sh overwrote an archived segment with different content"
else
    cmp -s "$base/segment" "$base/archive/000000010000000000000001" \
        && ok "archive-wal.sh refuses a different segment under the same name" || fail "archive-wal.sh damaged the archive"
fi
[[ -z $(find "$base/archive" -name '.*') ]] && ok "archive-wal.sh leaves no temporary file" \
    || fail "archive-wal.sh left temporary files"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: packaging/deploy configuration"
