// Tests of include/cpkit/combination_sum.hpp: edge cases, a large case, then rapidcheck
// properties against the brute-force oracles of tests/support/combination_sum_brute.hpp.
#include "cpkit/combination_sum.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

#include "support/combination_sum_brute.hpp"

namespace {

using combos = std::vector<std::vector<int>>;
constexpr std::size_t no_limit = std::numeric_limits<std::size_t>::max();

// The flat buffer is well formed: offsets start at 0, never decrease, end at values.size().
bool well_formed(const cpkit::combination_list& l) {
  if (l.offsets.empty() || l.offsets.front() != 0 || l.offsets.back() != l.values.size())
    return false;
  return std::is_sorted(l.offsets.begin(), l.offsets.end());
}

combos as_vectors(const cpkit::combination_list& l) {
  combos out;
  for (std::size_t i = 0; i < l.size(); ++i) out.push_back(l[i].to_vector());
  return out;
}

cpkit::combination_sum_options opts(std::size_t max_length, std::size_t max_count = no_limit) {
  cpkit::combination_sum_options o;
  o.max_length = max_length;
  o.max_count = max_count;
  return o;
}

// Every combination sums to target and is non-decreasing; the list is strictly increasing in
// lexicographic order (so sorted and without repeats).
bool sums_and_order_ok(const combos& cs, long long target) {
  for (const auto& c : cs) {
    if (std::accumulate(c.begin(), c.end(), 0LL) != target) return false;
    if (!std::is_sorted(c.begin(), c.end())) return false;
  }
  for (std::size_t i = 1; i < cs.size(); ++i)
    if (!(cs[i - 1] < cs[i])) return false;
  return true;
}

// ---- edge cases ---------------------------------------------------------------------------

TEST(CombinationSum, TargetZeroIsTheEmptyCombination) {
  for (const std::vector<int>& c : {std::vector<int>{}, std::vector<int>{3, 5}}) {
    EXPECT_EQ(as_vectors(cpkit::combination_sum_unbounded(c, 0)), combos{{}});
    EXPECT_EQ(as_vectors(cpkit::combination_sum_once(c, 0)), combos{{}});
    EXPECT_EQ(cpkit::count_combination_sum_unbounded(c, 0), 1u);
    EXPECT_EQ(cpkit::count_combination_sum_once(c, 0), 1u);
    EXPECT_EQ(cpkit::count_combination_sum_sequences(c, 0), 1u);
  }
  EXPECT_EQ(as_vectors(cpkit::combination_sum_k(0, 0, 1, 9)), combos{{}});
  EXPECT_EQ(as_vectors(cpkit::combination_sum_k(0, 0, 5, 4)), combos{{}});  // empty range
  EXPECT_TRUE(cpkit::combination_sum_k(0, 1, 1, 9).empty());
  EXPECT_EQ(cpkit::count_combination_sum_sequences({}, 0, 1), 0u);  // 1 mod 1
}

TEST(CombinationSum, NegativeTargetHasNoAnswer) {
  EXPECT_TRUE(cpkit::combination_sum_unbounded({1, 2}, -3).empty());
  EXPECT_TRUE(cpkit::combination_sum_once({1, 2}, -1).empty());
  EXPECT_EQ(cpkit::count_combination_sum_unbounded({1}, -1), 0u);
  EXPECT_EQ(cpkit::count_combination_sum_once({1}, -1), 0u);
  EXPECT_EQ(cpkit::count_combination_sum_sequences({1}, -1), 0u);
}

TEST(CombinationSum, EmptyCandidatesPositiveTarget) {
  EXPECT_TRUE(cpkit::combination_sum_unbounded({}, 7).empty());
  EXPECT_TRUE(cpkit::combination_sum_once({}, 7).empty());
  EXPECT_EQ(cpkit::count_combination_sum_sequences({}, 7), 0u);
}

TEST(CombinationSum, TargetBelowEveryCandidate) {
  EXPECT_TRUE(cpkit::combination_sum_unbounded({5, 7, 9}, 4).empty());
  EXPECT_TRUE(cpkit::combination_sum_once({5, 5, 7}, 4).empty());
  EXPECT_TRUE(cpkit::combination_sum_k(2, 2, 1, 9).empty());  // smallest pair sums to 3
  EXPECT_EQ(cpkit::count_combination_sum_unbounded({5, 7}, 4), 0u);
  EXPECT_EQ(cpkit::count_combination_sum_sequences({5, 7}, 4), 0u);
}

TEST(CombinationSum, OneCandidate) {
  EXPECT_EQ(as_vectors(cpkit::combination_sum_unbounded({3}, 9)), (combos{{3, 3, 3}}));
  EXPECT_TRUE(cpkit::combination_sum_unbounded({3}, 10).empty());
  EXPECT_EQ(as_vectors(cpkit::combination_sum_once({3}, 3)), (combos{{3}}));
  EXPECT_TRUE(cpkit::combination_sum_once({3}, 6).empty());  // one position, used at most once
  EXPECT_EQ(as_vectors(cpkit::combination_sum_once({3, 3, 3}, 6)), (combos{{3, 3}}));
}

// The published examples of LeetCode 39, 40, 216 and 377, also checked against the brute force.
TEST(CombinationSum, ClassicExamples) {
  const combos ex39 = {{2, 2, 3}, {7}};
  EXPECT_EQ(as_vectors(cpkit::combination_sum_unbounded({2, 3, 6, 7}, 7)), ex39);
  EXPECT_EQ(cs_brute::unbounded({2, 3, 6, 7}, 7, no_limit), ex39);
  const combos ex40 = {{1, 1, 6}, {1, 2, 5}, {1, 7}, {2, 6}};
  EXPECT_EQ(as_vectors(cpkit::combination_sum_once({10, 1, 2, 7, 6, 1, 5}, 8)), ex40);
  EXPECT_EQ(cs_brute::once({10, 1, 2, 7, 6, 1, 5}, 8, no_limit), ex40);
  const combos ex216 = {{1, 2, 6}, {1, 3, 5}, {2, 3, 4}};
  EXPECT_EQ(as_vectors(cpkit::combination_sum_k(3, 9, 1, 9)), ex216);
  EXPECT_EQ(cs_brute::k_of_range(3, 9, 1, 9), ex216);
  EXPECT_EQ(cpkit::count_combination_sum_sequences({1, 2, 3}, 4), 7u);
  EXPECT_EQ(cs_brute::sequences({1, 2, 3}, 4), 7u);
}

TEST(CombinationSum, RepeatedCandidatesAreMergedWhenUnbounded) {
  EXPECT_EQ(as_vectors(cpkit::combination_sum_unbounded({2, 2, 3, 3}, 6)),
            as_vectors(cpkit::combination_sum_unbounded({3, 2}, 6)));
  EXPECT_EQ(cpkit::count_combination_sum_unbounded({2, 2, 3}, 6), 2u);  // 2+2+2, 3+3
  EXPECT_EQ(cpkit::count_combination_sum_sequences({2, 2, 3}, 6), 2u);  // 222, 33
}

TEST(CombinationSum, MaxCountZeroVisitsNothing) {
  std::size_t calls = 0;
  auto vis = [&calls](cpkit::combination_view) { ++calls; };
  EXPECT_EQ(cpkit::for_each_combination_sum_unbounded({1}, 3, vis, opts(no_limit, 0)), 0u);
  EXPECT_EQ(cpkit::for_each_combination_sum_once({1, 2}, 3, vis, opts(no_limit, 0)), 0u);
  EXPECT_EQ(cpkit::for_each_combination_sum_k(2, 3, 1, 9, vis, opts(no_limit, 0)), 0u);
  EXPECT_EQ(cpkit::for_each_combination_sum_unbounded({1}, 0, vis, opts(no_limit, 0)), 0u);
  EXPECT_EQ(calls, 0u);
}

TEST(CombinationSum, MaxLengthZeroKeepsOnlyTheEmptyCombination) {
  EXPECT_TRUE(cpkit::combination_sum_unbounded({1, 2}, 2, opts(0)).empty());
  EXPECT_TRUE(cpkit::combination_sum_once({1, 2}, 2, opts(0)).empty());
  EXPECT_EQ(cpkit::combination_sum_unbounded({1, 2}, 0, opts(0)).size(), 1u);
  EXPECT_TRUE(cpkit::combination_sum_k(1, 2, 1, 9, opts(0)).empty());
}

TEST(CombinationSum, KLargerThanTheRange) {
  EXPECT_TRUE(cpkit::combination_sum_k(10, 45, 1, 9).empty());
  EXPECT_EQ(cpkit::combination_sum_k(9, 45, 1, 9).size(), 1u);
  EXPECT_TRUE(cpkit::combination_sum_k(1, 3, 4, 3).empty());  // lo > hi
}

// Adversarial for plain backtracking: 30 even candidates and an odd target explore an
// exponential tree there; here the tables answer at once (a regression would hang this test).
TEST(CombinationSum, UnreachableTargetReturnsAtOnce) {
  std::vector<int> even;
  for (int i = 1; i <= 30; ++i) even.push_back(2 * i);
  std::size_t calls = 0;
  auto vis = [&calls](cpkit::combination_view) { ++calls; };
  EXPECT_EQ(cpkit::for_each_combination_sum_unbounded(even, 10001, vis), 0u);
  EXPECT_EQ(cpkit::for_each_combination_sum_once(even, 901, vis), 0u);
  // 15 distinct values of [-10^6, 10^6] sum to at most 15 * 10^6 - 105.
  EXPECT_EQ(cpkit::for_each_combination_sum_k(15, 15'000'000 - 104, -1'000'000, 1'000'000, vis),
            0u);
  EXPECT_EQ(cpkit::count_combination_sum_unbounded(even, 10001), 0u);
  EXPECT_EQ(calls, 0u);
  EXPECT_EQ(cpkit::for_each_combination_sum_k(15, 15'000'000 - 105, -1'000'000, 1'000'000, vis),
            1u);
  // Reachable but only by combinations longer than the limit: also no search.
  EXPECT_EQ(cpkit::for_each_combination_sum_unbounded(even, 10000, vis, opts(10)), 0u);
}

TEST(CombinationSum, VisitorFormsVoidAndBool) {
  std::vector<std::vector<int>> seen;
  const auto keep = [&seen](cpkit::combination_view v) { seen.push_back(v.to_vector()); };
  EXPECT_EQ(cpkit::for_each_combination_sum_unbounded({1, 2}, 4, keep), 3u);
  EXPECT_EQ(seen, (combos{{1, 1, 1, 1}, {1, 1, 2}, {2, 2}}));
  std::size_t calls = 0;
  EXPECT_EQ(cpkit::for_each_combination_sum_unbounded(
                {1, 2}, 4, [&calls](cpkit::combination_view) { return ++calls < 2; }),
            2u);
}

// The first answer of an astronomically large search comes at once (max_count = 1), and so
// does the first answer of a deep one (target 10^5 made of ones).
TEST(CombinationSum, FirstAnswerOfAHugeSearch) {
  std::vector<int> c(40);
  std::iota(c.begin(), c.end(), 1);
  const auto first = cpkit::combination_sum_unbounded(c, 3000, opts(no_limit, 1));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].size(), 3000u);
  const auto shortest = cpkit::combination_sum_unbounded(c, 3000, opts(75, 1));
  ASSERT_EQ(shortest.size(), 1u);
  EXPECT_EQ(shortest[0].size(), 75u);  // 3000 = 75 * 40, nothing shorter exists
  EXPECT_EQ(shortest[0][0], 40);
  EXPECT_TRUE(cpkit::combination_sum_unbounded(c, 3000, opts(74, 1)).empty());
}

// Regression (found while writing the header): the "unreachable" mark of the length table is
// the largest uint32, which a max_length above 2^32 used to accept as a finite length.
TEST(CombinationSum, HugeMaxLengthActsAsNoLimit) {
  const std::size_t huge = std::size_t{1} << 40;
  EXPECT_TRUE(cpkit::combination_sum_unbounded({}, 7, opts(huge)).empty());
  EXPECT_TRUE(cpkit::combination_sum_unbounded({4, 6}, 7, opts(huge)).empty());
  EXPECT_TRUE(cpkit::combination_sum_once({4, 6}, 7, opts(huge)).empty());
  EXPECT_EQ(as_vectors(cpkit::combination_sum_unbounded({2, 3, 5}, 17, opts(huge))),
            as_vectors(cpkit::combination_sum_unbounded({2, 3, 5}, 17)));
  EXPECT_EQ(as_vectors(cpkit::combination_sum_once({2, 2, 3, 5, 5, 7}, 12, opts(huge))),
            as_vectors(cpkit::combination_sum_once({2, 2, 3, 5, 5, 7}, 12)));
}

// ---- a large case ---------------------------------------------------------------------------

// Oracle: the counting DPs (a different algorithm: no enumeration) give the number of answers;
// sums, inner order and strict lexicographic order are checked on every combination.
TEST(CombinationSum, LargeAgainstCountingDp) {
  std::vector<int> c(12);
  std::iota(c.begin(), c.end(), 1);
  const auto all = cpkit::combination_sum_unbounded(c, 60);
  ASSERT_TRUE(well_formed(all));
  EXPECT_EQ(all.size(), cpkit::count_combination_sum_unbounded(c, 60));
  EXPECT_GT(all.size(), 100000u);
  EXPECT_TRUE(sums_and_order_ok(as_vectors(all), 60));

  std::vector<int> rep;
  for (int i = 0; i < 60; ++i) rep.push_back(1 + (i * 7) % 11);
  const auto once = cpkit::combination_sum_once(rep, 40);
  ASSERT_TRUE(well_formed(once));
  EXPECT_EQ(once.size(), cpkit::count_combination_sum_once(rep, 40));
  EXPECT_GT(once.size(), 1000u);
  EXPECT_TRUE(sums_and_order_ok(as_vectors(once), 40));

  // k distinct values of 1..40 with sum 144: count by the DP over (value, how many, sum).
  const int k = 7, lo = 1, hi = 40, target = 144;
  std::vector<std::vector<std::uint64_t>> ways(k + 1, std::vector<std::uint64_t>(target + 1));
  ways[0][0] = 1;
  for (int v = lo; v <= hi; ++v)
    for (int j = k; j >= 1; --j)
      for (int s = target; s >= v; --s) ways[j][s] += ways[j - 1][s - v];
  const auto ks = cpkit::combination_sum_k(k, target, lo, hi);
  EXPECT_EQ(ks.size(), ways[k][target]);
  EXPECT_GT(ks.size(), 100000u);
  const auto kv = as_vectors(ks);
  EXPECT_TRUE(sums_and_order_ok(kv, target));
  for (const auto& comb : kv)
    EXPECT_TRUE(comb.size() == k && std::adjacent_find(comb.begin(), comb.end()) == comb.end());
}

// ---- properties ---------------------------------------------------------------------------

// Oracle: cs_brute::unbounded, every multiset up to the target, filtered and sorted.
RC_GTEST_PROP(CombinationSumProp, UnboundedMatchesBrute, ()) {
  const int max_value = *rc::gen::inRange(1, 16);
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(0, 8),
                                                       rc::gen::inRange(1, max_value + 1));
  const int target = *rc::gen::inRange(0, 36);
  const std::size_t max_len =
      *rc::gen::oneOf(rc::gen::just(no_limit), rc::gen::inRange<std::size_t>(0, 8));
  const auto got = cpkit::combination_sum_unbounded(c, target, opts(max_len));
  RC_ASSERT(well_formed(got));
  RC_ASSERT(as_vectors(got) == cs_brute::unbounded(c, target, max_len));
}

// Oracle: cs_brute::once, all 2^n subsets of positions, values sorted, repeats removed by a set.
// Small values force many equal candidates, so repeats would show.
RC_GTEST_PROP(CombinationSumProp, OnceMatchesBruteWithDuplicates, ()) {
  const int max_value = *rc::gen::inRange(1, 9);
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(0, 15),
                                                       rc::gen::inRange(1, max_value + 1));
  const int target = *rc::gen::inRange(0, 4 * max_value + 1);
  const std::size_t max_len =
      *rc::gen::oneOf(rc::gen::just(no_limit), rc::gen::inRange<std::size_t>(0, 8));
  const auto got = cpkit::combination_sum_once(c, target, opts(max_len));
  RC_ASSERT(well_formed(got));
  RC_ASSERT(as_vectors(got) == cs_brute::once(c, target, max_len));
}

// Oracle: cs_brute::k_of_range, all subsets of the range with k elements and the right sum.
RC_GTEST_PROP(CombinationSumProp, KOfRangeMatchesBrute, ()) {
  const int lo = *rc::gen::inRange(-6, 7);
  const int hi = lo + *rc::gen::inRange(-1, 13);
  const int k = *rc::gen::inRange(0, 8);
  const int span = std::max(1, std::abs(lo) + std::abs(hi)) * (k + 1);
  const long long target = *rc::gen::inRange(-span, span + 1);
  const auto got = cpkit::combination_sum_k(k, target, lo, hi);
  RC_ASSERT(well_formed(got));
  RC_ASSERT(as_vectors(got) == cs_brute::k_of_range(k, target, lo, hi));
}

// Oracle: the sizes of the brute-force lists, and plain recursion for ordered sequences; with a
// large modulus (no reduction at these sizes) and a small prime (reduction exercised).
RC_GTEST_PROP(CombinationSumProp, CountsMatchBrute, ()) {
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(0, 9),
                                                       rc::gen::inRange(1, 9));
  const int target = *rc::gen::inRange(-1, 21);
  const std::uint32_t mod = *rc::gen::element(998244353u, 7u, 2u, 1u);
  RC_ASSERT(cpkit::count_combination_sum_unbounded(c, target, mod) ==
            cs_brute::unbounded(c, target, no_limit).size() % mod);
  RC_ASSERT(cpkit::count_combination_sum_once(c, target, mod) ==
            cs_brute::once(c, target, no_limit).size() % mod);
  RC_ASSERT(cpkit::count_combination_sum_sequences(c, target, mod) ==
            cs_brute::sequences(c, target) % mod);
}

// Oracle: the brute-force lists, their number and total length; the collecting forms reserve
// from these exact sizes before listing.
RC_GTEST_PROP(CombinationSumProp, ReservedSizesAreExact, ()) {
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(0, 11),
                                                       rc::gen::inRange(1, 7));
  const int target = *rc::gen::inRange(0, 25);
  auto total = [](const combos& cs) {
    std::uint64_t t = 0;
    for (const auto& x : cs) t += x.size();
    return t;
  };
  const combos u = cs_brute::unbounded(c, target, no_limit),
               o = cs_brute::once(c, target, no_limit);
  const auto su = cpkit::detail::cs_unbounded_sizes(c, target);
  const auto so = cpkit::detail::cs_once_sizes(c, target);
  RC_ASSERT(su.count == u.size());
  RC_ASSERT(su.total == total(u));
  RC_ASSERT(so.count == o.size());
  RC_ASSERT(so.total == total(o));
}

// Oracle: a fresh list from the one-line form; a reused list is cleared first, whatever it held.
RC_GTEST_PROP(CombinationSumProp, ReusedListEqualsFreshList, ()) {
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(0, 9),
                                                       rc::gen::inRange(1, 9));
  const int t1 = *rc::gen::inRange(0, 30), t2 = *rc::gen::inRange(-1, 30);
  const std::size_t max_len =
      *rc::gen::oneOf(rc::gen::just(no_limit), rc::gen::inRange<std::size_t>(0, 6));
  cpkit::combination_list list;
  cpkit::combination_sum_unbounded(c, t1, list);
  cpkit::combination_sum_unbounded(c, t2, list, opts(max_len));
  RC_ASSERT(well_formed(list));
  RC_ASSERT(as_vectors(list) == as_vectors(cpkit::combination_sum_unbounded(c, t2, opts(max_len))));
  cpkit::combination_sum_once(c, t1, list);
  cpkit::combination_sum_once(c, t2, list, opts(max_len));
  RC_ASSERT(as_vectors(list) == as_vectors(cpkit::combination_sum_once(c, t2, opts(max_len))));
  cpkit::combination_sum_k(3, t1, 1, 9, list);
  cpkit::combination_sum_k(2, t2, 1, 9, list);
  RC_ASSERT(as_vectors(list) == as_vectors(cpkit::combination_sum_k(2, t2, 1, 9)));
}

// Beyond the reach of the brute force (up to 24 candidates, targets up to 80).
// Oracle: the counting DPs for the number of answers (a different algorithm); every answer
// sums to the target and is non-decreasing; the list is strictly increasing (no repeats).
RC_GTEST_PROP(CombinationSumProp, LargerInputsAgainstCountingDp, ()) {
  const int min_value = *rc::gen::inRange(1, 8);
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(1, 25),
                                                       rc::gen::inRange(min_value, 41));
  const int target = *rc::gen::inRange(1, 81);
  const bool once = *rc::gen::arbitrary<bool>();
  const auto sizes =
      once ? cpkit::detail::cs_once_sizes(c, target) : cpkit::detail::cs_unbounded_sizes(c, target);
  RC_PRE(sizes.count <= 20000u);  // keep the property fast
  const auto got =
      once ? cpkit::combination_sum_once(c, target) : cpkit::combination_sum_unbounded(c, target);
  const std::uint32_t expected = once ? cpkit::count_combination_sum_once(c, target)
                                      : cpkit::count_combination_sum_unbounded(c, target);
  RC_ASSERT(well_formed(got));
  RC_ASSERT(got.size() == expected);
  RC_ASSERT(sums_and_order_ok(as_vectors(got), target));
}

// Oracle: the full list of the same function; stopping after s calls (visitor returning false,
// or max_count = s) visits exactly the first s combinations and reports s.
RC_GTEST_PROP(CombinationSumProp, EarlyStopIsAPrefix, ()) {
  const auto c = *rc::gen::container<std::vector<int>>(*rc::gen::inRange<std::size_t>(1, 9),
                                                       rc::gen::inRange(1, 7));
  const int target = *rc::gen::inRange(1, 16);
  const int which = *rc::gen::inRange(0, 3);
  auto run = [&](auto&& vis, const cpkit::combination_sum_options& o) {
    if (which == 0) return cpkit::for_each_combination_sum_unbounded(c, target, vis, o);
    if (which == 1) return cpkit::for_each_combination_sum_once(c, target, vis, o);
    return cpkit::for_each_combination_sum_k(static_cast<int>(c.size()) % 4 + 1, target, 1, 9, vis,
                                             o);
  };
  combos full;
  run([&full](cpkit::combination_view v) { full.push_back(v.to_vector()); }, {});
  RC_PRE(!full.empty());
  const std::size_t s = *rc::gen::inRange<std::size_t>(1, full.size() + 1);
  const combos prefix(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(s));
  combos seen;
  const std::size_t visited = run(
      [&seen, s](cpkit::combination_view v) {
        seen.push_back(v.to_vector());
        return seen.size() < s;
      },
      {});
  RC_ASSERT(visited == s);
  RC_ASSERT(seen == prefix);
  seen.clear();
  const std::size_t capped =
      run([&seen](cpkit::combination_view v) { seen.push_back(v.to_vector()); }, opts(no_limit, s));
  RC_ASSERT(capped == s);
  RC_ASSERT(seen == prefix);
}

}  // namespace
