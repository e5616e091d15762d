// Combination sum: list or count the ways to write a target as a sum of candidates. The umbrella;
// include one header of cpkit/combination_sum/ instead to paste only what the solution calls.
//   combination_sum/unbounded.hpp   I: values reusable (LeetCode 39), output-sensitive listing
//   combination_sum/once.hpp        II: each position at most once, no repeated multiset (40)
//   combination_sum/k.hpp           III: k distinct integers of [lo, hi] (216), no table
//   combination_sum/count.hpp       counting mod p: multisets, once, ordered sequences (377)
//   combination_sum/common.hpp      combination_view, combination_list, combination_sum_options
// Verified by: problems/combination-sum, combination-sum-ii, combination-sum-iii,
// combination-sum-iv; tests/combination_sum_test.cpp; bench/combination_sum_bench.cpp
#pragma once

#include "cpkit/combination_sum/common.hpp"
#include "cpkit/combination_sum/count.hpp"
#include "cpkit/combination_sum/k.hpp"
#include "cpkit/combination_sum/once.hpp"
#include "cpkit/combination_sum/unbounded.hpp"
