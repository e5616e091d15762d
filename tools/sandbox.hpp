// Running one untrusted program with judge limits.
//
// run_sandboxed() starts a fresh copy of this program (`cpkit __sandbox SPEC`), a single-threaded
// supervisor that is safe to fork from a multi-threaded judge. The supervisor:
//   - becomes a child subreaper, so every descendant of the solution, even one that called
//     setsid() and was orphaned, is reparented to it and can be found and killed;
//   - forks the program into its own process group with rlimits: CPU (backstop), address space
//     (backstop at max(2*ML, ML+512 MiB)), stack raised to the memory limit (as judges do), file
//     size (the output limit), no core files;
//   - polls every 5 ms: CPU time and resident memory of the program from /proc, the wall clock,
//     and drains stderr (the first 64 KiB kept, the rest discarded, so a flood never blocks);
//   - on a limit or when the program ends, SIGKILLs the process group and then every remaining
//     descendant, repeatedly, until none is left; it also does this if the judge is killed
//     (parent-death signal) or interrupted;
//   - reports CPU time (user+system, from wait4), wall time, peak resident memory (the kernel's
//     ru_maxrss, or the larger polled value), output size and the cause of death as JSON.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common.hpp"

namespace cpkit_tool {

struct run_limits {
  double cpu_seconds = 2.0;                 // <= 0: none
  double wall_seconds = 5.0;                // <= 0: none
  std::uint64_t memory_bytes = 256ull << 20;  // 0: none
  std::uint64_t output_bytes = 64ull << 20;   // 0: none
};

struct run_request {
  std::vector<std::string> argv;  // argv[0] is the program path
  std::string stdin_path;         // empty: /dev/null
  std::string stdout_path;        // empty: discarded
  std::string workdir;            // empty: current directory
  run_limits limits;
};

struct run_result {
  int exit_code = 0;             // valid when signal == 0
  int signal = 0;                // terminating signal, 0 if it exited
  double cpu_ms = 0, wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::uint64_t output_bytes = 0;
  bool killed_cpu = false, killed_wall = false, killed_memory = false, output_limit = false;
  bool interrupted = false;      // the judge was interrupted
  std::string stderr_head;       // first 64 KiB of the program's stderr
  std::string exec_error;        // non-empty if the program could not be started
};

run_result run_sandboxed(const run_request& request);

// Entry point of `cpkit __sandbox SPEC` (called from main before option parsing).
int sandbox_main(const std::string& spec);

// Human name of a signal: "SIGSEGV".
std::string signal_name(int sig);

}  // namespace cpkit_tool
