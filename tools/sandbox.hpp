// Running one program (a solution, checker, generator, compiler) with judge limits, isolated.
//
// run_sandboxed() starts a single-threaded supervisor, safe to fork from a multi-threaded judge:
// `cpkit-sandbox __sandbox SPEC` beside the tool (tools/supervisor/main.cpp, this code linked
// statically on its own, for a fast start), else a fresh copy of this program (`cpkit __sandbox
// SPEC`). The supervisor works in five steps (sandbox.cpp, sandbox_main):
//   1. prepare the place: a private empty working directory (removed afterwards; also TMPDIR
//      unless the uid is dropped), a private read-only copy of the input as stdin (never a path
//      into the test folder), the output file;
//   2. open the limits of the whole tree: a cgroup per run where one can be made (memory, process
//      count, CPU time of every process, dead ones included), else /proc sampling and rlimits;
//   3. start isolated: in a new PID namespace (and mount namespace with its own /proc) whose first
//      process is a small init of ours, so the program cannot see or signal the supervisor and
//      killing that init ends every process of the run at once; a user namespace when not root;
//      under an unprivileged uid when root and the run is untrusted; a fallback without
//      namespaces (a child subreaper, process group and /proc walking) that still ends every
//      process and never hangs;
//   4. watch: wake on the program's exit or every 5 ms, read CPU time and memory of the tree, the
//      wall clock without the time the tree waited for a busy CPU (so only a program that sleeps
//      or waits reaches the wall limit), and drain stderr (the first 64 KiB kept, so a flood never
//      blocks);
//   5. collect and clean up: kill what is left, reap it, read the final figures (CPU of the
//      whole tree from the kernel), remove the cgroup and the private directory, report JSON.
// docs/judge.md "Isolation" describes the modes; `cpkit judge --isolation` prints the active one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common.hpp"

namespace cpkit_tool {

// Real time a run may take, as a multiple of its wall limit, however busy the machine is.
constexpr double k_wall_backstop = 8;

struct run_limits {
  double cpu_seconds = 2.0;                   // <= 0: none
  double wall_seconds = 5.0;                  // <= 0: none
  std::uint64_t memory_bytes = 256ull << 20;  // whole tree; 0: none
  std::uint64_t output_bytes = 64ull << 20;   // 0: none
  std::uint64_t stack_bytes = 0;              // 0: the memory limit (unlimited when there is none)
  int processes = 256;                        // processes and threads of the tree; 0: none
};

struct run_request {
  std::vector<std::string> argv;  // argv[0] is the program path
  std::string stdin_path;         // empty: /dev/null; else a private read-only copy is given
  std::string stdout_path;        // empty: discarded
  // Pipe ends the program gets as its stdin / stdout instead of the paths (an interactive run):
  // open in the judge WITHOUT O_CLOEXEC, numbers >= 3; the supervisor keeps them through its
  // exec, gives them to the program as 0 / 1 and closes its own copies once the program runs.
  // The judge still holds its copies: it closes them when this run returns. -1: the paths.
  int stdin_fd = -1, stdout_fd = -1;
  run_limits limits;
  bool untrusted = true;          // as root: run under an unprivileged uid
};

struct run_result {
  int exit_code = 0;             // valid when signal == 0
  int signal = 0;                // terminating signal, 0 if it exited
  double cpu_ms = 0, wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::uint64_t output_bytes = 0;
  bool killed_cpu = false, killed_memory = false, output_limit = false;
  // Killed at the wall limit, counted without the time the tree waited for a busy CPU (so only
  // a program that sleeps or waits reaches it); killed_busy: at the backstop, k_wall_backstop
  // times the wall limit of real time, on a machine too busy to reach either limit.
  bool killed_wall = false, killed_busy = false;
  bool interrupted = false;      // the judge was interrupted
  std::string stderr_head;       // first 64 KiB of the program's stderr
  std::string exec_error;        // non-empty if the program could not be started
  std::string isolation;         // how it was isolated, e.g. "pid+mount namespaces, cgroup v1"
};

// Throws tool_error("interrupted") once the judge has been interrupted.
run_result run_sandboxed(const run_request& request);

// Entry point of `cpkit __sandbox SPEC` (called from main before option parsing).
int sandbox_main(const std::string& spec);

// Human name of a signal: "SIGSEGV".
std::string signal_name(int sig);

// This judge's folder for runs: cache_dir()/runs/<pid>, made on first use and removed at exit
// (also after Ctrl-C or SIGTERM); folders of judges that died are removed when one starts.
fs::path run_root();

// Installs the judge's SIGINT/SIGTERM/SIGHUP handling: every running supervisor is told to kill
// its program and report, and no new run starts (run_sandboxed throws "interrupted").
void install_interrupt_handling();

// What `cpkit judge --isolation` prints: the mode a run gets on this machine, found by running
// /bin/true through the sandbox, and the limits of every kind of program the judge runs.
std::string isolation_report();

}  // namespace cpkit_tool
