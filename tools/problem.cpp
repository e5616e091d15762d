#include "problem.hpp"

#include <unistd.h>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "judge_run.hpp"
#include "judge_util.hpp"

namespace cpkit_tool {

namespace {

[[noreturn]] void config_error(const fs::path& file, const std::string& what) {
  throw tool_error(file.string() + ": " + what);
}

double positive_number(const toml::node& n, const fs::path& file, const std::string& key,
                       double max) {
  std::optional<double> v = n.value<double>();
  if (!v || !(*v > 0) || !(*v <= max)) {
    auto line = n.source().begin.line;
    config_error(
        file, fmt::format("line {}: '{}' must be a positive number, at most {:g}", line, key, max));
  }
  return *v;
}

std::string string_value(const toml::node& n, const fs::path& file, const std::string& key) {
  std::optional<std::string> v = n.value<std::string>();
  if (!v || v->empty())
    config_error(
        file, fmt::format("line {}: '{}' must be a non-empty string", n.source().begin.line, key));
  return *v;
}

generate_spec load_generate(const toml::node& node, const fs::path& file) {
  const toml::table* g = node.as_table();
  if (!g)
    config_error(file, fmt::format("line {}: 'generate' must be a table ([generate])",
                                   node.source().begin.line));
  generate_spec gs;
  for (auto&& [gkey, gnode] : *g) {
    const std::string gk(gkey.str());
    if (gk == "generator") {
      gs.generator = string_value(gnode, file, "generate." + gk);
    } else if (gk == "answers") {
      gs.answers = string_value(gnode, file, "generate." + gk);
    } else if (gk == "tests") {
      const toml::array* arr = gnode.as_array();
      if (!arr)
        config_error(file, fmt::format("line {}: 'generate.tests' must be an array of strings",
                                       gnode.source().begin.line));
      for (auto&& el : *arr) {
        auto s = el.value<std::string>();
        if (!s)
          config_error(
              file,
              fmt::format("line {}: 'generate.tests' must hold strings (the generator's arguments)",
                          el.source().begin.line));
        gs.args.push_back(*s);
      }
    } else {
      config_error(
          file, fmt::format("line {}: unknown key 'generate.{}' (known: generator, answers, tests)",
                            gnode.source().begin.line, gk));
    }
  }
  return gs;
}

void load_toml(problem& p, const fs::path& file) {
  toml::table t;
  try {
    t = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    config_error(file, fmt::format("line {}, column {}: {}", e.source().begin.line,
                                   e.source().begin.column, e.description()));
  }
  for (auto&& [key, node] : t) {
    const std::string k(key.str());
    if (k == "time_limit")
      p.time_limit = positive_number(node, file, k, k_max_seconds);
    else if (k == "memory_limit")
      p.memory_limit_mb = positive_number(node, file, k, k_max_mib);
    else if (k == "output_limit")
      p.output_limit_mb = positive_number(node, file, k, k_max_mib);
    else if (k == "checker")
      p.checker = string_value(node, file, k), p.checker_given = true;
    else if (k == "interactor")
      p.interactor = string_value(node, file, k);
    else if (k == "solution")
      p.solution = p.dir / string_value(node, file, k);
    else if (k == "generate")
      p.generate = load_generate(node, file);
    else
      config_error(
          file,
          fmt::format(
              "line {}: unknown key '{}' (known: time_limit, memory_limit, output_limit, checker, "
              "interactor, solution, [generate])",
              node.source().begin.line, k));
  }
}

}  // namespace

problem load_problem(const fs::path& dir_in, bool need_solution) {
  std::error_code ec;
  if (!fs::is_directory(dir_in, ec))
    throw tool_error("problem folder '" + dir_in.string() + "' not found");
  problem p;
  p.dir = fs::absolute(dir_in, ec).lexically_normal();
  if (p.dir.filename().empty()) p.dir = p.dir.parent_path();
  p.id = p.dir.filename().string();
  p.solution = p.dir / "solution.cpp";
  const fs::path file = p.dir / "problem.toml";
  if (fs::exists(file, ec)) load_toml(p, file);
  if (need_solution && !fs::exists(p.solution, ec))
    throw tool_error("problem '" + p.id + "': solution '" + p.solution.string() + "' not found");
  return p;
}

std::vector<test_case> committed_tests(const problem& p) {
  std::error_code ec;
  const fs::path d = p.dir / "tests";
  if (!fs::is_directory(d, ec) || fs::is_empty(d, ec)) return {};
  return collect_tests(d);
}

std::vector<test_case> generated_tests(const problem& p, const compiler_config& cxx, int jobs,
                                       progress& prog) {
  if (!p.generate || p.generate->args.empty()) return {};
  const generate_spec& g = *p.generate;
  fs::path gen = prepare_program(p.dir / g.generator, cxx, "generator");
  fs::path ans = prepare_program(p.dir / g.answers, cxx, "answers program");
  std::string key_base = content_hash(read_file(gen)) + content_hash(read_file(ans));
  std::vector<test_case> tests(g.args.size());
  const fs::path dir = cache_dir() / "tests" / p.id;
  std::error_code ec;
  fs::create_directories(dir, ec);
  parallel_for(g.args.size(), jobs, [&](std::size_t i) {
    test_case& t = tests[i];
    t.name = fmt::format("gen-{}", i + 1);
    const std::string key = content_hash(key_base + '\0' + g.args[i]);
    t.input = dir / (key + ".in");
    t.answer = dir / (key + ".out");
    if (fs::exists(t.answer, ec) && fs::exists(t.input, ec)) return;
    prog.show(fmt::format("{}: generating test {} ({})", p.id, t.name, g.args[i]));
    const fs::path tmp_in = dir / (key + ".in.tmp" + std::to_string(::getpid()));
    const fs::path tmp_out = dir / (key + ".out.tmp" + std::to_string(::getpid()));
    run_request rq;
    rq.argv.push_back(gen.string());
    for (auto& a : split_flags(g.args[i])) rq.argv.push_back(a);
    rq.stdout_path = tmp_in.string();
    rq.limits = generator_limits();
    run_result r = run_sandboxed(rq);
    if (r.interrupted) throw tool_error("interrupted");
    if (std::string why = helper_failure(r); !why.empty()) {
      fs::remove(tmp_in, ec);
      throw tool_error(fmt::format("problem '{}': the generator failed on arguments '{}' ({})",
                                   p.id, g.args[i], why));
    }
    run_request ra;
    ra.argv = {ans.string()};
    ra.stdin_path = tmp_in.string();
    ra.stdout_path = tmp_out.string();
    ra.limits = generator_limits();
    r = run_sandboxed(ra);
    if (r.interrupted) throw tool_error("interrupted");
    if (std::string why = helper_failure(r); !why.empty()) {
      fs::remove(tmp_in, ec);
      fs::remove(tmp_out, ec);
      throw tool_error(
          fmt::format("problem '{}': the answers program {} failed on generated test '{}' ({})",
                      p.id, g.answers, g.args[i], why));
    }
    fs::rename(tmp_in, t.input, ec);
    fs::rename(tmp_out, t.answer, ec);
  });
  return tests;
}

void keep_tests(const std::vector<test_case>& tests, const fs::path& dir) {
  make_output_folder(dir, "--keep-tests");
  for (const test_case& t : tests) {
    std::error_code ec;
    for (const auto& [from, to] : {std::make_pair(t.input, dir / (t.name + ".in")),
                                   std::make_pair(t.answer, dir / (t.name + ".out"))}) {
      fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
      if (ec)
        throw tool_error(
            fmt::format("--keep-tests: cannot write '{}' ({})", to.string(), ec.message()));
    }
  }
}

}  // namespace cpkit_tool
