#!/usr/bin/env python3
"""Crash test of the enforcement data exchange (issue 6): SIGKILLs `fazhi serve` while clients post batches of case
events to POST /api/v1/enforcement/events, restarts it, and checks that no acknowledged event was lost.

Each client sends its own cases (立案 then 调查取证, both in one batch, so a batch is whole cases and events arrive in
order) for the demo's 呼和浩特市市场监督管理局, with an administrator's token. An event is acknowledged when the
server answered it `applied` or `duplicate`. After the last restart:
  1. every acknowledged event id is stored exactly once (read from the database by check_ingest.py, or here through
     the API when --no-db);
  2. the whole stream is sent again, batch by batch in the original order: every acknowledged event must come back
     `duplicate`, and nothing may be `refused` (an unacknowledged batch is either stored whole or not at all).
Writes ACKS ("<event id>" per acknowledged event) and STREAM ("<event id>" per event sent) for check_ingest.py.

Usage: kill_ingest.py FAZHI_BINARY ACKS STREAM [--data-dir DIR] [--database-url URL] [--rounds 2] [--seconds 4]
"""
import argparse
import datetime
import http.client
import json
import os
import signal
import socket
import sys
import threading
import time
import urllib.error

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ledger"))
from kill_serve import Server, admin_token, api  # noqa: E402  (the ledger crash test's server and sign-in)

BODY = "呼和浩特市市场监督管理局"


def material(base, token):
    """The body's id, two certificates valid today and a penalty matter, read through the API."""
    _, bodies = api(base, token, "GET", "/enforcement/bodies")
    body = next(b for b in bodies if b["name"] == BODY)
    _, detail = api(base, token, "GET", f"/enforcement/bodies/{body['id']}")
    numbers = [c["number"] for o in detail["officerList"] if o["active"] and o["duty"] == "enforcement"
               for c in o["certificates"] if c["validToday"]]
    _, matters = api(base, token, "GET", f"/enforcement/matters?body={body['id']}&kind=penalty")
    return body["id"], numbers[:2], matters["items"][0]["code"]


def batch_of(prefix, worker, first, cases, officers, matter):
    today = datetime.date.today()
    day = lambda offset: (today - datetime.timedelta(days=offset)).isoformat()  # noqa: E731
    events = []
    for n in range(first, first + cases):
        reference = f"{prefix}-{worker}-{n}"
        events.append({"eventId": reference + "-1", "reference": reference, "action": "file", "date": day(5),
                       "officers": officers, "matterCode": matter, "partyKind": "organisation",
                       "partyName": f"崩溃测试公司{worker}-{n}", "violationOn": day(12)})
        events.append({"eventId": reference + "-2", "reference": reference, "action": "investigate", "date": day(4),
                       "officers": officers, "note": "现场检查"})
    return events


def worker(server, token, body, officers, matter, prefix, number, cases, stop, sent, acks, lock):
    n = 0
    while not stop.is_set():
        events = batch_of(prefix, number, n, cases, officers, matter)
        n += cases
        with lock:
            sent.append((number, events))
        try:
            _, answer = api(server.base, token, "POST", "/enforcement/events", {"body": body, "events": events})
        except (OSError, urllib.error.HTTPError, http.client.HTTPException, ValueError):
            continue  # not acknowledged: the server is down; the batch may or may not have been stored
        with lock:
            acks.extend(r["eventId"] for r in answer["results"] if r["status"] in ("applied", "duplicate"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("acks")
    parser.add_argument("stream")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=4)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--cases", type=int, default=50, help="cases per batch (two events each)")
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    storage = ["--data-dir", args.data_dir] + (["--database-url", args.database_url] if args.database_url else [])
    prefix = f"KILL{int(time.time())}"

    with open(args.acks + ".server.log", "w") as log:
        server = Server(args.binary, storage, port, log)
        server.command = [args.binary, "serve", "--port", str(port), *storage]
        server.start()
        token = admin_token(server.base)
        body, officers, matter = material(server.base, token)
        if len(officers) < 2:
            raise SystemExit(f"{BODY} has fewer than two valid certificates")
        sent, acks, lock = [], [], threading.Lock()
        for round_number in range(1, args.rounds + 1):
            stop = threading.Event()
            # Each round its own cases: a round's clients start afresh.
            threads = [threading.Thread(target=worker, args=(server, token, body, officers, matter,
                                                             f"{prefix}R{round_number}", i,
                                                             args.cases, stop, sent, acks, lock))
                       for i in range(args.writers)]
            for thread in threads:
                thread.start()
            time.sleep(args.seconds)
            server.kill()
            stop.set()
            for thread in threads:
                thread.join()
            print(f"ingest: round {round_number} killed after {args.seconds}s; {len(acks)} events acknowledged, "
                  f"{sum(len(e) for _, e in sent)} sent", file=sys.stderr)
            server.start()

        # Resend the whole stream, each client's batches in the order they were first sent.
        acknowledged = set(acks)
        problems, answers = [], {"applied": 0, "duplicate": 0, "refused": 0}
        for _, events in sent:
            _, answer = api(server.base, token, "POST", "/enforcement/events", {"body": body, "events": events})
            for result in answer["results"]:
                answers[result["status"]] += 1
                if result["status"] == "refused":
                    problems.append(f"resent {result['eventId']} refused: {result['error']['message']}")
                elif result["eventId"] in acknowledged and result["status"] != "duplicate":
                    problems.append(f"acknowledged {result['eventId']} was applied again: it had been lost")
        print(f"ingest: resent the stream: {answers}", file=sys.stderr)
        server.kill(signal.SIGTERM)

    with open(args.acks, "w") as out:
        out.writelines(f"{event}\n" for event in acks)
    with open(args.stream, "w") as out:
        out.writelines(f"{e['eventId']}\n" for _, events in sent for e in events)
    for problem in problems[:20]:
        print("  " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
