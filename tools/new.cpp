// `cpkit new`: scaffolds a problem folder.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>

#include "judge.hpp"
#include "judge_util.hpp"

namespace cpkit_tool {
namespace {

int new_command(const std::string& id, const std::string& dir_opt) {
  // Lowercase words joined by single dashes: [a-z0-9]+(-[a-z0-9]+)*
  bool ok =
      !id.empty() && id.front() != '-' && id.back() != '-' && id.find("--") == std::string::npos;
  for (char c : id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok)
    throw tool_error("problem id '" + id +
                     "' must be lowercase words joined by '-', like maximum-gap");
  fs::path root = dir_opt.empty() ? cpkit_root() / "problems" : fs::path(dir_opt);
  std::error_code ec;
  // The parent folder is never made for the user (a typo would scatter folders).
  if (!fs::is_directory(root, ec))
    throw tool_error(
        (dir_opt.empty() ? std::string("the problems folder '") : std::string("--dir '")) +
        root.string() + "' does not exist");
  fs::path d = root / id;
  if (fs::exists(d, ec)) throw tool_error(d.string() + " already exists");
  write_file_atomic(
      d / "README.md",
      fmt::format("# {}\n\nStatement in our own words.\n\n## Input\n\n## Output\n\n## Limits\n\n"
                  "## Sample\n\n## Headers used\n",
                  id));
  write_file_atomic(d / "problem.toml",
                    "time_limit = 2.0        # seconds of CPU time per test\n"
                    "memory_limit = 256      # MiB\n"
                    "checker = \"tokens\"      # tokens | lines | exact | real:1e-6 | checker.cpp\n"
                    "\n"
                    "# [generate]            # large tests made at test time, never committed\n"
                    "# generator = \"gen.cpp\"\n"
                    "# answers = \"brute.cpp\"\n"
                    "# tests = [\"1 1000\", \"2 100000\"]\n");
  write_file_atomic(d / "solution.cpp",
                    "#include <cstdio>\n"
                    "#include <iostream>\n\n"
                    "int main() {\n"
                    "  std::ios::sync_with_stdio(false);\n"
                    "  std::cin.tie(nullptr);\n"
                    "  return 0;\n"
                    "}\n");
  write_file_atomic(d / "tests" / "1.in", "");
  write_file_atomic(d / "tests" / "1.out", "");
  fmt::print("created {} (README.md, problem.toml, solution.cpp, tests/1.in, tests/1.out)\n",
             d.string());
  fmt::print("judge it with: ./cpkit judge {}\n", d.string());
  return 0;
}

}  // namespace

void register_new_command(CLI::App& app) {
  auto id = std::make_shared<std::string>(), where = std::make_shared<std::string>();
  CLI::App* make = app.add_subcommand("new", "scaffold problems/ID");
  make->add_option("id", *id, "problem id, like maximum-gap")->required();
  make->add_option(
      "--dir", *where,
      "parent folder, which must exist (default: the problems/ folder of the checkout)");
  make->callback([=] { std::exit(new_command(*id, *where)); });
}

}  // namespace cpkit_tool
