// Radix heap: a min-heap for integer keys that never go below the last key popped (Dijkstra
// with non-negative weights). radix_heap<Key, Value = empty>, Key an integer type of at most
// 64 bits.
//   push(key, value) / push({key, value}) / emplace(key, value)    O(1)
//   top() -> const std::pair<Key, Value>&   amortised O(log C), C the key range: each
//                                    element moves to a lower bucket at most bits(Key) times
//   pop()                            amortised O(log C), the same moves
//   last_key(), size(), empty()      O(1)
//   clear()                          O(bits(Key) + size); also resets last_key() to 0
// Monotone rule (asserted): every key is in [0, max(Key)] and >= last_key(), the last key
// returned by top() or removed by pop() (0 at the start); Dijkstra's "pop d, push d + w"
// with w >= 0 always obeys it. top() and pop() need a non-empty heap (asserted).
// Under -DNDEBUG the rule is not checked, and breaking it gives wrong answers silently: a key
// below last_key() comes out in the wrong place (after push 10, pop, the pushes 9, 12, 11
// pop as 11, 9, 12), and a negative key is taken as its unsigned image, a huge key popped
// after every non-negative one. top() or pop() on an empty heap reads past the bucket
// array: undefined behaviour.
// Bucket i >= 1 holds keys whose highest bit differing from the last popped key is bit i-1;
// bucket 0 holds keys equal to it. Popping from an empty bucket 0 finds the first non-empty
// bucket, takes its minimum as the new last key and redistributes it into lower buckets.
// Verified by: tests/heap_test.cpp (conformance suite, inside Dijkstra near the top of the key
// range); bench/heap_bench.cpp (dijkstra, the default heap)
#pragma once

#include <cassert>
#include <cstddef>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

struct radix_heap_no_value {
  friend bool operator==(radix_heap_no_value, radix_heap_no_value) { return true; }
};

template <class Key, class Value = radix_heap_no_value>
class radix_heap {
  static_assert(std::is_integral_v<Key>, "radix_heap needs an integer key");
  using ukey = std::make_unsigned_t<Key>;
  static constexpr int bits = std::numeric_limits<ukey>::digits;
  static_assert(bits <= 64, "radix_heap keys up to 64 bits");

 public:
  using value_type = std::pair<Key, Value>;
  using size_type = std::size_t;

  bool empty() const { return size_ == 0; }
  size_type size() const { return size_; }
  Key last_key() const { return static_cast<Key>(last_); }

  void push(const value_type& x) { emplace(x.first, x.second); }
  void push(Key k, Value v = Value()) { emplace(k, std::move(v)); }
  template <class... Args>
  void emplace(Key k, Args&&... v) {
    if constexpr (std::is_signed_v<Key>) assert(k >= 0 && "radix_heap keys must be non-negative");
    assert(static_cast<ukey>(k) >= last_ && "radix_heap: key below the last popped key (monotone rule)");
    b_[bucket(static_cast<ukey>(k))].emplace_back(std::piecewise_construct, std::forward_as_tuple(k),
                                                   std::forward_as_tuple(std::forward<Args>(v)...));
    ++size_;
  }
  const value_type& top() {
    assert(size_ > 0 && "top on an empty radix_heap");
    pull();
    return b_[0].back();
  }
  void pop() {
    assert(size_ > 0 && "pop on an empty radix_heap");
    pull();
    b_[0].pop_back();
    --size_;
  }
  void clear() {
    for (auto& b : b_) b.clear();
    size_ = 0;
    last_ = 0;
  }

 private:
  int bucket(ukey k) const {
    ukey x = k ^ last_;  // bucket = bit width of x
    if (x == 0) return 0;
#if defined(__GNUC__)
    return 64 - __builtin_clzll(static_cast<unsigned long long>(x));
#else
    int w = 0;
    for (; x; x >>= 1) ++w;
    return w;
#endif
  }
  // Makes bucket 0 non-empty.
  void pull() {
    if (!b_[0].empty()) return;
    int i = 1;
    while (b_[i].empty()) ++i;
    ukey m = static_cast<ukey>(b_[i][0].first);
    for (const value_type& e : b_[i])
      if (static_cast<ukey>(e.first) < m) m = static_cast<ukey>(e.first);
    last_ = m;
    for (value_type& e : b_[i]) b_[bucket(static_cast<ukey>(e.first))].push_back(std::move(e));
    b_[i].clear();
  }

  std::vector<value_type> b_[bits + 1];
  ukey last_ = 0;
  size_type size_ = 0;
};

}  // namespace cpkit
