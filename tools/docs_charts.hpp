// `cpkit docs`: benchmark charts drawn from `./cpkit bench --json` results.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"
#include "docs_model.hpp"

namespace cpkit_tool::docs {

// Reads a result file written by `./cpkit bench --json` (docs/bench/*.json), with the machine
// and the date it was measured on. Throws tool_error (one line, naming the file) if malformed.
bench_doc read_bench_json(const fs::path& file);

// One SVG chart per module under out_dir (out_dir/<module>.svg): the speedup per case and size,
// the baseline named, the machine and date in the caption. Returns the module names drawn.
std::vector<std::string> write_bench_charts(const bench_doc& bench, const fs::path& out_dir);

}  // namespace cpkit_tool::docs
