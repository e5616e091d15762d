// The one "run one test" path that `cpkit judge` and `cpkit stress` share: compile the
// solution, run it isolated on a test (sandbox.hpp), check its output (checker.hpp), and run a
// whole test set with rows delivered in test order as they finish.
//
// An interactive problem: judge_setup gets the interactor, and judge_one runs the two programs,
// each under its own sandbox, connected by two pipes (docs/judge.md "Interactive problems").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "checker.hpp"
#include "common.hpp"
#include "compile.hpp"
#include "sandbox.hpp"
#include "testset.hpp"

namespace cpkit_tool {

struct progress;

struct test_outcome {
  std::string name;
  verdict v = verdict::AC;
  double time_ms = 0, wall_ms = 0;
  std::uint64_t memory_kb = 0;
  double checker_ms = 0;
  std::string message;
};

// Everything a test is judged with.
struct judge_setup {
  fs::path exe;       // the solution, compiled
  run_limits limits;  // the solution's
  checker_spec checker;
  // Interactive: the interactor (compiled; empty: not interactive), the name shown for it, and
  // whether `checker` then judges the interactor's output file (only when a checker was given).
  fs::path interactor;
  std::string interactor_name;
  bool check_after_interactor = false;
};

// Runs the solution on one test with the limits and judges the output by the verdict precedence
// in checker.hpp. work_dir receives the output file, removed once judged.
//
// Interactive (setup.interactor set): the interactor runs as `interactor input output answer`
// (private copies of the test's files and its own output file, in a folder under work_dir
// removed once judged), its stdout being the solution's stdin and the other way round. Verdict,
// first that applies:
//   1. the interactor failed: it could not be started, crashed (not by SIGPIPE), exceeded its
//      limits, exited 3 or with a code other than 0, 1, 2 -> FAIL (the judge's side is broken;
//      what the solution did then, e.g. exit 1 at the end of its input, is no verdict on it);
//   2. the solution's own verdict by the limits and its exit (TLE, MLE, OLE, RE as in
//      checker.hpp), except a broken pipe (the solution killed by SIGPIPE, or exiting non-zero
//      once the interactor had closed its end) when the interactor said WA or PE: then that;
//   3. the interactor: exit 0 AC, 1 WA, 2 PE; killed by SIGPIPE (the solution ended while it
//      was still writing) WA;
//   4. AC, and a checker given: the checker judges the interactor's output file.
test_outcome judge_one(const judge_setup& setup, const test_case& test, const fs::path& work_dir);

// A solution made ready to run: compiled (or bundled then compiled), or its compile error.
struct solution_build {
  bool ce = false;
  std::string message;  // the compiler's first lines when ce
  fs::path exe;
  double compile_seconds = 0;
  bool cached = false;
};

// A .cpp solution is compiled with `cxx` (bundled first when `bundle`); anything else must be an
// executable. A compile error that also happens on an empty program is the flags' fault: a
// tool_error naming --cxxflags (or $CPKIT_CXXFLAGS), not the solution's CE.
solution_build build_solution(const fs::path& solution, compiler_config cxx, bool bundle,
                              progress& prog, const std::string& label);

struct run_options {
  int jobs = 1;
  bool first_fail = false;  // stop at the first non-AC in test order
};

// Judges every test on `jobs` threads. on_row(i, outcome) is called for test i as soon as it
// and every test before it are done, in test order, never concurrently. With first_fail, no test
// after the first non-AC (in test order) starts, and the result ends at it. Returns the outcomes
// in test order.
std::vector<test_outcome> run_tests(
    const judge_setup& setup, const std::vector<test_case>& tests, const run_options& o,
    const std::function<void(std::size_t, const test_outcome&)>& on_row);

// The interactor's limits: CPU and wall time = the solution's wall limit + 5 s, 1 GiB of memory,
// 64 MiB of output file. It is the problem's own program, run as the judge's user (like a
// checker), but it only ever gets private copies of the test's files.
run_limits interactor_limits(const run_limits& solution);

// An interactor given as `text` (relative to base_dir): a .cpp compiled with its own folder and
// every `includes` folder on its include path (testlib.h from the problem package), or an
// executable. Throws tool_error naming the interactor.
fs::path prepare_interactor(const std::string& text, const fs::path& base_dir, const compiler_config& cxx,
                            const std::vector<std::string>& includes);

// Generators, answers programs, brute forces: trusted, but limited like everything the judge runs.
run_limits generator_limits();
// A trusted helper program must exit 0 within its limits; empty when it did, else why not.
std::string helper_failure(const run_result& r);

}  // namespace cpkit_tool
