// The one "run one test" path that `cpkit judge` and `cpkit stress` share: compile the
// solution, run it isolated on a test (sandbox.hpp), check its output (checker.hpp), and run a
// whole test set with rows delivered in test order as they finish.
//
// An interactive problem (next) fits here: judge_setup gets the interactor, and judge_one runs
// the two programs under one sandbox instead of the solution alone; the callers do not change.
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
};

// Runs the solution on one test with the limits and judges the output by the verdict precedence
// in checker.hpp. work_dir receives the output file, removed once judged.
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

// Generators, answers programs, brute forces: trusted, but limited like everything the judge runs.
run_limits generator_limits();
// A trusted helper program must exit 0 within its limits; empty when it did, else why not.
std::string helper_failure(const run_result& r);

}  // namespace cpkit_tool
