#!/usr/bin/env bash
# Crash test of the enforcement data exchange (issue 6: "no acknowledged event is lost after a crash (kill the server
# during ingest, restart, compare)"). Starts `fazhi serve` on a fresh database, posts batches of case events to
# POST /api/v1/enforcement/events from several clients with an administrator's token, SIGKILLs the server mid-stream
# and restarts it (ROUNDS times), then (scripts/enforcement/kill_ingest.py) sends the whole stream again — every
# acknowledged event must come back `duplicate` — and (check_ingest.py) checks in the database that every
# acknowledged event is stored, and every event of the stream exactly once.
# Usage: scripts/enforcement/kill-test.sh [path/to/fazhi]
#   env: ROUNDS=2, RUN_SECONDS=4 (seconds of load before each kill), WRITERS=4,
#        DATABASE_URL=postgres://… to run on PostgreSQL (an empty scratch database; default SQLite in a temp folder).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1  # the ledger test's module is imported; leave no __pycache__ in the tree
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/.build/debug/fazhi}"
work="$(mktemp -d /tmp/fazhi-enforcement-kill-XXXXXX)"
trap 'status=$?; [ $status -ne 0 ] && tail -n 20 "$work/acks.txt.server.log" >&2; rm -rf "$work"' EXIT
if [ ! -x "$bin" ]; then swift build --package-path "$root" --product fazhi >&2; fi

storage=(--data-dir "$work/data")
if [ -n "${DATABASE_URL:-}" ]; then storage+=(--database-url "$DATABASE_URL"); fi

python3 "$root/scripts/enforcement/kill_ingest.py" "$bin" "$work/acks.txt" "$work/stream.txt" "${storage[@]}" \
    --rounds "${ROUNDS:-2}" --seconds "${RUN_SECONDS:-4}" --writers "${WRITERS:-4}"

if [ -n "${DATABASE_URL:-}" ]; then
    psql "$DATABASE_URL" -Atq -F $'\t' -c \
        "SELECT client_event_id, COUNT(*) FROM enforcement_case_events WHERE client_event_id LIKE 'KILL%' GROUP BY 1" \
        >"$work/events.tsv"
    python3 "$root/scripts/enforcement/check_ingest.py" --events "$work/events.tsv" "$work/acks.txt" "$work/stream.txt"
else
    python3 "$root/scripts/enforcement/check_ingest.py" --sqlite "$work/data/fazhi.sqlite" "$work/acks.txt" \
        "$work/stream.txt"
fi
