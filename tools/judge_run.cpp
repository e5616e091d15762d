#include "judge_run.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <fmt/format.h>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

#include "bundle.hpp"
#include "judge_util.hpp"

namespace cpkit_tool {

namespace {

// A file or folder of one test, removed (with what it holds) when the test is judged, also when
// judging throws: disk stays bounded by the tests in flight.
struct removed_after {
  fs::path path;
  ~removed_after() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

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

// ---- interactive runs -----------------------------------------------------------------------------

// One end of a pipe the judge holds; closed at the latest when it goes out of scope.
struct pipe_end {
  int fd = -1;
  pipe_end() = default;
  pipe_end(const pipe_end&) = delete;
  pipe_end& operator=(const pipe_end&) = delete;
  ~pipe_end() { close_now(); }
  void close_now() {
    if (fd >= 0) ::close(fd), fd = -1;
  }
};

// A pipe whose ends the supervisors inherit (no O_CLOEXEC: sandbox.hpp), numbered >= 3 so they
// never meet the supervisor's own 0, 1, 2.
void make_pipe(pipe_end& read_end, pipe_end& write_end) {
  int fds[2];
  if (::pipe(fds) != 0) throw tool_error(std::string("pipe: ") + std::strerror(errno));
  for (int& fd : fds) {
    if (fd >= 3) continue;
    const int moved = ::fcntl(fd, F_DUPFD, 3);
    ::close(fd);
    fd = moved;
  }
  read_end.fd = fds[0];
  write_end.fd = fds[1];
  if (read_end.fd < 0 || write_end.fd < 0) throw tool_error(std::string("pipe: ") + std::strerror(errno));
}

// True when every read end of the pipe is closed (a write would get EPIPE).
bool reader_gone(int write_fd) {
  pollfd p{write_fd, POLLOUT, 0};
  return ::poll(&p, 1, 0) > 0 && (p.revents & POLLERR) != 0;
}

// A private copy of a test file for the interactor (never a path into the test folder).
fs::path private_copy(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) throw tool_error(fmt::format("cannot copy '{}' for the interactor: {}", from.string(), ec.message()));
  fs::permissions(to, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read, ec);
  return to;
}

std::string trimmed_stderr(const run_result& r) {
  std::string msg = r.stderr_head;
  while (!msg.empty() && std::isspace(static_cast<unsigned char>(msg.back()))) msg.pop_back();
  if (msg.size() > 500) msg = msg.substr(0, 500) + "...";
  return msg;
}

// The interactor's verdict by its exit (rule 3 of judge_run.hpp); FAIL means the judge's side.
check_result interactor_verdict(const run_result& r) {
  const std::string msg = trimmed_stderr(r);
  const std::string tail = msg.empty() ? std::string() : ": " + msg;
  if (!r.exec_error.empty()) return {verdict::FAIL, "interactor: " + r.exec_error};
  if (r.killed_cpu || r.killed_wall || r.killed_busy)
    return {verdict::FAIL, "the interactor exceeded its time limit" + tail};
  if (r.killed_memory) return {verdict::FAIL, "the interactor exceeded its memory limit" + tail};
  if (r.signal == SIGPIPE)
    return {verdict::WA, "the solution ended while the interactor was still writing to it"};
  if (r.signal) return {verdict::FAIL, "the interactor crashed (" + signal_name(r.signal) + ")" + tail};
  switch (r.exit_code) {
    case 0: return {verdict::AC, msg};
    case 1: return {verdict::WA, msg.empty() ? "the interactor says wrong answer" : msg};
    case 2: return {verdict::PE, msg.empty() ? "the interactor says presentation error" : msg};
    case 3: return {verdict::FAIL, "the interactor failed" + tail};
    default:
      return {verdict::FAIL, fmt::format("the interactor exited with {} (expected 0, 1, 2 or 3){}", r.exit_code, tail)};
  }
}

struct interactive_runs {
  run_result solution, interactor;
  bool broken_pipe = false;  // the solution's stdout had no reader left when it ended
};

// Runs the two programs connected by two pipes, the interactor on a thread of its own. Each side
// closes the judge's copies of its program's pipe ends as soon as its run returns, so the other
// program sees the end of its input (or EPIPE) then, and a deadlock ends at the solution's wall
// limit with the interactor's EOF.
interactive_runs run_interactive(const judge_setup& setup, run_request sreq, run_request ireq) {
  pipe_end to_solution_r, to_solution_w, to_interactor_r, to_interactor_w;
  make_pipe(to_solution_r, to_solution_w);
  make_pipe(to_interactor_r, to_interactor_w);
  sreq.stdin_fd = to_solution_r.fd;
  sreq.stdout_fd = to_interactor_w.fd;
  ireq.stdin_fd = to_interactor_r.fd;
  ireq.stdout_fd = to_solution_w.fd;
  ireq.limits = interactor_limits(setup.limits);
  ireq.untrusted = false;  // it reads its files by their paths, like a checker
  interactive_runs out;
  std::exception_ptr interactor_error, solution_error;
  std::thread interactor([&] {
    try {
      out.interactor = run_sandboxed(ireq);
    } catch (...) {
      interactor_error = std::current_exception();
    }
    to_solution_w.close_now();
    to_interactor_r.close_now();
  });
  try {
    out.solution = run_sandboxed(sreq);
  } catch (...) {
    solution_error = std::current_exception();
  }
  out.broken_pipe = reader_gone(to_interactor_w.fd);
  to_solution_r.close_now();
  to_interactor_w.close_now();
  interactor.join();
  if (solution_error) std::rethrow_exception(solution_error);
  if (interactor_error) std::rethrow_exception(interactor_error);
  return out;
}

// Judges one test of an interactive problem (judge_run.hpp).
test_outcome judge_interactive(const judge_setup& setup, const test_case& test, const fs::path& work_dir) {
  static std::atomic<unsigned> counter{0};
  const removed_after box{work_dir / fmt::format("interact-{}", counter++)};
  std::error_code ec;
  fs::create_directory(box.path, ec);
  if (ec) throw tool_error(fmt::format("cannot create '{}': {}", box.path.string(), ec.message()));
  const fs::path input = private_copy(test.input, box.path / "input");
  const fs::path answer = private_copy(test.answer, box.path / "answer");
  const fs::path output = box.path / "output";
  write_file_atomic(output, "");
  run_request sreq, ireq;
  sreq.argv = {setup.exe.string()};
  sreq.limits = setup.limits;
  ireq.argv = {setup.interactor.string(), input.string(), output.string(), answer.string()};
  const interactive_runs runs = run_interactive(setup, sreq, ireq);
  const run_result& sr = runs.solution;
  if (sr.interrupted || runs.interactor.interrupted) throw tool_error("interrupted");
  test_outcome o;
  o.name = test.name;
  o.time_ms = sr.cpu_ms;
  o.wall_ms = sr.wall_ms;
  o.memory_kb = sr.memory_kb;
  const check_result said = interactor_verdict(runs.interactor);
  check_result c = run_verdict(sr, setup.limits);
  const bool broken =
      sr.exec_error.empty() && (sr.signal == SIGPIPE || (sr.signal == 0 && sr.exit_code != 0 && runs.broken_pipe));
  if (said.v == verdict::FAIL) {
    c = said;  // the judge's side broke: whatever the solution did after is no verdict on it
  } else if (c.v != verdict::AC) {
    if (broken && (said.v == verdict::WA || said.v == verdict::PE))
      c = {said.v, said.message + " (the solution then wrote to the closed pipe: " +
                       (sr.signal ? signal_name(sr.signal) : fmt::format("exit code {}", sr.exit_code)) + ")"};
  } else {
    c = said;
    if (c.v == verdict::AC && setup.check_after_interactor) c = check_output(setup.checker, input, output, answer);
  }
  o.v = c.v;
  o.message = c.message;
  o.checker_ms = c.ms;
  return o;
}

}  // namespace

test_outcome judge_one(const judge_setup& setup, const test_case& test, const fs::path& work_dir) {
  if (!setup.interactor.empty()) return judge_interactive(setup, test, work_dir);
  test_outcome o;
  o.name = test.name;
  // The output lives only until it is judged (disk stays bounded by the tests in flight).
  static std::atomic<unsigned> counter{0};
  const removed_after out_file{work_dir / fmt::format("out-{}", counter++)};
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

run_limits interactor_limits(const run_limits& solution) {
  run_limits l;
  const double base = solution.wall_seconds > 0 ? solution.wall_seconds : 2 * solution.cpu_seconds + 1;
  l.cpu_seconds = base + 5;
  l.wall_seconds = base + 5;
  l.memory_bytes = 1024ull << 20;
  l.output_bytes = 64ull << 20;
  return l;
}

fs::path prepare_interactor(const std::string& text, const fs::path& base_dir, const compiler_config& cxx,
                            const std::vector<std::string>& includes) {
  fs::path p = text;
  if (p.is_relative()) p = base_dir / p;
  std::error_code ec;
  compiler_config cc = cxx;
  // Its own folder first (`#include "testlib.h"` beside it), then --checker-include.
  cc.include_dirs.insert(cc.include_dirs.begin(), fs::absolute(p, ec).parent_path().string());
  for (const std::string& d : includes) cc.include_dirs.push_back(fs::absolute(d, ec).string());
  return prepare_program(p, cc, "interactor");
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
