#!/usr/bin/env bash
# Plan parse benchmark (issue 5: "parse and import a 1 MB plan in under a second"; this measures the parse, from
# the file's bytes to the tree with units, deadlines and tasks). Two plans of BYTES (default 1 MiB), each parsed
# RUNS times (default 5), median reported: a synthetic plan (chapters, sections and items numbered on, every item
# with units and deadlines), and the seed plans 002 and 003 repeated (when ../shared/seeds is present; 001 is left
# out because everything after its press Q&A is set aside). Figures go to bench-results/plan-*.json.
# Usage: scripts/bench/plan.sh   (env: CONFIG=release|debug RUNS=5 BYTES=1048576)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
config="${CONFIG:-release}"
runs="${RUNS:-5}"
bytes="${BYTES:-1048576}"
mkdir -p "$root/bench-results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

swift build --package-path "$root" -c "$config" --product fazhi >&2
bin="$(swift build --package-path "$root" -c "$config" --show-bin-path)/fazhi"

echo "build: $config"
"$bin" plan bench --bytes "$bytes" --runs "$runs" --json "$root/bench-results/plan-synthetic-$stamp.json"
seeds="$root/../shared/seeds"
if compgen -G "$seeds/002_*.txt" >/dev/null && compgen -G "$seeds/003_*.txt" >/dev/null; then
    "$bin" plan bench "$seeds"/002_*.txt "$seeds"/003_*.txt --bytes "$bytes" --runs "$runs" \
        --json "$root/bench-results/plan-seeds-$stamp.json"
else
    echo "seed plans not found in $seeds: only the synthetic plan was timed"
fi
