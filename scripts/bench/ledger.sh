#!/usr/bin/env bash
# Evidence ledger benchmark (issue 4): durable appends through the group-commit sequencer from many concurrent
# appenders, on SQLite (a new file, WAL, synchronous=FULL) and, when DATABASE_URL points at a scratch PostgreSQL
# database (its ledger tables are emptied before each run), on PostgreSQL (synchronous_commit=on). Release build;
# each configuration RUNS times (default 3); prints the medians and writes every run to
# bench-results/ledger-<time>.json. Target: ≥ 20,000 entries/s on SQLite.
# Usage: scripts/bench/ledger.sh   (env: RUNS=3 COUNT=200000 APPENDERS="64 256 1024" ENTRY_BYTES=256
#                                   DATABASE_URL=postgres://user:pass@127.0.0.1:5432/scratch)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${RUNS:-3}"
count="${COUNT:-200000}"
appenders="${APPENDERS:-64 256 1024}"
entry_bytes="${ENTRY_BYTES:-256}"
work="$(mktemp -d /tmp/fazhi-ledger-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/bench-results"

swift build --package-path "$root" -c release --product fazhi >&2
bin="$(swift build --package-path "$root" -c release --show-bin-path)/fazhi"

storages=(sqlite)
if [ -n "${DATABASE_URL:-}" ]; then storages+=(postgresql); fi
for storage in "${storages[@]}"; do
    for n in $appenders; do
        for i in $(seq "$runs"); do
            echo "$storage, $n appenders, run $i/$runs" >&2
            if [ "$storage" = postgresql ]; then
                # A fresh log each run: the benchmark refuses a database that already holds entries.
                psql "$DATABASE_URL" -qc "TRUNCATE ledger_entries, ledger_nodes, ledger_checkpoints" 2>/dev/null || true
                run=("$bin")
            else
                run=(env -u DATABASE_URL -u FAZHI_DATA_DIR "$bin")
            fi
            "${run[@]}" ledger bench --count "$count" --appenders "$n" --entry-bytes "$entry_bytes" \
                --json "$work/$storage-$n-$i.json" 2>"$work/stderr.txt" | tee -a "$work/summary.txt" >&2 \
                || { tail -n 5 "$work/stderr.txt" >&2; exit 1; }
        done
    done
done

out="$root/bench-results/ledger-$(date -u +%Y%m%dT%H%M%SZ).json"
python3 - "$work" "$out" <<'PY'
import json, pathlib, statistics, sys
work, out = pathlib.Path(sys.argv[1]), sys.argv[2]
runs = [json.loads(p.read_text()) | {"file": p.name} for p in sorted(work.glob("*.json"))]
groups = {}
for run in runs:
    groups.setdefault((run["storage"], run["appenders"]), []).append(run)
print(f"{'storage':11} {'appenders':>9} {'entries/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'mean batch':>10}")
medians = []
for (storage, appenders), group in sorted(groups.items()):
    row = {"storage": storage, "appenders": appenders,
           "entries_per_second": statistics.median(r["entries_per_second"] for r in group),
           "p50_ms": statistics.median(r["p50_ms"] for r in group),
           "p99_ms": statistics.median(r["p99_ms"] for r in group),
           "mean_batch": statistics.median(r["appends"] / r["transactions"] for r in group)}
    medians.append(row)
    print(f"{storage:11} {appenders:9} {row['entries_per_second']:10,.0f} {row['p50_ms']:8.2f} {row['p99_ms']:8.2f} "
          f"{row['mean_batch']:10.0f}")
sqlite_best = max((m["entries_per_second"] for m in medians if m["storage"] == "sqlite"), default=0)
result = {"medians": medians, "runs": runs, "target_sqlite_entries_per_second": 20000,
          "meets_target": sqlite_best >= 20000}
pathlib.Path(out).write_text(json.dumps(result, indent=2))
print(f"SQLite best median {sqlite_best:,.0f} entries/s (target 20,000): {'met' if result['meets_target'] else 'NOT met'}")
print(f"wrote {out}")
PY
