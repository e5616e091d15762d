#include "common.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

namespace cpkit_tool {

fs::path cpkit_root() {
  if (const char* env = std::getenv("CPKIT_ROOT"); env && *env) return fs::path(env);
#ifdef CPKIT_SOURCE_DIR
  return fs::path(CPKIT_SOURCE_DIR);
#else
  return fs::current_path();
#endif
}

fs::path cache_dir() {
  if (const char* env = std::getenv("CPKIT_CACHE_DIR"); env && *env) return fs::path(env);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "cpkit";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "cpkit";
  return fs::temp_directory_path() / "cpkit-cache";
}

std::string read_file(const fs::path& p) {
  std::error_code ec;
  if (fs::is_directory(p, ec)) throw tool_error(p.string() + ": is a directory, expected a file");
  std::ifstream in(p, std::ios::binary);
  if (!in) throw tool_error(p.string() + ": cannot read (" + std::strerror(errno) + ")");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw tool_error(p.string() + ": read error");
  return ss.str();
}

void write_file_atomic(const fs::path& p, const std::string& data) {
  fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(dir, ec);
  fs::path tmp = dir / ("." + p.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
                        std::to_string(reinterpret_cast<std::uintptr_t>(&data) & 0xffffff));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out)  // errno may be 0 here: never "(Success)"
      throw tool_error(p.string() + ": cannot write (" + (errno ? std::strerror(errno) : "cannot create a file there") + ")");
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      throw tool_error(p.string() + ": write failed (disk full?)");
    }
  }
  fs::rename(tmp, p, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw tool_error(p.string() + ": cannot write (" + ec.message() + ")");
  }
}

std::string content_hash(const std::string& data) {
  std::uint64_t a = 14695981039346656037ull, b = 0x9e3779b97f4a7c15ull;
  for (unsigned char c : data) {
    a = (a ^ c) * 1099511628211ull;
    b = (b ^ c) * 0x100000001b3ull + 0x2545F4914F6CDD1Dull;
    b ^= b >> 29;
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

std::optional<std::string> find_program(const std::string& name) {
  if (name.find('/') != std::string::npos) return ::access(name.c_str(), X_OK) == 0 ? std::optional(name) : std::nullopt;
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "/usr/bin:/bin";
  while (true) {
    const std::size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (dir.empty()) dir = ".";
    const std::string cand = dir + "/" + name;
    if (::access(cand.c_str(), X_OK) == 0) return cand;
    if (colon == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(colon + 1);
  }
}

bool stderr_is_terminal() { return ::isatty(2) == 1; }
bool stdout_is_terminal() { return ::isatty(1) == 1; }

namespace {
// Optimal string alignment distance: insertions, deletions, replacements, adjacent swaps.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}
}  // namespace

std::optional<std::string> closest_name(const std::string& word, const std::vector<std::string>& candidates) {
  std::string core = word;
  while (!core.empty() && core[0] == '-') core.erase(0, 1);
  const std::size_t allowed = core.size() >= 9 ? 3 : core.size() >= 5 ? 2 : 1;
  std::optional<std::string> best;
  std::size_t best_d = allowed + 1;
  for (const std::string& c : candidates) {
    const std::size_t dist = edit_distance(word, c);
    if (dist < best_d) best_d = dist, best = c;
  }
  return best;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string xml_escape(std::string_view s) {
  std::string o;
  o.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&apos;"; break;
      default: o += (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') ? ' ' : c;
    }
  }
  return o;
}

}  // namespace cpkit_tool
