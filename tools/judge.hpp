// `cpkit judge`, `cpkit stress`, `cpkit new`: the online-judge style commands, one file each
// (judge.cpp, stress.cpp, new.cpp), sharing the "run one test" path of judge_run.hpp.
#pragma once

namespace CLI {
class App;
}

namespace cpkit_tool {

// Registers judge, stress and new (main.cpp calls this one).
void register_judge_commands(CLI::App& app);
void register_stress_command(CLI::App& app);
void register_new_command(CLI::App& app);

}  // namespace cpkit_tool
