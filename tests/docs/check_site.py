#!/usr/bin/env python3
"""docs.site: build the study site and the notebook with `cpkit docs`, then check both (issue 16).

  check_site.py --tool T --root R --work W            the CTest test docs.site
  check_site.py --self-test --root R --work W         the CTest test docs.checker: the checks
                                                      below, run on fixtures with known defects

Only the standard library. Every check is written from the contract (tools/docs_model.hpp and the
"Output" of issue 16), and the facts it checks against are found on disk by this script itself
(headers under include/cpkit, docs/*.md, problems/*/, what each file includes), not taken from the
tool, so that a generator that forgets or invents something is caught:

  build     `cpkit docs` exits 0 and prints no warning (a dead link it shows as text is a defect)
  pages     every docs/*.md but README.md has <page>.html, every problems/<id>/ problems/<id>.html
  model     model.json holds every header found on disk; every header that is neither an umbrella
            (only #include lines) nor an implementation part (detail/, common.hpp) lists >= 1
            entry point, each with a complexity, one at least with "O("; every entry name is an
            identifier declared in its header's code (comments and strings removed): `name(`,
            `name<`, `struct name`, `using name` ...; the short hash is recomputed here
            (sha256 of the code with whitespace removed, as `tr -d '[:space:]' | sha256sum`);
            every problem verifies >= 1 header, its headers include those its solution.cpp
            includes, and header.problems is exactly the inverse of problem.headers
  index     one <tr class="entry"> per entry point of model.json (a multiset comparison) with its
            data-name, data-header, a complexity cell holding the model's complexity, a link to its
            module page with an anchor, a link per verifying problem; every module page linked;
            search-index.js defines window.CPKIT_SEARCH and names every entry point
  pages     each module page shows, for each header it explains, every entry name, the header's
            code (all of it, whitespace aside), a copy button, and links to its problems; each
            problem page holds the statement's title and solution.cpp's code; the bench charts
            exist and their pages name the machine and date
  links     every href/src of every generated HTML file (and every url() of its CSS) is relative
            and resolves to a file of the site; a #fragment names an id of the target; no absolute
            URL to the network (offline), except in plain text
  browser   every generated HTML page, opened in headless Chromium (one browser: a harness page
            holding each in an iframe, each iframe's load event recorded in the dumped DOM), logs
            nothing to the console. Chromium 156 prints console messages and uncaught exceptions
            on stderr only with --enable-logging=stderr (and --log-level=0, the default), as
            `[...:INFO:CONSOLE:LINE] "MESSAGE", source: URL (LINE)`, at INFO whatever the level
            (console.log and console.error look the same), so every console message counts. The
            harness also holds a page with a deliberate console.error and an uncaught exception:
            the run fails unless both are seen (a test of the test, in the same browser run).
            index.html?q=NAME (two entry names) dumps a DOM whose #search-results links to the
            entry's page; a screenshot of index.html is not blank (decoded here with zlib: pixel
            colours against a blank page's screenshot, which must come out uniform)
  charts    check_charts.py (the charts engineer's) on the built site against docs/bench/*.json
  notebook  pdfinfo's page count equals the one `cpkit docs` printed, <= 25; every page A4
            (595 x 842 pt); pdftotext's text holds the include path and short hash of every header
            of the default selection (docs/notebook-select.txt, expanded here: a module name is its
            headers but the umbrella, and a selected header brings the cpkit headers it includes;
            every header when there is no such file)
  errors    `--out` onto a non-empty folder that is not a site: one "cpkit: error:" line (the last
            on stderr: progress lines may come first), exit 2,
            the folder untouched (names, bytes, times); a missing --notebook-select file: one line
            naming it; an unknown name in a select file: one line naming the file and the line

Exit 77 (CTest SKIP_RETURN_CODE) when pandoc, KaTeX, chromium or poppler-utils is missing, with the
apt-get line that installs them.
"""
import argparse
import collections
import hashlib
import html
import html.parser
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zlib

SKIP = 77
PACKAGES = "pandoc libjs-katex poppler-utils chromium"
INSTALL = f"sudo apt-get install -y --no-install-recommends {PACKAGES}  (or: ./cpkit docs --help)"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--enable-logging=stderr", "--log-level=0", "--v=0", "--hide-scrollbars"]
# `[pid:tid:time:INFO:CONSOLE:12] "message", source: file:///x.html (12)`; older versions write
# CONSOLE(12). A message may span lines (a stack), so match up to its source.
CONSOLE = re.compile(r"\]?[^\n\]]*:CONSOLE(?::\d+|\(\d+\))\] \"(.*?)\", source: (\S*) \((\d+)\)\s*$",
                     re.S | re.M)
SELFTEST_MARK = "cpkit-docs-selftest-console-error"
NETWORK_SCHEMES = {"http", "https", "ftp", "ws", "wss"}
LINK_ATTRS = {"href", "src", "xlink:href", "poster", "data"}


# ---------------------------------------------------------------------------------------------
class Report:
    def __init__(self):
        self.failures = []
        self.section = ""

    def fail(self, msg):
        self.failures.append(f"[{self.section}] {msg}")

    def check(self, cond, msg):
        if not cond:
            self.fail(msg)
        return cond

    def note(self, msg):
        print(f"docs.site: {self.section}: {msg}", flush=True)


def run(cmd, timeout, **kw):
    start = time.monotonic()
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout,
                       **kw)
    p.seconds = time.monotonic() - start
    return p


def describe(p):
    return f"command {p.args}: exit {p.returncode}; stdout: {p.stdout[-1500:]!r}; stderr: {p.stderr[-1500:]!r}"


# ---- facts found on disk ----------------------------------------------------------------------
def split_header(text):
    """(top comment, code): the top comment is the lines before `#pragma once` (the model's rule)."""
    m = re.search(r"^#pragma once", text, re.M)
    if not m:
        return text, ""
    return text[:m.start()], text[m.start():]


def strip_comments_and_strings(code):
    out, i, n = [], 0, len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            j = code.find("\n", i)
            i = n if j < 0 else j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c == '"' or c == "'":
            # raw strings are rare in headers; a plain scan to the closing quote
            j = i + 1
            while j < n and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def is_umbrella(code):
    """Only #pragma once and #include lines (and blank lines or comments)."""
    for line in strip_comments_and_strings(code).splitlines():
        s = line.strip()
        if s and not s.startswith("#pragma once") and not s.startswith("#include"):
            return False
    return True


def is_detail(include):
    parts = include.split("/")
    return "detail" in parts[:-1] or parts[-1] == "common.hpp"


def declares(code, name):
    """Is `name` an identifier declared or called in the code (comments and strings removed)?
    The last component counts for a qualified name (heap::push); operators by their spelling."""
    bare = strip_comments_and_strings(code)
    simple = name.split("::")[-1].strip()
    if simple.startswith("operator"):
        return simple.replace(" ", "") in bare.replace(" ", "")
    if not re.fullmatch(r"~?[A-Za-z_][A-Za-z_0-9]*", simple):
        return False
    n = re.escape(simple)
    forms = [rf"(?<![A-Za-z_0-9]){n}\s*[(<{{]",                                   # name( name< name{
             rf"\b(?:struct|class|union|enum(?:\s+class)?|using|typedef|namespace|typename|concept)\s+{n}\b",
             rf"(?<![A-Za-z_0-9.>]){n}\s*=[^=]",                                   # constant / alias
             rf"[\w>&*]\s+{n}\s*[;\[,)]"]                                          # a member or parameter
    return any(re.search(f, bare) for f in forms)


def notebook_hash(code):
    return hashlib.sha256(re.sub(rb"[ \t\n\v\f\r]", b"", code.encode("utf-8"))).hexdigest()[:6]


def disk_facts(root):
    inc = os.path.join(root, "include")
    headers = {}
    for d, _, files in os.walk(os.path.join(inc, "cpkit")):
        for f in files:
            if f.endswith(".hpp"):
                path = os.path.join(d, f)
                include = os.path.relpath(path, inc).replace(os.sep, "/")
                text = open(path, encoding="utf-8").read()
                comment, code = split_header(text)
                headers[include] = {"path": path, "comment": comment, "code": code,
                                    "umbrella": is_umbrella(code), "detail": is_detail(include),
                                    "includes": re.findall(r'^\s*#\s*include\s+"(cpkit/[^"]+)"', code, re.M)}
    pages = sorted(f[:-3] for f in os.listdir(os.path.join(root, "docs"))
                   if f.endswith(".md") and f != "README.md")
    problems = {}
    pdir = os.path.join(root, "problems")
    for p in sorted(os.listdir(pdir)):
        if os.path.isdir(os.path.join(pdir, p)):
            sol = os.path.join(pdir, p, "solution.cpp")
            text = open(sol, encoding="utf-8").read() if os.path.exists(sol) else ""
            problems[p] = {"solution": text,
                           "includes": re.findall(r'^\s*#\s*include\s+"(cpkit/[^"]+)"', text, re.M)}
    return headers, pages, problems


# ---- HTML ------------------------------------------------------------------------------------
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}


class Page(html.parser.HTMLParser):
    """What the checks need from one HTML file: ids, links, text, entry rows, search results."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.text, self.rows, self.buttons = set(), [], [], [], 0
        self.search_results, self.search_input = None, False
        self._row = None
        self._sr_tag, self._sr_depth, self._sr_a = None, 0, None
        self._in_script = False
        self.scripts = []
        self.raw = text
        self.feed(text)
        self.close()
        self.plain = "".join(self.text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("id",):
            if a.get(k):
                self.ids.add(a[k])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for k, v in attrs:
            if k in LINK_ATTRS and v is not None and not (tag == "object" and k != "data"):
                if tag in ("form",):
                    continue
                self.links.append((tag, k, v, self.getpos()[0]))
        if tag == "button":
            self.buttons += 1
        if tag == "input" and a.get("id") == "search":
            self.search_input = True
        if tag == "script":
            self._in_script = True
        classes = (a.get("class") or "").split()
        if tag == "tr" and "entry" in classes:
            self._row = {"name": a.get("data-name"), "header": a.get("data-header"), "cells": [],
                         "line": self.getpos()[0]}
        elif self._row is not None and tag in ("td", "th"):
            self._row["cells"].append({"text": "", "hrefs": []})
        elif self._row is not None and tag == "a" and self._row["cells"] and a.get("href") is not None:
            self._row["cells"][-1]["hrefs"].append(a["href"])
        if self._sr_tag is None and a.get("id") == "search-results":
            self._sr_tag, self._sr_depth, self.search_results = tag, 1, []
        elif self._sr_tag is not None and self._sr_depth > 0:
            if tag == self._sr_tag:
                self._sr_depth += 1
            if tag == "a":
                self._sr_a = {"href": a.get("href"), "text": ""}
                self.search_results.append(self._sr_a)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        if self._sr_tag is not None and self._sr_depth > 0:
            if tag == "a":
                self._sr_a = None
            if tag == self._sr_tag:
                self._sr_depth -= 1

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
            return
        self.text.append(data)
        if self._row is not None and self._row["cells"]:
            self._row["cells"][-1]["text"] += data
        if self._sr_a is not None:
            self._sr_a["text"] += data


_page_cache = {}


def parse(path):
    if path not in _page_cache:
        _page_cache[path] = Page(open(path, encoding="utf-8", errors="replace").read())
    return _page_cache[path]


def svg_ids(path):
    return set(re.findall(r'\bid\s*=\s*["\']([^"\']+)["\']', open(path, encoding="utf-8", errors="replace").read()))


def squash(s):
    return re.sub(r"\s+", "", s)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def resolve(site, from_file, value):
    """(target path or None, fragment, error or None) of a link in from_file."""
    v = value.strip()
    if v.startswith("//"):
        return None, "", f"network URL {v!r}"
    u = urllib.parse.urlsplit(v)
    scheme = u.scheme.lower()
    if scheme in NETWORK_SCHEMES:
        return None, "", f"network URL {v!r} (the site must work offline)"
    if scheme in ("data", "mailto", "javascript", "about", "blob"):
        return None, "", None
    if scheme:
        return None, "", f"absolute URL {v!r} (links must be relative)"
    path = urllib.parse.unquote(u.path)
    if path.startswith("/"):
        return None, "", f"absolute path {v!r} (links must be relative)"
    frag = urllib.parse.unquote(u.fragment)
    target = from_file if path == "" else os.path.normpath(os.path.join(os.path.dirname(from_file), path))
    if path.endswith("/") or os.path.isdir(target):
        return None, frag, f"{v!r} is a folder, not a file"
    if not os.path.isfile(target):
        return None, frag, f"{v!r} does not resolve ({os.path.relpath(target, site)} missing)"
    if not os.path.realpath(target).startswith(os.path.realpath(site) + os.sep):
        return None, frag, f"{v!r} leaves the site folder"
    return target, frag, None


def check_links(rep, site):
    """Every href/src of every HTML file and every url() of every CSS file; returns the count."""
    count = 0
    for d, _, files in os.walk(site):
        for f in sorted(files):
            path = os.path.join(d, f)
            rel = os.path.relpath(path, site)
            if f.endswith(".html"):
                for tag, attr, value, line in parse(path).links:
                    count += 1
                    target, frag, err = resolve(site, path, value)
                    if err:
                        rep.fail(f"{rel}:{line}: <{tag} {attr}>: {err}")
                    elif target and frag:
                        if target.endswith(".html"):
                            ok = frag in parse(target).ids
                        elif target.endswith(".svg"):
                            ok = frag in svg_ids(target)
                        else:
                            ok = False
                        rep.check(ok, f"{rel}:{line}: <{tag} {attr}={value!r}>: no id {frag!r} in "
                                      f"{os.path.relpath(target, site)}")
            elif f.endswith(".css"):
                css = open(path, encoding="utf-8", errors="replace").read()
                for m in re.finditer(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)|@import\s+['\"]([^'\"]+)['\"]", css):
                    value = m.group(1) or m.group(2)
                    if value.startswith("#"):
                        continue
                    count += 1
                    _, _, err = resolve(site, path, value)
                    if err:
                        rep.fail(f"{rel}: url({value}): {err}")
    return count


# ---- PNG (a screenshot), decoded with zlib --------------------------------------------------
def png_pixels(path):
    """(width, height, bytes per pixel, list of unfiltered rows) of an 8-bit non-interlaced PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif ctype == b"IDAT":
            idat.append(body)
        elif ctype == b"IEND":
            break
        pos += 12 + length
    w, h, depth, color, _, _, interlace = ihdr
    if depth != 8 or interlace != 0 or color not in (0, 2, 4, 6):
        raise ValueError(f"{path}: PNG depth {depth} colour {color} interlace {interlace} not handled")
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[color]
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif ftype == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif ftype != 0:
            raise ValueError(f"{path}: bad PNG filter {ftype}")
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def png_stats(path):
    """(distinct colours, fraction of pixels not of the most common colour)."""
    w, h, bpp, rows = png_pixels(path)
    counts = collections.Counter()
    for r in rows:
        counts.update(r[i:i + bpp] for i in range(0, len(r), bpp))
    top = counts.most_common(1)[0][1]
    return len(counts), 1 - top / (w * h)


# ---- headless Chromium ------------------------------------------------------------------------
def chromium(args, timeout=300):
    """Runs headless Chromium in a session of its own; on a timeout, or if helpers outlive it,
    that process group (only what this call started) is killed. A timeout is exit status -9."""
    tmp = tempfile.mkdtemp(prefix="cpkit-docs-chromium-")
    cmd = [shutil.which("chromium")] + CHROMIUM_FLAGS + [f"--user-data-dir={tmp}"] + args
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        err += f"\n(check_site.py: chromium killed after {timeout} s)"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        shutil.rmtree(tmp, ignore_errors=True)
    p = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    p.seconds = time.monotonic() - start
    return p


def console_messages(stderr):
    """[(message, source URL, line)] of every console message Chromium logged."""
    return [(m.group(1), m.group(2), int(m.group(3))) for m in CONSOLE.finditer(stderr)]


def file_url(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def write_selftest_page(folder):
    path = os.path.join(folder, "console_error.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><meta charset=\"utf-8\"><title>self-test</title></head><body>\n"
                f"<script>console.error(\"{SELFTEST_MARK}\");</script>\n"
                f"<script>undefined_function_{SELFTEST_MARK.replace('-', '_')}();</script>\n"
                "</body></html>\n")
    return path


def browse_pages(rep, pages, work, selftest_page):
    """Opens every page (and the deliberate self-test page) in one headless Chromium, each in an
    iframe of a harness page; returns the console messages per page."""
    harness = os.path.join(work, "harness.html")
    frames = pages + [selftest_page]
    with open(harness, "w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><meta charset=\"utf-8\"><title>harness</title></head><body>\n")
        for k, p in enumerate(frames):
            f.write(f"<iframe id=\"f{k}\" width=\"800\" height=\"600\" src=\"{html.escape(file_url(p))}\" "
                    "onload=\"this.setAttribute('data-loaded', '1')\"></iframe>\n")
        f.write("</body></html>\n")
    p = chromium(["--virtual-time-budget=10000", "--window-size=1000,800", "--dump-dom", file_url(harness)],
                 timeout=900)
    rep.note(f"{len(frames)} pages in one headless Chromium: {p.seconds:.1f} s")
    if not rep.check(p.returncode == 0 and "</html>" in p.stdout, f"chromium on the harness failed: {describe(p)}"):
        return None
    dom = Page(p.stdout)
    loaded = set(re.findall(r'<iframe id="f(\d+)"[^>]*data-loaded="1"', p.stdout))
    for k, page in enumerate(frames):
        rep.check(str(k) in loaded, f"{page}: its iframe never fired load (page not rendered)")
    del dom
    msgs = console_messages(p.stderr)
    by_source = collections.defaultdict(list)
    for m, src, line in msgs:
        by_source[urllib.parse.unquote(urllib.parse.urlsplit(src).path)].append((m, line))
    return by_source


# ---- the checks ----------------------------------------------------------------------------
def load_model(rep, site):
    path = os.path.join(site, "model.json")
    if not rep.check(os.path.isfile(path), "model.json missing"):
        return None
    try:
        return json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        rep.fail(f"model.json is not JSON: {e}")
        return None


def field(rep, obj, key, where, default=None):
    if key not in obj:
        rep.fail(f"{where}: model.json lacks the field {key!r} (tools/docs_model.hpp names it)")
        return default
    return obj[key]


def check_pages_exist(rep, site, pages, problems):
    rep.section = "pages"
    for p in pages:
        rep.check(os.path.isfile(os.path.join(site, p + ".html")), f"docs/{p}.md has no {p}.html")
    for p in problems:
        rep.check(os.path.isfile(os.path.join(site, "problems", p + ".html")),
                  f"problems/{p}/ has no problems/{p}.html")
    rep.note(f"{len(pages)} docs pages, {len(problems)} problem pages expected")


def check_model(rep, model, headers, pages, problems):
    rep.section = "model"
    mh = {h.get("include"): h for h in field(rep, model, "headers", "model", [])}
    mp = {p.get("id"): p for p in field(rep, model, "problems", "model", [])}
    mpages = {p.get("id"): p for p in field(rep, model, "pages", "model", [])}
    for inc in sorted(headers):
        rep.check(inc in mh, f"{inc} (on disk) is not in model.json")
    for inc in sorted(set(mh) - set(headers)):
        rep.fail(f"model.json lists {inc!r}, which is not a header on disk")
    for p in pages:
        rep.check(p in mpages, f"docs/{p}.md is not a page of model.json")
    for p in problems:
        rep.check(p in mp, f"problems/{p}/ is not in model.json")
    entries = 0
    for inc, d in sorted(headers.items()):
        h = mh.get(inc)
        if h is None:
            continue
        where = inc
        es = field(rep, h, "entries", where, [])
        entries += len(es)
        if not d["umbrella"] and not d["detail"]:
            rep.check(len(es) >= 1, f"{where}: no entry point (a module header lists its entry points)")
            rep.check(any("O(" in (e.get("complexity") or "") for e in es),
                      f"{where}: no entry point with a complexity in O(...)")
        for e in es:
            name, cx = e.get("name") or "", e.get("complexity") or ""
            rep.check(cx.strip() != "", f"{where}: entry {name!r} has an empty complexity")
            rep.check(declares(d["code"], name),
                      f"{where}: entry {name!r} is not an identifier of the header's code "
                      "(name(, name<, struct/class/using name ...)")
        rep.check(field(rep, h, "hash", where, "") == notebook_hash(d["code"]),
                  f"{where}: hash {h.get('hash')!r}, but the code after its top comment hashes to "
                  f"{notebook_hash(d['code'])!r} (tr -d '[:space:]' | sha256sum | cut -c1-6)")
        for flag in ("umbrella", "detail"):
            if flag in h:
                rep.check(bool(h[flag]) == d[flag],
                          f"{where}: model says {flag}={h[flag]}, the file says {d[flag]}")
    # problems: every folder verifies something, includes are covered, and the relation is inverse
    verifies = collections.defaultdict(set)
    for inc, h in mh.items():
        for p in h.get("problems", []):
            verifies[p].add(inc)
    for pid, d in problems.items():
        p = mp.get(pid)
        if p is None:
            continue
        hs = set(field(rep, p, "headers", pid, []))
        rep.check(len(hs) >= 1, f"problems/{pid}: verifies no header")
        for inc in d["includes"]:
            rep.check(inc in hs, f"problems/{pid}: solution.cpp includes {inc}, which its model headers "
                                 "do not list")
        # transitively: every cpkit include of a listed header is listed too
        for inc in sorted(hs):
            for sub in headers.get(inc, {}).get("includes", []):
                rep.check(sub in hs, f"problems/{pid}: uses {inc}, which includes {sub}, not listed")
        for inc in sorted(hs - verifies[pid]):
            rep.fail(f"problems/{pid}: its solution uses {inc}, which does not list it among its problems")
        # a header may name a problem only if the solution uses it (an umbrella: one of its parts)
        for inc in sorted(verifies[pid] - hs):
            parts = set(headers.get(inc, {}).get("includes", [])) if headers.get(inc, {}).get("umbrella") else set()
            rep.check(parts & hs, f"{inc} names problems/{pid} as verifying it, but that solution does not "
                                  "use it (a stale Verified-by line?)")
    rep.note(f"{len(headers)} headers, {entries} entry points, {len(problems)} problems checked")
    return mh, mp, mpages


def check_index(rep, site, mh, mpages):
    rep.section = "index"
    path = os.path.join(site, "index.html")
    if not rep.check(os.path.isfile(path), "index.html missing"):
        return
    idx = parse(path)
    want = collections.Counter()
    for inc, h in mh.items():
        for e in h.get("entries", []):
            want[(e.get("name"), inc)] += 1
    got = collections.Counter((r["name"], r["header"]) for r in idx.rows)
    for k in sorted(want - got, key=str):
        rep.fail(f"entry {k[0]!r} of {k[1]} has {got[k]} <tr class=\"entry\"> rows, model.json {want[k]}")
    for k in sorted(got - want, key=str):
        rep.fail(f"<tr class=\"entry\" data-name={k[0]!r} data-header={k[1]!r}> is no entry point of model.json")
    for r in idx.rows:
        where = f"index.html:{r['line']}: row {r['name']!r} ({r['header']})"
        h = mh.get(r["header"])
        if h is None:
            continue
        cells = r["cells"]
        if not rep.check(len(cells) >= 4, f"{where}: {len(cells)} cells, want name, header, complexity, problems"):
            continue
        entry = next((e for e in h.get("entries", []) if e.get("name") == r["name"]), None)
        page = h.get("page", "")
        rep.check(any(urllib.parse.urlsplit(x).path == f"{page}.html" and urllib.parse.urlsplit(x).fragment
                      for x in cells[0]["hrefs"]),
                  f"{where}: the name cell does not link to {page}.html#<anchor> (links: {cells[0]['hrefs']})")
        rep.check(r["header"] in cells[1]["text"], f"{where}: header cell {norm(cells[1]['text'])!r}")
        rep.check("O(" in cells[2]["text"], f"{where}: complexity cell {norm(cells[2]['text'])!r} has no O(")
        if entry:
            rep.check(norm(entry.get("complexity", "")) in norm(cells[2]["text"]),
                      f"{where}: complexity cell {norm(cells[2]['text'])!r}, model {entry.get('complexity')!r}")
        links = {urllib.parse.urlsplit(x).path for c in cells[3:] for x in c["hrefs"]}
        for pid in h.get("problems", []):
            rep.check(f"problems/{pid}.html" in links, f"{where}: no link to problems/{pid}.html")
    linked = {urllib.parse.urlsplit(v).path for _, attr, v, _ in idx.links if attr == "href"}
    for pid, p in mpages.items():
        if p.get("module"):
            rep.check(f"{pid}.html" in linked, f"index.html does not link the module page {pid}.html")
    rep.check(idx.search_input, "index.html has no <input id=\"search\">")
    rep.check(idx.search_results is not None, "index.html has no element id=\"search-results\"")
    js = os.path.join(site, "search-index.js")
    if rep.check(os.path.isfile(js), "search-index.js missing"):
        text = re.sub(r"^\s*//[^\n]*\n", "", open(js, encoding="utf-8").read(), flags=re.M)
        m = re.match(r"\s*window\.CPKIT_SEARCH\s*=\s*(\[.*\])\s*;?\s*$", text, re.S)
        if rep.check(m is not None, "search-index.js does not define window.CPKIT_SEARCH = [...]"):
            try:
                items = json.loads(m.group(1))
                blob = json.dumps(items)
                for name, _ in want:
                    rep.check(json.dumps(name) in blob, f"search-index.js does not name {name!r}")
                # every link it holds (an item's "url" or "href") resolves from index.html
                for it in items if isinstance(items, list) else []:
                    for k in ("url", "href") if isinstance(it, dict) else ():
                        if isinstance(it.get(k), str):
                            target, frag, err = resolve(site, path, it[k])
                            if err:
                                rep.fail(f"search-index.js: {it.get('name')!r}: {err}")
                            elif frag and target.endswith(".html"):
                                rep.check(frag in parse(target).ids,
                                          f"search-index.js: {it.get('name')!r}: no id {frag!r} in {it[k]}")
            except ValueError as e:
                rep.fail(f"search-index.js: the array is not JSON: {e}")
        rep.check(any(urllib.parse.urlsplit(v).path == "search-index.js" for _, _, v, _ in idx.links),
                  "index.html does not load search-index.js")
    rep.note(f"{len(idx.rows)} entry rows, {sum(want.values())} entry points in model.json")


def check_content(rep, site, model, headers, problems, mh, mpages):
    rep.section = "content"
    for pid, p in mpages.items():
        path = os.path.join(site, f"{pid}.html")
        if not os.path.isfile(path):
            continue
        page = parse(path)
        text = squash(page.plain)
        hrefs = {urllib.parse.urlsplit(v).path for _, _, v, _ in page.links}
        shown = [inc for inc in p.get("headers", []) if inc in headers]
        for inc in shown:
            d, h = headers[inc], mh.get(inc, {})
            rep.check(inc in page.plain, f"{pid}.html does not name {inc}")
            if not d["umbrella"]:
                rep.check(squash(d["code"]) in text, f"{pid}.html does not show the code of {inc} (whole)")
            for e in h.get("entries", []):
                rep.check(squash(e.get("name", "")) in text, f"{pid}.html: no entry {e.get('name')!r} of {inc}")
            for prob in h.get("problems", []):
                rep.check(f"problems/{prob}.html" in hrefs, f"{pid}.html: {inc} is verified by {prob}, not linked")
        if shown:
            code_shown = sum(1 for inc in shown if not headers[inc]["umbrella"])
            rep.check(page.buttons >= code_shown,
                      f"{pid}.html: {page.buttons} buttons for {code_shown} headers' code (a copy button each)")
    for pid, d in problems.items():
        path = os.path.join(site, "problems", f"{pid}.html")
        if not os.path.isfile(path):
            continue
        page = parse(path)
        rep.check(squash(d["solution"]) in squash(page.plain), f"problems/{pid}.html does not show solution.cpp")
        title = next((p.get("title") for p in model.get("problems", []) if p.get("id") == pid), None)
        if title:
            rep.check(norm(title) in norm(page.plain), f"problems/{pid}.html lacks its title {title!r}")
    # bench charts: one SVG per module with results, shown (linked or inlined) on a page of that
    # module, which names the machine and date of its points
    bench = model.get("bench") or {}
    points = collections.defaultdict(list)
    for pt in bench.get("points", []):
        points[pt.get("module")].append(pt)
    modules = sorted(points)
    for mod in modules:
        rep.check(os.path.isfile(os.path.join(site, "bench", f"{mod}.svg")),
                  f"bench/{mod}.svg missing (model.json has results for {mod})")
        showing = []
        for pid, p in mpages.items():
            path = os.path.join(site, f"{pid}.html")
            if not os.path.isfile(path):
                continue
            page = parse(path)
            linked = any(urllib.parse.urlsplit(v).path == f"bench/{mod}.svg" for _, _, v, _ in page.links)
            of_module = any(mh.get(inc, {}).get("module") == mod for inc in p.get("headers", []))
            if linked or (of_module and "<svg" in page.raw):
                showing.append(pid)
        if rep.check(showing, f"no page shows the chart of {mod} (bench/{mod}.svg, linked or inlined)"):
            text = " ".join(parse(os.path.join(site, f"{pid}.html")).plain for pid in showing)
            for k in ("machine", "date"):
                for v in sorted({pt.get(k) or bench.get(k) or "" for pt in points[mod]} - {""}):
                    rep.check(v in text, f"{', '.join(showing)}: the chart of {mod} without its {k} {v!r}")
    rep.note(f"{len(mpages)} pages, {len(problems)} problem pages, {len(modules)} bench charts checked")


def check_browser(rep, site, work, mh):
    rep.section = "browser"
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs if f.endswith(".html"))
    selftest = write_selftest_page(work)
    by_source = browse_pages(rep, pages, work, selftest)
    if by_source is not None:
        seen = by_source.pop(selftest, [])
        rep.check(any(SELFTEST_MARK in m and "Uncaught" not in m for m, _ in seen) and
                  any("Uncaught" in m and SELFTEST_MARK.replace("-", "_") in m for m, _ in seen),
                  "test of the test: the deliberate console.error and uncaught exception of "
                  f"{selftest} were not both seen on Chromium's stderr (seen: {seen}); the console is "
                  "no longer logged with these flags, so this check would pass anything")
        for src, ms in sorted(by_source.items()):
            for m, line in ms:
                rep.fail(f"console message from {os.path.relpath(src, site) if src.startswith(site) else src}"
                         f":{line}: {m[:300]}")
    # search: two entry names, the first and the last of the model
    names = [(e.get("name"), inc, h.get("page")) for inc, h in sorted(mh.items()) for e in h.get("entries", [])]
    for name, inc, page in [names[0], names[-1]] if names else []:
        url = file_url(os.path.join(site, "index.html")) + "?q=" + urllib.parse.quote(name)
        p = chromium(["--virtual-time-budget=5000", "--dump-dom", url])
        if not rep.check(p.returncode == 0 and "</html>" in p.stdout, f"chromium on {url}: {describe(p)}"):
            continue
        for m, src, line in console_messages(p.stderr):
            rep.fail(f"index.html?q={name}: console message from {src}:{line}: {m[:300]}")
        dom = Page(p.stdout)
        results = dom.search_results or []
        hit = [r for r in results if norm(r["text"]) == name or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", r["text"])]
        if rep.check(hit, f"index.html?q={name}: #search-results holds no link named {name!r} "
                          f"({len(results)} results: {[norm(r['text']) for r in results[:5]]})"):
            good = False
            for r in hit:
                target, frag, err = resolve(site, os.path.join(site, "index.html"), r["href"] or "")
                if not err and target == os.path.join(site, f"{page}.html") and frag and frag in parse(target).ids:
                    good = True
            rep.check(good, f"index.html?q={name}: no result links to an anchor of {page}.html "
                            f"(hrefs: {[r['href'] for r in hit]})")
        rep.note(f"search for {name!r}: {len(results)} results")
    # screenshot of index.html against a blank page's
    blank = os.path.join(work, "blank.html")
    with open(blank, "w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><meta charset=\"utf-8\"><title>blank</title></head><body></body></html>\n")
    shots = {}
    for label, url in (("blank", file_url(blank)), ("index", file_url(os.path.join(site, "index.html")))):
        png = os.path.join(work, f"{label}.png")
        if os.path.exists(png):
            os.remove(png)
        p = chromium(["--virtual-time-budget=5000", "--window-size=800,600", f"--screenshot={png}", url])
        if rep.check(p.returncode == 0 and os.path.isfile(png), f"screenshot of {url}: {describe(p)}"):
            try:
                shots[label] = (os.path.getsize(png),) + png_stats(png)
            except (ValueError, zlib.error, struct.error) as e:
                rep.fail(f"screenshot of {url}: cannot decode: {e}")
    if len(shots) == 2:
        rep.check(shots["blank"][1] == 1, f"the blank page's screenshot is not uniform ({shots['blank']}): "
                                          "the PNG decoding is wrong, so the next check means nothing")
        rep.check(shots["index"][1] >= 3 and shots["index"][2] >= 0.01 and shots["index"][0] > shots["blank"][0],
                  f"index.html's screenshot looks blank: {shots['index'][1]} colours, "
                  f"{shots['index'][2]:.2%} of pixels off the background, {shots['index'][0]} bytes "
                  f"(blank page: {shots['blank'][0]} bytes)")
        rep.note(f"screenshot: {shots['index'][1]} colours, {shots['index'][2]:.1%} of pixels off the "
                 f"background, {shots['index'][0]} bytes (blank page {shots['blank'][0]} bytes)")


def module_of(include):
    parts = include.split("/")
    return parts[1] if len(parts) > 2 else parts[1][:-len(".hpp")]


def notebook_selection(root, headers):
    """The headers the default notebook holds, found here: docs/notebook-select.txt when it exists
    (include paths or module names, '#' comments, 'all'), with every cpkit header they include,
    transitively; else every header."""
    path = os.path.join(root, "docs", "notebook-select.txt")
    if not os.path.isfile(path):
        return sorted(headers), None
    chosen = set()
    for line in open(path, encoding="utf-8"):
        name = line.split("#", 1)[0].strip()
        if not name:
            continue
        if name == "all":
            chosen |= set(headers)
        elif name in headers:
            chosen.add(name)
        else:
            # a module: its headers but its umbrella (only #include lines: nothing to print)
            chosen |= {h for h in headers if module_of(h) == name and not headers[h]["umbrella"]}
    todo = list(chosen)
    while todo:
        for sub in headers.get(todo.pop(), {}).get("includes", []):
            if sub not in chosen:
                chosen.add(sub)
                todo.append(sub)
    return sorted(chosen), path


def check_notebook(rep, site, printed_pages, mh, selected):
    rep.section = "notebook"
    pdf = os.path.join(site, "notebook.pdf")
    if not rep.check(os.path.isfile(pdf), "notebook.pdf missing"):
        return
    rep.check(os.path.isfile(os.path.join(site, "notebook.html")), "notebook.html missing")
    p = run(["pdfinfo", "-f", "1", "-l", "100000", pdf], timeout=120)
    if not rep.check(p.returncode == 0, f"pdfinfo: {describe(p)}"):
        return
    m = re.search(r"^Pages:\s+(\d+)", p.stdout, re.M)
    pages = int(m.group(1)) if m else -1
    rep.check(printed_pages is not None, "`cpkit docs` printed no page count (\"N pages\")")
    rep.check(pages == printed_pages, f"pdfinfo counts {pages} pages, `cpkit docs` printed {printed_pages}")
    rep.check(1 <= pages <= 25, f"{pages} pages: the default notebook must fit the ICPC limit of 25")
    sizes = re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", p.stdout, re.M)
    rep.check(len(sizes) == pages, f"pdfinfo listed {len(sizes)} page sizes for {pages} pages")
    for n, w, h in sizes:
        rep.check(abs(float(w) - 595.28) < 1.5 and abs(float(h) - 841.89) < 1.5,
                  f"page {n} is {w} x {h} pt, not A4 (595 x 842)")
    t = run(["pdftotext", "-enc", "UTF-8", pdf, "-"], timeout=120)
    if not rep.check(t.returncode == 0, f"pdftotext: {describe(t)}"):
        return
    text = squash(t.stdout)
    for inc in selected:
        h = mh.get(inc, {})
        rep.check(inc in text, f"notebook.pdf lacks the include path {inc}")
        if h.get("hash"):
            rep.check(h["hash"] in text, f"notebook.pdf lacks {inc}'s hash {h['hash']}")
    rep.note(f"{pages} A4 pages, {len(selected)} selected headers checked in its text")


def snapshot(folder):
    out = {}
    for d, dirs, files in os.walk(folder):
        for x in dirs + files:
            path = os.path.join(d, x)
            st = os.lstat(path)
            body = open(path, "rb").read() if os.path.isfile(path) else None
            out[os.path.relpath(path, folder)] = (st.st_mode, st.st_mtime_ns, body)
    return out


def check_errors(rep, tool, work, env):
    rep.section = "errors"

    def one_line(p, what, *words):
        # progress lines ("docs: reading ...") may come first; the error is one line, the last
        lines = p.stderr.splitlines()
        errors = [x for x in lines if x.startswith("cpkit: error:")]
        ok = rep.check(p.returncode == 2 and len(errors) == 1 and lines[-1] == errors[0],
                       f"{what}: want one 'cpkit: error:' line, last, and exit 2; {describe(p)}")
        for w in words:
            if ok:
                rep.check(w in p.stderr, f"{what}: the error line does not say {w!r}: {p.stderr.strip()!r}")
        rep.check("terminate called" not in p.stderr and "Traceback" not in p.stderr, f"{what}: a crash")

    mine = os.path.join(work, "users-folder")
    shutil.rmtree(mine, ignore_errors=True)
    os.makedirs(os.path.join(mine, "notes"))
    with open(os.path.join(mine, "thesis.txt"), "w") as f:
        f.write("my own work, not a site\n")
    with open(os.path.join(mine, "notes", "index.html"), "w") as f:
        f.write("<p>mine</p>\n")
    before = snapshot(mine)
    p = run([tool, "docs", "--out", mine], timeout=600, env=env, cwd=work)
    one_line(p, "--out onto a non-empty folder of the user's", mine)
    rep.check(snapshot(mine) == before, f"--out onto {mine}: the user's folder was changed")

    missing = os.path.join(work, "no-such-select.txt")
    fresh = os.path.join(work, "fresh-out")
    shutil.rmtree(fresh, ignore_errors=True)
    p = run([tool, "docs", "--out", fresh, "--notebook-select", missing], timeout=600, env=env, cwd=work)
    one_line(p, "a missing --notebook-select file", "no-such-select.txt")

    bad = os.path.join(work, "bad-select.txt")
    with open(bad, "w") as f:
        f.write("# my selection\n\nheap\ncpkit/max_gap.hpp\nno_such_module_xyz\n")
    shutil.rmtree(fresh, ignore_errors=True)
    p = run([tool, "docs", "--out", fresh, "--notebook-select", bad], timeout=600, env=env, cwd=work)
    one_line(p, "an unknown name in a select file", "bad-select.txt", "no_such_module_xyz")
    if p.returncode == 2:
        rep.check(re.search(r"(:5\b|line 5\b)", p.stderr) is not None,
                  f"an unknown name in a select file: the line does not say line 5: {p.stderr.strip()!r}")
    shutil.rmtree(fresh, ignore_errors=True)
    rep.note("three bad command lines checked")


def missing_tools():
    need = {"pandoc": "pandoc", "chromium": "chromium", "pdfinfo": "poppler-utils", "pdftotext": "poppler-utils"}
    miss = sorted({pkg for prog, pkg in need.items() if shutil.which(prog) is None})
    if not os.path.isfile("/usr/share/javascript/katex/katex.min.js"):
        miss.append("libjs-katex")
    return miss


def finish(rep, what):
    if rep.failures:
        print(f"\n{what}: {len(rep.failures)} failures", flush=True)
        for f in rep.failures[:300]:
            print("FAIL " + f)
        if len(rep.failures) > 300:
            print(f"... and {len(rep.failures) - 300} more")
        return 1
    print(f"\n{what}: all checks passed")
    return 0


def main_site(args):
    root, work = os.path.abspath(args.root), os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    site = os.path.join(work, "site")
    env = dict(os.environ, CPKIT_ROOT=root)
    rep = Report()
    rep.section = "build"
    if args.reuse:  # debugging the checks: the site of the last run, not rebuilt
        p = subprocess.CompletedProcess([], 0, open(os.path.join(work, "docs.out")).read(), "")
    else:
        shutil.rmtree(site, ignore_errors=True)  # our own folder under the build tree
        p = run([args.tool, "docs", "--out", site], timeout=args.timeout, env=env, cwd=root)
        rep.note(f"cpkit docs --out {site}: exit {p.returncode} in {p.seconds:.1f} s")
        with open(os.path.join(work, "docs.out"), "w") as f:
            f.write(p.stdout)
    if p.stdout.strip():
        print(p.stdout.rstrip()[-3000:])
    if p.returncode != 0 or not os.path.isdir(site):
        rep.fail(f"cpkit docs failed: {describe(p)}")
        if not os.path.isfile(os.path.join(site, "index.html")):
            check_errors(rep, args.tool, work, env)
            return finish(rep, "docs.site")
        rep.note("checking what it wrote anyway")
    # "docs: 9 pages, ..., notebook 14 pages -> DIR": the notebook's count
    counts = re.findall(r"notebook[^\n]*?(\d+) pages?\b", p.stdout + p.stderr)
    printed = int(counts[-1]) if counts else None
    # a warning is a defect of the sources (a link demoted to text hides a broken link)
    for line in (p.stdout + p.stderr).splitlines():
        if re.search(r"\bwarning\b", line, re.I):
            rep.fail(f"cpkit docs warned: {line.strip()}")
    headers, pages, problems = disk_facts(root)
    check_pages_exist(rep, site, pages, problems)
    model = load_model(rep, site)
    if model is not None:
        mh, _, mpages = check_model(rep, model, headers, pages, problems)
        check_index(rep, site, mh, mpages)
        check_content(rep, site, model, headers, problems, mh, mpages)
    else:
        mh = {}
    rep.section = "links"
    rep.note(f"{check_links(rep, site)} links resolved")
    charts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_charts.py")
    bench_dir = os.path.join(root, "docs", "bench")
    if os.path.isfile(charts) and os.path.isdir(bench_dir) and any(f.endswith(".json") for f in os.listdir(bench_dir)):
        rep.section = "charts"
        c = run([sys.executable, charts, site, bench_dir], timeout=300)
        rep.check(c.returncode == 0, f"check_charts.py (the charts against docs/bench/*.json): {describe(c)}")
        rep.note(f"check_charts.py: exit {c.returncode}")
    if not args.no_browser:
        check_browser(rep, site, work, mh)
    selected, select_file = notebook_selection(root, headers)
    rep.section = "notebook"
    rep.note(f"default selection: {len(selected)} of {len(headers)} headers "
             f"({os.path.relpath(select_file, root) if select_file else 'every header'})")
    check_notebook(rep, site, printed, mh, selected)
    if not args.no_errors:
        check_errors(rep, args.tool, work, env)
    return finish(rep, "docs.site")


# ---- docs.checker: the checks above must catch known defects --------------------------------
def main_self_test(args):
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    site = os.path.join(work, "site")
    os.makedirs(os.path.join(site, "problems"))
    os.makedirs(os.path.join(site, "assets"))
    files = {
        "index.html": '<!doctype html><html><body><p id="top">x</p>'
                      '<a href="good.html#here">ok</a> <a href="#top">ok</a> <a href="problems/p.html">ok</a>'
                      '<img src="assets/a.css"> <a href="mailto:x@y.z">ok</a> <a href="data:text/plain,1">ok</a>'
                      '<a href="good.html#nowhere">BAD1</a> <a href="missing.html">BAD2</a>'
                      '<script src="https://cdn.example.org/x.js"></script>'
                      '<a href="//cdn.example.org/y">BAD4</a> <link rel="stylesheet" href="/abs/site.css">'
                      '<a href="assets/">BAD6</a> <a href="../outside.html">BAD7</a>'
                      '<p>plain text https://example.org is fine</p></body></html>',
        "good.html": '<!doctype html><html><body><h2 id="here">h</h2><a href="index.html#top">ok</a></body></html>',
        "problems/p.html": '<!doctype html><html><body><a href="../good.html">ok</a>'
                           '<a href="../problems/q.html">BAD8</a></body></html>',
        "assets/a.css": "@font-face { src: url(fonts/none.woff2) format('woff2'); } .x { background: url(#f) }"
                        " .y { background: url('data:image/png;base64,AA==') }",
    }
    for rel, text in files.items():
        with open(os.path.join(site, rel), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(work, "outside.html"), "w") as f:
        f.write("<p>outside</p>")
    rep = Report()
    rep.section = "fixture"
    got = Report()
    n = check_links(got, site)
    expect = ["no id 'nowhere'", "'missing.html' does not resolve", "network URL 'https://cdn.example.org/x.js'",
              "network URL '//cdn.example.org/y'", "absolute path '/abs/site.css'", "'assets/' is a folder",
              "'../outside.html' leaves the site folder", "'../problems/q.html' does not resolve",
              "url(fonts/none.woff2)"]
    for e in expect:
        rep.check(sum(e in f for f in got.failures) == 1, f"link check: want one failure with {e!r}; got {got.failures}")
    rep.check(len(got.failures) == len(expect), f"link check: {len(got.failures)} failures, want {len(expect)}: "
                                                f"{got.failures}")
    rep.note(f"link check: {n} links, {len(got.failures)} flagged as expected")

    # identifiers: declared names pass; a name only in a comment or a string, or invented, fails
    code = ('#pragma once\n// phantom_in_comment(x) O(1)\nnamespace cpkit {\ntemplate <class T> struct box { T v; };\n'
            'using box_int = box<int>;\ninline long long solve(int n) { return n; }\n'
            'const char* s = "string_phantom(";\ntemplate <class T> T twice(T x) { return x + x; }\n'
            'inline constexpr int limit = 3;\nclass widget { public: void push(int x); int size_; };\n}\n')
    for name in ("box", "box_int", "solve", "twice", "limit", "widget", "push", "cpkit::solve"):
        rep.check(declares(code, name), f"declares(): {name!r} is declared in the fixture code but not found")
    for name in ("phantom_in_comment", "string_phantom", "invented", "sol", "solve(n)", ""):
        rep.check(not declares(code, name), f"declares(): {name!r} wrongly accepted")
    rep.check(is_umbrella('#pragma once\n// x\n#include "cpkit/a.hpp"\n\n#include "cpkit/b.hpp"\n'), "umbrella")
    rep.check(not is_umbrella(code), "not umbrella")
    rep.check(is_detail("cpkit/knapsack/detail/simd.hpp") and is_detail("cpkit/knapsack/common.hpp") and
              not is_detail("cpkit/heap/heapq.hpp"), "is_detail")
    # the hash is what `tr -d '[:space:]' | sha256sum | cut -c1-6` prints
    sample = "#pragma once\nint  f( int x ) {\n\treturn x; }\n"
    p = subprocess.run(["sh", "-c", "tr -d '[:space:]' | sha256sum | cut -c1-6"], input=sample, text=True,
                       capture_output=True, timeout=30)
    rep.check(p.stdout.strip() == notebook_hash(sample), f"hash: shell {p.stdout.strip()!r}, here {notebook_hash(sample)!r}")
    rep.note("identifier, umbrella/detail and hash rules checked")

    # the default notebook selection: a module is its headers but the umbrella; includes come along
    fake_root = os.path.join(work, "root")
    os.makedirs(os.path.join(fake_root, "docs"))
    hs = {"cpkit/a.hpp": {"umbrella": True, "includes": ["cpkit/a/x.hpp"]},
          "cpkit/a/x.hpp": {"umbrella": False, "includes": ["cpkit/a/common.hpp"]},
          "cpkit/a/common.hpp": {"umbrella": False, "includes": []},
          "cpkit/b/y.hpp": {"umbrella": False, "includes": ["cpkit/c.hpp"]},
          "cpkit/b/z.hpp": {"umbrella": False, "includes": []},
          "cpkit/c.hpp": {"umbrella": False, "includes": []},
          "cpkit/d.hpp": {"umbrella": False, "includes": []}}
    rep.check(notebook_selection(fake_root, hs) == (sorted(hs), None), "no select file: every header")
    with open(os.path.join(fake_root, "docs", "notebook-select.txt"), "w") as f:
        f.write("# comment\n\na   # the module\ncpkit/b/y.hpp\n")
    got_sel = notebook_selection(fake_root, hs)[0]
    rep.check(got_sel == ["cpkit/a/common.hpp", "cpkit/a/x.hpp", "cpkit/b/y.hpp", "cpkit/c.hpp"],
              f"notebook selection: {got_sel}")
    rep.note("notebook selection rules checked")

    # PNG decoding: a hand-built uniform PNG and one with a stripe, each filter type
    def make_png(path, w, h, pixel, filt):
        raw = bytearray()
        prev = bytes(w * 3)
        for y in range(h):
            row = bytes(b for x in range(w) for b in pixel(x, y))
            out = bytearray()
            for i in range(len(row)):
                a = row[i - 3] if i >= 3 else 0
                b, c = prev[i], (prev[i - 3] if i >= 3 else 0)
                p_ = a + b - c
                pa, pb, pc = abs(p_ - a), abs(p_ - b), abs(p_ - c)
                pred = [0, a, b, (a + b) >> 1, a if pa <= pb and pa <= pc else b if pb <= pc else c][filt]
                out.append((row[i] - pred) & 255)
            raw += bytes([filt]) + out
            prev = row

        def chunk(t, body):
            return struct.pack(">I", len(body)) + t + body + struct.pack(">I", zlib.crc32(t + body))
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
                    chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b""))
    for filt in range(5):
        flat = os.path.join(work, f"flat{filt}.png")
        make_png(flat, 20, 10, lambda x, y: (250, 250, 250), filt)
        striped = os.path.join(work, f"striped{filt}.png")
        make_png(striped, 20, 10, lambda x, y: (250, 250, 250) if y < 8 else ((x * 13) % 256, y * 20, 7), filt)
        fs_, ss = png_stats(flat), png_stats(striped)
        rep.check(fs_[0] == 1 and fs_[1] == 0, f"png filter {filt}: the flat image decodes to {fs_}")
        rep.check(abs(ss[1] - 0.2) < 1e-9 and ss[0] > 3, f"png filter {filt}: the striped image decodes to {ss}")
    rep.note("PNG decoding checked on every filter type")

    # the browser: the deliberate page is flagged, a clean page is not (skipped without chromium)
    if shutil.which("chromium"):
        clean = os.path.join(site, "good.html")
        by_source = browse_pages(rep, [clean], work, write_selftest_page(work))
        if by_source is not None:
            seen = by_source.get(os.path.join(work, "console_error.html"), [])
            rep.check(any(SELFTEST_MARK in m for m, _ in seen), f"console.error not seen: {dict(by_source)}")
            rep.check(any("Uncaught" in m for m, _ in seen), f"uncaught exception not seen: {dict(by_source)}")
            rep.check(clean not in by_source, f"a clean page was flagged: {by_source.get(clean)}")
            rep.note(f"console: the deliberate page gave {len(seen)} messages, the clean page none")
    else:
        rep.note("chromium missing: the console part is not checked here (" + INSTALL + ")")
    return finish(rep, "docs.checker")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool")
    ap.add_argument("--root", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium checks (debugging)")
    ap.add_argument("--no-errors", action="store_true", help="skip the bad command lines (debugging)")
    ap.add_argument("--reuse", action="store_true", help="check the last run's site, do not rebuild (debugging)")
    ap.add_argument("--timeout", type=float, default=1500)
    args = ap.parse_args()
    if args.self_test:
        return main_self_test(args)
    miss = missing_tools()
    if miss:
        print(f"docs.site: SKIPPED: missing Debian packages {' '.join(miss)}; install: {INSTALL}")
        return SKIP
    return main_site(args)


if __name__ == "__main__":
    sys.exit(main())
