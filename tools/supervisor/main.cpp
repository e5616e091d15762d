// cpkit-sandbox: the sandbox supervisor on its own (sandbox.hpp), a small statically linked
// program that run_sandboxed() starts for every run instead of a fresh copy of the whole `cpkit`
// tool: it starts in about a third of the time (no dynamic loading of libstdc++, {fmt} and the
// tool's large binary), which is most of the judge's overhead per test. Built next to `cpkit`
// (tools/CMakeLists.txt); without it the tool falls back on `cpkit __sandbox SPEC`.
// Not a command for users: it takes the same arguments as that fallback.
#include <cstdio>
#include <cstring>

#include "../sandbox.hpp"

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "__sandbox") == 0) return cpkit_tool::sandbox_main(argv[2]);
  std::fputs("cpkit-sandbox: error: an internal program of cpkit judge, not for direct use\n",
             stderr);
  return 2;
}
