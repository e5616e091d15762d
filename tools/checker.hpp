// Verdicts and output checkers.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"
#include "compile.hpp"
#include "sandbox.hpp"

namespace cpkit_tool {

// Precedence for one test (first that applies):
//   killed for memory -> MLE; killed for CPU -> TLE; killed at the wall limit -> TLE;
//   CPU time over the limit -> TLE; peak memory over the limit, or std::bad_alloc on stderr
//   -> MLE; output over the limit -> OLE; a signal or a non-zero exit -> RE;
//   then the checker: AC, WA, PE, or FAIL when the checker itself breaks.
// CE is for the whole solution. A problem's verdict is that of its first non-AC test.
enum class verdict { AC, WA, PE, TLE, MLE, RE, OLE, CE, FAIL };
const char* verdict_name(verdict v);

struct checker_spec {
  enum class kind { tokens, lines, exact, real, custom } type = kind::tokens;
  double tolerance = 0;  // real: absolute or relative
  fs::path program;      // custom: compiled or given executable
  std::string name;      // custom: the file name the user gave (a compiled one is cached as "prog")
  std::string describe() const;
};

// "tokens" | "lines" | "exact" | "real:TOL" | a path (relative to base_dir) to a .cpp checker or
// an executable. A .cpp checker compiles with its own folder and every `includes` folder on its
// include path (testlib.h from the problem package; --checker-include). Throws tool_error with a
// clear message on anything else.
checker_spec parse_checker(const std::string& text, const fs::path& base_dir, const compiler_config& cxx,
                           const std::vector<std::string>& includes = {});

struct check_result {
  verdict v = verdict::AC;
  std::string message;
  double ms = 0;  // the checker's time: CPU of a custom checker, else the comparison's wall time
};

// The limits of a custom checker: 10 s of CPU and of wall time, 1 GiB, 1 MiB of output.
run_limits checker_limits();

check_result check_output(const checker_spec& checker, const fs::path& input, const fs::path& output,
                          const fs::path& answer);

}  // namespace cpkit_tool
