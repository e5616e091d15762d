// Interval heap: a double-ended priority queue (min and max both O(1), pops O(log n)).
// interval_heap<T, Compare = std::less<T>>.
//   push(x)                   O(log n)
//   min(), max()              O(1); non-empty
//   pop_min(), pop_max()      O(log n); non-empty (with one element both remove it)
//   interval_heap(first, last)  O(n) bottom-up construction
//   size, empty, clear, reserve
// Layout: node k holds the pair a[2k] <= a[2k+1] (the last node may hold one element, which
// counts as both ends); every element of node k's subtree lies in [a[2k], a[2k+1]]. So the
// low ends form a min-heap and the high ends a max-heap over the same binary tree.
// Preconditions (asserted): min, max, pop_min and pop_max need a non-empty heap. Compare is a
// strict weak order (not checked).
// Under -DNDEBUG: min() or max() of an empty heap reads past the array and pop_min() or
// pop_max() on one pops an empty vector: undefined behaviour.
// Verified by: problems/double-ended-priority-queue; tests/heap_test.cpp (a std::multiset
// model, both ends checked after every operation)
#pragma once

#include <cassert>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace cpkit {

template <class T, class Compare = std::less<T>>
class interval_heap {
 public:
  using value_type = T;
  using size_type = std::size_t;

  interval_heap() = default;
  explicit interval_heap(const Compare& comp) : comp_(comp) {}
  template <class It>
  interval_heap(It first, It last, const Compare& comp = Compare()) : comp_(comp), a_(first, last) {
    const size_type n = a_.size();
    if (n < 2) return;
    // Children are valid interval heaps; order the node's pair, then sift each end down.
    for (size_type k = (n - 1) / 2 + 1; k-- > 0;) {
      if (2 * k + 1 >= n) continue;  // a lone element in the last node is a leaf
      if (comp_(a_[2 * k + 1], a_[2 * k])) std::swap(a_[2 * k], a_[2 * k + 1]);
      T lo = std::move(a_[2 * k]);
      sift_down_min(k, std::move(lo));
      T hi = std::move(a_[2 * k + 1]);
      sift_down_max(k, std::move(hi));
    }
  }

  bool empty() const { return a_.empty(); }
  size_type size() const { return a_.size(); }
  void clear() { a_.clear(); }
  void reserve(size_type n) { a_.reserve(n); }
  const T& min() const {
    assert(!a_.empty() && "min on an empty heap");
    return a_[0];
  }
  const T& max() const {
    assert(!a_.empty() && "max on an empty heap");
    return a_.size() == 1 ? a_[0] : a_[1];
  }

  void push(T x) {
    a_.push_back(std::move(x));
    size_type i = a_.size() - 1, k = i / 2;
    if (i % 2 == 1) {  // second slot of node k
      if (comp_(a_[i], a_[i - 1])) {
        std::swap(a_[i], a_[i - 1]);
        up_min(k);
      } else {
        up_max(k, i);
      }
    } else if (k > 0) {  // alone in a new node: compare with the parent's interval
      size_type p = (k - 1) / 2;
      if (comp_(a_[i], a_[2 * p])) {
        up_min(k);
      } else if (comp_(a_[2 * p + 1], a_[i])) {
        up_max(k, i);
      }
    }
  }

  void pop_min() {
    assert(!a_.empty() && "pop_min on an empty heap");
    T x = std::move(a_.back());
    a_.pop_back();
    if (a_.empty()) return;
    sift_down_min(0, std::move(x));
  }
  void pop_max() {
    assert(!a_.empty() && "pop_max on an empty heap");
    T x = std::move(a_.back());
    a_.pop_back();
    if (a_.size() <= 1) return;  // removed the lone root, or the root keeps its low end
    sift_down_max(0, std::move(x));
  }

  const std::vector<T>& data() const { return a_; }

 private:
  // Element i (the low end of node k, or a lone element) moves up the min-tree.
  void up_min(size_type k) {
    T x = std::move(a_[2 * k]);
    while (k > 0) {
      size_type p = (k - 1) / 2;
      if (!comp_(x, a_[2 * p])) break;
      a_[2 * k] = std::move(a_[2 * p]);
      k = p;
    }
    a_[2 * k] = std::move(x);
  }
  // Element at position i (the high end of node k, or its lone element) moves up the max-tree.
  void up_max(size_type k, size_type i) {
    T x = std::move(a_[i]);
    while (k > 0) {
      size_type p = (k - 1) / 2;
      if (!comp_(a_[2 * p + 1], x)) break;
      a_[i] = std::move(a_[2 * p + 1]);
      k = p;
      i = 2 * p + 1;
    }
    a_[i] = std::move(x);
  }
  // The low end of node k is a hole; x (not above the high end of k, if k has one) fills it.
  void sift_down_min(size_type k, T x) {
    const size_type n = a_.size();
    for (;;) {
      if (2 * k + 1 < n && comp_(a_[2 * k + 1], x)) std::swap(x, a_[2 * k + 1]);
      size_type c = 2 * k + 1;  // left child node
      if (2 * c >= n) break;
      size_type m = c;
      if (2 * (c + 1) < n && comp_(a_[2 * (c + 1)], a_[2 * c])) m = c + 1;
      if (!comp_(a_[2 * m], x)) break;
      a_[2 * k] = std::move(a_[2 * m]);
      k = m;
    }
    a_[2 * k] = std::move(x);
  }
  // The high end of node k (k has two elements) is a hole; x fills it.
  void sift_down_max(size_type k, T x) {
    const size_type n = a_.size();
    size_type hole = 2 * k + 1;
    for (;;) {
      if (comp_(x, a_[2 * k])) std::swap(x, a_[2 * k]);
      size_type c = 2 * k + 1;
      if (2 * c >= n) break;
      // high end of a child node: its second slot, or its lone element
      auto hi = [&](size_type j) { return 2 * j + 1 < n ? 2 * j + 1 : 2 * j; };
      size_type m = c;
      if (2 * (c + 1) < n && comp_(a_[hi(c)], a_[hi(c + 1)])) m = c + 1;
      size_type mi = hi(m);
      if (!comp_(x, a_[mi])) break;
      a_[hole] = std::move(a_[mi]);
      hole = mi;
      k = m;
      if (mi == 2 * m) break;  // a lone element: a leaf, x goes there
    }
    a_[hole] = std::move(x);
  }

  Compare comp_{};
  std::vector<T> a_;
};

}  // namespace cpkit
