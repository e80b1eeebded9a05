#!/usr/bin/env python3
"""Downloads the Akoma Ntoso export of chosen versions from a running `fazhi serve` with the law corpus imported.

Usage: akn_fetch.py BASE_URL OUT_DIR

The versions are picked through the public JSON API (/api/v1/laws) and downloaded from the page route
/laws/{work}/versions/{version}/akn.xml, so that the check covers what a reader downloads. Each pick must find
something: a pick that finds nothing means the import or the search broke, and the run fails.
"""

import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path


def get_json(base, path, **query):
    url = f"{base}{path}?{urllib.parse.urlencode(query)}" if query else f"{base}{path}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)


def search(base, **query):
    """Every current version the search finds (all pages)."""
    found, page = [], 1
    while True:
        results = get_json(base, "/api/v1/laws", perPage=100, page=page, **query)
        found += [hit["version"] for hit in results["results"]]
        if page * results["perPage"] >= results["total"]:
            return found
        page += 1


def versions_of(base, work_id):
    return get_json(base, f"/api/v1/laws/{work_id}")["versions"]


def by_title(versions, title):
    return [v for v in versions if v["title"] == title]


def first_with_articles(versions):
    return [next(v for v in versions if v["articleCount"] > 0)] if any(v["articleCount"] for v in versions) else []


def picks(base):
    """(label, versions, required) for each thing the export must handle."""
    punishment = by_title(search(base, q="行政处罚法", kind="法律"), "中华人民共和国行政处罚法")
    punishment_2021 = [
        v for w in {v["workId"] for v in punishment} for v in versions_of(base, w) if v["versionDate"][:4] == "2021"
    ]
    yield "行政处罚法-2021", punishment_2021, True
    # The 民法典 is one file per part (总则, 物权编, 合同编 …): every part, 合同编 with 分编, 章 and 节.
    yield "民法典", by_title(search(base, q="民法典", kind="法律"), "中华人民共和国民法典"), True
    # 刑法: 编, 章 and 节 with articles numbered through the whole code, and 第X条之一.
    yield "刑法", by_title(search(base, q="刑法", kind="法律"), "中华人民共和国刑法"), True
    # The constitution has a preamble (序言) before its chapters.
    yield "宪法", search(base, kind="宪法")[:1], True
    yield "行政法规", first_with_articles(search(base, kind="行政法规")), True
    yield "司法解释", first_with_articles(search(base, kind="司法解释")), True
    yield "部门规章", first_with_articles(search(base, kind="部门规章")), True
    yield "地方性法规", first_with_articles([v for v in search(base, kind="地方性法规") if v["region"]]), True
    # Without a single article the whole text is the preamble: the act's body then holds it.
    yield "无条文", [v for v in search(base, kind="司法解释") if v["articleCount"] == 0][:1], False
    yield "案例", search(base, kind="案例")[:1], True


def main(base, out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    missing = []
    count = 0
    for label, versions, required in picks(base.rstrip("/")):
        if not versions:
            if required:
                missing.append(label)
            else:
                print(f"akn_fetch: no {label} version in this corpus (optional)")
            continue
        for v in versions:
            name = f"{label}-w{v['workId']}-v{v['id']}-{v['versionDate']}.xml"
            with urllib.request.urlopen(f"{base}/laws/{v['workId']}/versions/{v['id']}/akn.xml", timeout=60) as r:
                (out / name).write_bytes(r.read())
            count += 1
            print(f"fetched {name}  {v['title']} {v.get('subtitle') or ''}")
    if missing:
        print(f"akn_fetch: nothing found for: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"akn_fetch: {count} documents")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
