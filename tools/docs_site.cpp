// The static site of `cpkit docs` (docs_site.hpp). Every page goes through pandoc (GitHub
// Markdown, KaTeX, pandoc's highlighting) with the template tools/docs_assets/template.html;
// the generated parts (module sections, index tables) are raw HTML inside that Markdown. Links
// pandoc writes are then rewritten to resolve inside the site (or on the file system), never dead.
#include "docs_site.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "judge_util.hpp"
#include "sandbox.hpp"

namespace cpkit_tool::docs {

std::string require_program(const std::string& name, const std::string& package) {
  auto p = find_program(name);
  if (!p) throw tool_error(fmt::format("{} not found: install the Debian package {} (apt-get install {})", name, package, package));
  return *p;
}

std::string run_program(const std::vector<std::string>& argv, double wall_seconds) {
  static std::atomic<int> counter{0};
  const fs::path out = cache_dir() / "runs" / fmt::format("docs-{}-{}.out", ::getpid(), counter++);
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  run_request rq;
  rq.argv = argv;
  if (auto p = find_program(argv.at(0))) rq.argv[0] = *p;
  rq.stdout_path = out.string();
  rq.untrusted = false;
  rq.limits.cpu_seconds = 0;
  rq.limits.wall_seconds = wall_seconds;
  rq.limits.memory_bytes = 0;
  rq.limits.output_bytes = 0;
  rq.limits.processes = 0;
  run_result r = run_sandboxed(rq);
  std::string text;
  try {
    text = read_file(out);
  } catch (const tool_error&) {
  }
  fs::remove(out, ec);
  const std::string name = fs::path(argv.at(0)).filename().string();
  if (r.interrupted) throw tool_error("interrupted");
  if (!r.exec_error.empty()) throw tool_error(fmt::format("{}: {}", name, r.exec_error));
  if (r.killed_wall || r.killed_busy) throw tool_error(fmt::format("{} took over {:.0f} s; stopped", name, wall_seconds));
  if (r.signal || r.exit_code) {
    std::string err = r.stderr_head.substr(0, 600);
    for (char& c : err)
      if (c == '\n' || c == '\r') c = ' ';
    throw tool_error(fmt::format("{} failed ({}): {}", name, r.signal ? signal_name(r.signal) : fmt::format("exit code {}", r.exit_code), err));
  }
  return text;
}

std::string model_json(const model& m) {
  using nlohmann::json;
  auto rel = [&](const fs::path& p) { return p.empty() ? std::string() : fs::relative(p, m.root).generic_string(); };
  json j;
  j["root"] = m.root.string();
  j["pages"] = json::array();
  for (const page_doc& p : m.pages)
    j["pages"].push_back({{"id", p.id}, {"markdown", rel(p.markdown)}, {"title", p.title}, {"module", p.module},
                          {"headers", p.headers}, {"problems", p.problems}});
  j["headers"] = json::array();
  for (const header_doc& h : m.headers) {
    json entries = json::array();
    for (const entry_point& e : h.entries)
      entries.push_back({{"name", e.name}, {"signature", e.signature}, {"complexity", e.complexity}, {"text", e.text}});
    j["headers"].push_back({{"include", h.include}, {"file", rel(h.file)}, {"module", h.module}, {"page", h.page},
                            {"summary", h.summary}, {"comment", h.comment}, {"entries", entries},
                            {"problems", h.problems}, {"verified_other", h.verified_other}, {"includes", h.includes},
                            {"code", h.code}, {"hash", h.hash}, {"bundled_bytes", h.bundled_bytes},
                            {"umbrella", h.umbrella}, {"detail", h.detail}});
  }
  j["problems"] = json::array();
  for (const problem_doc& p : m.problems)
    j["problems"].push_back({{"id", p.id}, {"dir", rel(p.dir)}, {"title", p.title}, {"headers", p.headers}});
  json points = json::array();
  for (const bench_point& b : m.bench.points)
    points.push_back({{"module", b.module}, {"case", b.case_name}, {"size", b.size}, {"speedup", b.speedup}, {"baseline", b.baseline}});
  j["bench"] = {{"machine", m.bench.machine}, {"date", m.bench.date}, {"points", points}};
  return j.dump(1) + "\n";
}

namespace {

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }
bool ends_with(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// Newlines as &#10;: a blank line would end the raw HTML block in Markdown.
std::string one_line_html(const std::string& s) {
  std::string o;
  for (char c : s) o += c == '\n' ? std::string("&#10;") : std::string(1, c);
  return o;
}

// A title without Markdown backticks.
std::string plain(const std::string& t) {
  std::string o;
  for (char c : t)
    if (c != '`') o += c;
  return o;
}

// The nav bar's name of a page: its title up to ": " ("Geometry II: closest pair, ..." -> "Geometry II").
std::string short_title(const std::string& t) {
  const std::size_t c = t.find(": ");
  return plain(c == std::string::npos ? t : t.substr(0, c));
}

// The one-line description docs/README.md gives each page: "- [Title](id.md): description".
std::map<std::string, std::string> readme_descriptions(const fs::path& readme) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  if (!fs::is_regular_file(readme, ec)) return out;
  std::istringstream in(read_file(readme));
  std::string line, cur;
  for (std::string l; std::getline(in, l);) {
    if (starts_with(l, "- [")) {
      const std::size_t a = l.find("](");
      const std::size_t b = a == std::string::npos ? a : l.find(".md)", a);
      if (b != std::string::npos && l.compare(b + 4, 2, ": ") == 0) {
        cur = l.substr(a + 2, b - a - 2);
        out[cur] = l.substr(b + 6);
        continue;
      }
      cur.clear();
    } else if (!cur.empty() && starts_with(l, "  ") && l.find_first_not_of(' ') != std::string::npos) {
      out[cur] += " " + l.substr(l.find_first_not_of(' '));
      continue;
    }
    cur.clear();
  }
  return out;
}

std::string anchor_of(const std::string& include) {
  std::string a = "hdr-";
  for (char c : include) a += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '-';
  return a;
}
std::string entry_anchor(const std::string& include, const std::string& name) { return anchor_of(include) + "--" + name; }

std::string human_bytes(std::size_t n) {
  if (n < 1024) return fmt::format("{} B", n);
  return fmt::format("{:.1f} KiB", n / 1024.0);
}

// A fence longer than any run of backticks in the code.
std::string fence_for(const std::string& code) {
  std::size_t longest = 0, run = 0;
  for (char c : code) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

std::string fenced_cpp(const std::string& code) {
  const std::string f = fence_for(code);
  std::string c = code;
  while (!c.empty() && c.back() == '\n') c.pop_back();
  return "\n" + f + "cpp\n" + c + "\n" + f + "\n\n";
}

const std::string k_hash_command = "awk 'f||!/^\\/\\//{f=1;print}' HEADER | tr -d '[:space:]' | sha256sum | cut -c1-6";

struct site {
  site(const model& model_in, const fs::path& out_in, const fs::path& assets_in, const std::string& pandoc_in)
      : m(model_in), out(out_in), assets_src(assets_in), pandoc(pandoc_in) {}
  const model& m;
  fs::path out;
  fs::path assets_src;
  std::string pandoc;
  std::map<std::string, const header_doc*> headers;
  std::map<std::string, const page_doc*> pages;
  std::set<std::string> problems;
  std::set<std::string> charts;
  bool notebook = true;
  std::map<std::string, std::string> descriptions;  // docs/README.md's line per page
  std::size_t pandoc_runs = 0;
  std::mutex mu;  // guards written, dead, pandoc_runs and the image copies (pages render in parallel)
  std::atomic<int> tmp_counter{0};

  std::string nav(const std::string& root, const std::string& current) const {
    std::string s;
    bool tools = false;
    for (const page_doc& p : m.pages) {
      if (!p.module && !tools) {
        s += "<span class=\"sep\">|</span>\n";
        tools = true;
      }
      s += fmt::format("<a class=\"{}\" href=\"{}{}.html\" title=\"{}\">{}</a>\n", p.id == current ? "nav current" : "nav", root, p.id,
                       xml_escape(plain(p.title)), xml_escape(short_title(p.title)));
    }
    return s;
  }

  // The problems as links from a page at `root`.
  std::string problem_links(const std::vector<std::string>& ids, const std::string& root) const {
    std::string s;
    for (const std::string& id : ids) s += fmt::format("<a class=\"int pill\" href=\"{}problems/{}.html\">{}</a> ", root, id, xml_escape(id));
    return s;
  }

  std::string header_link(const std::string& include, const std::string& root) const {
    auto it = headers.find(include);
    if (it == headers.end() || it->second->page.empty()) return "<code>" + xml_escape(include) + "</code>";
    return fmt::format("<a class=\"int\" href=\"{}{}.html#{}\"><code>{}</code></a>", root, it->second->page, anchor_of(include), xml_escape(include));
  }

  // Resolves one link target written in the Markdown file at repo-relative folder `from`.
  // Returns the new target, or nullopt when it leads nowhere (the link becomes plain text).
  std::optional<std::string> resolve(const std::string& target, const fs::path& from, const std::string& root, const fs::path& page_dir) {
    if (target.empty() || target[0] == '#' || target.find("://") != std::string::npos || starts_with(target, "mailto:") ||
        starts_with(target, "data:"))
      return target;
    std::string path = target, frag;
    const std::size_t hash = target.find('#');
    if (hash != std::string::npos) path = target.substr(0, hash), frag = target.substr(hash);
    if (path.empty()) return target;
    const fs::path rel = (from / path).lexically_normal();
    const std::string r = rel.generic_string();
    std::error_code ec;
    std::lock_guard<std::mutex> lock(mu);
    if (starts_with(r, "..") || rel.is_absolute()) return std::nullopt;
    if (r == "docs/README.md" || r == "README.md") return root + "index.html" + (r == "docs/README.md" ? frag : "");
    if (starts_with(r, "docs/") && ends_with(r, ".md")) {
      const std::string id = r.substr(5, r.size() - 8);
      if (pages.count(id)) return root + id + ".html" + frag;
    }
    if (starts_with(r, "problems/")) {
      std::string rest = r.substr(9);
      const std::string id = rest.substr(0, rest.find('/'));
      const std::string file = rest.find('/') == std::string::npos ? "" : rest.substr(rest.find('/') + 1);
      if (problems.count(id) && (file.empty() || file == "README.md" || file == "solution.cpp"))
        return root + "problems/" + id + ".html" + (file == "README.md" ? frag : "");
    }
    if (starts_with(r, "include/")) {
      auto it = headers.find(r.substr(8));
      if (it != headers.end() && !it->second->page.empty()) return root + it->second->page + ".html#" + anchor_of(it->second->include);
    }
    if (starts_with(r, "docs/img/") && fs::is_regular_file(m.root / rel, ec)) {
      const fs::path dst = out / rel.lexically_relative("docs");
      fs::create_directories(dst.parent_path(), ec);
      fs::copy_file(m.root / rel, dst, fs::copy_options::overwrite_existing, ec);
      if (ec) throw tool_error(fmt::format("cannot copy {} into the site: {}", (m.root / rel).string(), ec.message()));
      written.insert(dst);
      return root + rel.lexically_relative("docs").generic_string() + frag;
    }
    if (fs::exists(m.root / rel, ec)) return fs::path(m.root / rel).lexically_relative(page_dir).generic_string() + frag;
    return std::nullopt;
  }

  std::set<fs::path> written;
  std::vector<std::string> dead;  // links made plain text, for the report

  // Rewrites href="..." of <a> written by pandoc (not ours: class="int" comes first) and
  // src="..." of <img>.
  std::string rewrite_links(const std::string& html, const fs::path& from, const std::string& root, const fs::path& page_dir,
                            const std::string& where) {
    std::string out_html;
    std::size_t pos = 0;
    for (;;) {
      const std::size_t a = html.find("<a href=\"", pos);
      const std::size_t im = html.find("<img src=\"", pos);
      const std::size_t p = std::min(a, im);
      if (p == std::string::npos) break;
      const bool is_img = p == im;
      const std::size_t vb = p + (is_img ? 10 : 9);
      const std::size_t ve = html.find('"', vb);
      if (ve == std::string::npos) break;
      std::string target = html.substr(vb, ve - vb);
      for (std::size_t q; (q = target.find("&amp;")) != std::string::npos;) target.replace(q, 5, "&");
      out_html += html.substr(pos, vb - pos);
      if (!is_img && (starts_with(target, "http://") || starts_with(target, "https://"))) {
        // The site works offline: a link to the network becomes its text and the URL, as text.
        out_html.erase(out_html.size() - 9);
        const std::size_t gt = html.find('>', ve);
        const std::size_t close = html.find("</a>", gt);
        const std::string text = html.substr(gt + 1, close - gt - 1);
        out_html += "<span class=\"extlink\">" + text + (text == xml_escape(target) ? "" : " (" + xml_escape(target) + ")") + "</span>";
        pos = close + 4;
        continue;
      }
      auto r = resolve(target, from, root, page_dir);
      if (r) {
        out_html += xml_escape(*r);
        pos = ve;
        continue;
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        dead.push_back(where + ": " + target);
      }
      if (is_img) {
        out_html += xml_escape(target);
        pos = ve;
        continue;
      }
      // <a href="dead">text</a> -> <span class="deadlink">text</span>
      out_html.erase(out_html.size() - 9);
      const std::size_t gt = html.find('>', ve);
      const std::size_t close = html.find("</a>", gt);
      out_html += "<span class=\"deadlink\" title=\"" + xml_escape(target) + "\">" + html.substr(gt + 1, close - gt - 1) + "</span>";
      pos = close + 4;
    }
    out_html += html.substr(pos);
    return out_html;
  }

  // Markdown (GitHub flavour, $math$, raw HTML) -> a whole page at out_file.
  void render(const std::string& markdown, const std::string& title, const fs::path& out_file, const std::string& root,
              const std::string& current, const fs::path& from) {
    const fs::path tmp = out / fmt::format(".tmp-{}-{}.md", ::getpid(), tmp_counter++);
    write_file_atomic(tmp, markdown);
    std::string html;
    try {
      html = run_program({pandoc, "-f", "gfm+tex_math_dollars", "-t", "html5", "--standalone", "--wrap=none",
                          "--template=" + (assets_src / "template.html").string(), "--katex=" + root + "assets/katex/",
                          "--highlight-style=tango", "--metadata=pagetitle:" + title, "-V", "root=" + root, "-V",
                          "nav=" + nav(root, current), tmp.string()});
    } catch (...) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw;
    }
    std::error_code ec;
    fs::remove(tmp, ec);
    html = rewrite_links(html, from, root, out_file.parent_path(), fs::relative(out_file, out).generic_string());
    fs::create_directories(out_file.parent_path(), ec);
    write_file_atomic(out_file, html);
    std::lock_guard<std::mutex> lock(mu);
    ++pandoc_runs;
    written.insert(out_file);
  }

  std::string header_section(const header_doc& h) const {
    std::string s;
    const std::string a = anchor_of(h.include);
    s += fmt::format("\n<section class=\"header-doc\" id=\"{}\" data-header=\"{}\">\n", a, xml_escape(h.include));
    s += fmt::format("<h2><code>#include \"{}\"</code></h2>\n", xml_escape(h.include));
    s += fmt::format("<p class=\"summary\">{}</p>\n", xml_escape(h.summary));
    if (!h.entries.empty()) {
      s += "<table class=\"api\">\n<thead><tr><th>Entry point</th><th>Complexity</th><th>Description</th></tr></thead>\n<tbody>\n";
      // One row per comment line: names listed together (push(x), emplace(args...)) share it.
      for (std::size_t i = 0; i < h.entries.size();) {
        const entry_point& e = h.entries[i];
        std::size_t j = i + 1;
        while (j < h.entries.size() && h.entries[j].signature == e.signature && h.entries[j].text == e.text) ++j;
        std::string anchors;
        for (std::size_t k = i + 1; k < j; ++k) anchors += fmt::format("<span id=\"{}\"></span>", entry_anchor(h.include, h.entries[k].name));
        s += fmt::format("<tr id=\"{}\" class=\"api-entry\" data-name=\"{}\"><td>{}<code>{}</code></td><td class=\"cx\">{}</td><td>{}</td></tr>\n",
                         entry_anchor(h.include, e.name), xml_escape(e.name), anchors, xml_escape(e.signature), xml_escape(e.complexity), xml_escape(e.text));
        i = j;
      }
      s += "</tbody>\n</table>\n";
    } else {
      s += fmt::format("<p class=\"meta\">{}</p>\n", h.umbrella ? "Umbrella header: it only includes the headers of this module."
                                                                  : "Implementation part shared by the headers of this module.");
    }
    s += fmt::format("<p class=\"meta\">Bundled alone: {} ({} bytes). Notebook hash <code>{}</code>.</p>\n", human_bytes(h.bundled_bytes),
                     h.bundled_bytes, xml_escape(h.hash));
    s += fmt::format("<p class=\"verified\">Verified by: {}", h.problems.empty() ? "" : problem_links(h.problems, ""));
    for (const std::string& o : h.verified_other) s += "<code>" + xml_escape(o) + "</code> ";
    if (h.problems.empty() && h.verified_other.empty()) s += "(none named)";
    s += "</p>\n";
    s += fmt::format("<details class=\"comment\">\n<summary>Top comment of <code>{}</code> (the source of the table above)</summary>\n<pre>{}</pre>\n</details>\n",
                     xml_escape(h.include), one_line_html(xml_escape(h.comment)));
    s += fmt::format("<details id=\"{}-code\">\n<summary>Code of <code>{}</code> ({} lines) <button class=\"copy\" type=\"button\" data-target=\"{}-code\">Copy</button></summary>\n",
                     a, xml_escape(h.include), std::count(h.code.begin(), h.code.end(), '\n'), a);
    s += fenced_cpp(h.code);
    s += "</details>\n</section>\n\n";
    return s;
  }

  void module_page(const page_doc& p) {
    std::string md = read_file(p.markdown);
    if (p.module) {
      md += "\n\n<h2 id=\"headers\">Headers</h2>\n";
      md += "<p class=\"meta\">Each header's summary and entry points come from its top comment. The notebook hash is what <code>" +
            xml_escape(k_hash_command) + "</code> prints.</p>\n";
      md += "<ul class=\"header-index\">\n";
      for (const std::string& inc : p.headers)
        md += fmt::format("<li><a class=\"int\" href=\"#{}\"><code>{}</code></a>: {}</li>\n", anchor_of(inc), xml_escape(inc),
                          xml_escape(headers.at(inc)->summary));
      md += "</ul>\n";
      if (charts.count(p.id)) {
        md += fmt::format("<figure class=\"bench\"><img class=\"int\" src=\"bench/{}.svg\" alt=\"Benchmark speedups of {}\">", p.id, xml_escape(p.id));
        md += fmt::format("<figcaption>Measured speedup against the baseline, {}, {}.</figcaption></figure>\n", xml_escape(m.bench.machine),
                          xml_escape(m.bench.date));
      }
      for (const std::string& inc : p.headers) md += header_section(*headers.at(inc));
      if (!p.problems.empty()) md += "\n<h2 id=\"verified-by\">Problems</h2>\n<p class=\"problems-list\">" + problem_links(p.problems, "") + "</p>\n";
    }
    render(md, plain(p.title), out / (p.id + ".html"), "", p.id, "docs");
  }

  void problem_page(const problem_doc& pr) {
    std::string md = read_file(pr.dir / "README.md");
    md += "\n\n<h2 id=\"solution\">Solution</h2>\n";
    md += "<p class=\"meta\">Headers it uses: ";
    for (const std::string& h : pr.headers) md += header_link(h, "../") + " ";
    md += fmt::format("</p>\n<div id=\"solution-code\"><button class=\"copy\" type=\"button\" data-target=\"solution-code\">Copy</button>\n");
    md += fenced_cpp(read_file(pr.dir / "solution.cpp"));
    md += "</div>\n";
    render(md, pr.title + " (" + pr.id + ")", out / "problems" / (pr.id + ".html"), "../", "", fs::path("problems") / pr.id);
  }

  void index_page() {
    std::string md = "# cpkit: a study reference\n\n";
    md += "A header-only C++17 library for competitive programming: one page per module (the idea, a proof sketch, complexity, "
          "pitfalls, the API, and the problems that verify it), and the tools. Search any entry point in the box above.\n\n";
    md += "<h2 id=\"modules\">Modules</h2>\n<ul class=\"modules\">\n";
    for (const page_doc& p : m.pages) {
      if (!p.module) continue;
      std::size_t entries = 0;
      for (const std::string& inc : p.headers) entries += headers.at(inc)->entries.size();
      std::string summary = descriptions.count(p.id) ? plain(descriptions.at(p.id)) : std::string();
      for (const std::string& inc : p.headers)
        if (summary.empty() && (headers.at(inc)->umbrella || p.headers.size() == 1)) summary = headers.at(inc)->summary;
      if (summary.empty()) summary = headers.at(p.headers.front())->summary;
      auto count = [](std::size_t n, const char* what) { return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s"); };
      md += fmt::format("<li><a class=\"int\" href=\"{}.html\"><b>{}</b></a><br>{}<br><span class=\"n\">{}, {}, {}</span></li>\n", p.id,
                        xml_escape(short_title(p.title)), xml_escape(summary), count(p.headers.size(), "header"), count(entries, "entry point"),
                        count(p.problems.size(), "problem"));
    }
    md += "</ul>\n<h2 id=\"tools\">Tools</h2>\n<ul>\n";
    for (const page_doc& p : m.pages)
      if (!p.module)
        md += fmt::format("<li><a class=\"int\" href=\"{}.html\">{}</a>{}</li>\n", p.id, xml_escape(short_title(p.title)),
                          descriptions.count(p.id) ? ": " + xml_escape(plain(descriptions.at(p.id))) : std::string());
    if (notebook)
      md += "<li><a class=\"int\" href=\"notebook.html\">The notebook</a> (<a class=\"int\" href=\"notebook.pdf\">PDF</a>): every header, A4, two columns.</li>\n";
    md += "</ul>\n<h2 id=\"entry-points\">Entry points</h2>\n";
    md += "<table class=\"entries\">\n<thead><tr><th>Entry point</th><th>Header</th><th>Complexity</th><th>Verified by</th></tr></thead>\n<tbody>\n";
    for (const header_doc& h : m.headers)
      for (const entry_point& e : h.entries)
        md += fmt::format("<tr class=\"entry\" data-name=\"{}\" data-header=\"{}\"><td><a class=\"int\" href=\"{}.html#{}\">{}</a></td><td>{}</td><td class=\"cx\">{}</td><td class=\"problems-list\">{}</td></tr>\n",
                          xml_escape(e.name), xml_escape(h.include), h.page, entry_anchor(h.include, e.name), xml_escape(e.name), xml_escape(h.include),
                          xml_escape(e.complexity), problem_links(h.problems, ""));
    md += "</tbody>\n</table>\n";
    md += "<h2 id=\"problems\">Problems</h2>\n<p class=\"problems-list\">";
    for (const problem_doc& p : m.problems) md += fmt::format("<a class=\"int\" href=\"problems/{}.html\" title=\"{}\">{}</a> ", p.id, xml_escape(p.title), xml_escape(p.id));
    md += "</p>\n";
    render(md, "cpkit", out / "index.html", "", "", "docs");
  }

  void search_index() {
    using nlohmann::json;
    json items = json::array();
    for (const header_doc& h : m.headers)
      for (const entry_point& e : h.entries)
        items.push_back({{"name", e.name}, {"kind", "entry"}, {"header", h.include}, {"complexity", e.complexity},
                         {"url", h.page + ".html#" + entry_anchor(h.include, e.name)}, {"text", e.signature}});
    for (const header_doc& h : m.headers)
      if (!h.page.empty())
        items.push_back({{"name", h.include}, {"kind", "header"}, {"url", h.page + ".html#" + anchor_of(h.include)}, {"text", h.summary}});
    for (const page_doc& p : m.pages) items.push_back({{"name", p.title}, {"kind", "page"}, {"url", p.id + ".html"}, {"text", p.id}});
    for (const problem_doc& p : m.problems)
      items.push_back({{"name", p.id}, {"kind", "problem"}, {"url", "problems/" + p.id + ".html"}, {"text", p.title}});
    const fs::path f = out / "search-index.js";
    write_file_atomic(f, "// Generated by ./cpkit docs from the docs model.\nwindow.CPKIT_SEARCH = " + items.dump() + ";\n");
    written.insert(f);
  }

  void copy_assets() {
    std::error_code ec;
    fs::create_directories(out / "assets", ec);
    for (const char* f : {"site.css", "site.js"}) {
      fs::copy_file(assets_src / f, out / "assets" / f, fs::copy_options::overwrite_existing, ec);
      if (ec) throw tool_error(fmt::format("cannot copy {} into the site: {}", (assets_src / f).string(), ec.message()));
      written.insert(out / "assets" / f);
    }
    const fs::path katex = "/usr/share/javascript/katex";
    if (!fs::is_regular_file(katex / "katex.min.js", ec))
      throw tool_error("KaTeX not found in /usr/share/javascript/katex: install the Debian package libjs-katex");
    fs::remove_all(out / "assets" / "katex", ec);
    fs::create_directories(out / "assets" / "katex", ec);
    for (const char* f : {"katex.min.js", "katex.min.css"}) fs::copy_file(katex / f, out / "assets" / "katex" / f, ec);
    fs::copy(katex / "fonts", out / "assets" / "katex" / "fonts", fs::copy_options::recursive, ec);
    if (ec) throw tool_error(fmt::format("cannot copy KaTeX into the site: {}", ec.message()));
    written.insert(out / "assets" / "katex");
  }
};

}  // namespace

site_result build_site(const model& m, const fs::path& out_dir, const std::vector<std::string>& charts, bool notebook) {
  site s{m, out_dir, m.root / "tools" / "docs_assets", require_program("pandoc", "pandoc")};
  for (const header_doc& h : m.headers) s.headers[h.include] = &h;
  for (const page_doc& p : m.pages) s.pages[p.id] = &p;
  for (const problem_doc& p : m.problems) s.problems.insert(p.id);
  s.charts.insert(charts.begin(), charts.end());
  s.notebook = notebook;
  s.descriptions = readme_descriptions(m.root / "docs" / "README.md");
  s.copy_assets();
  s.search_index();
  // One pandoc run per page, two (or more) at a time.
  std::vector<std::function<void()>> tasks;
  tasks.push_back([&] { s.index_page(); });
  for (const page_doc& p : m.pages) tasks.push_back([&s, &p] { s.module_page(p); });
  for (const problem_doc& p : m.problems) tasks.push_back([&s, &p] { s.problem_page(p); });
  parallel_for(tasks.size(), std::max(2, default_jobs()), [&](std::size_t i) { tasks[i](); });
  // Every #fragment of a link between pages must name an id of its target (a heading renamed in
  // docs/ leaves such links behind): one warning each.
  std::map<fs::path, std::set<std::string>> ids;
  auto ids_of = [&](const fs::path& f) -> const std::set<std::string>& {
    auto it = ids.find(f);
    if (it != ids.end()) return it->second;
    std::set<std::string>& got = ids[f];
    const std::string t = read_file(f);
    for (std::size_t p = 0; (p = t.find(" id=\"", p)) != std::string::npos;) {
      p += 5;
      const std::size_t e = t.find('"', p);
      if (e == std::string::npos) break;
      got.insert(t.substr(p, e - p));
    }
    return got;
  };
  for (const fs::path& f : s.written) {
    if (f.extension() != ".html") continue;
    const std::string t = read_file(f);
    for (std::size_t p = 0; (p = t.find("href=\"", p)) != std::string::npos;) {
      p += 6;
      const std::size_t e = t.find('"', p);
      if (e == std::string::npos) break;
      const std::string target = t.substr(p, e - p);
      const std::size_t hash = target.find('#');
      if (hash == std::string::npos || target.find("://") != std::string::npos) continue;
      const fs::path dest = hash == 0 ? f : (f.parent_path() / target.substr(0, hash)).lexically_normal();
      std::error_code ec;
      if (dest.extension() != ".html" || !fs::is_regular_file(dest, ec)) continue;
      if (!ids_of(dest).count(target.substr(hash + 1)))
        s.dead.push_back(fs::relative(f, out_dir).generic_string() + ": " + target + " (no such anchor)");
    }
  }
  write_file_atomic(out_dir / "model.json", model_json(m));
  site_result r;
  r.pages = m.pages.size();
  for (const header_doc& h : m.headers) r.entries += h.entries.size();
  r.problems = m.problems.size();
  r.dead_links = s.dead;
  return r;
}

}  // namespace cpkit_tool::docs
