// `cpkit docs`: the printable team notebook. notebook.html (A4 portrait, two columns, 6.8pt
// monospace code) is printed to notebook.pdf by headless Chromium; the table of contents gets its
// page numbers from a second print (pdftotext finds each header's heading in the first PDF).
// What a header shows: "N.M cpkit/...hpp sha XXXXXX", its summary, its entry points (signature and
// complexity, one line each), the headers it needs, then its code (header_doc::code, exactly: the
// file after its top comment, so the hash checks what a team typed). Long lines wrap with a
// hanging indent; runs of #include lines share a row; a block of code between blank lines (a
// function, a small class) never splits across a column where Chromium can avoid it.
#include "docs_notebook.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "judge_util.hpp"
#include "sandbox.hpp"

namespace cpkit_tool::docs {

namespace {

// Characters per column line at the notebook's code size (for the keep-together estimate only).
constexpr std::size_t k_columns = 66;
// A block of at most this many printed lines is kept in one column.
constexpr std::size_t k_keep_lines = 60;

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '\n') {
      out.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

const header_doc* find_header(const model& m, const std::string& include) {
  for (const header_doc& h : m.headers)
    if (h.include == include) return &h;
  return nullptr;
}

// ---- code to HTML -------------------------------------------------------------------------

bool is_keyword(const std::string& w) {
  static const std::set<std::string> k = {
      "auto",     "bool",      "break",   "case",     "char",      "class",    "const",
      "constexpr", "continue", "default", "do",       "double",    "else",     "enum",
      "false",    "for",       "if",      "inline",   "int",       "long",     "namespace",
      "noexcept", "nullptr",   "operator", "private", "public",    "return",   "static",
      "static_assert", "struct", "switch", "template", "this",     "true",     "typename",
      "unsigned", "using",     "void",    "while",    "decltype",  "sizeof",   "friend",
      "explicit", "mutable",   "typedef", "short",    "signed",    "float",    "virtual"};
  return k.count(w) > 0;
}

// One source line as HTML: comments in <i>, keywords in <b>, string and char literals left alone.
std::string highlight(const std::string& line) {
  std::string o;
  std::size_t i = 0, n = line.size();
  if (!trim(line).empty() && trim(line)[0] == '#') return "<b>" + xml_escape(line) + "</b>";
  while (i < n) {
    char c = line[i];
    if (c == '/' && i + 1 < n && line[i + 1] == '/') {
      o += "<i>" + xml_escape(line.substr(i)) + "</i>";
      break;
    }
    if (c == '"' || c == '\'') {
      std::size_t j = i + 1;
      while (j < n && line[j] != c) j += line[j] == '\\' ? 2 : 1;
      j = std::min(n, j + 1);
      o += xml_escape(line.substr(i, j - i));
      i = j;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t j = i;
      while (j < n && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '_')) ++j;
      std::string w = line.substr(i, j - i);
      o += is_keyword(w) ? "<b>" + w + "</b>" : w;
      i = j;
      continue;
    }
    o += xml_escape(std::string(1, c));
    ++i;
  }
  return o;
}

std::size_t leading_spaces(const std::string& s) {
  std::size_t k = 0;
  while (k < s.size() && s[k] == ' ') ++k;
  return k;
}

std::size_t printed_lines(const std::string& s) { return s.empty() ? 1 : (s.size() + k_columns - 1) / k_columns; }

bool is_directive_row(const std::string& s) {
  return s.rfind("#include", 0) == 0 || s.rfind("#pragma once", 0) == 0;
}

struct code_block {
  std::string html;
  std::size_t lines = 0;  // printed lines (wrapping estimated)
};

// The code split at blank lines into blocks; consecutive #include / #pragma once lines share a
// row (each stays its own item, so it is typed as its own line).
std::vector<code_block> code_blocks(const std::string& code, std::size_t& max_indent) {
  std::vector<std::string> lines = split_lines(code);
  while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
  std::size_t first = 0;
  while (first < lines.size() && trim(lines[first]).empty()) ++first;
  std::vector<code_block> blocks;
  code_block cur;
  auto flush = [&] {
    if (cur.lines) blocks.push_back(cur);
    cur = code_block{};
  };
  for (std::size_t i = first; i < lines.size();) {
    const std::string& l = lines[i];
    if (trim(l).empty()) {
      flush();
      ++i;
      continue;
    }
    if (is_directive_row(l)) {
      std::string row = "<div class=\"l r\">";
      std::size_t width = 0;
      while (i < lines.size() && is_directive_row(lines[i])) {
        std::string t = trim(lines[i]);
        row += "<span>" + xml_escape(t) + "</span>";
        width += t.size() + 2;
        ++i;
      }
      cur.html += row + "</div>\n";
      cur.lines += printed_lines(std::string(width, 'x'));
      continue;
    }
    std::size_t ind = leading_spaces(l);
    max_indent = std::max(max_indent, ind);
    cur.html += fmt::format("<div class=\"l i{}\">{}</div>\n", ind, highlight(l));
    cur.lines += printed_lines(l);
    ++i;
  }
  flush();
  return blocks;
}

// ---- order and selection --------------------------------------------------------------------

struct section {
  std::string title;
  std::vector<const header_doc*> headers;
};

// Sections in the site's order: each module page (m.pages order) with the headers it explains,
// then headers no module page claims, one section per module; an umbrella header ends its
// section. Every header comes after the headers it includes: a dependency that a later section
// would hold is pulled forward, just before its first dependant.
std::vector<section> make_sections(const model& m, const std::set<std::string>& chosen) {
  std::vector<section> wanted;
  std::set<std::string> claimed;
  auto take = [&](section& s, const header_doc* h) {
    if (!h || !chosen.count(h->include) || claimed.count(h->include)) return;
    claimed.insert(h->include);
    s.headers.push_back(h);
  };
  auto umbrellas_last = [](section& s) {
    std::stable_partition(s.headers.begin(), s.headers.end(), [](const header_doc* h) { return !h->umbrella; });
  };
  for (const page_doc& p : m.pages) {
    if (!p.module) continue;
    section s{p.title.empty() ? p.id : p.title, {}};
    for (const std::string& inc : p.headers) take(s, find_header(m, inc));
    for (const header_doc& h : m.headers)
      if (h.page == p.id) take(s, &h);
    umbrellas_last(s);
    wanted.push_back(s);
  }
  std::vector<std::string> rest_order;
  std::map<std::string, section> rest;
  for (const header_doc& h : m.headers) {
    if (!chosen.count(h.include) || claimed.count(h.include)) continue;
    if (!rest.count(h.module)) {
      rest_order.push_back(h.module);
      rest[h.module] = section{h.module, {}};
    }
    take(rest[h.module], &h);
  }
  for (const std::string& mod : rest_order) {
    umbrellas_last(rest[mod]);
    wanted.push_back(rest[mod]);
  }

  std::vector<section> out;
  std::set<std::string> done;
  for (const section& w : wanted) {
    section s{w.title, {}};
    std::function<void(const header_doc*)> visit = [&](const header_doc* h) {
      if (!h || done.count(h->include)) return;
      done.insert(h->include);
      for (const std::string& d : h->includes)
        if (chosen.count(d)) visit(find_header(m, d));
      s.headers.push_back(h);
    };
    for (const header_doc* h : w.headers) visit(h);
    if (!s.headers.empty()) out.push_back(s);
  }
  return out;
}

// The selection closed under inclusion: a header brings every cpkit header it includes (so the
// printed code compiles; an umbrella thus brings its whole module).
std::set<std::string> close_selection(const model& m, const std::vector<std::string>& select) {
  std::set<std::string> chosen;
  std::vector<std::string> todo;
  if (select.empty()) {
    for (const header_doc& h : m.headers) todo.push_back(h.include);
  } else {
    todo = select;
  }
  while (!todo.empty()) {
    std::string inc = todo.back();
    todo.pop_back();
    if (chosen.count(inc)) continue;
    const header_doc* h = find_header(m, inc);
    if (!h) throw tool_error(fmt::format("notebook: '{}' is not a cpkit header", inc));
    chosen.insert(inc);
    for (const std::string& d : h->includes) todo.push_back(d);
  }
  return chosen;
}

// ---- HTML ---------------------------------------------------------------------------------

struct numbered {
  const header_doc* h;
  std::string number;  // "3.2"
};

std::string short_include(const std::string& inc) {
  return inc.rfind("cpkit/", 0) == 0 ? inc.substr(6) : inc;
}

std::string notebook_html(const model& m, const std::vector<section>& sections, const std::vector<int>& page_of,
                          int pages) {
  std::string css = read_file(m.root / "tools" / "docs_assets" / "notebook.css");
  std::map<std::string, std::string> number_of;
  std::vector<numbered> all;
  for (std::size_t s = 0; s < sections.size(); ++s)
    for (std::size_t k = 0; k < sections[s].headers.size(); ++k) {
      all.push_back({sections[s].headers[k], fmt::format("{}.{}", s + 1, k + 1)});
      number_of[sections[s].headers[k]->include] = all.back().number;
    }

  std::string body;
  std::size_t max_indent = 0;
  std::size_t idx = 0;
  std::size_t code_bytes = 0;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    body += fmt::format("<section class=\"mod\">\n<h2>{} {}</h2>\n", s + 1, xml_escape(sections[s].title));
    for (const header_doc* h : sections[s].headers) {
      const numbered& nh = all[idx++];
      code_bytes += h->code.size();
      std::string head = fmt::format("<h3><span class=\"n\">{}</span> {} <span class=\"sha\">sha {}</span></h3>\n",
                                     nh.number, xml_escape(h->include), xml_escape(h->hash));
      std::size_t head_lines = 2;
      if (!h->summary.empty()) {
        head += "<p class=\"sum\">" + xml_escape(h->summary) + "</p>\n";
        head_lines += h->summary.size() / 80 + 1;
      }
      if (!h->entries.empty()) {
        head += "<ul class=\"ent\">";
        for (const entry_point& e : h->entries) {
          head += "<li><code>" + xml_escape(e.signature.empty() ? e.name : e.signature) + "</code> " + xml_escape(e.complexity) + "</li>";
          head_lines += (e.signature.size() + e.complexity.size()) / 80 + 1;
        }
        head += "</ul>\n";
      }
      std::vector<std::string> needs;
      for (const std::string& d : h->includes)
        if (!h->umbrella && number_of.count(d)) needs.push_back(number_of[d] + " " + xml_escape(short_include(d)));
      if (!needs.empty()) {
        std::string j;
        for (const std::string& x : needs) j += (j.empty() ? "" : ", ") + x;
        head += "<p class=\"needs\">needs " + j + "</p>\n";
        ++head_lines;
      }
      std::vector<code_block> blocks = code_blocks(h->code, max_indent);
      std::size_t total = head_lines;
      for (const code_block& b : blocks) total += b.lines;
      const bool keep_all = total <= k_keep_lines;
      body += fmt::format("<article class=\"hdr{}\" id=\"h{}\">\n", keep_all ? " k" : "", nh.number);
      // The heading stays with the first block of code when that block is short.
      std::size_t b0 = 0;
      if (!blocks.empty() && head_lines + blocks[0].lines <= k_keep_lines / 2) {
        body += "<div class=\"k\">" + head + "<div class=\"b\">" + blocks[0].html + "</div></div>\n";
        b0 = 1;
      } else {
        body += "<div class=\"k\">" + head + "</div>\n";
      }
      for (std::size_t b = b0; b < blocks.size(); ++b)
        body += fmt::format("<div class=\"b{}\">{}</div>\n", blocks[b].lines <= k_keep_lines ? " k" : "", blocks[b].html);
      body += "</article>\n";
    }
    body += "</section>\n";
  }

  // Hanging indent: a wrapped line continues 4 columns right of its own indentation.
  std::string indent_css;
  for (std::size_t i = 0; i <= max_indent; ++i)
    indent_css += fmt::format(".i{0}{{padding-left:{1}ch;text-indent:-{1}ch}}", i, i + 4);

  std::string toc;
  idx = 0;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    toc += fmt::format("<li class=\"tm\"><span class=\"n\">{}</span> {}</li>\n", s + 1, xml_escape(sections[s].title));
    for (std::size_t k = 0; k < sections[s].headers.size(); ++k, ++idx) {
      const header_doc* h = sections[s].headers[k];
      const int p = idx < page_of.size() ? page_of[idx] : 0;
      toc += fmt::format("<li><span class=\"n\">{}</span> {} <span class=\"sha\">{}</span><span class=\"pg\">{}</span></li>\n",
                         all[idx].number, xml_escape(short_include(h->include)), xml_escape(h->hash), p > 0 ? std::to_string(p) : "");
    }
  }

  std::string html;
  html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>cpkit team notebook</title>\n";
  html += "<style>\n" + css + indent_css + "\n</style>\n</head>\n<body>\n";
  html += "<div class=\"title\">\n<h1>cpkit team notebook</h1>\n";
  html += fmt::format(
      "<p>{} of cpkit's {} headers, {} bytes of code{}. Each header: its include path, "
      "<b>sha</b>: the first 6 hex digits of the SHA-256 of its code (all printed from <code>#pragma once</code> on) "
      "with every whitespace character removed. Check what you typed: <code>tr -d '[:space:]' &lt; FILE | sha256sum "
      "| cut -c1-6</code> on the part from <code>#pragma once</code> on. A row of <code>#include</code> lines is one "
      "line each. \"needs\": the headers it includes, to type first.</p>\n",
      all.size(), m.headers.size(), code_bytes, pages > 0 ? fmt::format(", {} pages", pages) : "");
  html += "<ol class=\"toc\">\n" + toc + "</ol>\n</div>\n";
  html += body;
  html += "</body>\n</html>\n";
  return html;
}

// ---- running Chromium and poppler -----------------------------------------------------------

std::string run_tool(const std::string& name, const std::string& package, std::vector<std::string> args,
                        double wall_seconds, const fs::path& work, const std::string& what) {
  std::optional<std::string> path = find_program(name);
  if (!path)
    throw tool_error(fmt::format("{} not found: install the Debian package {} (apt-get install {})", name, package,
                                 package));
  run_request rq;
  rq.argv.push_back(*path);
  rq.argv.insert(rq.argv.end(), args.begin(), args.end());
  const fs::path out = work / (name + ".stdout");
  rq.stdout_path = out.string();
  rq.limits.cpu_seconds = 0;
  rq.limits.wall_seconds = wall_seconds;
  rq.limits.memory_bytes = 0;
  rq.limits.output_bytes = 0;
  rq.limits.processes = 0;
  rq.untrusted = false;  // it writes the PDF into the output folder
  run_result r = run_sandboxed(rq);
  std::string text;
  std::error_code ec;
  if (fs::exists(out, ec)) text = read_file(out);
  fs::remove(out, ec);
  if (r.interrupted) throw tool_error("interrupted");
  if (!r.exec_error.empty()) throw tool_error(r.exec_error);
  if (r.killed_wall || r.killed_busy)
    throw tool_error(fmt::format("{} took over {:.0f} s {}; stopped", name, wall_seconds, what));
  if (r.signal || r.exit_code) {
    std::string err = r.stderr_head.substr(0, 400);
    for (char& c : err)
      if (c == '\n' || c == '\r') c = ' ';
    throw tool_error(fmt::format("{} failed {} ({}): {}", name, what,
                                 r.signal ? signal_name(r.signal) : fmt::format("exit code {}", r.exit_code), trim(err)));
  }
  return text;
}

void print_pdf(const fs::path& html, const fs::path& pdf, const fs::path& work) {
  const fs::path profile = work / "chromium-profile";
  std::error_code ec;
  fs::remove_all(profile, ec);
  fs::create_directories(profile, ec);
  fs::remove(pdf, ec);
  run_tool("chromium", "chromium",
              {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--user-data-dir=" + profile.string(), "--no-pdf-header-footer", "--print-to-pdf=" + pdf.string(),
               "file://" + fs::absolute(html).string()},
              300, work, "printing the notebook");
  fs::remove_all(profile, ec);
  if (!fs::exists(pdf, ec) || fs::file_size(pdf, ec) == 0)
    throw tool_error("chromium printed no PDF to " + pdf.string());
}

int pdf_pages(const fs::path& pdf, const fs::path& work) {
  std::string info = run_tool("pdfinfo", "poppler-utils", {pdf.string()}, 60, work, "reading the notebook PDF");
  std::istringstream in(info);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("Pages:", 0) == 0) return std::stoi(trim(line.substr(6)));
  throw tool_error("pdfinfo printed no page count for " + pdf.string());
}

// The page of every header's heading ("N.M cpkit/...hpp"), in order; 0 where it was not found.
std::vector<int> heading_pages(const std::vector<section>& sections, const fs::path& pdf, const fs::path& work) {
  std::string text = run_tool("pdftotext", "poppler-utils", {"-layout", pdf.string(), "-"}, 60, work,
                                 "reading the notebook PDF");
  std::vector<std::string> pages;
  std::string cur;
  for (char c : text) {
    if (c == '\f') {
      pages.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) pages.push_back(cur);
  auto heading_on = [&](const std::string& page, const std::string& number, const std::string& include) {
    for (std::size_t at = page.find(include); at != std::string::npos; at = page.find(include, at + 1)) {
      std::size_t e = at;
      while (e > 0 && page[e - 1] == ' ') --e;
      std::size_t b = e;
      while (b > 0 && !std::isspace(static_cast<unsigned char>(page[b - 1]))) --b;
      if (page.compare(b, e - b, number) == 0) return true;
    }
    return false;
  };
  std::vector<int> out;
  std::size_t from = 0;
  for (std::size_t s = 0; s < sections.size(); ++s)
    for (std::size_t k = 0; k < sections[s].headers.size(); ++k) {
      const std::string number = fmt::format("{}.{}", s + 1, k + 1);
      int found = 0;
      for (std::size_t p = from; p < pages.size() && !found; ++p)
        if (heading_on(pages[p], number, sections[s].headers[k]->include)) {
          found = static_cast<int>(p) + 1;
          from = p;
        }
      out.push_back(found);
    }
  return out;
}

}  // namespace

std::vector<std::string> read_notebook_select(const model& m, const fs::path& file) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& inc) {
    if (seen.insert(inc).second) out.push_back(inc);
  };
  auto add_all = [&] {
    for (const header_doc& h : m.headers) add(h.include);
  };
  if (file == "all") {
    add_all();
    return out;
  }
  std::vector<std::string> names;
  std::set<std::string> modules;
  for (const header_doc& h : m.headers) {
    names.push_back(h.include);
    if (modules.insert(h.module).second) names.push_back(h.module);
  }
  std::vector<std::string> lines = split_lines(read_file(file));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string name = lines[i];
    if (std::size_t hash = name.find('#'); hash != std::string::npos) name.erase(hash);
    name = trim(name);
    if (name.empty()) continue;
    if (name.rfind("include/", 0) == 0) name.erase(0, 8);
    if (name == "all") {
      add_all();
    } else if (const header_doc* h = find_header(m, name)) {
      add(h->include);
    } else if (modules.count(name)) {
      for (const header_doc& h2 : m.headers)
        if (h2.module == name) add(h2.include);
    } else {
      std::optional<std::string> near = closest_name(name, names);
      throw tool_error(fmt::format("{}:{}: '{}' is neither a cpkit header (cpkit/...hpp) nor a module{}", file.string(),
                                   i + 1, name, near ? " (did you mean '" + *near + "'?)" : ""));
    }
  }
  if (out.empty()) throw tool_error(file.string() + ": selects no header");
  return out;
}

notebook_result build_notebook(const model& m, const fs::path& out_dir, const std::vector<std::string>& select) {
  const std::vector<section> sections = make_sections(m, close_selection(m, select));
  notebook_result r;
  for (const section& s : sections)
    for (const header_doc* h : s.headers) r.headers.push_back(h->include);
  if (r.headers.empty()) throw tool_error("the notebook would hold no header");
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw tool_error("cannot create " + out_dir.string() + ": " + ec.message());
  r.html = out_dir / "notebook.html";
  r.pdf = out_dir / "notebook.pdf";
  scoped_dir work{make_work_dir("notebook")};

  // First print without page numbers; the table of contents then gets the pages its headings
  // landed on (same width: the numbers sit in a fixed-width slot), printed again and checked.
  std::vector<int> pages_of;
  int pages = 0;
  for (int pass = 0; pass < 3; ++pass) {
    write_file_atomic(r.html, notebook_html(m, sections, pages_of, pages));
    print_pdf(r.html, r.pdf, work.path);
    pages = pdf_pages(r.pdf, work.path);
    std::vector<int> now = heading_pages(sections, r.pdf, work.path);
    if (now == pages_of) break;
    pages_of = now;
  }
  r.pages = pages;
  return r;
}

}  // namespace cpkit_tool::docs
