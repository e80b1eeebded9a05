#!/usr/bin/env bash
# Enforcement at scale: the supervision dashboard, the alert sweep and the public publicity search over a region
# with ten million penalty cases (SQLite, release build). Targets on this 2-core machine: dashboard p95 ≤ 200 ms,
# a full alert sweep ≤ 10 s, publicity search p95 ≤ 50 ms.
#
# The cases are written by `fazhi enforcement generate` (straight into the tables; see EnforcementBulkGenerator)
# on top of the demo region, once: the database is kept in DATA and reused by later runs.
#
# Usage:  scripts/bench/enforcement-scale.sh
#   Environment (all optional):
#     CASES=10000000     cases to generate (only when DATA holds no database yet)
#     DATA=bench-data/enforcement-scale   where the database is kept
#     REQUESTS=200       requests per measured page or query set
#     SKIP_BUILD=1       use the release binary already built
# Writes bench-results/enforcement-scale-<timestamp>.json.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CASES="${CASES:-10000000}"
DATA="${DATA:-bench-data/enforcement-scale}"
REQUESTS="${REQUESTS:-200}"
STAMP="$(date +%Y%m%d-%H%M%S)"
mkdir -p bench-results "$DATA"

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nbench/enforcement-scale: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  say "Building fazhi (release)"
  swift build -c release --product fazhi
fi
BIN="$(swift build -c release --show-bin-path)/fazhi"
[ -x "$BIN" ] || die "no release binary at $BIN"

SERVER_PID=""
cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; fi
  if [ "$status" -ne 0 ] && [ -f "$DATA/server.log" ]; then tail -n 30 "$DATA/server.log" >&2 || true; fi
  exit "$status"
}
trap cleanup EXIT

if [ ! -f "$DATA/generated" ]; then
  rm -f "$DATA"/*.sqlite*
  say "Demo region, then $CASES generated cases"
  "$BIN" demo --data-dir "$DATA" >/dev/null
  /usr/bin/time -f '%e s, %M KB' "$BIN" enforcement generate --data-dir "$DATA" --cases "$CASES" | tee "$DATA/generate.out"
  echo "$CASES" >"$DATA/generated"
fi
du -sh "$DATA"

say "Migrations (a database kept from an older build is brought up to date here, timed, not during the sweep)"
/usr/bin/time -f '%e s' "$BIN" migrate --data-dir "$DATA" 2>&1 | tail -n 3

say "Alert sweep: the first run raises the backlog's alerts, the second is the hourly steady state"
"$BIN" enforcement sweep --data-dir "$DATA" | tee "$DATA/sweep1.out"
"$BIN" enforcement sweep --data-dir "$DATA" | tee "$DATA/sweep2.out"

say "Server"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
FAZHI_NO_WORKER=1 "$BIN" serve --host 127.0.0.1 --port "$PORT" --no-demo --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/readyz" && break
  sleep 0.5
done

say "Dashboard and publicity search, $REQUESTS requests each"
python3 scripts/bench/enforcement_scale.py "http://127.0.0.1:$PORT" "$REQUESTS" \
  "$(tail -n 1 "$DATA/sweep1.out")" "$(tail -n 1 "$DATA/sweep2.out")" "$(cat "$DATA/generated")" \
  | tee "bench-results/enforcement-scale-$STAMP.json"
