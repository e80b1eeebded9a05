#!/usr/bin/env bash
# Evidence ledger tree benchmark (issue 4): the in-memory Merkle tree, no database, release build, in one run:
#   - the machine's SHA-256 limit: `openssl speed -bytes 64 sha256` and `openssl speed -bytes 1024 sha256`;
#   - `fazhi ledger bench-tree`: chained node-hash latency per SHA-256 engine; hashing a tree of TREE_SIZE entries
#     (leaf and interior-node hashes/s and bytes/s); in-memory appends (MerkleTree, MerkleFrontier); inclusion proof
#     generation and verification at TREE_SIZE entries (targets: 50,000 generated/s, 200,000 verified/s). It runs
#     once with the default engine (the x86 SHA extensions when the CPU has them) and once with swift-crypto
#     (FAZHI_LEDGER_SHA256=swift-crypto);
#   - pymerkle 7.0.0's InmemoryTree appending the same entries (a throw-away virtualenv from PyPI);
# then prints the ratios and writes every figure to bench-results/ledger-tree-<time>.json. Timed parts are medians
# of RUNS runs. The figures depend on what else the machine is doing: note the load printed at the start.
# Usage: scripts/bench/ledger-tree.sh   (env: TREE_SIZE=10000000 APPENDS=200000 PROOFS=200000 RUNS=3)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tree_size="${TREE_SIZE:-10000000}"
appends="${APPENDS:-200000}"
proofs="${PROOFS:-200000}"
runs="${RUNS:-3}"
work="$(mktemp -d /tmp/fazhi-ledger-tree-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/bench-results"

swift build --package-path "$root" -c release --product fazhi >&2
bin="$(swift build --package-path "$root" -c release --show-bin-path)/fazhi"

echo "host: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sha_ni in /proc/cpuinfo: $(grep -qw sha_ni /proc/cpuinfo && echo yes || echo no); $(openssl version)"

echo "== openssl speed (the machine's SHA-256 limit)"
for bytes in 64 1024; do
    openssl speed -seconds 3 -bytes "$bytes" sha256 2>/dev/null | tee "$work/openssl-$bytes.txt" | grep '^sha256'
done

echo "== fazhi ledger bench-tree (default engine)"
"$bin" ledger bench-tree --tree-size "$tree_size" --appends "$appends" --proofs "$proofs" --runs "$runs" \
    --json "$work/fazhi-default.json"
echo "== fazhi ledger bench-tree (FAZHI_LEDGER_SHA256=swift-crypto)"
FAZHI_LEDGER_SHA256=swift-crypto "$bin" ledger bench-tree --tree-size "$tree_size" --appends "$appends" \
    --proofs "$proofs" --runs "$runs" --json "$work/fazhi-swift-crypto.json"

echo "== pymerkle 7.0.0 InmemoryTree appends"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pymerkle==7.0.0 >&2
"$work/venv/bin/python" "$root/scripts/bench/ledger_tree_pymerkle.py" "$appends" "$runs" >"$work/pymerkle.json"
cat "$work/pymerkle.json"

out="$root/bench-results/ledger-tree-$(date -u +%Y%m%dT%H%M%SZ).json"
python3 - "$work" "$out" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, pathlib, re, sys
work, out, load = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def openssl(bytes_):
    line = next(l for l in (work / f"openssl-{bytes_}.txt").read_text().splitlines() if l.startswith("sha256"))
    value = line.split()[-1]  # thousands of bytes per second, e.g. 217648.00k
    return float(value.rstrip("k")) * 1000

ssl64, ssl1024 = openssl(64), openssl(1024)
default = json.loads((work / "fazhi-default.json").read_text())
crypto = json.loads((work / "fazhi-swift-crypto.json").read_text())
pym = json.loads((work / "pymerkle.json").read_text())
ssl64_hashes = ssl64 / 64
# openssl's 64-byte figure includes its fixed cost per call; the 1024-byte one is bound by the compression function:
# 17 compressions per input (16 blocks and one of padding), and a node hash is two.
compressions = ssl1024 / 1024 * 17
ceiling_nodes = compressions / 2

print()
print(f"openssl speed sha256: {ssl64 / 1e6:.1f} MB/s with 64-byte inputs ({ssl64_hashes:,.0f} hashes/s, "
      f"{1e9 / ssl64_hashes:.0f} ns each), {ssl1024 / 1e6:.1f} MB/s with 1024-byte inputs")
print("(a 64-byte input and a 65-byte node preimage both take two SHA-256 compressions, so hashes/s compare directly)")
print(f"compression-bound ceiling from the 1024-byte figure: {compressions:,.0f} compressions/s, so "
      f"{ceiling_nodes:,.0f} node hashes/s ({1e9 / ceiling_nodes:.0f} ns each)")
summary = {"load_average_at_end": load, "openssl": {"bytes_64_per_second": ssl64, "bytes_1024_per_second": ssl1024,
           "hashes_64_per_second": ssl64_hashes, "ceiling_node_hashes_per_second": ceiling_nodes}, "engines": {}}
for name, run in (("default", default), ("swift-crypto", crypto)):
    th, pr, ap = run["tree_hashing"], run["proofs"], run["append"]
    row = {
        "engine": run["engine"],
        "node_hashes_per_second": th["node_hashes_per_second"],
        "node_bytes_per_second": th["node_bytes_per_second"],
        "node_hashes_vs_openssl_64": th["node_hashes_per_second"] / ssl64_hashes,
        "node_bytes_vs_openssl_1024": th["node_bytes_per_second"] / ssl1024,
        "node_hashes_vs_ceiling": th["node_hashes_per_second"] / ceiling_nodes,
        "merkle_tree_build_node_hashes_per_second": th["merkle_tree_build_node_hashes_per_second"],
        "tree_hashes_per_second": th["hashes_per_second"],
        "tree_bytes_per_second": th["bytes_per_second"],
        "tree_append_vs_pymerkle": ap["tree_leaves_per_second"] / pym["leaves_per_second"],
        "frontier_append_vs_pymerkle": ap["frontier_leaves_per_second"] / pym["leaves_per_second"],
        "proofs_generated_per_second": pr["generated_per_second"],
        "proofs_verified_per_second": pr["verified_per_second"],
        "meets_generation_target": pr["generated_per_second"] >= 50_000,
        "meets_verification_target": pr["verified_per_second"] >= 200_000,
    }
    summary["engines"][name] = row
    print(f"\n[{run['engine']}] tree of {run['tree_size']:,} entries:")
    print(f"  interior nodes {th['node_hashes_per_second']:,.0f} hashes/s = {th['node_bytes_per_second'] / 1e6:.1f} MB/s;"
          f" {row['node_hashes_vs_openssl_64']:.2f}x openssl's 64-byte hashes/s,"
          f" {row['node_bytes_vs_openssl_1024']:.2f}x its 1024-byte bytes/s, {row['node_hashes_vs_ceiling']:.2f}x the"
          f" compression-bound ceiling")
    print(f"  building a MerkleTree (every node stored): {th['merkle_tree_build_node_hashes_per_second']:,.0f} node hashes/s")
    print(f"  leaves and nodes together {th['hashes_per_second']:,.0f} hashes/s = {th['bytes_per_second'] / 1e6:.1f} MB/s")
    print(f"  chained node hash: " + ", ".join(f"{k} {v:.0f} ns" for k, v in sorted(run["node_hash_ns"].items())))
    print(f"  appends: MerkleTree {ap['tree_leaves_per_second']:,.0f}/s ({row['tree_append_vs_pymerkle']:.1f}x pymerkle),"
          f" MerkleFrontier {ap['frontier_leaves_per_second']:,.0f}/s ({row['frontier_append_vs_pymerkle']:.1f}x pymerkle)")
    print(f"  inclusion proofs: generated {pr['generated_per_second']:,.0f}/s (target 50,000: "
          f"{'met' if row['meets_generation_target'] else 'NOT met'}), verified {pr['verified_per_second']:,.0f}/s "
          f"(target 200,000: {'met' if row['meets_verification_target'] else 'NOT met'})")
print(f"\npymerkle {pym['leaves_per_second']:,.0f} appends/s (median of {pym['runs']}, Python {pym['python']})")
same_root = default["append"]["root"] == pym["root"] == crypto["append"]["root"]
print(f"root of {pym['appends']:,} appended entries: {'equal' if same_root else 'DIFFERENT'} in fazhi and pymerkle")
summary["append_roots_equal"] = same_root
result = {"summary": summary, "openssl_raw": {b: (work / f"openssl-{b}.txt").read_text() for b in (64, 1024)},
          "fazhi_default": default, "fazhi_swift_crypto": crypto, "pymerkle": pym}
pathlib.Path(out).write_text(json.dumps(result, indent=2))
print(f"wrote {out}")
if not same_root:
    sys.exit(1)
PY
