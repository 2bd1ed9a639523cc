#!/usr/bin/env bash
# Installs what is missing, builds MediNexus and runs it: the server on its embedded
# default storage with demo data, and the desktop client (when they are built).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"

echo
echo "MediNexus $(sed -n 's/^project(MediNexus//p;/^    VERSION/{s/ *VERSION //p}' CMakeLists.txt | head -1) built in build/default."
echo "The shared clinical core is built; the server and the client arrive with their issues."
