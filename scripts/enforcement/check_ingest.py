#!/usr/bin/env python3
"""Checks scripts/enforcement/kill-test.sh's acknowledgements against the database: every acknowledged event id is
stored exactly once, and (after the stream was sent again) every event of the stream is stored exactly once.

Usage: check_ingest.py (--sqlite FILE | --events TSV) ACKS STREAM
  TSV: "<client event id>\t<count>" per line, as psql -Atq -F '\t' writes it.
"""
import argparse
import sqlite3
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite")
    parser.add_argument("--events")
    parser.add_argument("acks")
    parser.add_argument("stream")
    args = parser.parse_args()
    query = ("SELECT client_event_id, COUNT(*) FROM enforcement_case_events WHERE client_event_id LIKE 'KILL%' "
             "GROUP BY client_event_id")
    if args.sqlite:
        stored = dict(sqlite3.connect(args.sqlite).execute(query).fetchall())
    else:
        with open(args.events, encoding="utf-8") as f:
            stored = {k: int(v) for k, v in (line.rstrip("\n").split("\t") for line in f if line.strip())}
    with open(args.acks, encoding="utf-8") as f:
        acks = [line.strip() for line in f if line.endswith("\n") and line.strip()]
    with open(args.stream, encoding="utf-8") as f:
        stream = [line.strip() for line in f if line.endswith("\n") and line.strip()]
    problems = []
    for event in acks:
        if stored.get(event, 0) == 0:
            problems.append(f"acknowledged event {event} is not stored")
    for event in set(stream):
        if stored.get(event, 0) != 1:
            problems.append(f"event {event} of the stream is stored {stored.get(event, 0)} times")
    print(f"events stored {len(stored)}; acknowledged {len(acks)} ({len(set(acks))} distinct); stream {len(stream)}; "
          f"problems {len(problems)}")
    for problem in problems[:20]:
        print("  " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
