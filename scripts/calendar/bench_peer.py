#!/usr/bin/env python3
"""The Python peer of the calendar benchmark: chinesecalendar's is_workday and find_workday over the same
fixed-seed workload as the Swift benchmark (read from `calendar-export workload`), timed in a loop.

Also checks that chinesecalendar gives the same answers as ours on every case (find_workday counts from the next
working day when the start is a rest day, so n > 0 maps to n - 1 there; n == 0 is not compared). A mismatch whose
span contains a day listed in known-differences.txt as a chinesecalendar working-day difference is counted as
explained, any other as a mismatch.
Prints JSON: {"isWorkday": ops/s, "addWorkdays": ops/s, "mismatches": count, "explained": count, "cases": count}.
"""
import datetime as dt
import json
import pathlib
import sys
import time

import chinese_calendar


def best_rate(body, count, seconds):
    best = 0.0
    stop = time.perf_counter() + seconds
    while True:
        start = time.perf_counter()
        body()
        best = max(best, count / (time.perf_counter() - start))
        if time.perf_counter() >= stop:
            return best


def main(path, seconds):
    cases = []
    with open(path) as f:
        for line in f:
            text, n, working, result = line.strip().split(",")
            cases.append((dt.date.fromisoformat(text), int(n), working == "1", result))
    dates = [c[0] for c in cases]
    pairs = [(c[1], c[0]) for c in cases]

    known_path = pathlib.Path(__file__).resolve().parent / "known-differences.txt"
    known = [
        dt.date.fromisoformat(line.split()[0])
        for line in known_path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and line.split()[1:3] == ["chinesecalendar", "workday"]
    ]

    def explained(first, last):
        low, high = min(first, last), max(first, last)
        return any(low <= day <= high for day in known)

    mismatches = 0
    explained_count = 0
    for date, n, working, result in cases:
        if chinese_calendar.is_workday(date) != working:
            if explained(date, date):
                explained_count += 1
            else:
                mismatches += 1
        if n != 0:
            theirs = chinese_calendar.find_workday(n - 1 if n > 0 and not working else n, date)
            if theirs.isoformat() != result:
                if explained(date, dt.date.fromisoformat(result)):
                    explained_count += 1
                else:
                    mismatches += 1

    is_workday = chinese_calendar.is_workday
    find_workday = chinese_calendar.find_workday

    def run_is_workday():
        for d in dates:
            is_workday(d)

    def run_find_workday():
        for n, d in pairs:
            find_workday(n, d)

    print(json.dumps({
        "isWorkday": round(best_rate(run_is_workday, len(dates), seconds)),
        "addWorkdays": round(best_rate(run_find_workday, len(pairs), seconds)),
        "mismatches": mismatches,
        "explained": explained_count,
        "cases": len(cases),
    }))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
