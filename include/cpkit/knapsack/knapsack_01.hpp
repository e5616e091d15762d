// 0/1 knapsack: each item at most once; best value, an "exactly j" row, and the chosen items.
//   knapsack_01(w, v, W) -> T            O(N*W) time, O(W) memory: best value, weight <= W
//   knapsack_01_row(w, v, W, exact)      O(N*W): row[j] = best with weight <= j (exact: == j, and
//                                        unreachable j hold knapsack_unreachable<T>, never 0)
//   knapsack_01_items(w, v, W)           O(N*W) time, O(W) words + N*(W+1) bits: {value, items}
//   knapsack_01_dp<T> dp(W, exact, keep) O(W): the streaming form, one item at a time
//   add(w, v)                            O(W): one item
//   add_all(w, v)                        O(N*W): every item, two items per sweep
//   value(j)                             O(1)
//   best()                               O(W); O(1) when not exact
//   row()                                O(W)
//   items(j)                             O(N): the chosen items, when built with keep = true
// Argument order is (w, v, W): weights first, although inputs often list "v w" per item.
// T = knapsack_value_t<R, V>: long long for integer values (int input is summed in 64 bits),
// double for float; knapsack_01<R>(w, v, W) asks for R. The row runs in int32 while the values
// added sum to <= 2^29 (twice the SIMD lanes), then widens.
// Needs (asserted): w[i] >= 0, v[i] >= 0, 0 <= W < 2^40 (W+1 cells of T), sum v <= max(T)/4.
// Under -DNDEBUG nothing is checked: a negative weight indexes out of the row.
// Verified by: problems/knapsack-01, knapsack-huge; tests/knapsack_test.cpp;
// bench/knapsack_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/detail/relax_down.hpp"

namespace cpkit {

// ---- streaming form -------------------------------------------------------------------------
// knapsack_01_dp<V> dp(W, exact, keep_choices); dp.add(w, v) for each item (O(W) each);
// dp.value(j): best value with weight <= j (or exactly j when exact; knapsack_unreachable<V> if
// none); dp.row(); dp.items(j): indices (in add order) of an optimal set for j, needs keep_choices
// (N*(W+1) bits). While the values added so far sum to <= 2^29 and V is a 64-bit integer, the row
// is kept in int32 (twice the SIMD lanes); it widens to int64 when the sum grows past that.
template <class V = long long>
class knapsack_01_dp {
  using cell = detail::knap_cell<V>;
  static constexpr bool narrowable = std::is_same<cell, long long>::value;
  static constexpr long long narrow_limit = 1LL << 29;

 public:
  explicit knapsack_01_dp(long long capacity, bool exact = false, bool keep_choices = false)
      : cap_(capacity), exact_(exact), keep_(keep_choices) {
    detail::check_value_type<V>();
    detail::check_capacity(capacity);
    const std::size_t n = static_cast<std::size_t>(capacity) + 1;
    words_ = (n + 63) / 64;
    if (narrowable) {
      narrow_ = true;
      row32_.assign(n, exact ? -(1 << 30) : 0);
      row32_[0] = 0;
    } else {
      row_.assign(n, exact ? detail::knap_neg<cell>() : cell(0));
      row_[0] = 0;
    }
  }

  void add(long long w, V v) {
    assert(w >= 0 && "cpkit knapsack: weights must be non-negative");
    assert(v >= 0 && "cpkit knapsack: values must be non-negative");
    assert(sum_ <= detail::knap_max_sum<V>() - v &&
           "cpkit knapsack: sum of values must be <= max(V)/4");
    sum_ += v;
    weights_.push_back(w);
    if (narrow_ && static_cast<long long>(sum_) > narrow_limit) widen();
    const std::size_t W = static_cast<std::size_t>(cap_);
    if (keep_) {
      choice_.resize(choice_.size() + words_, 0);
      if (w <= cap_) add_keep(static_cast<std::size_t>(w), v);
      return;
    }
    if (w > cap_) return;
    if (narrow_) {
      detail::relax_down(row32_.data(), row32_.data(), W, static_cast<std::size_t>(w),
                         static_cast<int>(v));
    } else {
      detail::relax_down(row_.data(), row_.data(), W, static_cast<std::size_t>(w),
                         static_cast<cell>(v));
    }
  }

  // All items of w, v in order, the same as add() for each, but without keep_choices two items
  // share one sweep over the row (half the memory traffic). Values of any arithmetic type U are
  // taken as V (each must be representable, asserted).
  template <class Wt, class U>
  void add_all(const std::vector<Wt>& w, const std::vector<U>& v) {
    detail::check_weight_type<Wt>();
    assert(w.size() == v.size());
    std::size_t i = 0;
    while (i < w.size()) {
      if (keep_ || i + 1 == w.size()) {
        add(static_cast<long long>(w[i]), detail::knap_value<V>(v[i]));
        ++i;
        continue;
      }
      const long long w1 = static_cast<long long>(w[i]), w2 = static_cast<long long>(w[i + 1]);
      const V v1 = detail::knap_value<V>(v[i]), v2 = detail::knap_value<V>(v[i + 1]);
      if (w1 > cap_ || w2 > cap_) {  // nothing to fuse
        add(w1, v1);
        ++i;
        continue;
      }
      assert(w1 >= 0 && w2 >= 0 && "cpkit knapsack: weights must be non-negative");
      assert(v1 >= 0 && v2 >= 0 && "cpkit knapsack: values must be non-negative");
      assert(sum_ <= detail::knap_max_sum<V>() - v1 &&
             sum_ + v1 <= detail::knap_max_sum<V>() - v2 &&
             "cpkit knapsack: sum of values must be <= max(V)/4");
      sum_ += v1 + v2;
      weights_.push_back(w1);
      weights_.push_back(w2);
      if (narrow_ && static_cast<long long>(sum_) > narrow_limit) widen();
      const std::size_t W = static_cast<std::size_t>(cap_);
      if (narrow_) {
        detail::relax2_down(row32_.data(), W, static_cast<std::size_t>(w1), static_cast<int>(v1),
                            static_cast<std::size_t>(w2), static_cast<int>(v2));
      } else {
        detail::relax2_down(row_.data(), W, static_cast<std::size_t>(w1), static_cast<cell>(v1),
                            static_cast<std::size_t>(w2), static_cast<cell>(v2));
      }
      i += 2;
    }
  }

  long long capacity() const { return cap_; }
  std::size_t size() const { return weights_.size(); }

  V value(long long j) const {
    assert(0 <= j && j <= cap_);
    const std::size_t k = static_cast<std::size_t>(j);
    const cell c = narrow_ ? static_cast<cell>(row32_[k]) : row_[k];
    return c < 0 ? knapsack_unreachable<V> : static_cast<V>(c);
  }

  // Best value over the whole row: value(W) when !exact, the best reachable cell when exact.
  V best() const {
    if (!exact_) return value(cap_);
    V b = 0;  // j = 0 is always reachable
    for (long long j = 0; j <= cap_; ++j) b = std::max(b, value(j));
    return b;
  }

  std::vector<V> row() const {
    std::vector<V> r(static_cast<std::size_t>(cap_) + 1);
    for (long long j = 0; j <= cap_; ++j) r[static_cast<std::size_t>(j)] = value(j);
    return r;
  }

  // Items of an optimal set for capacity j (weight <= j, or exactly j when exact; then j must be
  // reachable). Walks the choice bits backwards: item i was taken at cell c iff it improved c.
  std::vector<int> items(long long j) const {
    assert(keep_ && "cpkit knapsack: build with keep_choices = true to reconstruct");
    assert(0 <= j && j <= cap_);
    assert(!exact_ || value(j) != knapsack_unreachable<V>);
    std::vector<int> out;
    std::size_t c = static_cast<std::size_t>(j);
    for (std::size_t i = weights_.size(); i-- > 0;) {
      if ((choice_[i * words_ + c / 64] >> (c % 64)) & 1U) {
        out.push_back(static_cast<int>(i));
        c -= static_cast<std::size_t>(weights_[i]);
      }
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  void widen() {
    narrow_ = false;
    row_.resize(row32_.size());
    for (std::size_t j = 0; j < row32_.size(); ++j) {
      row_[j] = row32_[j] < 0 ? detail::knap_neg<cell>() : static_cast<cell>(row32_[j]);
    }
    std::vector<int>().swap(row32_);
  }

  template <class T>
  void keep_loop(std::vector<T>& r, std::size_t w, T v) {
    std::uint64_t* bits = choice_.data() + (weights_.size() - 1) * words_;
    for (std::size_t j = r.size(); j-- > w;) {
      const T c = r[j - w] + v;
      if (r[j] < c) {
        r[j] = c;
        bits[j / 64] |= std::uint64_t(1) << (j % 64);
      }
    }
  }

  void add_keep(std::size_t w, V v) {
    if (narrow_) {
      keep_loop(row32_, w, static_cast<int>(v));
    } else {
      keep_loop(row_, w, static_cast<cell>(v));
    }
  }

  long long cap_;
  bool exact_, keep_;
  bool narrow_ = false;
  V sum_ = 0;
  std::size_t words_ = 0;
  std::vector<int> row32_;
  std::vector<cell> row_;
  std::vector<long long> weights_;
  std::vector<std::uint64_t> choice_;
};

// ---- free functions -------------------------------------------------------------------------
template <class R = void, class Wt, class V>
std::vector<knapsack_value_t<R, V>> knapsack_01_row(const std::vector<Wt>& w,
                                                    const std::vector<V>& v, long long W,
                                                    bool exact = false) {
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  knapsack_01_dp<knapsack_value_t<R, V>> dp(W, exact);
  dp.add_all(w, v);
  return dp.row();
}

template <class R = void, class Wt, class V>
knapsack_value_t<R, V> knapsack_01(const std::vector<Wt>& w, const std::vector<V>& v, long long W) {
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  knapsack_01_dp<knapsack_value_t<R, V>> dp(W);
  dp.add_all(w, v);
  return dp.value(W);
}

template <class R = void, class Wt, class V>
knapsack_solution<knapsack_value_t<R, V>> knapsack_01_items(const std::vector<Wt>& w,
                                                            const std::vector<V>& v, long long W) {
  using T = knapsack_value_t<R, V>;
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  knapsack_01_dp<T> dp(W, false, true);
  for (std::size_t i = 0; i < w.size(); ++i)
    dp.add(static_cast<long long>(w[i]), detail::knap_value<T>(v[i]));
  return {dp.value(W), dp.items(W)};
}

}  // namespace cpkit
