// `cpkit bundle`: turn a solution that includes cpkit headers into one self-contained file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common.hpp"

namespace CLI {
class App;
}

namespace cpkit_tool {

struct bundle_options {
  std::vector<fs::path> include_dirs;  // searched for "cpkit/..."; cpkit_root()/include added last
  bool strip_comments = false;         // every comment goes (the licence note stays)
  bool drop_blank_lines = false;       // every blank line goes
  bool line_markers = false;
};

// One file's share of a bundle: its own text, not the headers it includes.
struct bundled_file {
  std::string name;       // "cpkit/x.hpp" as included, or the solution as shown
  std::size_t bytes = 0;  // bytes of the bundle that come from this file (its marker line too)
  std::size_t cpkit_includes = 0;  // cpkit headers first reached from this file
  bool umbrella = false;           // nothing but directives and comments (it only gathers headers)
};

struct bundle_result {
  std::string text;                   // the bundled source
  std::vector<std::string> headers;   // cpkit headers inlined, in output order ("cpkit/x.hpp")
  std::vector<std::string> warnings;  // one line each, e.g. a local "foo.hpp" include kept as is
  std::vector<bundled_file> files;    // the solution first, then each header in output order
  std::size_t note_bytes = 0;         // the licence note's line (0 when no header was inlined)
};

// The bundled source of `file`. Throws tool_error with one line on: a header not found (naming
// the include chain), an include cycle, a path leaving the cpkit folder, a cpkit include under an
// #if it cannot decide or of a macro it cannot evaluate, an #if dividing by zero, a trigraph
// directive, a file that is not a regular file or is unreadable.
std::string bundle_source(const fs::path& file, const bundle_options& options);

// The same, with the list of inlined headers, each file's share and the warnings.
bundle_result bundle(const fs::path& file, const bundle_options& options);

// Adds the `bundle` subcommand (options, callback) to the program.
void register_bundle_command(CLI::App& app);

}  // namespace cpkit_tool
