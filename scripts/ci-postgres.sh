#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test-suite (CI and developers).
#
# Installs Debian's postgresql when it is missing, starts a cluster as the
# postgres user, creates the role and database tidings_test, and prints
#   export TIDINGS_TEST_PG_URL=postgresql://...
# Usage:  eval "$(bash scripts/ci-postgres.sh)"
#     or  bash scripts/ci-postgres.sh --env-file .ci/pg.env && . .ci/pg.env
# All progress messages go to stderr so stdout stays eval-able.
set -euo pipefail

ENV_FILE=""
if [[ "${1:-}" == "--env-file" ]]; then
  ENV_FILE="${2:?--env-file needs a path}"
fi

log() { echo "ci-postgres: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [[ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]]; then
  log "installing postgresql (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
CLUSTER=main
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
  log "creating cluster $VERSION/$CLUSTER"
  pg_createcluster "$VERSION" "$CLUSTER" >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [[ "$STATUS" != online* ]]; then
  log "starting cluster $VERSION/$CLUSTER on port $PORT"
  # pg_ctlcluster refuses to start as root; it runs the server as the owner.
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $PORT"; then break; fi
  sleep 1
done
su postgres -c "pg_isready -p $PORT" >&2

PASSWORD=tidings_test
psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtA $*"; }
if [[ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname='tidings_test'\"")" != "1" ]]; then
  log "creating role tidings_test"
  # CREATEDB: the test-suite makes a fresh database (or schema) per test.
  psql_admin "-c \"CREATE ROLE tidings_test LOGIN CREATEDB PASSWORD '$PASSWORD'\""
fi
if [[ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='tidings_test'\"")" != "1" ]]; then
  log "creating database tidings_test"
  psql_admin "-c \"CREATE DATABASE tidings_test OWNER tidings_test\""
fi

URL="postgresql://tidings_test:$PASSWORD@127.0.0.1:$PORT/tidings_test"
LINE="export TIDINGS_TEST_PG_URL=$URL"
if [[ -n "$ENV_FILE" ]]; then
  echo "$LINE" > "$ENV_FILE"
  log "wrote $ENV_FILE"
fi
echo "$LINE"
