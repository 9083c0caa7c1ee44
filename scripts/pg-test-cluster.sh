#!/usr/bin/env bash
# A throwaway Postgres cluster for the test suite: initdb in a temp folder, a server on a free loopback port
# (unix socket inside the folder, fsync off, trust auth), stopped and deleted by `stop`.
#
#   scripts/pg-test-cluster.sh start [DIR]   prints `export FEEDFOLD_TEST_PG_URL=...` and `export FEEDFOLD_TEST_PG_DIR=...`
#   scripts/pg-test-cluster.sh stop [DIR]    stops the server and deletes DIR (default: $FEEDFOLD_TEST_PG_DIR)
#
# One cluster for a whole CI run (.ci/run), so every vitest worker shares it (each test makes its own database):
#
#   eval "$(scripts/pg-test-cluster.sh start)" || echo "ci: no Postgres: its tests are reported as skipped"
#   trap 'scripts/pg-test-cluster.sh stop' EXIT
#   npm test ...
#
# Without FEEDFOLD_TEST_PG_URL, vitest's global setup (tests/store/pg-global-setup.ts) runs this script itself.
# The server binaries come from $PG_BIN, else the newest /usr/lib/postgresql/*/bin (Debian's `postgresql`
# package), else initdb on PATH. Postgres refuses to run as root: as root the cluster belongs to the `postgres`
# user (created by the Debian package; else `nobody`), through runuser. Exit status 3: no Postgres installed.
set -euo pipefail

die() { echo "pg-test-cluster: $1" >&2; exit "${2:-1}"; }

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

# Runs a command as the cluster's owner (root cannot run postgres).
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  local bin dir port attempt
  bin=$(find_bin) || die "no Postgres server binaries (install the postgresql package, or set PG_BIN)" 3
  dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/feedfold-pg.XXXXXX")}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # A start that fails leaves no folder of ours behind (the server never came up, so only files remain).
  [ -n "${1:-}" ] || trap 'rm -rf "$dir"' EXIT
  OWNER=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    OWNER=postgres
    id postgres >/dev/null 2>&1 || OWNER=nobody
    chown "$OWNER" "$dir"
    chmod 0755 "$dir"
  fi
  as_owner mkdir -p "$dir/sock"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || die "initdb failed: $(tail -n 5 "$dir/initdb.log")"
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -s \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null 2>&1; then
      echo "$bin" >"$dir/bin"
      trap - EXIT
      echo "export FEEDFOLD_TEST_PG_URL='postgres://postgres@127.0.0.1:$port/postgres'"
      echo "export FEEDFOLD_TEST_PG_DIR='$dir'"
      return 0
    fi
  done
  die "postgres did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
}

stop() {
  local dir=${1:-${FEEDFOLD_TEST_PG_DIR:-}}
  # Nothing started (no Postgres, or start failed): nothing to stop, so an EXIT trap stays quiet.
  [ -n "$dir" ] || return 0
  [ -d "$dir" ] || return 0
  [ -f "$dir/data/PG_VERSION" ] || [ -f "$dir/bin" ] || die "stop: $dir is not a cluster made by this script"
  local bin
  bin=$(cat "$dir/bin" 2>/dev/null || find_bin || true)
  OWNER=$(stat -c %U "$dir")
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -s stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) die "usage: $0 start [DIR] | stop [DIR]" 2 ;;
esac
