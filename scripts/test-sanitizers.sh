#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan`
# preset). Kept out of .ci/run for time (it doubles the build, and the tests run about three
# times slower); run it before every merge, and with MEDINEXUS_WITH_SANITIZERS=1 scripts/test.sh.
#   extra arguments are passed to ctest, e.g. scripts/test-sanitizers.sh -L client
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
echo "=== asan: configure, build, test"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
ctest --preset asan -j "$(nproc)" "$@"
