#include "cpkit/knapsack.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <type_traits>
#include <utility>
#include <vector>

#include "support/knapsack_brute.hpp"

namespace {

using ll = long long;
using knapsack_brute::all_subsets_best;
using knapsack_brute::all_subsets_row;

// Runs f once per SIMD level the CPU has (0 = portable, 1 = AVX2, 2 = AVX-512), so every kernel
// clone is checked on this machine, and restores automatic choice afterwards.
template <class F>
void for_each_level(F f) {
  const int top = cpkit::detail::simd_level();
  for (int lvl = 0; lvl <= top; ++lvl) {
    cpkit::detail::simd_override() = lvl;
    f(lvl);
  }
  cpkit::detail::simd_override() = -1;
}

// nullopt (no subset) <-> knapsack_unreachable
std::vector<ll> to_row(const std::vector<std::optional<ll>>& b) {
  std::vector<ll> r;
  for (const auto& x : b) r.push_back(x ? *x : cpkit::knapsack_unreachable<ll>);
  return r;
}

struct instance {
  std::vector<ll> w, v;
  ll W;
};

// Small instance for brute force: n <= max_n, weights in [0, max_w] (zeros included), values of
// one of three scales so the int32 row, its widening, and near-1e15 values are all exercised.
instance gen_instance(int max_n, ll max_w, ll max_cap) {
  const int n = *rc::gen::inRange(0, max_n + 1);
  const int scale = *rc::gen::inRange(0, 3);
  const ll max_v = scale == 0 ? 20 : scale == 1 ? (ll(1) << 28) : ll(1000000000000000);
  instance in;
  in.w = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                              rc::gen::inRange<ll>(0, max_w + 1));
  in.v = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                              rc::gen::inRange<ll>(0, max_v + 1));
  in.W = *rc::gen::inRange<ll>(0, max_cap + 1);
  return in;
}

ll sum_at(const std::vector<ll>& a, const std::vector<int>& idx) {
  ll s = 0;
  for (int i : idx) s += a[static_cast<std::size_t>(i)];
  return s;
}

bool strictly_increasing_in_range(const std::vector<int>& idx, std::size_t n) {
  for (std::size_t k = 0; k < idx.size(); ++k) {
    if (idx[k] < 0 || static_cast<std::size_t>(idx[k]) >= n) return false;
    if (k > 0 && idx[k - 1] >= idx[k]) return false;
  }
  return true;
}

// ---- edge cases ------------------------------------------------------------------------------

TEST(Knapsack01, NoItems) {
  const std::vector<ll> w, v;
  EXPECT_EQ(cpkit::knapsack_01(w, v, 0), 0);
  EXPECT_EQ(cpkit::knapsack_01(w, v, 10), 0);
  const auto exact = cpkit::knapsack_01_row(w, v, 3, true);
  EXPECT_EQ(exact,
            (std::vector<ll>{0, cpkit::knapsack_unreachable<ll>, cpkit::knapsack_unreachable<ll>,
                             cpkit::knapsack_unreachable<ll>}));
}

TEST(Knapsack01, ZeroCapacity) {
  const std::vector<ll> w{1, 0, 0, 2}, v{5, 3, 4, 9};
  EXPECT_EQ(cpkit::knapsack_01(w, v, 0), 7);  // only the two weight-0 items
  const auto s = cpkit::knapsack_01_items(w, v, 0);
  EXPECT_EQ(s.value, 7);
  EXPECT_EQ(s.items, (std::vector<int>{1, 2}));
}

TEST(Knapsack01, EveryItemTooHeavy) {
  const std::vector<ll> w{11, 12, 100}, v{5, 6, 7};
  EXPECT_EQ(cpkit::knapsack_01(w, v, 10), 0);
  EXPECT_TRUE(cpkit::knapsack_01_items(w, v, 10).items.empty());
  EXPECT_EQ(cpkit::knapsack_01_mitm(w, v, 10).value, 0);
  EXPECT_EQ(cpkit::knapsack_01_by_value(w, v, 10), 0);
}

TEST(Knapsack01, AllFit) {
  const std::vector<ll> w{1, 2, 3}, v{4, 5, 6};
  EXPECT_EQ(cpkit::knapsack_01(w, v, 100), 15);
  EXPECT_EQ(cpkit::knapsack_01_items(w, v, 100).items, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(cpkit::knapsack_01_auto(w, v, 1000000000000LL), 15);
}

TEST(Knapsack01, ExactDistinguishesUnreachable) {
  // weights 2 and 4 only reach even sums; "at most" fills odd j with the best below.
  const std::vector<ll> w{2, 4}, v{3, 5};
  const ll U = cpkit::knapsack_unreachable<ll>;
  EXPECT_EQ(cpkit::knapsack_01_row(w, v, 7, true), (std::vector<ll>{0, U, 3, U, 5, U, 8, U}));
  EXPECT_EQ(cpkit::knapsack_01_row(w, v, 7, false), (std::vector<ll>{0, 0, 3, 3, 5, 5, 8, 8}));
}

TEST(Knapsack01, ValuesNear1e15) {
  const ll big = 1000000000000000LL;
  std::vector<ll> w(40), v(40);
  for (int i = 0; i < 40; ++i) {
    w[static_cast<std::size_t>(i)] = i + 1;
    v[static_cast<std::size_t>(i)] = big - i;
  }
  // Oracle: the textbook 2-D table of the support file (40 items are too many for enumeration).
  const ll expect = *knapsack_brute::table_01(w, v, 55, false).back();
  EXPECT_EQ(cpkit::knapsack_01(w, v, 55), expect);
  EXPECT_EQ(cpkit::knapsack_01_mitm(w, v, 55).value, expect);
}

TEST(Knapsack01, SmallIntValueType) {
  const std::vector<int> w{3, 4, 5}, v{30, 50, 60};
  EXPECT_EQ(cpkit::knapsack_01(w, v, 8), 90);
  const std::vector<double> vd{0.5, 1.25, 2.0};
  EXPECT_DOUBLE_EQ(cpkit::knapsack_01(w, vd, 9), 3.25);
}

// std::int64_t is `long` on LP64 Linux, not `long long`: the same SIMD rows must serve it.
// Oracle: the same instance solved with long long values.
TEST(Knapsack01, Int64AndIntWeights) {
  const std::vector<int> w{5, 3, 9, 1, 4, 4, 7};
  const std::vector<std::int64_t> v{10, 7, 30, 1, 9, 8, 20};
  const std::vector<ll> vl(v.begin(), v.end());
  for (bool exact : {false, true}) {
    const auto a = cpkit::knapsack_01_row(w, v, 20, exact);
    const auto b = cpkit::knapsack_01_row(w, vl, 20, exact);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t j = 0; j < a.size(); ++j) {
      EXPECT_EQ(a[j] == cpkit::knapsack_unreachable<std::int64_t>,
                b[j] == cpkit::knapsack_unreachable<ll>);
      if (b[j] != cpkit::knapsack_unreachable<ll>) {
        EXPECT_EQ(a[j], b[j]);
      }
    }
  }
  EXPECT_EQ(cpkit::knapsack_01(w, v, 20),
            to_row(all_subsets_row(std::vector<ll>(w.begin(), w.end()), vl, 20, false)).back());
}

TEST(KnapsackUnbounded, Basic) {
  const std::vector<ll> w{3, 4, 0}, v{4, 5, 0};
  EXPECT_EQ(cpkit::knapsack_unbounded(w, v, 10), 13);  // 3+3+4
  EXPECT_EQ(cpkit::knapsack_unbounded(w, v, 0), 0);
  const ll U = cpkit::knapsack_unreachable<ll>;
  EXPECT_EQ(cpkit::knapsack_unbounded_row(w, v, 5, true), (std::vector<ll>{0, U, U, 4, 5, U}));
}

TEST(KnapsackBounded, ZeroWeightAndZeroCopies) {
  const std::vector<ll> w{0, 2, 1}, v{3, 5, 100};
  const std::vector<ll> m{4, 3, 0};
  for (auto how : {cpkit::bounded_method::automatic, cpkit::bounded_method::binary_split,
                   cpkit::bounded_method::monotone_queue}) {
    EXPECT_EQ(cpkit::knapsack_bounded(w, v, m, 5, how), 12 + 10);
  }
}

TEST(KnapsackGroup, AtMostOnePerGroup) {
  const std::vector<std::vector<std::pair<ll, ll>>> g{{{1, 10}, {1, 11}}, {{2, 7}, {5, 100}}};
  EXPECT_EQ(cpkit::knapsack_group(g, 3), 18);  // 11 + 7, never 10 + 11
  EXPECT_EQ(cpkit::knapsack_group(g, 6), 111);
  EXPECT_EQ(cpkit::knapsack_group(g, 0), 0);
}

TEST(SubsetSum, Basic) {
  const std::vector<int> w{3, 5, 7};
  EXPECT_TRUE(cpkit::subset_sum(w, 0));
  EXPECT_TRUE(cpkit::subset_sum(w, 12));
  EXPECT_FALSE(cpkit::subset_sum(w, 11));
  EXPECT_FALSE(cpkit::subset_sum_witness(w, 11).has_value());
  const auto wit = cpkit::subset_sum_witness(w, 10);
  ASSERT_TRUE(wit.has_value());
  EXPECT_EQ(*wit, (std::vector<int>{0, 2}));
  EXPECT_EQ(cpkit::subset_sum_max_pisinger(w, 11), 10);
  EXPECT_EQ(cpkit::subset_sum_max_pisinger(w, 100), 15);
  EXPECT_EQ(cpkit::subset_sum_max_pisinger(w, 2), 0);
}

TEST(Counting, Basic) {
  const std::vector<int> w{1, 2, 3};
  EXPECT_EQ(cpkit::count_subsets_mod(w, 6, 1000),
            (std::vector<std::uint64_t>{1, 1, 1, 2, 1, 1, 1}));
  // {1,1,1,1}, 1+1+2 in 3 orders, 2+2, 1+3 in 2 orders
  EXPECT_EQ(cpkit::count_sequences_mod(w, 4, 1000)[4], 7u);
  EXPECT_EQ(cpkit::count_multisets_mod(w, 4, 1000)[4], 4u);
  const std::vector<int> z{0, 0, 1};
  EXPECT_EQ(cpkit::count_subsets_mod(z, 1, 1000), (std::vector<std::uint64_t>{4, 4}));
}

// Regression: kernel block boundaries. Capacities around multiples of every lane count, and an
// item whose weight is below the lane count (in-place overlap inside a block).
TEST(Knapsack01, KernelBoundaries) {
  std::mt19937_64 rng(7);
  for (ll W : {0LL, 1LL, 7LL, 8LL, 15LL, 16LL, 17LL, 31LL, 32LL, 33LL, 63LL, 64LL, 65LL}) {
    std::vector<ll> w(10), v(10);
    for (std::size_t i = 0; i < 10; ++i) {
      w[i] = static_cast<ll>(rng() % 6);
      v[i] = static_cast<ll>(rng() % 1000);
    }
    for (bool exact : {false, true}) {
      const auto want = to_row(all_subsets_row(w, v, W, exact));
      for_each_level([&](int lvl) {
        EXPECT_EQ(cpkit::knapsack_01_row(w, v, W, exact), want) << lvl << " W=" << W;
      });
    }
  }
}

// The int32 row must widen before values could lift its -2^30 sentinel to >= 0: seven items of
// weight 2 and value 2^28 (sum 7*2^28 < 2^31) leave every odd cell unreachable, but in an int32 row
// an odd cell would climb to -2^30 + 6*2^28 > 0. Oracle: brute force over all 2^7 subsets.
TEST(Knapsack01, NarrowRowWidensInTime) {
  const std::vector<ll> w(7, 2), v(7, ll(1) << 28);
  const auto want = to_row(all_subsets_row(w, v, 15, true));
  for_each_level([&](int lvl) {
    EXPECT_EQ(cpkit::knapsack_01_row(w, v, 15, true), want) << lvl;
    cpkit::knapsack_01_dp<ll> dp(15, true);
    for (std::size_t i = 0; i < w.size(); ++i) dp.add(w[i], v[i]);
    EXPECT_EQ(dp.row(), want) << lvl;
  });
}

// ---- a large case ------------------------------------------------------------------------------

// Oracle: the textbook 2-D table (support), on N = 150, W = 5000 with int64-size values; and every
// SIMD level must give the same row as the portable one.
TEST(Knapsack01, LargeAgainstTable) {
  std::mt19937_64 rng(11);
  const ll W = 5000;
  std::vector<ll> w(150), v(150);
  for (std::size_t i = 0; i < w.size(); ++i) {
    w[i] = 1 + static_cast<ll>(rng() % 200);
    v[i] = static_cast<ll>(rng() % 1000000000000LL);
  }
  for (bool exact : {false, true}) {
    const auto want = to_row(knapsack_brute::table_01(w, v, W, exact));
    for_each_level(
        [&](int lvl) { EXPECT_EQ(cpkit::knapsack_01_row(w, v, W, exact), want) << lvl; });
  }
  const auto s = cpkit::knapsack_01_items(w, v, W);
  EXPECT_LE(sum_at(w, s.items), W);
  EXPECT_EQ(sum_at(v, s.items), s.value);
  EXPECT_EQ(s.value, to_row(knapsack_brute::table_01(w, v, W, false)).back());
}

// Large subset sum: bitset row against a plain bool DP, on every level.
TEST(SubsetSum, LargeAgainstBoolDp) {
  std::mt19937_64 rng(5);
  const ll W = 20000;
  std::vector<ll> w(60);
  for (auto& x : w) x = 1 + static_cast<ll>(rng() % 3000);
  std::vector<char> ok(static_cast<std::size_t>(W) + 1, 0);
  ok[0] = 1;
  for (ll x : w) {
    for (ll j = W; j >= x; --j)
      ok[static_cast<std::size_t>(j)] |= ok[static_cast<std::size_t>(j - x)];
  }
  const std::vector<bool> want(ok.begin(), ok.end());
  for_each_level([&](int lvl) { EXPECT_EQ(cpkit::subset_sum_row(w, W), want) << lvl; });
  ll best = W;
  while (!ok[static_cast<std::size_t>(best)]) --best;
  EXPECT_EQ(cpkit::subset_sum_max_pisinger(w, W), best);
}

// ---- properties
// -----------------------------------------------------------------------------------

// Oracle: brute force over all 2^n subsets, both row kinds, every SIMD level.
RC_GTEST_PROP(Knapsack01, RowMatchesAllSubsets, ()) {
  const instance in = gen_instance(12, 20, 80);
  for (bool exact : {false, true}) {
    const auto want = to_row(all_subsets_row(in.w, in.v, in.W, exact));
    for_each_level(
        [&](int) { RC_ASSERT(cpkit::knapsack_01_row(in.w, in.v, in.W, exact) == want); });
  }
}

// Oracle: brute force over all subsets; the streaming form (one add() per item, no choices kept)
// and add_all (two items per sweep) must give the same row, and best() the best reachable cell.
RC_GTEST_PROP(Knapsack01, StreamingAddMatchesAllSubsets, ()) {
  const instance in = gen_instance(12, 20, 80);
  const bool exact = *rc::gen::arbitrary<bool>();
  const auto brute = all_subsets_row(in.w, in.v, in.W, exact);
  const auto want = to_row(brute);
  ll want_best = 0;
  for (const auto& b : brute) {
    if (b) want_best = std::max(want_best, *b);
  }
  for_each_level([&](int) {
    cpkit::knapsack_01_dp<ll> one(in.W, exact), all(in.W, exact);
    for (std::size_t i = 0; i < in.w.size(); ++i) one.add(in.w[i], in.v[i]);
    all.add_all(in.w, in.v);
    RC_ASSERT(one.row() == want);
    RC_ASSERT(all.row() == want);
    RC_ASSERT(one.best() == want_best);
    RC_ASSERT(all.best() == want_best);
  });
}

// Oracle: the items re-summed must weigh <= W (or exactly j) and add up to the brute-force optimum.
RC_GTEST_PROP(Knapsack01, ReconstructionResums, ()) {
  const instance in = gen_instance(12, 20, 60);
  const auto s = cpkit::knapsack_01_items(in.w, in.v, in.W);
  RC_ASSERT(strictly_increasing_in_range(s.items, in.w.size()));
  RC_ASSERT(sum_at(in.w, s.items) <= in.W);
  RC_ASSERT(sum_at(in.v, s.items) == s.value);
  RC_ASSERT(s.value == all_subsets_best(in.w, in.v, in.W));
  cpkit::knapsack_01_dp<ll> dp(in.W, true, true);
  for (std::size_t i = 0; i < in.w.size(); ++i) dp.add(in.w[i], in.v[i]);
  const auto want = all_subsets_row(in.w, in.v, in.W, true);
  for (ll j = 0; j <= in.W; ++j) {
    if (!want[static_cast<std::size_t>(j)]) continue;
    const auto items = dp.items(j);
    RC_ASSERT(strictly_increasing_in_range(items, in.w.size()));
    RC_ASSERT(sum_at(in.w, items) == j);
    RC_ASSERT(sum_at(in.v, items) == *want[static_cast<std::size_t>(j)]);
  }
}

// Oracle: slow 2-D unbounded table that tries k = 0, 1, 2, ... copies of each item explicitly.
RC_GTEST_PROP(KnapsackUnbounded, MatchesSlowDp, ()) {
  instance in = gen_instance(8, 25, 120);
  for (std::size_t i = 0; i < in.w.size(); ++i) {
    if (in.w[i] == 0) in.v[i] = 0;  // weight 0 with value > 0 is infinite: precondition
    in.v[i] %= 1000000000LL;        // keep max(v)*W far below max/4
  }
  for (bool exact : {false, true}) {
    const auto want = to_row(knapsack_brute::slow_unbounded(in.w, in.v, in.W, exact));
    for_each_level(
        [&](int) { RC_ASSERT(cpkit::knapsack_unbounded_row(in.w, in.v, in.W, exact) == want); });
  }
}

// Oracle: the expanded 0/1 instance (m_i copies of item i) solved by the 2-D table; all three
// methods.
RC_GTEST_PROP(KnapsackBounded, MatchesExpanded01, ()) {
  instance in = gen_instance(6, 15, 100);
  std::vector<ll> m =
      *rc::gen::container<std::vector<ll>>(in.w.size(), rc::gen::inRange<ll>(0, 40));
  std::vector<ll> ew, ev;
  for (std::size_t i = 0; i < in.w.size(); ++i) {
    in.v[i] %= 1000000000LL;
    for (ll k = 0; k < m[i]; ++k) {
      ew.push_back(in.w[i]);
      ev.push_back(in.v[i]);
    }
  }
  for (bool exact : {false, true}) {
    const auto want = to_row(knapsack_brute::table_01(ew, ev, in.W, exact));
    for (auto how : {cpkit::bounded_method::automatic, cpkit::bounded_method::binary_split,
                     cpkit::bounded_method::monotone_queue}) {
      for_each_level([&](int) {
        RC_ASSERT(cpkit::knapsack_bounded_row(in.w, in.v, m, in.W, exact, how) == want);
      });
    }
  }
}

// Oracle: recursion over every choice of none-or-one item per group.
RC_GTEST_PROP(KnapsackGroup, MatchesAllChoices, ()) {
  const int groups = *rc::gen::inRange(0, 5);
  std::vector<std::vector<std::pair<ll, ll>>> g(static_cast<std::size_t>(groups));
  for (auto& grp : g) {
    const int k = *rc::gen::inRange(0, 4);
    for (int i = 0; i < k; ++i) {
      grp.emplace_back(*rc::gen::inRange<ll>(0, 20), *rc::gen::inRange<ll>(0, 1000000000000LL));
    }
  }
  const ll W = *rc::gen::inRange<ll>(0, 70);
  for (bool exact : {false, true}) {
    std::vector<std::optional<ll>> best(static_cast<std::size_t>(W) + 1);
    knapsack_brute::group_rec(g, 0, 0, 0, W, exact, best);
    const auto want = to_row(best);
    for_each_level([&](int) { RC_ASSERT(cpkit::knapsack_group_row(g, W, exact) == want); });
  }
}

// Oracle: min weight per exact value by enumeration; by_value against the weight DP (both apply).
RC_GTEST_PROP(KnapsackByValue, MatchesEnumerationAndWeightDp, ()) {
  const int n = *rc::gen::inRange(0, 11);
  const auto w = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, 1000000000LL));
  const auto v = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, 30));
  ll sv = 0;
  for (ll x : v) sv += x;
  std::vector<ll> want(static_cast<std::size_t>(sv) + 1, -1);
  for (std::uint64_t mask = 0; mask < (std::uint64_t(1) << n); ++mask) {
    ll a = 0, b = 0;
    for (int i = 0; i < n; ++i) {
      if ((mask >> i) & 1U) {
        a += w[static_cast<std::size_t>(i)];
        b += v[static_cast<std::size_t>(i)];
      }
    }
    ll& cell = want[static_cast<std::size_t>(b)];
    if (cell < 0 || a < cell) cell = a;
  }
  for_each_level([&](int) { RC_ASSERT(cpkit::knapsack_min_weight_by_value(w, v) == want); });
  // Small weights so the weight DP applies too.
  std::vector<ll> ws = w;
  for (ll& x : ws) x %= 40;
  const ll W = *rc::gen::inRange<ll>(0, 200);
  RC_ASSERT(cpkit::knapsack_01_by_value(ws, v, W) == cpkit::knapsack_01(ws, v, W));
  RC_ASSERT(cpkit::knapsack_01_by_value(w, v, W * 10000000) ==
            all_subsets_best(w, v, W * 10000000));
}

// Oracle: all subsets (weights and values up to 1e15); and the weight DP where W is small.
RC_GTEST_PROP(KnapsackMitm, MatchesAllSubsetsAndWeightDp, ()) {
  const int n = *rc::gen::inRange(0, 15);
  const ll lim = 1000000000000000LL;
  const auto w = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, lim + 1));
  const auto v = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, lim + 1));
  const ll W = *rc::gen::inRange<ll>(0, lim * 4);
  const auto s = cpkit::knapsack_01_mitm(w, v, W);
  RC_ASSERT(s.value == all_subsets_best(w, v, W));
  RC_ASSERT(strictly_increasing_in_range(s.items, w.size()));
  RC_ASSERT(sum_at(w, s.items) <= W);
  RC_ASSERT(sum_at(v, s.items) == s.value);
  const instance in = gen_instance(14, 30, 200);
  RC_ASSERT(cpkit::knapsack_01_mitm(in.w, in.v, in.W).value ==
            cpkit::knapsack_01(in.w, in.v, in.W));
}

// Oracle: all subsets, on instances shaped for each of the three methods.
RC_GTEST_PROP(Knapsack01Auto, MatchesAllSubsets, ()) {
  const int shape = *rc::gen::inRange(0, 3);
  const int n = *rc::gen::inRange(0, 13);
  const ll wmax = shape == 0 ? 50 : 1000000000000LL;
  const ll vmax = shape == 1 ? 50 : 1000000000000LL;
  const auto w = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, wmax + 1));
  const auto v = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, vmax + 1));
  const ll W = *rc::gen::inRange<ll>(0, wmax * 4);
  RC_ASSERT(cpkit::knapsack_01_auto(w, v, W) == all_subsets_best(w, v, W));
}

// Oracle: all subsets decide reachability; the witness is re-summed.
RC_GTEST_PROP(SubsetSum, RowAndWitnessMatchAllSubsets, ()) {
  const instance in = gen_instance(12, 150, 700);
  std::vector<ll> ones(in.w.size(), 1);
  const auto best = all_subsets_row(in.w, ones, in.W, true);
  std::vector<bool> want;
  for (const auto& b : best) want.push_back(b.has_value());
  for_each_level([&](int) { RC_ASSERT(cpkit::subset_sum_row(in.w, in.W) == want); });
  const auto wit = cpkit::subset_sum_witness(in.w, in.W);
  RC_ASSERT(wit.has_value() == static_cast<bool>(want.back()));
  if (wit) {
    RC_ASSERT(strictly_increasing_in_range(*wit, in.w.size()));
    RC_ASSERT(sum_at(in.w, *wit) == in.W);
  }
}

// Oracle: the largest reachable sum <= t by enumeration of all subsets.
RC_GTEST_PROP(SubsetSum, PisingerMatchesAllSubsets, ()) {
  const instance in = gen_instance(13, 40, 300);
  std::vector<ll> ones(in.w.size(), 1);
  const auto best = all_subsets_row(in.w, ones, in.W, true);
  ll want = in.W;
  while (!best[static_cast<std::size_t>(want)]) --want;
  RC_ASSERT(cpkit::subset_sum_max_pisinger(in.w, in.W) == want);
}

// Oracle: the bitset row (itself checked above) on larger N, where enumeration is too slow.
RC_GTEST_PROP(SubsetSum, PisingerMatchesBitsetOnLargerN, ()) {
  const int n = *rc::gen::inRange(0, 60);
  const auto w = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, 60));
  const ll t = *rc::gen::inRange<ll>(0, 2000);
  const auto row = cpkit::subset_sum_row(w, t);
  ll want = t;
  while (!row[static_cast<std::size_t>(want)]) --want;
  RC_ASSERT(cpkit::subset_sum_max_pisinger(w, t) == want);
}

// Oracle: a plain bool DP over sums 0..t. Weights up to 3 with t up to 6000 make subset_sum_max
// take Pisinger's path (1024 * max w < t); weights up to 50 keep it on the bitset.
RC_GTEST_PROP(SubsetSum, MaxChoosesEitherPathCorrectly, ()) {
  const ll maxw = *rc::gen::element<ll>(3, 50);
  const int n = *rc::gen::inRange(0, 600);
  const auto w = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, maxw + 1));
  const ll t = *rc::gen::inRange<ll>(0, 6001);
  std::vector<char> ok(static_cast<std::size_t>(t) + 1, 0);
  ok[0] = 1;
  for (ll x : w) {
    for (ll j = t; j >= x; --j) {
      if (ok[static_cast<std::size_t>(j - x)]) ok[static_cast<std::size_t>(j)] = 1;
    }
  }
  ll want = t;
  while (!ok[static_cast<std::size_t>(want)]) --want;
  RC_ASSERT(cpkit::subset_sum_max(w, t) == want);
  RC_ASSERT(cpkit::subset_sum(w, t) == static_cast<bool>(ok.back()));
}

// Oracle: subsets counted by enumeration; sequences and multisets by plain recursion.
RC_GTEST_PROP(Counting, MatchesEnumeration, ()) {
  const instance in = gen_instance(12, 10, 40);
  const std::uint64_t p = *rc::gen::element<std::uint64_t>(2, 7, 998244353);
  RC_ASSERT(cpkit::count_subsets_mod(in.w, in.W, p) ==
            knapsack_brute::count_subsets(in.w, in.W, p));
  std::vector<ll> pos;
  for (ll x : in.w) pos.push_back(x + 1);  // zero weights are a precondition violation here
  pos.resize(std::min<std::size_t>(pos.size(), 5));
  const ll S = std::min<ll>(in.W, 13);
  const auto seq = cpkit::count_sequences_mod(pos, S, p);
  const auto mul = cpkit::count_multisets_mod(pos, S, p);
  for (ll s = 0; s <= S; ++s) {
    RC_ASSERT(seq[static_cast<std::size_t>(s)] == knapsack_brute::count_sequences(pos, s) % p);
    RC_ASSERT(mul[static_cast<std::size_t>(s)] == knapsack_brute::count_multisets(pos, 0, s) % p);
  }
}


// ---- regressions: value types (issue 13, item 6) ---------------------------------------------
// Contest inputs are read into int all the time. The DP must accumulate in 64 bits and return
// long long unless the caller asks otherwise: with int values, {1e9, 1e9, 1e9} used to assert
// (and give 2e9 under NDEBUG), {3e8, 3e8} asserted although 6e8 fits an int.
// Oracle: every item fits, so the answer is the plain sum of the values.
TEST(KnapsackValueType, IntValuesAccumulateIn64Bits) {
  const std::vector<int> w{1, 1, 1};
  const std::vector<int> v{1000000000, 1000000000, 1000000000};
  const std::vector<int> m{1, 1, 1};
  const std::vector<std::vector<std::pair<int, int>>> g{
      {{1, 1000000000}}, {{1, 1000000000}}, {{1, 1000000000}}};
  const ll want = 3000000000LL;
  static_assert(std::is_same<decltype(cpkit::knapsack_01(w, v, 3)), ll>::value,
                "int values give a long long answer");
  static_assert(std::is_same<decltype(cpkit::knapsack_01_row(w, v, 3)), std::vector<ll>>::value,
                "int values give a long long row");
  EXPECT_EQ(cpkit::knapsack_01(w, v, 3), want);
  EXPECT_EQ(cpkit::knapsack_01_row(w, v, 3).back(), want);
  EXPECT_EQ(cpkit::knapsack_01_items(w, v, 3).value, want);
  EXPECT_EQ(cpkit::knapsack_unbounded(w, v, 1), 1000000000LL);
  EXPECT_EQ(cpkit::knapsack_bounded(w, v, m, 3), want);
  EXPECT_EQ(cpkit::knapsack_group(g, 3), want);
  EXPECT_EQ(cpkit::knapsack_01_mitm(w, v, 3).value, want);
  EXPECT_EQ(cpkit::knapsack_01_auto(w, v, 3), want);
}

TEST(KnapsackValueType, IntValuesWhoseAnswerFitsAnInt) {
  const std::vector<int> w{1, 1};
  const std::vector<int> v{300000000, 300000000};
  EXPECT_EQ(cpkit::knapsack_01(w, v, 2), 600000000LL);
  EXPECT_EQ(cpkit::knapsack_unbounded(w, v, 2), 600000000LL);
  EXPECT_EQ(cpkit::knapsack_bounded(w, v, std::vector<int>{1, 1}, 2), 600000000LL);
  const std::vector<int> small{3, 4};
  EXPECT_EQ(cpkit::knapsack_01_by_value(w, small, 2), 7LL);
  static_assert(std::is_same<decltype(cpkit::knapsack_01_by_value(w, small, 2)), ll>::value,
                "int values give a long long answer");
}

// Asking for the narrow type keeps it (then its own limits apply), and float widens to double.
TEST(KnapsackValueType, CallerChoosesTheResultType) {
  const std::vector<int> w{3, 4, 5}, v{30, 50, 60};
  static_assert(std::is_same<decltype(cpkit::knapsack_01<int>(w, v, 8)), int>::value,
                "an explicit result type is kept");
  EXPECT_EQ(cpkit::knapsack_01<int>(w, v, 8), 90);
  const std::vector<float> vf{0.5f, 1.25f, 2.0f};
  static_assert(std::is_same<decltype(cpkit::knapsack_01(w, vf, 9)), double>::value,
                "float values accumulate in double");
  EXPECT_DOUBLE_EQ(cpkit::knapsack_01(w, vf, 9), 3.25);
  const std::vector<unsigned> vu{30, 50, 60};
  EXPECT_EQ(cpkit::knapsack_01(w, vu, 8), 90LL);
}

// ---- regressions: the automatic choice (issue 13, item 5) ------------------------------------
// N = 50, weights 1e17, W = 1e18: the sum of the weights (5e18) is past what the value DP's old
// precondition allowed (2^61), and N > 44 rules out meet in the middle. The automatic choice
// picked the value DP anyway (debug builds aborted). Oracle: with equal weights the best set is
// the floor(W / w) = 10 most valuable items.
TEST(Knapsack01Auto, HugeWeightSumPicksAMethodThatHolds) {
  const std::vector<ll> w(50, 100000000000000000LL);
  std::vector<ll> v(50);
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<ll>((i * 37) % 50) + 1;
  std::vector<ll> sorted = v;
  std::sort(sorted.rbegin(), sorted.rend());
  ll want = 0;
  for (std::size_t i = 0; i < 10; ++i) want += sorted[i];
  EXPECT_EQ(cpkit::knapsack_01_auto(w, v, 1000000000000000000LL), want);
  EXPECT_EQ(cpkit::knapsack_01_by_value(w, v, 1000000000000000000LL), want);
  EXPECT_EQ(cpkit::knapsack_01_auto_method(w, v, 1000000000000000000LL),
            cpkit::knapsack_method::value_dp);
}

// No method fits: N = 60 (no meet in the middle), W and the weights huge (no weight DP), values
// summing to 6e10 (no value DP). The query says so, and the solver stops with a message instead
// of running a DP it cannot hold (also under NDEBUG).
TEST(Knapsack01Auto, NoMethodFitsIsSaidClearly) {
  const std::vector<ll> w(60, 1000000000000LL), v(60, 1000000000LL);
  EXPECT_EQ(cpkit::knapsack_01_auto_method(w, v, 1000000000000000LL),
            cpkit::knapsack_method::none);
  EXPECT_DEATH((void)cpkit::knapsack_01_auto(w, v, 1000000000000000LL), "no method fits");
}

// Oracle for huge weights: the textbook value-indexed table in __int128 (min weight of a subset
// of each exact value; no overflow possible), written here without the library's kernels.
ll value_table_best(const std::vector<ll>& w, const std::vector<ll>& v, ll W) {
  __extension__ typedef __int128 i128;
  ll sv = 0;
  for (ll x : v) sv += x;
  const i128 none = -1;
  std::vector<i128> minw(static_cast<std::size_t>(sv) + 1, none);
  minw[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (ll s = sv; s >= v[i]; --s) {
      const i128 from = minw[static_cast<std::size_t>(s - v[i])];
      i128& to = minw[static_cast<std::size_t>(s)];
      if (from != none && (to == none || from + w[i] < to)) to = from + w[i];
    }
  }
  ll best = 0;
  for (ll s = 0; s <= sv; ++s) {
    const i128 m = minw[static_cast<std::size_t>(s)];
    if (m != none && m <= W) best = s;
  }
  return best;
}

// Weights up to 2^62 and W up to 2^62 - 1, N up to 60, small values: the value DP (direct and
// automatic) must never overflow and must match the 128-bit table. Half the cases draw every
// weight from [W/3, W], so sets of many items that each fit weigh far past 2^63.
RC_GTEST_PROP(KnapsackByValue, HugeWeightsMatch128BitTable, ()) {
  const int n = *rc::gen::inRange(0, 61);
  const ll top = (ll(1) << 62) - 1;
  const ll W = *rc::gen::oneOf(rc::gen::inRange<ll>(0, top), rc::gen::inRange<ll>(top - 5, top));
  const bool heavy = *rc::gen::arbitrary<bool>();
  const auto w = *rc::gen::container<std::vector<ll>>(
      static_cast<std::size_t>(n),
      heavy ? rc::gen::inRange<ll>(W / 3, W + 1)
            : rc::gen::oneOf(rc::gen::inRange<ll>(0, top + 1),
                             rc::gen::inRange<ll>(top - 1000, top + 1),
                             rc::gen::inRange<ll>(0, 1000)));
  const auto v = *rc::gen::container<std::vector<ll>>(static_cast<std::size_t>(n),
                                                      rc::gen::inRange<ll>(0, 40));
  const ll want = value_table_best(w, v, W);
  RC_ASSERT(cpkit::knapsack_01_by_value(w, v, W) == want);
  RC_ASSERT(cpkit::knapsack_01_auto(w, v, W) == want);
}

// 60 items of weight 2^61 + 1 and value 1, W = 2^62 - 2: one fits, two do not. Sets of four or
// more weigh past 2^63, which a value DP in plain int64 wraps into "light". Oracle: arithmetic.
TEST(KnapsackByValue, WeightSumsPast2To63) {
  const std::vector<ll> w(60, (ll(1) << 61) + 1), v(60, 1);
  EXPECT_EQ(cpkit::knapsack_01_by_value(w, v, (ll(1) << 62) - 2), 1);
  EXPECT_EQ(cpkit::knapsack_01_auto(w, v, (ll(1) << 62) - 2), 1);
}

}  // namespace
