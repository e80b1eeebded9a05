#!/usr/bin/env bash
# Browser smoke test: build Fazhi, start it on a free loopback port with a fresh data
# directory (demo data), and drive the main flows in headless Chromium
# (scripts/browser_smoke.py). Screenshots go to screenshots/ (git-ignored).
#
# Usage:  scripts/browser-smoke.sh
#   Environment (all optional):
#     SMOKE_CONFIGURATION  debug (default) or release
#     SMOKE_PORT           port for the server (default: a free one)
#     SMOKE_SCREENSHOTS    screenshot folder (default: screenshots)
#     SMOKE_VENV           Python venv for Selenium (default: .build-venv/smoke)
#     SMOKE_SKIP_BUILD=1   use the binary already built
# Needs (Debian): chromium chromium-driver curl python3 (with venv) fonts-wqy-microhei.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CONFIGURATION="${SMOKE_CONFIGURATION:-debug}"
SCREENSHOTS="${SMOKE_SCREENSHOTS:-screenshots}"
VENV="${SMOKE_VENV:-$ROOT/.build-venv/smoke}"

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nbrowser-smoke: FAILED: %s\n' "$*" >&2; exit 1; }

for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_BIN:-}" ] || die "Chromium is not installed (apt-get install -y chromium)"
[ -x /usr/bin/chromedriver ] || [ -n "${CHROMEDRIVER_BIN:-}" ] || die "chromedriver is not installed (apt-get install -y chromium-driver)"

# --- Selenium in a throw-away venv (PyPI only; the driver and browser are Debian's) -------
say "Python environment ($VENV)"
if ! "$VENV/bin/python" -c 'import selenium' >/dev/null 2>&1; then
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV" || die "python3 -m venv failed (apt-get install -y python3-venv)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check 'selenium>=4.20,<5' \
    || die "pip could not install selenium"
fi
"$VENV/bin/python" -c 'import selenium; print("selenium", selenium.__version__)'

# --- Build ---------------------------------------------------------------------------------
if [ "${SMOKE_SKIP_BUILD:-0}" != "1" ]; then
  say "Building fazhi ($CONFIGURATION)"
  swift build -c "$CONFIGURATION" --product fazhi
fi
BIN="$(swift build -c "$CONFIGURATION" --show-bin-path)/fazhi"
[ -x "$BIN" ] || die "no binary at $BIN"

# --- Start the server ----------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fazhi-smoke.XXXXXX")"
SERVER_LOG="$WORK/server.log"
SERVER_PID=""

cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -f "$SERVER_LOG" ]; then
    echo "--- server log (last 40 lines) ---" >&2
    tail -n 40 "$SERVER_LOG" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="${SMOKE_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}"
BASE="http://127.0.0.1:$PORT"

say "Starting fazhi serve on $BASE (data dir $WORK/data)"
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$WORK/data" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

ready=0
for _ in $(seq 1 240); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
  if curl -fs -o /dev/null --max-time 2 "$BASE/readyz"; then ready=1; break; fi
  sleep 0.5
done
[ "$ready" = 1 ] || die "the server was not ready at $BASE/readyz within 120 s"
echo "ready: $(curl -sS --max-time 5 "$BASE/readyz" | head -c 200)"

# --- Drive the browser ---------------------------------------------------------------------
say "Headless Chromium"
rm -rf "$SCREENSHOTS"
mkdir -p "$SCREENSHOTS"
"$VENV/bin/python" "$ROOT/scripts/browser_smoke.py" --base-url "$BASE" --screenshots "$SCREENSHOTS" \
  || die "see the failures above; screenshots in $SCREENSHOTS/"

kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during the browser run"
# swift-log's default format: "<timestamp> <level> <label>: ...".
if grep -qE '^[^ ]+ critical ' "$SERVER_LOG"; then
  grep -E '^[^ ]+ critical ' "$SERVER_LOG" | head -n 20 >&2
  die "the server logged critical errors"
fi
errors="$(grep -cE '^[^ ]+ error ' "$SERVER_LOG" || true)"
if [ "${errors:-0}" -gt 0 ]; then
  echo "warning: the server logged $errors error line(s):"
  grep -E '^[^ ]+ error ' "$SERVER_LOG" | head -n 10
fi

say "Browser smoke test passed ($(ls "$SCREENSHOTS"/*.png | wc -l) screenshots in $SCREENSHOTS/)"
