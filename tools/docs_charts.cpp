// Placeholder until the charts land (issue 16, in progress this session): every entry point
// throws, so nothing can mistake it for a chart.
#include "docs_charts.hpp"

namespace cpkit_tool::docs {

bench_doc read_bench_json(const fs::path&) { throw tool_error("benchmark charts are not built yet"); }

std::vector<std::string> write_bench_charts(const bench_doc&, const fs::path&) {
  throw tool_error("benchmark charts are not built yet");
}

}  // namespace cpkit_tool::docs
