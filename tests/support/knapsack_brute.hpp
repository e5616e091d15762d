// Slow, obviously-correct oracles for tests/knapsack_test.cpp. Written independently of
// include/cpkit/knapsack.hpp: subset enumeration, 2-D tables, plain recursion. No SIMD, no tricks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace knapsack_brute {

using ll = long long;

// best[j] over all 2^n subsets: max value with weight <= j (exact=false) or == j (exact=true);
// nullopt marks "no subset" (only possible when exact).
inline std::vector<std::optional<ll>> all_subsets_row(const std::vector<ll>& w,
                                                      const std::vector<ll>& v, ll W, bool exact) {
  std::vector<std::optional<ll>> best(static_cast<std::size_t>(W) + 1);
  const std::size_t n = w.size();
  for (std::uint64_t mask = 0; mask < (std::uint64_t(1) << n); ++mask) {
    ll sw = 0, sv = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if ((mask >> i) & 1U) {
        sw += w[i];
        sv += v[i];
      }
    }
    for (ll j = exact ? sw : std::max<ll>(sw, 0); j <= W; ++j) {
      auto& b = best[static_cast<std::size_t>(j)];
      if (!b || *b < sv) b = sv;
      if (exact) break;
    }
  }
  return best;
}

inline ll all_subsets_best(const std::vector<ll>& w, const std::vector<ll>& v, ll W) {
  ll best = 0;
  const std::size_t n = w.size();
  for (std::uint64_t mask = 0; mask < (std::uint64_t(1) << n); ++mask) {
    ll sw = 0, sv = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if ((mask >> i) & 1U) {
        sw += w[i];
        sv += v[i];
      }
    }
    if (sw <= W) best = std::max(best, sv);
  }
  return best;
}

// Textbook 2-D table f[i][j] for 0/1 with "at most j" (f[0][*] = 0) or "exactly j"
// (f[0][0] = 0, others -inf represented by nullopt).
inline std::vector<std::optional<ll>> table_01(const std::vector<ll>& w, const std::vector<ll>& v,
                                               ll W, bool exact) {
  const std::size_t cols = static_cast<std::size_t>(W) + 1;
  std::vector<std::optional<ll>> f(cols, exact ? std::nullopt : std::optional<ll>(0));
  f[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::vector<std::optional<ll>> g = f;
    for (std::size_t j = 0; j < cols; ++j) {
      if (static_cast<ll>(j) >= w[i] && f[j - static_cast<std::size_t>(w[i])]) {
        const ll c = *f[j - static_cast<std::size_t>(w[i])] + v[i];
        if (!g[j] || *g[j] < c) g[j] = c;
      }
    }
    f.swap(g);
  }
  return f;
}

// Unbounded: 2-D table, item i taken k = 0, 1, 2, ... times explicitly.
inline std::vector<std::optional<ll>> slow_unbounded(const std::vector<ll>& w,
                                                     const std::vector<ll>& v, ll W, bool exact) {
  const std::size_t cols = static_cast<std::size_t>(W) + 1;
  std::vector<std::optional<ll>> f(cols, exact ? std::nullopt : std::optional<ll>(0));
  f[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::vector<std::optional<ll>> g(cols);
    for (std::size_t j = 0; j < cols; ++j) {
      for (ll k = 0; k * w[i] <= static_cast<ll>(j); ++k) {
        const auto& src = f[j - static_cast<std::size_t>(k * w[i])];
        if (src && (!g[j] || *g[j] < *src + k * v[i])) g[j] = *src + k * v[i];
        if (w[i] == 0) break;  // zero-weight items only appear with value 0 here
      }
    }
    f.swap(g);
  }
  return f;
}

// Group: every way to pick none or one item of each group, by recursion.
inline void group_rec(const std::vector<std::vector<std::pair<ll, ll>>>& g, std::size_t i, ll sw,
                      ll sv, ll W, bool exact, std::vector<std::optional<ll>>& best) {
  if (sw > W) return;
  if (i == g.size()) {
    for (ll j = sw; j <= W; ++j) {
      auto& b = best[static_cast<std::size_t>(j)];
      if (!b || *b < sv) b = sv;
      if (exact) break;
    }
    return;
  }
  group_rec(g, i + 1, sw, sv, W, exact, best);
  for (const auto& it : g[i]) group_rec(g, i + 1, sw + it.first, sv + it.second, W, exact, best);
}

// Number of subsets with each sum 0..W, mod p, by enumeration.
inline std::vector<std::uint64_t> count_subsets(const std::vector<ll>& w, ll W, std::uint64_t p) {
  std::vector<std::uint64_t> c(static_cast<std::size_t>(W) + 1, 0);
  for (std::uint64_t mask = 0; mask < (std::uint64_t(1) << w.size()); ++mask) {
    ll s = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if ((mask >> i) & 1U) s += w[i];
    }
    if (s <= W) c[static_cast<std::size_t>(s)] = (c[static_cast<std::size_t>(s)] + 1) % p;
  }
  return c;
}

// Ordered sequences summing to exactly s, by plain recursion (exponential; small s only).
inline std::uint64_t count_sequences(const std::vector<ll>& w, ll s) {
  if (s == 0) return 1;
  std::uint64_t total = 0;
  for (const ll x : w) {
    if (x <= s) total += count_sequences(w, s - x);
  }
  return total;
}

// Multisets summing to exactly s: choose items in non-decreasing index order.
inline std::uint64_t count_multisets(const std::vector<ll>& w, std::size_t from, ll s) {
  if (s == 0) return 1;
  std::uint64_t total = 0;
  for (std::size_t i = from; i < w.size(); ++i) {
    if (w[i] <= s) total += count_multisets(w, i, s - w[i]);
  }
  return total;
}

}  // namespace knapsack_brute
