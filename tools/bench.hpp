// `cpkit bench`: run the Google Benchmark programs and report cpkit against its baseline.
#pragma once

namespace CLI {
class App;
}

namespace cpkit_tool {
void register_bench_command(CLI::App& app);
}
