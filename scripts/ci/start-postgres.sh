#!/usr/bin/env bash
# Start a local PostgreSQL (Debian's packaged cluster) on 127.0.0.1 and make
# sure the role and database used by the PostgreSQL variant of the tests exist.
#
# Usage:  scripts/ci/start-postgres.sh
#   Environment (all optional):
#     FAZHI_PG_USER      role to create (default: fazhi; created as SUPERUSER)
#     FAZHI_PG_PASSWORD  its password   (default: fazhi)
#     FAZHI_PG_DB        database       (default: fazhi_test)
#     FAZHI_PG_PORT      cluster port   (default: the cluster's own, usually 5432)
#
# The last line printed on stdout is the connection URL, so a caller can do:
#   export FAZHI_TEST_POSTGRES_URL="$(scripts/ci/start-postgres.sh | tail -n 1)"
# Needs Debian's `postgresql` package (apt-get install -y postgresql).
set -euo pipefail

PG_USER="${FAZHI_PG_USER:-fazhi}"
PG_PASSWORD="${FAZHI_PG_PASSWORD:-fazhi}"
PG_DB="${FAZHI_PG_DB:-fazhi_test}"
CLUSTER="main"

log() { echo "[start-postgres] $*" >&2; }
die() { echo "[start-postgres] ERROR: $*" >&2; exit 1; }

command -v pg_lsclusters >/dev/null 2>&1 \
  || die "pg_lsclusters not found: install PostgreSQL first (apt-get install -y postgresql)"

# Run a command as the postgres OS user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    sudo -u postgres -- "$@"
  fi
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -- "$@"; fi
}

# The newest installed server version (e.g. 15 on Debian 12).
VERSION="$(ls -1 /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$VERSION" ] && [ -x "/usr/lib/postgresql/$VERSION/bin/postgres" ] \
  || die "no PostgreSQL server binaries under /usr/lib/postgresql"
log "PostgreSQL server version: $VERSION"

# Create the cluster if the package did not (e.g. create_main_cluster = false).
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {found=1} END {exit !found}'; then
  log "creating cluster $VERSION/$CLUSTER"
  as_root pg_createcluster "$VERSION" "$CLUSTER"
fi

# Our settings go into a conf.d drop-in (Debian's postgresql.conf includes conf.d/),
# so the packaged postgresql.conf is never edited.
CONF_DIR="/etc/postgresql/$VERSION/$CLUSTER/conf.d"
as_root mkdir -p "$CONF_DIR"
{
  echo "# Written by scripts/ci/start-postgres.sh: listen on loopback only."
  echo "listen_addresses = '127.0.0.1'"
  if [ -n "${FAZHI_PG_PORT:-}" ]; then echo "port = ${FAZHI_PG_PORT}"; fi
} | as_root tee "$CONF_DIR/90-fazhi.conf" >/dev/null
as_root chown postgres:postgres "$CONF_DIR/90-fazhi.conf" 2>/dev/null || true
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
[ -n "$PORT" ] || die "could not read the port of cluster $VERSION/$CLUSTER"

# The socket directory lives on a tmpfs on many machines; make sure it exists.
as_root mkdir -p /var/run/postgresql
as_root chown postgres:postgres /var/run/postgresql
as_root chmod 2775 /var/run/postgresql

STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [ "$STATUS" = "online" ]; then
  log "cluster $VERSION/$CLUSTER already running on port $PORT"
else
  log "starting cluster $VERSION/$CLUSTER on 127.0.0.1:$PORT"
  if ! as_root pg_ctlcluster "$VERSION" "$CLUSTER" start; then
    log "pg_ctlcluster failed; last lines of the server log:"
    tail -n 30 "/var/log/postgresql/postgresql-$VERSION-$CLUSTER.log" >&2 || true
    die "PostgreSQL did not start"
  fi
fi

# Wait until it accepts connections on TCP.
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || die "PostgreSQL is not accepting connections on 127.0.0.1:$PORT"

# Role (superuser so the tests can create and drop their own databases) and database.
# Names and password are passed as psql variables and quoted by psql itself.
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" \
  -v role="$PG_USER" -v pass="$PG_PASSWORD" -v db="$PG_DB" <<'SQL'
SELECT format('CREATE ROLE %I', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role')
\gexec
SELECT format('ALTER ROLE %I WITH LOGIN SUPERUSER CREATEDB PASSWORD %L', :'role', :'pass')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')
\gexec
SQL

URL="postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${PORT}/${PG_DB}"
# Prove that the URL works over TCP with a password.
PGPASSWORD="$PG_PASSWORD" psql -X -q -h 127.0.0.1 -p "$PORT" -U "$PG_USER" -d "$PG_DB" \
  -tAc 'SELECT 1' >/dev/null || die "cannot connect as $PG_USER over TCP"
log "ready: role '$PG_USER' (superuser), database '$PG_DB' on 127.0.0.1:$PORT"
echo "$URL"
