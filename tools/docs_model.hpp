// The one source of `cpkit docs`: everything the site and the notebook show, read from the files
// where it already lives, never typed twice.
//   - a header's top comment (the lines before #pragma once): its summary (first sentence), its
//     entry points with their complexity, its preconditions, and its "Verified by:" line;
//   - docs/<page>.md: a module's explanation (idea, proof sketch, pitfalls, API, examples);
//   - problems/<id>/: README.md (statement), solution.cpp, and which cpkit headers the solution
//     includes (transitively): a problem verifies every header its solution uses;
//   - a `./cpkit bench --json` result file: the measured speedups per module, case and size.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common.hpp"

namespace cpkit_tool::docs {

// One entry point as its header's top comment lists it, e.g. from
//   "//   knapsack_01(w, v, W) -> T            O(N*W) time, O(W) memory: best value"
// name "knapsack_01", signature "knapsack_01(w, v, W) -> T", complexity "O(N*W) time, O(W)
// memory", text: the rest of the description (continuation lines joined).
struct entry_point {
  std::string name;        // identifier a contestant would search for
  std::string signature;   // as written in the comment
  std::string complexity;  // the O(...) part(s); never empty for a listed entry point
  std::string text;        // description, one paragraph
};

struct header_doc {
  std::string include;                 // "cpkit/heap/d_ary_heap.hpp" (as #include'd)
  fs::path file;                       // absolute path
  std::string module;                  // "heap": the first path component (or the file stem)
  std::string page;                    // docs page id that explains it: "heap", "geometry2"
  std::string summary;                 // first sentence of the top comment
  std::string comment;                 // the whole top comment, "// " removed, lines kept
  std::vector<entry_point> entries;    // empty for umbrella, common and detail headers
  std::vector<std::string> problems;   // problem ids that verify it (sorted, unique)
  std::vector<std::string> verified_other;  // tests/..., bench/... named on its Verified-by line
  std::vector<std::string> includes;   // cpkit headers it includes directly
  std::string code;                    // the file after its top comment
  std::string hash;                    // notebook_hash(code)
  std::size_t bundled_bytes = 0;       // `cpkit bundle` of a file including only this header
  bool umbrella = false;               // only includes other headers
  bool detail = false;                 // an implementation part (detail/, common.hpp)
};

struct page_doc {
  std::string id;                      // "max_gap", "geometry2", "judge"
  fs::path markdown;                   // docs/<id>.md
  std::string title;                   // its first "# " heading
  bool module = false;                 // a library module page (false: a tool page)
  std::vector<std::string> headers;    // headers it explains (header_doc::include)
  std::vector<std::string> problems;   // problems verifying those headers
};

struct problem_doc {
  std::string id;                      // folder name under problems/
  fs::path dir;
  std::string title;                   // README.md's first "# " heading
  std::vector<std::string> headers;    // cpkit headers its solution uses, transitively
};

struct bench_point {
  std::string module, case_name;       // "heap", "push_pop"
  std::string size;                    // as in the benchmark name
  double speedup = 0;                  // best peer (or baseline) time / cpkit time
  std::string baseline;                // the implementation it is measured against
  std::string machine, date;           // where and when this point was measured ("" if unsaid)
};

struct bench_doc {
  std::string machine, date;           // where and when it was measured
  std::vector<bench_point> points;
};

struct model {
  fs::path root;
  std::vector<page_doc> pages;         // docs/*.md except README.md, module pages first
  std::vector<header_doc> headers;     // every include/cpkit/**/*.hpp, sorted by include
  std::vector<problem_doc> problems;   // every problems/*/, sorted by id
  bench_doc bench;                     // empty when no result file was given or found
};

// Reads the whole model from a checkout. Throws tool_error (one line, naming the file) when a
// source is malformed: a header without a top comment, a module header whose comment lists no
// entry point with a complexity, a problem without README.md or solution.cpp.
model load_model(const fs::path& root, const fs::path& bench_json);

// The short hash the notebook prints beside each header, so a team can check what it typed:
// the first 6 hex digits of the SHA-256 of the code with every whitespace character removed,
// what `tr -d '[:space:]' < FILE | sha256sum | cut -c1-6` prints for the code part.
std::string notebook_hash(const std::string& code);

}  // namespace cpkit_tool::docs
