#!/usr/bin/env bash
# HTTP benchmark: Fazhi's public home page and authenticated workbench, with nginx serving
# the same home page as a static file as the ceiling, all measured with wrk on loopback.
#
# Usage:  scripts/bench/http.sh
#   Environment (all optional):
#     DURATION=30      seconds per wrk run
#     RUNS=3           measured rounds (each round: public, workbench, nginx); medians reported
#     CONNECTIONS=64   wrk connections
#     THREADS=2        wrk threads
#     WARMUP=5         seconds of warm-up per target before the first round (0: none)
#     SKIP_BUILD=1     use the release binary already built
#     BENCH_STRICT=1   exit 1 when a target is missed
# Prints a table (req/s, p50, p99, ratio to nginx, targets) and writes
# bench-results/http-<timestamp>.json. Only loopback addresses are used.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

DURATION="${DURATION:-30}"
RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5}"
USERNAME="demo-admin"
PASSWORD="fazhi-demo-2026"

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nbench/http: FAILED: %s\n' "$*" >&2; exit 1; }

# --- Tools -------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing ${missing[*]} (apt-get)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

# --- Build -------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  say "Building fazhi (release)"
  swift build -c release --product fazhi
fi
BIN="$(swift build -c release --show-bin-path)/fazhi"
[ -x "$BIN" ] || die "no release binary at $BIN"

# --- Processes and clean-up --------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fazhi-bench.XXXXXX")"
chmod 755 "$WORK"
SERVER_PID=""
NGINX_PID=""

stop_pid() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  stop_pid "$NGINX_PID"
  stop_pid "$SERVER_PID"
  if [ "$status" -ne 0 ] && [ -f "$WORK/server.log" ]; then
    echo "--- server log (last 30 lines) ---" >&2
    tail -n 30 "$WORK/server.log" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# --- Fazhi -------------------------------------------------------------------------------------
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
say "Starting fazhi serve (release, SQLite, demo data, --no-worker) on $BASE"
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$WORK/data" --no-worker >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
ready=0
for _ in $(seq 1 240); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
  if curl -fs -o /dev/null --max-time 2 "$BASE/readyz"; then ready=1; break; fi
  sleep 0.5
done
[ "$ready" = 1 ] || die "the server was not ready at $BASE/readyz within 120 s"

say "Logging in as $USERNAME with curl"
JAR="$WORK/cookies.txt"
curl -fsS -c "$JAR" -b "$JAR" -o "$WORK/login.html" "$BASE/login" || die "GET /login failed"
CSRF="$(python3 - "$WORK/login.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for tag in re.findall(r"<input\b[^>]*>", html):
    if re.search(r"""name=["']_csrf["']""", tag):
        match = re.search(r"""value=["']([^"']*)["']""", tag)
        if match:
            print(match.group(1))
            break
PY
)"
[ -n "$CSRF" ] || die "no _csrf field on /login"
code="$(curl -sS -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login")"
case "$code" in
  303\ */workbench) ;;
  *) die "POST /login answered '$code', expected a 303 redirect to /workbench" ;;
esac
SESSION="$(awk '$6 == "fazhi_session" {print $7}' "$JAR" | tail -n 1)"
CSRF_COOKIE="$(awk '$6 == "fazhi_csrf" {print $7}' "$JAR" | tail -n 1)"
[ -n "$SESSION" ] || die "no fazhi_session cookie after logging in"
COOKIE="fazhi_session=$SESSION"
[ -z "$CSRF_COOKIE" ] || COOKIE="$COOKIE; fazhi_csrf=$CSRF_COOKIE"

# Both pages must answer 200 with real content; remember their sizes to check wrk's bytes.
page_check() { # url, file, [cookie]
  local args=(-sS -o "$2" -w '%{http_code}' --max-time 10)
  [ -z "${3:-}" ] || args+=(-H "Cookie: $3")
  curl "${args[@]}" "$1"
}
[ "$(page_check "$BASE/" "$WORK/home.html")" = 200 ] || die "GET / did not answer 200"
[ "$(page_check "$BASE/workbench" "$WORK/workbench.html" "$COOKIE")" = 200 ] \
  || die "GET /workbench with the session cookie did not answer 200"
grep -q '<h1' "$WORK/workbench.html" || die "/workbench has no <h1>"
echo "logged in; / is $(wc -c <"$WORK/home.html") bytes, /workbench is $(wc -c <"$WORK/workbench.html") bytes"

# --- nginx with the same home page as a static file --------------------------------------------
NGINX_PORT="$(free_port)"
mkdir -p "$WORK/www" "$WORK/nginx"
cp "$WORK/home.html" "$WORK/www/index.html"
chmod -R a+rX "$WORK/www"
NGINX_USER=""
[ "$(id -u)" -ne 0 ] || NGINX_USER="user root root;"
cat >"$WORK/nginx.conf" <<EOF
$NGINX_USER
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  charset utf-8;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = / { try_files /index.html =404; }
  }
}
EOF
say "Starting nginx ($("$NGINX" -v 2>&1 | sed 's/.*\///')) on 127.0.0.1:$NGINX_PORT"
"$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx.conf" >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
ready=0
for _ in $(seq 1 50); do
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" "$WORK/nginx/stdout.log" >&2 2>/dev/null; die "nginx exited"; }
  if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$NGINX_PORT/"; then ready=1; break; fi
  sleep 0.1
done
[ "$ready" = 1 ] || die "nginx did not answer on 127.0.0.1:$NGINX_PORT"

# --- wrk ---------------------------------------------------------------------------------------
OUT="$WORK/wrk"
mkdir -p "$OUT"
run_wrk() { # name, duration, url, [cookie]
  local name="$1" duration="$2" url="$3" cookie="${4:-}"
  local args=(-t "$THREADS" -c "$CONNECTIONS" -d "${duration}s" --timeout 10s --latency)
  [ -z "$cookie" ] || args+=(-H "Cookie: $cookie")
  wrk "${args[@]}" "$url" >"$OUT/$name.txt" 2>&1 || { cat "$OUT/$name.txt" >&2; die "wrk failed for $url"; }
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during the $name run"
  printf '  %-22s %s\n' "$name" "$(grep -E '^Requests/sec' "$OUT/$name.txt" | awk '{print $2 " req/s"}')"
}

if [ "$WARMUP" -gt 0 ]; then
  say "Warm-up (${WARMUP}s each, not measured)"
  run_wrk warmup-public "$WARMUP" "$BASE/"
  run_wrk warmup-workbench "$WARMUP" "$BASE/workbench" "$COOKIE"
  run_wrk warmup-nginx "$WARMUP" "http://127.0.0.1:$NGINX_PORT/"
fi

say "Measuring: $RUNS round(s) x 3 targets x ${DURATION}s, wrk -t$THREADS -c$CONNECTIONS"
for run in $(seq 1 "$RUNS"); do
  echo "round $run/$RUNS"
  run_wrk "public-$run" "$DURATION" "$BASE/"
  run_wrk "workbench-$run" "$DURATION" "$BASE/workbench" "$COOKIE"
  run_wrk "nginx-$run" "$DURATION" "http://127.0.0.1:$NGINX_PORT/"
done

# The session must still be valid, or the workbench runs measured redirects.
[ "$(page_check "$BASE/workbench" "$WORK/workbench-after.html" "$COOKIE")" = 200 ] \
  || die "after the runs, /workbench no longer answers 200 with the session cookie"

# --- Memory of the server process --------------------------------------------------------------
read_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$SERVER_PID/status"; }
HWM_KB="$(read_kb VmHWM)"
RSS_KB="$(read_kb VmRSS)"

# --- Report ------------------------------------------------------------------------------------
mkdir -p bench-results
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
JSON="bench-results/http-$STAMP.json"
STRICT=()
[ "${BENCH_STRICT:-0}" != "1" ] || STRICT=(--strict)
python3 "$ROOT/scripts/bench/http_report.py" \
  --wrk-dir "$OUT" --runs "$RUNS" --duration "$DURATION" --connections "$CONNECTIONS" --threads "$THREADS" \
  --home-bytes "$(wc -c <"$WORK/home.html")" --workbench-bytes "$(wc -c <"$WORK/workbench.html")" \
  --vm-hwm-kb "$HWM_KB" --vm-rss-kb "$RSS_KB" \
  --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo '+dirty')" \
  --nginx-version "$("$NGINX" -v 2>&1 | sed 's/.*\///')" \
  --json "$JSON" "${STRICT[@]}"
