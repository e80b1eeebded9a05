#!/usr/bin/env bash
# Task-ledger benchmark (issue 5): builds Fazhi (release), creates the benchmark data in a fresh SQLite database
# (`fazhi plan bench-ledger`: 500 units, a 1 MB plan whose parse + import is timed, and a plan of 20,000 tasks),
# serves it, and times the ledger's pages one request after another (scripts/bench/task_ledger_views.py).
# Targets: parse + import of the 1 MB plan < 1 s; every view p95 <= 100 ms. Figures in bench-results/.
# Usage: scripts/bench/task-ledger.sh   (env: RUNS=40 TASKS=20000 UNITS=500 SKIP_BUILD=1)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-40}"
TASKS="${TASKS:-20000}"
UNITS="${UNITS:-500}"
die() { printf '\nbench/task-ledger: FAILED: %s\n' "$*" >&2; exit 1; }

[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product fazhi
BIN="$(swift build -c release --show-bin-path)/fazhi"
[ -x "$BIN" ] || die "no release binary at $BIN"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fazhi-task-ledger.XXXXXX")"
SERVER_PID=""
cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  [ "$status" -eq 0 ] || tail -n 20 "$WORK/server.log" 2>/dev/null >&2 || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
mkdir -p bench-results
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"

echo "==> Benchmark data: $UNITS units, a 1 MB plan, a plan of $TASKS tasks"
"$BIN" plan bench-ledger --data-dir "$WORK/data" --units "$UNITS" --tasks "$TASKS" \
  --json "bench-results/task-ledger-import-$STAMP.json" 2>/dev/null | tee "$WORK/setup.txt"
PLAN="$(awk '$1 == "plan" {print $2}' "$WORK/setup.txt")"
UNIT="$(awk '$1 == "plan" {print $4}' "$WORK/setup.txt")"
[ -n "$PLAN" ] || die "bench-ledger printed no plan id"

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$WORK/data" --no-demo --no-worker >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/readyz" && break; sleep 0.5; done
curl -fs -o /dev/null "$BASE/readyz" || die "the server did not start"

echo "==> Pages, $RUNS requests each, one at a time (release build, SQLite)"
python3 scripts/bench/task_ledger_views.py "$BASE" "$PLAN" "$UNIT" "$RUNS" "bench-results/task-ledger-views-$STAMP.json"
