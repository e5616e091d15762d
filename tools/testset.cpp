#include "testset.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include "judge_util.hpp"

namespace cpkit_tool {

std::string known_layouts() {
  return "NAME.in + NAME.out, NAME.in + NAME.ans, in/NAME.in + out/NAME.out (Library Checker, "
         "AtCoder), "
         "NN + NN.a (Polygon), sample-N.in + sample-N.out (online-judge-tools)";
}

namespace {

bool exists_any(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec) || fs::is_symlink(p, ec);
}

// A test file must be a readable regular file: a FIFO would hang the judge, a device never ends.
void check_test_file(const fs::path& p) {
  std::error_code ec;
  const fs::file_status st = fs::status(p, ec);
  auto kind = [&]() -> std::string {
    switch (st.type()) {
      case fs::file_type::directory:
        return "a folder";
      case fs::file_type::fifo:
        return "a FIFO";
      case fs::file_type::character:
      case fs::file_type::block:
        return "a device";
      case fs::file_type::socket:
        return "a socket";
      default:
        return "not a regular file";
    }
  };
  if (ec || st.type() == fs::file_type::not_found)
    throw tool_error(
        "test file '" + p.string() + "' cannot be read (" +
        (fs::is_symlink(p, ec) ? std::string("a broken link") : std::string("missing")) + ")");
  if (st.type() != fs::file_type::regular)
    throw tool_error("test file '" + p.string() + "' is " + kind() + ", not a regular file");
  if (::access(p.c_str(), R_OK) != 0)
    throw tool_error("test file '" + p.string() + "' cannot be read (" + std::strerror(errno) +
                     ")");
}

test_case checked(std::string name, const fs::path& input, const fs::path& answer) {
  check_test_file(input);
  check_test_file(answer);
  return {std::move(name), input, answer};
}

// The answer of an input: the first candidate that exists.
std::optional<fs::path> first_existing(const std::vector<fs::path>& candidates) {
  for (const fs::path& c : candidates)
    if (exists_any(c)) return c;
  return std::nullopt;
}

std::vector<fs::path> entries(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    out.push_back(it->path());
  if (ec) throw tool_error("cannot list '" + dir.string() + "': " + ec.message());
  return out;
}

[[noreturn]] void no_answer(const fs::path& input, const std::vector<fs::path>& tried) {
  std::string names;
  for (const fs::path& t : tried) names += (names.empty() ? "" : " or ") + t.filename().string();
  throw tool_error("test '" + input.string() + "' has no answer file " + names);
}

// NAME.in with NAME.out (else NAME.ans) in one folder.
std::vector<test_case> flat_layout(const fs::path& dir) {
  std::vector<test_case> tests;
  for (const fs::path& p : entries(dir)) {
    if (p.extension() != ".in") continue;
    fs::path out = p, ans = p;
    out.replace_extension(".out");
    ans.replace_extension(".ans");
    auto answer = first_existing({out, ans});
    if (!answer) no_answer(p, {out, ans});
    tests.push_back(checked(p.stem().string(), p, *answer));
  }
  return tests;
}

// in/X with out/X (same name), else out/STEM.out or out/STEM.ans.
std::vector<test_case> in_out_layout(const fs::path& dir) {
  std::vector<test_case> tests;
  std::error_code ec;
  if (!fs::is_directory(dir / "in", ec) || !fs::is_directory(dir / "out", ec)) return tests;
  for (const fs::path& p : entries(dir / "in")) {
    const fs::path out = dir / "out";
    std::vector<fs::path> tried = {out / p.filename(), out / (p.stem().string() + ".out"),
                                   out / (p.stem().string() + ".ans")};
    auto answer = first_existing(tried);
    if (!answer) no_answer(p, tried);
    tests.push_back(checked(p.stem().string(), p, *answer));
  }
  return tests;
}

// Polygon: NN (digits only) with NN.a.
std::vector<test_case> polygon_layout(const fs::path& dir) {
  std::vector<test_case> tests;
  for (const fs::path& p : entries(dir)) {
    const std::string n = p.filename().string();
    if (n.empty() || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    fs::path ans = p;
    ans += ".a";
    if (!exists_any(ans)) no_answer(p, {ans});
    tests.push_back(checked(n, p, ans));
  }
  return tests;
}

test_case single_test(const fs::path& file) {
  const fs::path dir = file.parent_path();
  std::vector<fs::path> tried;
  if (file.extension() == ".in") {
    fs::path out = file, ans = file;
    tried = {out.replace_extension(".out"), ans.replace_extension(".ans")};
  }
  if (dir.filename() == "in") {
    const fs::path out = dir.parent_path() / "out";
    for (const fs::path& c : {out / file.filename(), out / (file.stem().string() + ".out"),
                              out / (file.stem().string() + ".ans")})
      tried.push_back(c);
  }
  fs::path a = file;
  a += ".a";
  tried.push_back(a);
  auto answer = first_existing(tried);
  if (!answer) no_answer(file, tried);
  return checked(file.stem().string(), file, *answer);
}

}  // namespace

std::vector<test_case> collect_tests(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw tool_error("tests '" + path.string() + "' not found");
  if (!fs::is_directory(path, ec)) return {single_test(path)};
  std::vector<test_case> tests = flat_layout(path);
  if (tests.empty()) tests = in_out_layout(path);
  if (tests.empty()) tests = polygon_layout(path);
  if (tests.empty())
    throw tool_error("no tests in '" + path.string() + "': the layouts known are " +
                     known_layouts());
  std::sort(tests.begin(), tests.end(),
            [](const test_case& a, const test_case& b) { return natural_less(a.name, b.name); });
  return tests;
}

}  // namespace cpkit_tool
