// Quick heap: a priority queue for large n, in the spirit of Paredes and Navarro's incremental
// quicksort (IQS) and quickheap. Same order and surface as std::priority_queue and
// d_ary_heap: top() is the LARGEST under Compare (std::greater gives a min-heap).
// quick_heap<T, Compare = std::less<T>, Leaf = 0 (auto: about 8 KB of elements)>
//   push(x), emplace(args...)   O(log b) comparisons to find its bucket (b = number of
//                               buckets, O(log n)), then an append; O(log Leaf) if it lands
//                               in the small heap at the top
//   top(), pop()                amortized O(log n) expected: a small d_ary_heap of at most
//                               about 2*Leaf elements, refilled by quicksort partitions
//   replace_top(x)              pop() then push(x)
//   quick_heap(first, last)     O(n): the elements form one bucket
//   size, empty, clear, swap
// Preconditions (asserted): top, pop and replace_top need a non-empty heap; Compare is a
// strict weak order. T needs copy construction (a pivot is a copy) and move assignment.
//
// Structure. Below the small heap top_ sits a stack of buckets: unsorted vectors, each
// holding only elements "not above" every element of the buckets over it. seps_[j-1] is the
// lower bound of bucket j (and, when it has one, seps_.back() is the lower bound of top_):
// every element of bucket j is >= seps_[j-1] >= every element of bucket j-1.
//   - A push goes to the highest level whose lower bound it reaches (a binary search over
//     seps_, then push_back), so most pushes never touch the big buckets' contents.
//   - top() and pop() use top_. When top_ is empty, the topmost bucket is cut in two around a
//     pivot (the median of a random sample of 3 or 9; an unbalanced cut is redone around the
//     exact median with std::nth_element, so no input makes it quadratic) until it holds at
//     most Leaf elements; then it is heapified into top_. The cut-off lower parts stay on the
//     stack as buckets. n pushes then n pops is therefore one lazy quicksort: every partition
//     is a sequential pass, where a d-ary heap's pops at 10^7 wait for DRAM at every level.
//   - top_ that grows past 2*Leaf through pushes (keys rising above its bound) is spilled
//     whole into a new bucket on the stack and cut again on the next top().
// top() is const but may perform that refill: the containers are mutable, so a const
// quick_heap is not safe to read from several threads at once.
// Pick it for very large queues (beyond the caches: about 10^6 elements and up) and for
// "n pushes, then pops"; d_ary_heap stays the default below that and whenever the array
// itself is needed (data()). Measurements: docs/heap.md.
// Verified by: problems/priority-queue (as an alternative heap in tests), tests/heap_test.cpp;
// bench/heap_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <type_traits>
#include <utility>
#include <vector>

#include "cpkit/heap/d_ary_heap.hpp"

namespace cpkit {

template <class T, class Compare = std::less<T>, std::size_t Leaf = 0>
class quick_heap {
 public:
  using value_type = T;
  using size_type = std::size_t;
  using value_compare = Compare;
  static constexpr std::size_t leaf = Leaf != 0 ? Leaf : (sizeof(T) >= 256 ? 32 : 8192 / sizeof(T));

  quick_heap() = default;
  explicit quick_heap(const Compare& comp) : comp_(comp), top_(comp) {}
  template <class It>
  quick_heap(It first, It last, const Compare& comp = Compare()) : comp_(comp), top_(comp) {
    std::vector<T> all(first, last);
    size_ = all.size();
    if (size_ > 0) buckets_.push_back(std::move(all));
  }

  bool empty() const { return size_ == 0; }
  size_type size() const { return size_; }
  const Compare& comp() const { return comp_; }

  const T& top() const {
    assert(size_ > 0 && "top on an empty heap");
    if (top_.empty()) refill();
    return top_.top();
  }

  void push(const T& x) { emplace(x); }
  void push(T&& x) { emplace(std::move(x)); }
  template <class... Args>
  void emplace(Args&&... args) {
    T x(std::forward<Args>(args)...);  // first: args may refer into the heap (push(h.top()))
    const size_type j = level_of(x);
    if (j == buckets_.size()) {
      if (top_.size() >= 2 * leaf) spill();  // then x goes to the new bucket below top_
      else {
        top_.push(std::move(x));
        ++size_;
        return;
      }
    }
    buckets_[j].push_back(std::move(x));
    ++size_;
  }

  void pop() {
    assert(size_ > 0 && "pop on an empty heap");
    if (top_.empty()) refill();
    top_.pop();
    --size_;
  }

  void replace_top(T x) {
    assert(size_ > 0 && "replace_top on an empty heap");
    pop();
    push(std::move(x));
  }

  void clear() {
    top_.clear();
    buckets_.clear();
    seps_.clear();
    size_ = 0;
  }

  void swap(quick_heap& o) noexcept {
    using std::swap;
    swap(comp_, o.comp_);
    top_.swap(o.top_);
    buckets_.swap(o.buckets_);
    seps_.swap(o.seps_);
    swap(size_, o.size_);
    swap(rng_, o.rng_);
  }

  // For tests: checks the bucket order invariant in O(n); true if it holds.
  bool check_invariants() const {
    if (seps_.size() != buckets_.size() && seps_.size() + 1 != buckets_.size()) return false;
    size_type total = top_.size();
    for (size_type j = 0; j < buckets_.size(); ++j) {
      total += buckets_[j].size();
      for (const T& x : buckets_[j]) {
        if (j > 0 && comp_(x, seps_[j - 1])) return false;            // below its lower bound
        if (j < seps_.size() && comp_(seps_[j], x)) return false;     // above the next bound
      }
    }
    if (seps_.size() == buckets_.size() && !buckets_.empty() && !top_.empty()) {
      const T* a = top_.data();
      for (size_type i = 0; i < top_.size(); ++i)
        if (comp_(a[i], seps_.back())) return false;
    }
    if (seps_.size() + 1 == buckets_.size() && !top_.empty()) return false;  // top_ has no bound
    return total == size_;
  }

 private:
  // Index of the level x belongs to: the number of lower bounds it reaches (seps_ is sorted
  // ascending under comp_). buckets_.size() means top_.
  size_type level_of(const T& x) const {
    const size_type n = seps_.size();
    if (n == 0) return 0;
    // Branch-free: a random key makes every step a coin flip, which a branch would
    // mispredict half the time. Invariant: the answer lies in [base, base + len].
    const T* base = seps_.data();
    for (size_type len = n; len > 1;) {
      const size_type half = len / 2;
      base = comp_(x, base[half]) ? base : base + half;
      len -= half;
    }
    return static_cast<size_type>(base - seps_.data()) + (comp_(x, *base) ? 0 : 1);
  }

  // top_ is full of pushes above its bound: it becomes the topmost bucket (keeping that bound,
  // which is seps_.back() if top_ had one), and top_ starts empty with no bound.
  void spill() {
    const T* a = top_.data();
    buckets_.emplace_back(a, a + top_.size());
    top_.clear();
  }

  std::uint64_t next_random() const {  // xorshift64
    rng_ ^= rng_ << 13;
    rng_ ^= rng_ >> 7;
    rng_ ^= rng_ << 17;
    return rng_;
  }
  const T& median3(const T& a, const T& b, const T& c) const {
    if (comp_(a, b)) return comp_(b, c) ? b : (comp_(a, c) ? c : a);
    return comp_(a, c) ? a : (comp_(b, c) ? c : b);
  }
  const T& sample(const std::vector<T>& b) const { return b[next_random() % b.size()]; }
  T pick_pivot(const std::vector<T>& b) const {
    if (b.size() < 1024) return median3(sample(b), sample(b), sample(b));
    const T x = median3(sample(b), sample(b), sample(b));
    const T y = median3(sample(b), sample(b), sample(b));
    const T z = median3(sample(b), sample(b), sample(b));
    return median3(x, y, z);
  }

  // Moves the elements for which up(x) is true to the back of b; returns how many stay in
  // front. For small trivially copyable T, a branch-free Lomuto pass: on random keys each
  // test is a coin flip that a branch would mispredict half the time.
  template <class Up>
  static size_type partition(std::vector<T>& b, Up up) {
    if constexpr (std::is_trivially_copyable_v<T> && sizeof(T) <= 16) {
      T* a = b.data();
      const size_type s = b.size();
      size_type i = 0;  // a[0, i) stays down, a[i, j) goes up
      for (size_type j = 0; j < s; ++j) {
        const T t = a[j];
        const bool down = !up(t);
        a[j] = a[i];
        a[i] = t;
        i += down;
      }
      return i;
    } else {
      return static_cast<size_type>(std::partition(b.begin(), b.end(), [&](const T& x) { return !up(x); }) -
                                    b.begin());
    }
  }

  // Precondition: top_ is empty and size_ > 0. Cuts the topmost bucket until it is small,
  // then heapifies it into top_.
  void refill() const {
    assert(!buckets_.empty());
    if (seps_.size() == buckets_.size()) seps_.pop_back();  // top_'s bound goes with it
    for (;;) {
      std::vector<T>& b = buckets_.back();
      const size_type s = b.size();
      size_type mid = s;
      if (s > leaf) {
        T v = pick_pivot(b);
        // Up: strictly above the pivot. If nothing is (the pivot is a maximum), up: not below
        // it; if then everything is, all elements are equal and none can be cut off.
        mid = partition(b, [&](const T& x) { return comp_(v, x); });
        if (mid == s) mid = partition(b, [&](const T& x) { return !comp_(x, v); });
        if (mid != 0 && (mid < s / 8 || s - mid < s / 8)) {
          // An unbalanced cut (a bad sample, or many equal keys) would make the next cuts
          // repeat this pass: cut around the exact median instead.
          std::nth_element(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(s / 2), b.end(), comp_);
          mid = s / 2;
          v = b[mid];
        }
        if (mid != 0) {
          // b[0, mid) <= v <= b[mid, s): the upper part becomes the new topmost bucket.
          std::vector<T> hi(std::make_move_iterator(b.begin() + static_cast<std::ptrdiff_t>(mid)),
                            std::make_move_iterator(b.end()));
          b.erase(b.begin() + static_cast<std::ptrdiff_t>(mid), b.end());
          buckets_.push_back(std::move(hi));
          seps_.push_back(std::move(v));
          continue;
        }
      }
      // Small (or all equal): heapify into top_, whose bound is now this bucket's.
      top_ = d_ary_heap<T, Compare>(std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()), comp_);
      buckets_.pop_back();
      return;
    }
  }

  Compare comp_{};
  mutable d_ary_heap<T, Compare> top_{comp_};
  mutable std::vector<std::vector<T>> buckets_;  // buckets_[0] is the bottom (no lower bound)
  mutable std::vector<T> seps_;                  // seps_[j-1]: lower bound of buckets_[j] (or top_)
  size_type size_ = 0;
  mutable std::uint64_t rng_ = 0x9e3779b97f4a7c15ull;
};

}  // namespace cpkit
