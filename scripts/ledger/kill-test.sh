#!/usr/bin/env bash
# Crash test of the evidence ledger (issue 4). SIGKILLs, several times each, mid-stream:
#   1. `fazhi serve`, while clients create organisations through the JSON API (scripts/ledger/kill_serve.py);
#   2. `fazhi ledger bench`: raw appends through the group-commit sequencer;
#   3. `fazhi ledger bench --via-outbox`: real writes (organisations), whose audit rows the outbox logs.
# After the last kill it restarts the ledger (`fazhi ledger checkpoint` logs what is pending and signs) and checks:
#   - every acknowledged append is in the log at the index it was given, and every acknowledged write's audit row
#     is in the log, exactly once (scripts/ledger/check_acks.py);
#   - `fazhi ledger audit` finds the tree, the stored hashes, the checkpoints and the audit rows intact.
# Usage: scripts/ledger/kill-test.sh [path/to/fazhi]
#   env: ROUNDS=3 (kills per generator), RUN_SECONDS=3 (seconds before each kill), APPENDERS=64,
#        DATABASE_URL=postgres://… to run on PostgreSQL (an empty scratch database; default SQLite in a temp folder).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/.build/debug/fazhi}"
rounds="${ROUNDS:-3}"
seconds="${RUN_SECONDS:-3}"
appenders="${APPENDERS:-64}"
work="$(mktemp -d /tmp/fazhi-kill-test-XXXXXX)"
trap 'status=$?; [ $status -ne 0 ] && tail -n 20 "$work/bench.log" >&2; rm -rf "$work"' EXIT
if [ ! -x "$bin" ]; then swift build --package-path "$root" --product fazhi >&2; fi

if [ -n "${DATABASE_URL:-}" ]; then
    db=(--database-url "$DATABASE_URL" --data-dir "$work/data")  # the data folder holds the log's key
else
    db=(--data-dir "$work/data")
fi

kill_rounds() {
    local label="$1" acks="$2"; shift 2
    for round in $(seq "$rounds"); do
        "$bin" ledger bench "${db[@]}" --continue --seconds 600 --appenders "$appenders" --ack-log "$acks" "$@" \
            >>"$work/bench.log" 2>&1 &
        local pid=$!
        sleep "$seconds"
        kill -KILL "$pid"
        wait "$pid" 2>/dev/null || true
        echo "$label: round $round killed after ${seconds}s; $(wc -l <"$acks") acknowledged so far" >&2
    done
}

# The server first, on the empty database, so that it loads the demo region and its administrator.
python3 "$root/scripts/ledger/kill_serve.py" "$bin" "$work/serve-writes.txt" "${db[@]}" --rounds "$rounds" \
    --seconds "$seconds"
kill_rounds "raw appends" "$work/appends.txt"
kill_rounds "writes via the outbox" "$work/writes.txt" --via-outbox

cat "$work/serve-writes.txt" >>"$work/writes.txt"
echo "restart: log what is pending and sign a checkpoint" >&2
"$bin" ledger checkpoint "${db[@]}" 2>/dev/null | head -n 2 >&2
echo "audit:" >&2
"$bin" ledger audit "${db[@]}" --unclaimed-ok 2>/dev/null

if [ -n "${DATABASE_URL:-}" ]; then
    psql "$DATABASE_URL" -Atq -F $'\t' -c "SELECT idx, convert_from(data, 'UTF8') FROM ledger_entries ORDER BY idx" \
        >"$work/entries.tsv"
    psql "$DATABASE_URL" -Atq -F $'\t' -c \
        "SELECT entity_id, coalesce(ledger_index::text, ''), id FROM audit_entries WHERE action = 'organisation.create'" \
        >"$work/audit.tsv"
    python3 "$root/scripts/ledger/check_acks.py" --entries "$work/entries.tsv" --audit "$work/audit.tsv" \
        "$work/appends.txt" "$work/writes.txt"
else
    python3 "$root/scripts/ledger/check_acks.py" --sqlite "$work/data/fazhi.sqlite" \
        "$work/appends.txt" "$work/writes.txt"
fi
