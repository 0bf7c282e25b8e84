#!/usr/bin/env bash
# A private PostgreSQL server for the shared store's tests (README, "A shared store (PostgreSQL)").
#   start       makes a temporary folder, initdb's a cluster in it and starts the server listening
#               only on a Unix socket in that folder (no TCP port); prints the folder.
#   stop DIR    stops that server and removes the folder.
#   url DIR     the URL csdash connects with: postgres:///postgres?host=DIR&user=postgres
#   pause DIR   stops that server and keeps its folder (a server gone away under a dashboard).
#   resume DIR  starts it again.
# As root, the server runs as the user nobody (PostgreSQL refuses to run as root).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "csdash: PostgreSQL's server programs are missing: run bash scripts/ensure-deps.sh --with-tmux" >&2
  exit 1
fi

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

serve() {
  as_server "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 \
    -o "-c listen_addresses='' -k $1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$1/server.log" >&2; exit 1; }
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/csdash-postgres.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    serve "$dir"
    echo "$dir"
    ;;
  pause)
    dir=${2:?usage: private-postgres.sh pause DIR}
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    serve "${2:?usage: private-postgres.sh resume DIR}"
    ;;
  stop)
    dir=${2:?usage: private-postgres.sh stop DIR}
    [ -d "$dir/data" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  url)
    echo "postgres:///postgres?host=${2:?usage: private-postgres.sh url DIR}&user=postgres"
    ;;
  *)
    echo "usage: private-postgres.sh start | stop DIR | url DIR | pause DIR | resume DIR" >&2
    exit 64
    ;;
esac
