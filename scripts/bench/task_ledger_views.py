"""Times the task-ledger pages of a running Fazhi server, as a user waits for them: each page requested RUNS
times one after another (no concurrency), p50 and p95 of the full response time reported.

Usage: task_ledger_views.py BASE PLAN_ID UNIT_ID RUNS OUT.json
Signs in as bench-office (the plan's office, sees all 20,000 tasks) and bench-unit (a department, sees its own).
"""
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE, PLAN, UNIT, RUNS, OUT = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
PASSWORD = "bench-ledger-2026"
TARGET_MS = 100.0


def session(username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login").read().decode()
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": PASSWORD, "_csrf": csrf}).encode()
    landed = opener.open(BASE + "/login", form)
    if not landed.geturl().endswith("/workbench"):
        sys.exit(f"signing in as {username} failed: landed on {landed.geturl()}")
    return opener


def first_task(opener):
    page = opener.open(f"{BASE}/plans/{PLAN}").read().decode()
    return re.search(r"/plans/tasks/([0-9A-F-]{36})", page).group(1)


def first_chapter(opener):
    page = opener.open(f"{BASE}/plans/{PLAN}").read().decode()
    return re.findall(r"item=([0-9A-F-]{36})", page)[0]


def time_page(opener, path, expect):
    samples = []
    size = 0
    for _ in range(RUNS):
        start = time.perf_counter()
        response = opener.open(BASE + path)
        body = response.read()
        samples.append((time.perf_counter() - start) * 1000)
        if response.status != 200 or expect.encode() not in body:
            sys.exit(f"{path}: status {response.status}, or {expect!r} not in the page")
        size = len(body)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * len(samples))) - 1)]
    return {"path": path, "p50_ms": statistics.median(samples), "p95_ms": p95, "max_ms": samples[-1], "bytes": size}


office = session("bench-office")
unit = session("bench-unit")
task = first_task(office)
chapter = first_chapter(office)
pages = [
    ("office", "plan list (counts)", "/plans", "任务台账"),
    ("office", "ledger by chapter, page 1", f"/plans/{PLAN}", "共"),
    ("office", "one chapter", f"/plans/{PLAN}?view=chapters&item={chapter}", "共"),
    ("office", "by unit (dashboard)", f"/plans/{PLAN}?view=units", "完成率"),
    ("office", "one unit's tasks", f"/plans/{PLAN}?view=units&unit={UNIT}", "共"),
    ("office", "by deadline", f"/plans/{PLAN}?view=deadlines", "共"),
    ("office", "overdue only", f"/plans/{PLAN}?view=deadlines&standing=overdue", "共"),
    ("office", "task detail", f"/plans/tasks/{task}", "报告进展"),
    ("unit", "unit: its plan list", "/plans", "任务台账"),
    ("unit", "unit: its tasks", f"/plans/{PLAN}", "共"),
    ("office", "export CSV (all tasks)", f"/plans/{PLAN}/export.csv", "编号"),
    ("office", "export xlsx (all tasks)", f"/plans/{PLAN}/export.xlsx", "PK"),
]
results = []
print(f"{'page':<30} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'bytes':>9}  target p95<={TARGET_MS:.0f} ms")
for who, name, path, expect in pages:
    figures = time_page(office if who == "office" else unit, path, expect)
    figures["name"] = name
    is_view = not name.startswith("export")
    figures["target"] = ("PASS" if figures["p95_ms"] <= TARGET_MS else "MISS") if is_view else "-"
    results.append(figures)
    print(f"{name:<30} {figures['p50_ms']:8.1f} {figures['p95_ms']:8.1f} {figures['max_ms']:8.1f} "
          f"{figures['bytes']:9d}  {figures['target']}")
with open(OUT, "w", encoding="utf-8") as out:
    json.dump({"runs": RUNS, "pages": results}, out, ensure_ascii=False, indent=2)
missed = [r["name"] for r in results if r["target"] == "MISS"]
print("views: all within target" if not missed else f"views over target: {', '.join(missed)}")
