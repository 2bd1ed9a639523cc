#!/usr/bin/env bash
# The one command that prints every benchmark figure of MediNexus beside its same-run baseline
# (bench/README.md): initial sync, push of offline changes, client search and memory (this
# folder's programs), server throughput (bench/throughput/run.sh), the soak
# (bench/soak/run.sh) when those scripts are present, and pushes per second through one and
# two server nodes on PostgreSQL (bench/cluster).
#
#   bench/run.sh [--scale X] [--build-dir DIR] [--keep] [--search-queries N]
#   bench/run.sh --smoke ...   tiny sizes, this folder's programs only (the bench_smoke test)
#   --bench-bin DIR / --server BIN: the programs, when not in <build-dir>/bench and
#   <build-dir>/server/medinexus-server
#
# --scale 1 (default): 10,000 patients, 200,000 entries, 100,000 cached patients; --scale 10
# multiplies the data by ten; --scale 0.01 is a quick smoke run. The push always sends 1,000
# changes (the figure is "1,000 offline changes" against a community of the given size).
# --search-queries N: how many typed searches (default 200); at 10x each phone keystroke reads
# the whole million-patient cache (docs/performance.md), so 200 would take hours.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
scale=1
smoke=0
keep=0
build_dir="$root/build/bench"
bench_bin=""
server_bin=""
search_queries=200

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 64
}

while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="${2:?}"; shift 2 ;;
        --smoke) smoke=1; shift ;;
        --build-dir) build_dir="$(cd "${2:?}" && pwd)"; shift 2 ;;
        --bench-bin) bench_bin="${2:?}"; shift 2 ;;
        --server) server_bin="${2:?}"; shift 2 ;;
        --keep) keep=1; shift ;;
        --search-queries) search_queries="${2:?}"; shift 2 ;;
        -h|--help) usage ;;
        *) echo "run.sh: unknown option $1" >&2; usage ;;
    esac
done
if [ "$smoke" = 0 ] && [ -z "$bench_bin$server_bin" ]; then
    # From a fresh machine: the build's packages and the bench's tools (wrk, the nginx baseline,
    # jq; the bench runs its own nginx on a loopback port), then the programs, built here.
    "$root/scripts/install-deps.sh" wrk nginx-light jq
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build_dir" -j "$(nproc)" \
        --target medinexus-bench-server medinexus-bench-client medinexus-server medinexus-soak \
        medinexus-bench-cluster
fi
bench_bin="${bench_bin:-$build_dir/bench}"
server_bin="${server_bin:-$build_dir/server/medinexus-server}"
for program in "$bench_bin/medinexus-bench-server" "$bench_bin/medinexus-bench-client" "$server_bin"; do
    if [ ! -x "$program" ]; then
        echo "run.sh: $program is missing: build the targets medinexus-bench-server, medinexus-bench-client" \
             "and medinexus-server first (bench/README.md)" >&2
        exit 1
    fi
done

scaled() { awk -v base="$1" -v s="$scale" 'BEGIN { v = int(base * s + 0.5); if (v < 1) v = 1; print v }'; }
if [ "$smoke" = 1 ]; then
    patients=200; entries=2000; cached=1000; changes=200; queries=50
else
    if ! awk -v s="$scale" 'BEGIN { exit !(s > 0 && s <= 100) }'; then
        echo "run.sh: --scale must be a number above 0 and at most 100" >&2
        exit 64
    fi
    patients="$(scaled 10000)"; entries="$(scaled 200000)"; cached="$(scaled 100000)"; changes=1000; queries="$search_queries"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/medinexus-bench.XXXXXX")"
cleanup() {
    if [ "$keep" = 1 ]; then echo "run.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
rows="$work/rows.tsv"
: > "$rows"
failures=()
started=$(date +%s)

# Runs one step; its stdout rows are appended to the table, its stderr shows as progress.
step() {
    local name="$1"; shift
    local t0=$(date +%s)
    echo "== $name" >&2
    if "$@" >> "$rows"; then
        echo "   ($name: $(( $(date +%s) - t0 )) s)" >&2
    else
        echo "run.sh: FAILED: $name" >&2
        failures+=("$name")
        return 1
    fi
}

if step "generate community ($patients patients, $entries entries)" \
        "$bench_bin/medinexus-bench-server" generate --data-dir "$work/server" \
        --patients "$patients" --entries "$entries"; then
    if step "initial sync and push of $changes offline changes" \
            "$bench_bin/medinexus-bench-client" sync-push --server "$server_bin" --data-dir "$work/server" \
            --work "$work/client" --patients "$patients" --entries "$entries" --changes "$changes" \
            --measurements "$work/push.json"; then
        step "push baseline (in-process)" \
            "$bench_bin/medinexus-bench-server" push-baseline --data-dir "$work/server" \
            --measurements "$work/push.json" || true
    fi
fi
rm -rf "$work/server" "$work/client"

if step "search cache ($cached patients)" \
        "$bench_bin/medinexus-bench-client" search-fill --work "$work/search" --patients "$cached"; then
    step "search as you type ($queries queries)" \
        "$bench_bin/medinexus-bench-client" search --work "$work/search" --patients "$cached" --queries "$queries" || true
fi
rm -rf "$work/search"

if [ "$smoke" = 0 ]; then
    for other in throughput soak; do
        script="$here/$other/run.sh"
        if [ -f "$script" ]; then
            step "$other (bench/$other/run.sh)" bash "$script" --scale "$scale" --build-dir "$build_dir" || true
        else
            echo "== $other: bench/$other/run.sh not present, skipped" >&2
        fi
    done
fi

if [ "$smoke" = 0 ]; then
    cluster_bench="$bench_bin/cluster/medinexus-bench-cluster"
    if [ -x "$cluster_bench" ]; then
        step "scale-out: pushes/s through 1 and 2 nodes on PostgreSQL" \
            "$cluster_bench" --server "$server_bin" --clients 16 --seconds "$(scaled 20)" || true
    else
        echo "== scale-out: $cluster_bench not built, skipped" >&2
    fi
fi

elapsed=$(( $(date +%s) - started ))
cpu="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
ram="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo
echo "MediNexus benchmarks, scale $scale$([ "$smoke" = 1 ] && echo " (smoke sizes)")," \
     "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "unknown commit")"
echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, $ram RAM, Linux $(uname -r)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); run time: $elapsed s"
echo
{
    printf 'figure\tvalue\tunit\tbaseline\tbaseline value\tratio\ttarget\tmet\n'
    cat "$rows"
} | column -t -s $'\t'

if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "FAILED steps: ${failures[*]}" >&2
    exit 1
fi
