// `cpkit docs`: benchmark charts drawn from `./cpkit bench --json` results.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"
#include "docs_model.hpp"

namespace cpkit_tool::docs {

// Reads a result file written by `./cpkit bench --json` (docs/bench/*.json), with the machine
// and the date it was measured on. Throws tool_error (one line, naming the file) if malformed.
// A folder is read as all its *.json files (by name; a (module, case, size) in two of them is an
// error); none there: an empty bench_doc. Each point keeps its own machine and date (a module's
// file may be measured on another day); bench_doc's are those of all points, distinct ones joined
// ("2026-12-06 to 2026-12-07"). A number that is null or absent is NaN.
bench_doc read_bench_json(const fs::path& file);

// One SVG chart per module under out_dir (out_dir/<module>.svg): the speedup per case and size,
// the baseline named, the machine and date in the caption. Returns the module names drawn
// (sorted; a module without points gets no file). 700 px wide, height by rows; self-contained
// (no fonts, scripts or links), so it works in <img> and inlined (its ids carry the module).
std::vector<std::string> write_bench_charts(const bench_doc& bench, const fs::path& out_dir);

}  // namespace cpkit_tool::docs
