#!/usr/bin/env python3
"""Crash test of `fazhi serve` (issue 4): SIGKILLs the server while clients stream writes through the JSON API.

Each write (POST /api/v1/organisations) commits an audit row with it; the server's outbox then logs the row. A
write is acknowledged when the server answered 201. After each kill the server is started again; at the end an
administrator signs a checkpoint (POST /api/v1/ledger/checkpoint, which first logs every pending row), the server
is stopped, and the acknowledged writes are written to WRITES ("org <uuid>" per line) for check_acks.py, which
verifies that each one's audit row is in the log exactly once.

Usage: kill_serve.py FAZHI_BINARY WRITES [--data-dir DIR | --database-url URL] [--rounds 3] [--seconds 3]
"""
import argparse
import http.cookiejar
import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


class Server:
    def __init__(self, binary, storage, port, log):
        self.command = [binary, "serve", "--port", str(port), "--checkpoint-interval", "1", *storage]
        self.base = f"http://127.0.0.1:{port}"
        self.log = log
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=self.log, stderr=self.log)
        for _ in range(600):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=1)
                return
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit(f"the server exited with status {self.process.returncode}")
                time.sleep(0.1)
        raise SystemExit("the server did not answer /healthz within a minute")

    def kill(self, sig=signal.SIGKILL):
        self.process.send_signal(sig)
        self.process.wait()


def admin_token(base):
    """Signs in as demo-admin through the login form and issues an API token on the token page."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def form(path, fields):
        page = opener.open(base + path).read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**fields, "_csrf": csrf}).encode()
        return opener.open(base + path, body).read().decode()

    form("/login", {"username": "demo-admin", "password": "fazhi-demo-2026"})
    page = opener.open(base + "/admin/tokens").read().decode()
    organisation = re.search(r'<option value="([0-9A-Fa-f-]{36})"', page).group(1)
    issued = form("/admin/tokens", {"name": "崩溃测试", "organisationID": organisation})
    return re.search(r"fz_[A-Za-z0-9_-]{43}", issued).group(0)


def api(base, token, method, path, body=None):
    request = urllib.request.Request(
        base + "/api/v1" + path, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.loads(response.read() or b"null")


def writer(base, token, parent, stop, acks, lock, number):
    n = 0
    while not stop.is_set():
        n += 1
        try:
            status, created = api(base, token, "POST", "/organisations",
                                  {"name": f"崩溃测试{number}-{n}-{time.time_ns()}", "kind": "department", "parentID": parent})
        except (OSError, urllib.error.HTTPError):
            continue  # not acknowledged: the server is down or refused; the write may or may not have happened
        if status == 201:
            with lock:
                acks.append(created["id"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("writes")
    parser.add_argument("--data-dir")
    parser.add_argument("--database-url")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    args = parser.parse_args()
    if args.port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    storage = ["--data-dir", args.data_dir] + (["--database-url", args.database_url] if args.database_url else [])

    with open(args.writes + ".server.log", "w") as log:
        server = Server(args.binary, storage, args.port, log)
        server.start()
        token = admin_token(server.base)
        _, me = api(server.base, token, "GET", "/me")
        parent = me["scopeRootID"]
        acks, lock = [], threading.Lock()
        for round_number in range(1, args.rounds + 1):
            stop = threading.Event()
            threads = [threading.Thread(target=writer, args=(server.base, token, parent, stop, acks, lock, i))
                       for i in range(args.writers)]
            for thread in threads:
                thread.start()
            time.sleep(args.seconds)
            server.kill()
            stop.set()
            for thread in threads:
                thread.join()
            print(f"serve: round {round_number} killed after {args.seconds}s; {len(acks)} writes acknowledged so far",
                  file=sys.stderr)
            server.start()
        status, checkpoint = api(server.base, token, "POST", "/ledger/checkpoint")
        print(f"serve: restarted; checkpoint of {checkpoint['size']} entries signed", file=sys.stderr)
        server.kill(signal.SIGTERM)

    with open(args.writes, "w") as out:
        out.writelines(f"org {org}\n" for org in acks)


if __name__ == "__main__":
    main()
