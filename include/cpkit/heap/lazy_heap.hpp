// Lazy deletion: a priority queue that can erase an arbitrary value later, as two heaps
// (the values, and the values erased but not yet reached). lazy_heap<T, Compare, Heap>.
// Same order as std::priority_queue: top() is the LARGEST under Compare. Heap is any queue
// with that interface (default cpkit::d_ary_heap<T, Compare>).
//   push(x)       O(log n)
//   erase(x)      O(log n); x must be present (a value equivalent to it under Compare): this
//                 cannot be checked cheaply and erasing an absent value breaks the queue
//   top(), pop()  O(log n) amortised (cancels erased values that reach the top); non-empty
//   size(), empty()  O(1): size() = pushed - popped - erased
// Preconditions: erase(x) needs x present (only "no more erased than pushed" is asserted);
// top and pop need a non-empty queue (asserted).
// Silently wrong, in every build: erase(x) of an absent x leaves size() one short (with 5 and
// 3 pushed, erase(4), pop(): empty() is true while 3 is still there) and swallows the next
// value equivalent to x that is pushed. Under -DNDEBUG also: erasing more values than were
// pushed wraps size() around, and top() or pop() on an empty queue is undefined behaviour.
// Verified by: tests/heap_test.cpp (a std::multiset model)
#pragma once

#include <cassert>
#include <cstddef>
#include <functional>

#include "cpkit/heap/d_ary_heap.hpp"

namespace cpkit {

template <class T, class Compare = std::less<T>, class Heap = d_ary_heap<T, Compare>>
class lazy_heap {
 public:
  using value_type = T;
  using size_type = std::size_t;
  using value_compare = Compare;

  lazy_heap() = default;
  explicit lazy_heap(const Compare& comp) : comp_(comp), live_(comp), dead_(comp) {}

  bool empty() const { return live_.size() == dead_.size(); }
  size_type size() const { return live_.size() - dead_.size(); }
  void push(const T& x) { live_.push(x); }
  void push(T&& x) { live_.push(std::move(x)); }
  void erase(const T& x) {
    dead_.push(x);
    assert(live_.size() >= dead_.size() && "erase of a value that is not present");
  }
  const T& top() {
    assert(!empty() && "top on an empty heap");
    settle();
    return live_.top();
  }
  void pop() {
    assert(!empty() && "pop on an empty heap");
    settle();
    live_.pop();
  }
  void clear() {
    live_ = Heap(comp_);
    dead_ = Heap(comp_);
  }

 private:
  // While the top is an erased value, drop both copies. Both tops are the largest of their
  // heap and every erased value is live, so equal tops mean the live top was erased.
  void settle() {
    while (!dead_.empty() && !comp_(dead_.top(), live_.top()) && !comp_(live_.top(), dead_.top())) {
      live_.pop();
      dead_.pop();
    }
  }

  Compare comp_{};
  Heap live_{comp_};
  Heap dead_{comp_};
};

}  // namespace cpkit
