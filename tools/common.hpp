// Shared pieces of the cpkit command-line tool.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cpkit_tool {

namespace fs = std::filesystem;

// Every user-facing failure is one of these: main() prints "cpkit: error: <what()>" on one
// line and exits with status 2. Never let another exception type reach the user.
struct tool_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Root of the cpkit checkout (headers, problems): $CPKIT_ROOT, else the source dir compiled in.
fs::path cpkit_root();
// Where compiled programs and generated tests are cached: $CPKIT_CACHE_DIR, else
// $XDG_CACHE_HOME/cpkit, else ~/.cache/cpkit.
fs::path cache_dir();

// Whole file as bytes; throws tool_error naming the file if it cannot be read.
std::string read_file(const fs::path& p);
// Writes atomically (temporary file + rename), so a failure never leaves a half-written file.
void write_file_atomic(const fs::path& p, const std::string& data);

// 128-bit content hash as 32 hex digits (two independent 64-bit FNV-1a lanes); for caches only.
std::string content_hash(const std::string& data);

// A program name resolved through $PATH (a name with a '/' is checked as it is).
std::optional<std::string> find_program(const std::string& name);

// s without leading and trailing whitespace (std::isspace).
std::string trim(std::string_view s);
// Text for XML and HTML character data and attribute values: & < > " ' as entities, and the
// control characters XML 1.0 does not allow (all below 0x20 but tab and newline) as a space.
std::string xml_escape(std::string_view s);

bool stderr_is_terminal();
bool stdout_is_terminal();

// The candidate closest to word by edit distance (insert, delete, replace, swap of neighbours),
// if it is close enough to be a likely typo (distance <= 1 for short words, <= 2 from 5 letters,
// <= 3 from 9); for "did you mean" messages.
std::optional<std::string> closest_name(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace cpkit_tool
