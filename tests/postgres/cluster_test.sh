#!/usr/bin/env bash
# scripts/cluster.sh, as a demo or a developer uses it, with the real programs: `up` builds
# a primary, a synchronous standby, two medinexus-server nodes and HAProxy on loopback;
# a login through HAProxy, a patient written through node1 and read through node2 (the
# session lives in the database); `kill-primary` makes the nodes answer 503; `promote`
# brings the service back through HAProxy, with the session and the acknowledged patient
# still there (synchronous standby); `down` stops everything (twice is fine), `up` starts
# the promoted cluster again, `down --purge` deletes it.
# Runs as root (every program then runs as `postgres`) or as a normal user.
# Exit 77 (skipped) when PostgreSQL 15, HAProxy or curl is missing.
#   MEDINEXUS_SOURCE_DIR    the checkout (default: two levels above this script)
#   MEDINEXUS_SERVER_BINARY the server (default: build/default/server/medinexus-server)
set -euo pipefail

source_dir=${MEDINEXUS_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
export MEDINEXUS_SERVER_BINARY=${MEDINEXUS_SERVER_BINARY:-$source_dir/build/default/server/medinexus-server}
# shellcheck source=scripts/pg-common.sh
source "$source_dir/scripts/pg-common.sh"
cluster=$source_dir/scripts/cluster.sh

for tool in "$pg_bin/initdb" haproxy curl openssl; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (scripts/install-deps.sh installs postgresql, haproxy, curl, openssl)"
        exit 77
    fi
done

dir=""
cleanup() {
    local status=$?
    if [[ -n $dir ]]; then
        "$cluster" down --purge "$dir" >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=tests/postgres/test_report.sh
source "$source_dir/tests/postgres/test_report.sh"

# Six free ports: PostgreSQL base+2, base+3, HAProxy's statistics base+4, nodes base+11,
# base+12, HAProxy base+13.
base_port=""
for candidate in $(seq 28430 100 31430); do
    busy=0
    for offset in 2 3 4 11 12 13; do
        pg_port_in_use $((candidate + offset)) && busy=1
    done
    if ((busy == 0)); then
        base_port=$candidate
        break
    fi
done
[[ -n $base_port ]] || die "no free range of ports"
export MEDINEXUS_CLUSTER_PORT_BASE=$base_port MEDINEXUS_CLUSTER_PATIENTS=5
front=https://127.0.0.1:$((base_port + 13))
node1=https://127.0.0.1:$((base_port + 11))
node2=https://127.0.0.1:$((base_port + 12))

dir=$(mktemp -d "${TMPDIR:-/tmp}/medinexus-cluster.XXXXXX")
LOG_DIR=$dir
echo "--- cluster.sh up $dir"
up_output=$("$cluster" up "$dir") || die "cluster.sh up failed: $up_output"
echo "$up_output"
cacert=$dir/node1/tls/server.crt

fingerprint=$(openssl x509 -in "$cacert" -noout -fingerprint -sha256 | cut -d= -f2)
grep -qF "$front" <<<"$up_output" && ok "up prints HAProxy's address" || fail "up does not print $front"
grep -qF "$fingerprint" <<<"$up_output" && ok "up prints the certificate's fingerprint" || fail "up does not print $fingerprint"
cmp -s "$cacert" "$dir/node2/tls/server.crt" && ok "node2 has node1's certificate (one fingerprint to pin)" \
    || fail "the nodes' certificates differ"
password=$(sed -n 's/.*administrator: *admin, password: \([^ ]*\) .*/\1/p' <<<"$up_output")
[[ -n $password ]] && ok "up prints the administrator and the password" || fail "up prints no admin password"

status=$("$cluster" status "$dir")
echo "$status"
grep -q "pg1 .*: primary" <<<"$status" && grep -q "pg2 .*: standby" <<<"$status" \
    && grep -q "replication to pg2: streaming, sync" <<<"$status" \
    && ok "status: pg1 primary, pg2 synchronous standby" || fail "status does not show a synchronous standby"

# curl helpers: a request prints its status code (000 when nothing answers); its body is
# left in $dir/body, read by body and json_field (the request runs in a subshell).
request() {  # method url [token] [json]
    local method=$1 url=$2 token=${3:-} data=${4:-} code
    local args=(-s --max-time 10 --cacert "$cacert" -X "$method" -o "$dir/body" -w '%{http_code}')
    [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
    [[ -n $data ]] && args+=(-H 'Content-Type: application/json' --data-binary "$data")
    rm -f "$dir/body"
    code=$(curl "${args[@]}" "$url" 2>/dev/null) || code=${code:-000}
    echo "$code"
}
body() {
    cat "$dir/body" 2>/dev/null || true
}
json_field() {  # name: the string field of that name in the last body (the last one if several)
    body | sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -n 1
}
wait_status() {  # url expected seconds
    local deadline=$((SECONDS + $3))
    while ((SECONDS < deadline)); do
        [[ $(request GET "$1") == "$2" ]] && return 0
        sleep 0.3
    done
    return 1
}

demo_password=$(sed -n "s/.*every account's password is: //p" "$dir/demo.txt")
[[ $(request POST "$front/api/v1/auth/login" "" "{\"username\":\"dr.diallo\",\"password\":\"$demo_password\"}") == 200 ]] \
    && ok "login through HAProxy" || die "login through HAProxy: $(body)"
token=$(json_field token)

patient='{"givenNames":"Awa","familyName":"Cluster","sex":"female","estimatedBirthYear":1984,"village":"Kedougou"}'
[[ $(request POST "$node1/api/v1/patients" "$token" "$patient") == 201 ]] \
    && ok "a patient written through node1 with the session opened through HAProxy" || die "write through node1: $(body)"
patient_id=$(json_field id)
[[ $(request GET "$node2/api/v1/patients/$patient_id" "$token") == 200 ]] \
    && ok "node2 reads it with the same session (state in the database)" || fail "read through node2: $(body)"

echo "--- cluster.sh kill-primary"
"$cluster" kill-primary "$dir"
wait_status "$node1/healthz" 503 30 && ok "node1 answers 503 without a primary" || fail "node1 does not answer 503"
wait_status "$node2/healthz" 503 30 && ok "node2 answers 503 without a primary" || fail "node2 does not answer 503"
[[ $(request GET "$node1/api/v1/patients/$patient_id" "$token") == 503 ]] \
    && ok "a request without a primary gets 503 (the client retries)" || fail "request without a primary: $(body)"
"$cluster" promote "$dir" && ok "promote" || die "cluster.sh promote failed"
promoted=$SECONDS
wait_status "$front/healthz" 200 30 && ok "HAProxy answers again $((SECONDS - promoted)) s after the promotion" \
    || fail "HAProxy does not answer 200 after the promotion"
[[ $(request GET "$front/api/v1/patients/$patient_id" "$token") == 200 ]] && grep -qF '"familyName":"Cluster"' <<<"$(body)" \
    && ok "the session and the acknowledged patient survived the loss of the primary" \
    || fail "after the failover: $(body)"
status=$("$cluster" status "$dir")
grep -q "pg1 .*: retired" <<<"$status" && grep -q "pg2 .*: primary" <<<"$status" \
    && ok "status: pg2 primary, pg1 retired" || fail "status after promote: $status"

echo "--- cluster.sh down (twice), up, down --purge"
pids=()
for file in "$dir"/node1.pid "$dir"/node2.pid "$dir"/haproxy.pid "$dir"/pg2/postmaster.pid; do
    pids+=("$(head -n 1 "$file")")
done
"$cluster" down "$dir" && "$cluster" down "$dir" && ok "down twice" || fail "down twice"
running=0
for pid in "${pids[@]}"; do
    # A zombie (exited, not yet reaped by init) has stopped.
    kill -0 "$pid" 2>/dev/null && [[ $(ps -o stat= -p "$pid" 2>/dev/null) != Z* ]] && running=1
done
((running == 0)) && ok "down stopped every process" || fail "processes still run after down: ${pids[*]}"
"$cluster" up "$dir" >/dev/null && wait_status "$front/healthz" 200 30 \
    && ok "up starts the stopped (promoted) cluster again" || fail "up after down"
! pg_port_in_use $((base_port + 2)) && ok "the retired primary stays stopped" || fail "the retired primary was started"
"$cluster" down --purge "$dir" >/dev/null && [[ ! -e $dir ]] && ok "down --purge deletes the cluster" \
    || fail "down --purge"
dir=""

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: cluster.sh"
