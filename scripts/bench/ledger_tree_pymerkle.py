#!/usr/bin/env python3
"""pymerkle's in-memory append rate, for scripts/bench/ledger-tree.sh: InmemoryTree (SHA-256, RFC 6962 prefixes)
fed the same entries as `fazhi ledger bench-tree` (entry i is i as a big-endian 64-bit number, eight times), RUNS
times; prints JSON with the median leaves/s and the root, which must equal ours.

Usage: ledger_tree_pymerkle.py COUNT RUNS
"""
import json
import statistics
import sys
import time

from pymerkle import InmemoryTree


def main():
    count, runs = int(sys.argv[1]), int(sys.argv[2])
    entries = [i.to_bytes(8, "big") * 8 for i in range(count)]
    rates, root = [], None
    for _ in range(runs):
        tree = InmemoryTree(algorithm="sha256")
        start = time.perf_counter()
        for entry in entries:
            tree.append_entry(entry)
        elapsed = time.perf_counter() - start
        rates.append(count / elapsed)
        root = tree.get_root().hex()
    print(json.dumps({"appends": count, "runs": runs, "leaves_per_second": statistics.median(rates),
                      "all_leaves_per_second": rates, "root": root,
                      "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
