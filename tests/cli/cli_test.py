#!/usr/bin/env python3
"""Tests of cpkit's command line (issue 18), run by CTest (tests/cli/CMakeLists.txt).

  cli_test.py --tool T --root R --version V --fake-bench-dir F --bench-dir B --work W CLASS

Errors         every bad command line gives one "cpkit: error: ..." line on stderr, nothing on
               stdout, exit 2, with the specific words a user needs ("did you mean ...").
BenchNonFinite `cpkit bench` on a fake Google Benchmark program whose JSON holds NaN and Infinity
               (fixtures/nonfinite_bench.cpp): the oracle is the fixture's hand-chosen times.
BenchSmoke     `cpkit bench --json` on every bench/<module>_bench program with a tiny filter
               (the cases at the module's smallest size, and geometry's NaN case): one row per
               case with both figures finite.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unittest

ARGS = None
ERROR_LINE = re.compile(r"^cpkit: error: [^\n]+\n$")
# ASan's note when the sanitized tool's sandbox starts a program on its own stack (the sanitizer
# build only): not the tool's output, so it is removed before counting lines.
ASAN_NOTE = re.compile(r"==\d+==WARNING: ASan is ignoring requested __asan_handle_no_return[^\n]*\n"
                       r"False positive error reports may follow\n"
                       r"For details see https://github.com/google/sanitizers/issues/189\n")


def run(cmd, timeout=120, env=None, cwd=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    start = time.monotonic()
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout,
                       env=full_env, cwd=cwd or ARGS.work)
    p.seconds = time.monotonic() - start
    p.stderr = ASAN_NOTE.sub("", p.stderr)
    return p


def tool(*args, **kw):
    return run([ARGS.tool] + list(args), **kw)


def describe(p):
    return f"command: {p.args}\nexit: {p.returncode}\nstdout: {p.stdout[:2000]}\nstderr: {p.stderr[:2000]}"


class Errors(unittest.TestCase):
    def assertOneError(self, p, *words):
        """Exit 2, nothing on stdout, one 'cpkit: error:' line containing every word."""
        self.assertEqual(p.returncode, 2, describe(p))
        self.assertEqual(p.stdout, "", describe(p))
        self.assertRegex(p.stderr, ERROR_LINE, describe(p))
        for w in words:
            self.assertIn(w, p.stderr, describe(p))
        self.assertNotIn("terminate called", p.stderr)
        return p.stderr

    def test_unknown_command_is_named_with_the_commands(self):
        err = self.assertOneError(tool("frobnicate"), "unknown command 'frobnicate'", "judge", "bench")
        self.assertNotIn("did you mean", err)  # nothing is close to it
        self.assertNotIn("A subcommand is required", err)

    def test_mistyped_command_gets_did_you_mean(self):
        self.assertOneError(tool("judeg"), "did you mean 'judge'")
        self.assertOneError(tool("bnech", "--json"), "did you mean 'bench'")
        self.assertOneError(tool("bundel", "a.cpp"), "did you mean 'bundle'")

    def test_no_command(self):
        self.assertOneError(tool(), "name a command", "judge")

    def test_mistyped_top_level_option(self):
        self.assertOneError(tool("--verison"), "unknown option '--verison'", "did you mean '--version'")

    def test_mistyped_option_of_a_subcommand_gets_did_you_mean(self):
        self.assertOneError(tool("judge", "--solutoin", "a.cpp"), "'--solutoin'", "cpkit judge",
                            "did you mean '--solution'")
        self.assertOneError(tool("bench", "--jsno"), "'--jsno'", "did you mean '--json'")
        self.assertOneError(tool("bench", "--repetition=3"), "did you mean '--repetitions'")
        err = self.assertOneError(tool("bench", "--xyzzy-quux"), "unknown option '--xyzzy-quux'")
        self.assertNotIn("did you mean", err)

    def test_version(self):
        p = tool("--version")
        self.assertEqual(p.returncode, 0, describe(p))
        self.assertEqual(p.stdout.strip(), f"cpkit {ARGS.version}", describe(p))

    def test_help_lists_every_command_with_test(self):
        p = tool("--help")
        self.assertEqual(p.returncode, 0, describe(p))
        for cmd in ("judge", "stress", "bundle", "bench", "test"):
            self.assertRegex(p.stdout, rf"(?m)^\s+{cmd}\s", describe(p))
        self.assertOneError(tool("test"), "./cpkit test")

    def test_option_given_twice(self):
        err = self.assertOneError(tool("bench", "--bench-dir", "a", "--bench-dir", "b"), "--bench-dir",
                                  "more than once")
        self.assertNotIn("At Most", err)

    def test_repetitions_and_min_time_out_of_range_are_short(self):
        for bad in ("0", "-1", "1001", "abc", "2.5"):
            err = self.assertOneError(tool("bench", "--repetitions", bad), "--repetitions", "1 to 1000")
            self.assertIsNone(re.search(r"\d{7,}", err), err)  # no 309-digit range
        for bad in ("0", "-1", "nan", "x"):
            self.assertOneError(tool("bench", "--min-time", bad), "--min-time", "seconds above 0")

    def test_invalid_filter_is_an_error_not_an_empty_table(self):
        for bad in ("(", "[a-", "*x", "-("):
            self.assertOneError(tool("bench", "--bench-dir", ARGS.fake_bench_dir, "--filter", bad),
                                f"--filter '{bad}'", "not a valid regular expression")

    def test_filter_matching_nothing_is_an_error(self):
        self.assertOneError(tool("bench", "--bench-dir", ARGS.fake_bench_dir, "--filter", "^nothing_here$"),
                            "matches no benchmark", "nonfinite")

    def test_unknown_bench_module(self):
        self.assertOneError(tool("bench", "--bench-dir", ARGS.fake_bench_dir, "nonexistent"),
                            "no benchmark for module 'nonexistent'", "nonfinite")

    def test_bundle_output_folder_must_exist_and_is_never_created(self):
        src = os.path.join(ARGS.work, "sol.cpp")
        with open(src, "w") as f:
            f.write("#include <cstdio>\nint main() { std::puts(\"1\"); }\n")
        missing = os.path.join(ARGS.work, "no_such_folder")
        self.assertOneError(tool("bundle", src, "-o", os.path.join(missing, "deeper", "out.cpp")), "no such folder")
        self.assertFalse(os.path.exists(missing))
        folder = os.path.join(ARGS.work, "a_folder")
        os.makedirs(folder, exist_ok=True)
        err = self.assertOneError(tool("bundle", src, "-o", folder), "folder")
        self.assertNotIn("Success", err)
        self.assertEqual(os.listdir(folder), [])

    def test_script_test_rejects_a_mistyped_option_before_building(self):
        build = os.path.join(ARGS.work, "script_build")
        env = {"CPKIT_BUILD_DIR": build}
        script = os.path.join(ARGS.root, "cpkit")
        p = run([script, "test", "--sanitise"], env=env)
        self.assertOneError(p, "'--sanitise'", "did you mean '--sanitize'")
        p = run([script, "test", "--output-on-failur"], env=env)
        self.assertOneError(p, "did you mean '--output-on-failure'")
        p = run([script, "test", "--help"], env=env)
        self.assertEqual(p.returncode, 0, describe(p))
        self.assertIn("--sanitize", p.stdout)
        self.assertFalse(os.path.exists(build), "the script configured a build for a bad command line")
        self.assertFalse(os.path.exists(build + "-sanitize"))


def bench_json(*args, timeout=600):
    p = tool("bench", "--json", *args, timeout=timeout)
    if p.returncode != 0:
        raise AssertionError(describe(p))
    return json.loads(p.stdout), p


class BenchNonFinite(unittest.TestCase):
    def rows(self, *args):
        rows, p = bench_json("--bench-dir", ARGS.fake_bench_dir, "--min-time", "0.01", *args)
        return {r["case"]: r for r in rows}, p

    def check_sum_row(self, r):
        # The fixture's times: cpkit 100, baseline 250, pbds_pairing 200, floor 50, d4 120 (ns);
        # the best peer is pbds_pairing (d4 is a variant of cpkit's own, not a peer).
        self.assertEqual((r["module"], r["size"]), ("nonfinite", 1000))
        self.assertAlmostEqual(r["cpkit_ns"], 100)
        self.assertAlmostEqual(r["baseline_ns"], 250)
        self.assertAlmostEqual(r["speedup"], 2.5)
        self.assertEqual(r["best_peer"], "pbds_pairing")
        self.assertAlmostEqual(r["best_peer_ns"], 200)
        self.assertAlmostEqual(r["speedup_vs_best"], 2.0)
        self.assertAlmostEqual(r["floor_ns"], 50)
        self.assertAlmostEqual(r["cpkit_over_floor"], 2.0)

    def test_json_rows_with_repetitions(self):
        rows, _ = self.rows("--repetitions", "2")
        self.assertEqual(sorted(rows), ["broken", "sum"])
        self.check_sum_row(rows["sum"])
        b = rows["broken"]
        self.assertEqual((b["cpkit_ns"], b["baseline_ns"], b["speedup"]), (None, None, None))

    def test_json_rows_with_one_repetition(self):
        rows, _ = self.rows("--repetitions", "1")
        self.check_sum_row(rows["sum"])
        self.assertIsNone(rows["broken"]["cpkit_ns"])

    def test_filter_picks_rows(self):
        rows, _ = self.rows("--repetitions", "2", "--filter", "^sum/")
        self.assertEqual(sorted(rows), ["sum"])
        rows, _ = self.rows("--repetitions", "2", "--filter", "-^sum/")
        self.assertEqual(sorted(rows), ["broken"])

    def test_table_shows_dash_for_non_finite_and_the_best_peer(self):
        p = tool("bench", "--bench-dir", ARGS.fake_bench_dir, "--repetitions", "2", "--min-time", "0.01")
        self.assertEqual(p.returncode, 0, describe(p))
        lines = {l.split()[1]: l for l in p.stdout.splitlines() if l.startswith("nonfinite ")}
        self.assertEqual(sorted(lines), ["broken", "sum"], describe(p))
        self.assertRegex(lines["broken"], r"^nonfinite\s+broken\s+10\s+-\s+-\s+-\s", describe(p))
        s = lines["sum"]
        self.assertRegex(s, r"\b100 ns\s+250 ns\s+2\.50x\s+2\.00x pbds_pairing\s+2\.00x\s+d4 120 ns \(2\.08x\), "
                            r"pbds_pairing 200 ns \(1\.25x\)$", describe(p))
        self.assertNotIn("floor 50", s)  # the floor is its own column, not a rival variant
        # Progress lines on stderr (not a terminal, not --json): one per case, naming it.
        self.assertIn("nonfinite: sum at size 1000", p.stderr, describe(p))
        self.assertIn("nonfinite: broken at size 10", p.stderr, describe(p))

    def test_check_still_passes(self):
        p = tool("bench", "--check", "--bench-dir", ARGS.fake_bench_dir)
        self.assertEqual(p.returncode, 0, describe(p))


class BenchSmoke(unittest.TestCase):
    # The cases each module runs: those at the module's smallest size, and geometry's
    # sort_by_argument, whose zero counters made Google Benchmark print NaN (issue 18's report).
    EXTRA = {"geometry": ["sort_by_argument"]}

    def test_every_module_gives_its_rows(self):
        sources = os.path.join(ARGS.root, "bench")
        modules = sorted(f[: -len("_bench.cpp")] for f in os.listdir(sources) if f.endswith("_bench.cpp"))
        self.assertTrue(modules)
        for m in modules:
            with self.subTest(module=m):
                prog = os.path.join(ARGS.bench_dir, m + "_bench")
                self.assertTrue(os.access(prog, os.X_OK), f"{prog} is not built")
                listed = run([prog, "--benchmark_list_tests=true"]).stdout.split()
                smallest = {}  # case -> smallest size; the judge's names carry /iterations:1/real_time
                for name in listed:
                    case, _impl, size = name.split("/")[:3]
                    smallest[case] = min(smallest.get(case, int(size)), int(size))
                for case in self.EXTRA.get(m, []):
                    self.assertIn(case, smallest, f"{m} has no case {case} any more: update this test")
                tiny = min(smallest.values())
                chosen = {c: s for c, s in smallest.items() if s == tiny or c in self.EXTRA.get(m, [])}
                cases = "|".join(f"{c}/[a-z0-9_]+/{s}" for c, s in chosen.items())
                # Two repetitions, so that Google Benchmark prints its aggregates (where NaN came
                # from); the judge's smallest case judges 20 tests per repetition.
                reps = "2"
                rows, p = bench_json("--bench-dir", ARGS.bench_dir, m, "--repetitions", reps, "--min-time", "0.01",
                                     "--filter", f"^({cases})(/|$)", timeout=900)
                got = {(r["case"], r["size"]) for r in rows}
                self.assertEqual(got, set(chosen.items()), describe(p))
                for r in rows:
                    self.assertEqual(r["module"], m)
                    for key in ("cpkit_ns", "baseline_ns", "speedup"):
                        self.assertIsInstance(r[key], float, f"{m} {r}")
                        self.assertGreater(r[key], 0, f"{m} {r}")


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    for opt in ("--tool", "--root", "--version", "--fake-bench-dir", "--bench-dir", "--work"):
        ap.add_argument(opt, required=True)
    ARGS, rest = ap.parse_known_args()
    # One folder per test class, so that CTest may run the classes at the same time.
    ARGS.work = os.path.join(ARGS.work, "-".join(rest) or "all")
    shutil.rmtree(ARGS.work, ignore_errors=True)
    os.makedirs(ARGS.work)
    try:
        result = unittest.main(argv=[sys.argv[0], "-v"] + rest, exit=False).result
    finally:
        shutil.rmtree(ARGS.work, ignore_errors=True)
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
