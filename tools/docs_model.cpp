// The docs model (docs_model.hpp): headers' top comments, docs pages, problems, bench results.
//
// Extraction rules for a header's top comment (every line before #pragma once starts with //):
//   - summary: the first sentence (up to ". " or a line ending in "." or ":");
//   - an entry line starts (after "//" and spaces) with an identifier, or a list of identifiers
//     separated by " / ", followed at once by '(', '<' or '{'; more names follow it when the
//     signature goes on with ", name(" or " / name(" (push(x), emplace(args...));
//   - its continuation lines are the following lines indented deeper that are no entry lines;
//   - its complexity: the first "O(" on the entry line or its continuation lines, to the end of
//     that clause (':', ';', ". ", the line's end); else the header's shared complexity: a
//     comment line that starts with "O(", or a sentence "All O(...)"; an entry line with neither
//     is no entry point (a type such as d_ary_heap<T, ...> with no cost of its own);
//   - the signature: the entry line up to two spaces, ": ", ", O(" or " O(" outside brackets;
//   - "Verified by:" and every line after it: problem ids (problems/a, b; problems/{a,b}) and
//     tests/... bench/... paths; nothing after it is read as an entry.
// Umbrella headers (only directives) and detail headers (detail/, common.hpp) list no entries.
#include "docs_model.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <fmt/format.h>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

#include "bundle.hpp"
#include "docs_charts.hpp"
#include "docs_site.hpp"
#include "judge_util.hpp"

namespace cpkit_tool::docs {

namespace {

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

std::string collapse_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct comment_line {
  std::string text;  // without "//" and the spaces after it
  std::size_t indent = 0;
};

// Length of an identifier (with :: parts) starting at i, 0 if none.
std::size_t ident_len(const std::string& s, std::size_t i) {
  if (i >= s.size() || !ident_start(s[i])) return 0;
  std::size_t j = i;
  while (j < s.size() && ident_char(s[j])) ++j;
  return j - i;
}

// The names an entry line starts with ("is_parallel / is_orthogonal(" gives both), or none.
std::vector<std::string> leading_names(const std::string& t, std::size_t& after) {
  std::vector<std::string> names;
  std::size_t i = 0;
  for (;;) {
    std::size_t n = ident_len(t, i);
    if (!n) return {};
    names.push_back(t.substr(i, n));
    if (names.back() == "O") return {};  // "O(n) ...": a complexity, not an entry
    i += n;
    if (i < t.size() && (t[i] == '(' || t[i] == '<' || t[i] == '{')) {
      after = i;
      return names;
    }
    if (t.compare(i, 3, " / ") != 0) return {};
    i += 3;
  }
}

bool is_entry_line(const std::string& t) {
  std::size_t after = 0;
  return !leading_names(t, after).empty();
}

// A long complexity clause without its parenthesised asides (they stay in the comment).
std::string shorten(const std::string& c) {
  if (c.size() <= 60) return c;
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c[i] == '(' && depth == 0 && i > 0 && c[i - 1] == ' ') {
      int d = 0;
      std::size_t j = i;
      for (; j < c.size(); ++j) {
        if (c[j] == '(') ++d;
        else if (c[j] == ')' && --d == 0) break;
      }
      if (j < c.size()) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        i = j;
        continue;
      }
    }
    if (c[i] == '(') ++depth;
    else if (c[i] == ')' && depth > 0) --depth;
    out += c[i];
  }
  return collapse_spaces(out);
}

// End of the signature: two spaces, ": ", ", O(", " O(" outside brackets, or the end.
// Collects further names of a ", name(" / " / name(" list on the way.
std::size_t signature_end(const std::string& t, std::vector<std::string>& names) {
  int depth = 0, angle = 0;
  bool list_open = true;  // still in the leading list of names
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '-' && i + 1 < t.size() && t[i + 1] == '>') {
      list_open = false;
      ++i;
      continue;
    }
    if (c == '(' || c == '{' || c == '[') ++depth;
    else if ((c == ')' || c == '}' || c == ']') && depth > 0) --depth;
    else if (c == '<' && i > 0 && ident_char(t[i - 1])) ++angle;
    else if (c == '>' && angle > 0) --angle;
    if (depth || angle) continue;
    if (c == ' ' && i + 1 < t.size() && t[i + 1] == ' ') return i;
    if (c == ':' && (i + 1 == t.size() || t[i + 1] == ' ') && !(i > 0 && t[i - 1] == ':')) return i;
    if (c == ' ' && t.compare(i + 1, 2, "O(") == 0) return i;
    if (c == ',' && t.compare(i + 1, 3, " O(") == 0) return i;
    if (list_open && (c == ',' || c == '/') && i + 2 < t.size() && t[i + 1] == ' ') {
      std::size_t n = ident_len(t, i + 2);
      if (n && i + 2 + n < t.size() && (t[i + 2 + n] == '(' || t[i + 2 + n] == '<' || t[i + 2 + n] == '{')) {
        names.push_back(t.substr(i + 2, n));
        continue;
      }
      list_open = false;
    } else if (c == ' ' && !(i + 1 < t.size() && t[i + 1] == '/') && !(i > 0 && (t[i - 1] == ',' || t[i - 1] == '/'))) {
      list_open = false;
    }
  }
  return t.size();
}

// The complexity clause that starts at the first "O(" of s: [begin, end) in s, or npos.
std::pair<std::size_t, std::size_t> find_complexity(const std::string& s) {
  std::size_t p = 0;
  for (;;) {
    p = s.find("O(", p);
    if (p == std::string::npos) return {p, p};
    if (p == 0 || !ident_char(s[p - 1])) break;
    p += 2;
  }
  std::size_t begin = p;
  for (const char* w : {"amortised ", "amortized ", "expected ", "Expected "}) {
    const std::size_t len = std::char_traits<char>::length(w);
    if (begin >= len && s.compare(begin - len, len, w) == 0) begin -= len;
  }
  int depth = 0;
  std::size_t open = std::string::npos;  // outermost unclosed '('
  std::size_t i = p;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '(') {
      if (depth == 0) open = i;
      ++depth;
      continue;
    }
    if (c == ')') {
      if (depth > 0) --depth;
      continue;
    }
    if (depth) continue;
    if (c == ':' || c == ';') break;
    if (c == '.' && (i + 1 == s.size() || s[i + 1] == ' ')) break;
    if (c == ' ' && i + 1 < s.size() && s[i + 1] == ' ') break;
  }
  std::size_t end = i;
  if (depth > 0 && open != std::string::npos) end = open;
  while (end > begin && (s[end - 1] == ' ' || s[end - 1] == ',')) --end;
  return {begin, end};
}

// What is left of a description once the complexity is cut out of it.
std::string tidy(std::string s) {
  s = collapse_spaces(s);
  const std::pair<const char*, const char*> fixes[] = {{" ,", ","}, {" .", "."}, {" ;", ";"}, {" :", ":"}, {",,", ","},
                                                       {",.", "."}, {",;", ";"}, {",:", ":"}, {";;", ";"}, {":;", ";"}};
  for (bool again = true; again;) {
    again = false;
    for (const auto& [bad, good] : fixes)
      for (std::size_t p; (p = s.find(bad)) != std::string::npos; again = true) s.replace(p, std::strlen(bad), good);
  }
  std::size_t a = 0;
  while (a < s.size() && (s[a] == ' ' || s[a] == ',' || s[a] == ':' || s[a] == ';' || s[a] == '.')) ++a;
  s = s.substr(a);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';' || s.back() == ':')) s.pop_back();
  return s;
}

// Whether line i is an entry line: it looks like one, and it does not go on with a sentence of
// line i-1 (which ends mid-sentence, and either is prose at the same indent or is shallower).
bool entry_at(const std::vector<comment_line>& lines, std::size_t i) {
  if (!is_entry_line(lines[i].text)) return false;
  if (i == 0) return true;
  const comment_line& p = lines[i - 1];
  if (p.text.empty()) return true;
  const char last = p.text.back();
  const bool mid_sentence = std::isalnum(static_cast<unsigned char>(last)) || last == ',' || last == ';';
  if (!mid_sentence) return true;
  return !(lines[i].indent > p.indent || (lines[i].indent == p.indent && !is_entry_line(p.text)));
}

// The header's shared complexity: the line that ends the first list of entries, when it starts
// with "O(", or a sentence "All O(...)" anywhere.
std::string shared_complexity(const std::vector<comment_line>& lines, std::size_t verified_at) {
  std::size_t first = verified_at;
  for (std::size_t i = 0; i < verified_at && first == verified_at; ++i)
    if (entry_at(lines, i)) first = i;
  for (std::size_t i = first + 1; i < verified_at; ++i) {
    if (lines[i].indent > 0 || entry_at(lines, i)) continue;
    if (starts_with(lines[i].text, "O(")) {
      auto [b, e] = find_complexity(lines[i].text);
      if (b != std::string::npos) return lines[i].text.substr(b, e - b);
    }
    break;
  }
  for (std::size_t i = 0; i < verified_at; ++i) {
    const std::string& t = lines[i].text;
    std::size_t p = std::string::npos;
    for (const std::string key : {"All O(", "all O("}) {
      const std::size_t q = t.find(key);
      if (p == std::string::npos && q != std::string::npos) p = q + 4;
    }
    if (p == std::string::npos) continue;
    auto [b, e] = find_complexity(t.substr(p));
    if (b != std::string::npos) return t.substr(p + b, e - b);
  }
  return "";
}

std::string first_sentence(const std::vector<comment_line>& lines) {
  std::string s;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0 && (is_entry_line(lines[i].text) || lines[i].indent > 0 || starts_with(lines[i].text, "Verified by"))) break;
    s += (s.empty() ? "" : " ") + lines[i].text;
    if (!s.empty() && (s.back() == ':' || s.back() == '.')) break;
  }
  for (std::size_t p = 0; (p = s.find(". ", p)) != std::string::npos; ++p) {
    const std::string before = s.substr(0, p);
    if (before.size() >= 3 && (before.compare(before.size() - 3, 3, "e.g") == 0 || before.compare(before.size() - 3, 3, "i.e") == 0)) continue;
    return s.substr(0, p + 1);
  }
  if (!s.empty() && s.back() == ':') s.back() = '.';
  return s;
}

bool is_problem_id(const std::string& s) {
  if (s.empty() || !std::isalnum(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-')) return false;
  return true;
}

std::string without_parentheses(const std::string& s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (!depth) out += c;
  }
  return out;
}

// Problem ids and tests/, bench/ paths on the Verified-by text.
void parse_verified(const std::string& text, const fs::path& file, const std::set<std::string>& known,
                    std::vector<std::string>& problems, std::vector<std::string>& other) {
  std::stringstream groups(text);
  for (std::string g; std::getline(groups, g, ';');) {
    g = without_parentheses(g);
    std::size_t p = g.find("problems/");
    if (p == std::string::npos) continue;
    std::string list = g.substr(p);
    for (char& c : list)
      if (c == '{' || c == '}') c = ',';
    std::stringstream items(list);
    for (std::string it; std::getline(items, it, ',');) {
      it = trim(it);
      if (starts_with(it, "problems/")) it = it.substr(9);
      while (!it.empty() && it.back() == '.') it.pop_back();
      if (!is_problem_id(it)) continue;
      if (!known.count(it))
        throw tool_error(fmt::format("{}: the Verified-by line names problems/{}, which does not exist", file.string(), it));
      problems.push_back(it);
    }
  }
  for (const std::string dir : {"tests/", "bench/"}) {
    for (std::size_t p = 0; (p = text.find(dir, p)) != std::string::npos;) {
      std::size_t e = p;
      while (e < text.size() && (ident_char(text[e]) || text[e] == '/' || text[e] == '.' || text[e] == '-')) ++e;
      while (e > p && text[e - 1] == '.') --e;
      if (p == 0 || !ident_char(text[p - 1])) other.push_back(text.substr(p, e - p));
      p = e;
    }
  }
}

std::vector<std::string> cpkit_includes(const std::string& code) {
  std::vector<std::string> out;
  std::istringstream in(code);
  for (std::string line; std::getline(in, line);) {
    std::string t = trim(line);
    if (!starts_with(t, "#")) continue;
    t = trim(t.substr(1));
    if (!starts_with(t, "include")) continue;
    t = trim(t.substr(7));
    if (t.size() < 2 || (t[0] != '"' && t[0] != '<')) continue;
    const std::size_t e = t.find(t[0] == '"' ? '"' : '>', 1);
    if (e == std::string::npos) continue;
    std::string inc = t.substr(1, e - 1);
    if (starts_with(inc, "cpkit/")) out.push_back(inc);
  }
  return out;
}

template <class T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::string first_heading(const fs::path& md) {
  std::istringstream in(read_file(md));
  for (std::string line; std::getline(in, line);)
    if (starts_with(line, "# ")) return trim(line.substr(2));
  return md.stem().string();
}

std::size_t count_occurrences(const std::string& text, const std::string& word, bool whole_word) {
  std::size_t n = 0;
  for (std::size_t p = 0; (p = text.find(word, p)) != std::string::npos; p += word.size()) {
    if (whole_word && ((p > 0 && ident_char(text[p - 1])) ||
                       (p + word.size() < text.size() && ident_char(text[p + word.size()]))))
      continue;
    ++n;
  }
  return n;
}

// Uses of an entry name as code in Markdown: `name, name( or name<.
std::size_t count_code_uses(const std::string& text, const std::string& name) {
  std::size_t n = 0;
  for (std::size_t p = 0; (p = text.find(name, p)) != std::string::npos; p += name.size()) {
    const std::size_t e = p + name.size();
    if ((p > 0 && ident_char(text[p - 1])) || (e < text.size() && ident_char(text[e]))) continue;
    if ((p > 0 && text[p - 1] == '`') || (e < text.size() && (text[e] == '(' || text[e] == '<'))) ++n;
  }
  return n;
}

header_doc read_header(const fs::path& root, const fs::path& file, const std::set<std::string>& known_problems) {
  header_doc h;
  h.file = fs::absolute(file);
  h.include = fs::relative(file, root / "include").generic_string();
  const std::string rel = h.include.substr(6);  // after "cpkit/"
  h.module = rel.find('/') != std::string::npos ? rel.substr(0, rel.find('/')) : fs::path(rel).stem().string();
  h.detail = rel.find("/detail/") != std::string::npos || file.stem() == "common";
  const std::string text = read_file(file);

  std::vector<comment_line> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t e = text.find('\n', pos);
    if (e == std::string::npos) e = text.size();
    std::string line = text.substr(pos, e - pos);
    if (!starts_with(line, "//")) break;
    std::string t = line.substr(2);
    if (!t.empty() && t[0] == ' ') t = t.substr(1);
    comment_line cl;
    while (cl.indent < t.size() && t[cl.indent] == ' ') ++cl.indent;
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
    cl.text = t.substr(std::min(cl.indent, t.size()));
    h.comment += t + "\n";
    lines.push_back(cl);
    pos = e + 1;
  }
  if (lines.empty()) throw tool_error(fmt::format("{}: no top comment (// lines before #pragma once)", file.string()));
  h.code = pos < text.size() ? text.substr(pos) : std::string();
  while (!h.code.empty() && h.code.front() == '\n') h.code.erase(h.code.begin());
  h.includes = cpkit_includes(h.code);
  {
    bool only_directives = true;
    std::istringstream in(h.code);
    for (std::string line; std::getline(in, line);) {
      const std::string t = trim(line);
      if (!t.empty() && t[0] != '#' && !starts_with(t, "//")) only_directives = false;
    }
    h.umbrella = only_directives && !h.includes.empty();
  }
  h.summary = first_sentence(lines);

  std::size_t verified_at = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].indent == 0 && starts_with(lines[i].text, "Verified by:")) {
      verified_at = i;
      break;
    }
  if (verified_at < lines.size()) {
    std::string vtext = lines[verified_at].text.substr(12);
    for (std::size_t i = verified_at + 1; i < lines.size(); ++i) vtext += " " + lines[i].text;
    parse_verified(vtext, file, known_problems, h.problems, h.verified_other);
  }

  if (h.umbrella || h.detail) return h;
  const std::string shared = shared_complexity(lines, verified_at);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < verified_at; ++i) {
    const std::string& t = lines[i].text;
    std::size_t after = 0;
    if (!entry_at(lines, i)) continue;
    std::vector<std::string> names = leading_names(t, after);
    if (names.empty()) continue;
    const std::size_t sig_end = signature_end(t, names);
    entry_point e;
    e.signature = trim(t.substr(0, sig_end));
    std::string rest = t.substr(sig_end);
    for (std::size_t j = i + 1; j < verified_at && lines[j].indent > lines[i].indent && !entry_at(lines, j); ++j)
      rest += " " + lines[j].text;
    auto [b, en] = find_complexity(rest);
    if (b != std::string::npos) {
      e.complexity = shorten(rest.substr(b, en - b));
      rest.erase(b, en - b);
    }
    if (e.complexity.empty()) e.complexity = shared;
    if (e.complexity.empty()) continue;
    e.text = tidy(rest);
    for (const std::string& n : names) {
      if (!seen.insert(n).second) continue;
      entry_point x = e;
      x.name = n;
      h.entries.push_back(x);
    }
  }
  return h;
}

std::size_t bundled_size(const fs::path& root, const std::string& include, const fs::path& tmp_dir) {
  const fs::path f = tmp_dir / "bundle_one.cpp";
  write_file_atomic(f, fmt::format("#include \"{}\"\n", include));
  bundle_options o;
  o.include_dirs.push_back(root / "include");
  const std::size_t n = bundle(f, o).text.size();
  std::error_code ec;
  fs::remove(f, ec);
  return n;
}

// Page order: the order docs/README.md links them, then the rest by name.
std::vector<std::string> page_order(const fs::path& docs) {
  std::vector<std::string> order;
  std::error_code ec;
  if (!fs::exists(docs / "README.md", ec)) return order;
  const std::string t = read_file(docs / "README.md");
  for (std::size_t p = 0; (p = t.find("](", p)) != std::string::npos;) {
    p += 2;
    const std::size_t e = t.find_first_of(")#", p);
    if (e == std::string::npos) break;
    const std::string target = t.substr(p, e - p);
    if (target.size() > 3 && target.find('/') == std::string::npos && target.compare(target.size() - 3, 3, ".md") == 0) {
      const std::string id = target.substr(0, target.size() - 3);
      if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    }
  }
  return order;
}

}  // namespace

std::string notebook_hash(const std::string& code) {
  std::string stripped;
  for (char c : code)
    if (!std::isspace(static_cast<unsigned char>(c))) stripped += c;
  static std::atomic<int> counter{0};
  const fs::path dir = fs::temp_directory_path() / fmt::format("cpkit-docs-hash-{}-{}", ::getpid(), counter++);
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path f = dir / "code";
  write_file_atomic(f, stripped);
  std::string out;
  try {
    out = run_program({require_program("sha256sum", "coreutils"), f.string()}, 60);
  } catch (...) {
    fs::remove_all(dir, ec);
    throw;
  }
  fs::remove_all(dir, ec);
  if (out.size() < 6) throw tool_error("sha256sum printed no hash");
  return out.substr(0, 6);
}

model load_model(const fs::path& root_in, const fs::path& bench_json) {
  model m;
  m.root = fs::absolute(root_in).lexically_normal();
  const fs::path& root = m.root;
  std::error_code ec;

  // Problems first: the headers' Verified-by lines are checked against them.
  std::set<std::string> known;
  if (fs::is_directory(root / "problems", ec)) {
    for (const auto& d : fs::directory_iterator(root / "problems")) {
      if (!d.is_directory()) continue;
      problem_doc p;
      p.id = d.path().filename().string();
      p.dir = d.path();
      for (const char* need : {"README.md", "solution.cpp"})
        if (!fs::is_regular_file(p.dir / need, ec)) throw tool_error(fmt::format("{}: no {}", p.dir.string(), need));
      p.title = first_heading(p.dir / "README.md");
      known.insert(p.id);
      m.problems.push_back(p);
    }
  }
  std::sort(m.problems.begin(), m.problems.end(), [](const problem_doc& a, const problem_doc& b) { return a.id < b.id; });

  // Headers.
  const fs::path inc = root / "include" / "cpkit";
  if (!fs::is_directory(inc, ec)) throw tool_error(fmt::format("{}: no such folder (not a cpkit checkout?)", inc.string()));
  for (const auto& f : fs::recursive_directory_iterator(inc))
    if (f.is_regular_file() && f.path().extension() == ".hpp") m.headers.push_back(read_header(root, f.path(), known));
  std::sort(m.headers.begin(), m.headers.end(), [](const header_doc& a, const header_doc& b) { return a.include < b.include; });
  std::string no_entries;
  for (const header_doc& h : m.headers)
    if (!h.umbrella && !h.detail && h.entries.empty()) no_entries += (no_entries.empty() ? "" : ", ") + h.file.string();
  if (!no_entries.empty())
    throw tool_error(fmt::format("{}: the top comment lists no entry point with its O(...) complexity", no_entries));
  std::map<std::string, std::size_t> by_include;
  for (std::size_t i = 0; i < m.headers.size(); ++i) by_include[m.headers[i].include] = i;

  // A problem verifies every header its solution reaches.
  for (problem_doc& p : m.problems) {
    std::vector<std::string> todo = cpkit_includes(read_file(p.dir / "solution.cpp"));
    std::set<std::string> reached;
    while (!todo.empty()) {
      const std::string h = todo.back();
      todo.pop_back();
      if (!reached.insert(h).second) continue;
      auto it = by_include.find(h);
      if (it == by_include.end()) throw tool_error(fmt::format("{}: includes {}, which is no cpkit header", (p.dir / "solution.cpp").string(), h));
      for (const std::string& x : m.headers[it->second].includes) todo.push_back(x);
    }
    p.headers.assign(reached.begin(), reached.end());
  }
  // A problem named on a Verified-by line must reach the header (a stale line would claim a check
  // that no longer happens); then header.problems is exactly the inverse of problem.headers.
  // Umbrella headers keep theirs: their module's problems, which include one of its headers.
  for (header_doc& h : m.headers) {
    if (h.umbrella) continue;
    for (const std::string& id : h.problems) {
      const problem_doc& p = *std::find_if(m.problems.begin(), m.problems.end(), [&](const problem_doc& q) { return q.id == id; });
      if (!std::binary_search(p.headers.begin(), p.headers.end(), h.include))
        throw tool_error(fmt::format("{}: the Verified-by line names problems/{}, whose solution does not use this header", h.file.string(), id));
    }
    h.problems.clear();
  }
  for (const problem_doc& p : m.problems)
    for (const std::string& h : p.headers) m.headers[by_include[h]].problems.push_back(p.id);

  // Hashes and bundled sizes.
  const fs::path tmp = fs::temp_directory_path() / fmt::format("cpkit-docs-{}", ::getpid());
  fs::create_directories(tmp, ec);
  try {
    for (header_doc& h : m.headers) {
      sort_unique(h.problems);
      sort_unique(h.verified_other);
      h.bundled_bytes = bundled_size(root, h.include, tmp);
    }
    // One sha256sum each, two at a time.
    parallel_for(m.headers.size(), default_jobs(), [&](std::size_t i) { m.headers[i].hash = notebook_hash(m.headers[i].code); });
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
  fs::remove_all(tmp, ec);

  // Pages.
  const fs::path docs = root / "docs";
  std::vector<page_doc> pages;
  if (fs::is_directory(docs, ec)) {
    for (const auto& f : fs::directory_iterator(docs)) {
      if (!f.is_regular_file() || f.path().extension() != ".md" || f.path().filename() == "README.md") continue;
      page_doc p;
      p.id = f.path().stem().string();
      p.markdown = f.path();
      p.title = first_heading(f.path());
      pages.push_back(p);
    }
  }
  std::map<std::string, std::string> page_text;
  for (const page_doc& p : pages) page_text[p.id] = read_file(p.markdown);
  for (header_doc& h : m.headers) {
    // Candidates: the page named after the module and its sequels (geometry, geometry2), else all.
    std::vector<const page_doc*> cand;
    for (const page_doc& p : pages) {
      if (!starts_with(p.id, h.module)) continue;
      const std::string tail = p.id.substr(h.module.size());
      if (std::all_of(tail.begin(), tail.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) cand.push_back(&p);
    }
    if (cand.empty())
      for (const page_doc& p : pages) cand.push_back(&p);
    std::size_t best = 0;
    const page_doc* chosen = nullptr;
    const std::string short_path = h.include.substr(6);
    for (const page_doc* p : cand) {
      const std::string& t = page_text[p->id];
      std::size_t score = 10 * count_occurrences(t, short_path, false);
      std::set<std::string> names;
      for (const entry_point& e : h.entries) names.insert(e.name);
      for (const std::string& n : names) score += count_code_uses(t, n);
      if (!chosen || score > best) chosen = p, best = score;
    }
    if (chosen) h.page = chosen->id;
  }
  for (page_doc& p : pages) {
    for (const header_doc& h : m.headers)
      if (h.page == p.id) {
        p.headers.push_back(h.include);
        p.problems.insert(p.problems.end(), h.problems.begin(), h.problems.end());
      }
    sort_unique(p.problems);
    p.module = !p.headers.empty();
  }
  const std::vector<std::string> order = page_order(docs);
  auto rank = [&](const page_doc& p) {
    auto it = std::find(order.begin(), order.end(), p.id);
    return std::make_tuple(!p.module, static_cast<std::size_t>(it - order.begin()), p.id);
  };
  std::sort(pages.begin(), pages.end(), [&](const page_doc& a, const page_doc& b) { return rank(a) < rank(b); });
  m.pages = pages;

  // Bench results: the given file, else docs/bench/*.json.
  std::vector<fs::path> bench_files;
  if (!bench_json.empty()) bench_files.push_back(bench_json);
  else if (fs::is_directory(docs / "bench", ec)) {
    for (const auto& f : fs::directory_iterator(docs / "bench"))
      if (f.is_regular_file() && f.path().extension() == ".json") bench_files.push_back(f.path());
    std::sort(bench_files.begin(), bench_files.end());
  }
  for (const fs::path& f : bench_files) {
    bench_doc b = read_bench_json(f);
    if (m.bench.machine.empty()) m.bench.machine = b.machine;
    if (m.bench.date.empty() || b.date > m.bench.date) m.bench.date = b.date;
    m.bench.points.insert(m.bench.points.end(), b.points.begin(), b.points.end());
  }
  return m;
}

}  // namespace cpkit_tool::docs
