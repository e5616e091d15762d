// `cpkit docs`: the static HTML site (index, one page per docs/*.md, one per problem, search),
// and the helpers the docs steps share (running Debian's programs, model.json).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common.hpp"
#include "docs_model.hpp"

namespace CLI {
class App;
}

namespace cpkit_tool {
// Adds the `docs` subcommand (docs.cpp).
void register_docs_command(CLI::App& app);
}  // namespace cpkit_tool

namespace cpkit_tool::docs {

// The path of a program the docs need, resolved through $PATH; a missing one is a tool_error of
// one line naming the Debian package that provides it.
std::string require_program(const std::string& name, const std::string& package);

// Runs argv (argv[0] a program name, resolved through $PATH) to its end through the tool's
// process runner (run_sandboxed, trusted, no limits but the wall clock) and returns its stdout.
// Paths in argv must be absolute (the program starts in a private empty folder). Throws
// tool_error naming the program and the start of its stderr when it fails.
std::string run_program(const std::vector<std::string>& argv, double wall_seconds = 300);

// The model as JSON (model.json in the site): every field of docs_model.hpp, paths relative to
// the checkout.
std::string model_json(const model& m);

struct site_result {
  std::size_t pages = 0;     // docs pages written
  std::size_t entries = 0;   // rows of the entry-point table
  std::size_t problems = 0;  // problem pages written
  std::vector<std::string> dead_links;  // "page: target" of links that lead nowhere (made plain text)
};

// Writes the site into out_dir (which exists): index.html, <page>.html, problems/<id>.html,
// search-index.js, assets/ (site.css, site.js, katex/), model.json. `charts`: the modules whose
// chart out_dir/bench/<module>.svg exists (shown on the module page). notebook: the index links
// notebook.html and notebook.pdf (false with --no-pdf, which writes neither).
site_result build_site(const model& m, const fs::path& out_dir, const std::vector<std::string>& charts, bool notebook);

}  // namespace cpkit_tool::docs
