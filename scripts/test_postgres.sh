#!/usr/bin/env bash
# Start (or stop) a private PostgreSQL + PostGIS server for the test suite, on loopback only.
#
#   scripts/test_postgres.sh start   # prints the URL to export as SAHELWATCH_TEST_PG
#   scripts/test_postgres.sh stop
#
# It uses Debian's postgresql and postgis packages (make test installs them when run as root). The
# cluster lives in a throw-away folder and listens on 127.0.0.1 at a private port, so it never touches
# a system PostgreSQL.
set -euo pipefail

PORT="${SAHELWATCH_PG_PORT:-55432}"
DIR="${SAHELWATCH_PG_DIR:-/tmp/sahelwatch-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
URL="postgresql://sahelwatch:sahelwatch@127.0.0.1:${PORT}/sahelwatch_test"

if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "test_postgres.sh: PostgreSQL is not installed (apt-get install postgresql postgis)" >&2
  exit 3
fi

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if as_owner "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then echo "$URL"; exit 0; fi
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    if [ ! -f "$DIR/PG_VERSION" ]; then
      as_owner "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >/dev/null
    psql_() { as_owner psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
    psql_ -c "SELECT 1 FROM pg_roles WHERE rolname='sahelwatch'" | grep -q 1 \
      || psql_ -c "CREATE ROLE sahelwatch LOGIN SUPERUSER PASSWORD 'sahelwatch'"
    psql_ -c "SELECT 1 FROM pg_database WHERE datname='sahelwatch_test'" | grep -q 1 \
      || psql_ -c "CREATE DATABASE sahelwatch_test OWNER sahelwatch"
    psql_ -d sahelwatch_test -c "CREATE EXTENSION IF NOT EXISTS postgis" \
      || echo "test_postgres.sh: PostGIS is not available; spatial queries fall back to Python" >&2
    echo "$URL"
    ;;
  stop)
    as_owner "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
