// `cpkit judge`: a solution on tests, like an online judge (docs/judge.md).
#include "judge.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "compile.hpp"
#include "judge_run.hpp"
#include "judge_util.hpp"
#include "problem.hpp"

namespace cpkit_tool {
namespace {

using json = nlohmann::ordered_json;

struct judge_options {
  std::vector<std::string> dirs;
  std::string solution, tests;
  std::string cxx, cxxflags;
  std::string checker;  // overrides the problem's
  std::string interactor;  // overrides the problem's
  std::vector<std::string> checker_includes;
  std::string keep_tests;
  double tl = -1, ml = -1, ol = -1, wall = -1, stack = -1;
  double compile_tl = 60, compile_ml = 2048;
  int jobs = 0;
  bool isolation = false, json = false, bundle = false, first_fail = false;
  std::string junit;
};

// What is judged: one solution on one set of tests, with one checker and limits.
struct target {
  std::string problem;  // empty for --solution/--tests runs
  fs::path solution;
  std::vector<test_case> tests;
  run_limits limits;
  checker_spec checker;
  fs::path interactor;  // compiled; empty: not interactive
  std::string interactor_name;
  bool check_after_interactor = false;
};

// The header's words for how outputs are judged: "checker X", or "interactor Y[, checker X]".
std::string judged_by(const target& t) {
  if (t.interactor.empty()) return "checker " + t.checker.describe();
  return "interactor " + t.interactor_name +
         (t.check_after_interactor ? ", checker " + t.checker.describe() : std::string());
}

struct report {
  std::string problem;  // empty for --solution/--tests runs
  std::string solution;
  verdict v = verdict::AC;
  std::string message;         // CE text
  std::size_t test_count = 0;  // tests of the target (all of them, also when none ran)
  std::vector<test_outcome> tests;
  double compile_seconds = 0;
  bool compile_cached = false;
};

compiler_config make_compiler(const judge_options& o) {
  compiler_config c = default_compiler();
  c.time_limit = o.compile_tl;
  c.memory_limit = static_cast<std::uint64_t>(o.compile_ml * 1024 * 1024);
  if (!o.cxx.empty()) c.cxx = o.cxx;
  if (!o.cxxflags.empty()) c.flags = split_flags(o.cxxflags);
  return c;
}

run_limits limits_for(double tl, double ml_mb, double ol_mb, const judge_options& o) {
  run_limits l;
  l.cpu_seconds = o.tl > 0 ? o.tl : tl;
  l.memory_bytes = static_cast<std::uint64_t>((o.ml > 0 ? o.ml : ml_mb) * 1024 * 1024);
  l.output_bytes = static_cast<std::uint64_t>((o.ol > 0 ? o.ol : ol_mb) * 1024 * 1024);
  l.wall_seconds = o.wall > 0 ? o.wall : 2 * l.cpu_seconds + 1;
  if (o.stack > 0) l.stack_bytes = static_cast<std::uint64_t>(o.stack * 1024 * 1024);
  return l;
}

// ---- the table --------------------------------------------------------------------------------

struct table_printer {
  bool on = true;
  bool color = use_color();
  std::size_t width = 4;

  void header(const report& r, const target& t) {
    if (!on) return;
    std::string head = r.problem.empty() ? r.solution : r.problem;
    fmt::print("{}: {} tests, time limit {:g} s, memory limit {}, {}{}\n", head,
               t.tests.size(), t.limits.cpu_seconds, human_kb(t.limits.memory_bytes / 1024),
               judged_by(t),
               r.v == verdict::CE ? ""
               : r.compile_cached ? ", compiled (cached)"
                                  : fmt::format(", compiled in {:.1f} s", r.compile_seconds));
    if (r.v == verdict::CE) {
      fmt::print("{} compile error:\n{}\n", paint(verdict::CE, color), indent(r.message, "    "));
    } else {
      for (auto& x : t.tests) width = std::max(width, x.name.size());
      fmt::print("  {}  {}  {:>9}  {:>9}  {:>10}\n", pad_right("test", width), "verdict", "time",
                 "wall", "memory");
    }
    std::fflush(stdout);
  }
  void row(const test_outcome& t) {
    if (!on) return;
    std::string vpad(7 - std::string(verdict_name(t.v)).size(), ' ');
    fmt::print("  {}  {}{}  {:>6.0f} ms  {:>6.0f} ms  {:>10}\n", pad_right(t.name, width),
               paint(t.v, color), vpad, t.time_ms, t.wall_ms, human_kb(t.memory_kb));
    if (t.v != verdict::AC && !t.message.empty()) fmt::print("{}\n", indent(t.message, "      "));
    std::fflush(stdout);
  }
};

// Compiles and judges one target; with a table printer on, the header and every row are printed
// as soon as they are known.
report judge_target(const target& t, const judge_options& o, progress& prog, table_printer& table) {
  report rep;
  rep.problem = t.problem;
  rep.solution = t.solution.string();
  rep.test_count = t.tests.size();
  const std::string label = t.problem.empty() ? t.solution.filename().string() : t.problem;
  solution_build b = build_solution(t.solution, make_compiler(o), o.bundle, prog, label);
  rep.compile_seconds = b.compile_seconds;
  rep.compile_cached = b.cached;
  if (b.ce) rep.v = verdict::CE, rep.message = b.message;
  prog.clear();
  table.header(rep, t);
  if (b.ce) return rep;
  judge_setup setup{b.exe, t.limits, t.checker, t.interactor, t.interactor_name,
                    t.check_after_interactor};
  std::size_t finished = 0;
  rep.tests =
      run_tests(setup, t.tests, {o.jobs, o.first_fail}, [&](std::size_t, const test_outcome& out) {
        ++finished;
        prog.clear();
        table.row(out);
        prog.show(fmt::format("{}: {}/{} tests", label, finished, t.tests.size()));
      });
  prog.clear();
  for (auto& x : rep.tests)
    if (x.v != verdict::AC) {
      rep.v = x.v;
      break;
    }
  return rep;
}

// ---- reports ----------------------------------------------------------------------------------

json report_json(const report& r) {
  json j;
  if (!r.problem.empty()) j["problem"] = r.problem;
  j["verdict"] = verdict_name(r.v);
  if (!r.message.empty()) j["message"] = r.message;
  json tests = json::array();
  for (auto& t : r.tests)
    tests.push_back({{"name", t.name},
                     {"verdict", verdict_name(t.v)},
                     {"time_ms", std::llround(t.time_ms)},
                     {"wall_ms", std::llround(t.wall_ms)},
                     {"memory_kb", t.memory_kb},
                     {"checker_ms", std::llround(t.checker_ms)},
                     {"message", t.message}});
  j["tests"] = tests;
  return j;
}

void write_junit(const std::string& path, const std::vector<report>& reports) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  for (auto& r : reports) {
    std::string name = r.problem.empty() ? r.solution : r.problem;
    int failures = 0;
    double total = 0;
    for (auto& t : r.tests) failures += t.v != verdict::AC, total += t.time_ms;
    if (r.v == verdict::CE) failures = 1;
    x += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" time=\"{:.3f}\">\n",
                     xml_escape(name), r.v == verdict::CE ? 1 : r.tests.size(), failures,
                     total / 1000.0);
    if (r.v == verdict::CE)
      x += fmt::format(
          "    <testcase name=\"compile\" classname=\"{}\"><failure "
          "message=\"CE\">{}</failure></testcase>\n",
          xml_escape(name), xml_escape(r.message));
    for (auto& t : r.tests) {
      x += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{:.3f}\"",
                       xml_escape(t.name), xml_escape(name), t.time_ms / 1000.0);
      if (t.v == verdict::AC)
        x += "/>\n";
      else
        x += fmt::format("><failure message=\"{}\">{}</failure></testcase>\n", verdict_name(t.v),
                         xml_escape(t.message));
    }
    x += "  </testsuite>\n";
  }
  x += "</testsuites>\n";
  write_file_atomic(path, x);
}

// The one line per problem of a many-problem run.
void print_problem_line(const report& r) {
  int pass = 0;
  double max_ms = 0;
  std::uint64_t max_kb = 0;
  for (auto& t : r.tests)
    pass += t.v == verdict::AC, max_ms = std::max(max_ms, t.time_ms),
                                max_kb = std::max(max_kb, t.memory_kb);
  const bool color = use_color();
  fmt::print("{}  {}  {}/{} tests  max {:.0f} ms  {}\n",
             pad_right(paint(r.v, color), color ? 15 : 4), pad_right(r.problem, 28), pass,
             r.test_count, max_ms, human_kb(max_kb));
  if (r.v == verdict::CE) fmt::print("{}\n", indent(r.message, "      "));
  for (auto& t : r.tests)
    if (t.v != verdict::AC) {
      fmt::print("      first failure: test {}: {}\n{}\n", t.name, verdict_name(t.v),
                 indent(t.message, "        "));
      break;
    }
  std::fflush(stdout);
}

// The last line of a one-target table: "N passed, M failed" and the checker's time.
void print_summary(const report& r) {
  if (r.v == verdict::CE) {
    fmt::print("compile error: none of the {} tests ran\n", r.test_count);
    return;
  }
  int pass = 0, fail = 0;
  double checker_ms = 0, max_ms = 0;
  for (auto& t : r.tests)
    (t.v == verdict::AC ? pass : fail)++, checker_ms += t.checker_ms,
        max_ms = std::max(max_ms, t.time_ms);
  std::string stopped;
  if (r.tests.size() < r.test_count)
    stopped =
        fmt::format(", {} not run (stopped at the first failure)", r.test_count - r.tests.size());
  fmt::print("{} passed, {} failed{}; max time {:.0f} ms, checker {:.0f} ms in all\n", pass, fail,
             stopped, max_ms, checker_ms);
}

void print_json(const std::vector<report>& reports, bool many) {
  if (!many) {
    std::cout << report_json(reports[0]).dump(2, ' ', false, json::error_handler_t::replace)
              << "\n";
    return;
  }
  json arr = json::array();
  for (auto& r : reports) arr.push_back(report_json(r));
  json top = {{"verdict", "AC"}, {"problems", arr}};
  for (auto& r : reports)
    if (r.v != verdict::AC) {
      top["verdict"] = verdict_name(r.v);
      break;
    }
  std::cout << top.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

// ---- what to judge ----------------------------------------------------------------------------

// Every problem folder under problems/ (folders with a problem.toml).
std::vector<fs::path> all_problem_dirs() {
  fs::path root = cpkit_root() / "problems";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) throw tool_error("no problems folder at " + root.string());
  std::vector<fs::path> dirs;
  for (auto& e : fs::directory_iterator(root, ec))
    if (e.is_directory() && fs::exists(e.path() / "problem.toml")) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  if (dirs.empty())
    throw tool_error("no problems (folders with problem.toml) under " + root.string());
  return dirs;
}

// A problem folder as a target: its solution or --solution, its committed and generated tests or
// --tests, its checker or --checker, its limits or the flags.
target problem_target(const problem& p, const judge_options& o, progress& prog) {
  compiler_config cxx = make_compiler(o);
  target t;
  t.problem = p.id;
  t.solution = o.solution.empty() ? p.solution : fs::path(o.solution);
  t.checker =
      parse_checker(o.checker.empty() ? p.checker : o.checker,
                    o.checker.empty() ? p.dir : fs::current_path(), cxx, o.checker_includes);
  t.limits = limits_for(p.time_limit, p.memory_limit_mb, p.output_limit_mb, o);
  const std::string inter = o.interactor.empty() ? p.interactor : o.interactor;
  if (!inter.empty()) {
    const fs::path base = o.interactor.empty() ? p.dir : fs::current_path();
    t.interactor = prepare_interactor(inter, base, cxx, o.checker_includes);
    t.interactor_name = fs::path(inter).filename().string();
    t.check_after_interactor = !o.checker.empty() || p.checker_given;
  }
  if (!o.tests.empty()) {
    t.tests = collect_tests(o.tests);
  } else {
    t.tests = committed_tests(p);
    auto gen = generated_tests(p, cxx, o.jobs, prog);
    if (!o.keep_tests.empty()) keep_tests(gen, o.keep_tests);
    t.tests.insert(t.tests.end(), gen.begin(), gen.end());
  }
  if (t.tests.empty()) throw tool_error("problem '" + p.id + "' has no tests");
  return t;
}

// Checks the combination of arguments before any work.
void check_arguments(const judge_options& o) {
  std::error_code ec;
  const bool own = !o.solution.empty() || !o.tests.empty() || !o.keep_tests.empty();
  if (o.dirs.empty() && (o.solution.empty() != o.tests.empty()))
    throw tool_error(
        "--solution and --tests go together, or with one problem folder: cpkit judge problems/ID "
        "--solution FILE");
  if (o.dirs.empty() && !o.keep_tests.empty())
    throw tool_error(
        "--keep-tests needs one problem folder: cpkit judge problems/ID --keep-tests DIR");
  if (o.dirs.size() > 1 && own)
    throw tool_error("--solution, --tests and --keep-tests take one problem folder, not " +
                     std::to_string(o.dirs.size()));
  if (!o.keep_tests.empty() && !o.tests.empty())
    throw tool_error(
        "--keep-tests writes out a problem's generated tests; it does not go with --tests");
  if (!o.solution.empty() && !fs::exists(o.solution, ec))
    throw tool_error("solution '" + o.solution + "' not found");
  for (const std::string& d : o.checker_includes)
    if (!fs::is_directory(d, ec)) throw tool_error("--checker-include '" + d + "': no such folder");
  if (!o.junit.empty()) check_output_file(o.junit, "--junit");
  if (!o.keep_tests.empty()) {
    const fs::path k = o.keep_tests;
    const fs::path parent = k.has_parent_path() ? k.parent_path() : fs::path(".");
    if (!fs::is_directory(parent, ec))
      throw tool_error("--keep-tests '" + o.keep_tests + "': the folder '" + parent.string() +
                       "' does not exist");
  }
}

// The targets, every configuration read before any work (a malformed file is reported first).
std::vector<target> make_targets(const judge_options& o, progress& prog) {
  std::vector<target> targets;
  if (o.dirs.empty() && !o.solution.empty()) {
    target t;
    t.solution = o.solution;
    t.tests = collect_tests(o.tests);
    t.checker = parse_checker(o.checker.empty() ? "tokens" : o.checker, fs::current_path(),
                              make_compiler(o), o.checker_includes);
    t.limits = limits_for(2.0, 256, 64, o);
    if (!o.interactor.empty()) {
      t.interactor = prepare_interactor(o.interactor, fs::current_path(), make_compiler(o), o.checker_includes);
      t.interactor_name = fs::path(o.interactor).filename().string();
      t.check_after_interactor = !o.checker.empty();
    }
    targets.push_back(std::move(t));
    return targets;
  }
  std::vector<fs::path> dirs;
  if (o.dirs.empty()) dirs = all_problem_dirs();
  for (auto& d : o.dirs) dirs.push_back(d);
  std::vector<problem> probs;
  for (auto& d : dirs) probs.push_back(load_problem(d, o.solution.empty()));
  for (auto& p : probs) targets.push_back(problem_target(p, o, prog));
  return targets;
}

// The limits of every kind of program the judge runs (for --isolation).
std::string limits_report() {
  const run_limits ck = checker_limits();
  const compiler_config cc;
  const run_limits gen = generator_limits();
  const run_limits sol;
  const run_limits ia = interactor_limits(sol);
  return fmt::format(
      "limits (CPU time summed over the process tree; memory resident over the tree):\n"
      "  solution: --tl (default 2 s CPU), --wall (2*tl+1 s, not counting time spent waiting for a "
      "busy CPU), "
      "--ml (256 MiB), --stack (the memory limit), --ol (64 MiB), {} processes and threads\n"
      "  checker: {:g} s CPU, {:g} s wall, {} MiB, {} MiB output, {} processes\n"
      "  interactor: the solution's wall limit + 5 s of CPU and of wall time (default {:g} s), {} "
      "MiB, {} MiB output file\n"
      "  compiler: --compile-tl (default {:g} s CPU, wall 2x+10 s), --compile-ml ({} MiB), {} MiB "
      "output, {} processes\n"
      "  generator and answers program: {:g} s CPU, {:g} s wall, {} MiB, {} MiB output\n"
      "  stress brute force: max(10, 5*tl) s CPU, the solution's memory limit\n",
      sol.processes, ck.cpu_seconds, ck.wall_seconds, ck.memory_bytes >> 20, ck.output_bytes >> 20,
      ck.processes, ia.cpu_seconds, ia.memory_bytes >> 20, ia.output_bytes >> 20, cc.time_limit, cc.memory_limit >> 20, cc.output_limit >> 20, cc.processes,
      gen.cpu_seconds, gen.wall_seconds, gen.memory_bytes >> 20, gen.output_bytes >> 20);
}

int judge_command(judge_options o) {
  if (o.isolation) {
    fmt::print("{}{}", isolation_report(), limits_report());
    return 0;
  }
  if (o.jobs <= 0) o.jobs = default_jobs();
  check_arguments(o);
  install_interrupt_handling();
  progress prog;
  if (o.json) prog.on = false;
  const std::vector<target> targets = make_targets(o, prog);
  const bool many = targets.size() > 1 || (o.dirs.empty() && o.solution.empty());
  table_printer table;
  table.on = !o.json && !many;
  std::vector<report> reports;
  for (const target& t : targets) {
    reports.push_back(judge_target(t, o, prog, table));
    if (many && !o.json) print_problem_line(reports.back());
  }
  prog.clear();
  int failed = 0;
  for (auto& r : reports) failed += r.v != verdict::AC;
  if (!o.junit.empty()) write_junit(o.junit, reports);
  if (o.json)
    print_json(reports, many);
  else if (many)
    fmt::print("{} problems: {} passed, {} failed\n", reports.size(),
               static_cast<int>(reports.size()) - failed, failed);
  else
    print_summary(reports[0]);
  return failed == 0 ? 0 : 1;
}

}  // namespace

void register_judge_commands(CLI::App& app) {
  auto o = std::make_shared<judge_options>();
  CLI::App* judge = app.add_subcommand("judge", "judge a solution on tests, like an online judge");
  judge->add_option("problems", o->dirs, "problem folders (default: every folder under problems/)");
  judge->add_option(
      "--solution", o->solution,
      "a solution (.cpp or executable): on --tests, or on the one problem folder given");
  judge->add_option("--tests", o->tests,
                    "a tests folder (NAME.in+NAME.out/.ans, in/+out/, NN+NN.a) or one FILE.in");
  judge->add_option("--checker", o->checker,
                    "tokens | lines | exact | real:TOL | PATH (.cpp or executable)");
  judge->add_option("--interactor", o->interactor,
                    "an interactive problem's interactor (.cpp or executable), run as `interactor "
                    "input output answer` (default: problem.toml's interactor)");
  judge->add_option("--checker-include", o->checker_includes,
                    "a folder on a .cpp checker's or interactor's include path (repeatable), e.g. "
                    "for testlib.h");
  judge->add_option("--keep-tests", o->keep_tests,
                    "with one problem folder: also write its generated tests into this folder");
  auto flags = std::make_shared<limit_flags>();
  flags->add(judge, "--tl", o->tl,
             "CPU time limit per test, seconds (default: problem.toml, else 2)", k_max_seconds);
  flags->add(judge, "--ml", o->ml,
             "memory limit of the whole process tree, MiB (default: problem.toml, else 256)",
             k_max_mib);
  flags->add(judge, "--ol", o->ol, "output limit, MiB (default 64)", k_max_mib);
  flags->add(judge, "--wall", o->wall,
             "wall time limit, seconds (default 2*tl+1; time waiting for a busy CPU not counted)",
             10 * k_max_seconds);
  flags->add(judge, "--stack", o->stack, "stack size, MiB (default: the memory limit)", k_max_mib);
  flags->add(judge, "--compile-tl", o->compile_tl,
             "CPU time limit of the compiler, seconds (default 60)", k_max_seconds);
  flags->add(judge, "--compile-ml", o->compile_ml,
             "memory limit of the compiler, MiB (default 2048)", k_max_mib);
  CLI::Option* jobs =
      judge->add_option("-j,--jobs", o->jobs,
                        "tests run in parallel (default: number of cores; 1 for stable timing)");
  judge->add_flag("-x,--first-fail", o->first_fail,
                  "stop at the first test (in order) that is not AC");
  judge->add_flag("--isolation", o->isolation,
                  "print how runs are isolated on this machine, and the limits, then exit");
  judge->add_flag("--json", o->json, "print only JSON on stdout");
  judge->add_option("--junit", o->junit,
                    "also write JUnit XML to this file (its folder must exist)");
  judge->add_flag("--bundle", o->bundle, "judge the bundled single-file version of the solution");
  judge->add_option("--cxx", o->cxx, "compiler (default $CPKIT_CXX or g++)");
  judge->add_option("--cxxflags", o->cxxflags,
                    "compiler flags (default $CPKIT_CXXFLAGS or \"-std=gnu++17 -O2\")");
  judge->callback([=] {
    flags->check();
    if (jobs->count() > 0 && (o->jobs < 1 || o->jobs > k_max_jobs))
      throw tool_error(
          fmt::format("-j/--jobs must be between 1 and {} (got {})", k_max_jobs, o->jobs));
    std::exit(judge_command(*o));
  });
  register_stress_command(app);
  register_new_command(app);
}

}  // namespace cpkit_tool
