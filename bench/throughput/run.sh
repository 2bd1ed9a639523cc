#!/usr/bin/env bash
# Server throughput against nginx (issue 8).
#
# Starts the real medinexus-server on a community (below), logs a doctor in, and loads two authenticated
# reads with wrk (64 keep-alive TLS connections by default):
#   record: GET /api/v1/patients/{id}         (a whole patient record, audited as a read)
#   pull:   GET /api/v1/sync/pull?after=C&limit=L  (one page of a sync pull, as clients ask)
# The baseline, measured in the same run on the same machine: nginx serving the very bytes the
# server answered (fetched once with curl) as static files over TLS, with the server's
# certificate and key, protocols, cipher suites and groups, 2 worker processes (the server runs
# one I/O thread per core) and no access log. Target: server >= 0.5 x nginx requests/s.
#
# The server is measured without its access log (--no-access-log), then with it (one line per
# request on stderr, here redirected to a file: what production runs).
#
# The community: the benchmark community of bench/README.md (medinexus-bench-server generate:
# 10,000 patients and 200,000 entries at --scale 1, so records of about 20 entries) when that
# program is built in the build directory, else `medinexus-server demo` (200 patients, records
# of 1 to 5 entries). The record read is a patient of median size among the first 21 patients.
#
# Prints one row per figure on stdout (format: bench/README.md); progress goes to stderr.
# Fails (exit 1) when wrk reports any non-2xx answer or socket error, or a step fails.
#
# Usage: bench/throughput/run.sh [--build-dir DIR] [--scale X] [--server PATH]
#            [--community generated|demo] [--duration S] [--warmup S] [--connections N]
#            [--threads N] [--patients N] [--pull-limit N] [--no-access-log-run] [--keep]
#            [--profile DIR]
# DIR (default build/bench) holds server/medinexus-server (and bench/medinexus-bench-server);
# --scale scales the generated community; below 1 it is a smoke run (3 s per figure).
# --profile DIR: `perf record` (DWARF call graphs) on the server during each measured server
# run; inclusive and self costs per function go to DIR/perf-<figure>.txt.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="build/bench"
server_bin="${MEDINEXUS_SERVER:-}"
scale=1
community=""
duration=""
warmup=""
connections=64
threads=2
patients=""
pull_limit=500      # the desktop client's page (client/core/sync/sync_engine.h: pullPage)
with_access_log=1
keep=0
profile_dir=""
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --server) server_bin="$2"; shift 2 ;;
        --community) community="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --patients) patients="$2"; shift 2 ;;
        --pull-limit) pull_limit="$2"; shift 2 ;;
        --no-access-log-run) with_access_log=0; shift ;;
        --keep) keep=1; shift ;;
        --profile) profile_dir="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "throughput: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

log() { echo "throughput: $*" >&2; }
die() { echo "throughput: FAILED: $*" >&2; exit 1; }

# A relative build directory is taken from the current directory, else from the repository.
if [[ "$build_dir" != /* && ! -d "$build_dir" ]]; then
    build_dir="$repo_root/$build_dir"
fi
[[ -n "$server_bin" ]] || server_bin="$build_dir/server/medinexus-server"
bench_server="$build_dir/bench/medinexus-bench-server"
if [[ -z "$community" ]]; then
    if [[ -x "$bench_server" ]]; then community=generated; else community=demo; fi
fi
smoke="$(awk -v s="$scale" 'BEGIN { print (s < 1) ? 1 : 0 }')"
[[ -n "$duration" ]] || duration=$([[ "$smoke" == 1 ]] && echo 3 || echo 20)
[[ -n "$warmup" ]] || warmup=$([[ "$smoke" == 1 ]] && echo 1 || echo 3)
case "$community" in
    generated)
        [[ -x "$bench_server" ]] || die "--community generated needs $bench_server"
        # At least a full pull page after the directory, at any scale.
        [[ -n "$patients" ]] || patients="$(awk -v s="$scale" 'BEGIN { p = int(10000 * s + 0.5); print (p < 100) ? 100 : p }')"
        entries="$(awk -v p="$patients" 'BEGIN { print 20 * p }')"
        ;;
    demo) [[ -n "$patients" ]] || patients=200 ;;
    *) die "--community: generated or demo" ;;
esac

if [[ -n "$profile_dir" ]]; then
    command -v perf >/dev/null || die "--profile needs perf"
    mkdir -p "$profile_dir"
    profile_dir="$(cd "$profile_dir" && pwd)"
fi

for tool in wrk curl jq; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
[[ -x "$nginx_bin" ]] || die "nginx is not installed ($nginx_bin)"
[[ -x "$server_bin" ]] || die "no server binary at $server_bin (build medinexus-server, or pass --server)"
for number in "$duration" "$warmup" "$connections" "$threads" "$patients" "$pull_limit"; do
    [[ "$number" =~ ^[0-9]+$ ]] || die "expected a whole number, got '$number'"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/medinexus-throughput.XXXXXX")"
server_pid=""
nginx_pid=""

cleanup() {
    local status=$?
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ -n "$nginx_pid" ]] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    if [[ "$keep" == 1 || $status -ne 0 ]]; then
        log "work directory kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- The server and its community ----------------------------------------------------------

data="$work/data"
cert="$data/tls/server.crt"
key="$data/tls/server.key"
if [[ "$community" == generated ]]; then
    log "generating the benchmark community: $patients patients, $entries entries"
    "$bench_server" generate --data-dir "$data" --patients "$patients" --entries "$entries" >"$work/generate.out" 2>"$work/generate.err" \
        || { cat "$work/generate.err" >&2; die "medinexus-bench-server generate"; }
    # The generated accounts (bench/server/community_generator.h).
    generator_header="$repo_root/bench/server/community_generator.h"
    login_user="$(sed -n 's/.*kBenchDoctor\[\] = "\(.*\)";.*/\1/p' "$generator_header")"
    login_password="$(sed -n 's/.*kBenchPassword\[\] = "\(.*\)";.*/\1/p' "$generator_header")"
else
    log "creating a demo community with $patients patients"
    "$server_bin" demo --data-dir "$data" --patients "$patients" >"$work/demo.out" 2>&1 \
        || { cat "$work/demo.out" >&2; die "medinexus-server demo"; }
    login_user=dr.diallo
    login_password="$(sed -n 's/.*every account.s password is: //p' "$work/demo.out")"
fi
[[ -n "$login_user" && -n "$login_password" ]] || die "cannot tell the community's doctor and password"

server_port=""
# start_server <tag> <access log: 0|1>
start_server() {
    local tag="$1" access_log="$2"
    local args=(serve --data-dir "$data" --listen 127.0.0.1:0)
    [[ "$access_log" == 1 ]] || args+=(--no-access-log)
    "$server_bin" "${args[@]}" >"$work/serve-$tag.out" 2>"$work/serve-$tag.err" &
    server_pid=$!
    local attempt
    for attempt in $(seq 1 300); do
        # (The file may not exist yet: the background shell creates it.)
        server_port="$(sed -n 's#^MediNexus server listening on https://127\.0\.0\.1:\([0-9]*\)$#\1#p' "$work/serve-$tag.out" 2>/dev/null || true)"
        [[ -n "$server_port" ]] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve-$tag.err" >&2; die "the server exited at start"; }
        sleep 0.1
    done
    [[ -n "$server_port" ]] || die "the server did not announce its port within 30 s"
    curl -sS --fail --cacert "$cert" --max-time 10 "https://127.0.0.1:$server_port/healthz" >/dev/null \
        || die "GET /healthz on the server failed"
}

stop_server() {
    kill -TERM "$server_pid"
    local code=0
    wait "$server_pid" || code=$?
    server_pid=""
    [[ $code -eq 0 ]] || die "the server exited with code $code when stopped"
}

# curl_api <method> <path> [body]: the answer's body; fails on a non-2xx answer.
curl_api() {
    local method="$1" path="$2" body="${3:-}"
    local args=(-sS --fail-with-body --cacert "$cert" --max-time 30 -X "$method")
    [[ -n "${token:-}" ]] && args+=(-H "@$work/auth.header")
    [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    curl "${args[@]}" "https://127.0.0.1:$server_port$path"
}

start_server setup 0
log "logging in as $login_user"
token="$(curl_api POST /api/v1/auth/login "{\"username\":\"$login_user\",\"password\":\"$login_password\"}" | jq -er .token)" \
    || die "login"
# The header lives in a 0600 file for curl; wrk only takes it on its command line (a throwaway
# session on loopback, gone with the work directory).
(umask 077; printf 'Authorization: Bearer %s\n' "$token" >"$work/auth.header")

# A record of typical size: the median by entries among the first 21 patients of the sync log.
patient_ids="$(curl_api GET "/api/v1/sync/pull?limit=1000" \
    | jq -r '[.changes[] | select(.objectType == "patient" and .baseVersion == 0) | .objectId][:21][]')"
[[ -n "$patient_ids" ]] || die "no patient in the first page of the sync log"
: >"$work/entries-by-patient"
for id in $patient_ids; do
    count="$(curl_api GET "/api/v1/patients/$id" | jq -e '.entries | length')" || die "reading a record"
    echo "$count $id" >>"$work/entries-by-patient"
done
patient_id="$(sort -n -k1,1 -k2 "$work/entries-by-patient" \
    | awk -v n="$(wc -l <"$work/entries-by-patient")" 'NR == int((n + 1) / 2) {print $2}')"

# A full page of clinical changes: skip the first changes (the directory: facilities, users).
pull_after="$(curl_api GET "/api/v1/sync/pull?limit=10" | jq -er .nextCursor)"
record_path="/api/v1/patients/$patient_id"
pull_path="/api/v1/sync/pull?after=$pull_after&limit=$pull_limit"

www="$work/nginx/www"
mkdir -p "$www/api/v1/patients" "$www/api/v1/sync"
curl_api GET "$record_path" >"$www/api/v1/patients/$patient_id"
curl_api GET "$pull_path" >"$www/api/v1/sync/pull"
record_entries="$(jq '.entries | length' "$www/api/v1/patients/$patient_id")"
pull_changes="$(jq '.changes | length' "$www/api/v1/sync/pull")"
record_bytes="$(stat -c %s "$www/api/v1/patients/$patient_id")"
pull_bytes="$(stat -c %s "$www/api/v1/sync/pull")"
[[ "$pull_changes" -eq "$pull_limit" ]] \
    || die "the pull page holds $pull_changes changes, not $pull_limit: give more --patients"
log "community: $community, $patients patients"
log "record: $record_entries entries, $record_bytes bytes; pull page: $pull_changes changes, $pull_bytes bytes"
stop_server

# --- nginx: the same bytes as static files -------------------------------------------------

free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 100); do
        if [[ -z "$(ss -Htln "sport = :$port")" ]]; then
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

nginx_dir="$work/nginx"
nginx_port="$(free_port)"
# nginx's workers drop to an unprivileged user when started as root; they must read the files.
nginx_user=""
if [[ "$(id -u)" == 0 ]]; then
    nginx_user="user nobody $(id -gn nobody);"
    chmod 755 "$work" "$nginx_dir"
    chmod -R a+rX "$www"
fi
# The server's TLS policy (server/net/tls_context.cpp): TLS 1.2 with ECDHE + AEAD suites,
# TLS 1.3 suites, groups X25519:P-256:P-384, server preference, no session tickets.
cat >"$nginx_dir/nginx.conf" <<EOF
$nginx_user
worker_processes 2;
daemon off;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    server_tokens off;
    client_body_temp_path $nginx_dir/client_body;
    proxy_temp_path $nginx_dir/proxy;
    fastcgi_temp_path $nginx_dir/fastcgi;
    uwsgi_temp_path $nginx_dir/uwsgi;
    scgi_temp_path $nginx_dir/scgi;
    types { }
    default_type application/json;
    keepalive_timeout 60s;
    keepalive_requests 1000000;
    open_file_cache max=16 inactive=600s;
    open_file_cache_valid 600s;
    server {
        listen 127.0.0.1:$nginx_port ssl;
        ssl_certificate $cert;
        ssl_certificate_key $key;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
        ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256;
        ssl_ecdh_curve X25519:P-256:P-384;
        ssl_prefer_server_ciphers on;
        ssl_session_tickets off;
        root $www;
        add_header Cache-Control no-store always;
        location / { try_files \$uri =404; }
    }
}
EOF

start_nginx() {
    "$nginx_bin" -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" &
    nginx_pid=$!
    local attempt
    for attempt in $(seq 1 100); do
        if curl -sS --fail --cacert "$cert" --max-time 5 -o "$work/nginx-check" "https://127.0.0.1:$nginx_port$pull_path" 2>/dev/null; then
            cmp -s "$work/nginx-check" "$www/api/v1/sync/pull" || die "nginx does not serve the same bytes"
            return
        fi
        kill -0 "$nginx_pid" 2>/dev/null || { cat "$nginx_dir/error.log" >&2; die "nginx exited at start"; }
        sleep 0.1
    done
    die "nginx did not answer within 10 s"
}

stop_nginx() {
    kill -QUIT "$nginx_pid"
    wait "$nginx_pid" || true
    nginx_pid=""
}

# --- wrk ---------------------------------------------------------------------------------

# to_ms <wrk duration like 812.00us, 1.23ms, 2.01s>
to_ms() {
    awk -v d="$1" 'BEGIN {
        if (d ~ /us$/) { sub(/us$/, "", d); printf "%.3f", d / 1000 }
        else if (d ~ /ms$/) { sub(/ms$/, "", d); printf "%.3f", d }
        else if (d ~ /m$/) { sub(/m$/, "", d); printf "%.3f", d * 60000 }
        else if (d ~ /s$/) { sub(/s$/, "", d); printf "%.3f", d * 1000 }
        else { print "nan" } }'
}

# cpu_ticks <pid>...: user + system CPU time of the processes (all their threads), in ticks.
cpu_ticks() {
    local total=0 pid fields
    for pid in "$@"; do
        # Fields after the command name: state is the first, utime the 12th, stime the 13th.
        read -r -a fields <<<"$(sed 's/^.*) //' "/proc/$pid/stat")"
        total=$(( total + fields[11] + fields[12] ))
    done
    echo "$total"
}

# machine_ticks: busy and total CPU ticks of the machine (first line of /proc/stat).
machine_ticks() {
    awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print total - idle, total }' /proc/stat
}

# measured_pids: the server, or nginx's workers (the master only accepts nothing itself).
measured_pids() {
    if [[ -n "$server_pid" ]]; then
        echo "$server_pid"
    else
        cat "/proc/$nginx_pid/task/$nginx_pid/children"
    fi
}

# run_wrk <name> <url>: sets rps, p50, p99, total, cpu_us (CPU of the measured process(es)
# per request, microseconds) and busy (the machine's busy share, %) for the measured run.
run_wrk() {
    local name="$1" url="$2" out="$work/wrk-$1.txt"
    local args=(-t"$threads" -c"$connections" --timeout 10s --latency -H "Authorization: Bearer $token")
    if [[ "$warmup" -gt 0 ]]; then
        wrk "${args[@]}" -d"${warmup}s" "$url" >"$work/wrk-$name-warmup.txt" 2>&1 \
            || { cat "$work/wrk-$name-warmup.txt" >&2; die "wrk warm-up ($name)"; }
    fi
    log "wrk $name: ${duration}s, $connections connections, $threads threads"
    local pids cpu_before machine_before
    pids="$(measured_pids)"
    # shellcheck disable=SC2086 # one pid per word
    cpu_before="$(cpu_ticks $pids)"
    machine_before="$(machine_ticks)"
    local perf_pid=""
    if [[ -n "$profile_dir" && -n "$server_pid" ]]; then
        # DWARF call graphs: the build has no frame pointers. A low rate keeps the data small.
        perf record -F 97 --call-graph dwarf,8192 -p "$server_pid" -o "$profile_dir/perf-$name.data" -- sleep "$duration" \
            >"$profile_dir/perf-$name.log" 2>&1 &
        perf_pid=$!
    fi
    wrk "${args[@]}" -d"${duration}s" "$url" >"$out" 2>&1 || { cat "$out" >&2; die "wrk ($name)"; }
    if [[ -n "$perf_pid" ]]; then
        wait "$perf_pid" || die "perf record ($name): see $profile_dir/perf-$name.log"
        # Inclusive cost per function (where the time goes), then the top self costs.
        { perf report -i "$profile_dir/perf-$name.data" --stdio --children --sort symbol --percent-limit 3 -g none
          perf report -i "$profile_dir/perf-$name.data" --stdio --no-children --sort dso,symbol --percent-limit 1 -g none
        } 2>/dev/null | grep -v '^#' | grep -v '^$' | sed 's/ *-  *- *$//' | cut -c1-220 >"$profile_dir/perf-$name.txt" \
            || die "perf report ($name)"
        log "profile of $name: $profile_dir/perf-$name.txt"
    fi
    local cpu_after machine_after
    # shellcheck disable=SC2086
    cpu_after="$(cpu_ticks $pids)"
    machine_after="$(machine_ticks)"
    local non2xx socket_errors
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$out")"
    socket_errors="$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")"
    total="$(awk '/requests in/ {print $1; exit}' "$out")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
    p50="$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")"
    p99="$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
    if [[ -n "$non2xx" && "$non2xx" != 0 ]] || [[ -n "$socket_errors" && "$socket_errors" != 0 ]] \
        || [[ -z "$rps" || -z "$total" || "$total" == 0 ]]; then
        cat "$out" >&2
        die "wrk $name: ${non2xx:-0} non-2xx answers, ${socket_errors:-0} socket errors (must be none)"
    fi
    cpu_us="$(awk -v t="$(( cpu_after - cpu_before ))" -v hz="$(getconf CLK_TCK)" -v n="$total" \
        'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
    busy="$(awk -v b="$machine_before" -v a="$machine_after" 'BEGIN {
        split(b, x, " "); split(a, y, " "); printf "%.0f", 100 * (y[1] - x[1]) / (y[2] - x[2]) }')"
    log "wrk $name: $rps requests/s, p50 $p50 ms, p99 $p99 ms ($total requests);" \
        "$cpu_us us of CPU per request in the $([[ -n "$server_pid" ]] && echo server || echo "nginx workers"), machine ${busy}% busy"
}

declare -A result
measure() { # measure <key> <url>
    run_wrk "$1" "$2"
    result["$1.rps"]="$rps"
    result["$1.p50"]="$p50"
    result["$1.p99"]="$p99"
    result["$1.total"]="$total"
    result["$1.cpu"]="$cpu_us"
}

start_server nolog 0
measure server-nolog-record "https://127.0.0.1:$server_port$record_path"
measure server-nolog-pull "https://127.0.0.1:$server_port$pull_path"
stop_server

if [[ "$with_access_log" == 1 ]]; then
    start_server log 1
    measure server-log-record "https://127.0.0.1:$server_port$record_path"
    measure server-log-pull "https://127.0.0.1:$server_port$pull_path"
    stop_server
    # One access-log line per answered request (the warm-ups included): the log was really written.
    logged="$(grep -c '"GET /api/v1/' "$work/serve-log.err" || true)"
    expected=$(( ${result[server-log-record.total]} + ${result[server-log-pull.total]} ))
    [[ "$logged" -ge "$expected" ]] || die "the access log has $logged request lines, expected at least $expected"
fi

start_nginx
measure nginx-record "https://127.0.0.1:$nginx_port$record_path"
measure nginx-pull "https://127.0.0.1:$nginx_port$pull_path"
stop_nginx

# --- The table ---------------------------------------------------------------------------

# row <figure> <value> <unit> <baseline name> <baseline value> <ratio> <target> <met>
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
at_least() { awk -v r="$1" -v t="$2" 'BEGIN { print (r >= t) ? "yes" : "no" }'; }

baseline="nginx static file, same bytes, same TLS"
for what in record pull; do
    case "$what" in
        record) label="record read ($record_entries entries, $record_bytes B)" ;;
        pull) label="sync pull page ($pull_changes changes, $pull_bytes B)" ;;
    esac
    for variant in nolog log; do
        [[ "$variant" == log && "$with_access_log" == 0 ]] && continue
        key="server-$variant-$what"
        suffix=""
        [[ "$variant" == log ]] && suffix=", with access log"
        r="$(ratio "${result[$key.rps]}" "${result[nginx-$what.rps]}")"
        row "throughput: $label$suffix" "${result[$key.rps]}" "req/s" "$baseline" "${result[nginx-$what.rps]}" "$r" ">= 0.5" "$(at_least "$r" 0.5)"
        row "latency p50: $label$suffix" "${result[$key.p50]}" "ms" "$baseline" "${result[nginx-$what.p50]}" \
            "$(ratio "${result[$key.p50]}" "${result[nginx-$what.p50]}")" "-" "-"
        row "latency p99: $label$suffix" "${result[$key.p99]}" "ms" "$baseline" "${result[nginx-$what.p99]}" \
            "$(ratio "${result[$key.p99]}" "${result[nginx-$what.p99]}")" "-" "-"
        row "CPU per request: $label$suffix" "${result[$key.cpu]}" "us" "$baseline" "${result[nginx-$what.cpu]}" \
            "$(ratio "${result[$key.cpu]}" "${result[nginx-$what.cpu]}")" "-" "-"
    done
done
log "wrk: $connections keep-alive TLS connections, $threads threads, ${duration}s per figure after a ${warmup}s warm-up;" \
    "wrk, the server and nginx share this machine's $(nproc) cores"
