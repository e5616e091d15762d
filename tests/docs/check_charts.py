#!/usr/bin/env python3
"""Checks the benchmark charts of a site built by `./cpkit docs` against the result files.

    check_charts.py SITE_DIR BENCH_JSON_DIR      (e.g. build/site docs/bench)

For every module in BENCH_JSON_DIR/*.json (what `./cpkit bench --json` prints), SITE_DIR/bench/
<module>.svg must exist, parse as XML (xml.dom.minidom) and hold, for every row, one bar
(<g class="bar ..." data-case data-size data-speedup data-baseline>) whose figures are those
this script derives from the row itself (the oracle is the JSON, read here in Python):
  - speedup = speedup_vs_best when it is a number, else speedup; its peer = best_peer, else
    "baseline"; the label is that ratio with three significant digits from 10 ("0.86x", "1.52x",
    "13.7x", "1370x"), "no figure" when neither is a number;
  - class "faster" (>= 1), "slower" (< 1) or "none"; a faster bar starts at the 1x line and
    goes right, a slower one ends at it; bar lengths are proportional to |log(speedup)| (log
    scale), within 1.5 px;
  - the bar's text holds its size label ("size 10⁶", "size 1 368 269" with thin spaces, "size 30")
    and its ratio; the peer is named in the case's header or beside the size.
No other bars; the caption holds every machine and date of the module's rows; the SVG refers to
nothing outside itself (no href, script, image or font); some page of the site shows the chart.
Exit status 0 when everything holds, 1 with one line per failure otherwise.
"""
import glob
import json
import math
import os
import re
import sys
import xml.dom.minidom


def ratio_label(v):
    if v is None:
        return "no figure"
    if v >= 99.95:
        return f"{v:.0f}x"
    if v >= 9.995:
        return f"{v:.1f}x"
    return f"{v:.2f}x"


def size_label(size):
    s = str(size)
    if len(s) >= 4 and s[0] == "1" and set(s[1:]) == {"0"}:
        sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
        return "size 10" + "".join(sup[int(d)] for d in str(len(s) - 1))
    if len(s) < 5:
        return "size " + s
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return "size " + "\u2009".join(groups)


def number(row, key):
    v = row.get(key)
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def expected(row):
    vs_best, vs_base = number(row, "speedup_vs_best"), number(row, "speedup")
    if vs_best is not None or vs_base is None:
        return vs_best, row.get("best_peer") or "baseline"
    return vs_base, "baseline"


def text_of(node):
    if node.nodeType == node.TEXT_NODE:
        return node.data
    return "".join(text_of(c) for c in node.childNodes)


def classes(el):
    return el.getAttribute("class").split()


def read_rows(bench):
    files = sorted(glob.glob(os.path.join(bench, "*.json"))) if os.path.isdir(bench) else [bench]
    modules = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            rows = json.load(fh)
        if not isinstance(rows, list):
            raise SystemExit(f"{f}: not a JSON array of rows")
        for r in rows:
            modules.setdefault(r["module"], []).append(r)
    return files, modules


def check_module(site, module, rows, fail):
    path = os.path.join(site, "bench", module + ".svg")
    if not os.path.isfile(path):
        fail(f"{path}: missing ({len(rows)} rows of module {module})")
        return 0
    raw = open(path, encoding="utf-8").read()
    try:
        doc = xml.dom.minidom.parseString(raw.encode("utf-8"))
    except Exception as e:  # the parser's own message names line and column
        fail(f"{path}: not well-formed XML: {e}")
        return 0
    svg = doc.documentElement
    if svg.tagName != "svg" or svg.getAttribute("xmlns") != "http://www.w3.org/2000/svg":
        fail(f"{path}: the root is not an SVG element")
    for bad in ("script", "image", "foreignObject", "style", "a", "use"):
        if doc.getElementsByTagName(bad):
            fail(f"{path}: holds <{bad}> (a chart must not depend on anything outside itself)")
    if re.search(r"\bhref\s*=|@font-face|url\((?!#)", raw):
        fail(f"{path}: refers to something outside itself (href, font or url())")

    ones = {l.getAttribute("x1") for l in doc.getElementsByTagName("line") if "one" in classes(l)}
    if len(ones) != 1:
        fail(f"{path}: expected the 1x line (<line class=\"one\">) at one x, found it at {sorted(ones)}")
        return 0
    x_one = float(ones.pop())

    bars = {}
    for g in doc.getElementsByTagName("g"):
        if "bar" in classes(g):
            key = (g.getAttribute("data-case"), g.getAttribute("data-size"))
            if key in bars:
                fail(f"{path}: two bars for {key}")
            bars[key] = g
    headers = {}
    for t in doc.getElementsByTagName("text"):
        if "case" in classes(t):  # its first <tspan> is the case's name
            spans = t.getElementsByTagName("tspan")
            headers[text_of(spans[0]).strip() if spans else text_of(t).strip()] = text_of(t)
    caption = " ".join(text_of(t) for t in doc.getElementsByTagName("text") if "caption" in classes(t))

    scale = []  # (bar length, |ln speedup|) of the drawn bars
    for r in rows:
        key = (r["case"], str(r["size"]))
        g = bars.pop(key, None)
        where = f"{path}: {r['case']} at size {r['size']}"
        if g is None:
            fail(f"{where}: no bar")
            continue
        v, peer = expected(r)
        label = ratio_label(v)
        kind = "none" if v is None else ("slower" if v < 1 else "faster")
        if kind not in classes(g):
            fail(f"{where}: class {g.getAttribute('class')!r}, expected {kind}")
        if g.getAttribute("data-speedup") != label:
            fail(f"{where}: data-speedup {g.getAttribute('data-speedup')!r}, expected {label!r}")
        if g.getAttribute("data-baseline") != peer:
            fail(f"{where}: data-baseline {g.getAttribute('data-baseline')!r}, expected {peer!r}")
        text = text_of(g)
        for want in (label, size_label(r["size"])):
            if want not in text:
                fail(f"{where}: its text {text!r} lacks {want!r}")
        header = headers.get(r["case"])
        if header is None:
            fail(f"{where}: no header naming the case")
        elif f"vs {peer}" not in header and f"vs {peer}" not in text:
            fail(f"{where}: the peer {peer} is named neither in the header {header!r} nor beside the bar")
        rects = g.getElementsByTagName("rect")
        if v is None:
            if rects:
                fail(f"{where}: a bar is drawn for no figure")
            continue
        if len(rects) != 1:
            fail(f"{where}: expected one <rect>, found {len(rects)}")
            continue
        x, w = float(rects[0].getAttribute("x")), float(rects[0].getAttribute("width"))
        if kind == "faster" and abs(x - x_one) > 0.15:
            fail(f"{where}: a faster bar starts at x={x}, not at the 1x line ({x_one})")
        if kind == "slower" and abs(x + w - x_one) > 0.15:
            fail(f"{where}: a slower bar ends at x={x + w}, not at the 1x line ({x_one})")
        scale.append((w, abs(math.log(v)), where))
    for key in bars:
        fail(f"{path}: a bar for {key} that no row has")

    # Log scale: length = k * |ln v| for one k (bars under 1 px are drawn 1 px wide).
    big = max(scale, key=lambda s: s[1], default=None)
    if big and big[1] > 0:
        k = big[0] / big[1]
        for w, lv, where in scale:
            if abs(max(k * lv, 1.0) - w) > 1.5:
                fail(f"{where}: length {w:.1f} px, a log scale gives {k * lv:.1f} px")

    for r in rows:
        for key in ("machine", "date"):
            if r.get(key) and r[key] not in caption:
                fail(f"{path}: the caption {caption!r} lacks the {key} {r[key]!r}")
    return len(rows)


def main():
    if len(sys.argv) != 3:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    site, bench = sys.argv[1], sys.argv[2]
    failures = []
    files, modules = read_rows(bench)
    if not modules:
        failures.append(f"{bench}: no benchmark rows")
    pages = ""
    for p in glob.glob(os.path.join(site, "*.html")):
        pages += open(p, encoding="utf-8", errors="replace").read()
    checked = 0
    for module in sorted(modules):
        checked += check_module(site, module, modules[module], failures.append)
        if f"bench/{module}.svg" not in pages and f'data-module="{module}"' not in pages:
            failures.append(f"{site}: no page shows bench/{module}.svg")
    for f in failures:
        print(f)
    print(f"check_charts: {len(modules)} charts, {checked} bars from {len(files)} result files; "
          f"{len(failures)} failure{'s' if len(failures) != 1 else ''}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
