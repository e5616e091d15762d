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

struct bundle_result {
  std::string text;                   // the bundled source
  std::vector<std::string> headers;   // cpkit headers inlined, in output order ("cpkit/x.hpp")
  std::vector<std::string> warnings;  // one line each, e.g. a local "foo.hpp" include kept as is
};

// The bundled source of `file`. Throws tool_error with one line on: a header not found (naming
// the include chain), an include cycle, a cpkit include under an #if it cannot decide, an
// unreadable file.
std::string bundle_source(const fs::path& file, const bundle_options& options);

// The same, with the list of inlined headers and the warnings.
bundle_result bundle(const fs::path& file, const bundle_options& options);

// Adds the `bundle` subcommand (options, callback) to the program.
void register_bundle_command(CLI::App& app);

}  // namespace cpkit_tool
