#!/usr/bin/env bash
# Library benchmark (issue 7): builds Fazhi (release), imports the whole corpus into a fresh SQLite database
# (target: <= 60 s), imports it again (must change nothing), times the search queries of
# scripts/bench/laws-queries.json (target: p95 <= 30 ms) and point-in-time article lookups (target: <= 5 ms),
# then runs the same queries on the same texts with the PyPI package tantivy (bigrams; scripts/bench/laws_tantivy.py)
# and prints the ratio. With POSTGRES_URL=postgres://… (a server you may create databases on) it repeats the import
# and the searches on PostgreSQL. Figures go to bench-results/.
# Usage: scripts/bench/laws.sh [CORPUS_DIR]   (env: RUNS=30 SKIP_BUILD=1 POSTGRES_URL=…)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CORPUS="${1:-$ROOT/../shared/corpus/laws}"
RUNS="${RUNS:-30}"
QUERIES="$ROOT/scripts/bench/laws-queries.json"
die() { printf '\nbench/laws: FAILED: %s\n' "$*" >&2; exit 1; }
[ -d "$CORPUS" ] || die "no corpus at $CORPUS"

[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product fazhi
BIN="$(swift build -c release --show-bin-path)/fazhi"
[ -x "$BIN" ] || die "no release binary at $BIN"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fazhi-laws.XXXXXX")"
PG_DB=""
cleanup() {
  local status=$?
  if [ -n "$PG_DB" ]; then psql "$POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true; fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
mkdir -p bench-results
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
quiet() { grep -v ' info codes.vapor' || true; }

import_timed() { # $1: label, rest: database options
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$BIN" import laws "$CORPUS" "$@" 2>&1 | quiet | tee "$WORK/import-$label.txt"
  end=$(date +%s.%N)
  python3 -c "print(f'==> import ($label): {($end - $start):.2f} s wall clock')"
}

echo "==> SQLite: import the corpus into an empty database"
import_timed sqlite-first --data-dir "$WORK/sqlite"
echo "==> SQLite: import again (must change nothing)"
import_timed sqlite-again --data-dir "$WORK/sqlite"
grep -q "新增作品 0 部，新增版本 0 个，重新读取 0 个，调整版本关系 0 个" "$WORK/import-sqlite-again.txt" \
  || die "the second import changed something"
echo "==> SQLite: searches ($RUNS runs each) and article lookups"
"$BIN" laws bench --data-dir "$WORK/sqlite" --queries "$QUERIES" --runs "$RUNS" \
  --json "bench-results/laws-sqlite-$STAMP.json" 2>&1 | quiet

if [ -n "${POSTGRES_URL:-}" ]; then
  PG_DB="fazhi_laws_bench_$$"
  psql "$POSTGRES_URL" -qc "CREATE DATABASE $PG_DB"
  PG="${POSTGRES_URL%/*}/$PG_DB"
  echo "==> PostgreSQL: import the corpus into an empty database"
  import_timed postgres-first --database-url "$PG"
  echo "==> PostgreSQL: searches ($RUNS runs each) and article lookups"
  "$BIN" laws bench --database-url "$PG" --queries "$QUERIES" --runs "$RUNS" \
    --json "bench-results/laws-postgres-$STAMP.json" 2>&1 | quiet
fi

echo "==> Peer: tantivy (PyPI) over the same texts and queries"
"$BIN" laws bench --data-dir "$WORK/sqlite" --queries "$QUERIES" --dump "$WORK/texts.jsonl" 2>&1 | quiet
VENV="${TANTIVY_VENV:-$ROOT/.build-venv/tantivy}"
if ! "$VENV/bin/python" -c 'import tantivy' >/dev/null 2>&1; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check 'tantivy==0.27.0'
fi
"$VENV/bin/python" scripts/bench/laws_tantivy.py "$WORK/texts.jsonl" "$QUERIES" --repeat "$RUNS" \
  >"bench-results/laws-tantivy-$STAMP.json"

python3 - "bench-results/laws-sqlite-$STAMP.json" "bench-results/laws-tantivy-$STAMP.json" \
  "bench-results/laws-postgres-$STAMP.json" <<'EOF'
import json, os, sys
ours = json.load(open(sys.argv[1]))
peer = json.load(open(sys.argv[2]))
pg = json.load(open(sys.argv[3])) if os.path.exists(sys.argv[3]) else None
def row(name, p50, p95):
    print(f"  {name:<28} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
print("\nSearch over the whole corpus, the same 30 queries:")
row("Fazhi, SQLite (FTS5)", ours["search_p50_ms"], ours["search_p95_ms"])
if pg:
    row("Fazhi, PostgreSQL (tsvector)", pg["search_p50_ms"], pg["search_p95_ms"])
row("tantivy (bigram phrases)", peer["p50_ms"], peer["p95_ms"])
print(f"  ratio Fazhi SQLite / tantivy: p50 {ours['search_p50_ms'] / peer['p50_ms']:.2f}, "
      f"p95 {ours['search_p95_ms'] / peer['p95_ms']:.2f}")
mismatch = [(q["q"], q["hits"], p["hits"]) for q, p in zip(ours["queries"], peer["queries"]) if q["hits"] != p["hits"]]
print(f"  hit counts equal to tantivy's on {len(ours['queries']) - len(mismatch)} of {len(ours['queries'])} queries"
      + ("" if not mismatch else f"; differ: {mismatch}"))
print(f"Article on a day: p50 {ours['lookup_p50_ms']:.3f} ms, p95 {ours['lookup_p95_ms']:.3f} ms (target <= 5 ms)")
EOF
