// cpkit: the command-line tool. Subcommands register themselves; every user-facing error is a
// tool_error printed as one line, exit status 2. CLI11's parse errors are rewritten here, in one
// place for every subcommand: an unknown command or option gets a "did you mean", an option given
// twice says so, and no message spans more than one line.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <sstream>
#include <fmt/format.h>
#include <string>
#include <vector>

#include "bench.hpp"
#include "bundle.hpp"
#include "common.hpp"
#include "docs_site.hpp"
#include "judge.hpp"
#include "sandbox.hpp"

#ifndef CPKIT_VERSION
#define CPKIT_VERSION "unknown"
#endif

namespace {

using cpkit_tool::closest_name;
using cpkit_tool::tool_error;

std::vector<CLI::App*> all_commands(CLI::App& app) {
  return app.get_subcommands([](CLI::App*) { return true; });
}

std::string command_list(CLI::App& app) {
  std::string s;
  for (CLI::App* c : all_commands(app)) s += (s.empty() ? "" : ", ") + c->get_name();
  return s;
}

// `test` belongs to the ./cpkit entry script (it configures and builds before ctest); listed here
// so that --help shows it, and a direct call says where it lives.
void register_test_stub(CLI::App& app) {
  CLI::App* t = app.add_subcommand(
      "test", "configure, build and run every CTest test: ./cpkit test [--sanitize] [ctest options] (entry script only)");
  t->allow_extras();
  t->callback([] { throw tool_error("'test' is run by the entry script: ./cpkit test [--sanitize] [ctest options]"); });
}

// Option spellings of one (sub)command: "--name" and "-n".
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& l : o->get_lnames()) out.push_back("--" + l);
    for (const std::string& s : o->get_snames()) out.push_back("-" + s);
  }
  return out;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& names) {
  auto best = closest_name(word, names);
  return best ? fmt::format(" (did you mean '{}'?)", *best) : std::string();
}

// Before CLI11 sees the arguments: no command, or a word that is not one ("A subcommand is required"
// would be misleading), or an unknown option before any command.
void check_command_word(CLI::App& app, int argc, char** argv) {
  const std::string known = command_list(app);
  if (argc < 2) throw tool_error("name a command: " + known + " (see cpkit --help)");
  const std::string first = argv[1];
  std::vector<std::string> names;
  for (CLI::App* c : all_commands(app)) names.push_back(c->get_name());
  if (first.empty() || first[0] != '-') {
    if (std::find(names.begin(), names.end(), first) == names.end()) {
      throw tool_error(fmt::format("unknown command '{}'{}; the commands are {}", first, suggestion(first, names), known));
    }
    return;
  }
  const std::string flag = first.substr(0, first.find('='));
  std::vector<std::string> top = option_names(app);
  for (const std::string& n : top)
    if (n == flag) return;
  top.insert(top.end(), names.begin(), names.end());
  throw tool_error(fmt::format("unknown option '{}'{}; usage: cpkit COMMAND [options], commands {}", flag,
                               suggestion(flag, top), known));
}

// The subcommand that was being parsed (argv[1] once check_command_word has passed).
CLI::App* active_command(CLI::App& app, int argc, char** argv) {
  if (argc < 2) return nullptr;
  try {
    return app.get_subcommand(argv[1]);
  } catch (const CLI::Error&) {
    return nullptr;
  }
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

// The message printed for a CLI11 parse error, without the "cpkit: error: " prefix.
std::string explain(const CLI::ParseError& e, CLI::App& app, int argc, char** argv) {
  CLI::App* cmd = active_command(app, argc, argv);
  const std::string where = cmd ? "cpkit " + cmd->get_name() : std::string("cpkit");
  const std::string help = fmt::format(" (see {} --help)", where);
  if (dynamic_cast<const CLI::ExtrasError*>(&e) && cmd) {
    // CLI11's message is "The following argument(s) was/were not expected: A B".
    std::vector<std::string> extras;
    const std::string msg = e.what();
    const std::size_t colon = msg.find(": ");
    std::istringstream words(colon == std::string::npos ? std::string() : msg.substr(colon + 2));
    for (std::string w; words >> w;) extras.push_back(w);
    if (!extras.empty()) {
      const std::string& x = extras.front();
      if (x.size() > 1 && x[0] == '-') {
        const std::string flag = x.substr(0, x.find('='));
        return fmt::format("unknown option '{}' for {}{}", flag, where, suggestion(flag, option_names(*cmd))) + help;
      }
      return fmt::format("unexpected argument '{}' for {}", x, where) + help;
    }
  }
  std::string what = one_line(e.what());
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    // "<option>: At Most 1 required but received 2": the option was given more than once.
    const std::size_t colon = what.find(": At Most 1 required");
    if (colon != std::string::npos) return fmt::format("{} given more than once; give it once", what.substr(0, colon)) + help;
  }
  return what + help;
}

}  // namespace

int main(int argc, char** argv) {
  // The sandbox supervisor, when cpkit-sandbox is not beside this program (see sandbox.hpp).
  if (argc == 3 && std::strcmp(argv[1], "__sandbox") == 0) return cpkit_tool::sandbox_main(argv[2]);

  CLI::App app{"cpkit: judge, stress-test, bundle and benchmark competitive-programming solutions"};
  app.name("cpkit");
  app.require_subcommand(1);
  app.fallthrough(false);
  app.set_version_flag("--version", std::string("cpkit ") + CPKIT_VERSION);
  cpkit_tool::register_judge_commands(app);
  cpkit_tool::register_bundle_command(app);
  cpkit_tool::register_bench_command(app);
  cpkit_tool::register_docs_command(app);
  register_test_stub(app);
  try {
    check_command_word(app, argc, argv);
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "cpkit: error: %s\n", explain(e, app, argc, argv).c_str());
    return 2;
  } catch (const cpkit_tool::tool_error& e) {
    std::fprintf(stderr, "cpkit: error: %s\n", one_line(e.what()).c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cpkit: error: internal: %s\n", one_line(e.what()).c_str());
    return 2;
  }
  return 0;
}
