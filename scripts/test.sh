#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what is missing, builds
# with warnings as errors, runs every CTest test, then does the same with ASan + UBSan.
#   MEDINEXUS_SKIP_SANITIZERS=1   skip the sanitizer build (faster local runs)
#   extra arguments are passed to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs=$(nproc)
run_preset() {
    local preset=$1; shift
    echo "=== $preset: configure, build, test"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs" "$@"
}

run_preset default "$@"
if [[ "${MEDINEXUS_SKIP_SANITIZERS:-0}" != 1 ]]; then
    run_preset asan "$@"
fi
