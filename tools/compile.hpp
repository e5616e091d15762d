// Compiling solutions, checkers and generators like a judge, with a content-addressed cache.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common.hpp"

namespace cpkit_tool {

struct compiler_config {
  std::string cxx = "g++";
  std::vector<std::string> flags = {"-std=gnu++17", "-O2"};
  std::vector<std::string> include_dirs;  // -I each; the judge adds cpkit_root()/include
  // Limits of the compiler's whole process tree; over them the result is a compile error.
  double time_limit = 60;                        // CPU seconds (wall: twice that plus 10 s)
  std::uint64_t memory_limit = 2048ull << 20;    // bytes
  std::uint64_t output_limit = 1024ull << 20;    // bytes per file written (the executable, temporaries)
  int processes = 256;
};

// The configuration a judge uses by default: $CPKIT_CXX (else g++) and $CPKIT_CXXFLAGS (else
// "-std=gnu++17 -O2"), with the cpkit headers on the include path.
compiler_config default_compiler();
std::vector<std::string> split_flags(const std::string& s);

struct compile_result {
  bool ok = false;
  bool cached = false;
  fs::path executable;
  std::string message;  // on failure: the compiler's first lines
  double seconds = 0;
};

// Compiles `source` (C++). Cached under cache_dir()/bin by a hash of the source, the command
// and the contents of every header it included (from the compiler's dependency output), so an
// edited header is recompiled.
compile_result compile_cpp(const fs::path& source, const compiler_config& config);

// A program given on the command line: a .cpp/.cc/.cxx is compiled (a compile error throws
// tool_error naming `role`), anything else must be an executable file.
fs::path prepare_program(const fs::path& path, const compiler_config& config, const std::string& role);

bool is_cpp_source(const fs::path& p);

}  // namespace cpkit_tool
