#include "judge.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <toml++/toml.h>

#include "bundle.hpp"
#include "compile.hpp"

namespace cpkit_tool {
namespace {

using json = nlohmann::ordered_json;

// ---- small utilities ---------------------------------------------------------------------

// "2" < "10": digit runs compare as numbers.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t i2 = i, j2 = j;
      while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2]))) ++i2;
      while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2]))) ++j2;
      std::string x = a.substr(i, i2 - i), y = b.substr(j, j2 - j);
      x.erase(0, std::min(x.find_first_not_of('0'), x.size()));
      y.erase(0, std::min(y.find_first_not_of('0'), y.size()));
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = i2, j = j2;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i, ++j;
    }
  }
  if ((a.size() - i) != (b.size() - j)) return a.size() - i < b.size() - j;
  return a < b;
}

bool use_color() { return stdout_is_terminal() && std::getenv("NO_COLOR") == nullptr; }

std::string paint(verdict v, bool color) {
  std::string name = verdict_name(v);
  if (!color) return name;
  const char* code = v == verdict::AC ? "32" : (v == verdict::TLE || v == verdict::MLE || v == verdict::OLE) ? "33" : "31";
  return fmt::format("\033[1;{}m{}\033[0m", code, name);
}

std::string pad_right(const std::string& s, std::size_t w) { return s.size() >= w ? s : s + std::string(w - s.size(), ' '); }

std::string human_kb(std::uint64_t kb) {
  if (kb < 1024) return fmt::format("{} KB", kb);
  return fmt::format("{:.1f} MB", static_cast<double>(kb) / 1024.0);
}

fs::path make_work_dir(const std::string& tag) {
  static std::atomic<int> counter{0};
  fs::path d = run_root() / fmt::format("{}-{}", tag, counter++);
  std::error_code ec;
  fs::create_directories(d, ec);
  if (ec) throw tool_error("cannot create " + d.string() + ": " + ec.message());
  return d;
}

struct scoped_dir {
  fs::path path;
  ~scoped_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// A progress line on stderr, only when stderr is a terminal.
struct progress {
  bool on = stderr_is_terminal();
  std::mutex mu;
  void show(const std::string& s) {
    if (!on) return;
    std::lock_guard<std::mutex> lock(mu);
    std::fprintf(stderr, "\r\033[K%s", s.c_str());
    std::fflush(stderr);
  }
  void clear() {
    if (!on) return;
    std::lock_guard<std::mutex> lock(mu);
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
  }
};

// Runs f(i) for i in [0, n) on `jobs` threads.
template <class F>
void parallel_for(std::size_t n, int jobs, F f) {
  std::atomic<std::size_t> next{0};
  std::mutex err_mu;
  std::exception_ptr err;
  auto worker = [&] {
    for (;;) {
      std::size_t i = next++;
      if (i >= n) return;
      try {
        f(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(err_mu);
        if (!err) err = std::current_exception();
        next = n;
      }
    }
  };
  int t = std::max(1, std::min<int>(jobs, static_cast<int>(n)));
  std::vector<std::thread> threads;
  for (int k = 1; k < t; ++k) threads.emplace_back(worker);
  worker();
  for (auto& th : threads) th.join();
  if (err) std::rethrow_exception(err);
}

int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 2 : static_cast<int>(n);
}

}  // namespace

// ---- tests and one run ---------------------------------------------------------------------

namespace {

// A test file must be a readable regular file: a FIFO would hang the judge, a device never ends.
void check_test_file(const fs::path& p) {
  std::error_code ec;
  const fs::file_status st = fs::status(p, ec);
  auto kind = [&]() -> std::string {
    switch (st.type()) {
      case fs::file_type::directory: return "a folder";
      case fs::file_type::fifo: return "a FIFO";
      case fs::file_type::character:
      case fs::file_type::block: return "a device";
      case fs::file_type::socket: return "a socket";
      default: return "not a regular file";
    }
  };
  if (ec || st.type() == fs::file_type::not_found)
    throw tool_error("test file '" + p.string() + "' cannot be read (" +
                     (fs::is_symlink(p, ec) ? std::string("a broken link") : std::string("missing")) + ")");
  if (st.type() != fs::file_type::regular)
    throw tool_error("test file '" + p.string() + "' is " + kind() + ", not a regular file");
  if (::access(p.c_str(), R_OK) != 0)
    throw tool_error("test file '" + p.string() + "' cannot be read (" + std::strerror(errno) + ")");
}

}  // namespace

std::vector<test_case> collect_tests(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw tool_error("tests folder '" + dir.string() + "' not found");
  std::vector<test_case> tests;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".in") continue;
    test_case t;
    t.name = e.path().stem().string();
    t.input = e.path();
    t.answer = e.path();
    t.answer.replace_extension(".out");
    std::error_code ec2;
    if (!fs::exists(t.answer, ec2) && !fs::is_symlink(t.answer, ec2))
      throw tool_error("test '" + t.input.string() + "' has no answer file " + t.answer.filename().string());
    check_test_file(t.input);
    check_test_file(t.answer);
    tests.push_back(t);
  }
  if (ec) throw tool_error("cannot list '" + dir.string() + "': " + ec.message());
  std::sort(tests.begin(), tests.end(), [](const test_case& a, const test_case& b) { return natural_less(a.name, b.name); });
  return tests;
}

test_outcome judge_one(const fs::path& exe, const test_case& test, const run_limits& limits, const checker_spec& checker,
                       const fs::path& work_dir) {
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
  const fs::path& out = out_file.path;
  run_request req;
  req.argv = {exe.string()};
  req.stdin_path = test.input.string();
  req.stdout_path = out.string();
  req.limits = limits;
  run_result r = run_sandboxed(req);
  if (r.interrupted) throw tool_error("interrupted");
  o.time_ms = r.cpu_ms;
  o.wall_ms = r.wall_ms;
  o.memory_kb = r.memory_kb;
  const double tl_ms = limits.cpu_seconds * 1000.0;
  const std::uint64_t ml_kb = limits.memory_bytes / 1024;
  auto fail = [&](verdict v, std::string msg) {
    o.v = v;
    o.message = std::move(msg);
    return o;
  };
  if (!r.exec_error.empty()) return fail(verdict::RE, r.exec_error);
  if (r.killed_memory) return fail(verdict::MLE, fmt::format("memory limit {} exceeded: killed", human_kb(ml_kb)));
  if (r.killed_cpu) return fail(verdict::TLE, fmt::format("CPU time limit {:g} s exceeded: killed", limits.cpu_seconds));
  if (r.killed_wall)
    return fail(verdict::TLE, fmt::format("wall time limit {:g} s exceeded with {:.0f} ms of CPU: it sleeps, waits for input, or the machine is busy",
                                          limits.wall_seconds, r.cpu_ms));
  if (limits.cpu_seconds > 0 && r.cpu_ms > tl_ms)
    return fail(verdict::TLE, fmt::format("CPU time {:.0f} ms over the limit {:.0f} ms", r.cpu_ms, tl_ms));
  if (ml_kb > 0 && r.memory_kb > ml_kb)
    return fail(verdict::MLE, fmt::format("peak memory {} over the limit {}", human_kb(r.memory_kb), human_kb(ml_kb)));
  const bool bad_alloc = r.stderr_head.find("bad_alloc") != std::string::npos;
  if (ml_kb > 0 && bad_alloc && (r.signal != 0 || r.exit_code != 0))
    return fail(verdict::MLE, "memory allocation failed (std::bad_alloc) under the memory limit");
  if (r.output_limit)
    return fail(verdict::OLE, fmt::format("output limit {} exceeded", human_kb(limits.output_bytes / 1024)));
  auto stderr_tail = [&]() -> std::string {
    std::string s = r.stderr_head;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    if (s.empty()) return "";
    std::size_t nl = s.rfind('\n');
    std::string last = nl == std::string::npos ? s : s.substr(nl + 1);
    if (last.size() > 200) last = last.substr(0, 200) + "...";
    return "; stderr: " + last;
  };
  if (r.signal != 0) return fail(verdict::RE, "killed by " + signal_name(r.signal) + stderr_tail());
  if (r.exit_code != 0) return fail(verdict::RE, fmt::format("exit code {}", r.exit_code) + stderr_tail());
  check_result c = check_output(checker, test.input, out, test.answer);
  o.v = c.v;
  o.message = c.message;
  return o;
}

namespace {

// ---- problems -------------------------------------------------------------------------------

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
  std::optional<generate_spec> generate;
};

// The largest values a flag or problem.toml key may take: an hour of CPU, 1 TiB.
constexpr double k_max_seconds = 3600;
constexpr double k_max_mib = 1 << 20;
constexpr int k_max_jobs = 1024;

[[noreturn]] void config_error(const fs::path& file, const std::string& what) {
  throw tool_error(file.string() + ": " + what);
}

double positive_number(const toml::node& n, const fs::path& file, const std::string& key, double max) {
  std::optional<double> v = n.value<double>();
  if (!v || !(*v > 0) || !(*v <= max)) {
    auto line = n.source().begin.line;
    config_error(file, fmt::format("line {}: '{}' must be a positive number, at most {:g}", line, key, max));
  }
  return *v;
}

std::string string_value(const toml::node& n, const fs::path& file, const std::string& key) {
  std::optional<std::string> v = n.value<std::string>();
  if (!v || v->empty()) config_error(file, fmt::format("line {}: '{}' must be a non-empty string", n.source().begin.line, key));
  return *v;
}

problem load_problem(const fs::path& dir_in) {
  std::error_code ec;
  if (!fs::is_directory(dir_in, ec)) throw tool_error("problem folder '" + dir_in.string() + "' not found");
  problem p;
  p.dir = fs::absolute(dir_in, ec).lexically_normal();
  if (p.dir.filename().empty()) p.dir = p.dir.parent_path();
  p.id = p.dir.filename().string();
  p.solution = p.dir / "solution.cpp";
  const fs::path file = p.dir / "problem.toml";
  if (fs::exists(file, ec)) {
    toml::table t;
    try {
      t = toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
      config_error(file, fmt::format("line {}, column {}: {}", e.source().begin.line, e.source().begin.column, e.description()));
    }
    for (auto&& [key, node] : t) {
      const std::string k(key.str());
      if (k == "time_limit") p.time_limit = positive_number(node, file, k, k_max_seconds);
      else if (k == "memory_limit") p.memory_limit_mb = positive_number(node, file, k, k_max_mib);
      else if (k == "output_limit") p.output_limit_mb = positive_number(node, file, k, k_max_mib);
      else if (k == "checker") p.checker = string_value(node, file, k);
      else if (k == "solution") p.solution = p.dir / string_value(node, file, k);
      else if (k == "generate") {
        const toml::table* g = node.as_table();
        if (!g) config_error(file, fmt::format("line {}: 'generate' must be a table ([generate])", node.source().begin.line));
        generate_spec gs;
        for (auto&& [gkey, gnode] : *g) {
          const std::string gk(gkey.str());
          if (gk == "generator") gs.generator = string_value(gnode, file, "generate." + gk);
          else if (gk == "answers") gs.answers = string_value(gnode, file, "generate." + gk);
          else if (gk == "tests") {
            const toml::array* arr = gnode.as_array();
            if (!arr) config_error(file, fmt::format("line {}: 'generate.tests' must be an array of strings", gnode.source().begin.line));
            for (auto&& el : *arr) {
              auto s = el.value<std::string>();
              if (!s) config_error(file, fmt::format("line {}: 'generate.tests' must hold strings (the generator's arguments)", el.source().begin.line));
              gs.args.push_back(*s);
            }
          } else {
            config_error(file, fmt::format("line {}: unknown key 'generate.{}' (known: generator, answers, tests)",
                                           gnode.source().begin.line, gk));
          }
        }
        p.generate = gs;
      } else {
        config_error(file, fmt::format("line {}: unknown key '{}' (known: time_limit, memory_limit, output_limit, checker, "
                                       "solution, [generate])", node.source().begin.line, k));
      }
    }
  }
  if (!fs::exists(p.solution, ec)) throw tool_error("problem '" + p.id + "': solution '" + p.solution.string() + "' not found");
  return p;
}

std::string file_hash(const fs::path& p) { return content_hash(read_file(p)); }

// Generators and answers programs (trusted, but limited like everything the judge runs).
run_limits generator_limits() {
  run_limits l;
  l.cpu_seconds = 60;
  l.wall_seconds = 120;
  l.memory_bytes = 2048ull << 20;
  l.output_bytes = 512ull << 20;
  return l;
}

// A trusted helper program (generator, answers, brute force) must exit 0 within its limits;
// empty when it did, else why not.
std::string helper_failure(const run_result& r) {
  if (!r.exec_error.empty()) return r.exec_error;
  if (r.signal) return signal_name(r.signal);
  if (r.exit_code) return fmt::format("exit code {}", r.exit_code);
  if (r.killed_cpu || r.killed_wall) return "time limit exceeded";
  if (r.killed_memory) return "memory limit exceeded";
  if (r.output_limit) return "output limit exceeded";
  return "";
}

// Generated tests: made by the generator, answered by the answers program, cached by the
// programs' binaries and the arguments.
std::vector<test_case> generated_tests(const problem& p, const compiler_config& cxx, int jobs, progress& prog) {
  if (!p.generate || p.generate->args.empty()) return {};
  const generate_spec& g = *p.generate;
  fs::path gen = prepare_program(p.dir / g.generator, cxx, "generator");
  fs::path ans = prepare_program(p.dir / g.answers, cxx, "answers program");
  std::string key_base = file_hash(gen) + file_hash(ans);
  std::vector<test_case> tests(g.args.size());
  const fs::path dir = cache_dir() / "tests" / p.id;
  std::error_code ec;
  fs::create_directories(dir, ec);
  parallel_for(g.args.size(), jobs, [&](std::size_t i) {
    test_case& t = tests[i];
    t.name = fmt::format("gen-{}", i + 1);
    const std::string key = content_hash(key_base + '\0' + g.args[i]);
    t.input = dir / (key + ".in");
    t.answer = dir / (key + ".out");
    if (fs::exists(t.answer, ec) && fs::exists(t.input, ec)) return;
    prog.show(fmt::format("{}: generating test {} ({})", p.id, t.name, g.args[i]));
    const run_limits lim = generator_limits();
    const fs::path tmp_in = dir / (key + ".in.tmp" + std::to_string(::getpid()));
    const fs::path tmp_out = dir / (key + ".out.tmp" + std::to_string(::getpid()));
    run_request rq;
    rq.argv.push_back(gen.string());
    for (auto& a : split_flags(g.args[i])) rq.argv.push_back(a);
    rq.stdout_path = tmp_in.string();
    rq.limits = lim;
    run_result r = run_sandboxed(rq);
    if (r.interrupted) throw tool_error("interrupted");
    if (std::string why = helper_failure(r); !why.empty()) {
      fs::remove(tmp_in, ec);
      throw tool_error(fmt::format("problem '{}': the generator failed on arguments '{}' ({})", p.id, g.args[i], why));
    }
    run_request ra;
    ra.argv = {ans.string()};
    ra.stdin_path = tmp_in.string();
    ra.stdout_path = tmp_out.string();
    ra.limits = lim;
    r = run_sandboxed(ra);
    if (r.interrupted) throw tool_error("interrupted");
    if (std::string why = helper_failure(r); !why.empty()) {
      fs::remove(tmp_in, ec);
      fs::remove(tmp_out, ec);
      throw tool_error(fmt::format("problem '{}': the answers program {} failed on generated test '{}' ({})", p.id,
                                   g.answers, g.args[i], why));
    }
    fs::rename(tmp_in, t.input, ec);
    fs::rename(tmp_out, t.answer, ec);
  });
  return tests;
}

// ---- judging a solution on a set of tests ---------------------------------------------------

struct judge_options {
  std::string cxx, cxxflags;
  std::string checker;  // overrides the problem's
  double tl = -1, ml = -1, ol = -1, wall = -1, stack = -1;
  double compile_tl = 60, compile_ml = 2048;
  int jobs = 0;
  bool isolation = false;
  bool json = false;
  bool bundle = false;
  bool verbose = false;
  std::string junit;
};

struct report {
  std::string problem;      // empty for --solution/--tests runs
  std::string solution;
  verdict v = verdict::AC;
  std::string message;      // CE text, or a setup error
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

report run_solution(const std::string& problem_id, const fs::path& solution, std::vector<test_case> tests,
                    const run_limits& limits, const checker_spec& checker, const judge_options& o, progress& prog) {
  report rep;
  rep.problem = problem_id;
  rep.solution = solution.string();
  compiler_config cxx = make_compiler(o);
  fs::path exe;
  if (is_cpp_source(solution)) {
    fs::path src = solution;
    if (o.bundle) {
      bundle_options bo;
      std::string text = bundle_source(solution, bo);
      src = cache_dir() / "bundled" / (content_hash(text) + "-" + solution.filename().string());
      write_file_atomic(src, text);
      cxx.include_dirs.clear();  // the bundle must compile with no include path
    }
    prog.show(fmt::format("{}: compiling {}", problem_id.empty() ? solution.filename().string() : problem_id, solution.filename().string()));
    compile_result c = compile_cpp(src, cxx);
    rep.compile_seconds = c.seconds;
    rep.compile_cached = c.cached;
    if (!c.ok) {
      rep.v = verdict::CE;
      rep.message = c.message;
      return rep;
    }
    exe = c.executable;
  } else {
    exe = prepare_program(solution, cxx, "solution");
  }
  rep.tests.resize(tests.size());
  std::atomic<int> done{0};
  const std::string label = problem_id.empty() ? solution.filename().string() : problem_id;
  const fs::path work = run_root();
  parallel_for(tests.size(), o.jobs, [&](std::size_t i) {
    rep.tests[i] = judge_one(exe, tests[i], limits, checker, work);
    int d = ++done;
    prog.show(fmt::format("{}: {}/{} tests", label, d, tests.size()));
  });
  for (auto& t : rep.tests)
    if (t.v != verdict::AC) {
      rep.v = t.v;
      break;
    }
  return rep;
}

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
                     {"message", t.message}});
  j["tests"] = tests;
  return j;
}

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '&': o += "&amp;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 32 && c != '\n' && c != '\t') o += ' ';
        else o += c;
    }
  }
  return o;
}

void write_junit(const std::string& path, const std::vector<report>& reports) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  for (auto& r : reports) {
    std::string name = r.problem.empty() ? r.solution : r.problem;
    int failures = 0;
    double total = 0;
    for (auto& t : r.tests) failures += t.v != verdict::AC, total += t.time_ms;
    if (r.v == verdict::CE) failures = 1;
    x += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" time=\"{:.3f}\">\n", xml_escape(name),
                     r.v == verdict::CE ? 1 : r.tests.size(), failures, total / 1000.0);
    if (r.v == verdict::CE)
      x += fmt::format("    <testcase name=\"compile\" classname=\"{}\"><failure message=\"CE\">{}</failure></testcase>\n",
                       xml_escape(name), xml_escape(r.message));
    for (auto& t : r.tests) {
      x += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{:.3f}\"", xml_escape(t.name), xml_escape(name),
                       t.time_ms / 1000.0);
      if (t.v == verdict::AC) {
        x += "/>\n";
      } else {
        x += fmt::format("><failure message=\"{}\">{}</failure></testcase>\n", verdict_name(t.v), xml_escape(t.message));
      }
    }
    x += "  </testsuite>\n";
  }
  x += "</testsuites>\n";
  write_file_atomic(path, x);
}

// Prefixes every line of s; a trailing newline is kept without a dangling prefix.
std::string indent(const std::string& s, const std::string& pre) {
  std::string o = pre;
  for (std::size_t i = 0; i < s.size(); ++i) {
    o += s[i];
    if (s[i] == '\n' && i + 1 < s.size()) o += pre;
  }
  return o;
}

void print_table(const report& r, const run_limits& lim, const std::string& checker_desc) {
  const bool color = use_color();
  std::string head = r.problem.empty() ? r.solution : r.problem;
  fmt::print("{}: {} tests, time limit {:g} s, memory limit {}, checker {}{}\n", head, r.tests.size(), lim.cpu_seconds,
             human_kb(lim.memory_bytes / 1024), checker_desc,
             r.compile_cached ? ", compiled (cached)" : fmt::format(", compiled in {:.1f} s", r.compile_seconds));
  if (r.v == verdict::CE) {
    fmt::print("{} compile error:\n{}\n", paint(verdict::CE, color), indent(r.message, "    "));
    return;
  }
  std::size_t w = 4;
  for (auto& t : r.tests) w = std::max(w, t.name.size());
  fmt::print("  {}  {}  {:>9}  {:>9}  {:>10}\n", pad_right("test", w), "verdict", "time", "wall", "memory");
  for (auto& t : r.tests) {
    std::string v = paint(t.v, color);
    std::string vpad(7 - std::string(verdict_name(t.v)).size(), ' ');
    fmt::print("  {}  {}{}  {:>6.0f} ms  {:>6.0f} ms  {:>10}\n", pad_right(t.name, w), v, vpad, t.time_ms, t.wall_ms,
               human_kb(t.memory_kb));
    if (t.v != verdict::AC && !t.message.empty()) fmt::print("{}\n", indent(t.message, "      "));
  }
}

std::pair<int, int> count_tests(const report& r) {
  int pass = 0, fail = 0;
  if (r.v == verdict::CE) return {0, 1};
  for (auto& t : r.tests) (t.v == verdict::AC ? pass : fail)++;
  return {pass, fail};
}

// The limits of every kind of program the judge runs (for --isolation).
std::string limits_report() {
  const run_limits ck = checker_limits();
  const compiler_config cc;
  const run_limits gen = generator_limits();
  const run_limits sol;
  return fmt::format(
      "limits (CPU time summed over the process tree; memory resident over the tree):\n"
      "  solution: --tl (default 2 s CPU), --wall (2*tl+1 s), --ml (256 MiB), --stack (the memory limit), "
      "--ol (64 MiB), {} processes and threads\n"
      "  checker: {:g} s CPU, {:g} s wall, {} MiB, {} MiB output, {} processes\n"
      "  compiler: --compile-tl (default {:g} s CPU, wall 2x+10 s), --compile-ml ({} MiB), {} MiB output, {} processes\n"
      "  generator and answers program: {:g} s CPU, {:g} s wall, {} MiB, {} MiB output\n"
      "  stress brute force: max(10, 5*tl) s CPU, the solution's memory limit\n",
      sol.processes, ck.cpu_seconds, ck.wall_seconds, ck.memory_bytes >> 20, ck.output_bytes >> 20, ck.processes,
      cc.time_limit, cc.memory_limit >> 20, cc.output_limit >> 20, cc.processes, gen.cpu_seconds, gen.wall_seconds,
      gen.memory_bytes >> 20, gen.output_bytes >> 20);
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

int judge_command(const std::vector<std::string>& dirs_in, const std::string& solution, const std::string& tests_dir,
                  judge_options o) {
  if (o.isolation) {
    fmt::print("{}{}", isolation_report(), limits_report());
    return 0;
  }
  if (o.jobs <= 0) o.jobs = default_jobs();
  install_interrupt_handling();
  progress prog;
  if (o.json) prog.on = false;
  std::vector<report> reports;
  std::vector<std::string> checker_descs;
  std::vector<run_limits> limits_used;

  if (!solution.empty() || !tests_dir.empty()) {
    if (solution.empty() || tests_dir.empty()) throw tool_error("--solution and --tests go together");
    if (!dirs_in.empty()) throw tool_error("give either problem folders or --solution/--tests, not both");
    std::error_code ec;
    if (!fs::exists(solution, ec)) throw tool_error("solution '" + solution + "' not found");
    auto tests = collect_tests(tests_dir);
    if (tests.empty()) throw tool_error("no tests (NAME.in with NAME.out) in '" + tests_dir + "'");
    compiler_config cxx = make_compiler(o);
    checker_spec ck = parse_checker(o.checker.empty() ? "tokens" : o.checker, fs::current_path(), cxx);
    run_limits lim = limits_for(2.0, 256, 64, o);
    reports.push_back(run_solution("", solution, tests, lim, ck, o, prog));
    checker_descs.push_back(ck.describe());
    limits_used.push_back(lim);
  } else {
    std::vector<fs::path> dirs;
    if (dirs_in.empty()) {
      fs::path root = cpkit_root() / "problems";
      std::error_code ec;
      if (!fs::is_directory(root, ec)) throw tool_error("no problems folder at " + root.string());
      for (auto& e : fs::directory_iterator(root, ec))
        if (e.is_directory() && fs::exists(e.path() / "problem.toml")) dirs.push_back(e.path());
      std::sort(dirs.begin(), dirs.end());
      if (dirs.empty()) throw tool_error("no problems (folders with problem.toml) under " + root.string());
    } else {
      for (auto& d : dirs_in) dirs.push_back(d);
    }
    // Load every config first: a malformed file is reported before any work starts.
    std::vector<problem> probs;
    for (auto& d : dirs) probs.push_back(load_problem(d));
    compiler_config cxx = make_compiler(o);
    for (auto& p : probs) {
      checker_spec ck = parse_checker(o.checker.empty() ? p.checker : o.checker, p.dir, cxx);
      std::vector<test_case> tests;
      std::error_code ec;
      if (fs::is_directory(p.dir / "tests", ec)) tests = collect_tests(p.dir / "tests");
      auto gen = generated_tests(p, cxx, o.jobs, prog);
      tests.insert(tests.end(), gen.begin(), gen.end());
      if (tests.empty()) throw tool_error("problem '" + p.id + "' has no tests");
      run_limits lim = limits_for(p.time_limit, p.memory_limit_mb, p.output_limit_mb, o);
      reports.push_back(run_solution(p.id, p.solution, tests, lim, ck, o, prog));
      checker_descs.push_back(ck.describe());
      limits_used.push_back(lim);
      if (probs.size() > 1 || dirs_in.empty()) {
        // Many problems: one line each, as they finish.
        prog.clear();
        if (!o.json) {
          const report& r = reports.back();
          auto [pass, fail] = count_tests(r);
          double max_ms = 0;
          std::uint64_t max_kb = 0;
          for (auto& t : r.tests) max_ms = std::max(max_ms, t.time_ms), max_kb = std::max(max_kb, t.memory_kb);
          fmt::print("{}  {}  {}/{} tests  max {:.0f} ms  {}\n", pad_right(paint(r.v, use_color()), use_color() ? 15 : 4),
                     pad_right(r.problem, 28), pass, pass + fail, max_ms, human_kb(max_kb));
          if (r.v == verdict::CE) fmt::print("{}\n", indent(r.message, "      "));
          for (auto& t : r.tests)
            if (t.v != verdict::AC) {
              fmt::print("      first failure: test {}: {}\n{}\n", t.name, verdict_name(t.v), indent(t.message, "        "));
              break;
            }
          std::fflush(stdout);
        }
      }
    }
  }
  prog.clear();
  const bool many = reports.size() > 1 || (dirs_in.empty() && solution.empty() && tests_dir.empty());
  int passed = 0, failed = 0;
  for (auto& r : reports) {
    auto [p, f] = count_tests(r);
    if (many) (r.v == verdict::AC ? passed : failed)++;
    else passed += p, failed += f;
  }
  if (!o.junit.empty()) write_junit(o.junit, reports);
  if (o.json) {
    if (!many) {
      std::cout << report_json(reports[0]).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    } else {
      json arr = json::array();
      for (auto& r : reports) arr.push_back(report_json(r));
      json top = {{"verdict", failed == 0 ? "AC" : "WA"}, {"problems", arr}};
      for (auto& r : reports)
        if (r.v != verdict::AC) {
          top["verdict"] = verdict_name(r.v);
          break;
        }
      std::cout << top.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    }
  } else {
    if (!many) print_table(reports[0], limits_used[0], checker_descs[0]);
    if (many) fmt::print("{} problems: ", reports.size());
    fmt::print("{} passed, {} failed\n", passed, failed);
  }
  return failed == 0 ? 0 : 1;
}

// ---- stress -----------------------------------------------------------------------------------

int stress_command(const std::string& gen_path, const std::string& brute_path, const std::string& sol_path,
                   const std::string& checker_text, int count, double tl, double ml, const std::string& save_dir,
                   const judge_options& o) {
  install_interrupt_handling();
  compiler_config cxx = make_compiler(o);
  progress prog;
  prog.show("stress: compiling");
  fs::path gen = prepare_program(gen_path, cxx, "generator");
  fs::path brute = prepare_program(brute_path, cxx, "brute force");
  fs::path sol = prepare_program(sol_path, cxx, "solution");
  checker_spec ck = parse_checker(checker_text.empty() ? "tokens" : checker_text, fs::current_path(), cxx);
  run_limits lim;
  lim.cpu_seconds = tl > 0 ? tl : 2.0;
  lim.wall_seconds = 2 * lim.cpu_seconds + 1;
  lim.memory_bytes = static_cast<std::uint64_t>((ml > 0 ? ml : 256) * 1024 * 1024);
  run_limits slow = lim;  // the brute force may be slow; give it room
  slow.cpu_seconds = std::max(10.0, 5 * lim.cpu_seconds);
  slow.wall_seconds = 2 * slow.cpu_seconds + 1;
  scoped_dir work{make_work_dir("stress")};
  const fs::path in = work.path / "input.in", ans = work.path / "input.out";
  auto t0 = std::chrono::steady_clock::now();
  for (int seed = 1; seed <= count; ++seed) {
    prog.show(fmt::format("stress: seed {}/{}", seed, count));
    run_request g;
    g.argv = {gen.string(), std::to_string(seed)};
    g.stdout_path = in.string();
    g.limits = slow;
    run_result r = run_sandboxed(g);
    if (r.interrupted) throw tool_error("interrupted");
    if (std::string why = helper_failure(r); !why.empty())
      throw tool_error(fmt::format("the generator failed on seed {} ({})", seed, why));
    run_request b;
    b.argv = {brute.string()};
    b.stdin_path = in.string();
    b.stdout_path = ans.string();
    b.limits = slow;
    r = run_sandboxed(b);
    if (r.interrupted) throw tool_error("interrupted");
    if (std::string why = helper_failure(r); !why.empty())
      throw tool_error(fmt::format("the brute force failed on seed {} ({}); fix it or the generator first", seed, why));
    test_case t{fmt::format("seed-{}", seed), in, ans};
    test_outcome out = judge_one(sol, t, lim, ck, work.path);
    if (out.v == verdict::AC) continue;
    prog.clear();
    fs::path dest = save_dir.empty() ? fs::path("stress-tests") : fs::path(save_dir);
    std::error_code ec;
    fs::create_directories(dest, ec);
    const fs::path din = dest / fmt::format("stress-{}.in", seed), dout = dest / fmt::format("stress-{}.out", seed);
    write_file_atomic(din, read_file(in));
    write_file_atomic(dout, read_file(ans));
    fmt::print("seed {}: {}{}\n", seed, verdict_name(out.v), out.message.empty() ? "" : "\n" + indent(out.message, "  "));
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
    return 1;
  }
  prog.clear();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("stress: {} seeds agree with the brute force ({:.1f} s)\n{} passed, 0 failed\n", count, secs, count);
  return 0;
}

// ---- new ----------------------------------------------------------------------------------------

int new_command(const std::string& id, const std::string& dir_opt) {
  // Lowercase words joined by single dashes: [a-z0-9]+(-[a-z0-9]+)*
  bool ok = !id.empty() && id.front() != '-' && id.back() != '-' && id.find("--") == std::string::npos;
  for (char c : id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok)
    throw tool_error("problem id '" + id + "' must be lowercase words joined by '-', like maximum-gap");
  fs::path root = dir_opt.empty() ? cpkit_root() / "problems" : fs::path(dir_opt);
  fs::path d = root / id;
  std::error_code ec;
  if (fs::exists(d, ec)) throw tool_error(d.string() + " already exists");
  write_file_atomic(d / "README.md", fmt::format(
      "# {}\n\nStatement in our own words.\n\n## Input\n\n## Output\n\n## Limits\n\n## Sample\n\n"
      "## Headers used\n", id));
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
  fmt::print("created {} (README.md, problem.toml, solution.cpp, tests/1.in, tests/1.out)\n", d.string());
  fmt::print("judge it with: ./cpkit judge {}\n", d.string());
  return 0;
}

}  // namespace

namespace {

struct flag_bounds {
  const char* name;
  double max;
};

// Every limit given on the command line: a positive finite number, at most its bound.
void checked_flags(const std::vector<std::pair<CLI::Option*, flag_bounds>>& flags) {
  for (const auto& [opt, b] : flags) {
    if (opt->count() == 0) continue;
    const double v = opt->as<double>();
    if (!(v > 0) || !(v <= b.max))
      throw tool_error(fmt::format("{} must be a positive number, at most {:g} (got {})", b.name, b.max,
                                   opt->results().empty() ? std::string("?") : opt->results().back()));
  }
}

}  // namespace

void register_judge_commands(CLI::App& app) {
  auto opts = std::make_shared<judge_options>();
  auto dirs = std::make_shared<std::vector<std::string>>();
  auto solution = std::make_shared<std::string>();
  auto tests = std::make_shared<std::string>();

  auto add_compiler_opts = [opts](CLI::App* sub) {
    sub->add_option("--cxx", opts->cxx, "compiler (default $CPKIT_CXX or g++)");
    sub->add_option("--cxxflags", opts->cxxflags, "compiler flags (default $CPKIT_CXXFLAGS or \"-std=gnu++17 -O2\")");
  };

  CLI::App* judge = app.add_subcommand("judge", "judge a solution on tests, like an online judge");
  judge->add_option("problems", *dirs, "problem folders (default: every folder under problems/)");
  judge->add_option("--solution", *solution, "a solution (.cpp or executable) to judge on --tests");
  judge->add_option("--tests", *tests, "a folder of NAME.in / NAME.out");
  judge->add_option("--checker", opts->checker, "tokens | lines | exact | real:TOL | PATH (.cpp or executable)");
  // Limits are checked after parsing (checked_flags): one error line naming the flag.
  auto flags = std::make_shared<std::vector<std::pair<CLI::Option*, flag_bounds>>>();
  auto limit = [&](const char* name, double& into, const char* help, double max) {
    flags->push_back({judge->add_option(name, into, help), {name, max}});
  };
  limit("--tl", opts->tl, "CPU time limit per test, seconds (default: problem.toml, else 2)", k_max_seconds);
  limit("--ml", opts->ml, "memory limit of the whole process tree, MiB (default: problem.toml, else 256)", k_max_mib);
  limit("--ol", opts->ol, "output limit, MiB (default 64)", k_max_mib);
  limit("--wall", opts->wall, "wall time limit, seconds (default 2*tl+1)", 10 * k_max_seconds);
  limit("--stack", opts->stack, "stack size, MiB (default: the memory limit)", k_max_mib);
  limit("--compile-tl", opts->compile_tl, "CPU time limit of the compiler, seconds (default 60)", k_max_seconds);
  limit("--compile-ml", opts->compile_ml, "memory limit of the compiler, MiB (default 2048)", k_max_mib);
  CLI::Option* jobs_opt =
      judge->add_option("-j,--jobs", opts->jobs, "tests run in parallel (default: number of cores; 1 for stable timing)");
  judge->add_flag("--isolation", opts->isolation, "print how runs are isolated on this machine, and the limits, then exit");
  judge->add_flag("--json", opts->json, "print only JSON on stdout");
  judge->add_option("--junit", opts->junit, "also write JUnit XML to this file");
  judge->add_flag("--bundle", opts->bundle, "judge the bundled single-file version of the solution");
  add_compiler_opts(judge);
  judge->callback([=] {
    checked_flags(*flags);
    if (jobs_opt->count() > 0 && (opts->jobs < 1 || opts->jobs > k_max_jobs))
      throw tool_error(fmt::format("-j/--jobs must be between 1 and {} (got {})", k_max_jobs, opts->jobs));
    std::exit(judge_command(*dirs, *solution, *tests, *opts));
  });

  auto gen = std::make_shared<std::string>(), brute = std::make_shared<std::string>(),
       sol = std::make_shared<std::string>(), save = std::make_shared<std::string>(),
       checker = std::make_shared<std::string>();
  auto count = std::make_shared<int>(100);
  auto tl = std::make_shared<double>(-1), ml = std::make_shared<double>(-1);
  CLI::App* stress = app.add_subcommand("stress", "random tests against a brute force until the first disagreement");
  stress->add_option("--gen", *gen, "generator: run as GEN SEED, writes one input")->required();
  stress->add_option("--brute", *brute, "the obvious slow solution")->required();
  stress->add_option("--solution", *sol, "the solution under test")->required();
  stress->add_option("--checker", *checker, "tokens | lines | exact | real:TOL | PATH");
  CLI::Option* count_opt = stress->add_option("--count", *count, "seeds 1..N (default 100)");
  auto stress_flags = std::make_shared<std::vector<std::pair<CLI::Option*, flag_bounds>>>();
  stress_flags->push_back(
      {stress->add_option("--tl", *tl, "CPU time limit for the solution, seconds (default 2)"), {"--tl", k_max_seconds}});
  stress_flags->push_back({stress->add_option("--ml", *ml, "memory limit, MiB (default 256)"), {"--ml", k_max_mib}});
  stress->add_option("--save", *save, "where the failing test is saved (default ./stress-tests)");
  add_compiler_opts(stress);
  stress->callback([=] {
    checked_flags(*stress_flags);
    if (count_opt->count() > 0 && (*count < 1 || *count > 100000000))
      throw tool_error(fmt::format("--count must be between 1 and 100000000 (got {})", *count));
    std::exit(stress_command(*gen, *brute, *sol, *checker, *count, *tl, *ml, *save, *opts));
  });

  auto id = std::make_shared<std::string>(), where = std::make_shared<std::string>();
  CLI::App* make = app.add_subcommand("new", "scaffold problems/ID");
  make->add_option("id", *id, "problem id, like maximum-gap")->required();
  make->add_option("--dir", *where, "parent folder (default: the problems/ folder of the checkout)");
  make->callback([=] { std::exit(new_command(*id, *where)); });
}

}  // namespace cpkit_tool
