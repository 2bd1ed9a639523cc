#!/usr/bin/env bash
# Builds the Debian packages (medinexus-client, medinexus-server) from this checkout:
# installs what is missing, builds the release preset, runs CPack. The packages land in
# build/release/packages/. (The test suite builds and checks them too: ctest -L packaging.)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
(cd build/release && cpack --config CPackConfig.cmake)
echo
echo "Packages:"
ls -1 "$PWD"/build/release/packages/*.deb
