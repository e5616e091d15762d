#include "compile.hpp"

#include <unistd.h>

#include <chrono>
#include <fmt/format.h>
#include <cstdlib>
#include <sstream>

#include "sandbox.hpp"

namespace cpkit_tool {

std::vector<std::string> split_flags(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

compiler_config default_compiler() {
  compiler_config c;
  if (const char* cxx = std::getenv("CPKIT_CXX"); cxx && *cxx) c.cxx = cxx;
  if (const char* fl = std::getenv("CPKIT_CXXFLAGS"); fl && *fl) c.flags = split_flags(fl);
  c.include_dirs.push_back((cpkit_root() / "include").string());
  return c;
}

bool is_cpp_source(const fs::path& p) {
  auto e = p.extension().string();
  return e == ".cpp" || e == ".cc" || e == ".cxx" || e == ".C";
}

namespace {

// Parses a make-style dependency file: "target: dep dep \\\n dep".
std::vector<std::string> parse_depfile(const std::string& text) {
  std::vector<std::string> deps;
  std::size_t i = text.find(": ");
  if (i == std::string::npos) return deps;
  i += 2;
  std::string cur;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      char n = text[i + 1];
      if (n == '\n') { ++i; continue; }
      if (n == '\r' && i + 2 < text.size() && text[i + 2] == '\n') { i += 2; continue; }
      if (n == ' ' || n == '#' || n == '\\') { cur += n; ++i; continue; }
      cur += c;
    } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!cur.empty()) deps.push_back(cur), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) deps.push_back(cur);
  return deps;
}

std::string hash_file_or_empty(const std::string& path) {
  try {
    return content_hash(read_file(path));
  } catch (const tool_error&) {
    return "missing";
  }
}

std::string first_lines(const std::string& s, int max_lines) {
  std::string out;
  int lines = 0;
  for (char c : s) {
    out += c;
    if (c == '\n' && ++lines >= max_lines) break;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

}  // namespace

compile_result compile_cpp(const fs::path& source_in, const compiler_config& config) {
  std::error_code ec;
  fs::path source = fs::absolute(source_in, ec);
  std::string text = read_file(source);
  std::string key_material = text;
  key_material += '\0' + config.cxx;
  for (auto& f : config.flags) key_material += '\0' + f;
  for (auto& d : config.include_dirs) key_material += "\0-I" + d;
  key_material += '\0' + source.parent_path().string();
  const std::string key = content_hash(key_material);
  const fs::path dir = cache_dir() / "bin" / key;
  const fs::path exe = dir / "prog";
  const fs::path deps_file = dir / "deps";

  compile_result r;
  r.executable = exe;
  if (fs::exists(exe, ec) && fs::exists(deps_file, ec)) {
    bool fresh = true;
    std::istringstream in(read_file(deps_file));
    std::string h, path;
    while (in >> h && std::getline(in >> std::ws, path)) {
      if (hash_file_or_empty(path) != h) { fresh = false; break; }
    }
    if (fresh) {
      r.ok = r.cached = true;
      return r;
    }
  }

  fs::create_directories(dir, ec);
  if (ec) throw tool_error("cannot create cache directory " + dir.string() + ": " + ec.message());
  const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(&r) & 0xffffff);
  const fs::path tmp_exe = dir / ("prog.tmp." + tag);
  const fs::path tmp_dep = dir / ("deps.d.tmp." + tag);

  run_request req;
  req.argv.push_back(config.cxx);
  for (auto& f : config.flags) req.argv.push_back(f);
  for (auto& d : config.include_dirs) req.argv.push_back("-I" + d);
  req.argv.insert(req.argv.end(), {"-MMD", "-MF", tmp_dep.string(), source.string(), "-o", tmp_exe.string()});
  // Resolve the compiler through PATH here: the sandbox execs a path.
  std::optional<std::string> cxx = find_program(config.cxx);
  if (!cxx) throw tool_error("compiler '" + config.cxx + "' not found on PATH (set CPKIT_CXX or --cxx)");
  req.argv[0] = *cxx;
  req.limits.cpu_seconds = config.time_limit;
  req.limits.wall_seconds = 2 * config.time_limit + 10;
  req.limits.memory_bytes = config.memory_limit;
  req.limits.output_bytes = config.output_limit;
  req.limits.stack_bytes = 64ull << 20;
  req.limits.processes = config.processes;
  req.untrusted = false;  // it writes into the cache
  auto t0 = std::chrono::steady_clock::now();
  run_result rr = run_sandboxed(req);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!rr.exec_error.empty()) throw tool_error(rr.exec_error);
  if (rr.signal != 0 || rr.exit_code != 0 || !fs::exists(tmp_exe, ec)) {
    fs::remove(tmp_exe, ec);
    fs::remove(tmp_dep, ec);
    r.ok = false;
    auto with_head = [&](std::string why) {
      const std::string head = first_lines(rr.stderr_head, 6);
      return head.empty() ? why : why + "\n" + head;
    };
    if (rr.killed_memory)
      r.message = with_head(fmt::format("the compiler exceeded its memory limit ({} MiB; --compile-ml)",
                                        config.memory_limit >> 20));
    else if (rr.killed_cpu || rr.killed_wall)
      r.message = with_head(fmt::format("the compiler exceeded its time limit ({:g} s of CPU; --compile-tl)",
                                        config.time_limit));
    else if (rr.output_limit)
      r.message = with_head(fmt::format("the compiler exceeded its output limit ({} MiB per file)",
                                        config.output_limit >> 20));
    else
      r.message = first_lines(rr.stderr_head, 12);
    if (r.message.empty()) r.message = "the compiler failed with no message";
    return r;
  }
  std::string deps_out;
  std::string dep_text;
  try {
    dep_text = read_file(tmp_dep);
  } catch (const tool_error&) {
  }
  fs::remove(tmp_dep, ec);
  for (const std::string& d : parse_depfile(dep_text)) {
    fs::path p = fs::absolute(d, ec);
    deps_out += hash_file_or_empty(p.string()) + " " + p.string() + "\n";
  }
  fs::rename(tmp_exe, exe, ec);
  if (ec) throw tool_error("cannot store compiled program in " + exe.string() + ": " + ec.message());
  write_file_atomic(deps_file, deps_out);
  r.ok = true;
  return r;
}

fs::path prepare_program(const fs::path& path, const compiler_config& config, const std::string& role) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw tool_error(role + " '" + path.string() + "' not found");
  if (is_cpp_source(path)) {
    compile_result c = compile_cpp(path, config);
    if (!c.ok) throw tool_error(role + " '" + path.string() + "' does not compile:\n" + c.message);
    return c.executable;
  }
  if (fs::is_directory(path, ec) || ::access(path.c_str(), X_OK) != 0)
    throw tool_error(role + " '" + path.string() + "' is neither a C++ source (.cpp) nor an executable file");
  return fs::absolute(path, ec);
}

}  // namespace cpkit_tool
