// Test sets: finding the tests of a folder in the layouts contest sites and tools use.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"

namespace cpkit_tool {

struct test_case {
  std::string name;
  fs::path input, answer;
};

// The tests at `path`, in natural order of their names. A folder is read in the first layout
// that has tests:
//   NAME.in with NAME.out or NAME.ans      (cpkit, Codeforces gym exports, online-judge-tools'
//                                           sample-N.in / sample-N.out)
//   in/NAME.in with out/NAME.out, or in/X with out/X of the same name
//                                          (Library Checker; AtCoder's in/*.txt, out/*.txt)
//   NN with NN.a, NN all digits            (Polygon)
// A file is one test: FILE.in with FILE.out or FILE.ans beside it, or in/FILE with out/FILE.
// Throws tool_error when the path is missing, nothing matches (the message lists the layouts),
// an input lacks its answer, or a test file is not a readable regular file.
std::vector<test_case> collect_tests(const fs::path& path);

// One line naming every layout collect_tests knows.
std::string known_layouts();

}  // namespace cpkit_tool
