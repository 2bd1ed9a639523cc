#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang-14, ASan + UBSan, build/fuzz) and runs
# the fuzz tests: every seed once, then each target for MEDINEXUS_FUZZ_SECONDS (default
# 40) from a fresh copy of its seed corpus. Fails on any crash, sanitizer report, leak,
# timeout or out-of-memory; reproducers land in build/fuzz/tests/fuzz/runs/<target>/artifacts/.
#   MEDINEXUS_FUZZ_SECONDS=600 scripts/fuzz.sh     longer runs
#   scripts/fuzz.sh -R fuzz_json_codec             extra arguments go to ctest
# A longer campaign on one target: docs/development.md, "Fuzzing".
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

configure=(--preset fuzz "-DMEDINEXUS_FUZZ_SECONDS=${MEDINEXUS_FUZZ_SECONDS:-40}")
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

echo "=== fuzz: configure, build, test"
cmake "${configure[@]}" >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz "$@"
