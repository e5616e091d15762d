#include "bench.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
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

std::string run_capture(const fs::path& prog, const std::vector<std::string>& args, double wall_seconds) {
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
  std::string text;
  try {
    text = read_file(out);
  } catch (const tool_error&) {
  }
  fs::remove(out, ec);
  if (r.interrupted) throw tool_error("interrupted");
  if (!r.exec_error.empty()) throw tool_error(r.exec_error);
  if (r.killed_wall) throw tool_error(fmt::format("{} took over {:.0f} s; stopped", prog.filename().string(), wall_seconds));
  if (r.signal || r.exit_code) {
    std::string err = r.stderr_head.substr(0, 600);
    throw tool_error(fmt::format("{} failed ({}): {}", prog.filename().string(),
                                 r.signal ? signal_name(r.signal) : fmt::format("exit code {}", r.exit_code), err));
  }
  return text;
}

// The judge module's benchmarks run once per repetition on the wall clock (the work is in child
// processes): Google Benchmark appends "/iterations:1/real_time" to their names; drop it.
void judge_module_name(const std::string& module, std::string& name) {
  if (module != "judge") return;
  for (const std::string suffix : {"/real_time", "/iterations:1"})
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      name.resize(name.size() - suffix.size());
}

int check_names(const std::vector<std::pair<std::string, fs::path>>& progs) {
  int bad = 0, total = 0;
  for (auto& [module, prog] : progs) {
    std::string text = run_capture(prog, {"--benchmark_list_tests=true"}, 60);
    std::istringstream in(text);
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

double to_ns(double v, const std::string& unit) {
  if (unit == "ns") return v;
  if (unit == "us") return v * 1e3;
  if (unit == "ms") return v * 1e6;
  if (unit == "s") return v * 1e9;
  return v;
}

int bench_command(const bench_options& o) {
  auto progs = find_programs(o);
  if (o.check) return check_names(progs);
  struct row {
    std::string module, case_name;
    long long size;
    std::map<std::string, double> ns;  // impl -> median ns per iteration
  };
  std::vector<row> rows;
  std::map<std::tuple<std::string, std::string, long long>, std::size_t> index;
  const bool tty = stderr_is_terminal();
  for (auto& [module, prog] : progs) {
    if (!o.json_out || tty) fmt::print(stderr, "running {} ({} repetitions)...\n", prog.filename().string(), o.repetitions);
    std::vector<std::string> args = {"--benchmark_format=json", fmt::format("--benchmark_repetitions={}", o.repetitions),
                                     "--benchmark_report_aggregates_only=true"};
    if (o.min_time > 0) args.push_back(fmt::format("--benchmark_min_time={}", o.min_time));
    if (!o.filter.empty()) args.push_back("--benchmark_filter=" + o.filter);
    std::string text = run_capture(prog, args, 3600);
    if (!o.filter.empty() && text.find_first_not_of(" \n\r\t") == std::string::npos) continue;  // filtered out
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.contains("benchmarks")) throw tool_error(prog.filename().string() + " did not print benchmark JSON");
    for (auto& b : j["benchmarks"]) {
      std::string agg = b.value("aggregate_name", "");
      std::string run = b.value("run_name", b.value("name", ""));
      if (o.repetitions > 1 && agg != "median") continue;
      judge_module_name(module, run);
      name_parts p;
      if (!parse_name(run, p)) continue;
      auto key = std::make_tuple(module, p.case_name, p.size);
      auto it = index.find(key);
      if (it == index.end()) {
        index[key] = rows.size();
        rows.push_back({module, p.case_name, p.size, {}});
        it = index.find(key);
      }
      rows[it->second].ns[p.impl] = to_ns(b.value("real_time", 0.0), b.value("time_unit", "ns"));
    }
  }
  if (o.json_out) {
    json arr = json::array();
    for (auto& r : rows) {
      if (!r.ns.count("cpkit") || !r.ns.count("baseline")) continue;
      double c = r.ns["cpkit"], b = r.ns["baseline"];
      arr.push_back({{"module", r.module}, {"case", r.case_name}, {"size", r.size}, {"cpkit_ns", c}, {"baseline_ns", b},
                     {"speedup", c > 0 ? b / c : 0.0}});
    }
    std::cout << arr.dump(2) << "\n";
    return 0;
  }
  fmt::print("{:<16} {:<20} {:>10} {:>12} {:>12} {:>8}  {}\n", "module", "case", "size", "cpkit", "baseline", "speedup",
             "other variants (speedup vs baseline)");
  auto fmt_ns = [](double ns) {
    if (ns >= 1e9) return fmt::format("{:.2f} s", ns / 1e9);
    if (ns >= 1e6) return fmt::format("{:.2f} ms", ns / 1e6);
    if (ns >= 1e3) return fmt::format("{:.2f} us", ns / 1e3);
    return fmt::format("{:.0f} ns", ns);
  };
  for (auto& r : rows) {
    double c = r.ns.count("cpkit") ? r.ns["cpkit"] : 0, b = r.ns.count("baseline") ? r.ns["baseline"] : 0;
    std::string extra;
    for (auto& [impl, ns] : r.ns)
      if (impl != "cpkit" && impl != "baseline")
        extra += fmt::format("{}{} {} ({:.2f}x)", extra.empty() ? "" : ", ", impl, fmt_ns(ns), ns > 0 && b > 0 ? b / ns : 0.0);
    fmt::print("{:<16} {:<20} {:>10} {:>12} {:>12} {:>7.2f}x  {}\n", r.module, r.case_name, r.size, c > 0 ? fmt_ns(c) : "-",
               b > 0 ? fmt_ns(b) : "-", c > 0 && b > 0 ? b / c : 0.0, extra);
  }
  // The judge's module measures the judge's cost per test over the bare program (issue 17).
  for (auto& r : rows)
    if (r.module == "judge" && r.ns.count("cpkit") && r.ns.count("baseline") && r.size > 0)
      fmt::print("judge: overhead per test ({}, {} tests at -j 1): {:.2f} ms (judged {:.2f} ms, bare {:.2f} ms)\n",
                 r.case_name, r.size, (r.ns["cpkit"] - r.ns["baseline"]) / 1e6 / static_cast<double>(r.size),
                 r.ns["cpkit"] / 1e6 / static_cast<double>(r.size), r.ns["baseline"] / 1e6 / static_cast<double>(r.size));
  fmt::print("medians of {} repetitions; speedup = baseline / cpkit\n", o.repetitions);
  return 0;
}

}  // namespace

void register_bench_command(CLI::App& app) {
  auto o = std::make_shared<bench_options>();
  CLI::App* b = app.add_subcommand("bench", "run benchmarks: medians and speedups against the baselines");
  b->add_option("modules", o->modules, "modules to run (default: all), e.g. max_gap heap");
  b->add_option("--bench-dir", o->dir, "folder with the *_bench programs (default build/bench)");
  b->add_option("--repetitions", o->repetitions, "repetitions per benchmark (default 5); the median is reported")
      ->check(CLI::PositiveNumber);
  b->add_option("--min-time", o->min_time, "minimum seconds per repetition (Google Benchmark's default if unset)");
  b->add_option("--filter", o->filter, "only benchmarks matching this regex, e.g. '/1000000$'");
  b->add_flag("--json", o->json_out, "print only a JSON array of {module, case, size, cpkit_ns, baseline_ns, speedup}");
  b->add_flag("--check", o->check, "only check that every benchmark is named <case>/<impl>/<size> and has its baseline");
  b->callback([o] { std::exit(bench_command(*o)); });
}

}  // namespace cpkit_tool
