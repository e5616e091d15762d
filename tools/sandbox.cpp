#include "sandbox.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace cpkit_tool {
namespace {

using json = nlohmann::json;
using clock_type = std::chrono::steady_clock;

volatile sig_atomic_t g_terminate = 0;
void on_terminate(int) { g_terminate = 1; }

constexpr std::size_t k_stderr_keep = 64 * 1024;

double ms_since(clock_type::time_point t0) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
}

// Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime.
bool read_stat(pid_t pid, std::vector<unsigned long long>& fields, char& state) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
  FILE* f = std::fopen(path, "re");
  if (!f) return false;
  char buf[1024];
  std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  buf[n] = '\0';
  const char* p = std::strrchr(buf, ')');
  if (!p) return false;
  p += 2;
  state = *p;
  fields.clear();
  fields.push_back(0);
  p += 1;
  while (*p) {
    while (*p == ' ') ++p;
    if (!*p || *p == '\n') break;
    char* end = nullptr;
    fields.push_back(std::strtoull(p, &end, 10));
    if (end == p) break;
    p = end;
  }
  return fields.size() > 12;
}

std::uint64_t read_rss_bytes(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/statm", static_cast<int>(pid));
  FILE* f = std::fopen(path, "re");
  if (!f) return 0;
  unsigned long long size = 0, resident = 0;
  int got = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  if (got != 2) return 0;
  return resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

// Every live process whose chain of parents reaches us.
std::vector<pid_t> descendants() {
  std::map<pid_t, pid_t> parent;
  if (DIR* d = ::opendir("/proc")) {
    while (dirent* e = ::readdir(d)) {
      char* end = nullptr;
      long v = std::strtol(e->d_name, &end, 10);
      if (*end != '\0' || v <= 0) continue;
      std::vector<unsigned long long> f;
      char state = 0;
      if (read_stat(static_cast<pid_t>(v), f, state)) parent[static_cast<pid_t>(v)] = static_cast<pid_t>(f[1]);
    }
    ::closedir(d);
  }
  const pid_t self = ::getpid();
  std::vector<pid_t> out;
  for (auto [pid, pp] : parent) {
    pid_t cur = pp;
    for (int depth = 0; depth < 4096 && cur > 1; ++depth) {
      if (cur == self) {
        out.push_back(pid);
        break;
      }
      auto it = parent.find(cur);
      if (it == parent.end()) break;
      cur = it->second;
    }
  }
  return out;
}

// Our live descendants, found through /proc/PID/task/TID/children (cheap: proportional to the
// size of the tree, not to the number of processes on the machine).
void tree_pids(pid_t root, std::vector<pid_t>& out) {
  char path[96];
  std::snprintf(path, sizeof path, "/proc/%d/task", static_cast<int>(root));
  DIR* d = ::opendir(path);
  if (!d) return;
  std::vector<pid_t> kids;
  while (dirent* e = ::readdir(d)) {
    if (e->d_name[0] == '.') continue;
    char cpath[320];
    std::snprintf(cpath, sizeof cpath, "/proc/%d/task/%s/children", static_cast<int>(root), e->d_name);
    if (FILE* f = std::fopen(cpath, "re")) {
      int k;
      while (std::fscanf(f, "%d", &k) == 1) kids.push_back(static_cast<pid_t>(k));
      std::fclose(f);
    }
  }
  ::closedir(d);
  for (pid_t k : kids) {
    if (out.size() > 100000) return;
    out.push_back(k);
    tree_pids(k, out);
  }
}

void reap_all() {
  int st = 0;
  while (::waitpid(-1, &st, WNOHANG) > 0) {
  }
}

// Kills the process group, then every descendant (reparented to us as subreaper), until none is
// left. Bounded: a process that survives SIGKILL for 2 s (uninterruptible I/O) is abandoned.
void kill_tree(pid_t pgid) {
  if (pgid > 0) ::kill(-pgid, SIGKILL);
  auto t0 = clock_type::now();
  while (ms_since(t0) < 2000) {
    reap_all();
    std::vector<pid_t> left = descendants();
    if (left.empty()) return;
    for (pid_t p : left) ::kill(p, SIGKILL);
    ::usleep(1000);
  }
}

void set_limit(int resource, rlim_t soft, rlim_t hard) {
  rlimit rl{soft, hard};
  ::setrlimit(resource, &rl);
}

}  // namespace

std::string signal_name(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGPIPE: return "SIGPIPE";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGTERM: return "SIGTERM";
    case SIGINT: return "SIGINT";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    default: return "signal " + std::to_string(sig);
  }
}

int sandbox_main(const std::string& spec_text) {
  json spec = json::parse(spec_text, nullptr, false);
  if (spec.is_discarded()) {
    std::fputs("cpkit: error: internal: bad sandbox spec\n", stderr);
    return 2;
  }
  std::vector<std::string> args = spec.at("argv").get<std::vector<std::string>>();
  const std::string in_path = spec.value("stdin", "");
  const std::string out_path = spec.value("stdout", "");
  const std::string workdir = spec.value("workdir", "");
  const double tl = spec.value("cpu_seconds", 0.0);
  const double wall = spec.value("wall_seconds", 0.0);
  const std::uint64_t ml = spec.value("memory_bytes", std::uint64_t{0});
  const std::uint64_t ol = spec.value("output_bytes", std::uint64_t{0});

  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  struct sigaction sa {};
  sa.sa_handler = on_terminate;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGHUP, &sa, nullptr);
  ::signal(SIGPIPE, SIG_IGN);
  if (::getppid() == 1) return 3;  // the judge is already gone

  json result;
  auto emit = [&](const json& j) {
    std::string s = j.dump() + "\n";
    ssize_t w = ::write(1, s.data(), s.size());
    (void)w;
  };

  int in_fd = ::open(in_path.empty() ? "/dev/null" : in_path.c_str(), O_RDONLY | O_CLOEXEC);
  int out_fd = ::open(out_path.empty() ? "/dev/null" : out_path.c_str(),
                      O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (in_fd < 0 || out_fd < 0) {
    emit({{"exec_error", std::string("cannot open ") + (in_fd < 0 ? in_path : out_path) + ": " +
                             std::strerror(errno)}});
    return 0;
  }
  int err_pipe[2], exec_pipe[2];
  if (::pipe2(err_pipe, O_CLOEXEC) != 0 || ::pipe2(exec_pipe, O_CLOEXEC) != 0) {
    emit({{"exec_error", std::string("pipe: ") + std::strerror(errno)}});
    return 0;
  }

  std::vector<char*> cargv;
  for (auto& a : args) cargv.push_back(a.data());
  cargv.push_back(nullptr);

  auto t0 = clock_type::now();
  pid_t pid = ::fork();
  if (pid < 0) {
    emit({{"exec_error", std::string("fork: ") + std::strerror(errno)}});
    return 0;
  }
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    ::setpgid(0, 0);
    ::dup2(in_fd, 0);
    ::dup2(out_fd, 1);
    ::dup2(err_pipe[1], 2);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);
    ::sigaction(SIGTERM, &dfl, nullptr);
    ::sigaction(SIGINT, &dfl, nullptr);
    ::sigaction(SIGHUP, &dfl, nullptr);
    ::prctl(PR_SET_PDEATHSIG, 0);
    if (tl > 0) {
      rlim_t cpu = static_cast<rlim_t>(std::ceil(tl)) + 1;
      set_limit(RLIMIT_CPU, cpu, cpu + 1);
    }
    if (ml > 0) {
      rlim_t as = std::max<rlim_t>(2 * ml, ml + (512ull << 20));
      set_limit(RLIMIT_AS, as, as);
      set_limit(RLIMIT_STACK, ml, ml);
    } else {
      set_limit(RLIMIT_STACK, RLIM_INFINITY, RLIM_INFINITY);
    }
    if (ol > 0) set_limit(RLIMIT_FSIZE, ol, ol);
    set_limit(RLIMIT_CORE, 0, 0);
    if (!workdir.empty() && ::chdir(workdir.c_str()) != 0) {
      int e = errno;
      ssize_t w = ::write(exec_pipe[1], &e, sizeof e);
      (void)w;
      ::_exit(127);
    }
    ::execv(cargv[0], cargv.data());
    int e = errno;
    ssize_t w = ::write(exec_pipe[1], &e, sizeof e);
    (void)w;
    ::_exit(127);
  }
  ::setpgid(pid, pid);
  ::close(err_pipe[1]);
  ::close(exec_pipe[1]);
  ::close(in_fd);

  int exec_errno = 0;
  ssize_t got;
  do {
    got = ::read(exec_pipe[0], &exec_errno, sizeof exec_errno);
  } while (got < 0 && errno == EINTR);
  ::close(exec_pipe[0]);
  if (got == static_cast<ssize_t>(sizeof exec_errno)) {
    int st = 0;
    ::waitpid(pid, &st, 0);
    emit({{"exec_error", "cannot run " + args[0] + ": " + std::strerror(exec_errno)}});
    return 0;
  }

  std::string err_head;
  bool err_open = true;
  bool killed_cpu = false, killed_wall = false, killed_memory = false, interrupted = false;
  std::uint64_t peak_rss = 0;
  const long ticks = ::sysconf(_SC_CLK_TCK);
  int status = 0;
  rusage ru{};
  std::vector<unsigned long long> fields;
  static char buf[1 << 16];
  // A large pipe and a non-blocking drain keep a program that floods stderr from waiting on us.
  ::fcntl(err_pipe[0], F_SETPIPE_SZ, 1 << 20);
  ::fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);
  auto drain = [&] {
    for (;;) {
      ssize_t n = ::read(err_pipe[0], buf, sizeof buf);
      if (n > 0) {
        if (err_head.size() < k_stderr_keep)
          err_head.append(buf, std::min<std::size_t>(static_cast<std::size_t>(n), k_stderr_keep - err_head.size()));
        continue;
      }
      if (n == 0) err_open = false;
      return;
    }
  };
  std::vector<pid_t> tree;
  double peak_tree_cpu = 0;
  auto kill_now = [&] {
    ::kill(-pid, SIGKILL);
    for (pid_t p : tree) ::kill(p, SIGKILL);
  };
  constexpr double k_check_ms = 5.0;
  double next_check = 0;
  for (;;) {
    const double now = ms_since(t0);
    if (now < next_check) {
      int timeout = static_cast<int>(next_check - now) + 1;
      if (err_open) {
        pollfd pfd{err_pipe[0], POLLIN, 0};
        if (::poll(&pfd, 1, timeout) > 0) drain();
      } else {
        ::usleep(static_cast<useconds_t>(timeout) * 1000);
      }
      continue;
    }
    next_check = now + k_check_ms;
    if (err_open) drain();
    pid_t w = ::wait4(pid, &status, WNOHANG, &ru);
    if (w == pid) break;
    if (g_terminate) {
      interrupted = true;
      kill_now();
    }
    if (wall > 0 && now > wall * 1000.0 && !killed_wall) {
      killed_wall = true;
      kill_now();
    }
    // CPU time and memory of the whole tree: a solution's children count against its limits.
    // CPU: each live process's own time plus that of the children it has waited for; memory:
    // the largest resident set of one process (fork's shared pages are not counted twice).
    tree.clear();
    tree_pids(::getpid(), tree);
    double tree_cpu = 0;
    std::uint64_t max_rss = 0;
    for (pid_t p : tree) {
      char state = 0;
      if (read_stat(p, fields, state) && fields.size() > 14)
        tree_cpu += static_cast<double>(fields[11] + fields[12] + fields[13] + fields[14]) / static_cast<double>(ticks);
      max_rss = std::max(max_rss, read_rss_bytes(p));
    }
    peak_tree_cpu = std::max(peak_tree_cpu, tree_cpu);
    peak_rss = std::max(peak_rss, max_rss);
    // A small margin past the limit so the reported time shows it was exceeded.
    if (tl > 0 && tree_cpu > tl + 0.05 && !killed_cpu) {
      killed_cpu = true;
      kill_now();
    }
    if (ml > 0 && max_rss > ml && !killed_memory) {
      killed_memory = true;
      kill_now();
    }
  }
  const double wall_ms = ms_since(t0);
  kill_tree(pid);
  drain();  // what is left (the writers are dead now)
  ::close(err_pipe[0]);

  struct stat sb {};
  std::uint64_t out_size = ::fstat(out_fd, &sb) == 0 ? static_cast<std::uint64_t>(sb.st_size) : 0;
  ::close(out_fd);

  // The kernel's figure for the main process and the children it waited for, or the polled
  // figure for the whole tree if larger (children killed at the end are not in the former).
  const double cpu_ms =
      std::max((static_cast<double>(ru.ru_utime.tv_sec) + static_cast<double>(ru.ru_stime.tv_sec)) * 1000.0 +
                   (static_cast<double>(ru.ru_utime.tv_usec) + static_cast<double>(ru.ru_stime.tv_usec)) / 1000.0,
               peak_tree_cpu * 1000.0);
  std::uint64_t mem_kb = std::max<std::uint64_t>(static_cast<std::uint64_t>(ru.ru_maxrss), peak_rss / 1024);

  result["exit_code"] = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
  result["signal"] = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  result["cpu_ms"] = cpu_ms;
  result["wall_ms"] = wall_ms;
  result["memory_kb"] = mem_kb;
  result["output_bytes"] = out_size;
  result["killed_cpu"] = killed_cpu || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU);
  result["killed_wall"] = killed_wall;
  result["killed_memory"] = killed_memory;
  result["output_limit"] = (WIFSIGNALED(status) && WTERMSIG(status) == SIGXFSZ) || (ol > 0 && out_size >= ol);
  result["interrupted"] = interrupted || g_terminate != 0;
  // Invalid UTF-8 in the program's stderr must not break the JSON: replace it.
  result["stderr"] = json(err_head).dump(-1, ' ', false, json::error_handler_t::replace);
  emit(result);
  return 0;
}

run_result run_sandboxed(const run_request& request) {
  json spec = {{"argv", request.argv},
               {"stdin", request.stdin_path},
               {"stdout", request.stdout_path},
               {"workdir", request.workdir},
               {"cpu_seconds", request.limits.cpu_seconds},
               {"wall_seconds", request.limits.wall_seconds},
               {"memory_bytes", request.limits.memory_bytes},
               {"output_bytes", request.limits.output_bytes}};
  std::string spec_text = spec.dump(-1, ' ', false, json::error_handler_t::replace);

  int out_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) throw tool_error(std::string("pipe: ") + std::strerror(errno));
  static const std::string self = [] {
    std::error_code ec;
    auto p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("/proc/self/exe") : p.string();
  }();
  std::string arg0 = self, arg1 = "__sandbox";
  char* cargv[] = {arg0.data(), arg1.data(), spec_text.data(), nullptr};
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    throw tool_error(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::dup2(out_pipe[1], 1);
    ::execv(cargv[0], cargv);
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  std::string text;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(out_pipe[0], buf, sizeof buf);
    if (n > 0) {
      text.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(out_pipe[0]);
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw tool_error("internal: the sandbox supervisor failed (status " + std::to_string(st) + ")");
  run_result r;
  if (j.contains("exec_error")) {
    r.exec_error = j["exec_error"].get<std::string>();
    return r;
  }
  r.exit_code = j.value("exit_code", 0);
  r.signal = j.value("signal", 0);
  r.cpu_ms = j.value("cpu_ms", 0.0);
  r.wall_ms = j.value("wall_ms", 0.0);
  r.memory_kb = j.value("memory_kb", std::uint64_t{0});
  r.output_bytes = j.value("output_bytes", std::uint64_t{0});
  r.killed_cpu = j.value("killed_cpu", false);
  r.killed_wall = j.value("killed_wall", false);
  r.killed_memory = j.value("killed_memory", false);
  r.output_limit = j.value("output_limit", false);
  r.interrupted = j.value("interrupted", false);
  std::string err_json = j.value("stderr", std::string("\"\""));
  json e = json::parse(err_json, nullptr, false);
  r.stderr_head = e.is_string() ? e.get<std::string>() : std::string();
  return r;
}

}  // namespace cpkit_tool
