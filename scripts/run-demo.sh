#!/usr/bin/env bash
# Set everything up and open ServiceBay on the demo shop (made on first run, in the
# user's data folder; the shop's own database is not touched).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh gui
db=$(.venv/bin/python -c 'from desktop.config import data_dir; print(data_dir() / "demo.sqlite3")')
[ -f "$db" ] || .venv/bin/servicebay demo --db "$db"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found (DISPLAY is not set). On a server, run: xvfb-run -a $0" >&2
  exit 1
fi
exec .venv/bin/servicebay --db "$db"
