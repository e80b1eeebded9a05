#!/usr/bin/env python3
"""The peer for the law search benchmark: Fazhi's bigram search, done by tantivy.

Needs tantivy-py (the Python bindings of the Rust search library), in a virtual environment:

    python3 -m venv /tmp/tantivy-venv && /tmp/tantivy-venv/bin/pip install tantivy==0.27.0
    /tmp/tantivy-venv/bin/python scripts/bench/laws_tantivy.py DOCS.jsonl QUERIES.json --repeat 20

DOCS.jsonl holds one JSON object per line: {"id", "title", "text", "kind", "status", "region"}.
QUERIES.json is a list: [{"q": "行政处罚", "kind": "法律" or null, "status": …, "region": …}, …]; a
filter left out or null is not applied. Prints one JSON object: the index build time, each query's
hit count and median latency, and the overall p50/p95 in milliseconds (over every run of every query).

Semantics, the same as Fazhi's (Sources/FazhiCore/Regulations/Search): the text is normalised (full-width
letters and digits to ASCII, lowercase), a query term of n >= 2 characters is the phrase of its n-1 bigrams,
and so matches exactly the documents that contain it as a substring; every term must match (AND). The title
and the text are searched together. Filters are term queries on raw (untokenized) fields; the top 20 are
ranked by tantivy's BM25.

Why two modes: tantivy's n-gram tokenizer (Tokenizer.ngram, registered below as a TextAnalyzer) gives
every gram the position 0, so a phrase query cannot ask for consecutive bigrams on such a field: the phrase
of 行政 政处 处罚 with offsets 0, 1, 2 finds nothing, and with offsets 0, 0, 0 it finds every document
holding the three bigrams anywhere ("行政，政处罚" too).
  --mode phrase (default): the bigrams are made here, as Fazhi makes them (SearchText.grams: pairs within
      runs of letters and digits, a boundary token where two runs would chain), and indexed with the
      whitespace tokenizer, which numbers positions; a term is a phrase query. Exact.
  --mode ngram: the text is indexed with the n-gram analyzer; a term requires all its bigrams (the phrase
      at offset 0), and the candidates are then checked for the substring here, in Python. Reports both
      counts; its latency includes the check.
"""

import argparse
import json
import re
import statistics
import sys
import time

import tantivy

BOUNDARY = "\ue000"  # SearchText.boundaryToken
WORD_RUN = re.compile(r"[^\W_]+")  # letters and numbers (categories L* and N*), as SearchScalar.isWord


def normalise(text: str) -> str:
    """SearchText.normalise: full-width letters, digits and the ideographic space to ASCII, letters lowercased
    where the lowercase is one character (so that offsets keep)."""
    out = []
    for c in text:
        o = ord(c)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            c = chr(o - 0xFEE0)
        elif o == 0x3000:
            c = " "
        lower = c.lower()
        out.append(lower if len(lower) == 1 else c)
    return "".join(out)


def grams(text: str) -> str:
    """SearchText.grams of normalised text: space-separated bigrams within each run of word characters, a run
    of one character as itself, and the boundary token between runs that would chain (人民，民主)."""
    tokens = []
    last_bigram_end = None
    for match in WORD_RUN.finditer(text):
        run = match.group()
        if len(run) == 1:
            tokens.append(run)
            last_bigram_end = None
            continue
        if run[0] == last_bigram_end:
            tokens.append(BOUNDARY)
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        last_bigram_end = run[-1]
    return " ".join(tokens)


def parse_terms(q: str) -> list:
    """LawSearchQuery's terms: spaces separate terms, quotes (" ＂ “” 「」 『』) keep a phrase as one term with its
    spaces dropped, punctuation splits a term, one-character pieces cut off by punctuation are dropped."""
    closing = {'"': '"＂', "＂": '"＂', "“": "”“", "「": "」", "『": "』"}
    raw, current, close = [], [], None
    for c in normalise(q):
        if close is not None:
            if c in close:
                raw.append("".join(current))
                current, close = [], None
            elif not c.isspace():
                current.append(c)
        elif c in closing:
            raw.append("".join(current))
            current, close = [], closing[c]
        elif c.isspace():
            raw.append("".join(current))
            current = []
        else:
            current.append(c)
    raw.append("".join(current))
    terms = []
    for piece in raw:
        words = WORD_RUN.findall(piece)
        if any(len(w) > 1 for w in words):
            words = [w for w in words if len(w) > 1]
        for w in words:
            if len(w) < 2:
                raise SystemExit(f"query {q!r}: the term {w!r} has one character")
            if w not in terms:
                terms.append(w)
    return terms


def build(docs, mode, threads):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for field in ("kind", "status", "region"):
        builder.add_text_field(field, stored=False, tokenizer_name="raw")
    builder.add_text_field("body", stored=(mode == "ngram"), tokenizer_name="bigrams", index_option="position")
    schema = builder.build()
    index = tantivy.Index(schema)  # in memory
    if mode == "ngram":
        analyzer = tantivy.TextAnalyzerBuilder(
            tantivy.Tokenizer.ngram(min_gram=2, max_gram=2, prefix_only=False)
        ).build()
    else:
        analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
    index.register_tokenizer("bigrams", analyzer)

    started = time.perf_counter()
    writer = index.writer(heap_size=256_000_000, num_threads=threads)
    for doc in docs:
        body = normalise(doc.get("title", "") + "\n" + doc.get("text", ""))
        fields = {"id": str(doc["id"]), "body": body if mode == "ngram" else grams(body)}
        for field in ("kind", "status", "region"):
            if doc.get(field) is not None:
                fields[field] = str(doc[field])
        writer.add_document(tantivy.Document(**fields))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index, schema, time.perf_counter() - started


def make_query(schema, query, mode):
    must = []
    for term in parse_terms(query["q"]):
        bigrams = [term[i : i + 2] for i in range(len(term) - 1)]
        # phrase: consecutive offsets; ngram: every gram sits at position 0, so all at offset 0 (= all present)
        offsets = range(len(bigrams)) if mode == "phrase" else [0] * len(bigrams)
        words = list(zip(offsets, bigrams))
        if len(words) == 1:
            must.append(tantivy.Query.term_query(schema, "body", bigrams[0]))
        else:
            must.append(tantivy.Query.phrase_query(schema, "body", words))
    for field in ("kind", "status", "region"):
        if query.get(field) is not None:
            must.append(tantivy.Query.term_query(schema, field, str(query[field])))
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in must])


def run(searcher, schema, query, mode, limit):
    """The top `limit` ids and the hit count (for ngram mode, of the candidates that really hold every term)."""
    q = make_query(schema, query, mode)
    if mode == "phrase":
        result = searcher.search(q, limit, count=True)
        return [searcher.doc(address)["id"][0] for _, address in result.hits], result.count, result.count
    terms = parse_terms(query["q"])
    candidates = searcher.search(q, max(1, searcher.num_docs), count=True)
    top, hits = [], 0
    for _, address in candidates.hits:
        doc = searcher.doc(address)
        if all(t in doc["body"][0] for t in terms):
            hits += 1
            if len(top) < limit:
                top.append(doc["id"][0])
    return top, hits, candidates.count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", help="JSON lines: id, title, text, kind, status, region")
    parser.add_argument("queries", help='JSON list of {"q": …, "kind": …}')
    parser.add_argument("--repeat", type=int, default=10, help="runs of each query (default 10)")
    parser.add_argument("--limit", type=int, default=20, help="top hits by score (default 20)")
    parser.add_argument("--mode", choices=["phrase", "ngram"], default="phrase")
    parser.add_argument("--threads", type=int, default=1, help="indexing threads (default 1)")
    args = parser.parse_args()

    with open(args.docs, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with open(args.queries, encoding="utf-8") as f:
        queries = json.load(f)

    index, schema, build_seconds = build(docs, args.mode, args.threads)
    searcher = index.searcher()
    results, every_run = [], []
    for query in queries:
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            top, hits, candidates = run(searcher, schema, query, args.mode, args.limit)
            timings.append((time.perf_counter() - started) * 1000)
        every_run += timings
        entry = dict(query, hits=hits, median_ms=round(statistics.median(timings), 3), top=top)
        if args.mode == "ngram":
            entry["candidates"] = candidates
        results.append(entry)

    every_run.sort()
    p95 = every_run[min(len(every_run) - 1, int(0.95 * len(every_run)))] if every_run else None
    json.dump(
        {
            "engine": f"tantivy-py {getattr(tantivy, '__version__', '0.27')}",
            "mode": args.mode,
            "documents": searcher.num_docs,
            "index_build_seconds": round(build_seconds, 3),
            "repeat": args.repeat,
            "p50_ms": round(statistics.median(every_run), 3) if every_run else None,
            "p95_ms": round(p95, 3) if p95 is not None else None,
            "queries": results,
        },
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    print()


if __name__ == "__main__":
    main()
