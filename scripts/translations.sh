#!/usr/bin/env bash
# Collect the visible strings into the .ts files and compile them to .qm.
#   scripts/translations.sh          update .ts from the code, then compile .qm
#   scripts/translations.sh compile  compile .qm only
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VIRTUAL_ENV:-.venv}/bin"
out=resources/translations
mkdir -p "$out"
if [ "${1:-}" != "compile" ]; then
  mapfile -t sources < <(find desktop -name '*.py' | sort)
  for lang in zh_CN en; do
    "$bin/pyside6-lupdate" -locations none -no-obsolete "${sources[@]}" -ts "$out/servicebay_$lang.ts"
  done
fi
for lang in zh_CN en; do
  "$bin/pyside6-lrelease" -silent "$out/servicebay_$lang.ts" -qm "$out/servicebay_$lang.qm"
done
