// Combination sum, common parts: the types every combination-sum header shares.
//   combination_view          a read-only view of one combination (pointer + size), valid only
//                             during the visitor call that received it
//   combination_list          many combinations in one flat buffer (offsets + values)
//   combination_sum_options   max_length (longest combination kept), max_count (stop after)
// Verified by: tests/combination_sum_test.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

// A read-only view of one combination: valid only during the visitor call that received it.
class combination_view {
 public:
  combination_view() = default;
  combination_view(const int* data, std::size_t size) : data_(data), size_(size) {}
  const int* begin() const { return data_; }
  const int* end() const { return data_ + size_; }
  const int* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int operator[](std::size_t i) const {
    assert(i < size_);
    return data_[i];
  }
  std::vector<int> to_vector() const { return std::vector<int>(begin(), end()); }

 private:
  const int* data_ = nullptr;
  std::size_t size_ = 0;
};

// Many combinations in one flat buffer: combination i is values[offsets[i] .. offsets[i+1]).
struct combination_list {
  std::vector<std::size_t> offsets{0};
  std::vector<int> values;

  std::size_t size() const { return offsets.size() - 1; }
  bool empty() const { return offsets.size() == 1; }
  combination_view operator[](std::size_t i) const {
    assert(i + 1 < offsets.size());
    return combination_view(values.data() + offsets[i], offsets[i + 1] - offsets[i]);
  }
  void push_back(combination_view c) {
    values.insert(values.end(), c.begin(), c.end());
    offsets.push_back(values.size());
  }
  void clear() {  // keeps the capacity
    values.clear();
    offsets.assign(1, 0);
  }
};

struct combination_sum_options {
  std::size_t max_length = std::numeric_limits<std::size_t>::max();  // longest combination kept
  std::size_t max_count = std::numeric_limits<std::size_t>::max();   // stop after this many
};

namespace detail {

// Calls the visitor; a visitor returning void never stops the search.
template <class Visitor>
bool cs_visit(Visitor& visitor, combination_view v) {
  if constexpr (std::is_void_v<std::invoke_result_t<Visitor&, combination_view>>) {
    visitor(v);
    return true;
  } else {
    return static_cast<bool>(visitor(v));
  }
}

// Counts visits and applies max_count; emit() returns false when the search must stop.
template <class Visitor>
struct cs_emitter {
  Visitor& visitor;
  std::size_t limit;
  std::size_t count = 0;
  bool emit(const int* data, std::size_t len) {
    ++count;
    return cs_visit(visitor, combination_view(data, len)) && count < limit;
  }
};

inline constexpr std::uint32_t cs_inf = std::numeric_limits<std::uint32_t>::max();

inline std::vector<int> cs_sorted_checked(const std::vector<int>& candidates, int target) {
  std::vector<int> c(candidates);
  for (int x : c) {
    assert(x >= 1 && "combination_sum: every candidate must be >= 1");
    (void)x;
  }
  std::sort(c.begin(), c.end());
  // Under -DNDEBUG a candidate < 1 is ignored rather than looping for ever.
  c.erase(c.begin(), std::lower_bound(c.begin(), c.end(), 1));
  // Candidates above the target never fit: dropping them keeps the tables small.
  while (!c.empty() && c.back() > target) c.pop_back();
  return c;
}

inline long long cs_floor_div(long long a, long long b) {  // b > 0
  long long q = a / b;
  if (a % b != 0 && a < 0) --q;
  return q;
}

}  // namespace detail

namespace detail {

inline constexpr std::uint64_t cs_saturated = std::uint64_t{1} << 62;
inline std::uint64_t cs_sat(std::uint64_t x) { return x < cs_saturated ? x : cs_saturated; }

// Exact number of answers and their total length (saturated at 2^62), so a collecting call can
// reserve once: no regrowth copies, and each page of the result is touched once.
struct cs_sizes {
  std::uint64_t count = 0, total = 0;
};

inline void cs_reserve(combination_list& out, const combination_sum_options& opt, cs_sizes s) {
  const std::size_t unlimited = std::numeric_limits<std::size_t>::max();
  if (opt.max_length != unlimited || opt.max_count != unlimited) return;  // sizes not exact
  if (s.count >= cs_saturated || s.total >= cs_saturated) return;         // would not fit anyway
  if (s.count >= out.offsets.max_size() || s.total > out.values.max_size()) return;
  out.offsets.reserve(static_cast<std::size_t>(s.count) + 1);
  out.values.reserve(static_cast<std::size_t>(s.total));
}

}  // namespace detail

}  // namespace cpkit
