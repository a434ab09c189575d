#!/usr/bin/env bash
# Start a private, throw-away PostgreSQL server for the tests (several-workstations mode)
# and print its URL.  Needs Debian's postgresql package; run as root or as a user that
# can run initdb.  Stop it with: scripts/pg-test-server.sh stop DIR
set -euo pipefail
dir="${2:-${TMPDIR:-/tmp}/servicebay-pg}"
port="${SERVICEBAY_PG_PORT:-}"
if [ -z "$port" ]; then  # a free port on the loopback
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "postgresql is not installed" >&2; exit 1; }
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
if [ "${1:-start}" = stop ]; then
  as_pg "'$bin/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
  exit 0
fi
mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
chmod 700 "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  as_pg "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  # The administrator signs in without a password (the tests' own); every other login, such
  # as the program's login the setup creates, must give its password, as on a shop's server.
  printf '%s\n' "local all all trust" "host all postgres 127.0.0.1/32 trust" \
    "host all all 127.0.0.1/32 scram-sha-256" > "$dir/data/pg_hba.conf"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/pg_hba.conf"
fi
if ! as_pg "'$bin/pg_ctl' -D '$dir/data' status" >/dev/null 2>&1; then
  as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off\" -w start" >/dev/null
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
