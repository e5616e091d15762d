// `cpkit bundle`: turn a solution that includes cpkit headers into one self-contained file.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"

namespace CLI {
class App;
}

namespace cpkit_tool {

struct bundle_options {
  std::vector<fs::path> include_dirs;  // searched for "cpkit/..."; cpkit_root()/include added last
  bool strip_comments = false;
  bool line_markers = false;
};

// The bundled source of `file`. Throws tool_error with one line on: a header not found (naming
// the include chain), an include cycle, a cpkit include under an #if it cannot decide, an
// unreadable file.
std::string bundle_source(const fs::path& file, const bundle_options& options);

// Adds the `bundle` subcommand (options, callback) to the program.
void register_bundle_command(CLI::App& app);

}  // namespace cpkit_tool
