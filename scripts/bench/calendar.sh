#!/usr/bin/env bash
# Calendar benchmark (issue 3): HolidayCalendar.isWorkday and addWorkdays in a release build against the Python
# package chinesecalendar's is_workday and find_workday, on the same fixed-seed workload, in the same run.
# Each side is timed RUNS times (default 3); the medians, the ratio and the raw runs go to
# bench-results/calendar-<time>.json. The ordo-one/benchmark harness (Benchmarks/) runs too unless NO_HARNESS=1.
# Usage: scripts/bench/calendar.sh   (env: RUNS=3 SECONDS_PER_OP=1 NO_HARNESS=0)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${RUNS:-3}"
seconds="${SECONDS_PER_OP:-1}"
work="$(mktemp -d /tmp/fazhi-calendar-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/bench-results"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check chinesecalendar

swift build --package-path "$root/Benchmarks" -c release --product calendar-export >&2
bin="$(swift build --package-path "$root/Benchmarks" -c release --show-bin-path)/calendar-export"
"$bin" workload >"$work/workload.csv"

for i in $(seq "$runs"); do
    echo "run $i/$runs" >&2
    "$bin" time "$seconds" >"$work/swift-$i.json"
    "$work/venv/bin/python" "$root/scripts/calendar/bench_peer.py" "$work/workload.csv" "$seconds" >"$work/python-$i.json"
done

if [ "${NO_HARNESS:-0}" != "1" ]; then
    (cd "$root/Benchmarks" && swift package benchmark --no-progress) | tee "$work/harness.txt" >&2
else
    : >"$work/harness.txt"
fi

out="$root/bench-results/calendar-$(date -u +%Y%m%dT%H%M%SZ).json"
"$work/venv/bin/python" - "$work" "$runs" "$out" <<'PY'
import json, pathlib, statistics, sys
work, runs, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
swift = [json.loads((work / f"swift-{i}.json").read_text()) for i in range(1, runs + 1)]
python = [json.loads((work / f"python-{i}.json").read_text()) for i in range(1, runs + 1)]
result = {"runs": runs, "workload": "65536 fixed-seed (date, n) pairs, dates 2004-03-01..2026-10-31, n in -30..30",
          "swift_runs": swift, "python_runs": python, "harness": (work / "harness.txt").read_text()}
print(f"{'operation':12} {'Fazhi (Swift) ops/s':>20} {'chinesecalendar ops/s':>22} {'ratio':>8}")
for op in ("isWorkday", "addWorkdays"):
    ours = statistics.median(r[op] for r in swift)
    theirs = statistics.median(r[op] for r in python)
    result[op] = {"swift_median_ops_per_s": ours, "python_median_ops_per_s": theirs, "ratio": ours / theirs,
                  "target_ops_per_s": 10_000_000, "meets_target": ours >= 10_000_000}
    print(f"{op:12} {ours:20,.0f} {theirs:22,.0f} {ours / theirs:7.0f}x")
mismatches = max(r["mismatches"] for r in python)
result["answer_mismatches"] = mismatches
print(f"answers compared with chinesecalendar on {python[0]['cases']} cases: {mismatches} mismatches, "
      f"{python[0]['explained']} explained by known-differences.txt (chinesecalendar's 2005-12-31)")
pathlib.Path(out).write_text(json.dumps(result, indent=2, ensure_ascii=False))
print(f"wrote {out}")
sys.exit(1 if mismatches else 0)
PY
