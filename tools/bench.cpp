#include "bench.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fmt/format.h>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "common.hpp"
#include "sandbox.hpp"

namespace cpkit_tool {
namespace {

using json = nlohmann::ordered_json;

struct bench_options {
  std::string dir;
  std::vector<std::string> modules;
  int repetitions = 5;
  double min_time = 0;
  std::string filter;
  bool json_out = false;
  bool check = false;
};

// bench/<module>_bench programs in the build folder.
std::vector<std::pair<std::string, fs::path>> find_programs(const bench_options& o) {
  fs::path dir = o.dir.empty() ? cpkit_root() / "build" / "bench" : fs::path(o.dir);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw tool_error("no benchmark programs in " + dir.string() + " (build them with ./cpkit bench)");
  std::map<std::string, fs::path> all;
  for (auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    const std::string suf = "_bench";
    if (n.size() > suf.size() && n.compare(n.size() - suf.size(), suf.size(), suf) == 0 && e.is_regular_file() &&
        ::access(e.path().c_str(), X_OK) == 0)
      all[n.substr(0, n.size() - suf.size())] = e.path();
  }
  std::vector<std::pair<std::string, fs::path>> out;
  if (o.modules.empty()) {
    for (auto& kv : all) out.push_back(kv);
  } else {
    for (std::string m : o.modules) {
      if (m.size() > 6 && m.compare(m.size() - 6, 6, "_bench") == 0) m.resize(m.size() - 6);
      auto it = all.find(m);
      if (it == all.end()) {
        std::string known;
        for (auto& kv : all) known += (known.empty() ? "" : ", ") + kv.first;
        throw tool_error("no benchmark for module '" + m + "' (known: " + (known.empty() ? "none" : known) + ")");
      }
      out.push_back(*it);
    }
  }
  if (out.empty()) throw tool_error("no benchmark programs in " + dir.string());
  return out;
}

struct name_parts {
  std::string case_name, impl;
  long long size = 0;
};

bool parse_name(const std::string& n, name_parts& p) {
  // <case>/<impl>/<size>: [a-z0-9_]+ / [a-z0-9_]+ / [0-9]+
  auto word = [](const std::string& w, bool digits_only) {
    if (w.empty() || w.size() > 64) return false;
    for (char c : w)
      if (!(std::isdigit(static_cast<unsigned char>(c)) || (!digits_only && ((c >= 'a' && c <= 'z') || c == '_'))))
        return false;
    return true;
  };
  const std::size_t a = n.find('/'), b = a == std::string::npos ? a : n.find('/', a + 1);
  if (b == std::string::npos || n.find('/', b + 1) != std::string::npos) return false;
  p.case_name = n.substr(0, a);
  p.impl = n.substr(a + 1, b - a - 1);
  const std::string size = n.substr(b + 1);
  if (!word(p.case_name, false) || !word(p.impl, false) || !word(size, true) || size.size() > 18) return false;
  p.size = std::stoll(size);
  return true;
}

struct captured {
  std::string out, err;
};

std::string program_failure(const fs::path& prog, const run_result& r) {
  std::string err = r.stderr_head.substr(0, 600);
  for (char& c : err)
    if (c == '\n' || c == '\r') c = ' ';
  return fmt::format("{} failed ({}): {}", prog.filename().string(),
                     r.signal ? signal_name(r.signal) : fmt::format("exit code {}", r.exit_code), err);
}

captured run_capture(const fs::path& prog, const std::vector<std::string>& args, double wall_seconds) {
  fs::path out = cache_dir() / "runs" / fmt::format("bench-{}.json", ::getpid());
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  run_request rq;
  rq.argv.push_back(prog.string());
  rq.argv.insert(rq.argv.end(), args.begin(), args.end());
  rq.stdout_path = out.string();
  rq.limits.cpu_seconds = 0;
  rq.limits.wall_seconds = wall_seconds;
  rq.limits.memory_bytes = 0;
  rq.limits.output_bytes = 0;
  run_result r = run_sandboxed(rq);
  captured c;
  try {
    c.out = read_file(out);
  } catch (const tool_error&) {
  }
  fs::remove(out, ec);
  c.err = r.stderr_head;
  if (r.interrupted) throw tool_error("interrupted");
  if (!r.exec_error.empty()) throw tool_error(r.exec_error);
  if (r.killed_wall) throw tool_error(fmt::format("{} took over {:.0f} s; stopped", prog.filename().string(), wall_seconds));
  if (r.signal || r.exit_code) throw tool_error(program_failure(prog, r));
  return c;
}

// The judge module's benchmarks run once per repetition on the wall clock (the work is in child
// processes): Google Benchmark appends "/iterations:1/real_time" to their names; drop it.
void judge_module_name(const std::string& module, std::string& name) {
  if (module != "judge") return;
  for (const std::string suffix : {"/real_time", "/iterations:1"})
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      name.resize(name.size() - suffix.size());
}

// Google Benchmark writes a non-finite double as a bare NaN, -NaN, Infinity or -Infinity (older
// versions: nan, inf), which is not JSON: the coefficient of variation of a counter that is zero
// in every repetition is NaN. Every such token outside a string becomes null ("-" in the table).
std::string nonfinite_to_null(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size()) out += text[++i];
      else if (c == '"') in_string = false;
      ++i;
      continue;
    }
    if (c == '"') {
      in_string = true;
      out += c;
      ++i;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {  // a number, exponent included ("1e-05")
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '.' ||
                                 ((text[i] == '-' || text[i] == '+') && (text[i - 1] == 'e' || text[i - 1] == 'E'))))
        out += text[i++];
      continue;
    }
    std::size_t j = i + ((c == '-' || c == '+') ? 1 : 0);
    std::size_t k = j;
    while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
    std::string word = text.substr(j, k - j);
    for (char& w : word) w = static_cast<char>(std::tolower(static_cast<unsigned char>(w)));
    if (word == "nan" || word == "inf" || word == "infinity") {
      out += "null";
    } else {
      out.append(text, i, std::max(k, i + 1) - i);  // true, false, null, or punctuation
    }
    i = std::max(k, i + 1);
  }
  return out;
}

// A number from a benchmark record, NaN when it is missing, null (non-finite) or not a number.
double number(const json& b, const char* key) {
  auto it = b.find(key);
  if (it == b.end() || !it->is_number()) return std::numeric_limits<double>::quiet_NaN();
  return it->get<double>();
}

double to_ns(double v, const std::string& unit) {
  if (unit == "ns") return v;
  if (unit == "us") return v * 1e3;
  if (unit == "ms") return v * 1e6;
  if (unit == "s") return v * 1e9;
  return v;
}

// Our own words for std::regex's error codes (its what() texts are the library's).
std::string regex_problem(std::regex_constants::error_type code) {
  namespace rc = std::regex_constants;
  if (code == rc::error_paren) return "unbalanced parenthesis";
  if (code == rc::error_brack) return "unbalanced [ ]";
  if (code == rc::error_brace || code == rc::error_badbrace) return "bad { } repeat";
  if (code == rc::error_badrepeat) return "a *, + or ? with nothing to repeat";
  if (code == rc::error_escape) return "bad escape";
  if (code == rc::error_range) return "bad character range";
  if (code == rc::error_ctype || code == rc::error_collate) return "bad character class";
  if (code == rc::error_backref) return "bad back reference";
  return "too complex";
}

// Google Benchmark compiles --benchmark_filter as a POSIX extended regex (a leading '-' negates);
// check it here, so a typo is an error and not an empty table.
void check_filter(const std::string& filter) {
  if (filter.empty()) return;
  const std::string re = filter[0] == '-' ? filter.substr(1) : filter;
  try {
    std::regex compiled(re, std::regex::extended);
  } catch (const std::regex_error& e) {
    throw tool_error(fmt::format("--filter '{}': not a valid regular expression ({})", filter, regex_problem(e.code())));
  }
}

struct bench_group {  // the benchmarks of one case at one size, measured by one run
  std::string module, case_name;
  long long size = 0;
  fs::path prog;
  std::vector<std::string> names, impls;  // names as the program lists them
};

// The program's benchmarks (after --filter), grouped by (case, size) in the program's order.
std::vector<bench_group> list_groups(const std::string& module, const fs::path& prog, const std::string& filter) {
  std::vector<std::string> args = {"--benchmark_list_tests=true"};
  if (!filter.empty()) args.push_back("--benchmark_filter=" + filter);
  captured c = run_capture(prog, args, 120);
  if (c.err.find("Could not compile benchmark re") != std::string::npos)
    throw tool_error(fmt::format("--filter '{}': {} cannot use it as a regular expression", filter, prog.filename().string()));
  std::vector<bench_group> groups;
  std::istringstream in(c.out);
  std::string line;
  while (std::getline(in, line)) {
    std::string n = line;
    judge_module_name(module, n);
    name_parts p;
    if (line.empty() || !parse_name(n, p)) continue;
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const bench_group& g) { return g.case_name == p.case_name && g.size == p.size; });
    if (it == groups.end()) it = groups.insert(groups.end(), bench_group{module, p.case_name, p.size, prog, {}, {}});
    it->names.push_back(line);
    it->impls.push_back(p.impl);
  }
  return groups;
}

// "^(a|b)$" with every POSIX extended special character escaped.
std::string exact_filter(const std::vector<std::string>& names) {
  std::string re = "^(";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) re += '|';
    for (char c : names[i]) {
      if (std::strchr(".[]{}()*+?^$|\\", c)) re += '\\';
      re += c;
    }
  }
  return re + ")$";
}

int check_names(const std::vector<std::pair<std::string, fs::path>>& progs) {
  int bad = 0, total = 0;
  for (auto& [module, prog] : progs) {
    std::istringstream in(run_capture(prog, {"--benchmark_list_tests=true"}, 60).out);
    std::string line;
    std::map<std::pair<std::string, long long>, std::set<std::string>> impls;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      ++total;
      judge_module_name(module, line);
      name_parts p;
      if (!parse_name(line, p)) {
        fmt::print("{}: benchmark '{}' does not follow <case>/<impl>/<size>\n", module, line);
        ++bad;
        continue;
      }
      impls[{p.case_name, p.size}].insert(p.impl);
    }
    if (impls.empty()) {
      fmt::print("{}: no benchmarks\n", module);
      ++bad;
    }
    for (auto& [k, s] : impls) {
      if (!s.count("cpkit") || !s.count("baseline")) {
        fmt::print("{}: case {} at size {} lacks its {}\n", module, k.first, k.second, s.count("cpkit") ? "baseline" : "cpkit run");
        ++bad;
      }
    }
  }
  fmt::print("{} passed, {} failed\n", total - bad < 0 ? 0 : total - bad, bad);
  return bad == 0 ? 0 : 1;
}

// A peer is code a contestant would use instead of cpkit: "baseline", or an impl named
// baseline_<what>, pbds_<tag> or std_<what>. Every other name (d4, textbook, ...) is a variant of
// cpkit's own, and "floor" is a lower bound (e.g. only reading the input), not a rival.
bool is_peer(const std::string& impl) {
  if (impl == "baseline") return true;
  for (const char* prefix : {"baseline_", "pbds_", "std_"})
    if (impl.rfind(prefix, 0) == 0 && impl.size() > std::strlen(prefix)) return true;
  return false;
}

struct bench_row {
  std::string module, case_name;
  long long size = 0;
  std::map<std::string, double> ns;  // impl -> median ns per iteration (NaN: not a number)

  double get(const std::string& impl) const {
    auto it = ns.find(impl);
    return it == ns.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
  }
  // The fastest of the peers (see is_peer); NaN and "" when none has a finite time.
  std::pair<std::string, double> best_peer() const {
    std::pair<std::string, double> best{"", std::numeric_limits<double>::quiet_NaN()};
    for (auto& [impl, t] : ns)
      if (is_peer(impl) && std::isfinite(t) && t > 0 && !(t >= best.second)) best = {impl, t};
    return best;
  }
};

// a / b, NaN unless both are positive and finite.
double ratio(double a, double b) {
  return std::isfinite(a) && std::isfinite(b) && a > 0 && b > 0 ? a / b : std::numeric_limits<double>::quiet_NaN();
}

// Runs one group and stores its medians (or single runs with --repetitions 1) in row.
void measure_group(const bench_options& o, const bench_group& g, bench_row& row) {
  std::vector<std::string> args = {"--benchmark_format=json", fmt::format("--benchmark_repetitions={}", o.repetitions),
                                   "--benchmark_report_aggregates_only=true", "--benchmark_filter=" + exact_filter(g.names)};
  if (o.min_time > 0) args.push_back(fmt::format("--benchmark_min_time={}", o.min_time));
  captured c = run_capture(g.prog, args, 3600);
  json j = json::parse(nonfinite_to_null(c.out), nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("benchmarks") || !j["benchmarks"].is_array())
    throw tool_error(g.prog.filename().string() + " did not print benchmark JSON");
  for (auto& b : j["benchmarks"]) {
    if (!b.is_object()) continue;
    const std::string agg = b.value("aggregate_name", "");
    std::string run = b.contains("run_name") && b["run_name"].is_string() ? b["run_name"].get<std::string>()
                                                                         : b.value("name", "");
    if (o.repetitions > 1 && agg != "median") continue;
    judge_module_name(g.module, run);
    name_parts p;
    if (!parse_name(run, p) || p.case_name != g.case_name || p.size != g.size) continue;
    row.ns[p.impl] = to_ns(number(b, "real_time"), b.value("time_unit", "ns"));
  }
}

json finite_or_null(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

// Where the figures were measured, for the result file (the docs' charts print it): the CPU model
// from /proc/cpuinfo and the logical cores online, e.g. "AMD EPYC, 2 cores".
std::string machine_name() {
  std::string model;
  try {
    std::istringstream in(read_file("/proc/cpuinfo"));
    std::string line;
    while (model.empty() && std::getline(in, line)) {
      const std::size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string key = line.substr(0, colon);
      while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
      if (key != "model name" && key != "Hardware" && key != "cpu model") continue;
      std::size_t b = colon + 1;
      while (b < line.size() && std::isspace(static_cast<unsigned char>(line[b]))) ++b;
      model = line.substr(b);
    }
  } catch (const tool_error&) {
  }
  if (model.empty()) model = "unknown CPU";
  const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
  return cores > 0 ? fmt::format("{}, {} core{}", model, cores, cores == 1 ? "" : "s") : model;
}

// Today's date in UTC, ISO 8601 ("2026-12-07").
std::string utc_date() {
  const std::time_t now = std::time(nullptr);
  std::tm t{};
  if (!::gmtime_r(&now, &t)) return "";
  return fmt::format("{:04d}-{:02d}-{:02d}", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
}

void print_json(const std::vector<bench_row>& rows) {
  const std::string machine = machine_name(), date = utc_date();
  json arr = json::array();
  for (auto& r : rows) {
    if (!r.ns.count("cpkit") || !r.ns.count("baseline")) continue;
    const double c = r.get("cpkit"), b = r.get("baseline"), f = r.get("floor");
    auto [peer, peer_ns] = r.best_peer();
    json impls = json::object();
    for (auto& [impl, t] : r.ns) impls[impl] = finite_or_null(t);
    arr.push_back({{"module", r.module}, {"case", r.case_name}, {"size", r.size}, {"cpkit_ns", finite_or_null(c)},
                   {"baseline_ns", finite_or_null(b)}, {"speedup", finite_or_null(ratio(b, c))},
                   {"best_peer", peer.empty() ? json(nullptr) : json(peer)}, {"best_peer_ns", finite_or_null(peer_ns)},
                   {"speedup_vs_best", finite_or_null(ratio(peer_ns, c))}, {"floor_ns", finite_or_null(f)},
                   {"cpkit_over_floor", finite_or_null(ratio(c, f))}, {"impls", impls},
                   {"machine", machine}, {"date", date}});
  }
  std::cout << arr.dump(2) << "\n";
}

std::string fmt_ns(double ns) {
  if (!std::isfinite(ns) || ns <= 0) return "-";
  if (ns >= 1e9) return fmt::format("{:.2f} s", ns / 1e9);
  if (ns >= 1e6) return fmt::format("{:.2f} ms", ns / 1e6);
  if (ns >= 1e3) return fmt::format("{:.2f} us", ns / 1e3);
  return fmt::format("{:.0f} ns", ns);
}

std::string fmt_ratio(double x) { return std::isfinite(x) ? fmt::format("{:.2f}x", x) : "-"; }

void print_table(const bench_options& o, const std::vector<bench_row>& rows) {
  bool peers = false, floors = false;  // columns shown only when some row has them
  for (auto& r : rows) {
    floors |= r.ns.count("floor") > 0;
    for (auto& kv : r.ns) peers |= kv.first != "baseline" && is_peer(kv.first);
  }
  fmt::print("{:<16} {:<20} {:>10} {:>12} {:>12} {:>8}", "module", "case", "size", "cpkit", "baseline", "speedup");
  if (peers) fmt::print("  {:<24}", "vs best peer");
  if (floors) fmt::print(" {:>11}", "cpkit/floor");
  fmt::print("  {}\n", "other variants (speedup vs baseline)");
  for (auto& r : rows) {
    const double c = r.get("cpkit"), b = r.get("baseline");
    std::string extra;
    for (auto& [impl, t] : r.ns)
      if (impl != "cpkit" && impl != "baseline" && impl != "floor")
        extra += fmt::format("{}{} {} ({})", extra.empty() ? "" : ", ", impl, fmt_ns(t), fmt_ratio(ratio(b, t)));
    fmt::print("{:<16} {:<20} {:>10} {:>12} {:>12} {:>8}", r.module, r.case_name, r.size, fmt_ns(c), fmt_ns(b),
               fmt_ratio(ratio(b, c)));
    if (peers) {
      auto [peer, peer_ns] = r.best_peer();
      fmt::print("  {:<24}", peer.empty() ? "-" : fmt::format("{} {}", fmt_ratio(ratio(peer_ns, c)), peer));
    }
    if (floors) fmt::print(" {:>11}", fmt_ratio(ratio(c, r.get("floor"))));
    fmt::print("{}{}\n", extra.empty() ? "" : "  ", extra);
  }
  // The judge's module measures the judge's cost per test over the bare program (issue 17).
  for (auto& r : rows) {
    const double c = r.get("cpkit"), b = r.get("baseline");
    if (r.module == "judge" && std::isfinite(c) && std::isfinite(b) && r.size > 0)
      fmt::print("judge: overhead per test ({}, {} tests at -j 1): {:.2f} ms (judged {:.2f} ms, bare {:.2f} ms)\n",
                 r.case_name, r.size, (c - b) / 1e6 / static_cast<double>(r.size), c / 1e6 / static_cast<double>(r.size),
                 b / 1e6 / static_cast<double>(r.size));
  }
  fmt::print("{} of {} repetitions; speedup = baseline / cpkit", o.repetitions > 1 ? "medians" : "one run", o.repetitions);
  if (peers) fmt::print("; vs best peer = the fastest of baseline, baseline_*, pbds_*, std_* / cpkit");
  if (floors) fmt::print("; cpkit/floor = cpkit / the floor impl (1.00x: at the floor)");
  fmt::print("; - = no finite figure\n");
}

// One progress line per group on a terminal (rewritten in place), or per line on a log.
struct progress_line {
  bool tty = stderr_is_terminal(), shown = false;
  bool quiet;
  explicit progress_line(bool json_out) : quiet(json_out && !tty) {}
  void show(const std::string& text) {
    if (quiet) return;
    if (tty) fmt::print(stderr, "\r\033[K{}", text);
    else fmt::print(stderr, "{}\n", text);
    std::fflush(stderr);
    shown = true;
  }
  ~progress_line() {
    if (tty && shown) fmt::print(stderr, "\r\033[K");
  }
};

int bench_command(const bench_options& o) {
  check_filter(o.filter);
  install_interrupt_handling();  // Ctrl-C: the running program is stopped and its output file removed
  auto progs = find_programs(o);
  if (o.check) return check_names(progs);
  std::vector<bench_group> groups;
  std::string modules;
  for (auto& [module, prog] : progs) {
    auto g = list_groups(module, prog, o.filter);
    groups.insert(groups.end(), g.begin(), g.end());
    modules += (modules.empty() ? "" : ", ") + module;
  }
  if (groups.empty())
    throw tool_error(o.filter.empty() ? "no benchmarks named <case>/<impl>/<size> in " + modules
                                      : fmt::format("--filter '{}' matches no benchmark in {}", o.filter, modules));
  std::vector<bench_row> rows;
  {
    progress_line progress(o.json_out);
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const bench_group& g = groups[i];
      std::string impls;
      for (auto& s : g.impls) impls += (impls.empty() ? "" : ", ") + s;
      progress.show(fmt::format("[{}/{}] {}: {} at size {} ({}; {} repetition{})", i + 1, groups.size(), g.module,
                                g.case_name, g.size, impls, o.repetitions, o.repetitions == 1 ? "" : "s"));
      bench_row row{g.module, g.case_name, g.size, {}};
      measure_group(o, g, row);
      rows.push_back(std::move(row));
    }
  }
  if (o.json_out) print_json(rows);
  else print_table(o, rows);
  return 0;
}

// --repetitions: a whole number 1..1000; --min-time: seconds above 0 (at most an hour).
CLI::Validator whole_number(long long lo, long long hi) {
  return CLI::Validator(
      [lo, hi](std::string& s) {
        std::size_t used = 0;
        long long v = 0;
        try {
          v = std::stoll(s, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used == 0 || used != s.size() || v < lo || v > hi)
          return fmt::format("'{}' is not a whole number from {} to {}", s, lo, hi);
        return std::string();
      },
      fmt::format("INT in [{} - {}]", lo, hi));
}

CLI::Validator seconds() {
  return CLI::Validator(
      [](std::string& s) {
        std::size_t used = 0;
        double v = 0;
        try {
          v = std::stod(s, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used == 0 || used != s.size() || !(v > 0) || v > 3600)
          return fmt::format("'{}' is not a number of seconds above 0 (at most 3600)", s);
        return std::string();
      },
      "SECONDS");
}

}  // namespace

void register_bench_command(CLI::App& app) {
  auto o = std::make_shared<bench_options>();
  CLI::App* b = app.add_subcommand("bench", "run benchmarks: medians and speedups against the baselines");
  b->add_option("modules", o->modules, "modules to run (default: all), e.g. max_gap heap");
  b->add_option("--bench-dir", o->dir, "folder with the *_bench programs (default build/bench)");
  b->add_option("--repetitions", o->repetitions, "repetitions per benchmark, 1 to 1000 (default 5); the median is reported")
      ->check(whole_number(1, 1000));
  b->add_option("--min-time", o->min_time, "minimum seconds per repetition (Google Benchmark's default if unset)")
      ->check(seconds());
  b->add_option("--filter", o->filter, "only benchmarks matching this POSIX extended regex, e.g. '/1000000$'");
  b->add_flag("--json", o->json_out,
              "print only a JSON array of {module, case, size, cpkit_ns, baseline_ns, speedup, best_peer, best_peer_ns, "
              "speedup_vs_best, floor_ns, cpkit_over_floor, impls, machine, date}; null for a figure that is not a finite "
              "number");
  b->add_flag("--check", o->check, "only check that every benchmark is named <case>/<impl>/<size> and has its baseline");
  b->callback([o] { std::exit(bench_command(*o)); });
}

}  // namespace cpkit_tool
