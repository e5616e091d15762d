#include "judge_run.hpp"

#include <fmt/format.h>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <limits>
#include <mutex>

#include "bundle.hpp"
#include "judge_util.hpp"

namespace cpkit_tool {

namespace {

// The last line of the program's stderr, for an RE message.
std::string stderr_tail(const run_result& r) {
  std::string s = r.stderr_head;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  if (s.empty()) return "";
  std::size_t nl = s.rfind('\n');
  std::string last = nl == std::string::npos ? s : s.substr(nl + 1);
  if (last.size() > 200) last = last.substr(0, 200) + "...";
  return "; stderr: " + last;
}

// The verdict of a run by the limits and the exit, before any checking; AC if the output is to
// be checked.
check_result run_verdict(const run_result& r, const run_limits& limits) {
  const double tl_ms = limits.cpu_seconds * 1000.0;
  const std::uint64_t ml_kb = limits.memory_bytes / 1024;
  if (!r.exec_error.empty()) return {verdict::RE, r.exec_error};
  if (r.killed_memory)
    return {verdict::MLE, fmt::format("memory limit {} exceeded: killed", human_kb(ml_kb))};
  if (r.killed_cpu)
    return {verdict::TLE,
            fmt::format("CPU time limit {:g} s exceeded: killed", limits.cpu_seconds)};
  if (r.killed_busy)
    return {verdict::TLE,
            fmt::format(
                "CPU time limit {:g} s not reached after {:.1f} s of wall time, {:.0f} ms of CPU: "
                "the machine is too busy to finish it (time spent waiting for a CPU)",
                limits.cpu_seconds, r.wall_ms / 1000.0, r.cpu_ms)};
  if (r.killed_wall)
    return {
        verdict::TLE,
        fmt::format("wall time limit {:g} s exceeded with {:.0f} ms of CPU: it sleeps, waits for "
                    "input, or runs more processes or threads than there are CPUs (time one "
                    "waits for a CPU busy with other work is not counted)",
                    limits.wall_seconds, r.cpu_ms)};
  if (limits.cpu_seconds > 0 && r.cpu_ms > tl_ms)
    return {verdict::TLE,
            fmt::format("CPU time {:.0f} ms over the limit {:.0f} ms", r.cpu_ms, tl_ms)};
  if (ml_kb > 0 && r.memory_kb > ml_kb)
    return {verdict::MLE, fmt::format("peak memory {} over the limit {}", human_kb(r.memory_kb),
                                      human_kb(ml_kb))};
  const bool bad_alloc = r.stderr_head.find("bad_alloc") != std::string::npos;
  if (ml_kb > 0 && bad_alloc && (r.signal != 0 || r.exit_code != 0))
    return {verdict::MLE, "memory allocation failed (std::bad_alloc) under the memory limit"};
  if (r.output_limit)
    return {verdict::OLE,
            fmt::format("output limit {} exceeded", human_kb(limits.output_bytes / 1024))};
  if (r.signal != 0) return {verdict::RE, "killed by " + signal_name(r.signal) + stderr_tail(r)};
  if (r.exit_code != 0)
    return {verdict::RE, fmt::format("exit code {}", r.exit_code) + stderr_tail(r)};
  return {verdict::AC, ""};
}

}  // namespace

test_outcome judge_one(const judge_setup& setup, const test_case& test, const fs::path& work_dir) {
  test_outcome o;
  o.name = test.name;
  // The output lives only until it is judged (disk stays bounded by the tests in flight).
  static std::atomic<unsigned> counter{0};
  struct removed_after {
    fs::path path;
    ~removed_after() {
      std::error_code ec;
      fs::remove(path, ec);
    }
  } out_file{work_dir / fmt::format("out-{}", counter++)};
  run_request req;
  req.argv = {setup.exe.string()};
  req.stdin_path = test.input.string();
  req.stdout_path = out_file.path.string();
  req.limits = setup.limits;
  run_result r = run_sandboxed(req);
  if (r.interrupted) throw tool_error("interrupted");
  o.time_ms = r.cpu_ms;
  o.wall_ms = r.wall_ms;
  o.memory_kb = r.memory_kb;
  check_result c = run_verdict(r, setup.limits);
  if (c.v == verdict::AC) c = check_output(setup.checker, test.input, out_file.path, test.answer);
  o.v = c.v;
  o.message = c.message;
  o.checker_ms = c.ms;
  return o;
}

solution_build build_solution(const fs::path& solution, compiler_config cxx, bool bundle,
                              progress& prog, const std::string& label) {
  solution_build b;
  if (!is_cpp_source(solution)) {
    b.exe = prepare_program(solution, cxx, "solution");
    return b;
  }
  fs::path src = solution;
  if (bundle) {
    bundle_options bo;
    std::string text = bundle_source(solution, bo);
    src = cache_dir() / "bundled" / (content_hash(text) + "-" + solution.filename().string());
    write_file_atomic(src, text);
    cxx.include_dirs.clear();  // the bundle must compile with no include path
  }
  prog.show(fmt::format("{}: compiling {}", label, solution.filename().string()));
  compile_result c = compile_cpp(src, cxx);
  b.compile_seconds = c.seconds;
  b.cached = c.cached;
  b.exe = c.executable;
  if (c.ok) return b;
  // Is it the flags? An empty program with the same compiler and flags tells.
  const fs::path probe = cache_dir() / "probe" / "empty.cpp";
  write_file_atomic(probe, "int main() { return 0; }\n");
  compile_result p = compile_cpp(probe, cxx);
  if (!p.ok) {
    std::string first = p.message.substr(0, p.message.find('\n'));
    std::string flags;
    for (const std::string& f : cxx.flags) flags += (flags.empty() ? "" : " ") + f;
    throw tool_error(fmt::format(
        "the compiler rejects the flags '{}' (--cxxflags or $CPKIT_CXXFLAGS): {}", flags, first));
  }
  b.ce = true;
  b.message = c.message;
  return b;
}

std::vector<test_outcome> run_tests(
    const judge_setup& setup, const std::vector<test_case>& tests, const run_options& o,
    const std::function<void(std::size_t, const test_outcome&)>& on_row) {
  const std::size_t n = tests.size();
  std::vector<test_outcome> out(n);
  std::vector<char> done(n, 0);
  std::mutex mu;
  std::size_t emitted = 0;  // rows [0, emitted) have been delivered
  std::atomic<std::size_t> stop_at{
      std::numeric_limits<std::size_t>::max()};  // first non-AC, with first_fail
  const fs::path work = run_root();
  parallel_for(
      n, o.jobs,
      [&](std::size_t i) {
        test_outcome r = judge_one(setup, tests[i], work);
        if (o.first_fail && r.v != verdict::AC) {
          std::size_t cur = stop_at.load();
          while (i < cur && !stop_at.compare_exchange_weak(cur, i)) {
          }
        }
        std::lock_guard<std::mutex> lock(mu);
        out[i] = std::move(r);
        done[i] = 1;
        while (emitted < n && done[emitted] && emitted <= stop_at.load()) {
          if (on_row) on_row(emitted, out[emitted]);
          ++emitted;
        }
      },
      [&](std::size_t i) { return i > stop_at.load(); });
  out.resize(std::min(
      n, stop_at.load() == std::numeric_limits<std::size_t>::max() ? n : stop_at.load() + 1));
  return out;
}

run_limits generator_limits() {
  run_limits l;
  l.cpu_seconds = 60;
  l.wall_seconds = 120;
  l.memory_bytes = 2048ull << 20;
  l.output_bytes = 512ull << 20;
  return l;
}

std::string helper_failure(const run_result& r) {
  if (!r.exec_error.empty()) return r.exec_error;
  if (r.signal) return signal_name(r.signal);
  if (r.exit_code) return fmt::format("exit code {}", r.exit_code);
  if (r.killed_cpu || r.killed_wall || r.killed_busy) return "time limit exceeded";
  if (r.killed_memory) return "memory limit exceeded";
  if (r.output_limit) return "output limit exceeded";
  return "";
}

}  // namespace cpkit_tool
