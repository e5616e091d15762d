// Benchmark of the judge (tools/, issue 17): the judge's overhead per test over the program's own
// run. Names "<case>/<impl>/<n>" (bench_util.hpp):
//   case     tiny_tests: n tests of "1 2" answered by "3", judged at -j 1; n = 20 (a smoke size,
//            what `cli.bench_smoke` runs) and 2000 (the measurement)
//   impls    cpkit     `cpkit judge --solution PROGRAM --tests DIR -j 1 --json` (an executable,
//                      so nothing is compiled): sandboxed, isolated, checked
//            baseline  the same program run bare n times: fork, exec with the input as stdin and
//                      a file as stdout, wait; nothing checked
// `./cpkit bench judge` prints both and the overhead per test: (cpkit - baseline) / n.
// $CPKIT_JUDGE_BENCH_TOOL runs another cpkit binary instead (to compare two versions). The judge
// starts cpkit-sandbox from beside its own binary for every test; a cpkit copied alone elsewhere
// is its own supervisor (`cpkit __sandbox`), as every version before cpkit-sandbox was.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_util.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
constexpr int k_sizes[] = {20, 2000};

// A temporary folder with n tests, made once and removed at exit.
struct test_folder {
  fs::path base, tests, cache;
  explicit test_folder(int n) {
    std::string tmpl = (fs::temp_directory_path() / "cpkit-judge-bench-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) std::abort();
    base = tmpl;
    tests = base / "tests";
    cache = base / "cache";
    fs::create_directories(tests);
    for (int i = 1; i <= n; i++) {
      std::ofstream(tests / (std::to_string(i) + ".in")) << "1 2\n";
      std::ofstream(tests / (std::to_string(i) + ".out")) << "3\n";
    }
  }
  ~test_folder() {
    std::error_code ec;
    fs::remove_all(base, ec);
  }
};

const test_folder& folder(int n) {
  static test_folder small(k_sizes[0]), large(k_sizes[1]);
  return n == k_sizes[0] ? small : large;
}

// Runs argv with stdin and stdout redirected; returns the exit status.
int run(const std::vector<std::string>& args, const char* in, const char* out) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    int i = open(in, O_RDONLY), o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (i < 0 || o < 0) _exit(126);
    dup2(i, 0);
    dup2(o, 1);
    execve(argv[0], argv.data(), environ);
    _exit(127);
  }
  int st = 0;
  waitpid(pid, &st, 0);
  return st;
}

// `cpkit judge` on the folder of n tests.
void judge_tests(benchmark::State& st, int n) {
  if (std::string(CPKIT_BENCH_TOOL).empty()) {
    st.SkipWithError("built without the cpkit tool (CPKIT_BUILD_TOOLS=OFF)");
    return;
  }
  const test_folder& f = folder(n);
  setenv("CPKIT_CACHE_DIR", f.cache.c_str(), 1);
  // $CPKIT_JUDGE_BENCH_TOOL: another cpkit binary (to compare two versions of the judge).
  const char* other = std::getenv("CPKIT_JUDGE_BENCH_TOOL");
  const std::string tool = other && *other ? other : CPKIT_BENCH_TOOL;
  const std::vector<std::string> args = {
      tool, "judge", "--solution", CPKIT_BENCH_PROGRAM, "--tests", f.tests.string(),
      "-j", "1",     "--json"};
  for (auto _ : st)
    if (run(args, "/dev/null", "/dev/null") != 0) st.SkipWithError("cpkit judge failed");
}

// The same program run bare on each of the n inputs.
void run_bare(benchmark::State& st, int n) {
  const test_folder& f = folder(n);
  const std::string out = (f.base / "out").string();
  for (auto _ : st)
    for (int i = 1; i <= n; i++) {
      const std::string in = (f.tests / (std::to_string(i) + ".in")).string();
      benchmark::DoNotOptimize(run({CPKIT_BENCH_PROGRAM}, in.c_str(), out.c_str()));
    }
}

}  // namespace

int main(int argc, char** argv) {
  for (const int n : k_sizes) {
    cpkit_bench::add("tiny_tests", n, "cpkit", [n](benchmark::State& st) { judge_tests(st, n); })
        ->UseRealTime()
        ->Iterations(1);
    cpkit_bench::add("tiny_tests", n, "baseline", [n](benchmark::State& st) { run_bare(st, n); })
        ->UseRealTime()
        ->Iterations(1);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
