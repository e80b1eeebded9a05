#!/usr/bin/env python3
"""Our RFC 6962 / RFC 9162 tree heads against pymerkle's (run by scripts/ledger/interop.sh, inside a virtualenv that
has pymerkle 7).

Random leaves (random bytes, random length 0..100) and random tree sizes from a seed that is printed, so a failure
can be repeated with --seed. pymerkle's InmemoryTree with SHA-256 and its default "security" mode hashes a leaf as
SHA-256(0x00 || d) and a node as SHA-256(0x01 || left || right), which is RFC 6962; the script checks those prefixes
before comparing. pymerkle numbers leaves from 1, which does not matter here: a tree head depends only on the size.
Each size's root is read twice from pymerkle (the tree's root node just after appending that many leaves, and
get_root(size) of the full tree afterwards) and compared with `fazhi ledger root --leaves FILE --size N ...`.

Usage: interop_pymerkle.py FAZHI_BINARY WORKDIR [--seed N] [--sizes 30] [--max-size 5000]
Prints PASS or FAIL lines; exits 1 on any difference.
"""
import argparse
import random
import subprocess
import sys
from pathlib import Path

from pymerkle import InmemoryTree


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fazhi")
    parser.add_argument("workdir")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--sizes", type=int, default=30)
    parser.add_argument("--max-size", type=int, default=5000)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"     pymerkle: seed {seed} (repeat with INTEROP_SEED={seed})")
    rng = random.Random(seed)

    sizes = sorted({0, 1, 2, 3, 4, 5, 7, 8, 255, 256, 257} | {rng.randrange(1, args.max_size + 1)
                                                                for _ in range(args.sizes)})
    leaves = [rng.randbytes(rng.randrange(101)) for _ in range(sizes[-1])]
    leaves_file = Path(args.workdir) / "pymerkle-leaves.txt"
    leaves_file.write_text("".join(leaf.hex() + "\n" for leaf in leaves))

    tree = InmemoryTree(algorithm="sha256")
    ok = tree.leaf_prefix == b"\x00" and tree.node_prefix == b"\x01" and tree.algorithm == "sha256"
    print(("PASS" if ok else "FAIL") + " pymerkle is set up as RFC 6962: SHA-256, leaf prefix 0x00, node prefix 0x01")
    if not ok:
        sys.exit(1)

    after_append = {}
    for size in sizes:
        while tree.get_size() < size:
            tree.append_entry(leaves[tree.get_size()])
        after_append[size] = tree.get_root()
    by_size = {size: tree.get_root(size) for size in sizes}

    command = [args.fazhi, "ledger", "root", "--leaves", str(leaves_file)]
    for size in sizes:
        command += ["--size", str(size)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    ours = {int(size): bytes.fromhex(root) for size, root in (line.split() for line in output.splitlines())}

    differences = [size for size in sizes
                   if not (ours.get(size) == after_append[size] == by_size[size])]
    for size in differences[:5]:
        print(f"     size {size}: fazhi {ours.get(size, b'').hex()}, pymerkle {after_append[size].hex()}"
              f" / {by_size[size].hex()}")
    print(("FAIL" if differences else "PASS")
          + f" tree heads equal pymerkle's for {len(sizes)} sizes from 0 to {sizes[-1]}"
          + (f" ({len(differences)} differ)" if differences else ""))
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
