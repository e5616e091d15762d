#include "judge_util.hpp"

#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "sandbox.hpp"

namespace cpkit_tool {

bool natural_less(const std::string& a, const std::string& b) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t i2 = i, j2 = j;
      while (i2 < a.size() && digit(a[i2])) ++i2;
      while (j2 < b.size() && digit(b[j2])) ++j2;
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
  const char* code = v == verdict::AC                                                ? "32"
                     : (v == verdict::TLE || v == verdict::MLE || v == verdict::OLE) ? "33"
                                                                                     : "31";
  return fmt::format("\033[1;{}m{}\033[0m", code, name);
}

std::string pad_right(const std::string& s, std::size_t w) {
  return s.size() >= w ? s : s + std::string(w - s.size(), ' ');
}

std::string human_kb(std::uint64_t kb) {
  if (kb < 1024) return fmt::format("{} KB", kb);
  return fmt::format("{:.1f} MB", static_cast<double>(kb) / 1024.0);
}

std::string indent(const std::string& s, const std::string& pre) {
  std::string o = pre;
  for (std::size_t i = 0; i < s.size(); ++i) {
    o += s[i];
    if (s[i] == '\n' && i + 1 < s.size()) o += pre;
  }
  return o;
}

int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 2 : static_cast<int>(n);
}

fs::path make_work_dir(const std::string& tag) {
  static std::atomic<int> counter{0};
  fs::path d = run_root() / fmt::format("{}-{}", tag, counter++);
  std::error_code ec;
  fs::create_directories(d, ec);
  if (ec) throw tool_error("cannot create " + d.string() + ": " + ec.message());
  return d;
}

scoped_dir::~scoped_dir() {
  std::error_code ec;
  fs::remove_all(path, ec);
}

void progress::show(const std::string& s) {
  if (!on) return;
  std::lock_guard<std::mutex> lock(mu);
  std::fprintf(stderr, "\r\033[K%s", s.c_str());
  std::fflush(stderr);
}

void progress::clear() {
  if (!on) return;
  std::lock_guard<std::mutex> lock(mu);
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

void limit_flags::add(CLI::App* app, const std::string& name, double& into, const std::string& help,
                      double max) {
  flags.push_back({app->add_option(name, into, help), {name, max}});
}

void limit_flags::check() const {
  for (const auto& [opt, b] : flags) {
    if (opt->count() == 0) continue;
    const double v = opt->as<double>();
    if (!(v > 0) || !(v <= b.second))
      throw tool_error(
          fmt::format("{} must be a positive number, at most {:g} (got {})", b.first, b.second,
                      opt->results().empty() ? std::string("?") : opt->results().back()));
  }
}

void check_output_file(const std::string& path, const std::string& flag) {
  const fs::path p = path;
  std::error_code ec;
  if (path.empty()) throw tool_error(flag + ": the file name is empty");
  if (fs::is_directory(p, ec))
    throw tool_error(fmt::format("{} '{}': cannot write, it is a folder", flag, path));
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    throw tool_error(fmt::format("{} '{}': cannot write, the folder '{}' does not exist", flag,
                                 path, dir.string()));
  if (::access(dir.c_str(), W_OK) != 0)
    throw tool_error(fmt::format("{} '{}': cannot write in the folder '{}' ({})", flag, path,
                                 dir.string(), std::strerror(errno)));
}

void make_output_folder(const fs::path& dir, const std::string& what) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  if (fs::exists(dir, ec))
    throw tool_error(fmt::format("{} '{}' exists and is not a folder", what, dir.string()));
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, ec))
    throw tool_error(fmt::format("{} '{}': the folder '{}' does not exist", what, dir.string(),
                                 parent.string()));
  if (!fs::create_directory(dir, ec) && ec)
    throw tool_error(
        fmt::format("{} '{}': cannot create it ({})", what, dir.string(), ec.message()));
}

}  // namespace cpkit_tool
