#!/usr/bin/env bash
# Sourced by eng/test.sh and eng/soak-durable.sh: a throwaway PostgreSQL cluster for the tests, in a temporary folder,
# on 127.0.0.1 and a free port. `postgres_start` exports TRUSTHUBGEN_TEST_POSTGRES (an Npgsql connection string);
# `postgres_stop` stops it and deletes the folder (call it from an EXIT trap). Nothing relies on a server left running.
# Installs Debian's postgresql package only where no server binaries exist. As root, runs the server as an
# unprivileged user (initdb and postgres refuse root).
# Run as a command, for a test that takes its own server away (tests/TrustHubGen.Durable.Tests, PostgresOutageTests):
#   bash eng/postgres.sh start           a new cluster; prints its folder, then its connection string
#   bash eng/postgres.sh halt FOLDER     stops it as a crash would (immediate: sessions cut, no checkpoint)
#   bash eng/postgres.sh resume FOLDER   starts it again on the same port
#   bash eng/postgres.sh delete FOLDER   stops it and deletes the folder

postgres_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "postgres: server binaries missing; installing Debian's postgresql package" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || return 1
      dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    fi
  fi
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || { echo "postgres: no PostgreSQL server binaries (apt-get install postgresql)" >&2; return 1; }
  echo "$dir"
}

postgres_start() {
  local bin user run port attempt
  bin="$(postgres_bin)" || return 1
  TRUSTHUB_PG_DIR="$(mktemp -d /tmp/trusthub-pg.XXXXXX)"
  run=()
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user" || return 1
    chown "$user" "$TRUSTHUB_PG_DIR"
    run=(runuser -u "$user" --)
  fi
  "${run[@]}" "$bin/initdb" -D "$TRUSTHUB_PG_DIR/data" -A trust -U postgres -E UTF8 --no-locale --no-sync >"$TRUSTHUB_PG_DIR/initdb.log" 2>&1 \
    || { cat "$TRUSTHUB_PG_DIR/initdb.log" >&2; return 1; }
  TRUSTHUB_PG_CTL=("${run[@]}" "$bin/pg_ctl")
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    if postgres_serve "$port"; then
      echo "$port" >"$TRUSTHUB_PG_DIR/port"
      export TRUSTHUBGEN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "postgres: throwaway cluster on 127.0.0.1:$port ($TRUSTHUB_PG_DIR)" >&2
      return 0
    fi
  done
  cat "$TRUSTHUB_PG_DIR/server.log" >&2
  return 1
}

# Starts the server of $TRUSTHUB_PG_DIR on port $1 with TRUSTHUB_PG_CTL.
postgres_serve() {
  # Throwaway data: no fsync. Enough connections for three worker processes and the tests.
  "${TRUSTHUB_PG_CTL[@]}" -D "$TRUSTHUB_PG_DIR/data" -l "$TRUSTHUB_PG_DIR/server.log" -w -t 60 start \
    -o "-p $1 -k $TRUSTHUB_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null 2>&1
}

# For the commands below: the cluster of folder $1 (made by postgres_start).
postgres_attach() {
  local bin
  [ -n "${1:-}" ] && [ -f "$1/port" ] || { echo "postgres: $1 is not a cluster folder made by eng/postgres.sh start" >&2; return 1; }
  bin="$(postgres_bin)" || return 1
  TRUSTHUB_PG_DIR="$1"
  TRUSTHUB_PG_CTL=("$bin/pg_ctl")
  [ "$(id -u)" -eq 0 ] && TRUSTHUB_PG_CTL=(runuser -u postgres -- "$bin/pg_ctl")
  return 0
}

postgres_stop() {
  if [ -n "${TRUSTHUB_PG_DIR:-}" ] && [ -d "$TRUSTHUB_PG_DIR" ]; then
    [ -n "${TRUSTHUB_PG_CTL:-}" ] && "${TRUSTHUB_PG_CTL[@]}" -D "$TRUSTHUB_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$TRUSTHUB_PG_DIR"
  fi
  unset TRUSTHUB_PG_DIR TRUSTHUBGEN_TEST_POSTGRES
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  case "${1:-}" in
    start) postgres_start && echo "$TRUSTHUB_PG_DIR" && echo "$TRUSTHUBGEN_TEST_POSTGRES" ;;
    halt) postgres_attach "${2:-}" && "${TRUSTHUB_PG_CTL[@]}" -D "$TRUSTHUB_PG_DIR/data" -m immediate -w stop >/dev/null ;;
    resume) postgres_attach "${2:-}" && postgres_serve "$(cat "$TRUSTHUB_PG_DIR/port")" || { cat "${2:-}/server.log" >&2; exit 1; } ;;
    delete) postgres_attach "${2:-}" && postgres_stop ;;
    *) echo "usage: bash eng/postgres.sh start | halt FOLDER | resume FOLDER | delete FOLDER" >&2; exit 2 ;;
  esac
fi
