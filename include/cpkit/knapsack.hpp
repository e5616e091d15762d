// Knapsack DP, every classic variant: the umbrella. Include one header of cpkit/knapsack/ instead
// to paste (or bundle) only what the solution calls.
//   knapsack/knapsack_01.hpp  0/1: best value, rows, items, the streaming knapsack_01_dp
//   knapsack/unbounded.hpp    each item any number of times
//   knapsack/bounded.hpp      item i at most m[i] times (binary splitting or monotone queue)
//   knapsack/group.hpp        at most one item per group
//   knapsack/by_value.hpp     huge weights, small values: O(N * sum v)
//   knapsack/mitm.hpp         N <= 44, any weights: meet in the middle
//   knapsack/auto.hpp         0/1 by whichever of the three costs least
//   knapsack/subset_sum.hpp   reachable sums (bitset), witness, largest sum <= t (Pisinger)
//   knapsack/counting.hpp     number of subsets / multisets / sequences per sum, mod p
// Argument order is (w, v, W). Results are long long for integer values (knapsack_value_t).
// Verified by: problems/knapsack-01, knapsack-unbounded, knapsack-large-weight, knapsack-bounded,
// knapsack-huge; tests/knapsack_test.cpp; bench/knapsack_bench.cpp
#pragma once

#include "cpkit/knapsack/auto.hpp"
#include "cpkit/knapsack/bounded.hpp"
#include "cpkit/knapsack/by_value.hpp"
#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/counting.hpp"
#include "cpkit/knapsack/group.hpp"
#include "cpkit/knapsack/knapsack_01.hpp"
#include "cpkit/knapsack/mitm.hpp"
#include "cpkit/knapsack/subset_sum.hpp"
#include "cpkit/knapsack/unbounded.hpp"
