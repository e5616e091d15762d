// `cpkit judge`, `cpkit stress`, `cpkit new`: the online-judge style runner.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker.hpp"
#include "common.hpp"
#include "sandbox.hpp"

namespace CLI {
class App;
}

namespace cpkit_tool {

struct test_case {
  std::string name;
  fs::path input, answer;
};

struct test_outcome {
  std::string name;
  verdict v = verdict::AC;
  double time_ms = 0, wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::string message;
};

// Runs `exe` on one test with the limits and judges the output by the verdict precedence in
// checker.hpp. work_dir receives the output file.
test_outcome judge_one(const fs::path& exe, const test_case& test, const run_limits& limits, const checker_spec& checker,
                       const fs::path& work_dir);

// Test cases of a folder: every NAME.in with its NAME.out, in natural order. Throws tool_error if
// the folder is missing, has no tests, or an input lacks its answer.
std::vector<test_case> collect_tests(const fs::path& dir);

void register_judge_commands(CLI::App& app);

}  // namespace cpkit_tool
