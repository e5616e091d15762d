// `cpkit stress`: random tests against a brute force until the first disagreement.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>

#include "compile.hpp"
#include "judge.hpp"
#include "judge_run.hpp"
#include "judge_util.hpp"

namespace cpkit_tool {
namespace {

struct stress_options {
  std::string gen, brute, solution, checker, interactor, save, cxx, cxxflags;
  std::vector<std::string> checker_includes;
  int count = 100;
  double tl = -1, ml = -1, ol = -1, wall = -1, stack = -1;
};

compiler_config stress_compiler(const stress_options& o) {
  compiler_config c = default_compiler();
  if (!o.cxx.empty()) c.cxx = o.cxx;
  if (!o.cxxflags.empty()) c.flags = split_flags(o.cxxflags);
  return c;
}

run_limits solution_limits(const stress_options& o) {
  run_limits lim;
  lim.cpu_seconds = o.tl > 0 ? o.tl : 2.0;
  lim.wall_seconds = o.wall > 0 ? o.wall : 2 * lim.cpu_seconds + 1;
  lim.memory_bytes = static_cast<std::uint64_t>((o.ml > 0 ? o.ml : 256) * 1024 * 1024);
  if (o.ol > 0) lim.output_bytes = static_cast<std::uint64_t>(o.ol * 1024 * 1024);
  if (o.stack > 0) lim.stack_bytes = static_cast<std::uint64_t>(o.stack * 1024 * 1024);
  return lim;
}

// Runs a trusted helper; empty when it succeeded, else why not.
std::string run_helper(const fs::path& exe, std::vector<std::string> args, const fs::path& in,
                       const fs::path& out, const run_limits& lim) {
  run_request rq;
  rq.argv = {exe.string()};
  rq.argv.insert(rq.argv.end(), args.begin(), args.end());
  rq.stdin_path = in.empty() ? std::string() : in.string();
  rq.stdout_path = out.string();
  rq.limits = lim;
  run_result r = run_sandboxed(rq);
  if (r.interrupted) throw tool_error("interrupted");
  return helper_failure(r);
}

// Saves the failing test and prints it (small inputs in full).
void report_failure(int seed, const test_outcome& out, const fs::path& in, const fs::path& ans,
                    const std::string& save_dir) {
  fs::path dest = save_dir.empty() ? fs::path("stress-tests") : fs::path(save_dir);
  std::error_code ec;
  fs::create_directories(dest, ec);
  const fs::path din = dest / fmt::format("stress-{}.in", seed),
                 dout = dest / fmt::format("stress-{}.out", seed);
  write_file_atomic(din, read_file(in));
  write_file_atomic(dout, read_file(ans));
  fmt::print("seed {}: {}{}\n", seed, verdict_name(out.v),
             out.message.empty() ? "" : "\n" + indent(out.message, "  "));
  std::string input = read_file(in);
  if (input.size() <= 1024 && std::count(input.begin(), input.end(), '\n') <= 30) {
    fmt::print("input:\n{}", indent(input, "  "));
    if (!input.empty() && input.back() != '\n') fmt::print("\n");
    std::string a = read_file(ans);
    if (a.size() <= 1024) {
      fmt::print("expected (brute force):\n{}", indent(a, "  "));
      if (!a.empty() && a.back() != '\n') fmt::print("\n");
    }
  }
  fmt::print("saved as {} and {}\n", din.string(), dout.string());
  fmt::print("0 passed, 1 failed\n");
}

int stress_command(const stress_options& o) {
  install_interrupt_handling();
  compiler_config cxx = stress_compiler(o);
  progress prog;
  prog.show("stress: compiling");
  fs::path gen = prepare_program(o.gen, cxx, "generator");
  fs::path brute = prepare_program(o.brute, cxx, "brute force");
  judge_setup setup;
  setup.exe = prepare_program(o.solution, cxx, "solution");
  setup.checker = parse_checker(o.checker.empty() ? "tokens" : o.checker, fs::current_path(), cxx,
                                o.checker_includes);
  setup.limits = solution_limits(o);
  if (!o.interactor.empty()) {
    // Interactive: the brute force's output is the answer file the interactor gets.
    setup.interactor = prepare_interactor(o.interactor, fs::current_path(), cxx, o.checker_includes);
    setup.interactor_name = fs::path(o.interactor).filename().string();
    setup.check_after_interactor = !o.checker.empty();
  }
  run_limits slow = setup.limits;  // the brute force may be slow; give it room
  slow.cpu_seconds = std::max(10.0, 5 * setup.limits.cpu_seconds);
  slow.wall_seconds = 2 * slow.cpu_seconds + 1;
  slow.output_bytes = run_limits{}.output_bytes;
  scoped_dir work{make_work_dir("stress")};
  const fs::path in = work.path / "input.in", ans = work.path / "input.out";
  auto t0 = std::chrono::steady_clock::now();
  for (int seed = 1; seed <= o.count; ++seed) {
    prog.show(fmt::format("stress: seed {}/{}", seed, o.count));
    if (std::string why = run_helper(gen, {std::to_string(seed)}, {}, in, slow); !why.empty())
      throw tool_error(fmt::format("the generator failed on seed {} ({})", seed, why));
    if (std::string why = run_helper(brute, {}, in, ans, slow); !why.empty())
      throw tool_error(fmt::format(
          "the brute force failed on seed {} ({}); fix it or the generator first", seed, why));
    test_outcome out = judge_one(setup, {fmt::format("seed-{}", seed), in, ans}, work.path);
    if (out.v == verdict::AC) continue;
    prog.clear();
    report_failure(seed, out, in, ans, o.save);
    return 1;
  }
  prog.clear();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("stress: {} seeds agree with the brute force ({:.1f} s)\n{} passed, 0 failed\n",
             o.count, secs, o.count);
  return 0;
}

}  // namespace

void register_stress_command(CLI::App& app) {
  auto o = std::make_shared<stress_options>();
  CLI::App* stress = app.add_subcommand(
      "stress", "random tests against a brute force until the first disagreement");
  stress->add_option("--gen", o->gen, "generator: run as GEN SEED, writes one input")->required();
  stress->add_option("--brute", o->brute, "the obvious slow solution")->required();
  stress->add_option("--solution", o->solution, "the solution under test")->required();
  stress->add_option("--checker", o->checker, "tokens | lines | exact | real:TOL | PATH");
  stress->add_option("--interactor", o->interactor,
                     "an interactor (.cpp or executable): the solution talks to it, and the brute "
                     "force's output is its answer file");
  stress->add_option("--checker-include", o->checker_includes,
                     "a folder on a .cpp checker's or interactor's include path (repeatable)");
  CLI::Option* count = stress->add_option("--count", o->count, "seeds 1..N (default 100)");
  auto flags = std::make_shared<limit_flags>();
  flags->add(stress, "--tl", o->tl, "CPU time limit for the solution, seconds (default 2)",
             k_max_seconds);
  flags->add(stress, "--ml", o->ml, "memory limit, MiB (default 256)", k_max_mib);
  flags->add(stress, "--ol", o->ol, "output limit of the solution, MiB (default 64)", k_max_mib);
  flags->add(stress, "--wall", o->wall, "wall time limit of the solution, seconds (default 2*tl+1)",
             10 * k_max_seconds);
  flags->add(stress, "--stack", o->stack, "stack size, MiB (default: the memory limit)", k_max_mib);
  stress->add_option("--save", o->save, "where the failing test is saved (default ./stress-tests)");
  stress->add_option("--cxx", o->cxx, "compiler (default $CPKIT_CXX or g++)");
  stress->add_option("--cxxflags", o->cxxflags,
                     "compiler flags (default $CPKIT_CXXFLAGS or \"-std=gnu++17 -O2\")");
  stress->callback([=] {
    flags->check();
    if (count->count() > 0 && (o->count < 1 || o->count > 100000000))
      throw tool_error(fmt::format("--count must be between 1 and 100000000 (got {})", o->count));
    std::exit(stress_command(*o));
  });
}

}  // namespace cpkit_tool
