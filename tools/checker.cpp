#include "checker.hpp"

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <vector>

#include "sandbox.hpp"

namespace cpkit_tool {

const char* verdict_name(verdict v) {
  switch (v) {
    case verdict::AC: return "AC";
    case verdict::WA: return "WA";
    case verdict::PE: return "PE";
    case verdict::TLE: return "TLE";
    case verdict::MLE: return "MLE";
    case verdict::RE: return "RE";
    case verdict::OLE: return "OLE";
    case verdict::CE: return "CE";
    case verdict::FAIL: return "FAIL";
  }
  return "?";
}

std::string checker_spec::describe() const {
  switch (type) {
    case kind::tokens: return "tokens";
    case kind::lines: return "lines";
    case kind::exact: return "exact";
    case kind::real: return fmt::format("real:{:g}", tolerance);
    case kind::custom: return name.empty() ? program.filename().string() : name;
  }
  return "?";
}

run_limits checker_limits() {
  run_limits l;
  l.cpu_seconds = 10;
  l.wall_seconds = 10;
  l.memory_bytes = 1024ull << 20;
  l.output_bytes = 1 << 20;
  return l;
}

checker_spec parse_checker(const std::string& text, const fs::path& base_dir, const compiler_config& cxx,
                           const std::vector<std::string>& includes) {
  checker_spec c;
  if (text == "tokens") return c;
  if (text == "lines") { c.type = checker_spec::kind::lines; return c; }
  if (text == "exact") { c.type = checker_spec::kind::exact; return c; }
  if (text.rfind("real:", 0) == 0) {
    const std::string t = text.substr(5);
    char* end = nullptr;
    errno = 0;
    double tol = std::strtod(t.c_str(), &end);
    if (t.empty() || *end != '\0' || errno != 0 || !(tol >= 0) || !std::isfinite(tol))
      throw tool_error("checker '" + text + "': the tolerance must be a non-negative number, e.g. real:1e-6");
    c.type = checker_spec::kind::real;
    c.tolerance = tol;
    return c;
  }
  if (text == "real") throw tool_error("checker 'real' needs a tolerance, e.g. real:1e-6");
  fs::path p = text;
  if (p.is_relative()) p = base_dir / p;
  std::error_code ec;
  if (!fs::exists(p, ec))
    throw tool_error("unknown checker '" + text + "': use tokens, lines, exact, real:TOL, or a checker .cpp or executable (" +
                     p.string() + " does not exist)");
  c.type = checker_spec::kind::custom;
  c.name = p.filename().string();
  compiler_config cc = cxx;
  // Its own folder first (a checker's `#include <testlib.h>` beside it), then --checker-include.
  cc.include_dirs.insert(cc.include_dirs.begin(), fs::absolute(p, ec).parent_path().string());
  for (const std::string& d : includes) cc.include_dirs.push_back(fs::absolute(d, ec).string());
  c.program = prepare_program(p, cc, "checker");
  return c;
}

namespace {

// ---- streaming: the judge never holds a whole output or answer ---------------------------------
// Outputs can be as large as the output limit (and answers as large as a test); the checkers read
// both files through small buffers, keep at most k_token_keep bytes of one token, and re-read a
// few hundred bytes around a difference for the message. A token longer than k_token_keep is
// compared by its length, its first k_token_keep bytes and a 128-bit hash of all of it.

constexpr std::size_t k_token_keep = 64 * 1024;

bool is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f'; }

class byte_reader {
 public:
  explicit byte_reader(const fs::path& p) : path_(p), f_(std::fopen(p.c_str(), "rbe")) {
    if (!f_) throw tool_error(p.string() + ": cannot read (" + std::strerror(errno) + ")");
  }
  ~byte_reader() {
    if (f_) std::fclose(f_);
  }
  byte_reader(const byte_reader&) = delete;
  byte_reader& operator=(const byte_reader&) = delete;
  // Next byte, or -1 at the end.
  int get() {
    if (pos_ == len_) {
      len_ = std::fread(buf_, 1, sizeof buf_, f_);
      pos_ = 0;
      if (len_ == 0) {
        if (std::ferror(f_)) throw tool_error(path_.string() + ": read error");
        return -1;
      }
    }
    ++offset_;
    return static_cast<unsigned char>(buf_[pos_++]);
  }
  std::uint64_t offset() const { return offset_; }  // bytes consumed so far
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  std::FILE* f_;
  char buf_[1 << 16];
  std::size_t pos_ = 0, len_ = 0;
  std::uint64_t offset_ = 0;
};

struct token {
  std::string text;          // the first k_token_keep bytes
  std::uint64_t length = 0;  // all of it
  std::uint64_t h1 = 0, h2 = 0;
  std::uint64_t begin = 0;   // byte offset
  std::uint64_t line = 0, col = 0;  // 1-based
  bool whole() const { return length == text.size(); }
};

class token_reader {
 public:
  explicit token_reader(const fs::path& p) : in_(p) {}
  // The next token; false at the end.
  bool next(token& t) {
    int c = in_.get();
    while (c >= 0 && is_space(static_cast<char>(c))) {
      if (c == '\n') ++line_, line_start_ = in_.offset();
      c = in_.get();
    }
    if (c < 0) return false;
    t.text.clear();
    t.length = 0;
    t.h1 = 14695981039346656037ull;
    t.h2 = 0x9e3779b97f4a7c15ull;
    t.begin = in_.offset() - 1;
    t.line = line_;
    t.col = t.begin - line_start_ + 1;
    while (c >= 0 && !is_space(static_cast<char>(c))) {
      if (t.text.size() < k_token_keep) t.text += static_cast<char>(c);
      ++t.length;
      t.h1 = (t.h1 ^ static_cast<unsigned>(c)) * 1099511628211ull;
      t.h2 = (t.h2 ^ static_cast<unsigned>(c)) * 0x100000001b3ull + 0x2545F4914F6CDD1Dull;
      t.h2 ^= t.h2 >> 29;
      c = in_.get();
    }
    if (c == '\n') ++line_, line_start_ = in_.offset();
    return true;
  }
  std::uint64_t line() const { return line_; }
  const fs::path& path() const { return in_.path(); }

 private:
  byte_reader in_;
  std::uint64_t line_ = 1, line_start_ = 0;
};

bool same_token(const token& a, const token& b) {
  return a.length == b.length && a.h1 == b.h1 && a.h2 == b.h2 && a.text == b.text;
}

std::string clip(const std::string& s, std::size_t max_len = 40) {
  std::string out;
  for (char ch : s) {
    if (out.size() >= max_len) { out += "..."; break; }
    unsigned char u = static_cast<unsigned char>(ch);
    if (u < 32 || u == 127) out += fmt::format("\\x{:02x}", u);
    else out += ch;
  }
  return out;
}

// Up to `len` bytes of a file from `from`.
std::string read_at(const fs::path& p, std::uint64_t from, std::size_t len) {
  std::string out;
  std::FILE* f = std::fopen(p.c_str(), "rbe");
  if (!f) return out;
  if (std::fseek(f, static_cast<long>(from), SEEK_SET) == 0) {
    out.resize(len);
    out.resize(std::fread(out.data(), 1, len, f));
  }
  std::fclose(f);
  return out;
}

// The line of the file containing offset `pos`, clipped around it, with a caret line under it.
std::string context(const fs::path& file, std::uint64_t pos) {
  const std::uint64_t from = pos > 200 ? pos - 200 : 0;
  const std::string s = read_at(file, from, 400);
  const std::size_t at = static_cast<std::size_t>(std::min<std::uint64_t>(pos - from, s.size()));
  std::size_t b = at == 0 ? std::string::npos : s.rfind('\n', at - 1);
  b = b == std::string::npos ? 0 : b + 1;
  std::size_t e = s.find('\n', at);
  if (e == std::string::npos) e = s.size();
  std::size_t lo = b, hi = e;
  bool cut_left = from > 0 && b == 0;  // the line may start before the bytes read
  if (at - lo > 30) lo = at - 30, cut_left = true;
  if (hi - at > 40) hi = at + 40;
  std::string line = clip(s.substr(lo, hi - lo), 80);
  std::string caret(at - lo, ' ');
  return fmt::format("      {}{}\n      {}{}^", cut_left ? "..." : "", line, cut_left ? "   " : "", caret);
}

// Line `n` (1-based) of a file, trailing white space removed, at most 200 bytes kept.
std::string nth_line(const fs::path& p, std::uint64_t n) {
  byte_reader in(p);
  std::uint64_t line = 1;
  std::string out;
  for (int c = in.get(); c >= 0; c = in.get()) {
    if (c == '\n') {
      if (line == n) break;
      ++line;
      continue;
    }
    if (line == n && out.size() < 200) out += static_cast<char>(c);
  }
  while (!out.empty() && is_space(out.back())) out.pop_back();
  return out;
}

bool parse_real(const std::string& t, double& v) {
  if (t.empty()) return false;
  char* end = nullptr;
  v = std::strtod(t.c_str(), &end);
  return end == t.c_str() + t.size();
}

bool real_equal(const token& out_tok, const token& ans_tok, double tol) {
  if (!ans_tok.whole() || !out_tok.whole()) return same_token(out_tok, ans_tok);
  double a, b;
  if (!parse_real(ans_tok.text, b)) return out_tok.text == ans_tok.text;
  if (!parse_real(out_tok.text, a)) return false;
  if (std::isnan(b) || std::isnan(a)) return std::isnan(a) && std::isnan(b);
  if (std::isinf(b) || std::isinf(a)) return a == b;
  double diff = std::fabs(a - b);
  return diff <= tol || diff <= tol * std::fabs(b);
}

struct line_mismatch {
  bool found = false;
  std::uint64_t line = 0;  // the first line whose tokens differ
};

// Token comparison with positions. eq decides equality of two tokens; when `lines` is given, the
// first token that sits on different lines in the two files is recorded there.
template <class Eq>
check_result compare_tokens(const fs::path& out_path, const fs::path& ans_path, Eq eq, const std::string& what,
                            line_mismatch* lines = nullptr) {
  token_reader out(out_path), ans(ans_path);
  token o, a;
  std::uint64_t k = 0, last_line = 0;
  for (;;) {
    const bool has_o = out.next(o), has_a = ans.next(a);
    ++k;
    if (has_o) last_line = o.line;
    if (has_o && has_a) {
      if (!eq(o, a)) {
        return {verdict::WA, fmt::format("line {}, column {}: expected {}'{}', found '{}' (token {})\n{}", o.line, o.col,
                                         what, clip(a.text), clip(o.text), k, context(out_path, o.begin))};
      }
      if (lines && !lines->found && o.line != a.line) {
        lines->found = true;
        lines->line = std::min(o.line, a.line);
      }
      continue;
    }
    if (!has_o && !has_a) return {verdict::AC, ""};
    if (has_a) {
      std::uint64_t more = 0;
      token rest;
      while (ans.next(rest)) ++more;
      const std::string where = k == 1 ? std::string("the output is empty")
                                       : fmt::format("the output ends after line {}", last_line);
      return {verdict::WA, fmt::format("{}: expected '{}' (token {}, answer line {}) and {} more token(s)", where,
                                       clip(a.text), k, a.line, more)};
    }
    return {verdict::WA, fmt::format("line {}, column {}: extra output '{}' after the expected {} token(s)\n{}", o.line,
                                     o.col, clip(o.text), k - 1, context(out_path, o.begin))};
  }
}

// The first differing byte of two files, or -1 if they are equal; `line` gets its line number.
std::int64_t first_difference(const fs::path& a_path, const fs::path& b_path, std::uint64_t& line) {
  byte_reader a(a_path), b(b_path);
  line = 1;
  for (std::int64_t i = 0;; ++i) {
    const int x = a.get(), y = b.get();
    if (x != y) return i;
    if (x < 0) return -1;
    if (x == '\n') ++line;
  }
}

check_result run_custom_verdict(const run_result& r);

check_result run_custom(const checker_spec& c, const fs::path& input, const fs::path& output, const fs::path& answer) {
  run_request req;
  req.argv = {c.program.string(), input.string(), output.string(), answer.string()};
  req.limits = checker_limits();
  req.untrusted = false;  // it reads the answer file by its path
  run_result r = run_sandboxed(req);
  if (r.interrupted) throw tool_error("interrupted");
  check_result res = run_custom_verdict(r);
  res.ms = r.cpu_ms;
  return res;
}

check_result run_custom_verdict(const run_result& r) {
  std::string msg = r.stderr_head;
  while (!msg.empty() && is_space(msg.back())) msg.pop_back();
  if (msg.size() > 500) msg = msg.substr(0, 500) + "...";
  if (!r.exec_error.empty()) return {verdict::FAIL, "checker: " + r.exec_error};
  if (r.killed_cpu || r.killed_wall) return {verdict::FAIL, "the checker exceeded its time limit"};
  if (r.killed_memory) return {verdict::FAIL, "the checker exceeded its memory limit"};
  if (r.signal) return {verdict::FAIL, "the checker crashed (" + signal_name(r.signal) + ")" + (msg.empty() ? "" : ": " + msg)};
  switch (r.exit_code) {
    case 0: return {verdict::AC, msg};
    case 1: return {verdict::WA, msg.empty() ? "the checker says wrong answer" : msg};
    case 2: return {verdict::PE, msg.empty() ? "the checker says presentation error" : msg};
    case 3: return {verdict::FAIL, "the checker failed" + (msg.empty() ? std::string() : ": " + msg)};
    case 7: return {verdict::WA, "partial points (not accepted)" + (msg.empty() ? std::string() : ": " + msg)};
    default:
      return {verdict::FAIL, "the checker exited with " + std::to_string(r.exit_code) + " (expected 0, 1, 2, 3 or 7)" +
                                 (msg.empty() ? std::string() : ": " + msg)};
  }
}

}  // namespace

namespace {

check_result check_builtin(const checker_spec& c, const fs::path& output, const fs::path& answer) {
  auto same = [](const token& a, const token& b) { return same_token(a, b); };
  switch (c.type) {
    case checker_spec::kind::tokens:
      return compare_tokens(output, answer, same, "");
    case checker_spec::kind::real: {
      const double tol = c.tolerance;
      return compare_tokens(output, answer, [tol](const token& o, const token& a) { return real_equal(o, a, tol); },
                            fmt::format("(within {:g}) ", tol));
    }
    case checker_spec::kind::lines: {
      // Same tokens on each line (trailing white space and empty lines ignored) is the same as:
      // the same tokens, each on the same line number in both files.
      line_mismatch lm;
      check_result tok = compare_tokens(output, answer, same, "", &lm);
      if (tok.v != verdict::AC || !lm.found) return tok;
      return {verdict::PE, fmt::format("line {}: the tokens are right but split into lines differently: expected "
                                       "'{}', found '{}'", lm.line, clip(nth_line(answer, lm.line)),
                                       clip(nth_line(output, lm.line)))};
    }
    case checker_spec::kind::exact: {
      std::uint64_t line = 1;
      const std::int64_t i = first_difference(output, answer, line);
      if (i < 0) return {verdict::AC, ""};
      check_result tok = compare_tokens(output, answer, same, "");
      if (tok.v != verdict::AC) return tok;
      return {verdict::PE, fmt::format("byte {} (line {}): the tokens are right but the white space differs\n{}", i + 1,
                                       line, context(output, static_cast<std::uint64_t>(i)))};
    }
    case checker_spec::kind::custom:
      break;
  }
  return {verdict::FAIL, "internal: unknown checker"};
}

}  // namespace

check_result check_output(const checker_spec& c, const fs::path& input, const fs::path& output, const fs::path& answer) {
  if (c.type == checker_spec::kind::custom) return run_custom(c, input, output, answer);
  const auto t0 = std::chrono::steady_clock::now();
  check_result r = check_builtin(c, output, answer);
  r.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return r;
}


}  // namespace cpkit_tool
