#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr()/translate()/QT_TRANSLATE_NOOP in the sources.
# New strings arrive as "unfinished": translate them (French first) before committing;
# the translation test fails while any string is unfinished or missing.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
dirs=()
for d in shared server client; do [[ -d $d ]] && dirs+=("$d"); done
"$lupdate" -no-obsolete -locations relative -I . "${dirs[@]}" -ts translations/medinexus_fr.ts translations/medinexus_en.ts

# English is the source language: its catalogue says so explicitly, entry by entry.
perl -0pi -e 's{(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)<translation type="unfinished">[^<]*</translation>}{$1<translation>$2</translation>}g' \
    translations/medinexus_en.ts
echo "French entries still to translate: $(grep -c 'type="unfinished"' translations/medinexus_fr.ts || true)"
