#!/usr/bin/env bash
# Starts the server the tests use (PostgreSQL, which also holds the ingest job queue) on loopback, from
# Debian's packages, and prints the environment variables that point the tests at it.
# Usage: eval "$(.ci/services.sh start)"; .ci/services.sh stop
set -euo pipefail
STATE=${EVENTLENS_CI_STATE:-/tmp/eventlens-ci}
PG_PORT=${PG_PORT:-54329}

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  mkdir -p "$STATE"
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [ ! -f "$STATE/pg/PG_VERSION" ]; then
    mkdir -p "$STATE/pg"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$STATE"
    as_postgres "$pgbin/initdb" -D "$STATE/pg" -A trust -U postgres >/dev/null
  fi
  as_postgres "$pgbin/pg_ctl" -D "$STATE/pg" -l "$STATE/pg.log" -w \
    -o "-p $PG_PORT -k $STATE -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  as_postgres "$pgbin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres eventlens_test 2>/dev/null || true
  echo "export EVENTLENS_PG_URL=postgres://postgres@127.0.0.1:$PG_PORT/eventlens_test"
  echo "export EVENTLENS_CHROMIUM=/usr/bin/chromium"
}

stop() {
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pgbin" ] && [ -f "$STATE/pg/postmaster.pid" ] && as_postgres "$pgbin/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null || true
}

"${1:-start}"
