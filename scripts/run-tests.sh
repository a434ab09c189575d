#!/usr/bin/env bash
# Set everything up and run the whole test suite: on SQLite always, and on a private
# PostgreSQL server as well (the several-workstations mode) unless SERVICEBAY_TEST_PG=0.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SERVICEBAY_TEST_PG:-1}" = 1 ]; then
  scripts/setup.sh postgres cups
  pgdir=$(mktemp -d "${TMPDIR:-/tmp}/servicebay-pg.XXXXXX")
  trap 'scripts/pg-test-server.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
  SERVICEBAY_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pgdir")
  export SERVICEBAY_TEST_PG_URL
else
  scripts/setup.sh cups
fi
export QT_QPA_PLATFORM=offscreen
# Our own modules compiled once, not in every process the tests start (some machines set this).
unset PYTHONDONTWRITEBYTECODE
.venv/bin/python -m pytest "$@"
# The bundled program, the .deb and the Windows installer script (SERVICEBAY_SKIP_BUNDLE=1
# skips them while working on the code; CI never does).
scripts/check-bundle.sh
