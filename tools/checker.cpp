#include "checker.hpp"

#include <cerrno>
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
    case kind::custom: return program.filename().string();
  }
  return "?";
}

checker_spec parse_checker(const std::string& text, const fs::path& base_dir, const compiler_config& cxx) {
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
  compiler_config cc = cxx;
  c.program = prepare_program(p, cc, "checker");
  return c;
}

namespace {

struct token {
  std::size_t begin, end;  // byte offsets
  std::size_t line, col;   // 1-based
};

bool is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f'; }

std::vector<token> tokenize(const std::string& s) {
  std::vector<token> out;
  std::size_t line = 1, line_start = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      if (s[i] == '\n') ++line, line_start = i + 1;
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    out.push_back({b, i, line, b - line_start + 1});
  }
  return out;
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

// The line of `s` containing offset `pos`, clipped around it, with a caret line under it.
std::string context(const std::string& s, std::size_t pos) {
  std::size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
  b = (b == std::string::npos || pos == 0) ? 0 : b + 1;
  std::size_t e = s.find('\n', pos);
  if (e == std::string::npos) e = s.size();
  std::size_t from = b, to = e;
  if (pos - from > 30) from = pos - 30;
  if (to - pos > 40) to = pos + 40;
  std::string line = clip(s.substr(from, to - from), 80);
  std::string caret(pos - from, ' ');
  return fmt::format("      {}{}\n      {}{}^", from > b ? "..." : "", line, from > b ? "   " : "", caret);
}

std::string tok_text(const std::string& s, const token& t) { return s.substr(t.begin, t.end - t.begin); }

bool parse_real(const std::string& t, double& v) {
  if (t.empty()) return false;
  char* end = nullptr;
  v = std::strtod(t.c_str(), &end);
  return end == t.c_str() + t.size();
}

bool real_equal(const std::string& out_tok, const std::string& ans_tok, double tol) {
  double a, b;
  if (!parse_real(ans_tok, b)) return out_tok == ans_tok;
  if (!parse_real(out_tok, a)) return false;
  if (std::isnan(b) || std::isnan(a)) return std::isnan(a) && std::isnan(b);
  if (std::isinf(b) || std::isinf(a)) return a == b;
  double diff = std::fabs(a - b);
  return diff <= tol || diff <= tol * std::fabs(b);
}

// Token comparison with positions. eq decides equality of two tokens.
template <class Eq>
check_result compare_tokens(const std::string& out, const std::string& ans, Eq eq, const char* what) {
  auto ot = tokenize(out), at = tokenize(ans);
  std::size_t n = std::min(ot.size(), at.size());
  for (std::size_t k = 0; k < n; ++k) {
    std::string o = tok_text(out, ot[k]), a = tok_text(ans, at[k]);
    if (!eq(o, a)) {
      return {verdict::WA,
              fmt::format("line {}, column {}: expected {}'{}', found '{}' (token {})\n{}", ot[k].line, ot[k].col, what,
                          clip(a), clip(o), k + 1, context(out, ot[k].begin))};
    }
  }
  if (ot.size() < at.size()) {
    const token& a = at[n];
    std::string where = ot.empty() ? std::string("the output is empty")
                                   : fmt::format("the output ends after line {}", ot.back().line);
    return {verdict::WA, fmt::format("{}: expected '{}' (token {}, answer line {}) and {} more token(s)", where,
                                     clip(tok_text(ans, a)), n + 1, a.line, at.size() - n - 1)};
  }
  if (ot.size() > at.size()) {
    const token& o = ot[n];
    return {verdict::WA, fmt::format("line {}, column {}: extra output '{}' after the expected {} token(s)\n{}", o.line,
                                     o.col, clip(tok_text(out, o)), n, context(out, o.begin))};
  }
  return {verdict::AC, ""};
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    std::string l = s.substr(b, e - b);
    while (!l.empty() && is_space(l.back())) l.pop_back();
    lines.push_back(l);
    b = e + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> w;
  for (auto& t : tokenize(line)) w.push_back(tok_text(line, t));
  return w;
}

check_result run_custom(const checker_spec& c, const fs::path& input, const fs::path& output, const fs::path& answer) {
  run_request req;
  req.argv = {c.program.string(), input.string(), output.string(), answer.string()};
  req.limits.cpu_seconds = 10;
  req.limits.wall_seconds = 20;
  req.limits.memory_bytes = 1024ull << 20;
  req.limits.output_bytes = 1 << 20;
  run_result r = run_sandboxed(req);
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

check_result check_output(const checker_spec& c, const fs::path& input, const fs::path& output, const fs::path& answer) {
  if (c.type == checker_spec::kind::custom) return run_custom(c, input, output, answer);
  const std::string out = read_file(output), ans = read_file(answer);
  auto same = [](const std::string& a, const std::string& b) { return a == b; };
  switch (c.type) {
    case checker_spec::kind::tokens:
      return compare_tokens(out, ans, same, "");
    case checker_spec::kind::real: {
      double tol = c.tolerance;
      return compare_tokens(out, ans, [tol](const std::string& o, const std::string& a) { return real_equal(o, a, tol); },
                            fmt::format("(within {:g}) ", tol).c_str());
    }
    case checker_spec::kind::lines: {
      check_result tok = compare_tokens(out, ans, same, "");
      if (tok.v != verdict::AC) return tok;
      auto ol = split_lines(out), al = split_lines(ans);
      for (std::size_t i = 0; i < std::max(ol.size(), al.size()); ++i) {
        std::string o = i < ol.size() ? ol[i] : "", a = i < al.size() ? al[i] : "";
        if (words(o) != words(a))
          return {verdict::PE, fmt::format("line {}: the tokens are right but split into lines differently: expected "
                                           "'{}', found '{}'", i + 1, clip(a), clip(o))};
      }
      return {verdict::AC, ""};
    }
    case checker_spec::kind::exact: {
      if (out == ans) return {verdict::AC, ""};
      check_result tok = compare_tokens(out, ans, same, "");
      if (tok.v != verdict::AC) return tok;
      std::size_t i = 0;
      while (i < out.size() && i < ans.size() && out[i] == ans[i]) ++i;
      std::size_t line = 1;
      for (std::size_t k = 0; k < i; ++k) line += out[k] == '\n';
      return {verdict::PE, fmt::format("byte {} (line {}): the tokens are right but the white space differs\n{}", i + 1,
                                       line, context(out, std::min(i, out.size())))};
    }
    case checker_spec::kind::custom:
      break;
  }
  return {verdict::FAIL, "internal: unknown checker"};
}

}  // namespace cpkit_tool
