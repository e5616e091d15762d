// `cpkit docs [--out DIR] [--bench FILE] [--notebook-select FILE] [--no-pdf]`: the study reference
// (issue 16): the model of the checkout, the HTML site, the benchmark charts and the notebook.
// Progress lines go to stderr, one summary line to stdout.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "common.hpp"
#include "docs_charts.hpp"
#include "docs_model.hpp"
#include "docs_notebook.hpp"
#include "docs_site.hpp"
#include "sandbox.hpp"

namespace cpkit_tool {

namespace {

// Written into every site; an --out folder that is not empty must hold it (an earlier site).
// It lists the files of that site, so that a new run removes the ones it no longer writes.
constexpr const char* k_marker = ".cpkit-docs-site";

struct docs_options {
  std::string out, bench, select;
  bool no_pdf = false;
};

void step(const std::string& s) { std::fprintf(stderr, "docs: %s\n", s.c_str()); }

bool same_path(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// Checks --out and makes it; returns the absolute folder.
fs::path prepare_out(const std::string& out_arg, const fs::path& root) {
  const fs::path out = fs::absolute(out_arg.empty() ? (root / "build" / "site") : fs::path(out_arg)).lexically_normal();
  std::error_code ec;
  for (const fs::path& bad : {root, root / "docs", root / "include", root / "problems", root / "tools"})
    if (same_path(out, bad)) throw tool_error(fmt::format("--out {}: refusing to write the site into {} (name a folder of its own, e.g. build/site)", out_arg, bad.string()));
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) throw tool_error(fmt::format("--out {}: not a folder", out.string()));
  if (fs::is_directory(out, ec)) {
    const bool empty = fs::directory_iterator(out, ec) == fs::directory_iterator();
    if (!empty && !fs::is_regular_file(out / k_marker, ec))
      throw tool_error(fmt::format("--out {}: the folder is not empty and holds no earlier site ({} missing); name a new or empty folder", out.string(), k_marker));
    return out;
  }
  const fs::path parent = out.parent_path();
  if (!fs::is_directory(parent, ec)) throw tool_error(fmt::format("--out {}: its parent folder {} does not exist", out.string(), parent.string()));
  if (!fs::create_directory(out, ec) && ec) throw tool_error(fmt::format("--out {}: cannot make it: {}", out.string(), ec.message()));
  return out;
}

// The files an earlier run wrote (from the marker), relative to out.
std::vector<fs::path> earlier_files(const fs::path& out) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_regular_file(out / k_marker, ec)) return files;
  std::istringstream in(read_file(out / k_marker));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const fs::path p = fs::path(line).lexically_normal();
    if (p.is_absolute() || p.empty() || *p.begin() == "..") continue;  // only inside out
    files.push_back(p);
  }
  return files;
}

void list_files(const fs::path& dir, const fs::path& base, std::set<std::string>& out) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file()) out.insert(fs::relative(it->path(), base).generic_string());
  }
}

void run_docs(const docs_options& o) {
  install_interrupt_handling();
  const fs::path root = cpkit_root();
  docs::require_program("pandoc", "pandoc");
  docs::require_program("sha256sum", "coreutils");
  if (!o.no_pdf) {
    docs::require_program("chromium", "chromium");
    docs::require_program("pdfinfo", "poppler-utils");
  }
  std::error_code ec;
  if (!o.bench.empty() && !fs::is_regular_file(o.bench, ec)) throw tool_error(fmt::format("--bench {}: no such file", o.bench));
  if (!o.select.empty() && o.select != "all" && !fs::is_regular_file(o.select, ec)) throw tool_error(fmt::format("--notebook-select {}: no such file", o.select));
  const fs::path out = prepare_out(o.out, root);

  step("reading the headers, docs/ and problems/ of " + root.string());
  const docs::model m = docs::load_model(root, o.bench.empty() ? fs::path() : fs::absolute(o.bench));
  std::size_t entries = 0;
  for (const docs::header_doc& h : m.headers) entries += h.entries.size();
  step(fmt::format("model: {} headers, {} entry points, {} pages, {} problems, {} bench points", m.headers.size(), entries,
                   m.pages.size(), m.problems.size(), m.bench.points.size()));
  std::vector<std::string> select;
  // The notebook holds docs/notebook-select.txt by default (it fits the ICPC 25 pages; every
  // header does not), "all" every header (docs/notebook.md).
  if (!o.no_pdf) select = docs::read_notebook_select(m, o.select.empty() ? root / "docs" / "notebook-select.txt" : fs::path(o.select));

  // Remove what an earlier run wrote; the user's own files stay.
  for (const fs::path& p : earlier_files(out)) fs::remove(out / p, ec);
  for (const char* d : {"assets", "problems", "bench", "img"}) {
    // Folders the site owns, left empty by the removal above.
    if (fs::is_directory(out / d, ec) && fs::directory_iterator(out / d, ec) == fs::directory_iterator()) fs::remove(out / d, ec);
  }
  fs::remove_all(out / "assets" / "katex", ec);
  std::set<std::string> before;  // the user's own files: never listed in the marker, never removed
  list_files(out, out, before);

  step("charts: docs/bench results -> bench/*.svg");
  fs::create_directories(out / "bench", ec);
  const std::vector<std::string> charts = docs::write_bench_charts(m.bench, out / "bench");

  step("site: pandoc on every page and problem");
  const docs::site_result site = docs::build_site(m, out, charts, !o.no_pdf);
  for (const std::string& d : site.dead_links) step("warning: link leads nowhere, shown as text: " + d);

  int pdf_pages = -1;
  if (!o.no_pdf) {
    step("notebook: notebook.html -> chromium -> notebook.pdf");
    const docs::notebook_result nb = docs::build_notebook(m, out, select);
    pdf_pages = nb.pages;
  }

  // The marker: every file this run wrote (the earlier site's files were removed above, so what
  // is new since then is this run's).
  std::set<std::string> after;
  list_files(out, out, after);
  std::string marker = "# cpkit docs site: the files below are generated by ./cpkit docs and replaced by the next run.\n";
  for (const std::string& f : after)
    if (f != k_marker && !before.count(f)) marker += f + "\n";
  write_file_atomic(out / k_marker, marker);

  std::printf("docs: %zu pages, %zu entry points, %zu problems, notebook %s -> %s\n", site.pages, site.entries, site.problems,
              pdf_pages < 0 ? "skipped (--no-pdf)" : fmt::format("{} pages", pdf_pages).c_str(), out.string().c_str());
}

}  // namespace

void register_docs_command(CLI::App& app) {
  auto o = std::make_shared<docs_options>();
  CLI::App* cmd = app.add_subcommand("docs", "Build the study reference: the HTML site and the printable notebook (PDF)");
  cmd->add_option("--out", o->out, "Folder of the site (default build/site; made if missing, its parent must exist)");
  cmd->add_option("--bench", o->bench, "A ./cpkit bench --json result to chart (default: docs/bench/*.json)");
  cmd->add_option("--notebook-select", o->select, "Headers of the notebook: a file of include paths or modules, one per line, or 'all' (default docs/notebook-select.txt, 25 pages at most)");
  cmd->add_flag("--no-pdf", o->no_pdf, "Skip the notebook (no chromium, no pdfinfo needed)");
  cmd->callback([o] { run_docs(*o); });
}

}  // namespace cpkit_tool
