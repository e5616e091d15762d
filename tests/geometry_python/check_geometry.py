#!/usr/bin/env python3
"""Outside reference for cpkit/geometry: exact rational arithmetic (fractions.Fraction, Python's
unbounded integers) recomputes what geometry_driver printed and compares.

Usage: check_geometry.py DRIVER [--seed S] [--count N]

Every case is one line "<type> <function> <inputs> | <results>" (see geometry_driver.cpp).
Predicates, exact values (cross products, twice the area), hulls, index pairs and argument
orders must match exactly. Constructions returned as floating values (projection, reflection,
cross points, cut vertices, distances) must lie within 16 units of rounding of the exact
rational answer, relative to the size of the operands: the library rounds exact numerators
once, divides once and adds, so an overflow or a wrong formula is off by far more.

None of the formulas below calls or copies the library's: intersection is a separating-axis
test, containment of the concave dart uses ray crossings at exact rational abscissae, the hull
is checked against its definition (supporting lines) and the orientation of its steps, and
distances are compared as squares.
Exit status 0 when every case matches and every (type, function) pair was exercised.
"""
import argparse
import subprocess
import sys
from collections import Counter
from fractions import Fraction
from functools import cmp_to_key

# Unit roundoff of the type the constructions return (real_t<T>).
UNIT = {"int": Fraction(1, 2**53), "ll": Fraction(1, 2**53), "d": Fraction(1, 2**53),
        "ld": Fraction(1, 2**64), "dr": Fraction(1, 2**53)}


def number(tok):
    """Decimal integer or C99 hex float (%a, %La) to an exact int or Fraction."""
    t = tok.lower()
    if "x" not in t:
        return int(t)
    sign = -1 if t.startswith("-") else 1
    t = t.lstrip("+-")
    if not t.startswith("0x"):
        raise ValueError("bad number " + tok)
    mant, _, exp = t[2:].partition("p")
    whole, _, frac = mant.partition(".")
    m = int((whole + frac) or "0", 16)
    e = int(exp or "0") - 4 * len(frac)
    v = Fraction(m) * Fraction(2) ** e
    v = sign * v
    return int(v) if v.denominator == 1 else v


class Reader:
    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def num(self):
        self.i += 1
        return number(self.toks[self.i - 1])

    def int(self):
        return int(self.num())

    def pt(self):
        return (self.num(), self.num())

    def pts(self):
        return [self.pt() for _ in range(self.int())]

    def done(self):
        return self.i == len(self.toks)


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def cross(u, v):
    return u[0] * v[1] - u[1] * v[0]


def dot(u, v):
    return u[0] * v[0] + u[1] * v[1]


def orient(o, a, b):
    return cross(sub(a, o), sub(b, o))


def sgn(x):
    return (x > 0) - (x < 0)


def ccw(a, b, c):
    o = sgn(orient(a, b, c))
    if o:
        return o
    ab, ac = sub(b, a), sub(c, a)
    t = Fraction(dot(ac, ab), dot(ab, ab))  # c = a + t (b - a)
    return 2 if t < 0 else (-2 if t > 1 else 0)


def on_seg(a, b, p):
    return (orient(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def meet(a, b, c, d):
    """Closed segments meet iff no separating axis among the normals and endpoint differences."""
    axes = [(a[1] - b[1], b[0] - a[0]), (c[1] - d[1], d[0] - c[0]), sub(a, c), sub(a, d), sub(b, c), sub(b, d)]
    for ax in axes:
        if ax == (0, 0):
            continue
        p1 = [dot(ax, a), dot(ax, b)]
        p2 = [dot(ax, c), dot(ax, d)]
        if max(p1) < min(p2) or max(p2) < min(p1):
            return False
    return True


def dist2_point_seg(a, b, p):
    ab = sub(b, a)
    n2 = dot(ab, ab)
    t = Fraction(0) if n2 == 0 else min(Fraction(1), max(Fraction(0), Fraction(dot(sub(p, a), ab), n2)))
    q = (a[0] + ab[0] * t, a[1] + ab[1] * t)
    return dot(sub(q, p), sub(q, p))


def distance_ok(got, want2, tol):
    """got within tol of sqrt(want2), decided on squares: (got - tol)^2 <= want2 <= (got + tol)^2."""
    lo = max(Fraction(0), got - tol)
    return lo * lo <= want2 <= (got + tol) ** 2


def scale(*points):
    return max([abs(c) for p in points for c in p] + [1])


def close(got, want, tol):
    return abs(got[0] - want[0]) <= tol and abs(got[1] - want[1]) <= tol


def half(p):
    return 0 if p[1] < 0 else (2 if p[1] > 0 else (1 if p[0] >= 0 else 3))


def arg_cmp(a, b):
    ha, hb = half(a), half(b)
    if ha != hb:
        return -1 if ha < hb else 1
    return -sgn(cross(a, b))  # a before b iff b counter-clockwise from a


def yx(p):
    return (p[1], p[0])


def hull_ok(pts, h, keep):
    """The documented hull from the definition: the set of boundary points (a supporting line
    through p and another point; strict mode drops points strictly inside a segment of two
    others), starting at the lowest-then-leftmost, each once; collinear input gives the points
    (keep) or the two ends (strict) in (y, x) order; otherwise every step has all points weakly
    left, and (strict) every other vertex strictly left / (keep) no hull point strictly inside."""
    u = sorted(set(pts), key=yx)
    if len(u) <= 1:
        return h == u
    if all(orient(u[0], u[1], r) == 0 for r in u):
        return h == (u if keep else [u[0], u[-1]])
    bd = []
    for p in u:
        if not any(q != p and all(orient(p, q, r) >= 0 for r in u) for q in u):
            continue
        inner = any(a != p and b != p and orient(a, b, p) == 0 and dot(sub(a, p), sub(b, p)) < 0
                    for a in u for b in u)
        if keep or not inner:
            bd.append(p)
    if sorted(h, key=yx) != sorted(bd, key=yx) or len(set(h)) != len(h) or h[0] != min(bd, key=yx):
        return False
    m = len(h)
    for i in range(m):
        a, b = h[i], h[(i + 1) % m]
        if any(orient(a, b, r) < 0 for r in u):
            return False
        for r in h:
            if r in (a, b):
                continue
            if not keep and orient(a, b, r) <= 0:
                return False
            if keep and on_seg(a, b, r):
                return False
    return True


def contains_general(poly, p):
    """0 outside, 1 boundary, 2 inside for a simple polygon: edges, then ray crossings to +x at
    the exact rational abscissa of each edge that straddles p's height."""
    n = len(poly)
    if any(on_seg(poly[i], poly[(i + 1) % n], p) for i in range(n)):
        return 1
    inside = False
    for i in range(n):
        s, t = poly[i], poly[(i + 1) % n]
        if (s[1] > p[1]) != (t[1] > p[1]):
            x = s[0] + Fraction(p[1] - s[1]) * (t[0] - s[0]) / (t[1] - s[1])
            if p[0] < x:
                inside = not inside
    return 2 if inside else 0


def line_point(a, b, c, d):
    ab, cd = sub(b, a), sub(d, c)
    t = Fraction(cross(sub(c, a), cd), cross(ab, cd))
    return (a[0] + ab[0] * t, a[1] + ab[1] * t)


def check(typ, fn, r, out):
    """True when the library's results `out` (a Reader) are right for inputs in `r`."""
    u = UNIT[typ]
    if fn == "ccw":
        a, b, c = r.pt(), r.pt(), r.pt()
        return out.int() == ccw(a, b, c)
    if fn == "cross":
        a, b, c = r.pt(), r.pt(), r.pt()
        return out.num() == orient(a, b, c)
    if fn == "on_segment":
        a, b, p = r.pt(), r.pt(), r.pt()
        return out.int() == on_seg(a, b, p)
    if fn in ("parallel", "orthogonal", "intersect", "dist_segs", "cross_point"):
        a, b, c, d = r.pt(), r.pt(), r.pt(), r.pt()
        if fn == "parallel":
            return out.int() == (cross(sub(b, a), sub(d, c)) == 0)
        if fn == "orthogonal":
            return out.int() == (dot(sub(b, a), sub(d, c)) == 0)
        if fn == "intersect":
            return out.int() == meet(a, b, c, d)
        if fn == "dist_segs":
            want2 = 0 if meet(a, b, c, d) else min(dist2_point_seg(a, b, c), dist2_point_seg(a, b, d),
                                                   dist2_point_seg(c, d, a), dist2_point_seg(c, d, b))
            return distance_ok(out.num(), want2, 16 * u * 4 * scale(a, b, c, d))
        want = line_point(a, b, c, d)
        return close(out.pt(), want, 16 * u * (4 * scale(a, b, c, d) + scale(sub(want, a))))
    if fn in ("projection", "reflection", "dist_line", "dist_seg"):
        a, b, p = r.pt(), r.pt(), r.pt()
        s = 4 * scale(a, b, p)
        if fn == "dist_seg":
            return distance_ok(out.num(), dist2_point_seg(a, b, p), 16 * u * s)
        ab = sub(b, a)
        if fn == "dist_line":
            return distance_ok(out.num(), Fraction(orient(a, b, p) ** 2, dot(ab, ab)), 16 * u * s)
        t = Fraction(dot(sub(p, a), ab), dot(ab, ab))
        q = (a[0] + ab[0] * t, a[1] + ab[1] * t)
        if fn == "reflection":
            q = (2 * q[0] - p[0], 2 * q[1] - p[1])
        return close(out.pt(), q, 16 * u * 2 * s)
    if fn == "area2":
        v = r.pts()
        want = 0 if len(v) < 3 else sum(cross(v[i], v[(i + 1) % len(v)]) for i in range(len(v)))
        return out.num() == want
    if fn == "is_convex":
        v = r.pts()
        turns = [sgn(orient(v[i], v[(i + 1) % len(v)], v[(i + 2) % len(v)])) for i in range(len(v))]
        return out.int() == (not (1 in turns and -1 in turns))
    if fn in ("hull0", "hull1"):
        v = r.pts()
        return hull_ok(v, out.pts(), fn == "hull1")
    if fn in ("furthest", "diameter"):
        v = r.pts()
        i, j = out.int(), out.int()
        best = max(dot(sub(p, q), sub(p, q)) for p in v for q in v)
        ok_idx = 0 <= i < len(v) and 0 <= j < len(v) and (fn == "diameter" or i != j)
        return ok_idx and dot(sub(v[i], v[j]), sub(v[i], v[j])) == best
    if fn in ("convex_contains", "contains"):
        poly, p = r.pts(), r.pt()
        return out.int() == contains_general(poly, p)
    if fn == "cut":
        poly, a, b = r.pts(), r.pt(), r.pt()
        want = []
        for i in range(len(poly)):
            cur, nxt = poly[i], poly[(i + 1) % len(poly)]
            oc, on = sgn(orient(a, b, cur)), sgn(orient(a, b, nxt))
            if oc >= 0:
                want.append(cur)
            if oc * on < 0:
                # where the edge cur -> nxt meets the line: cur + (nxt - cur) oc' / (oc' - on')
                wc, wn = orient(a, b, cur), orient(a, b, nxt)
                s = Fraction(wc, wc - wn)
                want.append((cur[0] + (nxt[0] - cur[0]) * s, cur[1] + (nxt[1] - cur[1]) * s))
        got = out.pts()
        tol = 16 * u * 16 * scale(a, b, *poly)
        return len(got) == len(want) and all(close(g, w, tol) for g, w in zip(got, want))
    if fn == "argless":
        a, b = r.pt(), r.pt()
        return out.int() == (arg_cmp(a, b) < 0)
    if fn == "argsort":
        v = r.pts()
        return out.pts() == sorted(v, key=cmp_to_key(arg_cmp))  # both sorts are stable
    raise ValueError("unknown function " + fn)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("driver")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--count", type=int, default=200)
    args = ap.parse_args()
    run = subprocess.run([args.driver, str(args.seed), str(args.count)], stdout=subprocess.PIPE,
                         universal_newlines=True)
    if run.returncode != 0:
        print("driver failed with status %d (an assert?)" % run.returncode)
        return 1
    text = run.stdout
    seen, bad = Counter(), 0
    for line in text.splitlines():
        left, _, right = line.partition(" | ")
        toks = left.split()
        typ, fn = toks[0], toks[1]
        inp, out = Reader(toks[2:]), Reader(right.split())
        try:
            ok = check(typ, fn, inp, out) and inp.done() and out.done()
        except (ValueError, IndexError, ZeroDivisionError) as e:
            ok = False
            print("error:", e)
        seen[(typ, fn)] += 1
        if not ok:
            bad += 1
            if bad <= 10:
                print("MISMATCH:", line)
    # Every function was exercised on every coordinate type (the driver cannot silently stop).
    funcs = ["ccw", "cross", "on_segment", "parallel", "orthogonal", "intersect", "projection", "reflection",
             "dist_line", "dist_seg", "dist_segs", "cross_point", "area2", "is_convex", "hull0", "hull1",
             "furthest", "convex_contains", "contains", "cut", "diameter", "argless", "argsort"]
    missing = [(t, f) for t in ("int", "ll", "d", "ld") for f in funcs if seen[(t, f)] < args.count // 4]
    missing += [("dr", f) for f in ("argless", "argsort") if seen[("dr", f)] < args.count]
    for t, f in missing:
        print("too few cases:", t, f, seen[(t, f)])
    total = sum(seen.values())
    print("geometry vs fractions: %d cases (%s), %d mismatches" %
          (total, ", ".join("%s %d" % (t, sum(n for (tt, _), n in seen.items() if tt == t))
                            for t in ("int", "ll", "d", "ld", "dr")), bad))
    return 1 if bad or missing else 0


if __name__ == "__main__":
    sys.exit(main())
