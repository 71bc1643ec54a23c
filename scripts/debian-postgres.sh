#!/usr/bin/env bash
# A throwaway cluster of Debian's PostgreSQL on loopback, for running the API tests against a
# standard server: `start DIR PORT` prints nothing on success; `stop DIR` removes it.
set -euo pipefail

action="$1"
directory="$2"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "Debian PostgreSQL is not installed" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    port="$3"
    mkdir -p "$directory"
    [ "$(id -u)" = 0 ] && chown postgres "$directory"
    as_postgres "$bin/initdb" -D "$directory/cluster" -U waypoint --auth=trust >/dev/null
    as_postgres "$bin/pg_ctl" -D "$directory/cluster" -l "$directory/cluster.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=''" start >/dev/null
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$directory/cluster" -m fast -w stop >/dev/null || true
    rm -rf "$directory"
    ;;
esac
