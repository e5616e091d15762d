// `cpkit new`: scaffolds a problem folder.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>

#include "judge.hpp"
#include "judge_util.hpp"

namespace cpkit_tool {
namespace {

// An interactive scaffold: guess a hidden number, a complete problem that judges AC as made
// (the interactor speaks the testlib protocol in plain stdio; docs/judge.md).
void write_interactive(const fs::path& d, const std::string& id) {
  write_file_atomic(
      d / "README.md",
      fmt::format("# {}\n\nInteractive. Statement in our own words.\n\n## Interaction\n\n"
                  "The program first reads `N Q`. It then writes `? y` (1 <= y <= N) and reads `<`, `>` or "
                  "`=` (the hidden number is smaller than, larger than or equal to y), at most Q times, "
                  "and ends with `! x`, the hidden number. Flush after every line.\n\n"
                  "## Tests\n\n`tests/NAME.in` holds `N X Q` (the hidden number X), `NAME.out` holds "
                  "X; only the interactor reads them.\n\n## Headers used\n",
                  id));
  write_file_atomic(d / "problem.toml",
                    "time_limit = 2.0        # seconds of CPU time per test\n"
                    "memory_limit = 256      # MiB\n"
                    "interactor = \"interactor.cpp\"  # run as: interactor input output answer\n"
                    "# checker = \"checker.cpp\"  # optional: then judges the interactor's output file\n");
  write_file_atomic(d / "interactor.cpp", R"(// Interactor: `interactor input output answer`; its stdout is the solution's stdin and the
// other way round. Exit 0 AC, 1 WA, 2 PE, 3 FAIL (a bad test); the first stderr line is the message.
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  long long n = 0, x = 0, q = 0;
  std::FILE* in = argc > 3 ? std::fopen(argv[1], "r") : nullptr;
  if (!in || std::fscanf(in, "%lld %lld %lld", &n, &x, &q) != 3) return 3;
  std::FILE* out = std::fopen(argv[2], "w");
  std::printf("%lld %lld\n", n, q);
  std::fflush(stdout);
  for (long long used = 0;;) {
    char op[4];
    long long y = 0;
    if (std::scanf("%3s %lld", op, &y) != 2) {
      std::fprintf(stderr, "wrong answer: no guess\n");
      return 1;
    }
    if (!std::strcmp(op, "!")) {
      if (out) std::fprintf(out, "%lld %lld\n", y, used);
      if (y == x) return 0;
      std::fprintf(stderr, "wrong answer: guessed %lld, the number was %lld\n", y, x);
      return 1;
    }
    if (std::strcmp(op, "?") || ++used > q) {
      std::fprintf(stderr, "wrong answer: a bad query or more than %lld queries\n", q);
      return 1;
    }
    std::printf("%s\n", x < y ? "<" : x > y ? ">" : "=");
    std::fflush(stdout);
  }
}
)");
  write_file_atomic(d / "solution.cpp", R"(#include <cstdio>

int main() {
  long long n = 0, q = 0;
  if (std::scanf("%lld %lld", &n, &q) != 2) return 0;
  long long lo = 1, hi = n;
  while (lo < hi) {
    const long long mid = lo + (hi - lo) / 2;
    std::printf("? %lld\n", mid);
    std::fflush(stdout);  // every line, or the interactor waits forever
    char r[2];
    if (std::scanf("%1s", r) != 1) return 0;
    if (r[0] == '=') lo = hi = mid;
    else if (r[0] == '<') hi = mid - 1;
    else lo = mid + 1;
  }
  std::printf("! %lld\n", lo);
  std::fflush(stdout);
}
)");
  write_file_atomic(d / "tests" / "1.in", "100 37 7\n");
  write_file_atomic(d / "tests" / "1.out", "37\n");
}

int new_command(const std::string& id, const std::string& dir_opt, bool interactive) {
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
  if (interactive) {
    write_interactive(d, id);
    fmt::print(
        "created {} (README.md, problem.toml, interactor.cpp, solution.cpp, tests/1.in, "
        "tests/1.out)\n",
        d.string());
    fmt::print("judge it with: ./cpkit judge {}\n", d.string());
    return 0;
  }
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
  auto interactive = std::make_shared<bool>(false);
  CLI::App* make = app.add_subcommand("new", "scaffold problems/ID");
  make->add_option("id", *id, "problem id, like maximum-gap")->required();
  make->add_option(
      "--dir", *where,
      "parent folder, which must exist (default: the problems/ folder of the checkout)");
  make->add_flag("--interactive", *interactive,
                 "an interactive problem: an interactor.cpp (testlib protocol) and a solution that "
                 "talks to it");
  make->callback([=] { std::exit(new_command(*id, *where, *interactive)); });
}

}  // namespace cpkit_tool
