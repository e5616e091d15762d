// Adapters that give every cpkit heap variant one small interface for the typed conformance
// suite in tests/heap_test.cpp: push(int), pop(), top() -> long long, size().
//   max_first: top is the largest (else the smallest)
//   monotone:  pushes must not go below the last key seen at the top (radix heap); keys >= 0
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "cpkit/heap.hpp"

namespace heap_test {

template <class Heap, bool MaxFirst>
struct queue_adapter {  // d_ary, pairing, lazy and quick heaps: the priority_queue interface
  static constexpr bool max_first = MaxFirst;
  static constexpr bool monotone = false;
  Heap h;
  void push(int x) { h.push(x); }
  void pop() { h.pop(); }
  long long top() { return h.top(); }
  std::size_t size() const { return h.size(); }
};

struct heapq_min {
  static constexpr bool max_first = false;
  static constexpr bool monotone = false;
  std::vector<int> v;
  void push(int x) { cpkit::heap_push(v, x); }
  void pop() { cpkit::heap_pop(v); }
  long long top() { return v.front(); }
  std::size_t size() const { return v.size(); }
};

struct heapq_max {
  static constexpr bool max_first = true;
  static constexpr bool monotone = false;
  std::vector<int> v;
  void push(int x) { cpkit::heap_push_max(v, x); }
  void pop() { cpkit::heap_pop_max(v); }
  long long top() { return v.front(); }
  std::size_t size() const { return v.size(); }
};

struct indexed_min {  // every push takes a fresh id
  static constexpr bool max_first = false;
  static constexpr bool monotone = false;
  cpkit::indexed_heap<int> h{1 << 20};
  std::size_t next = 0;
  void push(int x) { h.push(next++, x); }
  void pop() { h.pop(); }
  long long top() { return h.top_key(); }
  std::size_t size() const { return h.size(); }
};

struct indexed_max_binary {
  static constexpr bool max_first = true;
  static constexpr bool monotone = false;
  cpkit::indexed_heap<int, std::greater<int>, 2> h{1 << 20};
  std::size_t next = 0;
  void push(int x) { h.push(next++, x); }
  void pop() { h.pop(); }
  long long top() { return h.top_key(); }
  std::size_t size() const { return h.size(); }
};

struct radix_min {
  static constexpr bool max_first = false;
  static constexpr bool monotone = true;
  cpkit::radix_heap<long long, int> h;
  void push(int x) { h.push(x, -x); }
  void pop() { h.pop(); }
  long long top() {
    const auto& t = h.top();
    return t.second == -t.first ? t.first : -1;  // the value must travel with its key
  }
  std::size_t size() const { return h.size(); }
};

template <bool MaxEnd>
struct interval_end {
  static constexpr bool max_first = MaxEnd;
  static constexpr bool monotone = false;
  cpkit::interval_heap<int> h;
  void push(int x) { h.push(x); }
  void pop() {
    if (MaxEnd) {
      h.pop_max();
    } else {
      h.pop_min();
    }
  }
  long long top() { return MaxEnd ? h.max() : h.min(); }
  std::size_t size() const { return h.size(); }
};

}  // namespace heap_test
