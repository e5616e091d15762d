// A header that exists only in tests/judge/root: a solution finds it only if the judge
// compiles with -I$CPKIT_ROOT/include.
#pragma once
namespace cpkit_judge_probe {
constexpr long long zero = 0;
}  // namespace cpkit_judge_probe
