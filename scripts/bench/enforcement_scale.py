"""Measures the enforcement pages at scale against a running server (see enforcement-scale.sh): the supervision
dashboard signed in as the region's administrator and as a city's justice bureau, and the public publicity search
with a mix of queries (common and rare words, a year, a decision number, paging). Prints a table, then one JSON line.

Usage: enforcement_scale.py BASE_URL REQUESTS SWEEP1_JSON SWEEP2_JSON CASES
"""
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE, REQUESTS = sys.argv[1], int(sys.argv[2])
SWEEP1, SWEEP2, CASES = json.loads(sys.argv[3]), json.loads(sys.argv[4]), int(sys.argv[5])
PASSWORD = "fazhi-demo-2026"


def session(username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": PASSWORD, "_csrf": token}).encode()
    opener.open(BASE + "/login", data=form).read()
    return opener


def measure(opener, paths):
    """Times `REQUESTS` GETs cycling through `paths` (after one warm-up round); returns milliseconds."""
    for path in paths:
        opener.open(BASE + path).read()
    times = []
    for i in range(REQUESTS):
        path = paths[i % len(paths)]
        start = time.perf_counter()
        with opener.open(BASE + path) as response:
            response.read()
            assert response.status == 200, (path, response.status)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "p50": round(statistics.median(times), 1),
        "p95": round(times[int(len(times) * 0.95) - 1], 1),
        "max": round(times[-1], 1),
    }


year = time.gmtime().tm_year
dashboards = [
    f"/enforcement/dashboard?from={year}-01&to={year}-{time.gmtime().tm_mon:02d}",
    f"/enforcement/dashboard?from={year - 9}-01&to={year}-{time.gmtime().tm_mon:02d}&by=month",
    f"/enforcement/dashboard?from={year - 1}-01&to={year - 1}-12&by=matter",
]
searches = [
    "/publicity",
    f"/publicity?year={year - 3}",
    "/publicity?q=" + urllib.parse.quote("有限公司"),
    "/publicity?q=" + urllib.parse.quote("呼和浩特 食品") + f"&year={year - 1}",
    "/publicity?q=" + urllib.parse.quote("保质期"),
    "/publicity?q=" + urllib.parse.quote("罚〔2021〕1234567"),
    "/publicity?q=" + urllib.parse.quote("不存在的词语组合"),
    "/publicity?q=" + urllib.parse.quote("超市") + "&page=50",
]
results = {
    "cases": CASES,
    "sweepFirstSeconds": round(SWEEP1["sweep_seconds"], 2), "sweepFirstRaised": SWEEP1["raised"],
    "sweepSteadySeconds": round(SWEEP2["sweep_seconds"], 3), "sweepSteadyRaised": SWEEP2["raised"],
    "dashboardRegion": measure(session("demo-admin"), dashboards),
    "dashboardCity": measure(session("demo-justice"), dashboards),
    "publicitySearch": measure(urllib.request.build_opener(), searches),
}
print(f"cases {CASES:,}")
print(f"alert sweep: first {results['sweepFirstSeconds']} s ({SWEEP1['raised']} raised), "
      f"steady {results['sweepSteadySeconds']} s ({SWEEP2['raised']} raised)   target ≤ 10 s")
for key, target in [("dashboardRegion", 200), ("dashboardCity", 200), ("publicitySearch", 50)]:
    r = results[key]
    print(f"{key}: p50 {r['p50']} ms, p95 {r['p95']} ms, max {r['max']} ms   target p95 ≤ {target} ms")
print(json.dumps(results))
