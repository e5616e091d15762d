// Problem folders (problems/<id>/): problem.toml, the committed tests and the generated ones.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common.hpp"
#include "compile.hpp"
#include "testset.hpp"

namespace cpkit_tool {

struct progress;

struct generate_spec {
  std::string generator = "gen.cpp";
  std::string answers = "brute.cpp";
  std::vector<std::string> args;
};

struct problem {
  std::string id;
  fs::path dir;
  fs::path solution;
  double time_limit = 2.0;
  double memory_limit_mb = 256;
  double output_limit_mb = 64;
  std::string checker = "tokens";
  bool checker_given = false;  // the `checker` key is there (an interactive problem then checks)
  std::string interactor;      // `interactor = "..."`: relative to dir; empty: not interactive
  std::optional<generate_spec> generate;
};

// Reads DIR/problem.toml (every key checked: one tool_error naming the file, line and key).
// With `need_solution`, the problem's solution must exist.
problem load_problem(const fs::path& dir, bool need_solution = true);

// The committed tests: DIR/tests in any layout collect_tests knows; none if it is missing or empty.
std::vector<test_case> committed_tests(const problem& p);

// Generated tests, named gen-1, gen-2, ...: made by the generator with each argument string and
// answered by the answers program, cached under cache_dir()/tests/<id>/<hash>.in and .out (the
// hash covers both programs' binaries and the arguments).
std::vector<test_case> generated_tests(const problem& p, const compiler_config& cxx, int jobs,
                                       progress& prog);

// Copies tests into `dir` as NAME.in / NAME.out (the folder is made, never its parents).
void keep_tests(const std::vector<test_case>& tests, const fs::path& dir);

}  // namespace cpkit_tool
