#!/usr/bin/env bash
# The soak (issue 8): 50 simulated clinic workstations syncing concurrently against one real
# medinexus-server for a bounded time (60 s at --scale 1 and above; 10 s for a smoke run below
# 1): zero failed requests, every acknowledged change on the server exactly once, and the
# server's memory flat after the warm-up (the first 25 %). See bench/soak/soak_main.cpp.
#
# Prints its rows on stdout (format: bench/README.md), the full report on stderr; exits non-zero
# when the soak fails, the memory check included.
#
# Usage: bench/soak/run.sh [--build-dir DIR] [--scale X] [--seconds S] [--clients N]
#            [-- more medinexus-soak options]
# DIR (default build/bench) holds medinexus-soak (bench/soak) and medinexus-server.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="build/bench"
scale=1
seconds=""
clients=50
extra=()

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --clients) clients="$2"; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "soak: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

# A relative build directory is taken from the current directory, else from the repository.
if [[ "$build_dir" != /* && ! -d "$build_dir" ]]; then
    build_dir="$repo_root/$build_dir"
fi
[[ -d "$build_dir" ]] || { echo "soak: no build directory $build_dir" >&2; exit 1; }
soak="$build_dir/bench/soak/medinexus-soak"
server="$build_dir/server/medinexus-server"
[[ -x "$soak" ]] || { echo "soak: $soak is not built (cmake --build $build_dir --target medinexus-soak)" >&2; exit 1; }
[[ -x "$server" ]] || { echo "soak: $server is not built" >&2; exit 1; }

if [[ -z "$seconds" ]]; then
    seconds="$(awk -v s="$scale" 'BEGIN { print (s < 1) ? 10 : 60 }')"
fi

exec "$soak" --server "$server" --clients "$clients" --seconds "$seconds" --patients 200 --assert-flat --rows "${extra[@]}"
