#!/usr/bin/env python3
"""Summarise the wrk runs of scripts/bench/http.sh: medians, ratio to nginx, targets, JSON.

Reads <wrk-dir>/{public,workbench,nginx}-<run>.txt (wrk --latency output). Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import sys

SCENARIOS = [
    # key, label, target req/s (None: no target), p99 target applies
    ("public", "Fazhi public home  /", 5000.0, True),
    ("workbench", "Fazhi workbench (logged in)", 2000.0, True),
    ("nginx", "nginx static home (ceiling)", None, False),
]
P99_TARGET_MS = 50.0
RSS_TARGET_MB = 150.0

TIME_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}
SIZE_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}


def to_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if not match:
        raise ValueError(f"unknown duration {text!r}")
    return float(match.group(1)) * TIME_UNITS[match.group(2)]


def to_bytes(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(B|KB|MB|GB|TB)", text.strip())
    if not match:
        raise ValueError(f"unknown size {text!r}")
    return float(match.group(1)) * SIZE_UNITS[match.group(2)]


def parse_wrk(path: str) -> dict:
    text = open(path, encoding="utf-8", errors="replace").read()
    result: dict = {"file": os.path.basename(path)}
    match = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    if not match:
        raise ValueError(f"{path}: no 'Requests/sec' line in wrk output:\n{text}")
    result["rps"] = float(match.group(1))
    for pct in ("50", "75", "90", "99"):
        match = re.search(rf"^\s+{pct}%\s+(\S+)", text, re.M)
        if match:
            result[f"p{pct}_ms"] = to_ms(match.group(1))
    match = re.search(r"^\s+(\d+) requests in ([\d.]+\w+), ([\d.]+\w+) read", text, re.M)
    if match:
        result["requests"] = int(match.group(1))
        result["seconds"] = to_ms(match.group(2)) / 1000.0
        result["bytes_read"] = to_bytes(match.group(3))
        if result["requests"]:
            result["bytes_per_response"] = result["bytes_read"] / result["requests"]
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    result["socket_errors"] = (
        dict(zip(("connect", "read", "write", "timeout"), map(int, match.groups()))) if match else {}
    )
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    result["non_2xx_3xx"] = int(match.group(1)) if match else 0
    return result


def median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wrk-dir", required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--duration", type=int, required=True)
    parser.add_argument("--connections", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--home-bytes", type=int, required=True)
    parser.add_argument("--workbench-bytes", type=int, required=True)
    parser.add_argument("--vm-hwm-kb", type=int, required=True)
    parser.add_argument("--vm-rss-kb", type=int, required=True)
    parser.add_argument("--commit", default="unknown")
    parser.add_argument("--nginx-version", default="unknown")
    parser.add_argument("--json", required=True)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    problems: list[str] = []
    scenarios: dict = {}
    expected_body = {"public": args.home_bytes, "workbench": args.workbench_bytes, "nginx": args.home_bytes}
    for key, label, _, _ in SCENARIOS:
        runs = [parse_wrk(os.path.join(args.wrk_dir, f"{key}-{i}.txt")) for i in range(1, args.runs + 1)]
        for run in runs:
            errors = sum(run["socket_errors"].values())
            if run["non_2xx_3xx"]:
                problems.append(f"{key} {run['file']}: {run['non_2xx_3xx']} responses were not 2xx/3xx")
            if errors:
                problems.append(f"{key} {run['file']}: socket errors {run['socket_errors']}")
            # A response smaller than the page body means wrk measured something else
            # (a redirect to /login, an error page).
            per_response = run.get("bytes_per_response")
            if per_response is not None and per_response < expected_body[key]:
                problems.append(f"{key} {run['file']}: {per_response:.0f} bytes per response, "
                                f"smaller than the {expected_body[key]}-byte page")
        scenarios[key] = {
            "label": label,
            "runs": runs,
            "median": {
                "rps": median([r["rps"] for r in runs]),
                "p50_ms": median([r.get("p50_ms") for r in runs]),
                "p99_ms": median([r.get("p99_ms") for r in runs]),
            },
        }

    nginx_rps = scenarios["nginx"]["median"]["rps"] or 0.0
    targets: dict = {}
    for key, _, rps_target, p99_applies in SCENARIOS:
        med = scenarios[key]["median"]
        med["ratio_to_nginx"] = (med["rps"] / nginx_rps) if nginx_rps else None
        if rps_target is not None:
            targets[f"{key}_rps"] = {"target": f">= {rps_target:.0f}", "value": med["rps"],
                                     "met": med["rps"] >= rps_target}
        if p99_applies:
            targets[f"{key}_p99_ms"] = {"target": f"<= {P99_TARGET_MS:.0f}", "value": med["p99_ms"],
                                        "met": med["p99_ms"] is not None and med["p99_ms"] <= P99_TARGET_MS}
    hwm_mb = args.vm_hwm_kb / 1024.0
    rss_mb = args.vm_rss_kb / 1024.0
    targets["rss_peak_mb"] = {"target": f"<= {RSS_TARGET_MB:.0f}", "value": hwm_mb, "met": hwm_mb <= RSS_TARGET_MB}

    # --- table --------------------------------------------------------------------------------
    print()
    print(f"HTTP benchmark: wrk -t{args.threads} -c{args.connections}, {args.duration}s per run, "
          f"median of {args.runs} run(s); {os.cpu_count()} cores ({cpu_model()}); commit {args.commit}")
    print()
    header = f"{'scenario':<30} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'vs nginx':>9}   targets"
    print(header)
    print("-" * (len(header) + 30))
    for key, label, rps_target, p99_applies in SCENARIOS:
        med = scenarios[key]["median"]
        ratio = med["ratio_to_nginx"]
        notes = []
        if rps_target is not None:
            notes.append(f">={rps_target:.0f} req/s {verdict(targets[key + '_rps']['met'])}")
        if p99_applies:
            notes.append(f"p99<={P99_TARGET_MS:.0f} ms {verdict(targets[key + '_p99_ms']['met'])}")
        if key == "nginx":
            notes.append("ceiling")
        p50 = f"{med['p50_ms']:.2f}" if med["p50_ms"] is not None else "-"
        p99 = f"{med['p99_ms']:.2f}" if med["p99_ms"] is not None else "-"
        ratio_text = f"{ratio:.2f}x" if ratio is not None else "-"
        print(f"{label:<30} {med['rps']:>9.0f} {p50:>8} {p99:>8} {ratio_text:>9}   {', '.join(notes)}")
        if args.runs > 1:
            each = ", ".join(f"{r['rps']:.0f}" for r in scenarios[key]["runs"])
            print(f"{'':<30} runs: {each}")
    print()
    print(f"Server memory after the runs: peak RSS (VmHWM) {hwm_mb:.1f} MB, RSS now (VmRSS) {rss_mb:.1f} MB"
          f"   target peak <= {RSS_TARGET_MB:.0f} MB {verdict(targets['rss_peak_mb']['met'])}")

    result = {
        "benchmark": "http",
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": args.commit,
        "machine": {"cores": os.cpu_count(), "cpu": cpu_model(), "kernel": platform.release()},
        "config": {"tool": "wrk", "threads": args.threads, "connections": args.connections,
                   "duration_s": args.duration, "runs": args.runs, "database": "sqlite",
                   "build": "release", "nginx": args.nginx_version},
        "page_bytes": {"home": args.home_bytes, "workbench": args.workbench_bytes},
        "scenarios": scenarios,
        "memory_mb": {"vm_hwm": round(hwm_mb, 1), "vm_rss": round(rss_mb, 1)},
        "targets": targets,
        "problems": problems,
    }
    os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
    with open(args.json, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2, ensure_ascii=False)
    print(f"JSON: {args.json}")

    if problems:
        print("\nThe measurement is not valid:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    missed = [name for name, t in targets.items() if not t["met"]]
    if missed:
        print(f"Targets missed: {', '.join(missed)}")
        return 1 if args.strict else 0
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
