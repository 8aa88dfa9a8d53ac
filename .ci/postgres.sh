#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server on 127.0.0.1 for the test run.
#   .ci/postgres.sh start DIR   -> installs the Debian package if needed, prints the URL
#   .ci/postgres.sh stop DIR
set -euo pipefail
action=$1 data=$2
# a port nobody uses, unless one is asked for: a server left running must not break the run
port=${WARTA_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
case $action in
  start)
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    [ -f "$data/PG_VERSION" ] || as_pg "$bin/initdb -D $data -A trust -U postgres" >&2
    as_pg "$bin/pg_ctl -D $data -m fast -w stop" >/dev/null 2>&1 || true  # an earlier run's
    as_pg "$bin/pg_ctl -D $data -o '-h 127.0.0.1 -p $port -k $data' -l $data/server.log -w start" >&2
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl -D $data -m fast -w stop" >&2 || true
    ;;
esac
