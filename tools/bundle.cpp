// `cpkit bundle`: inline every cpkit header a solution includes, so the result compiles alone.
//
// How it works. Each file is read, its line endings normalised to LF, and split into logical
// lines by a small lexer that knows comments, string and character literals (with encoding
// prefixes), raw string literals, digit separators and backslash-newline splices. A logical line
// is one that ends at a newline outside any comment or literal and not spliced; a directive is
// a logical line whose first token is `#`. So an `#include` inside a comment, a string or a raw
// string is never seen, and a directive with a comment in it is still one.
//
// Directives are then walked in order, with a stack of conditional groups whose state is yes,
// no or unknown. A `#include "cpkit/..."` or `<cpkit/...>` in a group that is surely taken is
// replaced by the header's own bundled text (the first time only: each header once, by real
// path; later includes vanish), in a group surely not taken it is left alone (dead code), and
// in a group that depends on something outside the files (`#ifdef LOCAL`) it is an error, since
// the bundle cannot know what the judge will define. Conditions are evaluated in three-valued
// logic over the macros the bundled files themselves #define and #undef; a classic include guard
// counts as taken the first time. Angled includes of anything else (standard headers) are kept
// once: a repeat in a surely-taken group is dropped. `#pragma once` lines of headers are dropped
// (GCC warns about `#pragma once` in a main file). Every other byte is copied as is.
#include "bundle.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

extern char** environ;

namespace cpkit_tool {

namespace {

// ======================================================================================
// Lexing: logical lines
// ======================================================================================

struct logical_line {
  std::size_t begin = 0, end = 0;  // [begin, end) in the file text; end is just past '\n'
  int line = 1;                    // physical line number where it starts
  bool has_comment = false;
  std::string stripped;  // comments removed (a line comment: nothing, a block comment: " ")
  bool directive = false;
  std::string name;  // directive name: "include", "if", ... ("" for a null directive)
  std::string body;  // the rest of the directive, comments and splices removed, trimmed
};

struct source_file {
  fs::path path;
  std::string shown;  // path as shown in messages and #line markers
  std::string text;   // LF line endings, ends with '\n' unless empty
  std::vector<logical_line> lines;
};

bool is_ident_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '$' || u >= 0x80;
}
bool is_ident_start(char c) { return is_ident_char(c) && !std::isdigit(static_cast<unsigned char>(c)); }
bool is_hspace(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_hspace(c) || c == '\n'; });
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (is_hspace(s[b]) || s[b] == '\n')) ++b;
  while (e > b && (is_hspace(s[e - 1]) || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

// CRLF to LF, a leading UTF-8 byte order mark dropped (it would land mid-file), a final newline
// added. A lone '\r' is kept.
std::string normalise(std::string raw) {
  if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);
  std::string s;
  s.reserve(raw.size() + 1);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
    s += raw[i];
  }
  if (!s.empty() && s.back() != '\n') s += '\n';
  return s;
}

bool is_raw_prefix(std::string_view id) {
  return id == "R" || id == "LR" || id == "uR" || id == "UR" || id == "u8R";
}

// Splits `text` (normalised) into logical lines. Throws tool_error on an unterminated block
// comment or raw string literal, which would otherwise swallow the rest of the bundle.
std::vector<logical_line> split_lines(const std::string& text, const std::string& shown) {
  std::vector<logical_line> lines;
  const std::size_t n = text.size();
  std::size_t i = 0;
  int line_no = 1;
  auto count_newlines = [&](std::size_t from, std::size_t to) {
    return static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(from),
                                       text.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
  };
  std::string* out_ptr = nullptr;
  // A user-defined-literal suffix right after a closing quote ("x"_s, 'c'R): an identifier, never
  // the prefix of a raw string that follows.
  auto copy_suffix = [&](std::size_t k) {
    std::size_t j = k;
    if (j < n && is_ident_start(text[j]))
      while (j < n && is_ident_char(text[j])) ++j;
    out_ptr->append(text, k, j - k);
    return j;
  };
  while (i < n) {
    logical_line ll;
    ll.begin = i;
    ll.line = line_no;
    std::string& out = ll.stripped;
    out_ptr = &out;
    while (i < n) {  // (ends early only after a splice at the very end of the file)
      const char c = text[i];  // text ends with '\n', so i + 1 < n unless c == '\n'
      if (c == '\n') {
        ++line_no;
        out += c;
        ++i;
        if (i - 1 > ll.begin && text[i - 2] == '\\') continue;  // spliced: same logical line
        break;
      }
      if (c == '/' && text[i + 1] == '/') {
        ll.has_comment = true;
        i += 2;
        // To the end of the line; a backslash-newline continues the comment.
        while (i < n && !(text[i] == '\n' && text[i - 1] != '\\')) {
          if (text[i] == '\n') ++line_no;
          ++i;
        }
        continue;
      }
      if (c == '/' && text[i + 1] == '*') {
        ll.has_comment = true;
        const std::size_t close = text.find("*/", i + 2);
        if (close == std::string::npos)
          throw tool_error(fmt::format("{}:{}: unterminated /* comment", shown, line_no));
        line_no += count_newlines(i, close);
        i = close + 2;
        out += ' ';
        continue;
      }
      if (c == '"' || c == '\'') {
        // Ends at the matching quote, or unterminated at the end of the line (as compilers
        // lex a stray quote in a skipped group).
        out += c;
        ++i;
        while (i < n && text[i] != '\n') {
          if (text[i] == '\\' && i + 1 < n) {
            if (text[i + 1] == '\n') ++line_no;
            out += text[i];
            out += text[i + 1];
            i += 2;
            continue;
          }
          out += text[i];
          if (text[i++] == c) {
            i = copy_suffix(i);
            break;
          }
        }
        continue;
      }
      if (is_ident_start(c)) {
        std::size_t j = i;
        while (is_ident_char(text[j])) ++j;
        const std::string_view id(text.data() + i, j - i);
        if (text[j] == '"' && is_raw_prefix(id)) {
          // R"delim( ... )delim": the delimiter is at most 16 characters, no spaces,
          // parentheses or backslashes.
          std::size_t k = j + 1;
          while (k < n && k - (j + 1) <= 16 && text[k] != '(' && !is_hspace(text[k]) &&
                 text[k] != '\n' && text[k] != ')' && text[k] != '\\' && text[k] != '"')
            ++k;
          if (k < n && text[k] == '(' && k - (j + 1) <= 16) {
            const std::string close = ")" + text.substr(j + 1, k - (j + 1)) + "\"";
            const std::size_t e = text.find(close, k + 1);
            if (e == std::string::npos)
              throw tool_error(fmt::format("{}:{}: unterminated raw string literal", shown, line_no));
            const std::size_t stop = e + close.size();
            line_no += count_newlines(i, stop);
            out.append(text, i, stop - i);
            i = copy_suffix(stop);
            continue;
          }
        }
        out.append(id);
        i = j;  // an encoding prefix (u8, L, ...) is followed by a quote, lexed next
        continue;
      }
      if (std::isdigit(static_cast<unsigned char>(c)) ||
          (c == '.' && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
        // A pp-number, so the ' of a digit separator (1'000'000) is not a character literal.
        std::size_t j = i + 1;
        for (;;) {
          const char d = text[j];
          if ((d == 'e' || d == 'E' || d == 'p' || d == 'P') && (text[j + 1] == '+' || text[j + 1] == '-')) {
            j += 2;
          } else if (is_ident_char(d) || d == '.') {
            ++j;
          } else if (d == '\'' && is_ident_char(text[j + 1])) {
            j += 2;
          } else {
            break;
          }
        }
        out.append(text, i, j - i);
        i = j;
        continue;
      }
      out += c;
      ++i;
    }
    ll.end = i;

    // Directive? '#' first, after horizontal space and splices (comments are already spaces).
    const std::string& s = ll.stripped;
    std::size_t p = 0;
    auto skip_space = [&] {
      for (;;) {
        if (p < s.size() && is_hspace(s[p])) {
          ++p;
        } else if (p + 1 < s.size() && s[p] == '\\' && s[p + 1] == '\n') {
          p += 2;
        } else {
          break;
        }
      }
    };
    skip_space();
    if (p < s.size() && s[p] == '#') {
      ll.directive = true;
      ++p;
      skip_space();
      const std::size_t name_begin = p;
      while (p < s.size() && is_ident_char(s[p])) ++p;
      ll.name = s.substr(name_begin, p - name_begin);
      std::string rest;
      for (std::size_t q = p; q < s.size(); ++q) {
        if (s[q] == '\\' && q + 1 < s.size() && s[q + 1] == '\n') {
          ++q;
          continue;
        }
        rest += s[q];
      }
      ll.body = trim(rest);
    }
    lines.push_back(std::move(ll));
  }
  return lines;
}

// ======================================================================================
// Conditions: three-valued evaluation of #if expressions
// ======================================================================================

enum class tri { no, yes, unknown };

tri tri_not(tri t) { return t == tri::unknown ? t : (t == tri::yes ? tri::no : tri::yes); }

struct macro_info {
  tri defined = tri::unknown;
  std::optional<long long> value;  // for an object-like macro whose body is an integer literal
};
using macro_table = std::map<std::string, macro_info, std::less<>>;

std::vector<std::string> pp_tokens(std::string_view s) {
  static const char* const two[] = {"&&", "||", "==", "!=", "<=", ">=", "<<", ">>"};
  std::vector<std::string> t;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (is_hspace(c) || c == '\n') {
      ++i;
    } else if (is_ident_char(c) || (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      std::size_t j = i + 1;
      while (j < s.size() && (is_ident_char(s[j]) || s[j] == '.' ||
                              (s[j] == '\'' && std::isdigit(static_cast<unsigned char>(c)))))
        ++j;
      t.emplace_back(s.substr(i, j - i));
      i = j;
    } else if (c == '\'' || c == '"') {
      std::size_t j = i + 1;
      while (j < s.size() && s[j] != c) j += (s[j] == '\\') ? 2 : 1;
      j = std::min(j + 1, s.size());
      t.emplace_back(s.substr(i, j - i));
      i = j;
    } else {
      std::size_t len = 1;
      for (const char* op : two)
        if (s.compare(i, 2, op) == 0) len = 2;
      t.emplace_back(s.substr(i, len));
      i += len;
    }
  }
  return t;
}

// An integer literal (with digit separators and suffixes), or nothing.
std::optional<long long> parse_integer(std::string tok) {
  tok.erase(std::remove(tok.begin(), tok.end(), '\''), tok.end());
  while (!tok.empty() && (tok.back() == 'u' || tok.back() == 'U' || tok.back() == 'l' || tok.back() == 'L'))
    tok.pop_back();
  if (tok.empty() || !std::isdigit(static_cast<unsigned char>(tok[0]))) return std::nullopt;
  int base = 10;
  std::size_t p = 0;
  if (tok.size() > 1 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X')) {
    base = 16, p = 2;
  } else if (tok.size() > 1 && tok[0] == '0' && (tok[1] == 'b' || tok[1] == 'B')) {
    base = 2, p = 2;
  } else if (tok[0] == '0') {
    base = 8;
  }
  if (p == tok.size()) return std::nullopt;
  unsigned long long v = 0;
  for (; p < tok.size(); ++p) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(tok[p])));
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99);
    if (d >= base) return std::nullopt;
    v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
  }
  return static_cast<long long>(v);
}

// Evaluates a #if expression; anything it cannot be sure of is unknown. Identifiers that are not
// macros of the bundled files are unknown (the compiler or the command line may define them).
class pp_evaluator {
 public:
  pp_evaluator(std::vector<std::string> tokens, const macro_table& macros)
      : t_(std::move(tokens)), macros_(macros) {}

  tri result() {
    const value v = conditional();
    if (bad_ || pos_ != t_.size() || !v.known) return tri::unknown;
    return v.v != 0 ? tri::yes : tri::no;
  }

 private:
  struct value {
    bool known = false;
    long long v = 0;
  };
  static value known(long long v) { return {true, v}; }

  const std::string& peek() const {
    static const std::string end;
    return pos_ < t_.size() ? t_[pos_] : end;
  }
  bool accept(std::string_view s) {
    if (peek() == s) {
      ++pos_;
      return true;
    }
    return false;
  }

  value conditional() {
    const value c = binary(1);
    if (!accept("?")) return c;
    const value a = conditional();
    if (!accept(":")) bad_ = true;
    const value b = conditional();
    if (c.known) return c.v ? a : b;
    if (a.known && b.known && a.v == b.v) return a;
    return {};
  }

  static int precedence(const std::string& op) {
    static const std::map<std::string, int, std::less<>> p = {
        {"||", 1}, {"&&", 2}, {"|", 3},  {"^", 4},  {"&", 5},  {"==", 6}, {"!=", 6},
        {"<", 7},  {">", 7},  {"<=", 7}, {">=", 7}, {"<<", 8}, {">>", 8}, {"+", 9},
        {"-", 9},  {"*", 10}, {"/", 10}, {"%", 10}};
    auto it = p.find(op);
    return it == p.end() ? 0 : it->second;
  }

  value binary(int min_prec) {
    value lhs = unary();
    for (;;) {
      const std::string op = peek();
      const int prec = precedence(op);
      if (prec == 0 || prec < min_prec) return lhs;
      ++pos_;
      const value rhs = binary(prec + 1);
      lhs = apply(op, lhs, rhs);
    }
  }

  static value apply(const std::string& op, value a, value b) {
    if (op == "&&") {
      if ((a.known && !a.v) || (b.known && !b.v)) return known(0);
      return a.known && b.known ? known(1) : value{};
    }
    if (op == "||") {
      if ((a.known && a.v) || (b.known && b.v)) return known(1);
      return a.known && b.known ? known(0) : value{};
    }
    if (!a.known || !b.known) return {};
    using u = unsigned long long;
    const u x = static_cast<u>(a.v), y = static_cast<u>(b.v);
    if (op == "|") return known(static_cast<long long>(x | y));
    if (op == "^") return known(static_cast<long long>(x ^ y));
    if (op == "&") return known(static_cast<long long>(x & y));
    if (op == "==") return known(a.v == b.v);
    if (op == "!=") return known(a.v != b.v);
    if (op == "<") return known(a.v < b.v);
    if (op == ">") return known(a.v > b.v);
    if (op == "<=") return known(a.v <= b.v);
    if (op == ">=") return known(a.v >= b.v);
    if (op == "+") return known(static_cast<long long>(x + y));
    if (op == "-") return known(static_cast<long long>(x - y));
    if (op == "*") return known(static_cast<long long>(x * y));
    if (op == "<<" || op == ">>") {
      if (b.v < 0 || b.v > 63) return {};
      return known(static_cast<long long>(op == "<<" ? x << b.v : x >> b.v));
    }
    if (b.v == 0 || (a.v == std::numeric_limits<long long>::min() && b.v == -1)) return {};
    return known(op == "/" ? a.v / b.v : a.v % b.v);
  }

  value unary() {
    if (accept("!")) {
      const value v = unary();
      return v.known ? known(!v.v) : v;
    }
    if (accept("~")) {
      const value v = unary();
      return v.known ? known(~v.v) : v;
    }
    if (accept("-")) {
      const value v = unary();
      return v.known ? known(static_cast<long long>(0ull - static_cast<unsigned long long>(v.v))) : v;
    }
    if (accept("+")) return unary();
    return primary();
  }

  value primary() {
    if (pos_ >= t_.size()) {
      bad_ = true;
      return {};
    }
    const std::string tok = t_[pos_++];
    if (tok == "(") {
      const value v = conditional();
      if (!accept(")")) bad_ = true;
      return v;
    }
    if (std::isdigit(static_cast<unsigned char>(tok[0]))) {
      auto v = parse_integer(tok);
      if (!v) bad_ = true;
      return v ? known(*v) : value{};
    }
    if (!is_ident_start(tok[0])) {
      if (tok[0] != '\'') bad_ = true;  // a character literal: value not worked out
      return {};
    }
    if (tok == "defined") {
      const bool paren = accept("(");
      if (pos_ >= t_.size() || !is_ident_start(t_[pos_][0])) {
        bad_ = true;
        return {};
      }
      const std::string name = t_[pos_++];
      if (paren && !accept(")")) bad_ = true;
      auto it = macros_.find(name);
      const tri d = it == macros_.end() ? tri::unknown : it->second.defined;
      return d == tri::unknown ? value{} : known(d == tri::yes);
    }
    if (tok == "true") return known(1);
    if (tok == "false") return known(0);
    if (peek() == "(") {  // function-like macro or __has_include(...): skip its arguments
      int depth = 0;
      do {
        if (peek() == "(") ++depth;
        if (peek() == ")") --depth;
        ++pos_;
      } while (depth > 0 && pos_ < t_.size());
      return {};
    }
    auto it = macros_.find(tok);
    if (it == macros_.end() || it->second.defined == tri::unknown) return {};
    if (it->second.defined == tri::no) return known(0);  // #undef'd: an identifier is 0
    return it->second.value ? known(*it->second.value) : value{};
  }

  std::vector<std::string> t_;
  const macro_table& macros_;
  std::size_t pos_ = 0;
  bool bad_ = false;
};

// ======================================================================================
// The bundler
// ======================================================================================

std::string shown_path(const fs::path& p) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (!ec && p.is_absolute()) {
    const fs::path rel = p.lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
  }
  return p.lexically_normal().generic_string();
}

std::string real_key(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  if (ec) c = fs::absolute(p, ec).lexically_normal();
  return c.string();
}

bool is_regular(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

struct header_name {
  bool angled = false;
  std::string name;
  std::string spelled() const { return angled ? "<" + name + ">" : "\"" + name + "\""; }
};

std::optional<header_name> parse_header_name(const std::string& body) {
  if (body.empty() || (body[0] != '"' && body[0] != '<')) return std::nullopt;  // #include MACRO
  const char close = body[0] == '"' ? '"' : '>';
  const std::size_t e = body.find(close, 1);
  if (e == std::string::npos) return std::nullopt;
  return header_name{body[0] == '<', body.substr(1, e - 1)};
}

bool is_cpkit_header(const std::string& name) { return name.rfind("cpkit/", 0) == 0; }

// `#ifndef X` / `#if !defined(X)` / `#if !defined X` as the first directive, `#define X` as the
// next, the matching `#endif` as the last, nothing but comments and blank lines outside.
struct guard_info {
  std::string macro;
  std::size_t if_index = 0;
};

std::optional<guard_info> detect_guard(const std::vector<logical_line>& lines) {
  auto next_significant = [&](std::size_t k) {
    while (k < lines.size() && !lines[k].directive && is_blank(lines[k].stripped)) ++k;
    return k;
  };
  const std::size_t k = next_significant(0);
  if (k == lines.size() || !lines[k].directive) return std::nullopt;
  std::string macro;
  const auto toks = pp_tokens(lines[k].body);
  if (lines[k].name == "ifndef" && toks.size() == 1) {
    macro = toks[0];
  } else if (lines[k].name == "if" && toks.size() == 5 && toks[0] == "!" && toks[1] == "defined" &&
             toks[2] == "(" && toks[4] == ")") {
    macro = toks[3];
  } else if (lines[k].name == "if" && toks.size() == 3 && toks[0] == "!" && toks[1] == "defined") {
    macro = toks[2];
  } else {
    return std::nullopt;
  }
  const std::size_t d = next_significant(k + 1);
  if (d == lines.size() || !lines[d].directive || lines[d].name != "define") return std::nullopt;
  const auto dt = pp_tokens(lines[d].body);
  if (dt.empty() || dt[0] != macro) return std::nullopt;
  int depth = 0;
  for (std::size_t i = k; i < lines.size(); ++i) {
    if (!lines[i].directive) continue;
    const std::string& nm = lines[i].name;
    if (nm == "if" || nm == "ifdef" || nm == "ifndef") {
      ++depth;
    } else if (depth == 1 && (nm == "else" || nm == "elif" || nm == "elifdef" || nm == "elifndef")) {
      return std::nullopt;
    } else if (nm == "endif" && --depth == 0) {
      if (next_significant(i + 1) != lines.size()) return std::nullopt;
      return guard_info{macro, k};
    }
  }
  return std::nullopt;
}

constexpr const char* bundle_note =
    "// Bundled with cpkit (C++ competitive-programming library, CC0-1.0: public domain, "
    "no attribution needed).\n";

class bundler {
 public:
  explicit bundler(const bundle_options& options) : options_(options) {
    for (const auto& d : options.include_dirs) search_.push_back(d);
    search_.push_back(cpkit_root() / "include");
  }

  bundle_result run(const fs::path& main_file) {
    const std::string key = real_key(main_file);
    stack_.push_back({key, shown_path(main_file), 0});
    process(main_file, shown_path(main_file), true);
    stack_.pop_back();
    bundle_result r;
    r.text = result_.headers.empty() ? std::move(out_) : bundle_note + out_;
    r.headers = std::move(result_.headers);
    r.warnings = std::move(result_.warnings);
    return r;
  }

 private:
  struct frame {
    tri active = tri::yes;
    bool taken = false;  // an earlier branch was surely taken
    bool maybe = false;  // an earlier branch may have been taken
    std::string where;   // "file:line" of the #if
    std::string text;    // "#ifdef LOCAL"
  };
  struct step {
    std::string key;    // real path
    std::string shown;  // as shown
    int line = 0;       // line of the #include being expanded in this file
  };

  tri region() const {
    tri r = tri::yes;
    for (const auto& f : conds_) {
      if (f.active == tri::no) return tri::no;
      if (f.active == tri::unknown) r = tri::unknown;
    }
    return r;
  }

  std::string chain() const {
    std::string s;
    for (const auto& st : stack_) {
      if (!s.empty()) s += " -> ";
      s += fmt::format("{}:{}", st.shown, st.line);
    }
    return s;
  }

  tri defined_state(const std::string& name) const {
    auto it = macros_.find(name);
    return it == macros_.end() ? tri::unknown : it->second.defined;
  }

  void emit_text(const source_file& f, const logical_line& l, std::string text) {
    if (options_.strip_comments) {
      if (l.has_comment) {
        // Trailing space left where a comment ended the line.
        std::size_t e = text.size() - 1;  // the final '\n'
        std::size_t b = e;
        while (b > 0 && is_hspace(text[b - 1])) --b;
        text.erase(b, e - b);
      }
      const bool blank = is_blank(text);
      if (blank && (l.has_comment || last_blank_)) return;
      last_blank_ = blank;
    }
    if (options_.line_markers && (marker_file_ != f.shown || marker_line_ != l.line)) {
      std::string name;
      for (char c : f.shown) {
        if (c == '\\' || c == '"') name += '\\';
        name += c;
      }
      out_ += fmt::format("#line {} \"{}\"\n", l.line, name);
      marker_file_ = f.shown;
      marker_line_ = l.line;
    }
    marker_line_ += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    out_ += text;
  }

  void emit(const source_file& f, const logical_line& l) {
    emit_text(f, l, options_.strip_comments ? l.stripped : f.text.substr(l.begin, l.end - l.begin));
  }

  void emit_comment(const std::string& line) {
    if (options_.strip_comments) return;
    out_ += line;
    ++marker_line_;
    last_blank_ = false;
  }

  std::optional<fs::path> resolve(const header_name& h, const fs::path& from) const {
    if (!h.angled) {
      const fs::path local = from.parent_path() / h.name;
      if (is_regular(local)) return local;
    }
    for (const auto& d : search_) {
      const fs::path p = d / h.name;
      if (is_regular(p)) return p;
    }
    return std::nullopt;
  }

  void include_header(const source_file& f, const logical_line& l, const header_name& h) {
    stack_.back().line = l.line;
    const auto path = resolve(h, f.path);
    if (!path) {
      std::string dirs;
      for (const auto& d : search_) dirs += (dirs.empty() ? "" : ", ") + shown_path(d);
      throw tool_error(fmt::format("{}:{}: #include {}: header not found (searched {}); include chain: {}",
                                   f.shown, l.line, h.spelled(), dirs, chain()));
    }
    const std::string key = real_key(*path);
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i].key != key) continue;
      std::string cycle;
      for (std::size_t j = i; j < stack_.size(); ++j)
        cycle += fmt::format("{}:{} -> ", stack_[j].shown, stack_[j].line);
      std::string from;
      for (std::size_t j = 0; j < i; ++j)
        from += fmt::format("{}{}:{}", from.empty() ? "" : " -> ", stack_[j].shown, stack_[j].line);
      throw tool_error(fmt::format("include cycle: {}{} (a header cannot come before itself){}", cycle,
                                   stack_[i].shown, from.empty() ? "" : "; reached from " + from));
    }
    if (!done_.insert(key).second) return;  // each header once
    result_.headers.push_back(h.name);
    emit_comment(fmt::format("// ---- {} ----\n", h.name));
    stack_.push_back({key, shown_path(*path), 0});
    process(*path, shown_path(*path), false);
    stack_.pop_back();
  }

  void process(const fs::path& path, const std::string& shown, bool is_main) {
    source_file f;
    f.path = path;
    f.shown = shown;
    try {
      f.text = normalise(read_file(path));
    } catch (const tool_error& e) {
      if (is_main) throw;
      throw tool_error(fmt::format("{}; include chain: {}", e.what(), chain()));
    }
    f.lines = split_lines(f.text, shown);

    const auto guard = is_main ? std::nullopt : detect_guard(f.lines);
    if (guard && defined_state(guard->macro) == tri::yes) return;  // the compiler skips it too

    const std::size_t base = conds_.size();
    for (std::size_t idx = 0; idx < f.lines.size(); ++idx) {
      const logical_line& l = f.lines[idx];
      if (!l.directive) {
        emit(f, l);
        continue;
      }
      const std::string& nm = l.name;
      const tri here = region();
      const std::string where = fmt::format("{}:{}", shown, l.line);
      if (nm == "if" || nm == "ifdef" || nm == "ifndef") {
        frame fr;
        fr.where = where;
        fr.text = trim("#" + nm + " " + l.body);
        if (guard && idx == guard->if_index) {
          fr.active = tri::yes;  // the include guard, entered the first time
        } else if (nm == "if") {
          fr.active = pp_evaluator(pp_tokens(l.body), macros_).result();
        } else {
          const auto toks = pp_tokens(l.body);
          const tri d = toks.empty() ? tri::unknown : defined_state(toks[0]);
          fr.active = nm == "ifdef" ? d : tri_not(d);
        }
        fr.taken = fr.active == tri::yes;
        fr.maybe = fr.active == tri::unknown;
        conds_.push_back(fr);
      } else if (nm == "elif" || nm == "elifdef" || nm == "elifndef" || nm == "else") {
        if (conds_.size() == base) throw tool_error(fmt::format("{}: #{} without #if", where, nm));
        frame& fr = conds_.back();
        tri v = tri::yes;
        if (nm == "elif") {
          v = pp_evaluator(pp_tokens(l.body), macros_).result();
        } else if (nm != "else") {
          const auto toks = pp_tokens(l.body);
          const tri d = toks.empty() ? tri::unknown : defined_state(toks[0]);
          v = nm == "elifdef" ? d : tri_not(d);
        }
        if (fr.taken || v == tri::no) {
          fr.active = tri::no;
        } else if (fr.maybe) {
          fr.active = tri::unknown;
        } else {
          fr.active = v;
        }
        fr.taken = fr.taken || fr.active == tri::yes;
        fr.maybe = fr.maybe || fr.active == tri::unknown;
        if (nm != "else") fr.text = fmt::format("#{} {}", nm, l.body);
        else fr.text = "#else of " + fr.text;
        fr.where = where;
      } else if (nm == "endif") {
        if (conds_.size() == base) throw tool_error(fmt::format("{}: #endif without #if", where));
        conds_.pop_back();
      } else if (nm == "define" || nm == "undef") {
        const auto toks = pp_tokens(l.body);
        if (!toks.empty() && here != tri::no) {
          macro_info& m = macros_[toks[0]];
          m.value.reset();
          if (here == tri::unknown) {
            m.defined = tri::unknown;
          } else if (nm == "undef") {
            m.defined = tri::no;
          } else {
            m.defined = tri::yes;
            // Object-like (no '(' right after the name) with an integer literal body.
            const std::size_t after = l.body.find(toks[0]) + toks[0].size();
            const bool function_like = after < l.body.size() && l.body[after] == '(';
            if (!function_like && toks.size() == 2) m.value = parse_integer(toks[1]);
          }
        }
      } else if (nm == "pragma" && !is_main && trim(l.body) == "once") {
        continue;  // each header is inlined once anyway; GCC warns on it in a main file
      } else if (nm == "include") {
        const auto h = parse_header_name(l.body);
        if (h && is_cpkit_header(h->name)) {
          if (here == tri::yes) {
            include_header(f, l, *h);
            continue;
          }
          if (here == tri::unknown) {
            const frame* why = nullptr;
            for (const auto& fr : conds_)
              if (fr.active == tri::unknown) why = &fr;
            throw tool_error(fmt::format(
                "{}: cannot decide whether to bundle #include {}: it is under \"{}\" ({}), which "
                "depends on macros the bundled files do not define (compiler flags?); move the "
                "include out of the #if",
                where, h->spelled(), why->text, why->where));
          }
          // Surely not taken: dead code, kept as it is.
        } else if (h && h->angled) {
          if (here == tri::yes && !std_seen_.insert(h->name).second) continue;  // once
        } else if (h) {
          const fs::path local = f.path.parent_path() / h->name;
          if (is_regular(local))
            result_.warnings.push_back(fmt::format(
                "{}: #include {} is a local file, kept as an #include: the bundle will not "
                "compile alone",
                where, h->spelled()));
        }
      }
      emit(f, l);
    }
    if (conds_.size() != base)
      throw tool_error(fmt::format("{}: #if without #endif (unterminated conditional)", conds_.back().where));
  }

  const bundle_options& options_;
  std::vector<fs::path> search_;
  std::string out_;
  bundle_result result_;
  std::vector<step> stack_;
  std::set<std::string> done_;
  std::set<std::string> std_seen_;
  macro_table macros_;
  std::vector<frame> conds_;
  bool last_blank_ = true;
  std::string marker_file_;
  int marker_line_ = 0;
};

// ======================================================================================
// --check: compile the bundle alone, like a judge
// ======================================================================================

struct profile {
  const char* name;
  const char* compiler;
  const char* std_flag;
};

constexpr profile profiles[] = {
    {"gcc-gnu++17", "g++", "-std=gnu++17"},     {"gcc-gnu++20", "g++", "-std=gnu++20"},
    {"gcc-c++17", "g++", "-std=c++17"},         {"clang-c++17", "clang++", "-std=c++17"},
    {"clang-gnu++17", "clang++", "-std=gnu++17"}, {"clang-c++20", "clang++", "-std=c++20"},
};
constexpr const char* default_profiles[] = {"gcc-gnu++17", "gcc-gnu++20", "clang-c++17"};

const profile* find_profile(const std::string& name) {
  for (const auto& p : profiles)
    if (name == p.name) return &p;
  return nullptr;
}

std::string profile_names() {
  std::string s;
  for (const auto& p : profiles) s += (s.empty() ? "" : ", ") + std::string(p.name);
  return s;
}


struct compile_outcome {
  bool ok = false;
  std::string log;  // compiler's stdout and stderr
  double seconds = 0;
};

// Runs argv in `dir` with stdout+stderr to `log_path`, the include-path variables removed from
// the environment, in its own process group, killed after `timeout` seconds.
compile_outcome run_compiler(const std::vector<std::string>& argv, const fs::path& dir,
                             const fs::path& log_path, double timeout) {
  compile_outcome r;
  // Everything the child needs is built before fork: it only makes async-signal-safe calls.
  std::vector<std::string> env_store;
  for (char** e = environ; e && *e; ++e) {
    const std::string_view kv(*e);
    if (kv.rfind("CPATH=", 0) == 0 || kv.rfind("CPLUS_INCLUDE_PATH=", 0) == 0 ||
        kv.rfind("C_INCLUDE_PATH=", 0) == 0 || kv.rfind("OBJCPLUS_INCLUDE_PATH=", 0) == 0)
      continue;
    env_store.emplace_back(kv);
  }
  std::vector<char*> envp, args;
  for (auto& s : env_store) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_store = argv;
  for (auto& s : argv_store) args.push_back(s.data());
  args.push_back(nullptr);
  const std::string dir_s = dir.string(), log_s = log_path.string();

  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) throw tool_error(fmt::format("cannot start {}: {}", argv[0], std::strerror(errno)));
  if (pid == 0) {
    setpgid(0, 0);
    const int in = open("/dev/null", O_RDONLY);
    const int out = open(log_s.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || chdir(dir_s.c_str()) != 0) _exit(127);
    dup2(in, 0);
    dup2(out, 1);
    dup2(out, 2);
    execve(args[0], args.data(), envp.data());
    _exit(127);
  }
  setpgid(pid, pid);
  int status = 0;
  bool timed_out = false;
  for (;;) {
    const pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) break;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > timeout && !timed_out) {
      timed_out = true;
      kill(-pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  try {
    r.log = read_file(log_path);
  } catch (const tool_error&) {
  }
  if (timed_out) r.log = fmt::format("compiler killed after {:.0f} s\n", timeout) + r.log;
  r.ok = !timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return r;
}

// First lines of a compiler log, indented, at most `max_lines`.
std::string head_lines(const std::string& log, int max_lines) {
  std::string s;
  std::size_t p = 0;
  int count = 0;
  while (p < log.size() && count < max_lines) {
    std::size_t e = log.find('\n', p);
    if (e == std::string::npos) e = log.size();
    s += "    " + log.substr(p, e - p) + "\n";
    p = e + 1;
    ++count;
  }
  if (p < log.size()) s += "    ...\n";
  return s;
}

// Compiles `source` under each profile in a fresh empty directory with no include path; prints
// one line per profile (and the compiler's first lines on failure) to stderr. True if all pass.
bool check_bundle(const std::string& source, const std::vector<const profile*>& chosen, bool werror) {
  std::string tmpl = (fs::temp_directory_path() / "cpkit-bundle-check-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw tool_error(fmt::format("cannot create a temporary directory: {}", std::strerror(errno)));
  const fs::path root(tmpl);
  bool all_ok = true;
  try {
    for (const profile* p : chosen) {
      std::vector<std::string> argv = {p->compiler, p->std_flag, "-O2", "-Wall", "-Wextra"};
      if (werror) argv.push_back("-Werror");
      argv.insert(argv.end(), {"bundle.cpp", "-o", "bundle"});
      std::string shown_cmd;
      for (const auto& a : argv) shown_cmd += (shown_cmd.empty() ? "" : " ") + a;

      const auto exe = find_program(p->compiler);
      if (!exe) {
        std::fprintf(stderr, "cpkit: check %s: FAILED: %s not found\n", p->name, p->compiler);
        all_ok = false;
        continue;
      }
      argv[0] = *exe;
      const fs::path dir = root / p->name;  // empty but for the bundle
      fs::create_directories(dir);
      write_file_atomic(dir / "bundle.cpp", source);
      const compile_outcome r = run_compiler(argv, dir, root / (std::string(p->name) + ".log"), 600);
      const bool warned = r.log.find("warning:") != std::string::npos;
      if (r.ok) {
        std::fprintf(stderr, "cpkit: check %s (%s): ok%s, %.1f s\n", p->name, shown_cmd.c_str(),
                     warned ? " with warnings" : "", r.seconds);
        if (warned) std::fputs(head_lines(r.log, 12).c_str(), stderr);
      } else {
        all_ok = false;
        std::fprintf(stderr, "cpkit: check %s (%s): FAILED\n%s", p->name, shown_cmd.c_str(),
                     head_lines(r.log, 15).c_str());
      }
    }
  } catch (...) {
    std::error_code ec;
    fs::remove_all(root, ec);
    throw;
  }
  std::error_code ec;
  fs::remove_all(root, ec);
  return all_ok;
}

// "65536", "64K", "64KiB", "1M", "1MiB" (binary units).
std::uint64_t parse_size(const std::string& s) {
  std::size_t p = 0;
  while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p]))) ++p;
  if (p == 0 || p > 15) throw tool_error(fmt::format("--limit {}: expected a number of bytes, like 65536 or 64K", s));
  std::uint64_t v = std::stoull(s.substr(0, p));
  std::string unit = s.substr(p);
  for (auto& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (unit.empty() || unit == "b") return v;
  if (unit == "k" || unit == "kb" || unit == "kib") return v << 10;
  if (unit == "m" || unit == "mb" || unit == "mib") return v << 20;
  throw tool_error(fmt::format("--limit {}: unknown unit (use bytes, K or M)", s));
}

std::string human_size(std::uint64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  if (bytes < (1u << 20)) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1 << 20));
}

struct cli_state {
  std::string file, output, limit = "64K";
  std::vector<std::string> include_dirs, check;
  bool strip_comments = false, line_markers = false, werror = false, quiet = false;
  CLI::Option* check_option = nullptr;
};

void run_bundle_command(cli_state& st) {
  // `--check` takes optional profile names, so `cpkit bundle --check sol.cpp` hands the file to
  // it: take it back.
  std::vector<const profile*> chosen;
  const bool checking = st.check_option && st.check_option->count() > 0;
  for (const auto& name : st.check) {
    if (name.empty()) continue;  // CLI11's value for a bare --check
    if (name == "all") {
      for (const auto& p : profiles) chosen.push_back(&p);
    } else if (const profile* p = find_profile(name)) {
      chosen.push_back(p);
    } else if (st.file.empty() && is_regular(name)) {
      st.file = name;
    } else {
      throw tool_error(fmt::format("--check {}: unknown profile (known: {}, or all)", name, profile_names()));
    }
  }
  if (checking && chosen.empty())
    for (const char* name : default_profiles) chosen.push_back(find_profile(name));
  if (st.werror && !checking) throw tool_error("--werror only makes sense with --check");
  if (st.file.empty()) throw tool_error("bundle: no FILE given (usage: cpkit bundle FILE [-o OUT] [options]; see --help)");
  const std::uint64_t limit = parse_size(st.limit);

  bundle_options opt;
  opt.strip_comments = st.strip_comments;
  opt.line_markers = st.line_markers;
  for (const auto& d : st.include_dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) throw tool_error(fmt::format("-I {}: not a directory", d));
    opt.include_dirs.emplace_back(d);
  }
  if (!st.output.empty()) {
    std::error_code ec;
    if (fs::exists(st.output, ec) && fs::equivalent(st.output, st.file, ec))
      throw tool_error(fmt::format("-o {}: that is the input file; write the bundle elsewhere", st.output));
  }

  const bundle_result r = bundle(st.file, opt);
  for (const auto& w : r.warnings) std::fprintf(stderr, "cpkit: warning: %s\n", w.c_str());

  if (st.output.empty()) {
    std::fflush(stderr);
    if (std::fwrite(r.text.data(), 1, r.text.size(), stdout) != r.text.size() || std::fflush(stdout) != 0)
      throw tool_error("cannot write the bundle to standard output");
  } else {
    write_file_atomic(st.output, r.text);
  }

  const std::uint64_t size = r.text.size();
  if (!st.quiet)
    std::fprintf(stderr, "cpkit: bundle: %s: %zu cpkit header%s, %llu bytes (%s) of a %s source limit\n",
                 st.output.empty() ? "stdout" : st.output.c_str(), r.headers.size(),
                 r.headers.size() == 1 ? "" : "s", static_cast<unsigned long long>(size),
                 human_size(size).c_str(), human_size(limit).c_str());
  if (size > limit)
    std::fprintf(stderr,
                 "cpkit: warning: the bundle is %llu bytes, above the judge source limit of %llu bytes "
                 "(%s)%s; --limit to change it\n",
                 static_cast<unsigned long long>(size), static_cast<unsigned long long>(limit),
                 human_size(limit).c_str(), st.strip_comments ? "" : "; try --strip-comments");

  if (checking && !check_bundle(r.text, chosen, st.werror)) {
    std::fflush(stdout);
    std::fflush(stderr);
    std::exit(1);
  }
}

}  // namespace

bundle_result bundle(const fs::path& file, const bundle_options& options) {
  bundler b(options);
  try {
    return b.run(file);
  } catch (const tool_error&) {
    throw;
  } catch (const std::exception& e) {
    throw tool_error(fmt::format("bundle {}: {}", file.string(), e.what()));
  }
}

std::string bundle_source(const fs::path& file, const bundle_options& options) {
  return bundle(file, options).text;
}

void register_bundle_command(CLI::App& app) {
  auto st = std::make_shared<cli_state>();
  CLI::App* cmd = app.add_subcommand(
      "bundle", "Inline the cpkit headers a solution includes: one file that compiles alone, to submit");
  cmd->add_option("FILE", st->file, "The solution (.cpp) to bundle");
  cmd->add_option("-o,--output", st->output, "Write the bundle here (atomically) instead of stdout");
  cmd->add_option("-I,--include-dir", st->include_dirs,
                  "Also look for cpkit/... headers here, before the cpkit checkout")
      ->allow_extra_args(false);
  cmd->add_flag("--strip-comments", st->strip_comments,
                "Remove comments (a one-line note naming cpkit and its licence stays)");
  cmd->add_flag("--line-markers", st->line_markers,
                "Emit #line so compiler errors point into the original headers");
  st->check_option = cmd->add_option("--check", st->check,
                                     "Compile the bundle alone under judge profiles (default: gcc-gnu++17 "
                                     "gcc-gnu++20 clang-c++17; known: " + profile_names() + "; 'all' for every one)")
                         ->expected(0, 64)
                         ->allow_extra_args(true);
  cmd->add_flag("--werror", st->werror, "With --check: warnings fail the check too");
  cmd->add_option("--limit", st->limit, "Judge source size limit: bytes, or with K/M (default 64K)");
  cmd->add_flag("-q,--quiet", st->quiet, "Do not print the size line (warnings still printed)");
  cmd->callback([st] {
    try {
      run_bundle_command(*st);
    } catch (const tool_error&) {
      throw;
    } catch (const std::exception& e) {  // e.g. a filesystem error in the temporary directory
      throw tool_error(fmt::format("bundle: {}", e.what()));
    }
  });
}

}  // namespace cpkit_tool
