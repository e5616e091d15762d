// cpkit: the command-line tool. Subcommands register themselves; every user-facing error is a
// tool_error printed as one line, exit status 2.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "bench.hpp"
#include "bundle.hpp"
#include "common.hpp"
#include "judge.hpp"
#include "sandbox.hpp"

int main(int argc, char** argv) {
  // The sandbox supervisor is this same program started fresh by the judge (see sandbox.hpp).
  if (argc == 3 && std::strcmp(argv[1], "__sandbox") == 0) return cpkit_tool::sandbox_main(argv[2]);

  CLI::App app{"cpkit: judge, stress-test, bundle and benchmark competitive-programming solutions"};
  app.name("cpkit");
  app.require_subcommand(1);
  app.fallthrough(false);
  cpkit_tool::register_judge_commands(app);
  cpkit_tool::register_bundle_command(app);
  cpkit_tool::register_bench_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "cpkit: error: %s (see cpkit %s--help)\n", e.what(),
                 app.get_subcommands().empty() ? "" : (app.get_subcommands()[0]->get_name() + " ").c_str());
    return 2;
  } catch (const cpkit_tool::tool_error& e) {
    std::fprintf(stderr, "cpkit: error: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cpkit: error: internal: %s\n", e.what());
    return 2;
  }
  return 0;
}
