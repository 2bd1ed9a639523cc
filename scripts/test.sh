#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what is missing, builds
# with warnings as errors and runs every CTest test (unit, server, client, gui, packaging,
# bench smoke runs and the soak), then builds the libFuzzer targets with Clang (ASan + UBSan)
# and runs each for a bounded time. CI runs exactly this (.ci/run).
#   MEDINEXUS_SKIP_FUZZ=1          skip the fuzzing pass (faster local runs)
#   MEDINEXUS_WITH_SANITIZERS=1    also build and run the whole suite under ASan + UBSan
#                                  (scripts/test-sanitizers.sh; about 20 minutes more)
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
if [[ "${MEDINEXUS_SKIP_FUZZ:-0}" != 1 ]]; then
    run_preset fuzz "$@"
fi
if [[ "${MEDINEXUS_WITH_SANITIZERS:-0}" == 1 ]]; then
    scripts/test-sanitizers.sh "$@"
fi
