#!/usr/bin/env bash
# Renders the client's main screens to docs/screenshots/{fr,en}/*.png (a demo server on
# loopback, the real windows on Qt's offscreen platform). Needs the default build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target medinexus-screenshots
QT_QPA_PLATFORM=offscreen build/default/tests/gui/screenshots/medinexus-screenshots docs/screenshots
