#!/usr/bin/env python3
"""Checks the acknowledgements of scripts/ledger/kill-test.sh against the database.

appends file: "<index> <payload id>" per acknowledged raw append; the entry at <index> must carry that payload id.
writes file: "org <uuid>" per acknowledged write; its audit row must have a ledger index whose entry logs that row.
No payload id and no audit row may appear in two entries, and indices must be dense.
"""
import argparse
import json
import sqlite3
import sys


def load(args):
    if args.sqlite:
        db = sqlite3.connect(args.sqlite)
        entries = [(i, bytes(d).decode()) for i, d in db.execute("SELECT idx, data FROM ledger_entries ORDER BY idx")]
        audit = [(e, "" if li is None else str(li), str(i)) for e, li, i in db.execute(
            "SELECT entity_id, ledger_index, id FROM audit_entries WHERE action = 'organisation.create'")]
        return entries, audit
    entries = []
    with open(args.entries, encoding="utf-8") as f:
        for line in f:
            index, data = line.rstrip("\n").split("\t", 1)
            entries.append((int(index), data))
    with open(args.audit, encoding="utf-8") as f:
        audit = [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]
    return entries, audit


def acknowledged(path, width):
    with open(path, encoding="utf-8") as f:
        # The last line may be cut short by the kill; only whole lines count.
        return [line.split() for line in f if line.endswith("\n") and len(line.split()) == width]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite")
    parser.add_argument("--entries")
    parser.add_argument("--audit")
    parser.add_argument("appends")
    parser.add_argument("writes")
    args = parser.parse_args()
    entries, audit = load(args)
    problems = []

    if [i for i, _ in entries] != list(range(len(entries))):
        problems.append("entry indices are not dense from 0")
    by_index = dict(entries)
    payloads, logged_rows = {}, {}
    for index, data in entries:
        record = json.loads(data)
        key = record.get("bench") or ("audit:" + record["id"] if record.get("type") == "audit" else None)
        if key is None:
            continue
        if key in payloads:
            problems.append(f"{key} is in the log twice: entries {payloads[key]} and {index}")
        payloads[key] = index

    appends = acknowledged(args.appends, 2)
    for index, payload in appends:
        data = by_index.get(int(index))
        if data is None or json.loads(data).get("bench") != payload:
            problems.append(f"acknowledged append {payload} is not at index {index}")

    rows = {entity.lower(): (ledger_index, row_id.lower()) for entity, ledger_index, row_id in audit}
    writes = acknowledged(args.writes, 2)
    for _, org in writes:
        row = rows.get(org.lower())
        if row is None:
            problems.append(f"acknowledged write {org} has no audit row")
        elif row[0] == "":
            problems.append(f"acknowledged write {org} is not in the log")
        elif payloads.get("audit:" + row[1]) != int(row[0]):
            problems.append(f"acknowledged write {org}: entry {row[0]} does not log its audit row")

    print(f"entries {len(entries)}; acknowledged appends {len(appends)}, acknowledged writes {len(writes)}; "
          f"problems {len(problems)}")
    for problem in problems[:20]:
        print("  " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
