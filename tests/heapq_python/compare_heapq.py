#!/usr/bin/env python3
"""cpkit's heapq.hpp against CPython's heapq, the array after every operation.

Runs tests/heapq_python/heapq_driver (built by CMake) for each seed; the driver prints every
operation it performs ("> OP ARGS") and the result after it ("= RET | ARRAY"). This script
replays each operation with CPython's own heapq on its own list and compares the line it would
print with the driver's, character for character. Any difference (a value returned, the order
of the array after a push, pop, replace, pushpop or heapify, the order of ties in nsmallest,
nlargest or merge) fails, with the seed, the operation and both lines.

The max-heap functions: CPython 3.14 has heappush_max, heappop_max, heapreplace_max,
heappushpop_max and heapify_max; 3.11 to 3.13 have only _heappop_max, _heapreplace_max and
_heapify_max (private, same algorithm). Where a function is missing, it is written below from
heapq's own _siftdown_max / _siftup_max, as 3.14's heapq.py does.

usage: compare_heapq.py --driver PATH [--seeds N] [--ops N] [--first-seed N]
"""
import argparse
import heapq
import subprocess
import sys


def _heappush_max(heap, item):  # Lib/heapq.py of CPython 3.14
    heap.append(item)
    heapq._siftdown_max(heap, 0, len(heap) - 1)


def _heappushpop_max(heap, item):  # Lib/heapq.py of CPython 3.14
    if heap and item < heap[0]:
        item, heap[0] = heap[0], item
        heapq._siftup_max(heap, 0)
    return item


push_max = getattr(heapq, "heappush_max", _heappush_max)
pushpop_max = getattr(heapq, "heappushpop_max", _heappushpop_max)
pop_max = getattr(heapq, "heappop_max", None) or heapq._heappop_max
replace_max = getattr(heapq, "heapreplace_max", None) or heapq._heapreplace_max
heapify_max = getattr(heapq, "heapify_max", None) or heapq._heapify_max

class Tagged:
    """A key and a serial number; compares by the key only (the driver's tagged)."""
    __slots__ = ("k", "i")

    def __init__(self, token):
        k, i = token.split(":")
        self.k, self.i = int(k), int(i)

    def __lt__(self, other):
        return self.k < other.k

    def __eq__(self, other):  # tuples and lists compare items with == first (nsmallest, merge)
        return self.k == other.k

    def __str__(self):
        return "%d:%d" % (self.k, self.i)


KINDS = {
    # parse a token, show a value, the key of the *_key operations (the driver's K::key)
    "int": (int, str, abs),
    "pair": (lambda t: tuple(int(x) for x in t[1:-1].split(",")), lambda v: "(%d,%d)" % v, lambda v: v[0]),
    "str": (str, str, len),
    "tagged": (Tagged, str, lambda t: t.k // 2),
}


op_counts = {}


def replay(seed, lines):
    """Replays one seed's output; returns (operations, None) or (operations, error message)."""
    header = lines[0].split()
    if header[:2] != ["#", "kind"] or header[2] not in KINDS:
        return 0, "bad header: %r" % lines[0]
    parse, show, key = KINDS[header[2]]
    h = []
    ops = 0

    def values(text):
        return [parse(t) for t in text.split()]

    def listed(v):
        return "[" + " ".join(show(x) for x in v) + "]"

    if (len(lines) - 1) % 2 != 0:
        return 0, "odd number of lines"
    for i in range(1, len(lines), 2):
        op_line, got = lines[i], lines[i + 1]
        if not op_line.startswith("> ") or not got.startswith("= "):
            return ops, "malformed lines %d-%d: %r %r" % (i, i + 1, op_line, got)
        parts = op_line[2:].split(" |")
        name, _, arg = parts[0].partition(" ")
        ret = "-"
        if name in ("push", "push_max"):
            (heapq.heappush if name == "push" else push_max)(h, parse(arg))
        elif name in ("pop", "pop_max"):
            ret = show((heapq.heappop if name == "pop" else pop_max)(h))
        elif name in ("replace", "replace_max"):
            ret = show((heapq.heapreplace if name == "replace" else replace_max)(h, parse(arg)))
        elif name in ("pushpop", "pushpop_max"):
            ret = show((heapq.heappushpop if name == "pushpop" else pushpop_max)(h, parse(arg)))
        elif name in ("heapify", "heapify_max"):
            h = values(arg)
            (heapq.heapify if name == "heapify" else heapify_max)(h)
        elif name == "reheapify":
            heapq.heapify(h)
        elif name == "reheapify_max":
            heapify_max(h)
        elif name in ("nsmallest", "nlargest", "nsmallest_key", "nlargest_key"):
            f = heapq.nsmallest if name.startswith("nsmallest") else heapq.nlargest
            v = values(parts[1])
            ret = listed(f(int(arg), v, key=key) if name.endswith("_key") else f(int(arg), v))
        elif name in ("merge", "merge_key", "merge_rev", "merge_key_rev"):
            seqs = [values(p) for p in parts[1:]]
            ret = listed(heapq.merge(*seqs, key=key if "_key" in name else None, reverse=name.endswith("_rev")))
        else:
            return ops, "unknown operation %r" % op_line
        ops += 1
        op_counts[name] = op_counts.get(name, 0) + 1
        want = "= %s | %s" % (ret, " ".join(show(x) for x in h))
        if got != want:
            return ops, ("seed %d, operation %d: %s\n  CPython heapq: %s\n  cpkit heapq:   %s"
                         % (seed, ops, op_line[:300], want[:600], got[:600]))
    return ops, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--driver", required=True)
    ap.add_argument("--seeds", type=int, default=30)
    ap.add_argument("--ops", type=int, default=5000)
    ap.add_argument("--first-seed", type=int, default=1)
    a = ap.parse_args()
    total = 0
    kinds = {}
    for seed in range(a.first_seed, a.first_seed + a.seeds):
        run = subprocess.run([a.driver, str(seed), str(a.ops)], capture_output=True, text=True)
        if run.returncode != 0:
            print("heapq_driver %d %d exited with %d: %s" % (seed, a.ops, run.returncode, run.stderr[:500]))
            return 1
        lines = run.stdout.splitlines()
        ops, error = replay(seed, lines)
        total += ops
        if error is None and ops != a.ops:
            error = "seed %d: %d operations, expected %d" % (seed, ops, a.ops)
        if error is not None:
            print("FAIL: " + error)
            return 1
        kind = " ".join(lines[0].split()[2:])
        kinds[kind] = kinds.get(kind, 0) + ops
    print("heapq: %d operations over %d seeds, every array and result equal to CPython %d.%d's heapq"
          % (total, a.seeds, sys.version_info[0], sys.version_info[1]))
    for kind in sorted(kinds):
        print("  %s: %d operations" % (kind, kinds[kind]))
    print("  " + ", ".join("%s %d" % (n, op_counts[n]) for n in sorted(op_counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
