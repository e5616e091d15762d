// `cpkit bundle`: inline every cpkit header a solution includes, so the result compiles alone.
//
// How it works, in the order of this file:
// 1. Reading: only regular files, at most 16 MiB, checked on the open descriptor (a FIFO,
//    a directory or /dev/zero is an error, never an endless read).
// 2. Lexing: each file's line endings are normalised to LF and the text split into logical lines
//    by a small lexer that knows comments, string and character literals (with encoding
//    prefixes), raw string literals, digit separators and backslash-newline splices. A directive
//    is a logical line whose first token is `#` or its digraph `%:`; `??=` (a trigraph, gone in
//    C++17) is not one. So an `#include` inside a comment, a string or a raw string is never seen.
// 3. Preprocessing tokens and macros: the object-like macros the bundled files #define, with
//    their replacement lists, and whether each is defined: yes, no, or unknown (defined or
//    undefined under an #if the bundler cannot decide).
// 4. #if expressions: evaluated like the compilers do (intmax_t/uintmax_t with the usual
//    arithmetic conversions, short-circuits, object-like macros expanded) in three-valued logic:
//    anything depending on the compiler or its flags (an identifier the files do not define,
//    __cplusplus, a function-like macro, __has_include of a standard header...) is unknown, with
//    the reason kept for the error message.
// 5. Header names and paths: `"cpkit/..."` or `<cpkit/...>`, spelled out or through a macro, is
//    looked up like a compiler does and must stay inside a cpkit folder (no `..` out of it, no
//    symlink out of it).
// 6. The bundler: directives walked in order with a stack of conditional groups (yes, no,
//    unknown). A cpkit include in a group surely taken is replaced by the header's bundled text
//    (the first time only: each header once, by real path); in a group surely not taken it is
//    left alone (dead code); in an undecidable group it is an error, since the bundle cannot know
//    what the judge will define. `__has_include` of a cpkit header is replaced by its value (the
//    judge has no cpkit folder). Standard includes are kept once; `#pragma once` of headers goes.
//    Every other byte is copied as is (or without comments and blank lines when asked).
// 7. The size limit and --fit: a bundle over --limit is not written (exit 1) and the report says
//    what each file weighs and what --fit would make of it; --fit strips comments, then drops blank
//    lines, as far as needed.
// 8. --check (compile alone like a judge), --sizes (the size table of every public header), and
//    the command itself.
#include "bundle.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

extern char** environ;

namespace cpkit_tool {

namespace {

// ======================================================================================
// 1. Reading: regular files only, bounded
// ======================================================================================

// Far above any judge's source limit (AtCoder's 512 KiB is the largest known) and any header.
constexpr std::uint64_t max_source_bytes = std::uint64_t{16} << 20;

const char* file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// The whole file. The type is checked on the open descriptor (opened non-blocking, so a FIFO with
// no writer cannot hang the open), and the read is capped, so nothing here can read forever.
std::string read_source(const fs::path& path, const std::string& shown) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) throw tool_error(fmt::format("{}: cannot read ({})", shown, std::strerror(errno)));
  struct closer {
    int fd;
    ~closer() { ::close(fd); }
  } close_it{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw tool_error(fmt::format("{}: cannot read ({})", shown, std::strerror(errno)));
  if (!S_ISREG(st.st_mode))
    throw tool_error(fmt::format("{}: is {}, not a regular file: nothing to bundle", shown, file_kind(st.st_mode)));
  if (static_cast<std::uint64_t>(st.st_size) > max_source_bytes)
    throw tool_error(fmt::format("{}: {} bytes, too big for a source file (the bundler reads at most {} MiB)", shown,
                                 static_cast<std::uint64_t>(st.st_size), max_source_bytes >> 20));
  std::string text;
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw tool_error(fmt::format("{}: read error ({})", shown, std::strerror(errno)));
    if (n == 0) break;
    text.append(buf, static_cast<std::size_t>(n));
    if (text.size() > max_source_bytes)  // grew while read
      throw tool_error(fmt::format("{}: more than {} MiB, too big for a source file", shown, max_source_bytes >> 20));
  }
  return text;
}

// ======================================================================================
// 2. Lexing: logical lines
// ======================================================================================

struct logical_line {
  std::size_t begin = 0, end = 0;  // [begin, end) in the file text; end is just past '\n'
  int line = 1;                    // physical line number where it starts
  bool has_comment = false;
  std::string stripped;  // comments removed (a line comment: nothing, a block comment: " ")
  bool directive = false;
  bool trigraph = false;  // starts with ??= (not a directive since C++17)
  std::string name;       // directive name: "include", "if", ... ("" for a null directive)
  std::string body;       // the rest of the directive, comments and splices removed, trimmed
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
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
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

std::string lowercase(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
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

// Fills ll.directive, name, body and trigraph from ll.stripped. Translation phase 2 comes first:
// splices are removed everywhere (so `#inc\<newline>lude` is an include), then the first token
// must be `#` or `%:` (not `##` or `%:%:`, which start no directive).
void parse_directive(logical_line& ll) {
  std::string s;
  s.reserve(ll.stripped.size());
  for (std::size_t q = 0; q < ll.stripped.size(); ++q) {
    if (ll.stripped[q] == '\\' && q + 1 < ll.stripped.size() && ll.stripped[q + 1] == '\n') {
      ++q;
      continue;
    }
    s += ll.stripped[q];
  }
  std::size_t p = 0;
  auto skip_space = [&] {
    while (p < s.size() && is_hspace(s[p])) ++p;
  };
  skip_space();
  if (s.compare(p, 3, "?\?=") == 0) {
    ll.trigraph = true;
    return;
  }
  if (s.compare(p, 1, "#") == 0 && s.compare(p, 2, "##") != 0 && s.compare(p, 3, "#%:") != 0) {
    p += 1;
  } else if (s.compare(p, 2, "%:") == 0 && s.compare(p, 4, "%:%:") != 0 && s.compare(p, 3, "%:#") != 0) {
    p += 2;
  } else {
    return;
  }
  ll.directive = true;
  skip_space();
  const std::size_t name_begin = p;
  while (p < s.size() && is_ident_char(s[p])) ++p;
  ll.name = s.substr(name_begin, p - name_begin);
  ll.body = trim(std::string_view(s).substr(p));
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
      if (is_digit(c) || (c == '.' && is_digit(text[i + 1]))) {
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
    parse_directive(ll);
    lines.push_back(std::move(ll));
  }
  return lines;
}

// ======================================================================================
// 3. Preprocessing tokens and macros
// ======================================================================================

enum class tok { ident, number, character, string, punct };

struct pp_token {
  tok kind = tok::punct;
  std::string text;
  std::size_t pos = 0, end = 0;  // [pos, end) in the text it was read from
  bool space_before = false;
};

// Tokens of a directive body (comments and splices already gone). Enough of the C++ grammar for
// #if, #define and #include: identifiers, pp-numbers, character and string literals (with
// encoding prefixes), and punctuators, longest first.
std::vector<pp_token> pp_tokens(std::string_view s) {
  static const char* const puncts[] = {"%:%:", "...", "<<=", ">>=", "->*", "<=>", "&&", "||", "==", "!=", "<=",
                                       ">=",   "<<",  ">>",  "##",  "::",  "->",  "++", "--", "+=", "-=", "*=",
                                       "/=",   "%=",  "&=",  "|=",  "^=",  ".*",  "<:", ":>", "<%", "%>", "%:"};
  std::vector<pp_token> t;
  std::size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    const char c = s[i];
    if (is_hspace(c) || c == '\n') {
      ++i;
      space = true;
      continue;
    }
    pp_token k;
    k.pos = i;
    k.space_before = space;
    space = false;
    std::size_t j = i + 1;
    if (is_ident_start(c)) {
      while (j < s.size() && is_ident_char(s[j])) ++j;
      const std::string_view id = s.substr(i, j - i);
      const bool prefix = id == "L" || id == "u" || id == "U" || id == "u8";
      if (prefix && j < s.size() && (s[j] == '\'' || s[j] == '"')) {
        i = j;  // a prefixed literal: lexed below from the quote, the prefix kept in its text
        j = i + 1;
      } else {
        k.kind = tok::ident;
      }
    }
    if (k.kind != tok::ident) {
      const char q = s[i];
      if (q == '\'' || q == '"') {
        while (j < s.size() && s[j] != q) j += (s[j] == '\\') ? 2 : 1;
        j = std::min(j + 1, s.size());
        k.kind = q == '\'' ? tok::character : tok::string;
      } else if (is_digit(q) || (q == '.' && i + 1 < s.size() && is_digit(s[i + 1]))) {
        k.kind = tok::number;
        while (j < s.size()) {
          const char d = s[j];
          if ((d == 'e' || d == 'E' || d == 'p' || d == 'P') && j + 1 < s.size() && (s[j + 1] == '+' || s[j + 1] == '-'))
            j += 2;
          else if (is_ident_char(d) || d == '.')
            ++j;
          else if (d == '\'' && j + 1 < s.size() && is_ident_char(s[j + 1]))
            j += 2;
          else
            break;
        }
      } else {
        k.kind = tok::punct;
        std::size_t len = 1;
        for (const char* p : puncts) {
          const std::size_t pl = std::strlen(p);
          if (pl > len && s.compare(i, pl, p) == 0) len = pl;
        }
        j = i + len;
      }
    }
    k.end = j;
    k.text = std::string(s.substr(k.pos, j - k.pos));
    t.push_back(std::move(k));
    i = j;
  }
  return t;
}

std::vector<std::string> token_texts(std::string_view s) {
  std::vector<std::string> r;
  for (auto& t : pp_tokens(s)) r.push_back(std::move(t.text));
  return r;
}

enum class tri { no, yes, unknown };

tri tri_not(tri t) { return t == tri::unknown ? t : (t == tri::yes ? tri::no : tri::yes); }

// What the bundled files say about a macro, up to the current line.
struct macro_def {
  tri defined = tri::unknown;  // unknown: #defined or #undef'd in a group the bundler cannot decide
  bool function_like = false;
  std::vector<pp_token> body;  // the replacement list (when defined is yes)
  std::string where;           // "file:line" of the last #define or #undef
};
using macro_table = std::map<std::string, macro_def, std::less<>>;

// Why an identifier has no value the bundler can use in an #if or an #include.
std::string why_unknown(const std::string& name, const macro_table& macros) {
  const auto it = macros.find(name);
  if (it == macros.end() && name.rfind("__", 0) == 0)
    return fmt::format("{} is the compiler's own (predefined or not): it depends on the judge's compiler and flags", name);
  if (it == macros.end())
    return fmt::format("{} is not defined by the bundled files (a compiler flag such as -D{}?)", name, name);
  const macro_def& m = it->second;
  if (m.defined == tri::unknown)
    return fmt::format("whether {} is defined depends on an #if the bundler cannot decide ({})", name, m.where);
  if (m.defined == tri::yes && m.function_like)
    return fmt::format("{} is a function-like macro ({}): the bundler does not expand those", name, m.where);
  if (m.defined == tri::yes) return fmt::format("{} expands to itself", name);
  return fmt::format("{} is not a macro", name);
}

// Operators of #if that C++ also spells as words.
const char* alternative_operator(const std::string& id) {
  static const std::pair<const char*, const char*> words[] = {
      {"and", "&&"}, {"or", "||"},     {"not", "!"},     {"bitand", "&"}, {"bitor", "|"},
      {"xor", "^"},  {"compl", "~"},   {"not_eq", "!="}, {"and_eq", "&="}, {"or_eq", "|="},
      {"xor_eq", "^="}};
  for (const auto& [w, op] : words)
    if (id == w) return op;
  return nullptr;
}

bool takes_parenthesised_operand(const std::string& id) {
  return id == "__has_include" || id == "__has_include_next" || id == "__has_cpp_attribute" ||
         id == "__has_attribute" || id == "__has_builtin";
}

// Object-like macros replaced by their replacement lists, recursively (a macro is not expanded
// inside its own expansion). Function-like macros and macros the files do not settle are left as
// they are, for the caller to explain. In an #if (`in_if`), the operand of `defined` and the
// parenthesised operand of __has_include and friends are not expanded, like the compilers do.
// `overflow` is set when the expansion grows past any sane size (a macro bomb).
class macro_expander {
 public:
  macro_expander(const macro_table& macros, bool in_if) : macros_(macros), in_if_(in_if) {}

  std::vector<pp_token> expand(const std::vector<pp_token>& in) {
    std::vector<pp_token> out;
    run(in, out);
    return out;
  }
  bool overflow() const { return overflow_; }

 private:
  static constexpr std::size_t max_tokens = 1 << 16;
  static constexpr std::size_t max_depth = 256;

  void run(const std::vector<pp_token>& in, std::vector<pp_token>& out) {
    for (std::size_t i = 0; i < in.size() && !overflow_; ++i) {
      const pp_token& t = in[i];
      if (out.size() > max_tokens || active_.size() > max_depth) {
        overflow_ = true;
        return;
      }
      if (in_if_ && t.kind == tok::ident && t.text == "defined") {
        out.push_back(t);  // and its operand, as is: `defined X` or `defined ( X )`
        const bool paren = i + 1 < in.size() && in[i + 1].text == "(";
        const std::size_t last = std::min(in.size() - 1, i + (paren ? 3 : 1));
        for (++i; i <= last; ++i) out.push_back(in[i]);
        --i;
        continue;
      }
      if (in_if_ && t.kind == tok::ident && takes_parenthesised_operand(t.text) && i + 1 < in.size() &&
          in[i + 1].text == "(") {
        int depth = 0;
        do {
          if (in[i].text == "(") ++depth;
          if (in[i].text == ")") --depth;
          out.push_back(in[i++]);
        } while (i < in.size() && depth > 0);
        --i;
        continue;
      }
      const auto it = t.kind == tok::ident ? macros_.find(t.text) : macros_.end();
      const bool expandable = it != macros_.end() && it->second.defined == tri::yes && !it->second.function_like &&
                              std::find(active_.begin(), active_.end(), t.text) == active_.end();
      if (!expandable) {
        out.push_back(t);
        continue;
      }
      active_.push_back(t.text);
      const std::size_t first = out.size();
      run(it->second.body, out);
      if (first < out.size()) out[first].space_before = t.space_before;
      active_.pop_back();
    }
  }

  const macro_table& macros_;
  bool in_if_;
  std::vector<std::string> active_;
  bool overflow_ = false;
};

// ======================================================================================
// 4. #if expressions
// ======================================================================================

// A value of an #if expression: intmax_t or uintmax_t (both 64 bits on every judge), or unknown
// with the reason. A known value always has a known type; a value may be unknown with a known
// type (`FLAG < 3` is an int whatever FLAG is).
struct pp_value {
  bool known = false;
  bool typed = false;
  bool is_unsigned = false;
  std::uint64_t bits = 0;
  std::string why;  // when not known

  static pp_value of_signed(std::int64_t v) { return {true, true, false, static_cast<std::uint64_t>(v), {}}; }
  static pp_value of_unsigned(std::uint64_t v) { return {true, true, true, v, {}}; }
  static pp_value of_bool(bool b) { return of_signed(b ? 1 : 0); }
  static pp_value unknown(std::string why) { return {false, false, false, 0, std::move(why)}; }
  static pp_value unknown_int(std::string why) { return {false, true, false, 0, std::move(why)}; }

  std::int64_t as_signed() const { return static_cast<std::int64_t>(bits); }
  bool negative() const { return !is_unsigned && as_signed() < 0; }
};

// Whether a subexpression is evaluated by the compiler: surely (errors are errors), maybe (it
// depends on something unknown: errors make the value unknown), or not at all (the operand of a
// short-circuit already decided: only parsed).
enum class eval_mode { surely, maybe, skipped };

eval_mode when(eval_mode outer, tri taken) {
  if (outer == eval_mode::skipped || taken == tri::no) return eval_mode::skipped;
  if (taken == tri::unknown) return eval_mode::maybe;
  return outer;
}

tri truth(const pp_value& v) { return !v.known ? tri::unknown : (v.bits != 0 ? tri::yes : tri::no); }

struct condition {
  tri value = tri::unknown;
  std::string why;  // when unknown
};

// Evaluates the (already macro-expanded) tokens of an #if. A division by zero, or an integer
// literal too large for uintmax_t, in a part surely evaluated throws tool_error "<where>: ..."
// (the compilers reject it too); what the bundler cannot evaluate is unknown, with the reason.
class if_evaluator {
 public:
  if_evaluator(std::vector<pp_token> tokens, const macro_table& macros, eval_mode mode, std::string where,
               std::string spelled)
      : t_(std::move(tokens)), macros_(macros), mode_(mode), where_(std::move(where)), spelled_(std::move(spelled)) {}

  condition result() {
    if (t_.empty()) return {tri::unknown, "an #if with no expression"};
    const pp_value v = comma(mode_);
    if (bad_.empty() && pos_ != t_.size()) bad_ = fmt::format("unexpected \"{}\"", t_[pos_].text);
    if (!bad_.empty()) return {tri::unknown, fmt::format("the bundler cannot parse it ({})", bad_)};
    if (!v.known) return {tri::unknown, v.why};
    return {v.bits != 0 ? tri::yes : tri::no, {}};
  }

 private:
  // The operator a token stands for ("and" is "&&"), or "" for an operand.
  std::string op_at(std::size_t i) const {
    if (i >= t_.size()) return "";
    const pp_token& k = t_[i];
    if (k.kind == tok::punct) return k.text;
    if (k.kind == tok::ident)
      if (const char* op = alternative_operator(k.text)) return op;
    return "";
  }
  std::string peek_op() const { return op_at(pos_); }
  bool accept(const char* op) {
    if (peek_op() != op) return false;
    ++pos_;
    return true;
  }
  void fail(std::string what) {
    if (bad_.empty()) bad_ = std::move(what);
  }

  // An error the compiler would report: an error when surely evaluated, else an unknown value.
  pp_value error(eval_mode m, const std::string& what) {
    if (m == eval_mode::surely) throw tool_error(fmt::format("{}: {} in \"{}\"", where_, what, spelled_));
    return pp_value::unknown(what + " (if evaluated)");
  }

  pp_value comma(eval_mode m) {
    pp_value v = conditional(m);
    while (accept(",")) v = conditional(m);
    return v;
  }

  pp_value conditional(eval_mode m) {
    const pp_value c = binary(1, m);
    if (!accept("?")) return c;
    const pp_value a = comma(when(m, truth(c)));
    if (!accept(":")) fail("'?' without ':'");
    const pp_value b = conditional(when(m, tri_not(truth(c))));
    // The result has the common type of both branches, even the one not taken.
    pp_value r;
    r.typed = a.typed && b.typed;
    r.is_unsigned = (a.typed && a.is_unsigned) || (b.typed && b.is_unsigned);
    const pp_value* chosen = c.known ? (c.bits != 0 ? &a : &b) : nullptr;
    if (chosen && chosen->known && r.typed) {
      r.known = true;
      r.bits = chosen->bits;
    } else if (!chosen && a.known && b.known && r.typed && a.bits == b.bits) {
      r.known = true;
      r.bits = a.bits;
    } else {
      r.why = !c.known ? c.why : chosen && !chosen->known ? chosen->why : !a.typed ? a.why : b.why;
    }
    return r;
  }

  static int precedence(const std::string& op) {
    static const std::map<std::string, int, std::less<>> p = {
        {"||", 1}, {"&&", 2}, {"|", 3},  {"^", 4},  {"&", 5},  {"==", 6}, {"!=", 6},
        {"<", 7},  {">", 7},  {"<=", 7}, {">=", 7}, {"<<", 8}, {">>", 8}, {"+", 9},
        {"-", 9},  {"*", 10}, {"/", 10}, {"%", 10}};
    auto it = p.find(op);
    return it == p.end() ? 0 : it->second;
  }

  pp_value binary(int min_prec, eval_mode m) {
    pp_value lhs = unary(m);
    for (;;) {
      const std::string op = peek_op();
      const int prec = precedence(op);
      if (prec == 0 || prec < min_prec) return lhs;
      ++pos_;
      if (op == "&&" || op == "||") {
        // The right side is evaluated only if the left one does not settle it.
        const tri left = truth(lhs);
        const pp_value rhs = binary(prec + 1, when(m, op == "&&" ? left : tri_not(left)));
        lhs = logical(op == "&&", lhs, rhs);
      } else {
        const pp_value rhs = binary(prec + 1, m);
        lhs = arithmetic(op, lhs, rhs, m);
      }
    }
  }

  static pp_value logical(bool is_and, const pp_value& a, const pp_value& b) {
    const tri x = truth(a), y = truth(b);
    const tri settles = is_and ? tri::no : tri::yes;  // 0 for &&, 1 for ||
    if (x == settles || y == settles) return pp_value::of_bool(settles == tri::yes);
    if (x != tri::unknown && y != tri::unknown) return pp_value::of_bool(settles != tri::yes);
    return pp_value::unknown_int(x == tri::unknown ? a.why : b.why);
  }

  // The usual arithmetic conversions, then the operator, as the C++ preprocessor does.
  pp_value arithmetic(const std::string& op, const pp_value& a, const pp_value& b, eval_mode m) {
    const bool comparison = op == "<" || op == ">" || op == "<=" || op == ">=" || op == "==" || op == "!=";
    const bool shift = op == "<<" || op == ">>";
    if ((op == "/" || op == "%") && b.known && b.bits == 0 && m != eval_mode::skipped)
      return error(m, op == "/" ? "division by zero" : "remainder by zero (% 0)");
    if (!a.known || !b.known) {
      pp_value r = pp_value::unknown(!a.known ? a.why : b.why);
      r.typed = comparison || (shift ? a.typed : a.typed && b.typed);
      r.is_unsigned = !comparison && (shift ? a.is_unsigned : (a.is_unsigned || b.is_unsigned));
      return r;
    }
    if (m == eval_mode::skipped) return pp_value::of_signed(0);  // only parsed
    const bool u = a.is_unsigned || b.is_unsigned;
    const std::uint64_t x = a.bits, y = b.bits;
    const std::int64_t sx = a.as_signed(), sy = b.as_signed();
    auto typed = [u](std::uint64_t v) { return u ? pp_value::of_unsigned(v) : pp_value::of_signed(static_cast<std::int64_t>(v)); };
    if (op == "==") return pp_value::of_bool(x == y);
    if (op == "!=") return pp_value::of_bool(x != y);
    if (op == "<") return pp_value::of_bool(u ? x < y : sx < sy);
    if (op == ">") return pp_value::of_bool(u ? x > y : sx > sy);
    if (op == "<=") return pp_value::of_bool(u ? x <= y : sx <= sy);
    if (op == ">=") return pp_value::of_bool(u ? x >= y : sx >= sy);
    if (op == "|") return typed(x | y);
    if (op == "^") return typed(x ^ y);
    if (op == "&") return typed(x & y);
    if (op == "+") return typed(x + y);  // wraps, as the compilers do (with a warning when signed)
    if (op == "-") return typed(x - y);
    if (op == "*") return typed(x * y);
    if (op == "/" || op == "%") {
      if (u) return typed(op == "/" ? x / y : x % y);
      if (sx == std::numeric_limits<std::int64_t>::min() && sy == -1)
        return pp_value::unknown("INTMAX_MIN / -1 overflows");
      return pp_value::of_signed(op == "/" ? sx / sy : sx % sy);
    }
    // Shifts: the type is the left operand's; a count of 64 or more shifts everything out.
    if (b.negative()) return pp_value::unknown("a negative shift count (g++ and clang++ disagree on it)");
    const auto with_type = [&a](std::uint64_t v) {
      return a.is_unsigned ? pp_value::of_unsigned(v) : pp_value::of_signed(static_cast<std::int64_t>(v));
    };
    const bool fill = a.negative() && op == ">>";
    if (y >= 64) return with_type(fill ? ~std::uint64_t{0} : 0);
    if (op == "<<") return with_type(x << y);
    return with_type(fill ? ~(~x >> y) : x >> y);
  }

  pp_value unary(eval_mode m) {
    if (++depth_ > 256) {
      fail("nested too deeply");
      pos_ = t_.size();
    }
    pp_value v;
    const std::string op = peek_op();
    if (op == "!" || op == "~" || op == "-" || op == "+") {
      ++pos_;
      v = unary(m);
      if (op == "!") {
        v = v.known ? pp_value::of_bool(v.bits == 0) : pp_value::unknown_int(v.why);
      } else if (op == "~") {
        v.bits = ~v.bits;
      } else if (op == "-") {
        v.bits = std::uint64_t{0} - v.bits;
      }
      if (!v.known) v.bits = 0;
    } else {
      v = primary(m);
    }
    --depth_;
    return v;
  }

  // Skips a parenthesised group starting at pos_ (which is "(").
  void skip_parenthesised() {
    int depth = 0;
    do {
      if (op_at(pos_) == "(") ++depth;
      if (op_at(pos_) == ")") --depth;
      ++pos_;
    } while (depth > 0 && pos_ < t_.size());
    if (depth > 0) fail("unbalanced parentheses");
  }

  pp_value primary(eval_mode m) {
    if (pos_ >= t_.size()) {
      fail("an operand is missing");
      return {};
    }
    const pp_token k = t_[pos_++];
    if (k.kind == tok::punct && k.text == "(") {
      const pp_value v = comma(m);
      if (!accept(")")) fail("'(' without ')'");
      return v;
    }
    if (k.kind == tok::number) return number(k.text, m);
    if (k.kind == tok::character) return character(k.text);
    if (k.kind != tok::ident) {
      fail(fmt::format("unexpected \"{}\"", k.text));
      return {};
    }
    if (k.text == "true") return pp_value::of_signed(1);
    if (k.text == "false") return pp_value::of_signed(0);
    if (k.text == "defined") return defined_operand();
    if (op_at(pos_) == "(") {
      const auto it = macros_.find(k.text);
      skip_parenthesised();
      if (it != macros_.end() && it->second.defined != tri::no) return pp_value::unknown(why_unknown(k.text, macros_));
      if (k.text == "__has_include" || k.text == "__has_include_next")
        return pp_value::unknown_int(k.text + "(...) of a header that is not cpkit's depends on the judge's compiler");
      return pp_value::unknown(k.text + "(...) depends on the compiler");
    }
    const auto it = macros_.find(k.text);
    if (it != macros_.end() && it->second.defined == tri::no) return pp_value::of_signed(0);  // #undef'd: 0
    return pp_value::unknown(why_unknown(k.text, macros_));
  }

  pp_value defined_operand() {
    const bool paren = accept("(");
    if (pos_ >= t_.size() || t_[pos_].kind != tok::ident) {
      fail("defined without a macro name");
      return {};
    }
    const std::string name = t_[pos_++].text;
    if (paren && !accept(")")) fail("defined( without ')'");
    const auto it = macros_.find(name);
    const tri d = it == macros_.end() ? tri::unknown : it->second.defined;
    if (d == tri::unknown) return pp_value::unknown_int(why_unknown(name, macros_));
    return pp_value::of_bool(d == tri::yes);
  }

  // An integer literal: decimal, 0x, 0b or octal, digit separators, suffixes u, l, ll in any
  // order. Unsigned when suffixed u or too large for intmax_t (both compilers agree).
  pp_value number(std::string s, eval_mode m) {
    const std::string spelled = s;
    s.erase(std::remove(s.begin(), s.end(), '\''), s.end());
    int base = 10;
    std::size_t p = 0;
    if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
      base = 16, p = 2;
    } else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
      base = 2, p = 2;
    } else if (s[0] == '0') {
      base = 8;
    }
    const bool floating = s.find('.') != std::string::npos ||
                          (base == 10 && s.find_first_of("eE") != std::string::npos) ||
                          (base == 16 && s.find_first_of("pP") != std::string::npos);
    if (floating) {
      fail(fmt::format("a floating literal {}", spelled));
      return {};
    }
    std::uint64_t v = 0;
    bool too_large = false;
    const std::size_t digits_begin = p;
    for (; p < s.size(); ++p) {
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[p])));
      const int d = is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99);
      if (d >= base) break;
      const auto ub = static_cast<std::uint64_t>(base), ud = static_cast<std::uint64_t>(d);
      if (v > (std::numeric_limits<std::uint64_t>::max() - ud) / ub) too_large = true;
      v = v * ub + ud;
    }
    const std::string suffix = lowercase(s.substr(p));
    static const char* const suffixes[] = {"", "u", "l", "ul", "lu", "ll", "ull", "llu"};
    const bool suffix_ok = std::find_if(std::begin(suffixes), std::end(suffixes),
                                        [&](const char* x) { return suffix == x; }) != std::end(suffixes);
    if (!suffix_ok || (p == digits_begin && base != 8)) {
      fail(fmt::format("the literal {}", spelled));
      return {};
    }
    if (too_large) return error(m, fmt::format("integer literal {} too large for uintmax_t", spelled));
    if (suffix.find('u') != std::string::npos || v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return pp_value::of_unsigned(v);
    return pp_value::of_signed(static_cast<std::int64_t>(v));
  }

  // A character literal, when its value is the same on every judge: one ASCII character or
  // escape, unprefixed (int) or u/U (unsigned: char16_t, char32_t).
  pp_value character(const std::string& s) {
    const std::size_t quote = s.find('\'');
    const std::string prefix = s.substr(0, quote);
    if (prefix == "L") return pp_value::unknown(s + ": wchar_t is signed 32 bits on Linux, unsigned 16 on Windows");
    if (prefix == "u8") return pp_value::unknown(s + ": a u8 character is char in C++17, char8_t in C++20");
    if (s.size() < quote + 2 || s.back() != '\'') {
      fail("an unterminated character literal");
      return {};
    }
    const std::string body = s.substr(quote + 1, s.size() - quote - 2);
    std::vector<std::uint64_t> chars;
    for (std::size_t i = 0; i < body.size();) {
      const auto c = static_cast<unsigned char>(body[i]);
      if (c != '\\') {
        chars.push_back(c);
        ++i;
        continue;
      }
      if (i + 1 >= body.size()) {
        fail("a bad escape");
        return {};
      }
      const char e = body[i + 1];
      static const std::string simple = "'\"?\\abfnrtv";
      static const std::uint64_t values[] = {'\'', '"', '?', '\\', 7, 8, 12, 10, 13, 9, 11};
      if (const std::size_t k = simple.find(e); k != std::string::npos) {
        chars.push_back(values[k]);
        i += 2;
      } else if (e >= '0' && e <= '7') {
        std::uint64_t v = 0;
        std::size_t j = i + 1;
        for (; j < body.size() && j < i + 4 && body[j] >= '0' && body[j] <= '7'; ++j) v = v * 8 + static_cast<std::uint64_t>(body[j] - '0');
        chars.push_back(v);
        i = j;
      } else if (e == 'x') {
        std::uint64_t v = 0;
        std::size_t j = i + 2;
        for (; j < body.size() && std::isxdigit(static_cast<unsigned char>(body[j])); ++j) {
          const char h = static_cast<char>(std::tolower(static_cast<unsigned char>(body[j])));
          v = (v << 4) + static_cast<std::uint64_t>(is_digit(h) ? h - '0' : h - 'a' + 10);
          if (v > 0xffffffff) break;
        }
        if (j == i + 2) {
          fail("\\x with no digits");
          return {};
        }
        chars.push_back(v);
        i = j;
      } else {
        return pp_value::unknown(s + ": a universal character name or unknown escape");
      }
    }
    if (chars.size() != 1) return pp_value::unknown(s + ": a multi-character literal has an implementation-defined value");
    const std::uint64_t v = chars[0];
    if (v >= 0x80)
      return pp_value::unknown(s + ": its value depends on whether char is signed on the judge (and on the encoding)");
    return prefix.empty() ? pp_value::of_signed(static_cast<std::int64_t>(v)) : pp_value::of_unsigned(v);
  }

  std::vector<pp_token> t_;
  const macro_table& macros_;
  eval_mode mode_;
  std::string where_, spelled_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  std::string bad_;
};

// The condition of `#if BODY` (or #elif): object-like macros expanded, then evaluated.
condition evaluate_if(const std::string& body, const macro_table& macros, eval_mode mode, const std::string& where,
                      const std::string& spelled) {
  macro_expander x(macros, true);
  std::vector<pp_token> tokens = x.expand(pp_tokens(body));
  if (x.overflow()) return {tri::unknown, "its macros expand to too many tokens"};
  return if_evaluator(std::move(tokens), macros, mode, where, spelled).result();
}

// ======================================================================================
// 5. Header names and paths
// ======================================================================================

struct header_name {
  bool angled = false;
  std::string name;
  std::string spelled() const { return angled ? "<" + name + ">" : "\"" + name + "\""; }
};

bool is_cpkit_header(const std::string& name) { return name.rfind("cpkit/", 0) == 0; }

// `"file"` or `<file>` at the start of a directive body.
std::optional<header_name> parse_header_name(const std::string& body) {
  if (body.empty() || (body[0] != '"' && body[0] != '<')) return std::nullopt;
  const char close = body[0] == '"' ? '"' : '>';
  const std::size_t e = body.find(close, 1);
  if (e == std::string::npos) return std::nullopt;
  return header_name{body[0] == '<', body.substr(1, e - 1)};
}

// A header name made of tokens, as `#include MACRO` sees it after expansion: one plain string
// literal, or `<` ... `>` (spelled with the spaces between the tokens).
std::optional<header_name> header_name_of(const std::vector<pp_token>& t) {
  if (t.size() == 1 && t[0].kind == tok::string && t[0].text.size() >= 2 && t[0].text[0] == '"')
    return header_name{false, t[0].text.substr(1, t[0].text.size() - 2)};
  if (t.size() >= 3 && t.front().text == "<" && t.back().text == ">") {
    std::string name;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) name += (i > 1 && t[i].space_before ? " " : "") + t[i].text;
    return header_name{true, name};
  }
  return std::nullopt;
}

std::string shown_path(const fs::path& p) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (!ec && p.is_absolute()) {
    const fs::path rel = p.lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
  }
  return p.lexically_normal().generic_string();
}

fs::path real_path(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  if (ec) c = fs::absolute(p, ec).lexically_normal();
  return c;
}

bool is_regular(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// True if `p` (real, symlinks resolved) is `dir` or inside it.
bool is_within(const fs::path& p, const fs::path& dir) {
  auto d = dir.begin();
  auto q = p.begin();
  for (; d != dir.end(); ++d, ++q)
    if (q == p.end() || *q != *d) return false;
  return true;
}

// ======================================================================================
// 6. The bundler
// ======================================================================================

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
  const auto toks = token_texts(lines[k].body);
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
  const auto dt = token_texts(lines[d].body);
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
    return run_main(main_file, shown_path(main_file), read_source(main_file, main_file.string()));
  }

  // A solution that exists only in memory, as if it were the file `path`.
  bundle_result run_text(const fs::path& path, const std::string& shown, std::string text) {
    return run_main(path, shown, std::move(text));
  }

 private:
  struct frame {
    tri active = tri::yes;
    bool taken = false;  // an earlier branch was surely taken
    bool maybe = false;  // an earlier branch may have been taken
    std::string where;   // "file:line" of the #if
    std::string text;    // "#ifdef LOCAL"
    std::string why;     // why it is unknown
  };
  struct step {
    std::string key;    // real path
    std::string shown;  // as shown
    int line = 0;       // line of the #include being expanded in this file
    std::size_t file_index = 0;  // into result_.files
  };

  bundle_result run_main(const fs::path& path, const std::string& shown, std::string text) {
    result_.files.push_back({shown, 0, 0});
    stack_.push_back({real_path(path).string(), shown, 0, 0});
    process(path, shown, normalise(std::move(text)), true);
    stack_.pop_back();
    bundle_result r = std::move(result_);
    if (!r.headers.empty()) {
      r.text = bundle_note + out_;
      r.note_bytes = std::strlen(bundle_note);
    } else {
      r.text = std::move(out_);
    }
    return r;
  }

  // ---- where we are ----

  tri region() const {
    tri r = tri::yes;
    for (const auto& f : conds_) {
      if (f.active == tri::no) return tri::no;
      if (f.active == tri::unknown) r = tri::unknown;
    }
    return r;
  }

  const frame& undecided_frame() const {
    const frame* why = &conds_.back();
    for (const auto& fr : conds_)
      if (fr.active == tri::unknown) why = &fr;
    return *why;
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

  // ---- output ----

  void count_bytes(std::size_t n) { result_.files[stack_.back().file_index].bytes += n; }

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
    if (options_.drop_blank_lines && is_blank(text)) return;
    if (options_.line_markers && (marker_file_ != f.shown || marker_line_ != l.line)) {
      std::string name;
      for (char c : f.shown) {
        if (c == '\\' || c == '"') name += '\\';
        name += c;
      }
      const std::string marker = fmt::format("#line {} \"{}\"\n", l.line, name);
      out_ += marker;
      count_bytes(marker.size());
      marker_file_ = f.shown;
      marker_line_ = l.line;
    }
    marker_line_ += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    out_ += text;
    count_bytes(text.size());
  }

  void emit(const source_file& f, const logical_line& l) {
    emit_text(f, l, options_.strip_comments ? l.stripped : f.text.substr(l.begin, l.end - l.begin));
  }

  // A directive written anew (its body rewritten): `#name body`, comments gone.
  void emit_directive(const source_file& f, const logical_line& l, const std::string& body) {
    emit_text(f, l, fmt::format("#{}{}{}\n", l.name, body.empty() ? "" : " ", body));
  }

  void emit_comment(const std::string& line) {
    if (options_.strip_comments) return;
    out_ += line;
    count_bytes(line.size());
    ++marker_line_;
    last_blank_ = false;
  }

  // ---- finding headers ----

  // Where a cpkit header is, looked up like a compiler does (a quoted name beside the including
  // file first, then each search directory), or nothing. A name that leaves the cpkit folder,
  // lexically or through a symlink, is an error: the bundle must hold only cpkit's headers.
  std::optional<fs::path> find_header(const header_name& h, const source_file& from, const std::string& where) const {
    const fs::path normal = fs::path(h.name).lexically_normal();
    if (normal.empty() || *normal.begin() != "cpkit" || normal.is_absolute())
      throw tool_error(fmt::format("{}: #include {} names a file outside the cpkit folder (it resolves to {}); "
                                   "the bundler inlines only cpkit headers",
                                   where, h.spelled(), normal.generic_string()));
    std::vector<fs::path> bases;
    if (!h.angled && !from.path.empty()) bases.push_back(from.path.parent_path());
    bases.insert(bases.end(), search_.begin(), search_.end());
    for (const auto& base : bases) {
      const fs::path candidate = base / h.name;
      std::error_code ec;
      const fs::file_status st = fs::status(candidate, ec);
      if (ec || !fs::exists(st) || fs::is_directory(st)) continue;  // compilers skip directories too
      const fs::path real = real_path(candidate), root = real_path(base / "cpkit");
      if (!is_within(real, root))
        throw tool_error(fmt::format("{}: #include {} leads outside the cpkit folder {} (to {}, through a symlink); "
                                     "the bundler inlines only files inside it",
                                     where, h.spelled(), shown_path(root), shown_path(real)));
      return candidate;
    }
    return std::nullopt;
  }

  fs::path require_header(const header_name& h, const source_file& f, const logical_line& l) const {
    const std::string where = fmt::format("{}:{}", f.shown, l.line);
    if (auto path = find_header(h, f, where)) return *path;
    std::string dirs;
    for (const auto& d : search_) dirs += (dirs.empty() ? "" : ", ") + shown_path(d);
    throw tool_error(fmt::format("{}: #include {}: header not found (searched {}); include chain: {}", where,
                                 h.spelled(), dirs, chain()));
  }

  // `__has_include("cpkit/...")` (or <...>) in a directive body replaced by 1 or 0: the judge
  // has no cpkit folder, so the compiler there would say 0 and drop what the bundle inlined.
  // Nothing if the body has none.
  std::optional<std::string> resolve_has_include(const std::string& body, const source_file& f, const logical_line& l) {
    const std::vector<pp_token> t = pp_tokens(body);
    std::string out;
    std::size_t copied = 0;
    bool changed = false;
    for (std::size_t i = 0; i + 3 < t.size(); ++i) {
      if (t[i].kind != tok::ident || t[i].text != "__has_include" || t[i + 1].text != "(") continue;
      std::optional<header_name> h;
      std::size_t close = i + 3;  // index of ")"
      if (t[i + 2].kind == tok::string && t[i + 2].text[0] == '"' && t[i + 3].text == ")") {
        h = header_name{false, t[i + 2].text.substr(1, t[i + 2].text.size() - 2)};
      } else if (t[i + 2].text == "<") {
        std::size_t gt = i + 3;
        while (gt < t.size() && t[gt].text != ">") ++gt;
        if (gt + 1 < t.size() && t[gt + 1].text == ")") {
          h = header_name{true, trim(std::string_view(body).substr(t[i + 2].end, t[gt].pos - t[i + 2].end))};
          close = gt + 1;
        }
      }
      if (!h || !is_cpkit_header(h->name)) continue;
      const bool found = find_header(*h, f, fmt::format("{}:{}", f.shown, l.line)).has_value();
      out += body.substr(copied, t[i].pos - copied) + (found ? "1" : "0");
      copied = t[close].end;
      changed = true;
      i = close;
    }
    if (!changed) return std::nullopt;
    return out + body.substr(copied);
  }

  // ---- one file ----

  void process(const fs::path& path, const std::string& shown, std::string text, bool is_main) {
    source_file f;
    f.path = path;
    f.shown = shown;
    f.text = std::move(text);
    f.lines = split_lines(f.text, shown);

    const auto guard = is_main ? std::nullopt : detect_guard(f.lines);
    if (guard && defined_state(guard->macro) == tri::yes) return;  // the compiler skips it too

    const std::size_t base = conds_.size();
    bool has_code = false;
    for (std::size_t idx = 0; idx < f.lines.size(); ++idx) {
      const logical_line& l = f.lines[idx];
      if (l.trigraph) check_trigraph(f, l);
      if (!l.directive) {
        has_code = has_code || !is_blank(l.stripped);
        emit(f, l);
        continue;
      }
      const std::string& nm = l.name;
      if (nm == "if" || nm == "ifdef" || nm == "ifndef") {
        open_group(f, l, guard && idx == guard->if_index);
      } else if (nm == "elif" || nm == "elifdef" || nm == "elifndef" || nm == "else") {
        next_branch(f, l, base);
      } else if (nm == "endif") {
        if (conds_.size() == base) throw tool_error(fmt::format("{}:{}: #endif without #if", f.shown, l.line));
        conds_.pop_back();
        emit(f, l);
      } else if (nm == "define" || nm == "undef") {
        record_macro(f, l);
      } else if (nm == "pragma" && !is_main && l.body == "once") {
        // Each header is inlined once anyway; GCC warns about #pragma once in a main file.
      } else if (nm == "include" || nm == "include_next") {
        handle_include(f, l);
      } else {
        emit(f, l);
      }
    }
    if (conds_.size() != base)
      throw tool_error(fmt::format("{}: #if without #endif (unterminated conditional)", conds_.back().where));
    result_.files[stack_.back().file_index].umbrella = !has_code;
  }

  void check_trigraph(const source_file& f, const logical_line& l) const {
    if (region() == tri::no) return;  // text in a group not compiled, as for the compiler
    throw tool_error(fmt::format(
        "{}:{}: \"?\?=\" starts this line: a trigraph for #, removed in C++17 (g++ and clang++ read it as "
        "stray tokens, not a directive); write #",
        f.shown, l.line));
  }

  // ---- conditional groups ----

  // The value of #ifdef X / #ifndef X (and #elifdef, #elifndef).
  condition defined_condition(const logical_line& l, bool want_defined) const {
    const auto toks = token_texts(l.body);
    if (toks.empty()) return {tri::unknown, "no macro name"};
    const tri d = defined_state(toks[0]);
    if (d == tri::unknown) return {tri::unknown, why_unknown(toks[0], macros_)};
    return {want_defined ? d : tri_not(d), {}};
  }

  // The value of #if BODY / #elif BODY, where the directive is evaluated in `mode`.
  condition if_condition(const source_file& f, const logical_line& l, eval_mode mode) {
    if (mode == eval_mode::skipped) return {tri::no, {}};
    std::string body = l.body;
    if (auto rewritten = resolve_has_include(body, f, l)) body = *rewritten;
    return evaluate_if(body, macros_, mode, fmt::format("{}:{}", f.shown, l.line), "#" + l.name + " " + l.body);
  }

  // Emits an #if or #elif, rewritten if it asked __has_include about a cpkit header.
  void emit_condition(const source_file& f, const logical_line& l, bool evaluated) {
    if (evaluated && (l.name == "if" || l.name == "elif"))
      if (auto rewritten = resolve_has_include(l.body, f, l)) return emit_directive(f, l, *rewritten);
    emit(f, l);
  }

  void open_group(const source_file& f, const logical_line& l, bool is_guard) {
    const tri outer = region();
    frame fr;
    fr.where = fmt::format("{}:{}", f.shown, l.line);
    fr.text = trim("#" + l.name + " " + l.body);
    condition c;
    if (outer == tri::no) {
      c = {tri::no, {}};  // not even evaluated by the compiler
    } else if (is_guard) {
      c = {tri::yes, {}};  // the include guard, entered the first time
    } else if (l.name == "if") {
      c = if_condition(f, l, outer == tri::yes ? eval_mode::surely : eval_mode::maybe);
    } else {
      c = defined_condition(l, l.name == "ifdef");
    }
    fr.active = c.value;
    fr.why = c.why;
    fr.taken = fr.active == tri::yes;
    fr.maybe = fr.active == tri::unknown;
    conds_.push_back(fr);
    emit_condition(f, l, outer != tri::no);
  }

  void next_branch(const source_file& f, const logical_line& l, std::size_t base) {
    if (conds_.size() == base) throw tool_error(fmt::format("{}:{}: #{} without #if", f.shown, l.line, l.name));
    frame fr = conds_.back();
    conds_.pop_back();  // the enclosing region decides whether this directive is evaluated
    const tri outer = region();
    const eval_mode mode = fr.taken || outer == tri::no ? eval_mode::skipped
                           : fr.maybe || outer == tri::unknown ? eval_mode::maybe
                                                               : eval_mode::surely;
    condition c{tri::yes, {}};
    if (l.name == "elif") {
      c = if_condition(f, l, mode);
    } else if (l.name != "else") {
      c = defined_condition(l, l.name == "elifdef");
    }
    if (fr.taken || c.value == tri::no) {
      fr.active = tri::no;
    } else if (fr.maybe) {
      fr.active = tri::unknown;  // fr.why still says why the earlier branch is undecided
    } else {
      fr.active = c.value;
      fr.why = c.why;
    }
    fr.taken = fr.taken || fr.active == tri::yes;
    fr.maybe = fr.maybe || fr.active == tri::unknown;
    fr.text = l.name == "else" ? "#else of " + fr.text : fmt::format("#{} {}", l.name, l.body);
    fr.where = fmt::format("{}:{}", f.shown, l.line);
    conds_.push_back(fr);
    emit_condition(f, l, mode != eval_mode::skipped);
  }

  // ---- macros ----

  void record_macro(const source_file& f, const logical_line& l) {
    const tri here = region();
    std::string body = l.body;
    bool rewritten = false;
    if (here != tri::no && l.name == "define")
      if (auto r = resolve_has_include(body, f, l)) body = *r, rewritten = true;
    const auto toks = pp_tokens(body);
    if (!toks.empty() && toks[0].kind == tok::ident && here != tri::no) {
      macro_def& m = macros_[toks[0].text];
      m = macro_def{};
      m.where = fmt::format("{}:{}", f.shown, l.line);
      if (here == tri::unknown) {
        m.defined = tri::unknown;
      } else if (l.name == "undef") {
        m.defined = tri::no;
      } else {
        m.defined = tri::yes;
        // Function-like: a '(' right after the name, no space.
        m.function_like = toks.size() > 1 && toks[1].text == "(" && toks[1].pos == toks[0].end;
        if (!m.function_like) m.body.assign(toks.begin() + 1, toks.end());
      }
    }
    if (rewritten) return emit_directive(f, l, body);
    emit(f, l);
  }

  // ---- includes ----

  // The header an #include names: spelled out, or through object-like macros the files define.
  // Throws when it is a macro the bundler cannot evaluate (a cpkit header might hide behind it).
  header_name included_name(const source_file& f, const logical_line& l) const {
    if (auto h = parse_header_name(l.body)) return *h;
    const std::string where = fmt::format("{}:{}", f.shown, l.line);
    const std::vector<pp_token> raw = pp_tokens(l.body);
    macro_expander x(macros_, false);
    const std::vector<pp_token> t = x.expand(raw);
    if (auto h = header_name_of(t); h && !x.overflow()) return *h;
    std::string why;
    for (const auto& k : t)
      if (k.kind == tok::ident && why.empty()) why = why_unknown(k.text, macros_);
    if (why.empty() || x.overflow()) {
      std::string spelled;
      for (const auto& k : t) spelled += (spelled.empty() || !k.space_before ? "" : " ") + k.text;
      why = x.overflow() ? "it expands to too many tokens"
                         : fmt::format("it expands to {}, not a \"file\" or <file> header name", spelled.empty() ? "nothing" : spelled);
    }
    throw tool_error(fmt::format("{}: #{} {}: the bundler cannot tell which header this is: {}; write the "
                                 "header's name (a cpkit header would be missing from the bundle)",
                                 where, l.name, l.body, why));
  }

  void handle_include(const source_file& f, const logical_line& l) {
    const tri here = region();
    if (here == tri::no) return emit(f, l);  // dead code, kept as it is
    const header_name h = included_name(f, l);
    const std::string where = fmt::format("{}:{}", f.shown, l.line);
    if (is_cpkit_header(h.name)) {
      if (here == tri::unknown) {
        const frame& why = undecided_frame();
        throw tool_error(fmt::format(
            "{}: cannot decide whether to bundle #include {}: it is under \"{}\" ({}), which the bundler cannot "
            "evaluate: {}; move the include out of the #if",
            where, h.spelled(), why.text, why.where, why.why));
      }
      if (l.name == "include_next")
        throw tool_error(fmt::format("{}: #include_next {}: not supported for cpkit headers; use #include", where,
                                     h.spelled()));
      return include_header(f, l, h);
    }
    if (h.angled) {
      if (here == tri::yes && !std_seen_.insert(h.name).second) return;  // each standard header once
    } else if (is_regular(f.path.parent_path() / h.name)) {
      result_.warnings.push_back(fmt::format(
          "{}: #include {} is a local file, kept as an #include: the bundle will not compile alone", where,
          h.spelled()));
    }
    emit(f, l);
  }

  void include_header(const source_file& f, const logical_line& l, const header_name& h) {
    stack_.back().line = l.line;
    const fs::path path = require_header(h, f, l);
    const std::string key = real_path(path).string();
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
    const std::string shown = shown_path(path);
    std::string text;
    try {
      text = read_source(path, shown);
    } catch (const tool_error& e) {
      throw tool_error(fmt::format("{}; include chain: {}", e.what(), chain()));
    }
    result_.headers.push_back(h.name);
    ++result_.files[stack_.back().file_index].cpkit_includes;
    result_.files.push_back({h.name, 0, 0});
    stack_.push_back({key, shown, 0, result_.files.size() - 1});
    emit_comment(fmt::format("// ---- {} ----\n", h.name));
    process(path, shown, normalise(std::move(text)), false);
    stack_.pop_back();
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

// Any exception from the standard library becomes a tool_error in the tool's own words: the user
// never sees a library's message or a stack trace.
template <class F>
auto in_own_words(const std::string& context, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const tool_error&) {
    throw;
  } catch (const fs::filesystem_error& e) {
    const std::string path = e.path1().empty() ? context : e.path1().string();
    throw tool_error(fmt::format("{}: {}", path, e.code().message()));
  } catch (const std::bad_alloc&) {
    throw tool_error(fmt::format("{}: out of memory", context));
  } catch (const std::exception&) {
    throw tool_error(fmt::format("{}: internal failure of the bundler (please report it with the input)", context));
  }
}

// ======================================================================================
// 7. The size limit and --fit
// ======================================================================================

constexpr std::uint64_t default_limit = std::uint64_t{64} << 10;  // Codeforces' source limit

std::string human_size(std::uint64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  if (bytes < (1u << 20)) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1 << 20));
}

// --limit VALUE: bytes ("65536"), binary units ("64K", "64KiB", "64KB", "1M", "1MiB"), or "none"
// (no limit: nothing). Anything else is a one-line error naming the flag.
std::optional<std::uint64_t> parse_limit(const std::string& s) {
  if (lowercase(s) == "none") return std::nullopt;
  const std::string bad =
      fmt::format("--limit '{}': not a size; give bytes (65536), K or KiB (64K), M or MiB (1M), or none", s);
  std::size_t p = 0;
  while (p < s.size() && is_digit(s[p])) ++p;
  if (p == 0 || p > 19) throw tool_error(bad);  // 19 digits fit in 64 bits
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < p; ++i) v = v * 10 + static_cast<std::uint64_t>(s[i] - '0');
  const std::string unit = lowercase(s.substr(p));
  int shift = 0;
  if (unit == "k" || unit == "kb" || unit == "kib") {
    shift = 10;
  } else if (unit == "m" || unit == "mb" || unit == "mib") {
    shift = 20;
  } else if (!unit.empty() && unit != "b") {
    throw tool_error(bad);
  }
  if (v > (std::numeric_limits<std::uint64_t>::max() >> shift))
    throw tool_error(fmt::format("--limit '{}': too large", s));
  v <<= shift;
  if (v == 0) throw tool_error(fmt::format("--limit '{}': a limit is at least 1 byte (or none, for no limit)", s));
  return v;
}

// --fit's steps, in order: each keeps what the previous ones did.
struct fit_step {
  const char* done;  // as said on stderr
  bool bundle_options::*flag;
};
constexpr fit_step fit_steps[] = {{"stripped comments", &bundle_options::strip_comments},
                                  {"dropped blank lines", &bundle_options::drop_blank_lines}};

bundle_options fully_fitted(bundle_options o) {
  for (const auto& s : fit_steps) o.*(s.flag) = true;
  return o;
}

// Applies --fit's steps until the bundle fits (or none is left), saying each on stderr.
bundle_result fit(const fs::path& file, bundle_options& options, bundle_result r, std::uint64_t limit) {
  if (r.text.size() <= limit) {
    std::fprintf(stderr, "cpkit: fit: %zu bytes fit as is; nothing removed\n", r.text.size());
    return r;
  }
  for (const auto& s : fit_steps) {
    if (options.*(s.flag)) continue;  // asked for already (--strip-comments)
    options.*(s.flag) = true;
    const std::size_t before = r.text.size();
    r = bundle(file, options);
    const bool fits = r.text.size() <= limit;
    std::fprintf(stderr, "cpkit: fit: %s: %zu -> %zu bytes, %s\n", s.done, before, r.text.size(),
                 fits ? "fits" : "still over");
    if (fits) break;
  }
  return r;
}

// Over the limit: the headline as the error, each file's own bytes (largest first), what --fit
// would do or how much must still go, and where to cut.
void report_over_limit(const bundle_result& r, std::uint64_t limit, bool fitted, const bundle_result* preview) {
  const std::uint64_t size = r.text.size();
  std::fprintf(stderr, "cpkit: error: the bundle is %llu bytes%s, over the limit of %llu bytes (%s) by %llu bytes; "
               "nothing written\n",
               static_cast<unsigned long long>(size), fitted ? " even with --fit" : "",
               static_cast<unsigned long long>(limit), human_size(limit).c_str(),
               static_cast<unsigned long long>(size - limit));
  std::vector<std::pair<std::size_t, std::string>> rows;
  for (std::size_t i = 0; i < r.files.size(); ++i)
    rows.emplace_back(r.files[i].bytes, i == 0 ? r.files[i].name + " (the solution)" : r.files[i].name);
  if (r.note_bytes) rows.emplace_back(r.note_bytes, "the licence note");
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const int width = static_cast<int>(std::to_string(rows.empty() ? 0 : rows.front().first).size());
  std::fprintf(stderr, "cpkit:   bytes by file (each file's own text, not the headers it includes), largest first:\n");
  for (const auto& [bytes, name] : rows)
    if (bytes > 0) std::fprintf(stderr, "cpkit:     %*zu  %s\n", width, bytes, name.c_str());

  bool still_over = fitted;
  if (preview) {
    const std::uint64_t p = preview->text.size();
    still_over = p > limit;
    if (still_over)
      std::fprintf(stderr, "cpkit:   with --fit: %llu bytes (comments stripped, blank lines dropped), still over the "
                   "limit by %llu bytes\n",
                   static_cast<unsigned long long>(p), static_cast<unsigned long long>(p - limit));
    else
      std::fprintf(stderr, "cpkit:   with --fit: %llu bytes (comments stripped, blank lines dropped): fits: rerun "
                   "with --fit\n",
                   static_cast<unsigned long long>(p));
  }
  if (!still_over) return;
  for (std::size_t i = 1; i < r.files.size(); ++i)
    if (r.files[i].umbrella && r.files[i].cpkit_includes >= 2)
      std::fprintf(stderr, "cpkit:   %s only includes other headers (an umbrella): include just the ones the "
                   "solution uses\n",
                   r.files[i].name.c_str());
  std::fprintf(stderr, "cpkit:   or raise --limit if the judge takes more (--limit none turns the check off)\n");
}

// ======================================================================================
// 8. --check: compile the bundle alone, like a judge
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

// Set by SIGINT, SIGTERM or SIGHUP while --check runs, so that the temporary directory is removed
// and the compiler killed before the tool dies of the signal.
volatile std::sig_atomic_t interrupted = 0;
void on_interrupt(int sig) { interrupted = sig; }

struct compile_outcome {
  bool ok = false;
  std::string log;  // compiler's stdout and stderr
  double seconds = 0;
};

// Runs argv in `dir` with stdout+stderr to `log_path`, the include-path variables removed from
// the environment and TMPDIR set to `tmp` (so that whatever a killed compiler leaves is removed
// with it), in its own process group; stopped after `timeout` seconds or on a signal (SIGTERM,
// which lets the compiler driver delete its files, then SIGKILL a second later).
compile_outcome run_compiler(const std::vector<std::string>& argv, const fs::path& dir, const fs::path& tmp,
                             const fs::path& log_path, double timeout) {
  compile_outcome r;
  // Everything the child needs is built before fork: it only makes async-signal-safe calls.
  std::vector<std::string> env_store;
  for (char** e = environ; e && *e; ++e) {
    const std::string_view kv(*e);
    if (kv.rfind("CPATH=", 0) == 0 || kv.rfind("CPLUS_INCLUDE_PATH=", 0) == 0 ||
        kv.rfind("C_INCLUDE_PATH=", 0) == 0 || kv.rfind("OBJCPLUS_INCLUDE_PATH=", 0) == 0 ||
        kv.rfind("TMPDIR=", 0) == 0)
      continue;
    env_store.emplace_back(kv);
  }
  env_store.push_back("TMPDIR=" + tmp.string());
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
  bool killed = false;
  double stopped_at = 0;
  for (;;) {
    const pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) break;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if ((elapsed > timeout || interrupted) && !killed) {
      killed = true;
      stopped_at = elapsed;
      kill(-pid, SIGTERM);
    } else if (killed && elapsed > stopped_at + 1) {
      kill(-pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  try {
    r.log = read_source(log_path, log_path.string());
  } catch (const tool_error&) {
  }
  if (killed && !interrupted) r.log = fmt::format("compiler killed after {:.0f} s\n", timeout) + r.log;
  r.ok = !killed && WIFEXITED(status) && WEXITSTATUS(status) == 0;
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
// The temporary directory is removed whatever happens, a signal included.
bool check_bundle(const std::string& source, const std::vector<const profile*>& chosen, bool werror) {
  std::string tmpl = (fs::temp_directory_path() / "cpkit-bundle-check-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw tool_error(fmt::format("cannot create a temporary directory: {}", std::strerror(errno)));
  const fs::path root(tmpl);
  // Catch the signals that would kill the tool, except those it was started ignoring (a
  // background job ignores SIGINT: so does the check).
  const int signals[] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction old[3] = {};
  for (int i = 0; i < 3; ++i) {
    sigaction(signals[i], nullptr, &old[i]);
    if (old[i].sa_handler == SIG_IGN) continue;
    struct sigaction act {};
    act.sa_handler = on_interrupt;
    sigemptyset(&act.sa_mask);
    sigaction(signals[i], &act, nullptr);
  }
  auto clean_up = [&] {
    std::error_code ec;
    fs::remove_all(root, ec);
    for (int i = 0; i < 3; ++i) sigaction(signals[i], &old[i], nullptr);
    if (!interrupted) return;
    std::fflush(stderr);
    raise(interrupted);  // die of it, as with no handler; should it come back, never report success:
    throw tool_error(fmt::format("--check interrupted by signal {}", static_cast<int>(interrupted)));
  };
  bool all_ok = true;
  try {
    for (const profile* p : chosen) {
      if (interrupted) break;
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
      const fs::path dir = root / p->name, tmp = root / (std::string(p->name) + ".tmp");  // dir: the bundle alone
      std::error_code ec;
      fs::create_directories(dir, ec);
      if (!ec) fs::create_directories(tmp, ec);
      if (ec) throw tool_error(fmt::format("{}: cannot create ({})", dir.string(), ec.message()));
      write_file_atomic(dir / "bundle.cpp", source);
      const compile_outcome r = run_compiler(argv, dir, tmp, root / (std::string(p->name) + ".log"), 600);
      if (interrupted) break;
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
    clean_up();
    throw;
  }
  clean_up();
  return all_ok;
}

// ======================================================================================
// 9. --sizes: the bundle size of every public header
// ======================================================================================

// Every public header under `include_dir`/cpkit: each .hpp, recursively, not inside a folder
// named detail; as "cpkit/..." names, sorted.
std::vector<std::string> public_headers(const fs::path& include_dir) {
  const fs::path top = include_dir / "cpkit";
  std::error_code ec;
  if (!fs::is_directory(top, ec)) throw tool_error(fmt::format("--sizes: {}: no such folder", shown_path(top)));
  std::vector<std::string> names;
  for (fs::recursive_directory_iterator it(top, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path rel = it->path().lexically_relative(include_dir);
    if (it->is_directory(ec) && it->path().filename() == "detail") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() == ".hpp" && it->is_regular_file(ec)) names.push_back(rel.generic_string());
  }
  if (ec) throw tool_error(fmt::format("--sizes: {}: {}", shown_path(top), ec.message()));
  std::sort(names.begin(), names.end());
  return names;
}

std::string size_cell(std::size_t bytes, std::uint64_t limit) {
  const std::string s = fmt::format("{} ({:.1f} KiB)", bytes, static_cast<double>(bytes) / 1024);
  return bytes > limit ? "**" + s + "**" : s;
}

// The Markdown table docs/bundle.md includes: for each public header, the bundle of a solution
// that includes only it, as is and as small as --fit makes it.
std::string sizes_table(std::uint64_t limit) {
  const fs::path include_dir = cpkit_root() / "include";
  std::string s = fmt::format(
      "Bundle of a one-line solution, `#include \"cpkit/X.hpp\"` and `int main() {{}}`, for every public header X\n"
      "(every `.hpp` under `include/cpkit` outside a `detail` folder): its size as is, and the smallest `--fit`\n"
      "makes it (comments stripped, blank lines dropped). In bold: over {} bytes ({}).\n\n"
      "| header | cpkit headers inlined | bundle | with `--fit` |\n|---|--:|--:|--:|\n",
      limit, human_size(limit));
  for (const std::string& h : public_headers(include_dir)) {
    const std::string text = fmt::format("#include \"{}\"\nint main() {{}}\n", h);
    const fs::path virtual_main = include_dir / "solution.cpp";  // beside cpkit/, as a solution would be
    bundle_options plain;
    const bundle_result as_is = in_own_words(h, [&] { return bundler(plain).run_text(virtual_main, "solution.cpp", text); });
    const bundle_options small = fully_fitted(plain);
    const bundle_result fitted = in_own_words(h, [&] { return bundler(small).run_text(virtual_main, "solution.cpp", text); });
    s += fmt::format("| `{}` | {} | {} | {} |\n", h, as_is.headers.size(), size_cell(as_is.text.size(), limit),
                     size_cell(fitted.text.size(), limit));
  }
  return s;
}

// ======================================================================================
// 10. The command
// ======================================================================================

struct cli_state {
  std::string file, output, limit = "64K";
  std::vector<std::string> include_dirs, check;
  bool strip_comments = false, line_markers = false, werror = false, quiet = false, fit = false, sizes = false;
  CLI::Option* check_option = nullptr;
};

// `--check` takes optional profile names, so `cpkit bundle --check sol.cpp` hands the file to it:
// take it back.
std::vector<const profile*> chosen_profiles(cli_state& st) {
  std::vector<const profile*> chosen;
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
  const bool checking = st.check_option && st.check_option->count() > 0;
  if (checking && chosen.empty())
    for (const char* name : default_profiles) chosen.push_back(find_profile(name));
  return chosen;
}

// -o must name a file (new or regular) in a folder that exists, and not the input.
void check_output_path(const std::string& out, const std::string& in) {
  if (out.empty()) return;
  const fs::path p(out);
  std::error_code ec;
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  const fs::file_status dir_status = fs::status(dir, ec);
  if (!fs::exists(dir_status))
    throw tool_error(fmt::format("-o {}: no such folder {} (the bundler does not create folders)", out, dir.string()));
  if (!fs::is_directory(dir_status)) throw tool_error(fmt::format("-o {}: {} is not a folder", out, dir.string()));
  const fs::file_status st = fs::status(p, ec);
  if (fs::is_directory(st)) throw tool_error(fmt::format("-o {}: is a folder; name the file to write", out));
  if (fs::exists(st) && !fs::is_regular_file(st))
    throw tool_error(fmt::format("-o {}: not a regular file (without -o the bundle goes to standard output)", out));
  if (fs::exists(st) && fs::equivalent(p, in, ec))
    throw tool_error(fmt::format("-o {}: that is the input file; write the bundle elsewhere", out));
}

void write_output(const std::string& output, const std::string& text) {
  if (!output.empty()) return write_file_atomic(output, text);
  std::fflush(stderr);
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
    throw tool_error("cannot write the bundle to standard output");
}

[[noreturn]] void exit_with(int code) {
  std::fflush(stdout);
  std::fflush(stderr);
  std::exit(code);
}

void run_sizes_command(const cli_state& st, const std::optional<std::uint64_t>& limit) {
  if (!st.file.empty()) throw tool_error(fmt::format("--sizes takes no FILE (got {})", st.file));
  if (st.fit || st.strip_comments || st.line_markers || st.werror || !st.check.empty() || !st.include_dirs.empty())
    throw tool_error("--sizes takes no other option than -o and --limit");
  check_output_path(st.output, "");
  write_output(st.output, sizes_table(limit.value_or(default_limit)));
}

void run_bundle_command(cli_state& st) {
  const std::vector<const profile*> chosen = chosen_profiles(st);
  const bool checking = !chosen.empty();
  const std::optional<std::uint64_t> limit = parse_limit(st.limit);
  if (st.sizes) return run_sizes_command(st, limit);
  if (st.werror && !checking) throw tool_error("--werror only makes sense with --check");
  if (st.file.empty()) throw tool_error("bundle: no FILE given (usage: cpkit bundle FILE [-o OUT] [options]; see --help)");
  if (st.fit && !limit) throw tool_error("--fit needs a limit to fit under; drop --limit none");

  bundle_options opt;
  opt.strip_comments = st.strip_comments;
  opt.line_markers = st.line_markers;
  for (const auto& d : st.include_dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) throw tool_error(fmt::format("-I {}: not a directory", d));
    opt.include_dirs.emplace_back(d);
  }
  check_output_path(st.output, st.file);

  bundle_result r = bundle(st.file, opt);
  for (const auto& w : r.warnings) std::fprintf(stderr, "cpkit: warning: %s\n", w.c_str());
  if (limit && st.fit) r = fit(st.file, opt, std::move(r), *limit);
  if (limit && r.text.size() > *limit) {
    std::optional<bundle_result> preview;
    if (!st.fit) preview = bundle(st.file, fully_fitted(opt));
    report_over_limit(r, *limit, st.fit, preview ? &*preview : nullptr);
    exit_with(1);
  }

  write_output(st.output, r.text);
  const std::uint64_t size = r.text.size();
  if (!st.quiet)
    std::fprintf(stderr, "cpkit: bundle: %s: %zu cpkit header%s, %llu bytes (%s)%s\n",
                 st.output.empty() ? "stdout" : st.output.c_str(), r.headers.size(), r.headers.size() == 1 ? "" : "s",
                 static_cast<unsigned long long>(size), human_size(size).c_str(),
                 limit ? fmt::format(" of a {} source limit", human_size(*limit)).c_str() : ", no source limit");
  if (checking && !check_bundle(r.text, chosen, st.werror)) exit_with(1);
}

}  // namespace

bundle_result bundle(const fs::path& file, const bundle_options& options) {
  return in_own_words(file.string(), [&] { return bundler(options).run(file); });
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
  cmd->add_option("--limit", st->limit,
                  "Judge source size limit: bytes, K/KiB or M/MiB, or none (default 64K); over it the bundle is "
                  "not written and the exit status is 1");
  cmd->add_flag("--fit", st->fit,
                "Over --limit: strip comments, then drop blank lines, as far as needed to fit (says what it did)");
  cmd->add_flag("--sizes", st->sizes,
                "Print the Markdown table of bundle sizes of every public header (docs/bundle.md), no FILE");
  cmd->add_flag("-q,--quiet", st->quiet, "Do not print the size line (warnings still printed)");
  cmd->callback([st] { in_own_words("bundle", [&] { run_bundle_command(*st); }); });
}

}  // namespace cpkit_tool
