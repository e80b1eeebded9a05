#!/usr/bin/env bash
# Interoperability of the evidence ledger (issue 4) with two independent implementations from PyPI, installed into
# a throw-away virtualenv: tlog-scales 0.0.3 (C2SP tlog-tiles and signed-note checkpoints) and pymerkle 7.0.0
# (RFC 6962 Merkle trees). Both ways:
#   a. tlog-scales verifies OUR log: a scratch SQLite log of 70,000 raw entries (`fazhi ledger bench`) signed at
#      that size (`fazhi ledger checkpoint`), then `fazhi serve` on 127.0.0.1 loads the demo region, whose audit rows
#      grow the log and get a new checkpoint. Over HTTP tlog-scales checks the checkpoint signature with our vkey,
#      the root from our tiles, every entry bundle against the level-0 tiles, inclusion proofs built from our
#      tiles, and consistency from the first signed checkpoint (scripts/ledger/interop_tlog_scales.py). Then the same
#      from a folder written by `fazhi ledger export`.
#   b. OUR verifier accepts a log tlog-scales wrote (its own Ed25519 key, 70,000 leaves in 7 commits):
#      `fazhi ledger verify --log DIR --vkey THEIRS --entries` exits 0, and again after tlog-scales appends 1,000
#      leaves (consistency with the saved checkpoint). It must exit 1 after one byte of a full tile, of the partial
#      tile on the right edge, of an entry bundle, or of the checkpoint is changed, and with another log's vkey.
#   c. Our tree heads (`fazhi ledger root`) equal pymerkle's for 30 random sizes up to 5,000 and the edge sizes
#      (scripts/ledger/interop_pymerkle.py; the seed is printed, INTEROP_SEED=N repeats a run).
# Prints a PASS or FAIL line per check; exits 1 if any failed. Builds the debug binary itself.
# Usage: scripts/ledger/interop.sh        (env: INTEROP_SEED=N, PIP_INDEX_URL as pip reads it)
set -euo pipefail
# The log under test is a scratch SQLite folder: settings for another database or key must not leak in.
unset DATABASE_URL FAZHI_DATA_DIR FAZHI_LEDGER_KEY FAZHI_LEDGER_ORIGIN FAZHI_HOST FAZHI_PORT FAZHI_NO_WORKER
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/scripts/ledger"
work="$(mktemp -d /tmp/fazhi-interop-XXXXXX)"
server_pid=""
failures=0

cleanup() {
    local status=$?
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -f "$work/serve.log" ]; then
        echo "--- last lines of the server's log:" >&2
        tail -n 20 "$work/serve.log" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() { echo "PASS $*"; }
fail() {
    echo "FAIL $*"
    failures=$((failures + 1))
}
# Runs a Python check; its own PASS/FAIL lines are printed, a non-zero exit counts as a failure.
check() { "$@" || failures=$((failures + 1)); }
# `fazhi ledger verify` must exit with the given status.
expect_verify() {
    local expected="$1" label="$2"
    shift 2
    local status=0
    "$bin" ledger verify "$@" >"$work/verify.txt" 2>&1 || status=$?
    if [ "$status" -eq "$expected" ]; then
        pass "$label (exit $status)"
        grep '^✗' "$work/verify.txt" | head -n 1 | sed 's/^/     /' || true
    else
        fail "$label: exit $status, expected $expected"
        sed 's/^/     /' "$work/verify.txt"
    fi
}
# Flips the lowest bit of the byte at the middle of a file.
flip_byte() {
    python3 - "$1" <<'PY'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
data[len(data) // 2] ^= 1
open(path, "wb").write(data)
PY
}

echo "== building fazhi (debug)"
swift build --package-path "$root" --product fazhi >&2
bin="$(swift build --package-path "$root" --show-bin-path)/fazhi"

echo "== virtualenv with tlog-scales 0.0.3 and pymerkle 7.0.0 (PyPI)"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check tlog-scales==0.0.3 pymerkle==7.0.0 >&2
python="$work/venv/bin/python"
"$python" -c 'import importlib.metadata as m; print("     tlog-scales", m.version("tlog-scales"), "pymerkle", m.version("pymerkle"))'

echo "== a. tlog-scales verifies our log"
data=(--data-dir "$work/ours")
"$bin" ledger bench "${data[@]}" --count 70000 --appenders 64 >"$work/bench.log" 2>&1
"$bin" ledger checkpoint "${data[@]}" >"$work/first-checkpoint" 2>"$work/checkpoint.log"
first_size="$(sed -n 2p "$work/first-checkpoint")"
our_vkey="$("$bin" ledger key "${data[@]}" 2>/dev/null | awk '$1 == "vkey" {print $2}')"
echo "     our log: $first_size entries signed; vkey $our_vkey"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$bin" serve "${data[@]}" --host 127.0.0.1 --port "$port" --checkpoint-interval 1 >"$work/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 600); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "FAIL the server exited" && exit 1; }
    sleep 0.1
done
# The demo region's audit rows reach the log through the outbox; wait for a checkpoint beyond the first one.
size="$first_size"
for _ in $(seq 600); do
    size="$(curl -fsS "$base/ledger/checkpoint" 2>/dev/null | sed -n 2p || true)"
    [ -n "$size" ] && [ "$size" -gt "$first_size" ] && break
    sleep 0.1
done
if [ -n "$size" ] && [ "$size" -gt "$first_size" ]; then
    pass "fazhi serve publishes a checkpoint of $size entries (grown from $first_size by the demo region's audit rows)"
else
    fail "fazhi serve published no checkpoint beyond $first_size entries within a minute"
fi
check "$python" "$here/interop_tlog_scales.py" verify "$base/ledger" --vkey "$our_vkey" \
    --old-checkpoint "$work/first-checkpoint"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
"$bin" ledger export "$work/export" "${data[@]}" >"$work/export.log" 2>&1
echo "     the same log exported to a folder (fazhi ledger export):"
check "$python" "$here/interop_tlog_scales.py" verify "$work/export" --vkey "$our_vkey" \
    --old-checkpoint "$work/first-checkpoint" --samples 50

echo "== b. our verifier on a log tlog-scales wrote"
theirs="$work/theirs"
their_vkey="$("$python" "$here/interop_tlog_scales.py" write "$theirs" --origin example.org/tlog-scales-interop \
    --key-file "$work/theirs.key" --count 70000 --batches 7)"
echo "     their log: $(sed -n 2p "$theirs/checkpoint") entries; vkey $their_vkey"
expect_verify 0 "fazhi ledger verify --entries accepts tlog-scales' log" \
    --log "$theirs" --vkey "$their_vkey" --entries --checkpoint "$work/their-state"
"$python" "$here/interop_tlog_scales.py" append "$theirs" --key-file "$work/theirs.key" --count 1000 >/dev/null
expect_verify 0 "after tlog-scales appends 1,000 leaves, the log is consistent with the saved checkpoint" \
    --log "$theirs" --vkey "$their_vkey" --entries --checkpoint "$work/their-state"
size="$(sed -n 2p "$theirs/checkpoint")"
edge="tile/0/$(printf '%03d' $((size / 256))).p/$((size % 256))"
for target in tile/0/000 "$edge" tile/entries/100 checkpoint; do
    cp "$theirs/$target" "$work/saved"
    if [ "$target" = checkpoint ]; then
        sed -i "2s/.*/$((size + 1))/" "$theirs/checkpoint"  # the size line: the signature no longer matches
    else
        flip_byte "$theirs/$target"
    fi
    expect_verify 1 "fazhi ledger verify rejects the log with one byte of $target changed" \
        --log "$theirs" --vkey "$their_vkey" --entries
    cp "$work/saved" "$theirs/$target"
done
expect_verify 1 "fazhi ledger verify rejects tlog-scales' log under another log's vkey" \
    --log "$theirs" --vkey "$our_vkey" --entries
expect_verify 0 "with every byte restored it verifies again" --log "$theirs" --vkey "$their_vkey" --entries

echo "== c. tree heads against pymerkle"
check "$python" "$here/interop_pymerkle.py" "$bin" "$work" ${INTEROP_SEED:+--seed "$INTEROP_SEED"}

if [ "$failures" -eq 0 ]; then
    echo "interop: every check passed"
else
    echo "interop: $failures check(s) FAILED"
    exit 1
fi
