// Pieces shared by `cpkit judge`, `cpkit stress` and `cpkit new`: the table's formatting, the
// progress line, running work on threads, and checking limit flags and output paths.
#pragma once

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "checker.hpp"
#include "common.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace cpkit_tool {

// The largest values a flag or problem.toml key may take: an hour of CPU, 1 TiB.
constexpr double k_max_seconds = 3600;
constexpr double k_max_mib = 1 << 20;
constexpr int k_max_jobs = 1024;

// "2" < "10": digit runs compare as numbers.
bool natural_less(const std::string& a, const std::string& b);

bool use_color();
std::string paint(verdict v, bool color);
std::string pad_right(const std::string& s, std::size_t w);
std::string human_kb(std::uint64_t kb);
// Prefixes every line of s; a trailing newline is kept without a dangling prefix.
std::string indent(const std::string& s, const std::string& pre);
int default_jobs();

// A fresh folder under run_root(), removed by the judge at exit; scoped_dir removes it sooner.
fs::path make_work_dir(const std::string& tag);
struct scoped_dir {
  fs::path path;
  ~scoped_dir();
};

// A progress line on stderr, only when stderr is a terminal.
struct progress {
  bool on = stderr_is_terminal();
  std::mutex mu;
  void show(const std::string& s);
  void clear();
};

// Runs f(i) for i in [0, n) on `jobs` threads, in increasing i; stops starting new ones once
// stop(i) is true for the next i. The first exception is rethrown after every thread ended.
template <class F, class Stop>
void parallel_for(std::size_t n, int jobs, F f, Stop stop) {
  std::atomic<std::size_t> next{0};
  std::mutex err_mu;
  std::exception_ptr err;
  auto worker = [&] {
    for (;;) {
      std::size_t i = next++;
      if (i >= n || stop(i)) return;
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
template <class F>
void parallel_for(std::size_t n, int jobs, F f) {
  parallel_for(n, jobs, f, [](std::size_t) { return false; });
}

// Limit flags: each given one must be a positive finite number, at most `max`; else one
// tool_error naming the flag. add_limit() registers a flag and its bound.
struct limit_flags {
  std::vector<std::pair<CLI::Option*, std::pair<std::string, double>>> flags;
  void add(CLI::App* app, const std::string& name, double& into, const std::string& help,
           double max);
  void check() const;
};

// An output file the user named (--junit): its folder must exist (never made for them) and the
// path must not be a folder. Checked before any work, so a typo costs nothing.
void check_output_file(const std::string& path, const std::string& flag);
// An output folder the user named (--keep-tests, new --dir's problem folder): made if missing,
// but never its parents; `what` names it in errors.
void make_output_folder(const fs::path& dir, const std::string& what);

}  // namespace cpkit_tool
