#!/usr/bin/env bash
# Enforcement data exchange benchmark: synthetic penalty cases posted to POST /api/v1/enforcement/events of a
# release server, end to end (HTTP, JSON, validation, the rules of law, storage, audit entries for the evidence
# ledger, alerts). Target: ≥ 5,000 events/s on SQLite on this 2-core machine; the p99 batch latency is reported.
#
# Usage:  scripts/bench/enforcement.sh
#   Environment (all optional):
#     CASES=20000        synthetic cases per run (about 7 events each)
#     BATCH=500          events per batch (≤ 1000)
#     CONCURRENCY=4      batches in flight
#     RUNS=3             measured runs (each on a fresh database); medians reported
#     POSTGRES_URL=…     also run on PostgreSQL (a server you may create databases on)
#     SKIP_BUILD=1       use the release binary already built
# Writes bench-results/enforcement-<timestamp>.json.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CASES="${CASES:-20000}"
BATCH="${BATCH:-500}"
CONCURRENCY="${CONCURRENCY:-4}"
RUNS="${RUNS:-3}"
STAMP="$(date +%Y%m%d-%H%M%S)"
mkdir -p bench-results

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nbench/enforcement: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  say "Building fazhi (release)"
  swift build -c release --product fazhi
fi
BIN="$(swift build -c release --show-bin-path)/fazhi"
[ -x "$BIN" ] || die "no release binary at $BIN"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fazhi-bench-enf.XXXXXX")"
SERVER_PID=""
PG_DB=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() {
  local status=$?
  stop_server
  if [ -n "$PG_DB" ]; then psql "$POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true; fi
  if [ "$status" -ne 0 ] && [ -f "$WORK/server.log" ]; then tail -n 30 "$WORK/server.log" >&2 || true; fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# One run: a fresh database with the demo region, a server, and the ingest client. $1: label; the rest: database
# options for every command.
run_once() {
  local label="$1"; shift
  "$BIN" demo "$@" >/dev/null
  local port; port="$(free_port)"
  # With the worker: its ledger loop logs the steps' audit entries while they arrive (end to end includes the ledger).
  "$BIN" serve --host 127.0.0.1 --port "$port" --no-demo "$@" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/readyz" && break
    sleep 0.5
  done
  "$BIN" enforcement bench-ingest "$@" --url "http://127.0.0.1:$port" --cases "$CASES" --batch "$BATCH" \
    --concurrency "$CONCURRENCY" | tee "$WORK/$label.out" >&2
  local rss_kb; rss_kb="$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')"
  stop_server
  tail -n 1 "$WORK/$label.out" | python3 -c "import json,sys; d=json.load(sys.stdin); d['label']='$label'; d['rssMB']=$rss_kb/1024; print(json.dumps(d))" >>"$WORK/results.jsonl"
}

for run in $(seq 1 "$RUNS"); do
  say "SQLite run $run of $RUNS"
  rm -rf "$WORK/data"
  run_once "sqlite" --data-dir "$WORK/data"
done
if [ -n "${POSTGRES_URL:-}" ]; then
  for run in $(seq 1 "$RUNS"); do
    say "PostgreSQL run $run of $RUNS"
    PG_DB="fazhi_bench_enf_$$"
    psql "$POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
    psql "$POSTGRES_URL" -qc "CREATE DATABASE $PG_DB"
    run_once "postgres" --database-url "${POSTGRES_URL%/*}/$PG_DB"
    psql "$POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null
    PG_DB=""
  done
fi

python3 - "$WORK/results.jsonl" "bench-results/enforcement-$STAMP.json" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
out = {}
print("\n%-10s %6s %12s %14s %12s %12s %8s" % ("database", "runs", "events/s", "with ledger", "batch p50", "batch p99", "RSS MB"))
for label in ("sqlite", "postgres"):
    runs = [r for r in rows if r["label"] == label]
    if not runs: continue
    med = lambda k: statistics.median(r[k] for r in runs)
    out[label] = {"runs": runs, "eventsPerSecond": med("eventsPerSecond"),
                  "eventsPerSecondWithLedger": med("eventsPerSecondWithLedger"), "batchP50Ms": med("batchP50Ms"),
                  "batchP99Ms": med("batchP99Ms"), "rssMB": max(r["rssMB"] for r in runs)}
    print("%-10s %6d %12.0f %14.0f %10.1f ms %10.1f ms %8.1f" % (label, len(runs), out[label]["eventsPerSecond"],
          out[label]["eventsPerSecondWithLedger"],
          out[label]["batchP50Ms"], out[label]["batchP99Ms"], out[label]["rssMB"]))
target = 5000
if "sqlite" in out:
    print("\ntarget ≥ %d events/s on SQLite, ledger included: %s" % (target, "met" if out["sqlite"]["eventsPerSecondWithLedger"] >= target else "MISSED"))
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
print("written", sys.argv[2])
PY
