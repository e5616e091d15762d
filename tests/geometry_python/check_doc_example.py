#!/usr/bin/env python3
"""The complete example program of docs/geometry.md compiles alone and prints what the page says.

The example is the fenced ```cpp block containing `int main(`; the ```input and ```output blocks
right after it are its stdin and expected stdout (compared token by token). It is compiled with
the judge's flags plus the library's warning set: CXX -std=gnu++17 -O2 -Wall -Wextra -Wpedantic
-Wshadow -Werror -I INCLUDE_DIR.

usage: check_doc_example.py PAGE INCLUDE_DIR CXX
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```([A-Za-z0-9_+-]*)\s*$")


def blocks(text):
    out, info, body = [], None, []
    for line in text.splitlines():
        m = FENCE.match(line)
        if info is None and m:
            info, body = m.group(1), []
        elif info is not None and line.strip() == "```":
            out.append((info, "\n".join(body) + "\n"))
            info = None
        elif info is not None:
            body.append(line)
    return out


def main():
    page, include, cxx = sys.argv[1], sys.argv[2], sys.argv[3]
    bs = blocks(open(page, encoding="utf-8").read())
    found = [k for k, (info, body) in enumerate(bs) if info == "cpp" and "int main(" in body]
    if len(found) != 1:
        print("FAIL: expected exactly one complete example program in %s, found %d" % (page, len(found)))
        return 1
    k = found[0]
    if not (k + 2 < len(bs) and bs[k + 1][0] == "input" and bs[k + 2][0] == "output"):
        print("FAIL: the example must be followed by an ```input and an ```output block")
        return 1
    with tempfile.TemporaryDirectory(prefix="cpkit-geometry-doc-") as tmp:
        src, exe = os.path.join(tmp, "example.cpp"), os.path.join(tmp, "example")
        with open(src, "w", encoding="utf-8") as f:
            f.write(bs[k][1])
        cc = subprocess.run([cxx, "-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Wpedantic", "-Wshadow", "-Werror",
                             "-I", include, src, "-o", exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            universal_newlines=True)
        if cc.returncode != 0:
            print("FAIL: the example does not compile:\n" + cc.stdout[:3000])
            return 1
        run = subprocess.run([exe], input=bs[k + 1][1], stdout=subprocess.PIPE, universal_newlines=True, timeout=60)
        if run.returncode != 0:
            print("FAIL: the example exits with status %d" % run.returncode)
            return 1
        if run.stdout.split() != bs[k + 2][1].split():
            print("FAIL: the example printed\n%s\nthe page says\n%s" % (run.stdout, bs[k + 2][1]))
            return 1
    print("ok: the example of %s compiles and prints what the page says" % page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
