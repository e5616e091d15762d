// Tests of the judge (`cpkit judge`, `cpkit stress`, `cpkit new`) against its documented
// contract (issue 2), written by someone other than its author.
//
// Every case runs the real tool as a child process, with CPKIT_CACHE_DIR set to a fresh
// temporary directory for this run (so every program the judge compiles lives under it) and
// CPKIT_ROOT set to the checkout. For a fixture it:
//   1. warms the compile cache with a first short call (compile time never counts),
//   2. runs the judged call, timing the tool from spawn to exit,
//   3. checks the exit status (0 all AC, 1 otherwise), the --json verdicts, the wall time
//      (limit plus kMargin), and that no process whose /proc/PID/exe lies under the cache
//      directory is left running (after a short grace for the kernel to finish a kill).
// Leftovers are killed by the test so one failure does not poison the next cases.
//
// Environment knobs: CPKIT_JUDGE_TEST_TOOL (another tool binary), CPKIT_JUDGE_TEST_KEEP=1
// (keep the temporary directories and print where they are), CPKIT_JUDGE_TEST_MARGIN
// (seconds of slack on top of each limit, default 1.5).

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// Allowed slack on top of a limit for the whole tool call: process start, checking the
// cache, the checker, reporting; the machine is shared, so not too tight.
// CPKIT_JUDGE_TEST_MARGIN=SECONDS overrides it on a slow or crowded machine.
const double kMargin = [] {
  const char* m = std::getenv("CPKIT_JUDGE_TEST_MARGIN");
  return m && *m ? std::atof(m) : 1.5;
}();
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif
// A tool call that takes longer than this is killed (with its process group) and fails.
constexpr double kHardTimeout = 40.0;
// Time for the kernel to finish killing a tree the judge has already signalled.
constexpr int kLeftoverGraceMs = 250;

const fs::path kDir = CPKIT_JUDGE_TEST_DIR;
const fs::path kFixtures = kDir / "fixtures";
const fs::path kData = kDir / "data";
const fs::path kProblems = kDir / "problems";
const fs::path kSumExe = CPKIT_JUDGE_SUM_EXE;
const fs::path kCheckerExe = CPKIT_JUDGE_CHECKER_EXE;

fs::path tool_path() {
  if (const char* t = std::getenv("CPKIT_JUDGE_TEST_TOOL"); t && *t) return t;
  return CPKIT_JUDGE_TOOL;
}

const std::set<std::string> kVerdicts = {"AC", "WA", "PE", "TLE", "MLE", "RE", "OLE", "CE", "FAIL"};

// ---- temporary directories for the whole run -------------------------------------------
struct Dirs {
  std::string tag;  // the 6 random characters of base's name: fixtures name themselves fx<tag>...
  fs::path base;   // everything below is inside
  fs::path cache;  // CPKIT_CACHE_DIR
  fs::path work;   // working directory of the tool
};

Dirs& dirs() {
  static Dirs d;
  return d;
}

std::string cache_prefix() { return dirs().cache.string() + "/"; }

class TempEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "cpkit-judge-test-XXXXXX").string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    ASSERT_NE(mkdtemp(buf.data()), nullptr) << "mkdtemp: " << std::strerror(errno);
    dirs().base = fs::canonical(buf.data());
    dirs().tag = dirs().base.filename().string().substr(dirs().base.filename().string().size() - 6);
    setenv("CPKIT_FIXTURE_TAG", dirs().tag.c_str(), 1);
    dirs().cache = dirs().base / "cache";
    dirs().work = dirs().base / "work";
    fs::create_directories(dirs().cache);
    fs::create_directories(dirs().work);
    std::printf("judge_test: tool %s\njudge_test: CPKIT_CACHE_DIR=%s\n", tool_path().c_str(),
                dirs().cache.c_str());
  }
  void TearDown() override;
};

// ---- leftovers -------------------------------------------------------------------------
struct Proc {
  pid_t pid;
  std::string exe;
};

// Fixtures of this run: an executable under the cache directory, or a process named
// "fx<tag>..." by bound_fixture() (fixtures/bounded.hpp).
std::vector<Proc> processes_under_cache() {
  std::vector<Proc> found;
  const std::string prefix = cache_prefix();
  const std::string name_prefix = "fx" + dirs().tag;
  DIR* d = opendir("/proc");
  if (!d) return found;
  while (dirent* e = readdir(d)) {
    char* end = nullptr;
    long pid = std::strtol(e->d_name, &end, 10);
    if (pid <= 0 || *end != '\0' || pid == getpid()) continue;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/%ld/exe", pid);
    char target[4096];
    ssize_t n = readlink(link, target, sizeof target - 1);
    target[n > 0 ? n : 0] = '\0';
    char comm_path[64], comm[32] = {};
    std::snprintf(comm_path, sizeof comm_path, "/proc/%ld/comm", pid);
    if (FILE* f = std::fopen(comm_path, "r")) {
      if (!std::fgets(comm, sizeof comm, f)) comm[0] = '\0';
      std::fclose(f);
    }
    char state_path[64], stat_text[512] = {};
    std::snprintf(state_path, sizeof state_path, "/proc/%ld/stat", pid);
    if (FILE* f = std::fopen(state_path, "r")) {
      if (!std::fgets(stat_text, sizeof stat_text, f)) stat_text[0] = '\0';
      std::fclose(f);
    }
    const char* close_paren = std::strrchr(stat_text, ')');
    if (close_paren && close_paren[1] == ' ' && close_paren[2] == 'Z') continue;  // a zombie
    const bool by_exe = n > 0 && std::strncmp(target, prefix.c_str(), prefix.size()) == 0;
    const bool by_name = std::strncmp(comm, name_prefix.c_str(), name_prefix.size()) == 0;
    if (by_exe || by_name)
      found.push_back({static_cast<pid_t>(pid), std::string(by_exe ? target : "") + " comm " + comm});
  }
  closedir(d);
  return found;
}

// Leftovers still there after the grace period, as text; kills them.
std::string collect_leftovers() {
  if (processes_under_cache().empty()) return "";
  std::this_thread::sleep_for(std::chrono::milliseconds(kLeftoverGraceMs));
  std::vector<Proc> left = processes_under_cache();
  std::string text;
  for (const Proc& p : left) {
    text += "pid " + std::to_string(p.pid) + " " + p.exe + "; ";
    kill(p.pid, SIGKILL);
  }
  return text;
}

void TempEnvironment::TearDown() {
  for (const Proc& p : processes_under_cache()) kill(p.pid, SIGKILL);
  const char* keep = std::getenv("CPKIT_JUDGE_TEST_KEEP");
  if (keep && *keep && std::string(keep) != "0") {
    std::printf("judge_test: kept %s\n", dirs().base.c_str());
    return;
  }
  std::error_code ec;
  fs::remove_all(dirs().base, ec);
}

// ---- running the tool -------------------------------------------------------------------
struct Result {
  int exit_code = -1;   // exit status, or -1 if killed by a signal
  int signal = 0;
  bool timed_out = false;
  double seconds = 0;   // from spawn to exit of the tool
  std::string out, err;
  std::string leftovers;  // empty if none
  std::string cmd;
  long max_rss_kb = 0;      // the tool's peak resident memory (and that of what it waited for)
  double max_gap_ms = 0;    // longest gap between two turns of the test's own polling loop
  std::uint64_t max_watch_bytes = 0;  // largest size seen of RunOptions::watch
  // When stdout grew: (seconds since spawn, its size then), so a test can see when a line came.
  std::vector<std::pair<double, size_t>> out_times;

  std::string describe() const {
    std::ostringstream s;
    s << "command: " << cmd << "\nexit: " << exit_code;
    if (signal) s << " (signal " << signal << ")";
    if (timed_out) s << " (killed by the test after " << kHardTimeout << " s)";
    s << "\ntime: " << seconds << " s\nstdout: " << out.substr(0, 3000)
      << "\nstderr: " << err.substr(0, 3000);
    if (!leftovers.empty()) s << "\nleftovers: " << leftovers;
    return s.str();
  }
};

struct RunOptions {
  fs::path cwd;                                  // default: dirs().work
  std::vector<std::pair<std::string, std::string>> env;  // extra/overriding variables
  fs::path watch;            // if set: the bytes of files under it are summed while the tool runs
  int signal = 0;            // if set: sent to the tool after signal_after seconds
  bool signal_group = false; // to its whole process group, as Ctrl-C does
  double signal_after = 0;
  fs::path leak;             // if set: opened without O_CLOEXEC in the tool before it starts
};

// Bytes of the regular files under p (0 if it does not exist); never throws.
std::uint64_t bytes_under(const fs::path& p) {
  std::uint64_t total = 0;
  std::error_code ec;
  fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->is_regular_file(e2)) {
      auto sz = it->file_size(e2);
      if (!e2) total += sz;
    }
  }
  return total;
}

Result run_tool(const std::vector<std::string>& args, const RunOptions& opt = {}) {
  Result r;
  const fs::path tool = tool_path();
  r.cmd = tool.string();
  for (const auto& a : args) r.cmd += " " + a;

  std::map<std::string, std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string kv = *e;
    auto eq = kv.find('=');
    if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  env["CPKIT_CACHE_DIR"] = dirs().cache.string();
  env["CPKIT_ROOT"] = CPKIT_JUDGE_ROOT;
  for (const auto& [k, v] : opt.env) env[k] = v;
  std::vector<std::string> env_strings;
  for (const auto& [k, v] : env) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_strings{tool.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  const std::string cwd = (opt.cwd.empty() ? dirs().work : opt.cwd).string();

  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    r.err = "pipe failed";
    return r;
  }
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);  // so the test can kill the tool and everything it started on a hang
    if (chdir(cwd.c_str()) != 0) _exit(126);
    if (!opt.leak.empty() && open(opt.leak.c_str(), O_RDONLY) < 0) _exit(126);
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(err_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  fcntl(out_pipe[0], F_SETFL, O_NONBLOCK);
  fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);

  auto drain = [](int fd, std::string& into) {
    char buf[65536];
    for (;;) {
      ssize_t n = read(fd, buf, sizeof buf);
      if (n > 0) {
        if (into.size() < (16u << 20)) into.append(buf, static_cast<size_t>(n));
        continue;
      }
      return n == 0;  // true at EOF
    }
  };
  bool out_open = true, err_open = true;
  bool signalled = false;
  int status = 0;
  rusage ru{};
  auto last_turn = std::chrono::steady_clock::now();
  for (;;) {
    pollfd fds[2] = {{out_open ? out_pipe[0] : -1, POLLIN, 0},
                     {err_open ? err_pipe[0] : -1, POLLIN, 0}};
    poll(fds, 2, 20);
    const auto turn = std::chrono::steady_clock::now();
    r.max_gap_ms = std::max(r.max_gap_ms, std::chrono::duration<double, std::milli>(turn - last_turn).count());
    last_turn = turn;
    const size_t out_before = r.out.size();
    if (out_open && drain(out_pipe[0], r.out)) out_open = false;
    if (r.out.size() != out_before)
      r.out_times.push_back({std::chrono::duration<double>(turn - start).count(), r.out.size()});
    if (err_open && drain(err_pipe[0], r.err)) err_open = false;
    if (!opt.watch.empty()) r.max_watch_bytes = std::max(r.max_watch_bytes, bytes_under(opt.watch));
    if (opt.signal && !signalled &&
        std::chrono::duration<double>(turn - start).count() >= opt.signal_after) {
      signalled = true;
      kill(opt.signal_group ? -pid : pid, opt.signal);
    }
    pid_t w = wait4(pid, &status, WNOHANG, &ru);
    if (w == pid) {
      r.max_rss_kb = ru.ru_maxrss;
      r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      break;
    }
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > kHardTimeout && !r.timed_out) {
      r.timed_out = true;
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
    }
  }
  // Whatever the tool wrote is in the pipes now; do not wait for EOF (a leftover could hold
  // the write end open forever).
  drain(out_pipe[0], r.out);
  drain(err_pipe[0], r.err);
  close(out_pipe[0]);
  close(err_pipe[0]);
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  if (r.timed_out) kill(-pid, SIGKILL);
  r.leftovers = collect_leftovers();
  // One line per call, so a log shows where the time goes.
  std::string shown = r.cmd;
  for (const fs::path& dir : {kFixtures, kData, kProblems, dirs().base}) {
    const std::string from = dir.string() + "/";
    for (size_t p = shown.find(from); p != std::string::npos; p = shown.find(from, p))
      shown.replace(p, from.size(), "");
  }
  std::printf("judge_test: %6.2f s  exit %d  %s\n", r.seconds, r.exit_code, shown.c_str());
  std::fflush(stdout);
  return r;
}

// ---- helpers ----------------------------------------------------------------------------
std::string fixture(const std::string& name) { return (kFixtures / (name + ".cpp")).string(); }
std::string data(const std::string& name) { return (kData / name).string(); }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

std::string read_text(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<std::string> tokens(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> t;
  for (std::string w; in >> w;) t.push_back(w);
  return t;
}

// "2", "2.in" and ".../2.in" all name test 2.
std::string test_key(std::string name) {
  auto slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".in") == 0) name.resize(name.size() - 3);
  return name;
}

// Parses the whole stdout as one JSON object and checks its documented shape.
// Returns a null json (and records a failure) if it does not parse.
json parse_report(const Result& r) {
  json j;
  try {
    j = json::parse(r.out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "--json: stdout is not one JSON object (" << e.what() << ")\n" << r.describe();
    return json();
  }
  if (!j.is_object()) {
    ADD_FAILURE() << "--json: not an object\n" << r.describe();
    return json();
  }
  EXPECT_TRUE(j.contains("verdict") && j["verdict"].is_string()) << r.describe();
  EXPECT_TRUE(j.contains("tests") && j["tests"].is_array()) << r.describe();
  if (j.contains("verdict") && j["verdict"].is_string()) {
    EXPECT_TRUE(kVerdicts.count(j["verdict"].get<std::string>())) << "unknown verdict\n" << r.describe();
  }
  if (j.contains("tests") && j["tests"].is_array()) {
    for (const json& t : j["tests"]) {
      bool ok = t.is_object() && t.contains("name") && t["name"].is_string() &&
                t.contains("verdict") && t["verdict"].is_string() &&
                kVerdicts.count(t["verdict"].get<std::string>()) && t.contains("time_ms") &&
                t["time_ms"].is_number() && t["time_ms"].get<double>() >= 0 &&
                t.contains("wall_ms") && t["wall_ms"].is_number() &&
                t["wall_ms"].get<double>() >= 0 && t.contains("memory_kb") &&
                t["memory_kb"].is_number() && t["memory_kb"].get<double>() >= 0 &&
                t.contains("message") && t["message"].is_string();
      EXPECT_TRUE(ok) << "test entry without the documented fields "
                         "{name, verdict, time_ms, wall_ms, memory_kb, message}: "
                      << t.dump() << "\n" << r.describe();
    }
  }
  return j;
}

// The entry of test NAME in a report (null json if missing; records a failure).
json test_entry(const json& report, const std::string& name, const Result& r) {
  if (report.is_object() && report.contains("tests") && report["tests"].is_array())
    for (const json& t : report["tests"])
      if (t.is_object() && t.contains("name") && t["name"].is_string() &&
          test_key(t["name"].get<std::string>()) == name)
        return t;
  ADD_FAILURE() << "no entry for test " << name << " in the report\n" << r.describe();
  return json();
}

std::string str_field(const json& j, const char* key) {
  if (j.is_object() && j.contains(key) && j[key].is_string()) return j[key].get<std::string>();
  return "";
}
double num_field(const json& j, const char* key) {
  if (j.is_object() && j.contains(key) && j[key].is_number()) return j[key].get<double>();
  return -1;
}

// Error output: exactly one line "cpkit: error: ..." on stderr, and no trace.
void expect_one_error_line(const Result& r) {
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  std::string e = r.err;
  while (!e.empty() && (e.back() == '\n' || e.back() == '\r')) e.pop_back();
  EXPECT_FALSE(e.empty()) << "no error message\n" << r.describe();
  EXPECT_EQ(e.find('\n'), std::string::npos) << "error is more than one line\n" << r.describe();
  EXPECT_EQ(e.rfind("cpkit: error: ", 0), 0u) << "error does not start with 'cpkit: error: '\n"
                                             << r.describe();
  EXPECT_FALSE(contains(e, "terminate called") || contains(e, "what()"))
      << "looks like an uncaught exception\n" << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

// First call on one tiny test, so the solution (and checker) are compiled and cached. The test
// is a private copy of data/one: a hostile fixture that reaches its test data on a broken judge
// must not damage the checkout.
void warm_up(const std::string& solution, const std::vector<std::string>& extra = {}) {
  static int n = 0;
  const fs::path one = dirs().base / ("warm-" + std::to_string(++n));
  std::error_code ec;
  fs::remove_all(one, ec);
  fs::copy(kData / "one", one, fs::copy_options::recursive);
  std::vector<std::string> args{"judge", "--solution", solution, "--tests", one.string(),
                                "--tl", "0.2", "--wall", "0.5", "-j", "2", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  Result r = run_tool(args);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << "warm-up call failed\n" << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << "warm-up call left processes\n" << r.describe();
}

struct Judged {
  Result run;
  json report;
};

// Warm up, then judge SOLUTION on data/TESTS with ARGS (--json -j 2 added); checks the exit
// status against the overall verdict, the time budget and leftovers.
Judged judge(const std::string& solution, const std::string& tests,
             const std::vector<std::string>& args, const std::string& verdict, double budget,
             const std::vector<std::string>& warm_extra = {}) {
  warm_up(solution, warm_extra);
  std::vector<std::string> full{"judge", "--solution", solution, "--tests", data(tests),
                                "-j", "2", "--json"};
  full.insert(full.end(), args.begin(), args.end());
  Judged j;
  j.run = run_tool(full);
  const Result& r = j.run;
  EXPECT_EQ(r.exit_code, verdict == "AC" ? 0 : 1) << r.describe();
  j.report = parse_report(r);
  EXPECT_EQ(str_field(j.report, "verdict"), verdict) << r.describe();
  EXPECT_LE(r.seconds, budget) << "the judge took too long (budget " << budget << " s)\n"
                               << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << "processes left running\n" << r.describe();
  return j;
}

// One-test case on data/one (input "3 4", answer "7").
Judged judge_one(const std::string& name, const std::vector<std::string>& args,
                 const std::string& verdict, double budget) {
  Judged j = judge(fixture(name), "one", args, verdict, budget);
  json t = test_entry(j.report, "1", j.run);
  EXPECT_EQ(str_field(t, "verdict"), verdict) << j.run.describe();
  if (j.report.is_object() && j.report.contains("tests") && j.report["tests"].is_array()) {
    EXPECT_EQ(j.report["tests"].size(), 1u) << j.run.describe();
  }
  return j;
}

// ---- a small XML well-formedness check (for --junit) ---------------------------------------
bool xml_well_formed(const std::string& s, std::string& why) {
  std::vector<std::string> stack;
  bool root_seen = false;
  size_t i = 0, n = s.size();
  auto fail = [&](const std::string& w) {
    why = w + " at byte " + std::to_string(i);
    return false;
  };
  auto entity_ok = [&](size_t at) {
    size_t semi = s.find(';', at);
    if (semi == std::string::npos || semi - at > 10 || semi == at + 1) return false;
    for (size_t k = at + 1; k < semi; ++k)
      if (!std::isalnum(static_cast<unsigned char>(s[k])) && s[k] != '#') return false;
    return true;
  };
  if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < n) {
    if (s[i] != '<') {
      if (s[i] == '&' && !entity_ok(i)) return fail("bad entity");
      if (stack.empty() && !std::isspace(static_cast<unsigned char>(s[i])))
        return fail("text outside the root element");
      ++i;
      continue;
    }
    auto skip_to = [&](const char* end) {
      size_t e = s.find(end, i);
      if (e == std::string::npos) return false;
      i = e + std::strlen(end);
      return true;
    };
    if (s.compare(i, 2, "<?") == 0) {
      if (!skip_to("?>")) return fail("unterminated <?");
    } else if (s.compare(i, 4, "<!--") == 0) {
      if (!skip_to("-->")) return fail("unterminated comment");
    } else if (s.compare(i, 9, "<![CDATA[") == 0) {
      if (stack.empty()) return fail("CDATA outside the root");
      if (!skip_to("]]>")) return fail("unterminated CDATA");
    } else if (s.compare(i, 2, "<!") == 0) {
      if (!skip_to(">")) return fail("unterminated <!");
    } else if (s.compare(i, 2, "</") == 0) {
      size_t e = s.find('>', i);
      if (e == std::string::npos) return fail("unterminated end tag");
      std::string name = s.substr(i + 2, e - i - 2);
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
      if (stack.empty() || stack.back() != name) return fail("mismatched </" + name + ">");
      stack.pop_back();
      i = e + 1;
    } else {
      size_t k = i + 1;
      while (k < n && !std::isspace(static_cast<unsigned char>(s[k])) && s[k] != '>' && s[k] != '/') ++k;
      std::string name = s.substr(i + 1, k - i - 1);
      if (name.empty()) return fail("empty tag name");
      char quote = 0;
      bool self_closing = false;
      for (; k < n; ++k) {
        char c = s[k];
        if (quote) {
          if (c == quote) quote = 0;
          else if (c == '<') return fail("'<' in an attribute value");
          else if (c == '&' && !entity_ok(k)) return fail("bad entity in an attribute");
          continue;
        }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '>') break;
        else if (c == '/' && k + 1 < n && s[k + 1] == '>') {
          self_closing = true;
          ++k;
          break;
        }
      }
      if (k >= n) return fail("unterminated tag <" + name);
      if (stack.empty() && root_seen) return fail("more than one root element");
      root_seen = true;
      if (!self_closing) stack.push_back(name);
      i = k + 1;
    }
  }
  if (!root_seen) return fail("no root element");
  if (!stack.empty()) return fail("unclosed <" + stack.back() + ">");
  return true;
}

size_t count_of(const std::string& hay, const std::string& needle) {
  size_t c = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++c;
  return c;
}

// A fresh directory under the run's temporary base.
fs::path fresh_dir(const std::string& name) {
  fs::path p = dirs().base / name;
  std::error_code ec;
  fs::remove_all(p, ec);
  fs::create_directories(p);
  return p;
}

// ==== verdicts, one fixture each ==========================================================

TEST(JudgeVerdicts, CorrectSolutionIsAcceptedOnEveryTest) {
  Judged j = judge(fixture("sum"), "sum", {"--tl", "1"}, "AC", 1 + kMargin);
  for (const char* name : {"1", "2", "10"}) {
    json t = test_entry(j.report, name, j.run);
    EXPECT_EQ(str_field(t, "verdict"), "AC") << j.run.describe();
    // peak memory comes from the kernel: a tiny program is above zero and far below 64 MB
    EXPECT_GT(num_field(t, "memory_kb"), 0) << j.run.describe();
    EXPECT_LT(num_field(t, "memory_kb"), 64 * 1024) << j.run.describe();
    EXPECT_LT(num_field(t, "time_ms"), 1000) << j.run.describe();
  }
  if (j.report.is_object() && j.report.contains("tests") && j.report["tests"].is_array()) {
    EXPECT_EQ(j.report["tests"].size(), 3u) << j.run.describe();
  }
}

TEST(JudgeVerdicts, ExecutableSolutionIsRunAsIs) {
  Judged j = judge(kSumExe.string(), "sum", {"--tl", "1"}, "AC", 1 + kMargin);
  (void)j;
}

TEST(JudgeVerdicts, InfiniteLoopIsTLE) {
  // CPU limit 0.5 s; the wall limit (2*0.5+1 s) bounds it even on a loaded machine.
  judge_one("loop", {"--tl", "0.5"}, "TLE", 2.0 + kMargin);
}

TEST(JudgeVerdicts, InfiniteLoopIgnoringSignalsIsStillKilled) {
  // Ignores SIGXCPU/SIGTERM: only an unconditional kill stops it, still within the limits.
  judge_one("loop_stubborn", {"--tl", "0.5"}, "TLE", 2.0 + kMargin);
}

TEST(JudgeVerdicts, ChildCpuTimeCountsForTheSolution) {
  // Interpretation: the solution's CPU time is its process tree's. A child burns 1.5 s of
  // CPU while main waits, then main answers; --wall 10 so only the CPU limit can stop it.
  // Budget: what the default wall limit would allow (2*tl+1) plus the margin.
  judge_one("child_cpu", {"--tl", "0.5", "--wall", "10"}, "TLE", 2.0 + kMargin);
}

TEST(JudgeVerdicts, SleepingIsTLEByTheWallLimit) {
  // Default wall limit 2*tl+1 = 2 s: killed then, not before, and the message says wall.
  Judged j = judge_one("sleep", {"--tl", "0.5"}, "TLE", 2.0 + kMargin);
  json t = test_entry(j.report, "1", j.run);
  EXPECT_TRUE(contains(lower(str_field(t, "message")), "wall")) << j.run.describe();
  EXPECT_GE(j.run.seconds, 1.8) << "killed before the default wall limit 2*tl+1\n"
                                << j.run.describe();
  EXPECT_GE(num_field(t, "wall_ms"), 1800) << j.run.describe();
  EXPECT_LT(num_field(t, "time_ms"), 500) << "a sleeping program uses no CPU\n" << j.run.describe();
}

TEST(JudgeVerdicts, ExplicitWallLimitAndParallelTests) {
  // Two sleeping tests, --wall 1.5, -j 2: in parallel that is ~1.5 s; serially it is 3 s.
  Judged j = judge(fixture("sleep"), "two", {"--tl", "0.5", "--wall", "1.5"}, "TLE", 1.5 + kMargin);
  for (const char* name : {"1", "2"}) {
    json t = test_entry(j.report, name, j.run);
    EXPECT_EQ(str_field(t, "verdict"), "TLE") << j.run.describe();
  }
  EXPECT_LT(j.run.seconds, 2.9) << "two tests with -j 2 did not run in parallel\n"
                                << j.run.describe();
}

TEST(JudgeVerdicts, MemoryPastTheLimitIsMLE) {
  // Touches 400 MB with --ml 128: killed when it passes 128 MB.
  Judged j = judge_one("mle", {"--ml", "128", "--tl", "2"}, "MLE", 2 + kMargin);
  // the reported peak comes from the kernel and is near the limit, not zero
  EXPECT_GE(num_field(test_entry(j.report, "1", j.run), "memory_kb"), 64 * 1024) << j.run.describe();
}

TEST(JudgeVerdicts, DeepRecursionWithinTheMemoryLimitIsAC) {
  // Depth 2e6, ~110 MB of stack: the stack is raised to the memory limit (256 MB).
  Judged j = judge_one("recursion", {"--ml", "256", "--tl", "2"}, "AC", 2 + kMargin);
  json t = test_entry(j.report, "1", j.run);
  // the kernel's peak includes the stack the recursion really used
  EXPECT_GE(num_field(t, "memory_kb"), 80 * 1024) << j.run.describe();
}

TEST(JudgeVerdicts, SegfaultIsRENamingTheSignal) {
  Judged j = judge_one("segv", {"--tl", "1"}, "RE", 1 + kMargin);
  EXPECT_TRUE(contains(str_field(test_entry(j.report, "1", j.run), "message"), "SIGSEGV"))
      << j.run.describe();
}

TEST(JudgeVerdicts, AbortIsRENamingTheSignal) {
  Judged j = judge_one("abort", {"--tl", "1"}, "RE", 1 + kMargin);
  std::string m = str_field(test_entry(j.report, "1", j.run), "message");
  EXPECT_TRUE(contains(m, "SIGABRT") || contains(m, "SIGIOT")) << j.run.describe();
}

TEST(JudgeVerdicts, NonZeroExitIsREWithTheCode) {
  Judged j = judge_one("exit3", {"--tl", "1"}, "RE", 1 + kMargin);
  std::string m = str_field(test_entry(j.report, "1", j.run), "message");
  EXPECT_TRUE(std::regex_search(m, std::regex("(^|[^0-9])3([^0-9]|$)"))) << j.run.describe();
}

TEST(JudgeVerdicts, EndlessOutputIsOLE) {
  judge_one("endless", {"--tl", "1", "--ol", "1"}, "OLE", 1 + kMargin);
}

TEST(JudgeVerdicts, StderrFloodIsIgnored) {
  // 200 MB on stderr, then the right answer: AC, and no slower than the time limit.
  judge_one("stderr_flood", {"--tl", "1"}, "AC", 1 + kMargin);
}

TEST(JudgeVerdicts, ChildLeftRunningIsKilled) {
  // The child keeps the inherited stdout open: the judge must not wait for it.
  judge_one("child", {"--tl", "1"}, "AC", 1 + kMargin);
}

TEST(JudgeVerdicts, GrandchildInItsOwnSessionIsKilled) {
  judge_one("setsid", {"--tl", "1"}, "AC", 1 + kMargin);
}

TEST(JudgeVerdicts, GrandchildInItsOwnSessionIsKilledWhenALimitHits) {
  // The main process spins into TLE while a setsid grandchild is running.
  judge_one("setsid_loop", {"--tl", "0.5"}, "TLE", 2.0 + kMargin);
}

TEST(JudgeVerdicts, ClosedStdoutIsWA) {
  judge_one("closed_stdout", {"--tl", "1"}, "WA", 1 + kMargin);
}

TEST(JudgeVerdicts, InvalidUtf8OutputIsWAWithValidJson) {
  Judged j = judge_one("invalid_utf8", {"--tl", "1"}, "WA", 1 + kMargin);
  EXPECT_TRUE(j.report.is_object()) << j.run.describe();
}

TEST(JudgeVerdicts, CompileErrorIsCEWithTheCompilerText) {
  Result r = run_tool({"judge", "--solution", fixture("ce"), "--tests", data("one"), "--tl", "1",
                       "-j", "2", "--json"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  json j = parse_report(r);
  EXPECT_EQ(str_field(j, "verdict"), "CE") << r.describe();
  EXPECT_TRUE(contains(str_field(j, "message"), "cpkit_undeclared_identifier"))
      << "the top-level message should hold the compiler's first lines\n" << r.describe();
  if (j.is_object() && j.contains("tests") && j["tests"].is_array()) {
    EXPECT_TRUE(j["tests"].empty()) << r.describe();
  }
  EXPECT_LE(r.seconds, 15.0) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(JudgeVerdicts, OverallVerdictIsTheFirstNonACInNaturalOrder) {
  // data/sum has tests 1, 2, 10: AC, RE, WA. Natural order puts 2 before 10.
  Judged j = judge(fixture("order"), "sum", {"--tl", "1"}, "RE", 1 + kMargin);
  EXPECT_EQ(str_field(test_entry(j.report, "1", j.run), "verdict"), "AC") << j.run.describe();
  EXPECT_EQ(str_field(test_entry(j.report, "2", j.run), "verdict"), "RE") << j.run.describe();
  EXPECT_EQ(str_field(test_entry(j.report, "10", j.run), "verdict"), "WA") << j.run.describe();
  // The same with a prefix: t1, t2, t10.
  Judged k = judge(fixture("order"), "natural", {"--tl", "1"}, "RE", 1 + kMargin);
  EXPECT_EQ(str_field(test_entry(k.report, "t2", k.run), "verdict"), "RE") << k.run.describe();
  EXPECT_EQ(str_field(test_entry(k.report, "t10", k.run), "verdict"), "WA") << k.run.describe();
}

TEST(JudgeCompile, SolutionIsCompiledLikeTheJudgeWithTheCpkitIncludePath) {
  // flags.cpp needs gnu++17, -O2, no NDEBUG, and -I$CPKIT_ROOT/include (a probe header that
  // exists only in tests/judge/root).
  RunOptions opt;
  opt.env = {{"CPKIT_ROOT", (kDir / "root").string()}};
  Result r = run_tool({"judge", "--solution", fixture("flags"), "--tests", data("one"), "--tl", "1",
                       "-j", "2", "--json"},
                      opt);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_EQ(str_field(parse_report(r), "verdict"), "AC") << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(JudgeCompile, CacheFollowsTheSourceContent) {
  // The same path, rewritten with the same size: wrong, then right, then wrong again.
  fs::path dir = fresh_dir("cache-content");
  fs::path sol = dir / "sol.cpp";
  auto write = [&](const char* extra) {
    std::ofstream(sol) << "#include <cstdio>\nint main() { long long a, b;\n"
                          "  if (std::scanf(\"%lld %lld\", &a, &b) != 2) return 1;\n"
                          "  std::printf(\"%lld\\n\", a + b + " << extra << "); }\n";
  };
  const std::pair<const char*, const char*> steps[] = {{"1", "WA"}, {"0", "AC"}, {"1", "WA"}};
  for (const auto& [extra, verdict] : steps) {
    write(extra);
    Result r = run_tool({"judge", "--solution", sol.string(), "--tests", data("one"), "--tl", "1",
                         "-j", "2", "--json"});
    EXPECT_EQ(str_field(parse_report(r), "verdict"), verdict)
        << "a + b + " << extra << "\n" << r.describe();
  }
}

// ==== checkers ==============================================================================

TEST(JudgeCheckers, RealCheckerToleranceNaNAndInfinities) {
  Judged j = judge(fixture("real"), "real", {"--tl", "1", "--checker", "real:1e-6"}, "WA",
                   1 + kMargin, {"--checker", "real:1e-6"});
  const std::map<std::string, std::string> expected = {
      {"near", "AC"},     // |0.3333334 - 0.333333333333| = 6.7e-8
      {"exact", "AC"},
      {"relative", "AC"}, // 1000000100000 vs 1e12: relative error 1e-7
      {"wrong", "WA"},    // 0.3334
      {"nan", "WA"},      // nan vs 1.5
      {"inf", "WA"},      // inf vs 1.5
      {"neginf", "WA"},   // -inf vs 1.5
      {"huge", "WA"},     // 1e400 (overflows to inf) vs 1.5
      {"missing", "WA"},  // "1.0" vs "1.0 2.0"
      {"word", "WA"},     // "abc" vs 1.5
  };
  for (const auto& [name, v] : expected)
    EXPECT_EQ(str_field(test_entry(j.report, name, j.run), "verdict"), v)
        << "test " << name << "\n" << j.run.describe();
}

TEST(JudgeCheckers, LayoutIsPEOnlyForLinesAndExact) {
  const std::map<std::string, std::map<std::string, std::string>> expected = {
      {"tokens", {{"same", "AC"}, {"spaces", "AC"}, {"wrong", "WA"}}},
      {"lines", {{"same", "AC"}, {"spaces", "PE"}, {"wrong", "WA"}}},
      {"exact", {{"same", "AC"}, {"spaces", "PE"}, {"wrong", "WA"}}},
  };
  // Test names in natural order: same, spaces, wrong.
  const std::map<std::string, std::string> overall = {
      {"tokens", "WA"}, {"lines", "PE"}, {"exact", "PE"}};
  for (const auto& [checker, tests] : expected) {
    SCOPED_TRACE("--checker " + checker);
    Judged j = judge(fixture("layout"), "layout", {"--tl", "1", "--checker", checker},
                     overall.at(checker), 1 + kMargin);
    for (const auto& [name, v] : tests)
      EXPECT_EQ(str_field(test_entry(j.report, name, j.run), "verdict"), v)
          << "test " << name << "\n" << j.run.describe();
  }
}

void check_custom_checker(const std::string& checker) {
  // Test names in natural order: AC CRASH EXIT5 FAIL PE POINTS WA; the first non-AC is CRASH.
  Judged j = judge(fixture("echo"), "custom", {"--tl", "1", "--checker", checker}, "FAIL",
                   1 + kMargin, {"--checker", checker});
  const std::map<std::string, std::string> expected = {
      {"AC", "AC"}, {"WA", "WA"},       {"PE", "PE"},     {"FAIL", "FAIL"},
      {"POINTS", "WA"}, {"CRASH", "FAIL"}, {"EXIT5", "FAIL"}};
  for (const auto& [name, v] : expected)
    EXPECT_EQ(str_field(test_entry(j.report, name, j.run), "verdict"), v)
        << "test " << name << "\n" << j.run.describe();
  EXPECT_TRUE(contains(lower(str_field(test_entry(j.report, "POINTS", j.run), "message")),
                       "partial points"))
      << "exit 7 should be WA with a 'partial points' message\n" << j.run.describe();
}

TEST(JudgeCheckers, CustomCheckerSourceSpeaksTestlib) { check_custom_checker(fixture("checker")); }

TEST(JudgeCheckers, CustomCheckerExecutableSpeaksTestlib) {
  check_custom_checker(kCheckerExe.string());
}

// ==== output formats and exit statuses ======================================================

TEST(JudgeOutput, JunitFileIsXmlAndTableEndsWithSummary) {
  warm_up(fixture("order"));
  fs::path xml = dirs().base / "report.xml";
  std::error_code ec;
  fs::remove(xml, ec);
  Result r = run_tool({"judge", "--solution", fixture("order"), "--tests", data("sum"), "--tl",
                       "1", "-j", "2", "--junit", xml.string()});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_LE(r.seconds, 1 + kMargin) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
  ASSERT_TRUE(fs::exists(xml)) << "--junit did not write the file\n" << r.describe();
  std::string x = read_text(xml);
  std::string why;
  EXPECT_TRUE(xml_well_formed(x, why)) << "--junit file is not well-formed XML: " << why << "\n"
                                       << x.substr(0, 3000);
  EXPECT_TRUE(contains(x, "<testsuite")) << x.substr(0, 3000);
  EXPECT_EQ(count_of(x, "<testcase"), 3u) << x.substr(0, 3000);
  EXPECT_GE(count_of(x, "<failure") + count_of(x, "<error"), 2u)
      << "two tests failed (RE, WA)\n" << x.substr(0, 3000);
  // The table's last line is "N passed, M failed" (issue 2).
  std::istringstream lines(r.out);
  std::string line, last;
  while (std::getline(lines, line))
    if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
  EXPECT_TRUE(std::regex_search(last, std::regex("\\b1 passed, 2 failed\\b")))
      << "last line: " << last << "\n" << r.describe();
}

TEST(JudgeOutput, UsageAndConfigurationErrorsAreOneLineExit2) {
  const std::string sol = fixture("sum"), tests = data("one");
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"missing solution file",
       {"judge", "--solution", (kFixtures / "no_such_solution.cpp").string(), "--tests", tests}},
      {"missing tests folder",
       {"judge", "--solution", sol, "--tests", (kData / "no_such_folder").string()}},
      {"unknown option", {"judge", "--solution", sol, "--tests", tests, "--no-such-option"}},
      {"time limit not a number", {"judge", "--solution", sol, "--tests", tests, "--tl", "abc"}},
      {"bad real tolerance",
       {"judge", "--solution", sol, "--tests", tests, "--checker", "real:abc"}},
      {"missing checker file",
       {"judge", "--solution", sol, "--tests", tests, "--checker",
        (kFixtures / "no_such_checker.cpp").string()}},
      {"missing problem folder", {"judge", (kProblems / "no-such-problem").string()}},
  };
  for (const auto& [what, args] : cases) {
    SCOPED_TRACE(what);
    Result r = run_tool(args);
    expect_one_error_line(r);
    EXPECT_LE(r.seconds, 5.0) << r.describe();
  }
}

TEST(JudgeProblems, GoodProblemFolderPasses) {
  Result r = run_tool({"judge", (kProblems / "good-sum").string(), "-j", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

// problem.toml's time_limit, memory_limit and checker are the ones used.
TEST(JudgeProblems, TimeLimitComesFromProblemToml) {
  // time_limit = 0.5 and a sleeping solution: TLE at the wall limit 2 s (the default
  // time limit 2 s would give a 5 s wall limit). The first call compiles.
  Result warm = run_tool({"judge", (kProblems / "toml-tl").string(), "-j", "2"});
  EXPECT_TRUE(warm.leftovers.empty()) << warm.describe();
  Result r = run_tool({"judge", (kProblems / "toml-tl").string(), "-j", "2"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(contains(r.out, "TLE")) << r.describe();
  EXPECT_LE(r.seconds, 2.0 + kMargin) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(JudgeProblems, MemoryLimitComesFromProblemToml) {
  // memory_limit = 64 and a solution touching 100 MB (AC under the default 256).
  Result r = run_tool({"judge", (kProblems / "toml-ml").string(), "-j", "2"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(contains(r.out, "MLE")) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(JudgeProblems, CheckerComesFromProblemToml) {
  // checker = "lines" and a solution printing "1 2 3" for "1\n2\n3": PE (tokens: AC).
  Result r = run_tool({"judge", (kProblems / "toml-checker").string(), "-j", "2"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(contains(r.out, "PE")) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(JudgeProblems, MalformedProblemTomlIsOneLineNamingFileAndLine) {
  Result r = run_tool({"judge", (kProblems / "bad-syntax").string(), "-j", "2"});
  expect_one_error_line(r);
  EXPECT_TRUE(contains(r.err, "problem.toml")) << r.describe();
  EXPECT_TRUE(std::regex_search(r.err, std::regex("(line |:)2\\b"))) << "should name line 2\n"
                                                                     << r.describe();
}

TEST(JudgeProblems, UnknownKeyInProblemTomlIsOneLineNamingFileAndKey) {
  Result r = run_tool({"judge", (kProblems / "unknown-key").string(), "-j", "2"});
  expect_one_error_line(r);
  EXPECT_TRUE(contains(r.err, "problem.toml")) << r.describe();
  EXPECT_TRUE(contains(r.err, "tme_limit")) << r.describe();
}

// ==== isolation (issue 17) ==================================================================
// Every row of the issue's table and every bullet of "What to build". Each case judges from a
// fresh, empty working directory on a private copy of its test data, and checks beyond judge():
// the test data is byte-identical afterwards and the working directory is still empty. The
// hostile fixtures bound themselves (fixtures/bounded.hpp); leftovers are found by name too.

// Every file under dir (relative path -> bytes; a folder -> "<dir>").
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> m;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string rel = fs::relative(it->path(), dir).string();
    if (it->is_symlink()) m[rel] = "<link>" + fs::read_symlink(it->path()).string();
    else if (it->is_directory()) m[rel] = "<dir>";
    else if (it->is_regular_file()) m[rel] = read_text(it->path());
    else m[rel] = "<special>";
  }
  return m;
}

// A fresh folder holding the given files.
fs::path make_tests(const std::string& name, const std::vector<std::pair<std::string, std::string>>& files) {
  fs::path d = fresh_dir("tests-" + name);
  for (const auto& [file, text] : files) std::ofstream(d / file, std::ios::binary) << text;
  return d;
}

// A private copy of data/NAME.
fs::path copy_data(const std::string& name) {
  fs::path d = fresh_dir("copy-" + name);
  fs::copy(kData / name, d, fs::copy_options::recursive);
  return d;
}

fs::path runs_dir() { return dirs().cache / "runs"; }

// Run folders the judge left in the cache (there must be none once it has exited).
std::string run_folders_left() {
  std::string left;
  std::error_code ec;
  for (fs::directory_iterator it(runs_dir(), ec), end; !ec && it != end; it.increment(ec))
    left += it->path().filename().string() + " ";
  return left;
}

// Judges SOLUTION on the folder TESTS (a private copy) with ARGS (--json -j 2 added), after a
// warm-up, from a fresh empty working directory; checks what judge() checks, plus: the test data
// unchanged, the working directory still empty, no run folder left.
Judged judge_in(const std::string& solution, const fs::path& tests, const std::vector<std::string>& args,
                const std::string& verdict, double budget, RunOptions opt = {}) {
  warm_up(solution);
  static int n = 0;
  if (opt.cwd.empty()) opt.cwd = fresh_dir("cwd-" + std::to_string(++n));
  const auto before = snapshot(tests);
  std::vector<std::string> full{"judge", "--solution", solution, "--tests", tests.string(), "-j", "2", "--json"};
  full.insert(full.end(), args.begin(), args.end());
  Judged j;
  j.run = run_tool(full, opt);
  const Result& r = j.run;
  EXPECT_EQ(r.exit_code, verdict == "AC" ? 0 : 1) << r.describe();
  j.report = parse_report(r);
  EXPECT_EQ(str_field(j.report, "verdict"), verdict) << r.describe();
  EXPECT_LE(r.seconds, budget) << "the judge took too long (budget " << budget << " s)\n" << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << "processes left running\n" << r.describe();
  EXPECT_TRUE(snapshot(tests) == before) << "the test data changed\n" << r.describe();
  std::error_code ec;
  EXPECT_TRUE(fs::is_empty(opt.cwd, ec)) << "files left in the working directory " << opt.cwd << "\n"
                                         << r.describe();
  EXPECT_EQ(run_folders_left(), "") << "run folders left in the cache\n" << r.describe();
  return j;
}

void expect_all(const Judged& j, const std::vector<std::string>& names, const std::string& verdict) {
  for (const std::string& name : names)
    EXPECT_EQ(str_field(test_entry(j.report, name, j.run), "verdict"), verdict) << "test " << name << "\n"
                                                                                << j.run.describe();
}

TEST(Isolation, ForkBombIsTLEWithinTheWallLimitAndLeavesNothing) {
  // 2^K processes, every other one in its own session, all spinning. First K = 6 (64
  // processes): only if that is contained does the real one (K = 11, 2048) run.
  // --tl 1: the wall limit is 3 s; the issue's bound is the wall limit plus one second.
  for (const char* k : {"6", "11"}) {
    SCOPED_TRACE(std::string("K = ") + k);
    fs::path tests = make_tests(std::string("bomb") + k, {{"1.in", std::string(k) + "\n"}, {"1.out", "0\n"}});
    // The issue's bound (wall limit plus one second), plus what a slower machine adds to the margin.
    Judged j = judge_in(fixture("fork_bomb"), tests, {"--tl", "1"}, "TLE", 3.0 + 1.0 + std::max(0.0, kMargin - 1.5));
    json t = test_entry(j.report, "1", j.run);
    EXPECT_GE(num_field(t, "time_ms"), 1000) << "the CPU the tree used is reported\n" << j.run.describe();
    EXPECT_LT(j.run.max_gap_ms, 1000) << "the machine stalled\n" << j.run.describe();
    ASSERT_TRUE(j.run.leftovers.empty() && str_field(j.report, "verdict") == "TLE") << "not contained: stop here";
  }
}

TEST(Isolation, NoDescriptorOfTheJudgeReachesTheProgram) {
  // The judge starts with the answer file open (not close-on-exec): the program has nothing
  // open beyond 0, 1 and 2.
  fs::path tests = make_tests("fds", {{"1.in", "x\n"}, {"1.out", "0\n"}});
  RunOptions opt;
  opt.leak = tests / "1.out";
  judge_in(fixture("fd_probe"), tests, {"--tl", "1"}, "AC", 1.0 + kMargin, opt);
}

TEST(Isolation, ManySpinningProcessesAreTLEAtTheCpuLimitOfTheTree) {
  // 256 spinners at --tl 1: their CPU adds up, so TLE comes after about 1 s of CPU (0.5 s of
  // wall time on two idle cores; the tree weighs as one process against other load, so the
  // budget is the wall limit), with at least the limit reported.
  fs::path tests = make_tests("spin256", {{"1.in", "256\n"}, {"1.out", "0\n"}});
  Judged j = judge_in(fixture("spinners"), tests, {"--tl", "1"}, "TLE", 3.0 + kMargin);
  EXPECT_GE(num_field(test_entry(j.report, "1", j.run), "time_ms"), 1000) << j.run.describe();
}

TEST(Isolation, SignallingTheParentChangesNothing) {
  // SIGKILL, SIGSTOP, SIGTERM, SIGINT, SIGHUP sent to getppid(): every test is AC, no hang.
  fs::path tests = make_tests("psig", {{"kill.in", "9 3 4\n"}, {"kill.out", "7\n"},
                                       {"stop.in", "19 3 4\n"}, {"stop.out", "7\n"},
                                       {"term.in", "15 3 4\n"}, {"term.out", "7\n"},
                                       {"int.in", "2 3 4\n"}, {"int.out", "7\n"},
                                       {"hup.in", "1 3 4\n"}, {"hup.out", "7\n"}});
  Judged j = judge_in(fixture("parent_signal"), tests, {"--tl", "1"}, "AC", 1.0 + kMargin);
  expect_all(j, {"kill", "stop", "term", "int", "hup"}, "AC");
}

TEST(Isolation, StdinIsNotAPathIntoTheTestFolder) {
  // readlink("/proc/self/fd/0") then NAME.out: it must not find the answer.
  Judged j = judge_in(fixture("steal_answer"), copy_data("two"), {"--tl", "1"}, "WA", 1.0 + kMargin);
  expect_all(j, {"1", "2"}, "WA");
}

TEST(Isolation, TestDataIsNeverWritten) {
  // The same, opened for writing (and the input too): WA, and the data byte-identical.
  Judged j = judge_in(fixture("overwrite_answer"), copy_data("two"), {"--tl", "1"}, "WA", 1.0 + kMargin);
  expect_all(j, {"1", "2"}, "WA");
}

TEST(Isolation, MemoryIsThatOfTheWholeTree) {
  // Six children of 200 MiB each at --ml 256: MLE, soon.
  Judged j = judge_in(fixture("tree_memory"), copy_data("one"), {"--ml", "256", "--tl", "2"}, "MLE", 2.0 + kMargin);
  EXPECT_GE(num_field(test_entry(j.report, "1", j.run), "memory_kb"), 200 * 1024) << j.run.describe();
}

TEST(Isolation, ThreadsAndABigThreadStackAreAC) {
  judge_in(fixture("threads"), copy_data("one"), {"--ml", "256", "--tl", "2"}, "AC", 2.0 + kMargin);
  Judged j = judge_in(fixture("big_stack_thread"), copy_data("one"), {"--ml", "512", "--tl", "3"}, "AC",
                      3.0 + kMargin);
  EXPECT_GE(num_field(test_entry(j.report, "1", j.run), "memory_kb"), 90 * 1024)
      << "the stack really used is counted\n" << j.run.describe();
}

TEST(Isolation, StackOptionSetsTheStackSize) {
  // recursion.cpp needs about 110 MB of stack: RE with --stack 32, AC with --stack 200.
  judge_in(fixture("recursion"), copy_data("one"), {"--ml", "256", "--tl", "2", "--stack", "32"}, "RE",
           2.0 + kMargin);
  judge_in(fixture("recursion"), copy_data("one"), {"--ml", "256", "--tl", "2", "--stack", "200"}, "AC",
           2.0 + kMargin);
}

TEST(Isolation, EveryTestHasItsOwnWorkingDirectory) {
  // A scratch file in the working directory at -j 2: 8 tests, all AC; nothing left behind.
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> names;
  for (int i = 1; i <= 8; i++) {
    files.push_back({std::to_string(i) + ".in", std::to_string(i) + " " + std::to_string(10 * i) + "\n"});
    files.push_back({std::to_string(i) + ".out", std::to_string(11 * i) + "\n"});
    names.push_back(std::to_string(i));
  }
  Judged j = judge_in(fixture("scratch"), make_tests("scratch", files), {"--tl", "1"}, "AC", 2.0 + kMargin);
  expect_all(j, names, "AC");
}

TEST(Isolation, JudgeMemoryStaysBoundedOnAHugeOutput) {
  // 33 million tokens "1 " (63 MiB) against the same answer: AC, and the judge itself (with
  // everything it waited for) stays under 64 MiB plus 8 MiB per parallel test.
  std::string answer;
  answer.reserve(66000001);
  for (int i = 0; i < 33000000; i++) answer += "1 ";
  answer += "\n";
  fs::path tests = make_tests("flood", {{"1.in", "33000000\n"}, {"1.out", answer}});
  answer.clear();
  answer.shrink_to_fit();
  Judged j = judge_in(fixture("flood_tokens"), tests, {"--tl", "5", "--ol", "128"}, "AC", 5.0 + kMargin);
  // Under AddressSanitizer the allocator's quarantine and shadow memory dwarf this: not checked.
  if (!kSanitized) {
    EXPECT_LT(j.run.max_rss_kb, (64 + 2 * 8) * 1024) << "the judge's peak memory\n" << j.run.describe();
  }
}

TEST(Isolation, OutputsAreDeletedAsSoonAsJudged) {
  // 20 tests each writing 60 MiB then crashing, -j 2: RE, and at no time more than three
  // outputs on disk.
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 1; i <= 20; i++) files.push_back({std::to_string(i) + ".in", "1 2\n"}), files.push_back({std::to_string(i) + ".out", "3\n"});
  fs::path tests = make_tests("crash20", files);
  warm_up(fixture("big_crash"));
  const std::uint64_t before = bytes_under(dirs().cache);
  RunOptions opt;
  opt.watch = dirs().cache;
  Judged j = judge_in(fixture("big_crash"), tests, {"--tl", "2"}, "RE", 20.0, opt);
  const std::uint64_t grew = j.run.max_watch_bytes > before ? j.run.max_watch_bytes - before : 0;
  EXPECT_LT(grew, 3ull * 61 * 1024 * 1024) << "bytes on disk at the worst moment: " << grew << "\n"
                                          << j.run.describe();
}

TEST(Isolation, InterruptingTheJudgeEndsEverythingAndRemovesItsFolders) {
  // Ctrl-C (SIGINT to the process group) and SIGTERM (to the judge alone) one second into two
  // sleeping tests: the judge stops within two seconds with one error line, no process and no
  // run folder left.
  warm_up(fixture("sleep"));
  for (bool group : {true, false}) {
    SCOPED_TRACE(group ? "SIGINT to the group" : "SIGTERM to the judge");
    RunOptions opt;
    opt.cwd = fresh_dir(group ? "cwd-int" : "cwd-term");
    opt.signal = group ? SIGINT : SIGTERM;
    opt.signal_group = group;
    opt.signal_after = 1.0;
    Result r = run_tool({"judge", "--solution", fixture("sleep"), "--tests", copy_data("two").string(), "--tl", "5",
                         "-j", "2"},
                        opt);
    EXPECT_NE(r.exit_code, 0) << r.describe();
    EXPECT_LE(r.seconds, 3.0) << r.describe();
    EXPECT_TRUE(r.leftovers.empty()) << r.describe();
    EXPECT_EQ(run_folders_left(), "") << r.describe();
    std::error_code ec;
    EXPECT_TRUE(fs::is_empty(opt.cwd, ec)) << r.describe();
  }
}

TEST(Isolation, CheckerGetsItsDocumentedTenSeconds) {
  // A checker that never answers: FAIL after 10 s (it took 20 s).
  const std::string ck = fixture("slow_checker");
  warm_up(fixture("sum"));
  warm_up(fixture("segv"), {"--checker", ck});  // compiles the checker without running it
  Judged j = judge_in(fixture("sum"), copy_data("one"), {"--tl", "1", "--checker", ck}, "FAIL", 10.0 + kMargin);
  EXPECT_GE(j.run.seconds, 9.5) << j.run.describe();
}

TEST(Isolation, CpuTimeOfDeadOrphansCounts) {
  // 4 x 0.4 s of CPU in orphaned grandchildren that have exited, then a 2.5 s sleep: TLE at
  // --tl 1 soon after the CPU passes the limit.
  Judged j = judge_in(fixture("dead_children_cpu"), copy_data("one"), {"--tl", "1", "--wall", "10"}, "TLE",
                      2.0 + kMargin);
  EXPECT_GE(num_field(test_entry(j.report, "1", j.run), "time_ms"), 1000) << j.run.describe();
}

TEST(Isolation, CompilingIsLimited) {
  // #include "/dev/zero": the compiler reads and grows forever. With the compile memory cap
  // lowered to 300 MiB it is CE naming the limit, soon; the same with a 2 s compile time cap.
  // The killed compiler's temporary files (cc*.s of g++) are not left in the user's TMPDIR.
  const fs::path user_tmp = dirs().base / "user-tmpdir";
  for (const std::vector<std::string>& cap : {std::vector<std::string>{"--compile-ml", "300"},
                                              std::vector<std::string>{"--compile-tl", "2"}}) {
    SCOPED_TRACE(cap[0]);
    std::error_code ec;
    fs::remove_all(user_tmp, ec);
    fs::create_directories(user_tmp);
    std::vector<std::string> args{"judge", "--solution", fixture("zero_include"), "--tests", data("one"), "--json"};
    args.insert(args.end(), cap.begin(), cap.end());
    RunOptions opt;
    opt.env.push_back({"TMPDIR", user_tmp.string()});
    Result r = run_tool(args, opt);
    std::string left;
    for (const auto& e : fs::directory_iterator(user_tmp)) left += e.path().filename().string() + " ";
    EXPECT_EQ(left, "") << "left in TMPDIR; " << r.describe();
    EXPECT_EQ(r.exit_code, 1) << r.describe();
    json j = parse_report(r);
    EXPECT_EQ(str_field(j, "verdict"), "CE") << r.describe();
    EXPECT_TRUE(contains(lower(str_field(j, "message")), "limit")) << r.describe();
    EXPECT_LE(r.seconds, 20.0) << r.describe();
    EXPECT_TRUE(r.leftovers.empty()) << r.describe();
    EXPECT_EQ(run_folders_left(), "") << r.describe();
  }
}

TEST(Isolation, OddTestFilesAreOneErrorNeverAHang) {
  struct odd {
    const char* what;
    std::function<void(const fs::path&)> make;  // makes 1.in and 1.out in the folder
  };
  auto answer = [](const fs::path& d) { std::ofstream(d / "1.out") << "7\n"; };
  const std::vector<odd> cases = {
      {"a FIFO named 1.in", [&](const fs::path& d) { mkfifo((d / "1.in").c_str(), 0644); answer(d); }},
      {"a FIFO named 1.out",
       [&](const fs::path& d) { std::ofstream(d / "1.in") << "3 4\n"; mkfifo((d / "1.out").c_str(), 0644); }},
      {"a folder named 1.in", [&](const fs::path& d) { fs::create_directory(d / "1.in"); answer(d); }},
      {"a device named 1.in", [&](const fs::path& d) { fs::create_symlink("/dev/zero", d / "1.in"); answer(d); }},
      {"a dangling link named 1.in",
       [&](const fs::path& d) { fs::create_symlink(d / "nowhere", d / "1.in"); answer(d); }},
  };
  int k = 0;
  for (const odd& c : cases) {
    SCOPED_TRACE(c.what);
    fs::path d = fresh_dir("odd-" + std::to_string(++k));
    c.make(d);
    Result r = run_tool({"judge", "--solution", fixture("sum"), "--tests", d.string(), "--tl", "1"});
    expect_one_error_line(r);
    EXPECT_TRUE(contains(r.err, "1.")) << "the error names the file\n" << r.describe();
    EXPECT_LE(r.seconds, 5.0) << r.describe();
  }
  if (geteuid() != 0) {  // root reads anything
    fs::path d = make_tests("unreadable", {{"1.in", "3 4\n"}, {"1.out", "7\n"}});
    fs::permissions(d / "1.in", fs::perms::none);
    Result r = run_tool({"judge", "--solution", fixture("sum"), "--tests", d.string(), "--tl", "1"});
    expect_one_error_line(r);
  }
  // A name that is not UTF-8: judged, and the JSON stays valid.
  fs::path d = make_tests("utf8", {{"\xff\xfe.in", "3 4\n"}, {"\xff\xfe.out", "7\n"}});
  Result r = run_tool({"judge", "--solution", fixture("sum"), "--tests", d.string(), "--tl", "1", "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_EQ(str_field(parse_report(r), "verdict"), "AC") << r.describe();
}

TEST(Isolation, AbsurdLimitsAreOneErrorLineNamingTheFlagOrKey) {
  const std::string sol = fixture("sum"), tests = data("one");
  const std::vector<std::pair<std::string, std::string>> flags = {
      {"--tl", "inf"},  {"--tl", "-1"},    {"--tl", "nan"},     {"--tl", "0"},     {"--tl", "1e308"},
      {"--ml", "nan"},  {"--ml", "-5"},    {"--ml", "1e300"},   {"--ml", "0"},     {"--ol", "0"},
      {"--ol", "inf"},  {"--wall", "-1"},  {"--wall", "inf"},   {"--stack", "0"},  {"--stack", "nan"},
      {"-j", "0"},      {"-j", "-3"},      {"-j", "100000"},    {"--compile-ml", "0"}, {"--compile-tl", "inf"}};
  for (const auto& [flag, value] : flags) {
    SCOPED_TRACE("judge " + flag + " " + value);
    Result r = run_tool({"judge", "--solution", sol, "--tests", tests, flag, value});
    expect_one_error_line(r);
    EXPECT_TRUE(contains(r.err, flag)) << "the error names " << flag << "\n" << r.describe();
  }
  const std::vector<std::pair<std::string, std::string>> stress_flags = {
      {"--tl", "inf"}, {"--tl", "-1"}, {"--ml", "nan"}, {"--ml", "0"}, {"--count", "0"}};
  for (const auto& [flag, value] : stress_flags) {
    SCOPED_TRACE("stress " + flag + " " + value);
    Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"),
                         "--solution", sol, flag, value});
    expect_one_error_line(r);
    EXPECT_TRUE(contains(r.err, flag)) << r.describe();
  }
  const std::vector<std::pair<std::string, std::string>> keys = {
      {"time_limit", "1e308"}, {"time_limit", "inf"}, {"time_limit", "0"}, {"memory_limit", "nan"},
      {"memory_limit", "-1"},  {"output_limit", "inf"}, {"memory_limit", "1e300"}};
  int k = 0;
  for (const auto& [key, value] : keys) {
    SCOPED_TRACE("problem.toml " + key + " = " + value);
    fs::path p = fresh_dir("absurd-" + std::to_string(++k));
    fs::create_directories(p / "tests");
    std::ofstream(p / "problem.toml") << key << " = " << value << "\n";
    fs::copy_file(kFixtures / "sum.cpp", p / "solution.cpp");
    std::ofstream(p / "tests" / "1.in") << "3 4\n";
    std::ofstream(p / "tests" / "1.out") << "7\n";
    Result r = run_tool({"judge", p.string()});
    expect_one_error_line(r);
    EXPECT_TRUE(contains(r.err, key)) << r.describe();
    EXPECT_TRUE(contains(r.err, "problem.toml")) << r.describe();
  }
}

TEST(Isolation, FallbackWithoutNamespacesOrCgroupsStillEndsEverything) {
  // CPKIT_ISOLATION=none: no namespace, no cgroup (as on a machine that allows neither). Every
  // process still ends, within the wall limit plus a margin; as root the program runs under an
  // unprivileged uid, so it cannot signal its supervisor, and RLIMIT_NPROC caps the fork bomb.
  RunOptions opt;
  opt.env = {{"CPKIT_ISOLATION", "none"}};
  Result mode = run_tool({"judge", "--isolation"}, opt);
  EXPECT_TRUE(contains(mode.out, "no namespaces")) << mode.describe();
  for (const char* k : {"6", "11"}) {
    SCOPED_TRACE(std::string("fork bomb, K = ") + k);
    fs::path tests = make_tests(std::string("fb-bomb") + k, {{"1.in", std::string(k) + "\n"}, {"1.out", "0\n"}});
    // The wall limit plus one second (the issue's bound) plus the margin: without a cgroup the
    // supervisor samples and kills up to 256 processes through /proc, slower on a loaded machine.
    Judged j = judge_in(fixture("fork_bomb"), tests, {"--tl", "1"}, "TLE", 3.0 + 1.0 + kMargin, opt);
    ASSERT_TRUE(j.run.leftovers.empty() && str_field(j.report, "verdict") == "TLE") << "not contained: stop here";
  }
  fs::path psig = make_tests("fb-psig", {{"kill.in", "9 3 4\n"}, {"kill.out", "7\n"},
                                         {"stop.in", "19 3 4\n"}, {"stop.out", "7\n"},
                                         {"term.in", "15 3 4\n"}, {"term.out", "7\n"}});
  if (geteuid() == 0) judge_in(fixture("parent_signal"), psig, {"--tl", "1"}, "AC", 1.0 + kMargin, opt);
  judge_in(fixture("tree_memory"), copy_data("one"), {"--ml", "256", "--tl", "2"}, "MLE", 5.0 + kMargin, opt);
  judge_in(fixture("steal_answer"), copy_data("two"), {"--tl", "1"}, "WA", 1.0 + kMargin, opt);
}

TEST(Isolation, AModeCommandSaysHowRunsAreIsolated) {
  Result r = run_tool({"judge", "--isolation"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(contains(r.out, "isolation:")) << r.describe();
  EXPECT_TRUE(contains(r.out, "memory")) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

// ==== stress ================================================================================

// First seed where stress_gen's input hits stress_planted's bug (a == 9 && b == 2).
int first_failing_seed() {
  for (int s = 1; s <= 100; ++s)
    if (s * 37 % 11 == 9 && s * 13 % 7 == 2) return s;
  return -1;
}

TEST(Stress, FindsAPlantedBugAndSavesTheTest) {
  const int seed = first_failing_seed();
  ASSERT_GT(seed, 1);
  const std::string input = std::to_string(seed * 37 % 11) + " " + std::to_string(seed * 13 % 7);
  fs::path save = dirs().base / "stress-save";
  std::error_code ec;
  fs::remove_all(save, ec);
  Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"),
                       "--solution", fixture("stress_planted"), "--count", "50", "--tl", "1",
                       "--save", save.string()});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
  const std::string all = r.out + r.err;
  EXPECT_TRUE(std::regex_search(lower(all), std::regex("seed\\D{0,5}" + std::to_string(seed) + "\\b")))
      << "should print the failing seed " << seed << "\n" << r.describe();
  EXPECT_TRUE(contains(all, input)) << "should print the small input\n" << r.describe();
  fs::path in = save / ("stress-" + std::to_string(seed) + ".in");
  fs::path out = save / ("stress-" + std::to_string(seed) + ".out");
  ASSERT_TRUE(fs::exists(in)) << in << "\n" << r.describe();
  ASSERT_TRUE(fs::exists(out)) << out << "\n" << r.describe();
  EXPECT_EQ(tokens(read_text(in)), tokens(input));
  EXPECT_EQ(tokens(read_text(out)), std::vector<std::string>{"11"}) << "brute's answer for 9 2";
  size_t saved = 0;
  for (const auto& e : fs::directory_iterator(save))
    if (e.path().extension() == ".in") ++saved;
  EXPECT_EQ(saved, 1u) << "stops at the first failing seed";
}

TEST(Stress, DefaultSaveFolderIsStressTestsInTheCurrentDirectory) {
  const int seed = first_failing_seed();
  fs::path cwd = fresh_dir("stress-cwd");
  RunOptions opt;
  opt.cwd = cwd;
  Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"),
                       "--solution", fixture("stress_planted"), "--count", "50", "--tl", "1"},
                      opt);
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(fs::exists(cwd / "stress-tests" / ("stress-" + std::to_string(seed) + ".in")))
      << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(Stress, RuntimeErrorStopsStress) {
  fs::path save = fresh_dir("stress-re");
  Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"),
                       "--solution", fixture("segv"), "--count", "20", "--tl", "1", "--save",
                       save.string()});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(fs::exists(save / "stress-1.in")) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(Stress, TimeLimitStopsStress) {
  fs::path save = fresh_dir("stress-tle");
  Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"),
                       "--solution", fixture("loop"), "--count", "5", "--tl", "0.5", "--save",
                       save.string()});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(fs::exists(save / "stress-1.in")) << r.describe();
  EXPECT_TRUE(fs::exists(save / "stress-1.out")) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
}

TEST(Stress, AgreeingProgramsExitZero) {
  fs::path save = fresh_dir("stress-agree");
  Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"),
                       "--solution", fixture("sum"), "--count", "10", "--tl", "1", "--save",
                       save.string()});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
  size_t saved = 0;
  for (const auto& e : fs::directory_iterator(save)) (void)e, ++saved;
  EXPECT_EQ(saved, 0u) << "nothing to save when all seeds agree";
}

// ==== new ===================================================================================

TEST(New, ScaffoldsAProblemAndRefusesExistingOrBadIds) {
  // CPKIT_ROOT points at a temporary root (problems/ and a link to the real include/), so
  // the checkout is never written to.
  fs::path root = fresh_dir("new-root");
  fs::create_directories(root / "problems");
  fs::create_symlink(fs::path(CPKIT_JUDGE_ROOT) / "include", root / "include");
  RunOptions opt;
  opt.env = {{"CPKIT_ROOT", root.string()}};
  opt.cwd = root;

  Result r = run_tool({"new", "two-sum"}, opt);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  fs::path p = root / "problems" / "two-sum";
  for (const char* f : {"README.md", "problem.toml", "solution.cpp"})
    EXPECT_TRUE(fs::is_regular_file(p / f)) << f << "\n" << r.describe();
  EXPECT_TRUE(fs::is_directory(p / "tests")) << r.describe();

  const std::string readme_before = read_text(p / "README.md");
  Result again = run_tool({"new", "two-sum"}, opt);
  {
    SCOPED_TRACE("new on an existing folder");
    expect_one_error_line(again);
  }
  EXPECT_EQ(read_text(p / "README.md"), readme_before) << "an existing problem was overwritten";

  for (const char* bad : {"../escape", "bad id", ""}) {
    SCOPED_TRACE(std::string("new with id '") + bad + "'");
    Result b = run_tool({"new", bad}, opt);
    expect_one_error_line(b);
  }
  EXPECT_FALSE(fs::exists(root / "escape")) << "a bad id wrote outside problems/";
}

// ==== contest work (issue 18) ================================================================
// Outside test layouts, a problem folder with the user's own pieces, streaming rows and -x, the
// CPU-versus-wall rule under a busy neighbour, and the command-line items of the issue.

// The verdicts of a report by test name.
std::map<std::string, std::string> verdicts_of(const json& report) {
  std::map<std::string, std::string> m;
  if (report.is_object() && report.contains("tests") && report["tests"].is_array())
    for (const json& t : report["tests"]) m[test_key(str_field(t, "name"))] = str_field(t, "verdict");
  return m;
}

// Writes data/sum (tests 1, 2, 10) into DIR in a layout: "in/out" names the answer of IN_NAME.
void write_sum_layout(const fs::path& dir, const std::function<std::pair<std::string, std::string>(const std::string&)>& names) {
  for (const char* t : {"1", "2", "10"}) {
    const auto [in, ans] = names(t);
    fs::create_directories((dir / in).parent_path());
    fs::create_directories((dir / ans).parent_path());
    fs::copy_file(kData / "sum" / (std::string(t) + ".in"), dir / in);
    fs::copy_file(kData / "sum" / (std::string(t) + ".out"), dir / ans);
  }
}

Result judge_json(const std::string& solution, const std::string& tests, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"judge", "--solution", solution, "--tests", tests, "--tl", "1", "-j", "2", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_tool(args);
}

TEST(Contest, EveryKnownLayoutGivesTheSameVerdicts) {
  // Oracle: the fixture's own rule on data/sum (order.cpp: AC on 1, RE on 2, WA on 10), judged
  // in the plain NAME.in/NAME.out layout first; every other layout must agree test by test.
  warm_up(fixture("order"));
  const std::map<std::string, std::string> expected = {{"1", "AC"}, {"2", "RE"}, {"10", "WA"}};
  Result plain = judge_json(fixture("order"), data("sum"));
  ASSERT_EQ(verdicts_of(parse_report(plain)), expected) << plain.describe();
  struct layout {
    const char* name;
    std::function<std::pair<std::string, std::string>(const std::string&)> files;
    std::function<std::string(const std::string&)> key;  // test name as reported -> 1, 2, 10
  };
  auto same = [](const std::string& k) { return k; };
  const std::vector<layout> layouts = {
      {"ans", [](const std::string& t) { return std::make_pair(t + ".in", t + ".ans"); }, same},
      {"library-checker", [](const std::string& t) { return std::make_pair("in/" + t + ".in", "out/" + t + ".out"); }, same},
      {"atcoder", [](const std::string& t) { return std::make_pair("in/" + t + ".txt", "out/" + t + ".txt"); }, same},
      {"polygon", [](const std::string& t) { return std::make_pair(t, t + ".a"); }, same},
      {"oj", [](const std::string& t) { return std::make_pair("sample-" + t + ".in", "sample-" + t + ".out"); },
       [](const std::string& k) { return k.rfind("sample-", 0) == 0 ? k.substr(7) : "?" + k; }},
  };
  for (const layout& l : layouts) {
    SCOPED_TRACE(std::string("layout ") + l.name);
    fs::path d = fresh_dir(std::string("layout-") + l.name);
    write_sum_layout(d, l.files);
    Result r = judge_json(fixture("order"), d.string());
    EXPECT_EQ(r.exit_code, 1) << r.describe();
    std::map<std::string, std::string> got;
    for (const auto& [k, v] : verdicts_of(parse_report(r))) got[l.key(k)] = v;
    EXPECT_EQ(got, expected) << r.describe();
    EXPECT_TRUE(r.leftovers.empty()) << r.describe();
  }
  // --tests FILE.in: one test, its answer found beside it (NAME.out or NAME.ans) or in out/.
  const std::vector<std::pair<fs::path, std::string>> singles = {
      {kData / "sum" / "2.in", "RE"},
      {dirs().base / "layout-ans" / "10.in", "WA"},
      {dirs().base / "layout-library-checker" / "in" / "1.in", "AC"},
  };
  for (const auto& [file, verdict] : singles) {
    SCOPED_TRACE("--tests " + file.string());
    Result r = judge_json(fixture("order"), file.string());
    json rep = parse_report(r);
    EXPECT_EQ(str_field(rep, "verdict"), verdict) << r.describe();
    EXPECT_EQ(verdicts_of(rep).size(), 1u) << r.describe();
  }
}

TEST(Contest, AFolderInNoKnownLayoutIsOneLineListingTheLayouts) {
  fs::path d = make_tests("no-layout", {{"input.txt", "3 4\n"}, {"answer.txt", "7\n"}});
  Result r = judge_json(fixture("sum"), d.string());
  expect_one_error_line(r);
  for (const char* layout : {"NAME.in", "NAME.ans", "in/", "out/", "NN.a", "sample-"})
    EXPECT_TRUE(contains(r.err, layout)) << "the error should list the layout " << layout << "\n" << r.describe();
}

TEST(Contest, CheckerCompilesWithItsOwnFolderAndCheckerInclude) {
  const std::string checker = (kFixtures / "checker_inc" / "checker.cpp").string();
  const std::string extra = (kFixtures / "checker_extra").string();
  Result r = run_tool({"judge", "--solution", fixture("sum"), "--tests", data("sum"), "--tl", "1", "-j", "2",
                       "--checker", checker, "--checker-include", extra});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  std::string head = r.out.substr(0, r.out.find('\n'));
  EXPECT_TRUE(contains(head, "checker checker.cpp")) << "the checker is shown by its source name\n" << r.describe();
  EXPECT_FALSE(contains(head, "prog")) << r.describe();
  // The solution's flags are untouched: the same checker with a wrong answer gives WA.
  Result wa = run_tool({"judge", "--solution", fixture("order"), "--tests", data("sum"), "--tl", "1", "-j", "2",
                        "--json", "--checker", checker, "--checker-include", extra});
  EXPECT_EQ(verdicts_of(parse_report(wa)), (std::map<std::string, std::string>{{"1", "AC"}, {"2", "RE"}, {"10", "WA"}}))
      << wa.describe();
  // Without --checker-include the checker does not compile: one error line naming the checker.
  Result missing = run_tool({"judge", "--solution", fixture("sum"), "--tests", data("sum"), "--checker", checker});
  EXPECT_EQ(missing.exit_code, 2) << missing.describe();
  EXPECT_TRUE(contains(missing.err, "checker")) << missing.describe();
  Result bad = run_tool({"judge", "--solution", fixture("sum"), "--tests", data("sum"), "--checker", checker,
                         "--checker-include", (kFixtures / "no_such_folder").string()});
  expect_one_error_line(bad);
  EXPECT_TRUE(contains(bad.err, "--checker-include")) << bad.describe();
}

// A problem folder made for the test: sum.cpp as its solution, data/sum as its tests, two
// generated tests (stress_gen.cpp seeds 5 and 7, answered by stress_brute.cpp).
fs::path make_problem(const std::string& name) {
  fs::path p = fresh_dir(name);
  fs::create_directories(p / "tests");
  std::ofstream(p / "problem.toml") << "time_limit = 1.0\nmemory_limit = 64\nchecker = \"tokens\"\n\n"
                                       "[generate]\ngenerator = \"gen.cpp\"\nanswers = \"brute.cpp\"\n"
                                       "tests = [\"5\", \"7\"]\n";
  fs::copy_file(kFixtures / "sum.cpp", p / "solution.cpp");
  fs::copy_file(kFixtures / "stress_gen.cpp", p / "gen.cpp");
  fs::copy_file(kFixtures / "stress_brute.cpp", p / "brute.cpp");
  for (const char* f : {"1.in", "1.out", "2.in", "2.out", "10.in", "10.out"}) fs::copy_file(kData / "sum" / f, p / "tests" / f);
  return p;
}

TEST(Contest, AProblemFolderJudgesAnOutsideSolutionAndOutsideTests) {
  const fs::path p = make_problem("contest-problem");
  // Oracle for the generated tests: stress_gen's formula (a = s*37 % 11, b = s*13 % 7); seed 5
  // gives "9 2", seed 7 gives "6 0"; order.cpp answers both right (it fails only a = 2, a = 10).
  Result own = run_tool({"judge", p.string(), "--solution", fixture("order"), "-j", "2", "--json"});
  EXPECT_EQ(own.exit_code, 1) << own.describe();
  json rep = parse_report(own);
  EXPECT_EQ(verdicts_of(rep), (std::map<std::string, std::string>{
                                  {"1", "AC"}, {"2", "RE"}, {"10", "WA"}, {"gen-1", "AC"}, {"gen-2", "AC"}}))
      << own.describe();
  EXPECT_EQ(str_field(rep, "verdict"), "RE") << own.describe();
  // The problem's limits are used: memory_limit = 64 MiB in the table's header.
  Result table = run_tool({"judge", p.string(), "--solution", fixture("order"), "-j", "2"});
  EXPECT_TRUE(contains(table.out, "64.0 MB")) << table.describe();

  // The problem's solution on outside tests (Polygon layout, test 10's answer wrong).
  fs::path outside = fresh_dir("contest-outside");
  write_sum_layout(outside, [](const std::string& t) { return std::make_pair(t, t + ".a"); });
  std::ofstream(outside / "10.a") << "999\n";
  Result theirs = run_tool({"judge", p.string(), "--tests", outside.string(), "-j", "2", "--json"});
  EXPECT_EQ(verdicts_of(parse_report(theirs)), (std::map<std::string, std::string>{{"1", "AC"}, {"2", "AC"}, {"10", "WA"}}))
      << theirs.describe();
  // Both: the outside solution on the outside tests only.
  Result both = run_tool({"judge", p.string(), "--solution", fixture("order"), "--tests", outside.string(), "-j", "2", "--json"});
  EXPECT_EQ(verdicts_of(parse_report(both)), (std::map<std::string, std::string>{{"1", "AC"}, {"2", "RE"}, {"10", "WA"}}))
      << both.describe();

  // --keep-tests writes the generated tests out (the folder itself is made, not its parents).
  fs::path keep = dirs().base / "contest-kept";
  std::error_code ec;
  fs::remove_all(keep, ec);
  Result kept = run_tool({"judge", p.string(), "--keep-tests", keep.string(), "-j", "2"});
  EXPECT_EQ(kept.exit_code, 0) << kept.describe();
  EXPECT_EQ(tokens(read_text(keep / "gen-1.in")), (std::vector<std::string>{"9", "2"})) << kept.describe();
  EXPECT_EQ(tokens(read_text(keep / "gen-1.out")), std::vector<std::string>{"11"}) << kept.describe();
  EXPECT_EQ(tokens(read_text(keep / "gen-2.in")), (std::vector<std::string>{"6", "0"})) << kept.describe();
  EXPECT_EQ(tokens(read_text(keep / "gen-2.out")), std::vector<std::string>{"6"}) << kept.describe();
  Result deep = run_tool({"judge", p.string(), "--keep-tests", (dirs().base / "no-such" / "kept").string()});
  expect_one_error_line(deep);
  EXPECT_FALSE(fs::exists(dirs().base / "no-such")) << deep.describe();

  // --solution with two problem folders is ambiguous: one line.
  Result two = run_tool({"judge", p.string(), (kProblems / "good-sum").string(), "--solution", fixture("sum")});
  expect_one_error_line(two);
}

// Seconds after the tool started at which stdout first held `needle`; -1 if never.
double arrival(const Result& r, const std::string& needle) {
  const size_t at = r.out.find(needle);
  if (at == std::string::npos) return -1;
  for (const auto& [t, size] : r.out_times)
    if (size >= at + needle.size()) return t;
  return -1;
}

TEST(Contest, RowsStreamInOrderAndFirstFailStops) {
  warm_up(fixture("nap"));
  // Test 1 naps 1.5 s (AC), tests 2 and 3 end at once (AC, WA), tests 4 and 5 nap 1.5 s. With
  // -j 2 one thread runs 1 then 5 (ends at ~3 s), the other 2, 3, 4 (ends at ~1.6 s). Rows 2 and
  // 3 must still come after row 1, and row 3 as soon as test 1 is done, well before the end.
  fs::path d = make_tests("stream", {{"1.in", "3 4 1500\n"}, {"1.out", "7\n"}, {"2.in", "1 2 0\n"}, {"2.out", "3\n"},
                                     {"3.in", "1 1 0\n"}, {"3.out", "3\n"}, {"4.in", "2 2 1500\n"}, {"4.out", "4\n"},
                                     {"5.in", "2 3 1500\n"}, {"5.out", "5\n"}});
  Result r = run_tool({"judge", "--solution", fixture("nap"), "--tests", d.string(), "--tl", "1", "--wall", "5", "-j", "2"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  const std::regex row("^  ([0-9]+) +(AC|WA) ");
  std::vector<std::string> order;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, row)) order.push_back(m[1]);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"1", "2", "3", "4", "5"})) << r.describe();
  const double row3 = arrival(r, "\n  3 ");
  EXPECT_GE(row3, 0) << r.describe();
  EXPECT_LT(row3, r.seconds - 0.7) << "test 3's row came only at the end of the run\n" << r.describe();
  // The summary names the checker's time.
  EXPECT_TRUE(std::regex_search(r.out, std::regex("checker [0-9]+ ms"))) << r.describe();

  // -x: stops at the first non-AC in natural order; test 4 (a 1.5 s nap) never runs.
  fs::path x = make_tests("first-fail", {{"1.in", "3 4 0\n"}, {"1.out", "7\n"}, {"2.in", "1 1 0\n"}, {"2.out", "3\n"},
                                         {"3.in", "2 2 1500\n"}, {"3.out", "4\n"}, {"4.in", "2 2 1500\n"}, {"4.out", "4\n"}});
  Result s = run_tool({"judge", "--solution", fixture("nap"), "--tests", x.string(), "--tl", "1", "--wall", "5", "-j", "1",
                       "--json", "-x"});
  EXPECT_EQ(s.exit_code, 1) << s.describe();
  EXPECT_EQ(verdicts_of(parse_report(s)), (std::map<std::string, std::string>{{"1", "AC"}, {"2", "WA"}})) << s.describe();
  EXPECT_LT(s.seconds, 1.5) << "tests after the first failure were run\n" << s.describe();
  // --first-fail with -j 2: test 1 (slow, WA) is the first failure although test 2 fails first.
  fs::path y = make_tests("first-fail-2", {{"1.in", "1 1 800\n"}, {"1.out", "3\n"}, {"2.in", "1 1 0\n"}, {"2.out", "3\n"},
                                           {"3.in", "1 1 0\n"}, {"3.out", "2\n"}});
  Result t = run_tool({"judge", "--solution", fixture("nap"), "--tests", y.string(), "--tl", "1", "--wall", "5", "-j", "2",
                       "--json", "--first-fail"});
  EXPECT_EQ(verdicts_of(parse_report(t)), (std::map<std::string, std::string>{{"1", "WA"}})) << t.describe();
  EXPECT_TRUE(s.leftovers.empty() && t.leftovers.empty()) << s.describe() << t.describe();
}

// Spinning processes beside the judge, each bounded by alarm() and named busy<tag> (not a
// fixture's name: the leftover check would take them for the judge's).
struct busy_neighbours {
  std::vector<pid_t> pids;
  explicit busy_neighbours(int n) {
    for (int i = 0; i < n; ++i) {
      pid_t p = fork();
      if (p == 0) {
        alarm(60);
        const std::string name = "busy" + dirs().tag;
        prctl(PR_SET_NAME, name.c_str());
        volatile unsigned long long x = 0;
        for (;;) x = x + 1;
      }
      if (p > 0) pids.push_back(p);
    }
  }
  ~busy_neighbours() {
    for (pid_t p : pids) kill(p, SIGKILL);
    for (pid_t p : pids) waitpid(p, nullptr, 0);
  }
};

TEST(Contest, ACpuBoundProgramIsACpuTLEBesideABusyNeighbour) {
  // Eight spinning neighbours on this (2-core) machine: the judged loop gets a small share of a
  // core, so it reaches its 1 s of CPU only after more than the 3 s wall limit. It must still be
  // a CPU-time TLE (the wall limit is for programs that sleep or wait); a sleeping program under
  // the same load is still stopped at the wall limit.
  warm_up(fixture("loop"));
  warm_up(fixture("sleep"));
  busy_neighbours busy(8);
  Result r = judge_json(fixture("loop"), data("two"));
  json rep = parse_report(r);
  EXPECT_EQ(str_field(rep, "verdict"), "TLE") << r.describe();
  for (const char* name : {"1", "2"}) {
    const std::string m = str_field(test_entry(rep, name, r), "message");
    EXPECT_TRUE(contains(m, "CPU time limit")) << "test " << name << ": " << m << "\n" << r.describe();
    EXPECT_FALSE(contains(lower(m), "wall")) << "test " << name << ": " << m << "\n" << r.describe();
  }
  EXPECT_TRUE(r.leftovers.empty()) << r.describe();
  Result s = judge_json(fixture("sleep"), data("two"));
  json srep = parse_report(s);
  EXPECT_EQ(str_field(srep, "verdict"), "TLE") << s.describe();
  EXPECT_TRUE(contains(lower(str_field(test_entry(srep, "1", s), "message")), "wall")) << s.describe();
  EXPECT_LE(s.seconds, 3.0 + 2 * kMargin) << "a sleeping program is stopped at the wall limit\n" << s.describe();
}

TEST(Contest, OutputPathsCompilerFlagsAndCompileErrors) {
  // --junit into a missing folder: one line, nothing judged, no folder made.
  const fs::path missing = dirs().base / "no-such-junit-dir";
  Result j = run_tool({"judge", "--solution", fixture("sum"), "--tests", data("one"), "--junit", (missing / "r.xml").string()});
  expect_one_error_line(j);
  EXPECT_FALSE(fs::exists(missing)) << j.describe();
  // --junit naming a folder: one line, not "cannot write (Success)".
  Result jd = run_tool({"judge", "--solution", fixture("sum"), "--tests", data("one"), "--junit", dirs().base.string()});
  expect_one_error_line(jd);
  EXPECT_FALSE(contains(jd.err, "Success")) << jd.describe();
  // new --dir into a missing folder: one line, no folder made.
  Result n = run_tool({"new", "some-problem", "--dir", missing.string()});
  expect_one_error_line(n);
  EXPECT_FALSE(fs::exists(missing)) << n.describe();
  // A bad --cxxflags is the flags' error, not the solution's CE.
  Result f = run_tool({"judge", "--solution", fixture("sum"), "--tests", data("one"), "--cxxflags", "-std=c++nonsense"});
  expect_one_error_line(f);
  EXPECT_TRUE(contains(f.err, "--cxxflags")) << f.describe();
  // A CE run does not say "0 tests" nor "0 passed, 1 failed".
  Result ce = run_tool({"judge", "--solution", fixture("ce"), "--tests", data("sum"), "--tl", "1"});
  EXPECT_EQ(ce.exit_code, 1) << ce.describe();
  EXPECT_TRUE(contains(ce.out, "CE")) << ce.describe();
  EXPECT_FALSE(contains(ce.out, "0 tests")) << ce.describe();
  EXPECT_FALSE(contains(ce.out, "0 passed, 1 failed")) << ce.describe();
  EXPECT_TRUE(contains(ce.out, "3 tests")) << ce.describe();
}

TEST(Contest, StressTakesAndChecksOutputWallAndStackLimits) {
  const std::vector<std::pair<std::string, std::string>> flags = {
      {"--ol", "0"}, {"--ol", "inf"}, {"--ol", "1e300"}, {"--wall", "-1"}, {"--wall", "nan"},
      {"--wall", "inf"}, {"--stack", "0"}, {"--stack", "nan"}, {"--stack", "-4"}};
  for (const auto& [flag, value] : flags) {
    SCOPED_TRACE("stress " + flag + " " + value);
    Result r = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"), "--solution",
                         fixture("sum"), flag, value});
    expect_one_error_line(r);
    EXPECT_TRUE(contains(r.err, flag)) << r.describe();
  }
  fs::path save = fresh_dir("stress-limits");
  Result ok = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"), "--solution",
                        fixture("sum"), "--count", "3", "--tl", "1", "--wall", "5", "--ol", "1", "--stack", "64",
                        "--save", save.string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.describe();
  // --ol is the solution's output limit: endless output is OLE, found on seed 1.
  Result ole = run_tool({"stress", "--gen", fixture("stress_gen"), "--brute", fixture("stress_brute"), "--solution",
                         fixture("endless"), "--count", "3", "--tl", "1", "--ol", "1", "--save", save.string()});
  EXPECT_EQ(ole.exit_code, 1) << ole.describe();
  EXPECT_TRUE(contains(ole.out, "OLE")) << ole.describe();
}

// ==== interactive problems (issue 18) =========================================================
// fixtures/interactive/: interactor.cpp plays "guess the hidden number" by the testlib protocol
// (input "N X Q [MODE]", answer "X"; exit 0/1/2/3); the solutions are one per case of the issue.
// Oracle: the interactor's rules in its top comment and the fixture's own comment (what it does
// wrong), with the verdict rules of docs/judge.md "Interactive problems".

std::string ia(const std::string& name) { return (kFixtures / "interactive" / (name + ".cpp")).string(); }

// The guessing game's tests: 1 (N 100, X 37, Q 7) and 2 (N 1000, X 1, Q 10), MODE appended.
fs::path guess_tests(const std::string& name, const std::string& mode = "") {
  const std::string m = mode.empty() ? "" : " " + mode;
  return make_tests("ia-" + name, {{"1.in", "100 37 7" + m + "\n"}, {"1.out", "37\n"},
                                   {"2.in", "1000 1 10" + m + "\n"}, {"2.out", "1\n"}});
}

// judge_in (the data unchanged, nothing left behind, the budget) with the interactor, after a
// warm-up that compiles the solution and the interactor.
Judged judge_ia(const std::string& solution, const fs::path& tests, std::vector<std::string> args,
                const std::string& verdict, double budget) {
  std::vector<std::string> warm{"--interactor", ia("interactor")};
  for (std::size_t k = 0; k + 1 < args.size(); ++k)
    if (args[k] == "--checker") warm.insert(warm.end(), {args[k], args[k + 1]});
  warm_up(solution, warm);
  args.insert(args.end(), {"--interactor", ia("interactor")});
  return judge_in(solution, tests, args, verdict, budget);
}

TEST(Interactive, EachCaseOfTheIssueGetsItsVerdictInBoundedTime) {
  struct item {
    const char* fixture;
    const char* verdict;
    const char* message;  // a word the message must hold (lower case), or ""
    double budget;        // seconds beyond the margins
  };
  // --tl 1 --wall 2: a deadlock ends at the solution's wall limit (2 s), a spin at 1 s of CPU,
  // which on a loaded machine comes later than 2 s of wall time (waits for a CPU are not charged
  // to the wall limit), within the backstop of 8 x the wall limit: 8 s allowed.
  const std::vector<item> cases = {
      {"good", "AC", "", 1},
      {"wrong", "WA", "guessed", 1},
      {"many", "WA", "more than", 1},        // killed by SIGPIPE after the interactor's WA: WA
      {"many_epipe", "WA", "more than", 1},  // EPIPE, exit 1 after the interactor's WA: WA
      {"noflush", "TLE", "wall", 2},
      {"readall", "TLE", "wall", 2},
      {"crash", "RE", "sigabrt", 1},
      {"silent", "WA", "", 1},
      {"spin", "TLE", "cpu time", 8},
  };
  for (const item& c : cases) {
    SCOPED_TRACE(std::string("solution ") + c.fixture);
    Judged j = judge_ia(ia(c.fixture), guess_tests(c.fixture), {"--tl", "1", "--wall", "2"}, c.verdict,
                        c.budget + 2 * kMargin);
    expect_all(j, {"1", "2"}, c.verdict);
    if (*c.message) {
      EXPECT_TRUE(contains(lower(str_field(test_entry(j.report, "1", j.run), "message")), c.message))
          << j.run.describe();
    }
  }
}

TEST(Interactive, TheInteractorsCrashOrExit3IsFailNotWA) {
  // The solution then sees the end of its input and exits 1: FAIL still, not that RE (the
  // interactor's failure comes first: the judge's side is broken).
  for (const char* mode : {"crash", "fail"}) {
    SCOPED_TRACE(std::string("interactor mode ") + mode);
    Judged j = judge_ia(ia("good"), guess_tests(std::string("mode-") + mode, mode), {"--tl", "1"}, "FAIL",
                        1.0 + 2 * kMargin);
    expect_all(j, {"1", "2"}, "FAIL");
    EXPECT_TRUE(contains(lower(str_field(test_entry(j.report, "1", j.run), "message")), "interactor"))
        << j.run.describe();
  }
  // An interactor that never reads nor writes (it sleeps): the solution waits for it and is
  // stopped at its wall limit (2 s), the interactor at its own (the solution's wall + 5 s = 7 s):
  // FAIL, the judge's side, and the judge ends then.
  Judged stuck = judge_ia(ia("good"), guess_tests("mode-sleep", "sleep"), {"--tl", "1", "--wall", "2"}, "FAIL",
                          7.0 + 2 * kMargin);
  expect_all(stuck, {"1", "2"}, "FAIL");
  EXPECT_TRUE(contains(lower(str_field(test_entry(stuck.report, "1", stuck.run), "message")), "time limit"))
      << stuck.run.describe();
}

TEST(Interactive, ACheckerJudgesTheInteractorsOutputFile) {
  // "defer": the interactor accepts any guess and writes "GUESS QUERIES" to its output file.
  const fs::path tests = guess_tests("defer", "defer");
  // No checker given: the interactor's exit code alone (0) decides, even for a wrong guess.
  judge_ia(ia("wrong"), tests, {"--tl", "1"}, "AC", 1.0 + 2 * kMargin);
  // A checker given: it reads the interactor's output ("38 7") against the answer ("37").
  const fs::path ck = fresh_dir("ia-checker") / "first.cpp";
  std::ofstream(ck) << "#include <cstdio>\n"
                       "int main(int, char** argv) {\n"
                       "  long long g = 0, x = -1;\n"
                       "  std::FILE* o = std::fopen(argv[2], \"r\");\n"
                       "  std::FILE* a = std::fopen(argv[3], \"r\");\n"
                       "  if (!a || std::fscanf(a, \"%lld\", &x) != 1) return 3;\n"
                       "  if (!o || std::fscanf(o, \"%lld\", &g) != 1) return 1;\n"
                       "  std::fprintf(stderr, g == x ? \"ok\\n\" : \"checker: wrong guess\\n\");\n"
                       "  return g == x ? 0 : 1;\n"
                       "}\n";
  Judged wa = judge_ia(ia("wrong"), tests, {"--tl", "1", "--checker", ck.string()}, "WA", 1.0 + 3 * kMargin);
  expect_all(wa, {"1", "2"}, "WA");
  EXPECT_TRUE(contains(str_field(test_entry(wa.report, "1", wa.run), "message"), "checker: wrong guess"))
      << wa.run.describe();
  judge_ia(ia("good"), tests, {"--tl", "1", "--checker", ck.string()}, "AC", 1.0 + 3 * kMargin);
}

TEST(Interactive, TheInteractorGetsPrivateCopiesOfInputAndAnswer) {
  // "scribble": the interactor overwrites the files it was given; judge_in checks that the test
  // folder is byte-identical afterwards (and AC: it had read them first).
  judge_ia(ia("good"), guess_tests("scribble", "scribble"), {"--tl", "1"}, "AC", 1.0 + 2 * kMargin);
}

TEST(Interactive, AProblemFolderNamesItsInteractorAndIncludesCompile) {
  fs::path p = fresh_dir("ia-problem");
  fs::create_directories(p / "tests");
  fs::create_directories(p / "lib");
  std::ofstream(p / "problem.toml") << "time_limit = 1.0\ninteractor = \"interactor.cpp\"\n";
  // The interactor includes "../bounded.hpp": found through --checker-include (a folder whose
  // parent holds bounded.hpp is not on the path otherwise).
  fs::copy_file(kFixtures / "interactive" / "interactor.cpp", p / "interactor.cpp");
  fs::copy_file(kFixtures / "interactive" / "good.cpp", p / "lib" / "good.cpp");
  std::ofstream(p / "solution.cpp") << "#include \"lib/good.cpp\"\n";
  fs::copy_file(kFixtures / "bounded.hpp", p / "bounded.hpp");
  for (const char* f : {"1.in", "1.out", "2.in", "2.out"})
    fs::copy_file(guess_tests("folder") / f, p / "tests" / f);
  // interactor.cpp includes "../bounded.hpp", which is not beside it: without
  // --checker-include it does not compile (one error line naming the interactor).
  Result missing = run_tool({"judge", p.string()});
  expect_one_error_line(missing);
  EXPECT_TRUE(contains(missing.err, "interactor")) << missing.describe();
  const std::string inc = (p / "lib").string();  // lib/../bounded.hpp
  Result r = run_tool({"judge", p.string(), "--checker-include", inc, "-j", "2", "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_EQ(verdicts_of(parse_report(r)), (std::map<std::string, std::string>{{"1", "AC"}, {"2", "AC"}}))
      << r.describe();
  Result table = run_tool({"judge", p.string(), "--checker-include", inc});
  EXPECT_TRUE(contains(table.out, "interactor interactor.cpp")) << table.describe();
  Result wa = run_tool({"judge", p.string(), "--checker-include", inc, "--solution", ia("wrong"), "--json"});
  EXPECT_EQ(wa.exit_code, 1) << wa.describe();
  EXPECT_EQ(str_field(parse_report(wa), "verdict"), "WA") << wa.describe();
  EXPECT_TRUE(wa.leftovers.empty()) << wa.describe();
  EXPECT_EQ(run_folders_left(), "") << wa.describe();
}

TEST(Interactive, BadInteractorArgumentsAreOneErrorLine) {
  const fs::path tests = guess_tests("bad-args");
  Result none = run_tool({"judge", "--solution", ia("good"), "--tests", tests.string(), "--interactor",
                          (kFixtures / "interactive" / "no_such.cpp").string()});
  expect_one_error_line(none);
  EXPECT_TRUE(contains(none.err, "interactor")) << none.describe();
  Result ce = run_tool({"judge", "--solution", ia("good"), "--tests", tests.string(), "--interactor", fixture("ce")});
  expect_one_error_line(ce);
  EXPECT_TRUE(contains(ce.err, "interactor")) << ce.describe();
}

TEST(Interactive, StressTakesAnInteractor) {
  fs::path save = fresh_dir("ia-stress");
  Result ok = run_tool({"stress", "--gen", ia("gen"), "--brute", ia("brute"), "--solution", ia("good"),
                        "--interactor", ia("interactor"), "--count", "4", "--tl", "1", "--save", save.string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.describe();
  EXPECT_TRUE(ok.leftovers.empty()) << ok.describe();
  Result wa = run_tool({"stress", "--gen", ia("gen"), "--brute", ia("brute"), "--solution", ia("wrong"),
                        "--interactor", ia("interactor"), "--count", "4", "--tl", "1", "--save", save.string()});
  EXPECT_EQ(wa.exit_code, 1) << wa.describe();
  EXPECT_TRUE(contains(wa.out, "seed 1: WA")) << wa.describe();
  // gen 1 prints "51 8 7": the saved test is that input and the brute force's answer 8.
  EXPECT_EQ(tokens(read_text(save / "stress-1.in")), (std::vector<std::string>{"51", "8", "7"})) << wa.describe();
  EXPECT_EQ(tokens(read_text(save / "stress-1.out")), std::vector<std::string>{"8"}) << wa.describe();
  EXPECT_TRUE(wa.leftovers.empty()) << wa.describe();
  EXPECT_EQ(run_folders_left(), "") << wa.describe();
}

TEST(Interactive, InterruptingADeadlockEndsBothSidesAndRemovesEverything) {
  // Ctrl-C (SIGINT to the process group) and SIGTERM (to the judge alone) one second into two
  // deadlocked tests (wall limit 10 s): one error line, within three seconds, no process and no
  // run folder left, the test data unchanged.
  warm_up(ia("noflush"), {"--interactor", ia("interactor")});
  const fs::path tests = guess_tests("interrupt");
  const auto before = snapshot(tests);
  for (bool group : {true, false}) {
    SCOPED_TRACE(group ? "SIGINT to the group" : "SIGTERM to the judge");
    RunOptions opt;
    opt.cwd = fresh_dir(group ? "ia-cwd-int" : "ia-cwd-term");
    opt.signal = group ? SIGINT : SIGTERM;
    opt.signal_group = group;
    opt.signal_after = 1.0;
    Result r = run_tool({"judge", "--solution", ia("noflush"), "--tests", tests.string(), "--interactor",
                         ia("interactor"), "--tl", "5", "--wall", "10", "-j", "2"},
                        opt);
    expect_one_error_line(r);
    EXPECT_TRUE(contains(r.err, "interrupted")) << r.describe();
    EXPECT_LE(r.seconds, 3.0) << r.describe();
    EXPECT_EQ(run_folders_left(), "") << r.describe();
    std::error_code ec;
    EXPECT_TRUE(fs::is_empty(opt.cwd, ec)) << r.describe();
  }
  EXPECT_TRUE(snapshot(tests) == before) << "the test data changed";
}

TEST(Interactive, NewScaffoldsAnInteractiveProblemThatIsAccepted) {
  fs::path root = fresh_dir("ia-new-root");
  fs::create_directories(root / "problems");
  fs::create_symlink(fs::path(CPKIT_JUDGE_ROOT) / "include", root / "include");
  RunOptions opt;
  opt.env = {{"CPKIT_ROOT", root.string()}};
  opt.cwd = root;
  Result r = run_tool({"new", "--interactive", "guess"}, opt);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  const fs::path p = root / "problems" / "guess";
  for (const char* f : {"README.md", "problem.toml", "solution.cpp", "interactor.cpp"})
    EXPECT_TRUE(fs::is_regular_file(p / f)) << f << "\n" << r.describe();
  EXPECT_TRUE(contains(read_text(p / "problem.toml"), "interactor = \"interactor.cpp\"")) << r.describe();
  Result j = run_tool({"judge", p.string(), "--json"}, opt);
  EXPECT_EQ(j.exit_code, 0) << "the scaffold must judge AC as made\n" << j.describe();
  EXPECT_EQ(str_field(parse_report(j), "verdict"), "AC") << j.describe();
  EXPECT_TRUE(j.leftovers.empty()) << j.describe();
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new TempEnvironment);
  return RUN_ALL_TESTS();
}
