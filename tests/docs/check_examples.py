#!/usr/bin/env python3
"""Every complete example program in docs/*.md compiles and, where the page gives its input and
output, prints exactly that output.

A complete example is a fenced ```cpp block containing `int main(`. It is compiled alone with the
judge's flags (g++ -std=gnu++17 -O2 -Wall -Wextra -Werror, the repository's include/ folder on the
include path). When the next fenced blocks are ```input and then ```output, the program runs on the
input and its output must match token for token.

usage: check_examples.py DOCS_DIR INCLUDE_DIR [CXX]
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```([A-Za-z0-9_+-]*)\s*$")


def blocks(text):
    """(info string, body, line number) of every fenced block, in order."""
    out, info, body, start = [], None, [], 0
    for number, line in enumerate(text.splitlines(), 1):
        m = FENCE.match(line)
        if info is None and m:
            info, body, start = m.group(1), [], number
        elif info is not None and line.strip() == "```":
            out.append((info, "\n".join(body) + "\n", start))
            info = None
        elif info is not None:
            body.append(line)
    return out


def main():
    docs, include = sys.argv[1], sys.argv[2]
    cxx = sys.argv[3] if len(sys.argv) > 3 else "g++"
    failures, checked = [], 0
    with tempfile.TemporaryDirectory(prefix="cpkit-docs-") as tmp:
        for page in sorted(os.listdir(docs)):
            if not page.endswith(".md"):
                continue
            bs = blocks(open(os.path.join(docs, page), encoding="utf-8").read())
            for k, (info, body, line) in enumerate(bs):
                if info != "cpp" or "int main(" not in body:
                    continue
                checked += 1
                where = f"docs/{page}:{line}"
                src = os.path.join(tmp, f"ex{checked}.cpp")
                exe = os.path.join(tmp, f"ex{checked}")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(body)
                cc = subprocess.run([cxx, "-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Werror",
                                     "-I", include, src, "-o", exe],
                                    capture_output=True, text=True, timeout=300)
                if cc.returncode != 0:
                    failures.append(f"{where}: does not compile:\n{cc.stderr[:2000]}")
                    continue
                if (k + 2 < len(bs) and bs[k + 1][0] == "input" and bs[k + 2][0] == "output"):
                    run = subprocess.run([exe], input=bs[k + 1][1], capture_output=True,
                                         text=True, timeout=60)
                    if run.returncode != 0:
                        failures.append(f"{where}: exit code {run.returncode}")
                    elif run.stdout.split() != bs[k + 2][1].split():
                        failures.append(f"{where}: printed {run.stdout!r}, the page says "
                                        f"{bs[k + 2][1]!r}")
                    else:
                        print(f"ok {where} (compiled, output as on the page)")
                        continue
                    continue
                print(f"ok {where} (compiled)")
    for f in failures:
        print("FAIL " + f)
    print(f"{checked} example programs, {len(failures)} failed")
    if checked == 0:
        print("FAIL no example program found: the docs promise one per module page")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
