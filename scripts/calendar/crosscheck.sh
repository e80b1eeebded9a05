#!/usr/bin/env bash
# Cross-checks the built-in working-day calendar (2004-01-01..2026-12-31) against the PyPI packages chinesecalendar
# and holidays, installed into a throw-away virtual environment. Exits non-zero on any disagreement not listed in
# scripts/calendar/known-differences.txt. Usage: scripts/calendar/crosscheck.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/fazhi-calendar-XXXXXX)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check chinesecalendar holidays

swift build --package-path "$root/Benchmarks" -c release --product calendar-export >&2
export_bin="$(swift build --package-path "$root/Benchmarks" -c release --show-bin-path)/calendar-export"
"$export_bin" csv 2004 2026 >"$work/ours.csv"
"$export_bin" qingming >"$work/qingming.csv"

"$work/venv/bin/python" "$root/scripts/calendar/crosscheck.py" "$work/ours.csv" "$work/qingming.csv"
