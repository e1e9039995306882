#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS cluster for the database tests, started
# and stopped by CTest (the fixture's setup and cleanup tests), so a plain
# `ctest` needs no server of its own. The cluster lives in DIR with its Unix
# socket, listens on no TCP port, and runs as an unprivileged user: as root
# (CI), the postgres system user, which owns DIR.
#
#   pg-cluster.sh start DIR   initdb, start, create database lac with PostGIS,
#                             the role lac (owner) and reader (SELECT only)
#   pg-cluster.sh stop DIR    stop the server and remove DIR
set -euo pipefail
action=${1:?start or stop}
dir=${2:?directory}
port=5439

bindir=/usr/lib/postgresql/15/bin
if [ ! -x "$bindir/initdb" ]; then
  echo "pg-cluster.sh: no PostgreSQL 15 server ($bindir/initdb): install postgresql-15 and" \
       "postgresql-15-postgis-3 (bash .ci/deps.sh)" >&2
  exit 1
fi
if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "pg-cluster.sh: PostGIS 3 for PostgreSQL 15 is missing: install postgresql-15-postgis-3 (bash .ci/deps.sh)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
stop)
  stop
  echo "pg-cluster.sh: stopped and removed $dir"
  ;;
start)
  stop   # a cluster left by an interrupted run
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U lac -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # The test server's log records each connection: the network test reads it.
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -p $port -c fsync=off -c log_connections=on -c max_connections=40" start \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U lac)
  as_owner "${psql[@]}" -d postgres -c "CREATE DATABASE lac"
  as_owner "${psql[@]}" -d lac -c "CREATE EXTENSION postgis" \
    -c "CREATE ROLE reader LOGIN" -c "GRANT USAGE ON SCHEMA public TO reader" \
    -c "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader"
  echo "pg-cluster.sh: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') with PostGIS on socket $dir, port $port"
  ;;
*)
  echo "pg-cluster.sh: start or stop, not $action" >&2
  exit 2
  ;;
esac
