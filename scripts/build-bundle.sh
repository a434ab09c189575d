#!/usr/bin/env bash
# Build the one-folder bundle (dist/servicebay) with PyInstaller, and report its size and
# the time it took.  Usage: scripts/build-bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -c 'import PyInstaller' 2>/dev/null || .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[bundle]"
mkdir -p build
start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec >build/pyinstaller.log 2>&1 \
  || { tail -40 build/pyinstaller.log; exit 1; }
end=$(date +%s)
size=$(du -sm dist/servicebay | cut -f1)
echo "bundle: dist/servicebay, ${size} MB, built in $((end - start)) s"
