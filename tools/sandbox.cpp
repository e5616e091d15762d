#include "sandbox.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <vector>

extern char** environ;

namespace cpkit_tool {
namespace {

using json = nlohmann::json;
using clock_type = std::chrono::steady_clock;

constexpr std::size_t k_stderr_keep = 64 * 1024;
constexpr double k_check_ms = 5.0;  // limits are checked this often; the exit wakes us at once
// Unprivileged uids for untrusted runs when the judge is root: one per supervisor, far above
// any real account, so runs cannot signal each other or anything else, and RLIMIT_NPROC counts
// exactly one run's processes.
constexpr unsigned k_uid_base = 2000000000u;

double ms_since(clock_type::time_point t0) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
}

// ---- small file helpers (no exceptions: the supervisor reports everything as JSON) ----------

bool read_small(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[4096];
  out.clear();
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  return n == 0;
}

bool write_small(const std::string& path, const std::string& text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  return ok;
}

// The number after "key " on a line of a "key value" file (memory.stat, cpu.stat, ...).
std::uint64_t stat_value(const std::string& text, const char* key) {
  const std::size_t len = std::strlen(key);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    if (eol - pos > len && text.compare(pos, len, key) == 0 && text[pos + len] == ' ')
      return std::strtoull(text.c_str() + pos + len + 1, nullptr, 10);
    pos = eol + 1;
  }
  return 0;
}

void remove_tree(const std::string& path) {
  std::error_code ec;
  fs::remove_all(path, ec);
}

// ---- /proc: the tree of a process, its CPU time and memory ------------------------------------

// Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime,
// [13] cutime, [14] cstime.
bool read_stat(pid_t pid, std::vector<unsigned long long>& fields) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
  std::string text;
  if (!read_small(path, text)) return false;
  std::size_t p = text.rfind(')');
  if (p == std::string::npos || p + 2 >= text.size()) return false;
  fields.assign(1, 0);
  const char* s = text.c_str() + p + 3;
  while (*s) {
    while (*s == ' ') ++s;
    if (!*s || *s == '\n') break;
    char* end = nullptr;
    fields.push_back(std::strtoull(s, &end, 10));
    if (end == s) break;
    s = end;
  }
  return fields.size() > 14;
}

// Resident and anonymous (resident minus file-backed/shared) bytes of a process, from statm.
void read_memory(pid_t pid, std::uint64_t& resident, std::uint64_t& anon) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/statm", static_cast<int>(pid));
  std::string text;
  resident = anon = 0;
  if (!read_small(path, text)) return;
  unsigned long long size = 0, res = 0, shared = 0;
  if (std::sscanf(text.c_str(), "%llu %llu %llu", &size, &res, &shared) != 3) return;
  const auto page = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
  resident = res * page;
  anon = (res > shared ? res - shared : 0) * page;
}

// Live descendants of root, through /proc/PID/task/TID/children (cost proportional to the tree).
// Pids are those of the /proc mounted (root 0: ourselves, through /proc/self).
void tree_pids(pid_t root, std::vector<pid_t>& out, std::size_t cap = 100000) {
  char path[96];
  if (root == 0) std::snprintf(path, sizeof path, "/proc/self/task");
  else std::snprintf(path, sizeof path, "/proc/%d/task", static_cast<int>(root));
  DIR* d = ::opendir(path);
  if (!d) return;
  std::vector<pid_t> kids;
  while (dirent* e = ::readdir(d)) {
    if (e->d_name[0] == '.') continue;
    char cpath[400];
    std::snprintf(cpath, sizeof cpath, "%s/%.255s/children", path, e->d_name);
    std::string text;
    if (!read_small(cpath, text)) continue;
    const char* s = text.c_str();
    char* end = nullptr;
    for (long k = std::strtol(s, &end, 10); end != s; k = std::strtol(s, &end, 10)) {
      kids.push_back(static_cast<pid_t>(k));
      s = end;
    }
  }
  ::closedir(d);
  for (pid_t k : kids) {
    if (out.size() >= cap) return;
    out.push_back(k);
    tree_pids(k, out, cap);
  }
}

// ---- the spec the judge sends -----------------------------------------------------------------
// Paths and arguments are bytes, not always UTF-8 (JSON's strings must be): they travel as hex.

std::string to_hex(const std::string& s) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * s.size());
  for (unsigned char c : s) out += digits[c >> 4], out += digits[c & 15];
  return out;
}

std::string from_hex(const std::string& h) {
  auto val = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  std::string out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(val(h[i]) * 16 + val(h[i + 1]));
  return out;
}

struct cgroup_plan {
  int version = 0;              // 0: none, 1, 2
  std::string memory, pids, cpu;  // v1: the parent folder in each hierarchy; v2: all the same
  std::string sched;            // v1: the `cpu` hierarchy (the run's tree weighs as one process)
};

struct sandbox_spec {
  std::vector<std::string> argv;
  std::string stdin_path, stdout_path;
  int stdin_fd = -1, stdout_fd = -1;  // inherited pipe ends instead of the paths (run_request)
  std::string box_parent;       // the private folder is made in here
  double tl = 0, wall = 0;
  std::uint64_t ml = 0, ol = 0, stack = 0;
  int processes = 0;
  bool untrusted = true;
  std::uint64_t run_id = 0;     // unique among the runs of the machine (judge pid, counter)
  bool user_ns = false;         // the judge started us in a new user namespace: map these ids
  unsigned outer_uid = 0, outer_gid = 0;
  cgroup_plan cgroup;
};

bool parse_spec(const std::string& text, sandbox_spec& s) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  try {
    for (const std::string& a : j.at("argv").get<std::vector<std::string>>()) s.argv.push_back(from_hex(a));
    s.stdin_path = from_hex(j.value("stdin", ""));
    s.stdout_path = from_hex(j.value("stdout", ""));
    s.stdin_fd = j.value("stdin_fd", -1);
    s.stdout_fd = j.value("stdout_fd", -1);
    s.box_parent = from_hex(j.value("box_parent", ""));
    s.tl = j.value("cpu_seconds", 0.0);
    s.wall = j.value("wall_seconds", 0.0);
    s.ml = j.value("memory_bytes", std::uint64_t{0});
    s.ol = j.value("output_bytes", std::uint64_t{0});
    s.stack = j.value("stack_bytes", std::uint64_t{0});
    s.processes = j.value("processes", 0);
    s.untrusted = j.value("untrusted", true);
    s.user_ns = j.value("user_ns", false);
    s.run_id = j.value("run_id", std::uint64_t{0});
    s.outer_uid = j.value("uid", 0u);
    s.outer_gid = j.value("gid", 0u);
    if (j.contains("cgroup") && j["cgroup"].is_object()) {
      const json& c = j["cgroup"];
      s.cgroup.version = c.value("version", 0);
      s.cgroup.memory = from_hex(c.value("memory", ""));
      s.cgroup.pids = from_hex(c.value("pids", ""));
      s.cgroup.cpu = from_hex(c.value("cpu", ""));
      s.cgroup.sched = from_hex(c.value("sched", ""));
    }
  } catch (const json::exception&) {
    return false;
  }
  return !s.argv.empty() && !s.box_parent.empty();
}

// ---- step 1: the private place ------------------------------------------------------------------

struct place {
  std::string box;              // private folder: box/work is the working directory
  std::string work;
  int stdin_fd = -1, stdout_fd = -1, exe_fd = -1;
  int stderr_fd = -1;           // write end of the pipe the supervisor drains
  bool drop = false;            // run under uid/gid
  uid_t uid = 0;
  gid_t gid = 0;
};

// Copies the input into the box and opens the copy read-only, then unlinks it: the program's
// stdin leads nowhere near the test folder, and nothing it does reaches the test data.
std::string private_stdin(const std::string& path, const std::string& box, int& fd_out) {
  int src = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (src < 0) return "cannot open " + path + ": " + std::strerror(errno);
  struct stat sb {};
  if (::fstat(src, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    ::close(src);
    return path + " is not a regular file";
  }
  const std::string copy = box + "/stdin";
  int dst = ::open(copy.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
  if (dst < 0) {
    ::close(src);
    return "cannot create " + copy + ": " + std::strerror(errno);
  }
  off_t left = sb.st_size;
  bool ok = true;
  while (left > 0) {
    ssize_t n = ::copy_file_range(src, nullptr, dst, nullptr, static_cast<std::size_t>(left), 0);
    if (n <= 0) {
      // Not supported across these filesystems: plain reads and writes.
      static char buf[1 << 16];
      ssize_t r = ::read(src, buf, sizeof buf);
      if (r <= 0) { ok = r == 0; break; }
      if (::write(dst, buf, static_cast<std::size_t>(r)) != r) { ok = false; break; }
      n = r;
    }
    left -= n;
  }
  ::close(src);
  ::close(dst);
  if (!ok) return "cannot copy " + path + ": " + std::strerror(errno);
  fd_out = ::open(copy.c_str(), O_RDONLY | O_CLOEXEC);
  ::unlink(copy.c_str());
  if (fd_out < 0) return "cannot open " + copy + ": " + std::strerror(errno);
  return "";
}

std::string prepare_place(const sandbox_spec& s, place& p) {
  std::string tmpl = s.box_parent + "/box-XXXXXX";
  if (!::mkdtemp(tmpl.data())) return "cannot create a folder in " + s.box_parent + ": " + std::strerror(errno);
  p.box = tmpl;
  p.work = p.box + "/work";
  if (::mkdir(p.work.c_str(), 0700) != 0) return "cannot create " + p.work + ": " + std::strerror(errno);
  p.drop = s.untrusted && ::geteuid() == 0;
  if (p.drop) {
    // Our pid is 1 in a PID namespace: the run id tells runs apart.
    p.uid = static_cast<uid_t>(k_uid_base + static_cast<unsigned>(s.run_id % 1000000u));
    p.gid = static_cast<gid_t>(p.uid);
    if (::chown(p.work.c_str(), p.uid, p.gid) != 0) p.drop = false;
  }
  if (s.stdin_fd >= 0) {
    p.stdin_fd = s.stdin_fd;  // a pipe the judge gave us (kept through close_inherited_fds)
    ::fcntl(p.stdin_fd, F_SETFD, FD_CLOEXEC);
  } else if (s.stdin_path.empty()) {
    p.stdin_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  } else if (std::string e = private_stdin(s.stdin_path, p.box, p.stdin_fd); !e.empty()) {
    return e;
  }
  if (s.stdout_fd >= 0) {
    p.stdout_fd = s.stdout_fd;
    ::fcntl(p.stdout_fd, F_SETFD, FD_CLOEXEC);
  } else {
    p.stdout_fd = ::open(s.stdout_path.empty() ? "/dev/null" : s.stdout_path.c_str(),
                         O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (p.stdout_fd < 0) return "cannot open " + s.stdout_path + ": " + std::strerror(errno);
  // Executed through a descriptor: an unprivileged uid may not be able to walk the path.
  p.exe_fd = ::open(s.argv[0].c_str(), O_PATH | O_CLOEXEC);
  return "";
}

// ---- step 2: the limits of the whole tree (a cgroup per run) -------------------------------------

struct run_cgroup {
  int version = 0;  // 0: none
  std::string memory, pids, cpu;  // this run's folders (v2: all the same)
  std::string sched;              // v1 `cpu` hierarchy, if any
  std::vector<std::string> dirs;  // every folder made, each once
  // The file of each folder the new process writes "0" to, to join (see open_cgroup).
  int procs_fd[4] = {-1, -1, -1, -1};

  bool active() const { return version != 0; }

  std::uint64_t cpu_ns() const {
    std::string t;
    if (version == 1) return read_small(cpu + "/cpuacct.usage", t) ? std::strtoull(t.c_str(), nullptr, 10) : 0;
    return read_small(cpu + "/cpu.stat", t) ? stat_value(t, "usage_usec") * 1000 : 0;
  }
  // Resident memory of the tree: anonymous memory (counted once, however many processes share
  // it after fork) plus mapped files; page cache of the output is not the program's memory.
  std::uint64_t memory_bytes() const {
    std::string t;
    if (!read_small(memory + "/memory.stat", t)) return 0;
    if (version == 1) return stat_value(t, "rss") + stat_value(t, "mapped_file");
    return stat_value(t, "anon") + stat_value(t, "file_mapped");
  }
  std::uint64_t oom_kills() const {
    std::string t;
    if (version == 1) return read_small(memory + "/memory.oom_control", t) ? stat_value(t, "oom_kill") : 0;
    return read_small(memory + "/memory.events", t) ? stat_value(t, "oom_kill") : 0;
  }
  std::vector<pid_t> members() const {
    std::vector<pid_t> out;
    std::string t;
    if (!read_small(pids + "/cgroup.procs", t)) return out;
    const char* s = t.c_str();
    char* end = nullptr;
    for (long k = std::strtol(s, &end, 10); end != s; k = std::strtol(s, &end, 10)) {
      out.push_back(static_cast<pid_t>(k));
      s = end;
    }
    return out;
  }
  void close_fds() {
    for (int& fd : procs_fd)
      if (fd >= 0) ::close(fd), fd = -1;
  }
  void remove() {
    close_fds();
    // A memory cgroup may refuse rmdir for a moment while its last pages are uncharged.
    for (const std::string& d : dirs)
      for (int i = 0; i < 200 && ::rmdir(d.c_str()) != 0 && errno == EBUSY; ++i) ::usleep(1000);
    dirs.clear();
  }
};

std::string open_cgroup(const sandbox_spec& s, run_cgroup& cg) {
  if (s.cgroup.version == 0) return "";
  const std::string name = "/cpkit-" + std::to_string(s.run_id);
  cg.version = s.cgroup.version;
  cg.memory = s.cgroup.memory + name;
  cg.pids = s.cgroup.pids + name;
  cg.cpu = s.cgroup.cpu + name;
  auto fail = [&](const std::string& what) {
    cg.remove();
    cg = run_cgroup{};
    return what;
  };
  std::vector<std::string> dirs = {cg.memory};
  if (cg.pids != cg.memory) dirs.push_back(cg.pids);
  if (cg.cpu != cg.memory && cg.cpu != cg.pids) dirs.push_back(cg.cpu);
  for (const std::string& d : dirs) {
    if (::mkdir(d.c_str(), 0755) != 0 && errno != EEXIST) return fail("cannot create " + d + ": " + std::strerror(errno));
    cg.dirs.push_back(d);
  }
  // The whole tree shares one default CPU weight against the rest of the machine, so 2048
  // spinning processes get no more than one process would (best effort).
  if (!s.cgroup.sched.empty()) {
    const std::string d = s.cgroup.sched + name;
    if (::mkdir(d.c_str(), 0755) == 0) {
      cg.dirs.push_back(d);
      dirs.push_back(d);
    }
  }
  if (s.ml > 0) {
    const std::string file = cg.memory + (cg.version == 1 ? "/memory.limit_in_bytes" : "/memory.max");
    if (!write_small(file, std::to_string(s.ml))) return fail("cannot write " + file);
    if (cg.version == 2) write_small(cg.memory + "/memory.swap.max", "0");
  }
  if (s.processes > 0 && !write_small(cg.pids + "/pids.max", std::to_string(s.processes)))
    return fail("cannot write " + cg.pids + "/pids.max");
  // The program's process joins by writing "0" here before it execs. On v1 that is `tasks`
  // (moves the writing thread), not `cgroup.procs`: the process is single-threaded then, so
  // that is the same move, but moving a whole thread group write-locks the kernel's global
  // cgroup_threadgroup_rwsem, which waits for an RCU grace period: 20-25 ms per run measured
  // here (HZ=250, load 15), against under 1 ms for `tasks`. v2 has only `cgroup.procs`.
  const char* join = cg.version == 1 ? "/tasks" : "/cgroup.procs";
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    cg.procs_fd[i] = ::open((dirs[i] + join).c_str(), O_WRONLY | O_CLOEXEC);
    if (cg.procs_fd[i] < 0) return fail("cannot open " + dirs[i] + join);
  }
  return "";
}

// ---- step 3: start isolated ------------------------------------------------------------------------

struct started {
  pid_t program = -1;      // our child, the program (its pid in our namespace)
  bool pid_ns = false;     // we are the first process (init) of the run's PID namespace
  std::string mode;        // for the report
};

void set_limit(int resource, rlim_t soft, rlim_t hard) {
  rlimit rl{soft, hard};
  ::setrlimit(resource, &rl);
}

// Processes of a uid (for RLIMIT_NPROC when no cgroup counts them; only in that fallback).
int processes_of(uid_t uid) {
  int n = 0;
  if (DIR* d = ::opendir("/proc")) {
    while (dirent* e = ::readdir(d)) {
      if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
      struct stat sb {};
      if (::stat((std::string("/proc/") + e->d_name).c_str(), &sb) == 0 && sb.st_uid == uid) ++n;
    }
    ::closedir(d);
  }
  return n;
}

[[noreturn]] void child_fail(int fd) {
  int e = errno;
  ssize_t w = ::write(fd, &e, sizeof e);
  (void)w;
  ::_exit(127);
}

// In the new process, before exec: only async-signal-safe calls.
[[noreturn]] void exec_program(const sandbox_spec& s, const place& p, char* const* argv, int exec_fd,
                               rlim_t nproc) {
  ::setpgid(0, 0);
  ::dup2(p.stdin_fd, 0);
  ::dup2(p.stdout_fd, 1);
  ::dup2(p.stderr_fd, 2);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig : {SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD}) ::sigaction(sig, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  ::prctl(PR_SET_PDEATHSIG, 0);
  if (s.tl > 0) {
    // A backstop only: the supervisor kills at the limit of the whole tree.
    rlim_t cpu = static_cast<rlim_t>(std::ceil(s.tl)) + 1;
    set_limit(RLIMIT_CPU, cpu, cpu + 1);
  }
  const std::uint64_t stack = s.stack > 0 ? s.stack : s.ml;
  if (stack > 0) set_limit(RLIMIT_STACK, stack, stack);
  else set_limit(RLIMIT_STACK, RLIM_INFINITY, RLIM_INFINITY);
  if (s.ol > 0) set_limit(RLIMIT_FSIZE, s.ol, s.ol);
  set_limit(RLIMIT_CORE, 0, 0);
  if (nproc > 0) set_limit(RLIMIT_NPROC, nproc, nproc);
  // Five steps nicer than us: however many processes it makes, the supervisor watching it (and
  // the rest of the machine) keeps the CPU it needs. CPU time is counted the same.
  errno = 0;
  const int nice_now = ::getpriority(PRIO_PROCESS, 0);
  if (errno == 0) ::setpriority(PRIO_PROCESS, 0, std::min(nice_now + 5, 19));
  if (::chdir(p.work.c_str()) != 0) child_fail(exec_fd);
  if (p.drop) {
    if (::setgroups(0, nullptr) != 0 || ::setgid(p.gid) != 0 || ::setuid(p.uid) != 0) child_fail(exec_fd);
  }
  if (p.exe_fd >= 0) {
    ::syscall(SYS_execveat, p.exe_fd, "", argv, environ, AT_EMPTY_PATH);
    if (errno != ENOENT && errno != ENOEXEC) child_fail(exec_fd);  // ENOENT: a script (#!)
  }
  ::execv(argv[0], argv);
  child_fail(exec_fd);
}

struct program_args {
  const sandbox_spec* s;
  const place* p;
  const run_cgroup* cg;
  char* const* argv;
  int exec_fd;
  rlim_t nproc;
};

int program_entry(void* arg) {
  const auto* a = static_cast<const program_args*>(arg);
  for (int fd : a->cg->procs_fd)
    if (fd >= 0 && ::write(fd, "0", 1) != 1) child_fail(a->exec_fd);
  exec_program(*a->s, *a->p, a->argv, a->exec_fd, a->nproc);
}

// Entering the namespaces the judge started us in (sandbox.hpp): we are the first process of a
// new PID namespace (so the program cannot see us, cannot signal us, and killing us ends every
// process of the run); a user namespace needs its uid map; a mount namespace gives the run its
// own /proc, showing only its own processes (best effort: skipped if not permitted).
bool enter_namespaces(const sandbox_spec& s, bool& proc_mounted) {
  proc_mounted = false;
  if (::getpid() != 1) return false;
  if (s.user_ns) {
    write_small("/proc/self/setgroups", "deny");
    write_small("/proc/self/uid_map", "0 " + std::to_string(s.outer_uid) + " 1");
    write_small("/proc/self/gid_map", "0 " + std::to_string(s.outer_gid) + " 1");
  }
  if (::unshare(CLONE_NEWNS) == 0 && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0)
    proc_mounted = ::mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) == 0;
  return true;
}

std::string start_isolated(const sandbox_spec& s, place& p, run_cgroup& cg, started& st) {
  std::vector<char*> argv;
  for (const std::string& a : s.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int exec_pipe[2];
  if (::pipe2(exec_pipe, O_CLOEXEC) != 0) return std::string("pipe: ") + std::strerror(errno);
  bool proc_mounted = false;
  st.pid_ns = enter_namespaces(s, proc_mounted);
  if (s.user_ns) p.drop = false;  // an unprivileged user: the program runs as that user
  // Without a cgroup, the process count falls back on RLIMIT_NPROC: exact under our own uid,
  // approximate (the user's other processes counted too) when running as the user; root
  // ignores it, so a root run that is not dropped to a uid has no count limit.
  rlim_t nproc = 0;
  if (!cg.active() && s.processes > 0) {
    if (p.drop) nproc = static_cast<rlim_t>(s.processes);
    else if (s.outer_uid != 0) nproc = static_cast<rlim_t>(processes_of(s.outer_uid) + s.processes);
  }
  // A plain fork (not vfork: the kernel's peak memory of the program would then include ours).
  program_args args{&s, &p, &cg, argv.data(), exec_pipe[1], nproc};
  // fork, not clone on a stack of our own: AddressSanitizer does not know such a stack and warns
  // on stderr at every noreturn call in the child (the sanitizer build's one-line errors broke).
  // The supervisor is single-threaded, so the child may run our code before it execs.
  pid_t pid = ::fork();
  if (pid == 0) {
    program_entry(&args);
    ::_exit(127);
  }
  if (pid < 0) return std::string("fork: ") + std::strerror(errno);
  st.program = pid;
  ::setpgid(pid, pid);
  // Pipe ends are the program's alone now: our copies would hold back the other side's EOF.
  if (s.stdin_fd >= 0) ::close(p.stdin_fd), p.stdin_fd = -1;
  if (s.stdout_fd >= 0) ::close(p.stdout_fd), p.stdout_fd = -1;
  ::close(exec_pipe[1]);
  cg.close_fds();
  int child_errno = 0;
  ssize_t got;
  do {
    got = ::read(exec_pipe[0], &child_errno, sizeof child_errno);
  } while (got < 0 && errno == EINTR);
  ::close(exec_pipe[0]);

  std::vector<std::string> parts;
  if (st.pid_ns)
    parts.push_back(std::string(s.user_ns ? "user+pid" : "pid") + (proc_mounted ? "+mount namespaces" : " namespace"));
  else
    parts.push_back("no namespaces (fallback: subreaper and process group)");
  if (p.drop) parts.push_back("uid " + std::to_string(p.uid));
  if (cg.active()) parts.push_back("cgroup v" + std::to_string(cg.version) + " (memory, pids, cpu)");
  else parts.push_back(nproc > 0 ? "no cgroup (memory and CPU sampled from /proc, processes by RLIMIT_NPROC)"
                                 : "no cgroup (memory and CPU sampled from /proc)");
  for (const std::string& x : parts) st.mode += (st.mode.empty() ? "" : ", ") + x;

  if (got == static_cast<ssize_t>(sizeof child_errno)) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return "cannot run " + s.argv[0] + ": " + std::strerror(child_errno);
  }
  return "";
}

// ---- step 4: watch -------------------------------------------------------------------------------

volatile sig_atomic_t g_terminate = 0;
volatile sig_atomic_t g_judge_pid = 0;
int g_wake_pipe[2] = {-1, -1};

void on_wake(int) {
  int saved = errno;
  ssize_t n = ::write(g_wake_pipe[1], "c", 1);
  (void)n;
  errno = saved;
}

// A terminating signal counts only if it comes from the judge or the terminal (Ctrl-C), not
// from the program (which in the fallback mode could reach us).
void on_terminate(int, siginfo_t* info, void*) {
  if (info->si_code == SI_KERNEL || info->si_pid == 0 || info->si_pid == g_judge_pid) {
    g_terminate = 1;
    on_wake(0);
  }
}

struct watch_state {
  std::string err_head;
  bool err_open = true;
  bool killed_cpu = false, killed_wall = false, killed_memory = false, interrupted = false;
  bool killed_busy = false;  // at the backstop, still short of both limits on a busy machine
  std::uint64_t peak_memory = 0;
  double peak_cpu_ms = 0;
  std::uint64_t oom_at_start = 0;
  bool exited = false;
  int status = 0;         // the program's wait status
  double wall_ms = 0;
};

void drain(int fd, watch_state& w) {
  static char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) {
      if (w.err_head.size() < k_stderr_keep)
        w.err_head.append(buf, std::min<std::size_t>(static_cast<std::size_t>(n), k_stderr_keep - w.err_head.size()));
      continue;
    }
    if (n == 0) w.err_open = false;
    return;
  }
}

// Kills every process of the run: the namespace's init (the kernel then kills the rest), or the
// process group and every descendant; and every member of the cgroup.
void kill_now(const started& st, const run_cgroup& cg) {
  if (st.pid_ns) {
    ::kill(-1, SIGKILL);  // from a namespace's init: every other process of the namespace
  } else {
    ::kill(-st.program, SIGKILL);
    std::vector<pid_t> tree;
    tree_pids(::getpid(), tree);
    for (pid_t p : tree)
      if (p > 1) ::kill(p, SIGKILL);
  }
  if (cg.active())
    for (pid_t p : cg.members())
      if (p > 1 && p != ::getpid()) ::kill(p, SIGKILL);
}

// CPU time (ms) and memory (bytes) of the whole tree now.
void sample_tree(const run_cgroup& cg, double& cpu_ms, std::uint64_t& memory) {
  if (cg.active()) {
    cpu_ms = static_cast<double>(cg.cpu_ns()) / 1e6;
    memory = cg.memory_bytes();
    return;
  }
  // Without a cgroup: each live process's time plus that of the children it has waited for,
  // plus what we reaped ourselves; memory as the largest resident set plus the anonymous memory
  // of the others (libraries are not counted once per process).
  static const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
  std::vector<pid_t> tree;
  tree_pids(0, tree);
  std::vector<unsigned long long> f;
  double cpu = 0;
  std::uint64_t max_res = 0, sum_anon = 0, max_anon = 0;
  for (pid_t p : tree) {
    if (read_stat(p, f)) cpu += static_cast<double>(f[11] + f[12] + f[13] + f[14]) / ticks * 1000.0;
    std::uint64_t res = 0, anon = 0;
    read_memory(p, res, anon);
    if (res > max_res) max_res = res, max_anon = anon;
    sum_anon += anon;
  }
  rusage ru{};
  ::getrusage(RUSAGE_CHILDREN, &ru);
  cpu += (static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)) * 1000.0 +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
  cpu_ms = cpu;
  memory = max_res + (sum_anon - max_anon);
}

// Reaps what can be reaped (we are a subreaper, or the namespace's init: every orphan of the run
// comes to us); true once the program has ended (its status is then in w).
bool reap(const started& st, watch_state& w) {
  for (;;) {
    int status = 0;
    pid_t p = ::waitpid(-1, &status, WNOHANG);
    if (p <= 0) break;
    if (p == st.program) w.exited = true, w.status = status;
  }
  return w.exited;
}

// The wall limit is for programs that sleep or wait, so the wall clock it is checked against does
// not run while the tree waits for a CPU: effective wall = wall - the time the tree's tasks spent
// runnable but not running (the second field of /proc/PID/task/TID/schedstat; the kernel adds a
// wait when the task gets the CPU), summed over the run and capped at the elapsed time. A
// CPU-bound program then reaches its CPU limit first at any machine load; a sleeping one reaches
// the wall limit at the same moment as before. Only a tree with at most as many runnable tasks
// (state R at the check) as the machine has CPUs is excused: one that wants more CPUs than there
// are (a fork bomb, 256 spinners) waits because of itself and keeps the plain wall limit (issue
// 17: such a tree ends within the wall limit). Where the kernel gives no schedstat the effective
// wall is the wall. A backstop of k_wall_backstop times the wall limit of real time ends every
// run anyway (killed_busy).
struct cpu_wait_meter {
  struct times {
    std::uint64_t run = 0, wait = 0;
  };
  std::unordered_map<long, times> last;  // tid -> CPU and run-queue wait (ns) at the last look
  static constexpr std::size_t k_max_tasks = 64;  // a bigger tree wants more CPUs than there are
  const long cpus = std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN));

  // Run-queue wait (ms) of the tree's tasks since the last call; 0 when more tasks than CPUs are
  // runnable now.
  double delta_ms() {
    std::vector<pid_t> procs;
    tree_pids(0, procs, k_max_tasks);
    std::unordered_map<long, times> now;
    double delta_ns = 0;
    long runnable = 0;
    for (pid_t p : procs) {
      char path[64];
      std::snprintf(path, sizeof path, "/proc/%d/task", static_cast<int>(p));
      DIR* d = ::opendir(path);
      if (!d) continue;
      while (dirent* e = ::readdir(d)) {
        if (e->d_name[0] == '.' || now.size() >= k_max_tasks) continue;
        char spath[128];
        std::snprintf(spath, sizeof spath, "%s/%.20s/schedstat", path, e->d_name);
        std::string t;
        unsigned long long run = 0, wait = 0;
        if (!read_small(spath, t) || std::sscanf(t.c_str(), "%llu %llu", &run, &wait) != 2) continue;
        char stpath[128];
        std::snprintf(stpath, sizeof stpath, "%s/%.20s/stat", path, e->d_name);
        std::string st;
        const std::size_t paren = read_small(stpath, st) ? st.rfind(')') : std::string::npos;
        runnable += paren != std::string::npos && paren + 2 < st.size() && st[paren + 2] == 'R';
        const long tid = std::strtol(e->d_name, nullptr, 10);
        now[tid] = {run, wait};
        const auto it = last.find(tid);
        const times before = it == last.end() ? times{} : it->second;
        delta_ns += static_cast<double>(wait - std::min<std::uint64_t>(before.wait, wait));
      }
      ::closedir(d);
    }
    const bool too_many = runnable > cpus || now.size() >= k_max_tasks;
    last.swap(now);
    return too_many ? 0 : delta_ns / 1e6;
  }
};

void watch(const sandbox_spec& s, const started& st, const run_cgroup& cg, int err_fd, watch_state& w,
           clock_type::time_point t0) {
  ::fcntl(err_fd, F_SETPIPE_SZ, 1 << 20);
  ::fcntl(err_fd, F_SETFL, O_NONBLOCK);
  bool killed = false;
  auto kill_once = [&] {
    if (!killed) kill_now(st, cg);
    killed = true;
  };
  // The first check after k_check_ms: a program that ends sooner wakes us through SIGCHLD and is
  // measured at its end (collect), with no reading of /proc and the cgroup for nothing.
  double next_check = k_check_ms;
  cpu_wait_meter meter;
  double excused = 0;  // ms of run-queue wait not charged to the wall limit
  for (;;) {
    if (reap(st, w)) break;
    const double now = ms_since(t0);
    if (now >= next_check) {
      next_check = now + k_check_ms;
      if (w.err_open) drain(err_fd, w);
      if (g_terminate && !w.interrupted) w.interrupted = true, kill_once();
      excused = std::min(now, excused + meter.delta_ms());
      if (s.wall > 0 && now - excused > s.wall * 1000.0 && !w.killed_wall && !killed) w.killed_wall = true, kill_once();
      if (s.wall > 0 && now > s.wall * 1000.0 * k_wall_backstop && !killed) w.killed_busy = true, kill_once();
      double cpu_ms = 0;
      std::uint64_t mem = 0;
      sample_tree(cg, cpu_ms, mem);
      w.peak_cpu_ms = std::max(w.peak_cpu_ms, cpu_ms);
      w.peak_memory = std::max(w.peak_memory, mem);
      // A small margin past the limit so the reported time shows it was exceeded.
      if (s.tl > 0 && cpu_ms > s.tl * 1000.0 + 50 && !w.killed_cpu) w.killed_cpu = true, kill_once();
      if (s.ml > 0 && (mem > s.ml || (cg.active() && cg.oom_kills() > w.oom_at_start)) && !w.killed_memory)
        w.killed_memory = true, kill_once();
      // After a kill, the namespace's init or the program is reaped within moments.
    }
    pollfd fds[2] = {{g_wake_pipe[0], POLLIN, 0}, {w.err_open ? err_fd : -1, POLLIN, 0}};
    int timeout = std::max(1, static_cast<int>(next_check - ms_since(t0)) + 1);
    if (::poll(fds, 2, timeout) > 0) {
      if (fds[0].revents & POLLIN) {
        char buf[64];
        while (::read(g_wake_pipe[0], buf, sizeof buf) > 0) {
        }
      }
      if (fds[1].revents & (POLLIN | POLLHUP)) drain(err_fd, w);
    }
  }
  w.wall_ms = ms_since(t0);
}

// ---- step 5: collect and clean up --------------------------------------------------------------

// Kills and reaps everything left (bounded: a process stuck in uninterruptible I/O for 2 s is
// abandoned rather than waited for).
void end_everything(const started& st, const run_cgroup& cg) {
  kill_now(st, cg);
  const auto t0 = clock_type::now();
  while (ms_since(t0) < 2000) {
    int status = 0;
    while (::waitpid(-1, &status, WNOHANG) > 0) {
    }
    std::vector<pid_t> left;
    tree_pids(0, left);
    std::vector<pid_t> members = cg.active() ? cg.members() : std::vector<pid_t>{};
    if (left.empty() && members.empty()) return;
    kill_now(st, cg);
    ::usleep(1000);
  }
}

json collect(const sandbox_spec& s, const started& st, const run_cgroup& cg, const place& p, const watch_state& w) {
  // Every process of the tree has been reaped, by us or by the init we reaped: the kernel's
  // figure for our children is the CPU time of the whole tree, dead processes included.
  rusage ru{};
  ::getrusage(RUSAGE_CHILDREN, &ru);
  double cpu_ms = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
                  static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
  if (cg.active()) cpu_ms = std::max(cpu_ms, static_cast<double>(cg.cpu_ns()) / 1e6);
  cpu_ms = std::max(cpu_ms, w.peak_cpu_ms);
  const std::uint64_t mem_kb = std::max<std::uint64_t>(static_cast<std::uint64_t>(ru.ru_maxrss), w.peak_memory / 1024);
  struct stat sb {};
  const std::uint64_t out_size = ::fstat(p.stdout_fd, &sb) == 0 ? static_cast<std::uint64_t>(sb.st_size) : 0;
  const int status = w.status;
  const bool sig = WIFSIGNALED(status);
  json r;
  r["exit_code"] = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
  r["signal"] = sig ? WTERMSIG(status) : 0;
  r["cpu_ms"] = cpu_ms;
  r["wall_ms"] = w.wall_ms;
  r["memory_kb"] = mem_kb;
  r["output_bytes"] = out_size;
  r["killed_cpu"] = w.killed_cpu || (sig && WTERMSIG(status) == SIGXCPU);
  r["killed_wall"] = w.killed_wall;
  r["killed_busy"] = w.killed_busy;
  // Killed by the kernel's OOM killer inside the cgroup counts as killed for memory.
  r["killed_memory"] = w.killed_memory || (s.ml > 0 && cg.active() && cg.oom_kills() > w.oom_at_start);
  r["output_limit"] = (sig && WTERMSIG(status) == SIGXFSZ) || (s.ol > 0 && out_size >= s.ol);
  r["interrupted"] = w.interrupted || g_terminate != 0;
  // Invalid UTF-8 in the program's stderr must not break the JSON: replace it.
  r["stderr"] = json(w.err_head).dump(-1, ' ', false, json::error_handler_t::replace);
  r["isolation"] = st.mode;
  return r;
}

void emit(const json& j) {
  std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  std::size_t off = 0;
  while (off < s.size()) {
    ssize_t w = ::write(1, s.data() + off, s.size() - off);
    if (w <= 0 && errno != EINTR) return;
    if (w > 0) off += static_cast<std::size_t>(w);
  }
}

// Descriptors the judge had open without O_CLOEXEC (a test or answer file a checker thread is
// reading, another interactive run's pipes) must not reach the program: we keep only 0, 1 (the
// report pipe), 2, and the pipe ends the spec names as the program's stdin and stdout.
void close_inherited_fds(const sandbox_spec& s) {
  const int keep_a = std::min(s.stdin_fd, s.stdout_fd), keep_b = std::max(s.stdin_fd, s.stdout_fd);
#ifdef SYS_close_range
  bool ok = true;
  unsigned from = 3;
  for (int k : {keep_a, keep_b}) {
    if (k < 3) continue;
    if (static_cast<unsigned>(k) > from) ok = ok && ::syscall(SYS_close_range, from, k - 1u, 0u) == 0;
    from = static_cast<unsigned>(k) + 1;
  }
  if (ok && ::syscall(SYS_close_range, from, ~0u, 0u) == 0) return;
#endif
  std::vector<int> fds;
  if (DIR* d = ::opendir("/proc/self/fd")) {
    while (dirent* e = ::readdir(d)) {
      const int fd = std::atoi(e->d_name);
      if (fd > 2 && fd != ::dirfd(d) && fd != keep_a && fd != keep_b) fds.push_back(fd);
    }
    ::closedir(d);
  }
  for (int fd : fds) ::close(fd);
}

void setup_supervisor_signals() {
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  // In a new PID namespace our parent is outside it: getppid() is 0, as is the sender's pid of
  // any signal from outside (the judge, the kernel); a signal from inside (the program) is not.
  g_judge_pid = static_cast<sig_atomic_t>(::getppid());
  if (::pipe2(g_wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_wake_pipe[0] = g_wake_pipe[1] = -1;
  struct sigaction sa {};
  sa.sa_sigaction = on_terminate;
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) ::sigaction(sig, &sa, nullptr);
  struct sigaction chld {};
  chld.sa_handler = on_wake;
  chld.sa_flags = SA_RESTART | SA_NOCLDSTOP;
  sigemptyset(&chld.sa_mask);
  ::sigaction(SIGCHLD, &chld, nullptr);
  ::signal(SIGPIPE, SIG_IGN);
  // If the judge dies, so does the run: we are told, and kill everything.
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
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

// The supervisor, as the five steps of sandbox.hpp.
int sandbox_main(const std::string& spec_text) {
  sandbox_spec s;
  if (!parse_spec(spec_text, s)) {
    emit({{"exec_error", "internal: bad sandbox spec"}});
    return 0;
  }
  close_inherited_fds(s);
  setup_supervisor_signals();
  if (::getppid() != g_judge_pid || ::getppid() == 1) return 3;  // the judge is already gone

  place p;
  run_cgroup cg;
  started st;
  watch_state w;
  int err_pipe[2] = {-1, -1};
  std::string error = prepare_place(s, p);  // 1. the private place
  if (error.empty()) {
    // Temporary files go there too, removed with it: what a compiler killed at its limit (or a
    // program) leaves in TMPDIR (g++'s cc*.s) never reaches the user's. Not under a dropped uid,
    // which cannot walk the path (only its working directory is its own).
    if (!p.drop) ::setenv("TMPDIR", p.work.c_str(), 1);
    // 2. the limits of the tree; if no cgroup can be made, sampling from /proc instead
    if (!open_cgroup(s, cg).empty()) s.cgroup.version = 0;
    w.oom_at_start = cg.active() ? cg.oom_kills() : 0;
    if (::pipe2(err_pipe, O_CLOEXEC) != 0) error = std::string("pipe: ") + std::strerror(errno);
    p.stderr_fd = err_pipe[1];
  }
  const auto t0 = clock_type::now();
  if (error.empty()) {
    error = start_isolated(s, p, cg, st);  // 3. start isolated
    ::close(err_pipe[1]);
    if (error.empty() && !st.pid_ns) emit({{"started", st.program}});  // so the judge can end it
  }
  json result;
  if (error.empty()) {
    watch(s, st, cg, err_pipe[0], w, t0);  // 4. watch
    end_everything(st, cg);                // 5. collect and clean up
    drain(err_pipe[0], w);
    result = collect(s, st, cg, p, w);
  } else {
    result = {{"exec_error", error}};
    if (g_terminate) result["interrupted"] = true;
  }
  if (err_pipe[0] >= 0) ::close(err_pipe[0]);
  for (int fd : {p.stdin_fd, p.stdout_fd, p.exe_fd})
    if (fd >= 0) ::close(fd);
  cg.remove();
  if (!p.box.empty()) remove_tree(p.box);
  emit(result);
  return 0;
}

// ---- the judge's side ----------------------------------------------------------------------------

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<bool> g_namespaces_refused{false};

// Judge pid times 4096 plus a counter: unique among concurrent runs on the machine (pids are
// below 2^22), so it names the run's cgroup and picks its uid.
std::uint64_t next_run_id() {
  static std::atomic<std::uint64_t> counter{0};
  return static_cast<std::uint64_t>(::getpid()) * 4096 + (counter++ % 4096);
}

struct spawn_args {
  char** argv;
  const char* tool;  // this program: the supervisor too, if argv[0] cannot be started
  int out_fd;
};

int spawn_entry(void* arg) {
  auto* a = static_cast<spawn_args*>(arg);
  ::dup2(a->out_fd, 1);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  ::execv(a->argv[0], a->argv);
  // cpkit-sandbox missing or being rebuilt (ETXTBSY): this program is the same supervisor.
  if (a->tool) ::execv(a->tool, a->argv);
  ::_exit(127);
}

// Starts the supervisor (`cpkit-sandbox __sandbox SPEC`, see start_supervisor) like posix_spawn
// (the child shares our memory until it execs, so nothing of this multi-threaded judge is
// copied), in new namespaces when ns_flags says so.
// Every signal stays blocked around it so no handler of ours runs in the child.
pid_t spawn_supervisor(char** argv, const char* tool, int out_fd, int ns_flags) {
  constexpr std::size_t k_stack = 64 * 1024;
  std::vector<char> stack(k_stack);
  spawn_args a{argv, tool, out_fd};
  sigset_t all, old;
  sigfillset(&all);
  ::pthread_sigmask(SIG_SETMASK, &all, &old);
  pid_t pid = ::clone(spawn_entry, stack.data() + k_stack, CLONE_VM | CLONE_VFORK | ns_flags | SIGCHLD, &a);
  const int e = errno;
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  errno = e;
  return pid;
}
constexpr int k_slots = 1024;
std::atomic<pid_t> g_supervisors[k_slots];  // live supervisors, for the interrupt handler

int register_supervisor(pid_t pid) {
  for (int i = 0; i < k_slots; ++i) {
    pid_t expected = 0;
    if (g_supervisors[i].compare_exchange_strong(expected, pid)) return i;
  }
  return -1;
}

void on_judge_signal(int sig) {
  g_interrupted = true;
  for (auto& slot : g_supervisors) {
    pid_t p = slot.load();
    if (p > 0) ::kill(p, SIGTERM);
  }
  (void)sig;
}

// Isolation settings for this judge, decided once: the cgroup parent folders, and whether
// namespaces are wanted ($CPKIT_ISOLATION: auto, no-namespaces, no-cgroups, none).
struct judge_isolation {
  bool namespaces = true;
  cgroup_plan cgroup;
  std::string cgroup_note;
};

// Our cgroup path in a v1 hierarchy with this controller, from /proc/self/cgroup.
std::string v1_path(const std::string& self_cgroup, const std::string& controller) {
  std::size_t pos = 0;
  while (pos < self_cgroup.size()) {
    std::size_t eol = self_cgroup.find('\n', pos);
    if (eol == std::string::npos) eol = self_cgroup.size();
    const std::string line = self_cgroup.substr(pos, eol - pos);
    pos = eol + 1;
    std::size_t a = line.find(':'), b = a == std::string::npos ? a : line.find(':', a + 1);
    if (b == std::string::npos) continue;
    std::string list = line.substr(a + 1, b - a - 1);
    std::size_t q = 0;
    while (q <= list.size()) {
      std::size_t c = list.find(',', q);
      if (c == std::string::npos) c = list.size();
      if (list.substr(q, c - q) == controller) return line.substr(b + 1);
      q = c + 1;
    }
  }
  return "";
}

judge_isolation decide_isolation() {
  judge_isolation iso;
  const char* env = std::getenv("CPKIT_ISOLATION");
  const std::string want = env && *env ? env : "auto";
  iso.namespaces = want != "none" && want != "no-namespaces";
  if (want == "none" || want == "no-cgroups") {
    iso.cgroup_note = "cgroups off ($CPKIT_ISOLATION=" + want + ")";
    return iso;
  }
  std::string self;
  if (!read_small("/proc/self/cgroup", self)) {
    iso.cgroup_note = "no /proc/self/cgroup";
    return iso;
  }
  // cgroup v2 (unified at /sys/fs/cgroup): our own cgroup must be delegated to us (writable,
  // with memory and pids available) and hold no other process, as under
  // `systemd-run --user --scope -p Delegate=yes`. The judge then moves itself into a leaf
  // "judge" and enables the controllers for the runs' cgroups beside it.
  std::string controllers;
  if (read_small("/sys/fs/cgroup/cgroup.controllers", controllers)) {
    std::size_t z = self.find("0::");
    std::string mine = z == std::string::npos ? "" : self.substr(z + 3, self.find('\n', z) - z - 3);
    while (!mine.empty() && mine.back() == '/') mine.pop_back();
    const std::string dir = "/sys/fs/cgroup" + mine;
    std::string avail, procs;
    const bool usable = read_small(dir + "/cgroup.controllers", avail) && avail.find("memory") != std::string::npos &&
                        avail.find("pids") != std::string::npos && ::access(dir.c_str(), W_OK) == 0 &&
                        read_small(dir + "/cgroup.procs", procs) &&
                        std::strtol(procs.c_str(), nullptr, 10) == ::getpid() &&
                        procs.find('\n') + 1 == procs.size();
    if (usable) {
      const std::string leaf = dir + "/judge";
      ::mkdir(leaf.c_str(), 0755);
      if (write_small(leaf + "/cgroup.procs", std::to_string(::getpid())) &&
          write_small(dir + "/cgroup.subtree_control", "+memory +pids")) {
        iso.cgroup = {2, dir, dir, dir, ""};
        return iso;
      }
    }
    iso.cgroup_note = "cgroup v2 but " + dir + " is not delegated to cpkit alone (run it under systemd-run --user "
                      "--scope -p Delegate=yes)";
    return iso;
  }
  // cgroup v1: memory, pids and cpuacct hierarchies, each writable.
  auto mount_of = [](const char* controller) -> std::string {
    for (std::string m : {std::string("/sys/fs/cgroup/") + controller, std::string("/sys/fs/cgroup/cpu,cpuacct"),
                          std::string("/sys/fs/cgroup/cpuacct,cpu")}) {
      if (std::string(controller) != "cpuacct" && m.find(',') != std::string::npos) continue;
      struct stat sb {};
      if (::stat(m.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode)) return m;
    }
    return "";
  };
  std::string dirs[3];
  const char* names[3] = {"memory", "pids", "cpuacct"};
  for (int i = 0; i < 3; ++i) {
    const std::string m = mount_of(names[i]);
    const std::string rel = v1_path(self, names[i]);
    if (m.empty() || rel.empty()) {
      iso.cgroup_note = std::string("no cgroup v1 '") + names[i] + "' hierarchy";
      return iso;
    }
    dirs[i] = m + (rel == "/" ? "" : rel);
    if (::access(dirs[i].c_str(), W_OK) != 0) {
      iso.cgroup_note = "cgroup folder " + dirs[i] + " is not writable";
      return iso;
    }
  }
  iso.cgroup = {1, dirs[0], dirs[1], dirs[2], ""};
  const std::string sched_rel = v1_path(self, "cpu");
  for (const char* m : {"/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct"}) {
    const std::string d = std::string(m) + (sched_rel == "/" ? "" : sched_rel);
    struct stat sb {};
    if (!sched_rel.empty() && ::stat(d.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode) && ::access(d.c_str(), W_OK) == 0) {
      iso.cgroup.sched = d;
      break;
    }
  }
  return iso;
}

const judge_isolation& isolation() {
  static const judge_isolation iso = decide_isolation();
  return iso;
}

// Removes this judge's run folder at exit; removes folders of judges that are gone at start.
struct run_root_holder {
  fs::path path;
  ~run_root_holder() {
    if (!path.empty()) remove_tree(path.string());
  }
};

}  // namespace

fs::path run_root() {
  static std::mutex mu;
  static run_root_holder holder;
  std::lock_guard<std::mutex> lock(mu);
  if (!holder.path.empty()) return holder.path;
  const fs::path base = cache_dir() / "runs";
  std::error_code ec;
  fs::create_directories(base, ec);
  for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    char* stop = nullptr;
    long pid = std::strtol(name.c_str(), &stop, 10);
    if (pid > 0 && *stop == '\0' && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
      remove_tree(it->path().string());
  }
  const fs::path mine = base / std::to_string(::getpid());
  fs::create_directories(mine, ec);
  if (ec) throw tool_error("cannot create " + mine.string() + ": " + ec.message());
  holder.path = mine;
  return mine;
}

void install_interrupt_handling() {
  struct sigaction sa {};
  sa.sa_handler = on_judge_signal;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &sa, nullptr);
}

namespace {

// The spec the supervisor gets on its command line (JSON; paths and arguments as hex).
std::string make_spec(const run_request& request, const judge_isolation& iso) {
  std::vector<std::string> argv_hex;
  for (const std::string& a : request.argv) argv_hex.push_back(to_hex(a));
  json spec = {{"argv", argv_hex},
               {"stdin", to_hex(request.stdin_path)},
               {"stdout", to_hex(request.stdout_path)},
               {"stdin_fd", request.stdin_fd},
               {"stdout_fd", request.stdout_fd},
               {"box_parent", to_hex(run_root().string())},
               {"cpu_seconds", request.limits.cpu_seconds},
               {"wall_seconds", request.limits.wall_seconds},
               {"memory_bytes", request.limits.memory_bytes},
               {"output_bytes", request.limits.output_bytes},
               {"stack_bytes", request.limits.stack_bytes},
               {"processes", request.limits.processes},
               {"untrusted", request.untrusted},
               {"run_id", next_run_id()},
               {"uid", static_cast<unsigned>(::geteuid())},
               {"gid", static_cast<unsigned>(::getegid())}};
  if (iso.cgroup.version != 0)
    spec["cgroup"] = {{"version", iso.cgroup.version},
                      {"memory", to_hex(iso.cgroup.memory)},
                      {"pids", to_hex(iso.cgroup.pids)},
                      {"cpu", to_hex(iso.cgroup.cpu)},
                      {"sched", to_hex(iso.cgroup.sched)}};
  return spec.dump();
}

// Starts the supervisor writing its report to out_fd: as the first process of new PID (and, when
// not root, user) namespaces when the kernel allows it, else without (the fallback mode). The
// spec says whether a user namespace needs its uid map; it is decided here, so it is written last.
// The supervisor is `cpkit-sandbox` beside this program (tools/supervisor/main.cpp: small and
// statically linked, it starts several times faster than this whole tool, which was most of the
// judge's overhead per test), else this program itself (`cpkit __sandbox SPEC`, the same code).
pid_t start_supervisor(const std::string& spec_text, const judge_isolation& iso, int out_fd) {
  static const std::string tool = [] {
    std::error_code ec;
    auto p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("/proc/self/exe") : p.string();
  }();
  static const std::string self = [] {
    const fs::path own = fs::path(tool).parent_path() / "cpkit-sandbox";
    return ::access(own.c_str(), X_OK) == 0 ? own.string() : tool;
  }();
  const bool as_root = ::geteuid() == 0;
  int ns_flags = 0;
  if (iso.namespaces && !g_namespaces_refused) ns_flags = as_root ? CLONE_NEWPID : (CLONE_NEWUSER | CLONE_NEWPID);
  std::string spec_ns = spec_text;
  if (ns_flags & CLONE_NEWUSER) {
    spec_ns.pop_back();
    spec_ns += ",\"user_ns\":true}";
  }
  std::string arg0 = self, arg1 = "__sandbox", spec_plain = spec_text;
  char* argv_ns[] = {arg0.data(), arg1.data(), spec_ns.data(), nullptr};
  char* argv_plain[] = {arg0.data(), arg1.data(), spec_plain.data(), nullptr};
  const char* second = self == tool ? nullptr : tool.c_str();
  pid_t pid = spawn_supervisor(argv_ns, second, out_fd, ns_flags);
  if (pid < 0 && ns_flags != 0) {
    g_namespaces_refused = true;  // not allowed here: the fallback mode from now on
    pid = spawn_supervisor(argv_plain, second, out_fd, 0);
  }
  return pid;
}

// The supervisor's whole report; past the deadline (ms, <= 0: none) it is killed and `lost` set.
std::string read_report(int fd, pid_t pid, double deadline_ms, bool& lost) {
  const auto t0 = clock_type::now();
  std::string text;
  char buf[4096];
  for (;;) {
    int timeout = 1000;
    if (deadline_ms > 0) {
      const double left = deadline_ms - ms_since(t0);
      if (left <= 0) {
        ::kill(pid, SIGKILL);
        lost = true;
        break;
      }
      timeout = static_cast<int>(std::min(1000.0, left)) + 1;
    }
    pollfd pfd{fd, POLLIN, 0};
    int pr = ::poll(&pfd, 1, timeout);
    if (pr < 0 && errno == EINTR) continue;
    if (pr <= 0) continue;
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) {
      text.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  return text;
}

// The run's result from the supervisor's report and its wait status; kills the program's group
// when the supervisor died without reporting (fallback mode).
run_result parse_report(const std::string& text, int st, bool lost) {
  // Lines: {"started": PID} first in the fallback mode, then the report.
  std::string last = text;
  while (!last.empty() && last.back() == '\n') last.pop_back();
  const std::size_t nl = last.rfind('\n');
  if (nl != std::string::npos) {
    json first = json::parse(last.substr(0, last.find('\n')), nullptr, false);
    last = last.substr(nl + 1);
    if (first.is_object() && first.contains("started") && first["started"].is_number_integer()) {
      const pid_t program = first["started"].get<pid_t>();
      if (program > 1 && (lost || WIFSIGNALED(st))) ::kill(-program, SIGKILL);
    }
  } else if (lost || WIFSIGNALED(st)) {
    json first = json::parse(last, nullptr, false);
    if (first.is_object() && first.contains("started") && first["started"].is_number_integer()) {
      const pid_t program = first["started"].get<pid_t>();
      if (program > 1) ::kill(-program, SIGKILL);
    }
  }
  json j = json::parse(last, nullptr, false);
  if (j.is_object() && j.contains("started")) j = json();
  run_result r;
  if (g_interrupted) r.interrupted = true;
  if (j.is_discarded() || !j.is_object()) {
    if (g_interrupted) throw tool_error("interrupted");
    // Only in the fallback mode can a program reach its supervisor (kill(getppid(), ...)).
    r.exec_error = lost ? "the sandbox supervisor stopped responding and was killed"
                        : "the sandbox supervisor was killed (" +
                              (WIFSIGNALED(st) ? signal_name(WTERMSIG(st)) : "exit " + std::to_string(WEXITSTATUS(st))) +
                              "): did the program signal its parent?";
    return r;
  }
  if (j.contains("exec_error") && j["exec_error"].is_string()) {
    r.exec_error = j["exec_error"].get<std::string>();
    r.interrupted = r.interrupted || j.value("interrupted", false);
    return r;
  }
  try {
    r.exit_code = j.value("exit_code", 0);
    r.signal = j.value("signal", 0);
    r.cpu_ms = j.value("cpu_ms", 0.0);
    r.wall_ms = j.value("wall_ms", 0.0);
    r.memory_kb = j.value("memory_kb", std::uint64_t{0});
    r.output_bytes = j.value("output_bytes", std::uint64_t{0});
    r.killed_cpu = j.value("killed_cpu", false);
    r.killed_wall = j.value("killed_wall", false);
    r.killed_busy = j.value("killed_busy", false);
    r.killed_memory = j.value("killed_memory", false);
    r.output_limit = j.value("output_limit", false);
    r.interrupted = r.interrupted || j.value("interrupted", false);
    r.isolation = j.value("isolation", "");
    json e = json::parse(j.value("stderr", std::string("\"\"")), nullptr, false);
    r.stderr_head = e.is_string() ? e.get<std::string>() : std::string();
  } catch (const json::exception&) {
    throw tool_error("internal: the sandbox supervisor sent a malformed report");
  }
  return r;
}

}  // namespace

run_result run_sandboxed(const run_request& request) {
  if (g_interrupted) throw tool_error("interrupted");
  const judge_isolation& iso = isolation();
  const std::string spec_text = make_spec(request, iso);
  int out_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) throw tool_error(std::string("pipe: ") + std::strerror(errno));
  const pid_t pid = start_supervisor(spec_text, iso, out_pipe[1]);
  if (pid < 0) {
    const int e = errno;
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    throw tool_error(std::string("cannot start the sandbox supervisor: ") + std::strerror(e));
  }
  const int slot = register_supervisor(pid);
  if (g_interrupted) ::kill(pid, SIGTERM);
  ::close(out_pipe[1]);
  // The supervisor ends within the wall limit (at most its backstop) plus its clean-up; if it
  // does not (stopped or stuck), it is killed, and its run with it (the namespace's init dies
  // with it).
  const double deadline_ms =
      request.limits.wall_seconds > 0 ? request.limits.wall_seconds * 1000.0 * k_wall_backstop + 10000.0 : -1;
  bool lost = false;
  const std::string text = read_report(out_pipe[0], pid, deadline_ms, lost);
  ::close(out_pipe[0]);
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  if (slot >= 0) g_supervisors[slot] = 0;
  return parse_report(text, st, lost);
}

std::string isolation_report() {
  const judge_isolation& iso = isolation();
  run_request req;
  req.argv = {"/bin/true"};
  req.limits.cpu_seconds = 5;
  req.limits.wall_seconds = 10;
  run_result r = run_sandboxed(req);
  std::string out = "isolation: " + (r.exec_error.empty() ? r.isolation : "unavailable (" + r.exec_error + ")") + "\n";
  if (!iso.cgroup_note.empty()) out += "cgroup: " + iso.cgroup_note + "\n";
  if (iso.cgroup.version != 0)
    out += "cgroup folders: " + iso.cgroup.memory +
           (iso.cgroup.pids != iso.cgroup.memory ? ", " + iso.cgroup.pids + ", " + iso.cgroup.cpu : "") + "\n";
  const char* env = std::getenv("CPKIT_ISOLATION");
  out += std::string("CPKIT_ISOLATION: ") + (env && *env ? env : "auto") + "\n";
  return out;
}

}  // namespace cpkit_tool
