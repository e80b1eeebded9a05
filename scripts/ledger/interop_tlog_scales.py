#!/usr/bin/env python3
"""Interoperability of the evidence ledger with tlog-scales, an independent Python implementation of C2SP
tlog-tiles and signed-note checkpoints (run by scripts/ledger/interop.sh, inside a virtualenv that has it).

  verify LOCATION --vkey VKEY [--old-checkpoint FILE] [--samples 200] [--seed N]
      tlog-scales reads OUR log (an http:// URL prefix such as http://127.0.0.1:PORT/ledger, or a folder) and checks:
      the checkpoint's Ed25519 signature with our vkey (and that a checkpoint with a changed size fails it), the
      root recomputed from our tiles, every entry's leaf hash against the level-0 tiles, inclusion proofs built from
      our tiles for the edge indices and random ones (and that a wrong leaf fails), and consistency proofs: from
      an earlier signed checkpoint (--old-checkpoint) and from random earlier sizes.

  write DIR --origin ORIGIN --count N [--batches 7] [--seed N]
      tlog-scales WRITES a tiled log with its own Ed25519 key (leaves of random length, committed in --batches
      commits so that partial tiles are filled and completed) and prints its vkey.

  append DIR --key-file FILE --count N [--seed N]
      appends N more leaves to a log written by `write` and signs a new checkpoint with the same key.

Prints one PASS or FAIL line per check; exits 1 if any check failed.
"""
import argparse
import random
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tlog_scales import backend, signing, tiles, tlog
from tlog_scales.reader import TilesReader
from tlog_scales.writer import TilesWriter

failures = 0


def result(ok, message):
    global failures
    if not ok:
        failures += 1
    print(("PASS " if ok else "FAIL ") + message, flush=True)


def raises(body):
    try:
        body()
    except Exception:
        return True
    return False


def location(text):
    """tlog-scales wants absolute folders (or ./…) and URLs."""
    if text.startswith(("http://", "https://", "/", "./")):
        return text
    return str(Path(text).resolve())


def verify(args):
    rng = random.Random(args.seed)
    reader = TilesReader(backend.make_backend(location(args.location)))
    vkey = signing.Vkey.from_string(args.vkey)
    cp = reader.get_checkpoint()
    print(f"     checkpoint: origin {cp.origin}, size {cp.size}, root {cp.root_hash.hex()}")

    result(not raises(lambda: cp.verify(vkey)), f"checkpoint signature verifies with our vkey ({vkey.name})")
    forged = tlog.Checkpoint(cp.origin, cp.size + 1, cp.root_hash, cp.signatures)
    result(raises(lambda: forged.verify(vkey)), "a checkpoint with its size changed fails the signature check")

    root = reader.calculate_root_hash()
    result(root == cp.root_hash, f"root recomputed from our tiles equals the signed root ({cp.size} entries)")

    # Every entry: its bundle's data hashed as a leaf must be the level-0 tile hash.
    bad = [i for i in range(cp.size) if tiles.leaf_hash(reader.get_entry(i)) != reader.mth(i, i + 1)]
    result(not bad, f"every entry bundle matches the level-0 tiles ({cp.size} entries)"
           + (f"; first mismatch at {bad[0]}" if bad else ""))

    # Inclusion proofs built by tlog-scales from our tiles, for the tile edges and random indices.
    edges = {0, 1, 255, 256, 257, 65535, 65536, cp.size - 2, cp.size - 1}
    indices = sorted({i for i in edges if 0 <= i < cp.size} | {rng.randrange(cp.size) for _ in range(args.samples)})
    failed = []
    for index in indices:
        proof = reader.get_inclusion_proof(index, cp.size)
        if raises(lambda: proof.check(tiles.leaf_hash(reader.get_entry(index)), cp.root_hash)):
            failed.append(index)
    result(not failed, f"inclusion proofs of {len(indices)} entries (edges and random) verify against the root"
           + (f"; failed for {failed[:5]}" if failed else ""))
    proof = reader.get_inclusion_proof(indices[-1], cp.size)
    result(raises(lambda: proof.check(tiles.leaf_hash(b"not this entry"), cp.root_hash)),
           "an inclusion proof of a wrong leaf fails")

    # Consistency: from a checkpoint signed earlier, and from random earlier sizes of the same tiles.
    if args.old_checkpoint:
        old = tlog.Checkpoint.from_text(Path(args.old_checkpoint).read_text())
        result(not raises(lambda: old.verify(vkey)), f"the earlier checkpoint (size {old.size}) verifies with our vkey")
        proof = reader.get_consistency_proof(old.size, cp.size)
        result(not raises(lambda: proof.check(old.root_hash, cp.root_hash)),
               f"consistency proof from the earlier signed checkpoint {old.size} to {cp.size} verifies")
        if old.size < cp.size:
            result(raises(lambda: proof.check(sha256_of(b"other"), cp.root_hash)),
                   "the same consistency proof fails against a different old root")
    sizes = sorted({rng.randrange(1, cp.size + 1) for _ in range(20)})
    failed = []
    for size in sizes:
        proof = reader.get_consistency_proof(size, cp.size)
        if raises(lambda: proof.check(reader.mth(0, size), cp.root_hash)):
            failed.append(size)
    result(not failed, f"consistency proofs from {len(sizes)} random sizes to {cp.size} verify"
           + (f"; failed from {failed[:5]}" if failed else ""))


def sha256_of(data):
    import hashlib
    return hashlib.sha256(data).digest()


def leaves(rng, count):
    """Leaves of random length 0..300 bytes (tlog-scales bundles take up to 65535)."""
    return [rng.randbytes(rng.randrange(301)) for _ in range(count)]


def write(args):
    rng = random.Random(args.seed)
    seed = rng.randbytes(32)
    Path(args.key_file).write_bytes(seed)
    signer = signing.PlainEd25519Signer(args.origin, Ed25519PrivateKey.from_private_bytes(seed))
    writer = TilesWriter.create(Path(args.dir), args.origin)
    data = leaves(rng, args.count)
    cuts = sorted(rng.sample(range(1, args.count), args.batches - 1)) if args.batches > 1 else []
    for start, end in zip([0] + cuts, cuts + [args.count]):
        for leaf in data[start:end]:
            writer.add_leaf(leaf)
        writer.commit([signer])
    print(signer.vkey.serialize())


def append(args):
    rng = random.Random(args.seed)
    seed = Path(args.key_file).read_bytes()
    writer = TilesWriter.from_path(Path(args.dir))
    signer = signing.PlainEd25519Signer(writer.origin, Ed25519PrivateKey.from_private_bytes(seed))
    for leaf in leaves(rng, args.count):
        writer.add_leaf(leaf)
    writer.commit([signer])
    print(signer.vkey.serialize())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("verify")
    command.add_argument("location")
    command.add_argument("--vkey", required=True)
    command.add_argument("--old-checkpoint")
    command.add_argument("--samples", type=int, default=200)
    command.add_argument("--seed", type=int, default=6962)
    command.set_defaults(run=verify)
    command = commands.add_parser("write")
    command.add_argument("dir")
    command.add_argument("--origin", required=True)
    command.add_argument("--key-file", required=True)
    command.add_argument("--count", type=int, required=True)
    command.add_argument("--batches", type=int, default=7)
    command.add_argument("--seed", type=int, default=9162)
    command.set_defaults(run=write)
    command = commands.add_parser("append")
    command.add_argument("dir")
    command.add_argument("--key-file", required=True)
    command.add_argument("--count", type=int, required=True)
    command.add_argument("--seed", type=int, default=8785)
    command.set_defaults(run=append)
    args = parser.parse_args()
    args.run(args)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
