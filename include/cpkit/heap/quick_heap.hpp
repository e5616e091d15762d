// Quick heap: a priority queue built for large n, in the spirit of Paredes and Navarro's
// incremental quicksort (IQS) and quickheap. Same order and surface as std::priority_queue and
// d_ary_heap: top() is the LARGEST under Compare (std::greater gives a min-heap).
// quick_heap<T, Compare = std::less<T>, Leaf = 0 (auto: about 8 KB of elements)>
//   push(x), emplace(args...)   O(log b) comparisons to find its bucket (b = number of
//                               buckets: about log2(n / Leaf) on random keys, up to n / Leaf
//                               with many equal or rising keys), then an append; O(log Leaf)
//                               if it lands in the small heap at the top
//   top(), pop()                amortized O(log n) expected: a small d_ary_heap of at most
//                               about 2*Leaf elements, refilled by quicksort partitions
//   replace_top(x)              amortized O(log n) expected: pop() then push(x)
//   quick_heap(first, last)     O(n): the elements form one bucket
//   size(), empty(), swap(other)  O(1)
//   clear(), reserve(n)         O(n); reserve: room in the main array
// Preconditions (asserted): top, pop and replace_top need a non-empty heap; Compare is a
// strict weak order (it may be a lambda). T needs copy construction (a pivot is a copy) and
// move assignment. A moved-from queue is empty, with a moved-from comparator.
// Under -DNDEBUG: top(), pop() or replace_top() on an empty queue looks for a bucket that does
// not exist (back() of an empty vector): undefined behaviour.
//
// Structure (the full story, measured: docs/heap.md, "Quick heap"). Below the small heap top_
// sits a stack of buckets separated by pivots: every element of bucket j is >= seps_[j-1] >=
// every element of bucket j-1 (in Compare's order; ties may sit on both sides), and top_'s lower
// bound, if any, is seps_.back(). A bucket is a segment of one array arr_ (the topmost ends it)
// plus an overflow array `extra` for its pushes. push: a branch-free binary search over seps_,
// then an append. top()/pop() on an empty top_: the topmost bucket is cut in place around a
// sampled pivot (an unbalanced cut is redone around the exact median: never quadratic) until it
// holds at most Leaf elements, then heapified into top_: n pushes then n pops are one lazy
// quicksort of sequential passes. top_ grown past 2*Leaf is spilled back into a bucket; a
// bucket found all equal is cut into Leaf-sized buckets with no comparison.
// Memory: the elements once, plus the arrays' spare capacity (growth by doubling, as
// std::vector; an array keeps its capacity as it empties), plus per bucket a separator (a T)
// and 32 bytes; a trivially relocatable T grows by std::realloc (see detail::grow_array).
// Exceptions: a push whose copy or allocation throws leaves the queue as it was. A refill (in
// top() or pop()) whose comparison or copy throws leaves the same elements, perhaps
// reorganized, if T's moves do not throw (basic guarantee).
// top() is const but may perform that refill: the containers are mutable, so a const
// quick_heap is not safe to read from several threads at once.
// Pick it for speed: it beat the best of std::priority_queue and pb_ds's heaps in every case
// measured (1.5-10.8x, 10^5 to 10^7 elements) and d_ary_heap in all but pairs at 10^5
// (below 2*Leaf elements it is a d_ary_heap). Pick d_ary_heap when
// every single operation must be fast (one pop here may partition O(n) elements, amortized
// O(log n)), for move-only T, or for the heap array itself (data()). Measurements:
// docs/heap.md.
// Verified by: problems/priority-queue; tests/heap_test.cpp (conformance suite, bucket
// invariants, adversarial orders); bench/heap_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include "cpkit/heap/d_ary_heap.hpp"

namespace cpkit {
namespace detail {

// The growable array behind quick_heap's buckets: std::vector's push_back and append, plus
// truncate. A trivially relocatable T (cpkit::is_trivially_relocatable) grows by
// std::realloc, which remaps a large block's pages instead of copying them into fresh memory
// (a first touch of a page costs about 11 us on the machine of docs/heap.md: growing a
// vector of 10^7 int32 faults in about 80 MB, a third of the time of 10^7 pushes). Other
// types are moved element by element into a new block.
template <class T>
class grow_array {
  static constexpr bool realloc_ = is_trivially_relocatable<T>::value && alignof(T) <= alignof(std::max_align_t);

 public:
  grow_array() = default;
  // Delegates to the default constructor, so that the destructor frees the block if a copy
  // throws.
  grow_array(const grow_array& o) : grow_array() { append(o.p_, o.p_ + o.n_); }
  grow_array(grow_array&& o) noexcept : p_(o.p_), n_(o.n_), cap_(o.cap_) {
    o.p_ = nullptr;
    o.n_ = o.cap_ = 0;
  }
  grow_array& operator=(const grow_array& o) {  // reuses this block when it is large enough
    if (this == &o) return *this;
    if (o.n_ > cap_) {
      grow_array copy(o);
      swap(copy);
    } else {
      clear();
      append(o.p_, o.p_ + o.n_);
    }
    return *this;
  }
  grow_array& operator=(grow_array&& o) noexcept {
    grow_array moved(std::move(o));
    swap(moved);
    return *this;
  }
  ~grow_array() {
    clear();
    release(p_);
  }
  void swap(grow_array& o) noexcept {
    std::swap(p_, o.p_);
    std::swap(n_, o.n_);
    std::swap(cap_, o.cap_);
  }

  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  T* data() { return p_; }
  const T* data() const { return p_; }
  T& operator[](std::size_t i) { return p_[i]; }
  const T& operator[](std::size_t i) const { return p_[i]; }
  const T* begin() const { return p_; }
  const T* end() const { return p_ + n_; }

  template <class... Args>
  void emplace_back(Args&&... args) {
    if (n_ == cap_) {
      T x(std::forward<Args>(args)...);  // args may refer into this array
      reallocate(grown(n_ + 1));
      ::new (static_cast<void*>(p_ + n_)) T(std::move(x));
    } else {
      ::new (static_cast<void*>(p_ + n_)) T(std::forward<Args>(args)...);
    }
    ++n_;
  }
  // Appends [first, last), which must not point into this array. All or nothing: if a copy
  // throws, the elements appended so far are destroyed again.
  template <class It>
  void append(It first, It last) {
    struct undo {
      grow_array* a;
      std::size_t n0;
      bool done = false;
      ~undo() {
        if (!done) a->truncate(n0);
      }
    } u{this, n_};
    if constexpr (std::is_base_of_v<std::forward_iterator_tag, typename std::iterator_traits<It>::iterator_category>) {
      const std::size_t k = static_cast<std::size_t>(std::distance(first, last));
      if (n_ + k > cap_) reallocate(grown(n_ + k));
      for (; first != last; ++first, ++n_) ::new (static_cast<void*>(p_ + n_)) T(*first);
    } else {
      for (; first != last; ++first) emplace_back(*first);
    }
    u.done = true;
  }
  void reserve(std::size_t c) {
    if (c > cap_) reallocate(c);
  }
  void truncate(std::size_t k) {  // keeps the first k elements
    if constexpr (!std::is_trivially_destructible_v<T>)
      for (std::size_t i = k; i < n_; ++i) p_[i].~T();
    if (k < n_) n_ = k;
  }
  void clear() { truncate(0); }

 private:
  std::size_t grown(std::size_t need) const {
    const std::size_t c = cap_ < 8 ? 16 : 2 * cap_;
    return c < need ? need : c;
  }
  void reallocate(std::size_t c) {
    if constexpr (realloc_) {
      void* q = std::realloc(static_cast<void*>(p_), c * sizeof(T));  // void*: T may be a pair
      if (!q) throw std::bad_alloc();
      p_ = static_cast<T*>(q);
    } else {
      // The old elements stay intact until all are in the new block; a T whose move may
      // throw is copied (std::move_if_noexcept), and a throw frees the new block.
      struct undo {
        T* q;
        std::size_t i = 0;
        ~undo() {
          if (!q) return;
          for (std::size_t k = 0; k < i; ++k) q[k].~T();
          release(q);
        }
      } u{static_cast<T*>(::operator new(c * sizeof(T), std::align_val_t(alignof(T))))};
      for (; u.i < n_; ++u.i) ::new (static_cast<void*>(u.q + u.i)) T(std::move_if_noexcept(p_[u.i]));
      for (std::size_t k = 0; k < n_; ++k) p_[k].~T();
      release(p_);
      p_ = u.q;
      u.q = nullptr;
    }
    cap_ = c;
  }
  static void release(T* p) {
    if constexpr (realloc_)
      std::free(static_cast<void*>(p));
    else
      ::operator delete(p, std::align_val_t(alignof(T)));
  }

  T* p_ = nullptr;
  std::size_t n_ = 0;
  std::size_t cap_ = 0;
};

}  // namespace detail

template <class T, class Compare = std::less<T>, std::size_t Leaf = 0>
class quick_heap {
  static_assert(std::is_copy_constructible_v<T>,
                "quick_heap copies its pivots: T must be copyable (d_ary_heap takes move-only types)");

 public:
  using value_type = T;
  using size_type = std::size_t;
  using value_compare = Compare;
  static constexpr std::size_t leaf = Leaf != 0 ? Leaf : (sizeof(T) >= 256 ? 32 : 8192 / sizeof(T));

  quick_heap() = default;
  explicit quick_heap(const Compare& comp) : comp_(comp), top_(comp) {}
  template <class It>
  quick_heap(It first, It last, const Compare& comp = Compare()) : comp_(comp), top_(comp) {
    arr_.append(first, last);
    size_ = arr_.size();
    if (size_ > 0) buckets_.push_back(bucket{});
  }

  quick_heap(const quick_heap&) = default;
  quick_heap& operator=(const quick_heap&) = default;  // reuses this queue's arrays
  // A moved-from queue is empty (a defaulted move would leave its size behind).
  quick_heap(quick_heap&& o) noexcept
      : comp_(std::move(o.comp_)),
        top_(std::move(o.top_)),
        arr_(std::move(o.arr_)),
        buckets_(std::move(o.buckets_)),
        seps_(std::move(o.seps_)),
        size_(o.size_),
        rng_(o.rng_) {
    o.clear();
  }
  quick_heap& operator=(quick_heap&& o) noexcept {
    if (this != &o) {
      quick_heap moved(std::move(o));
      swap(moved);
    }
    return *this;
  }
  ~quick_heap() = default;

  bool empty() const { return size_ == 0; }
  size_type size() const { return size_; }
  const Compare& comp() const { return comp_; }
  // Room for n elements in the main array (the topmost bucket's pushes and every cut).
  void reserve(size_type n) { arr_.reserve(n); }

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
    if (j + 1 == buckets_.size())
      arr_.emplace_back(std::move(x));  // the topmost bucket's segment ends the array
    else
      buckets_[j].extra.emplace_back(std::move(x));
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
    arr_.clear();
    buckets_.clear();
    seps_.clear();
    size_ = 0;
  }

  void swap(quick_heap& o) noexcept {
    using std::swap;
    swap(comp_, o.comp_);
    top_.swap(o.top_);
    arr_.swap(o.arr_);
    buckets_.swap(o.buckets_);
    seps_.swap(o.seps_);
    swap(size_, o.size_);
    swap(rng_, o.rng_);
  }

  // For tests: checks the bucket order invariant in O(n); true if it holds.
  bool check_invariants() const {
    if (seps_.size() != buckets_.size() && seps_.size() + 1 != buckets_.size()) return false;
    if (!buckets_.empty() && buckets_[0].start != 0) return false;
    if (buckets_.empty() && !arr_.empty()) return false;
    for (size_type j = 1; j < seps_.size(); ++j)  // level_of's binary search needs them sorted
      if (less(seps_[j], seps_[j - 1])) return false;
    size_type total = top_.size();
    for (size_type j = 0; j < buckets_.size(); ++j) {
      const size_type end = j + 1 < buckets_.size() ? buckets_[j + 1].start : arr_.size();
      if (end < buckets_[j].start) return false;
      total += end - buckets_[j].start + buckets_[j].extra.size();
      auto in_range = [&](const T& x) {
        return !(j > 0 && less(x, seps_[j - 1])) &&         // not below its lower bound
               !(j < seps_.size() && less(seps_[j], x));    // not above the next bound
      };
      for (size_type i = buckets_[j].start; i < end; ++i)
        if (!in_range(arr_[i])) return false;
      for (const T& x : buckets_[j].extra)
        if (!in_range(x)) return false;
    }
    if (seps_.size() == buckets_.size() && !buckets_.empty() && !top_.empty()) {
      const T* a = top_.data();
      for (size_type i = 0; i < top_.size(); ++i)
        if (less(a[i], seps_[seps_.size() - 1])) return false;
    }
    if (seps_.size() + 1 == buckets_.size() && !top_.empty()) return false;  // top_ has no bound
    return total == size_;
  }

 private:
  // comp_(a, b); branch-free on pairs of arithmetic types with std::less / std::greater.
  bool less(const T& a, const T& b) const { return detail::fast_compare<T, Compare>::less(comp_, a, b); }

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
      base = less(x, base[half]) ? base : base + half;
      len -= half;
    }
    return static_cast<size_type>(base - seps_.data()) + (less(x, *base) ? 0 : 1);
  }

  // top_ is full of pushes above its bound: it becomes the topmost bucket (keeping that bound,
  // which is seps_.back() if top_ had one), and top_ starts empty with no bound.
  // Nothing changes if a copy or an allocation throws: the bucket list has room before the
  // elements are appended (all or nothing), and then the push_back cannot throw.
  void spill() {
    if (buckets_.size() == buckets_.capacity()) buckets_.reserve(2 * buckets_.size() + 1);
    const size_type start = arr_.size();
    const T* a = top_.data();
    arr_.append(a, a + top_.size());
    buckets_.push_back(bucket{start, {}});
    top_.clear();
  }

  std::uint64_t next_random() const {  // xorshift64
    rng_ ^= rng_ << 13;
    rng_ ^= rng_ >> 7;
    rng_ ^= rng_ << 17;
    return rng_;
  }
  const T& median3(const T& a, const T& b, const T& c) const {
    if (less(a, b)) return less(b, c) ? b : (less(a, c) ? c : a);
    return less(a, c) ? a : (less(b, c) ? c : b);
  }
  const T& sample(const T* b, size_type s) const { return b[next_random() % s]; }
  T pick_pivot(const T* b, size_type s) const {
    if (s < 1024) return median3(sample(b, s), sample(b, s), sample(b, s));
    const T x = median3(sample(b, s), sample(b, s), sample(b, s));
    const T y = median3(sample(b, s), sample(b, s), sample(b, s));
    const T z = median3(sample(b, s), sample(b, s), sample(b, s));
    return median3(x, y, z);
  }

  // Moves the elements for which up(x) is true to the back of b; returns how many stay in
  // front. For small trivially copyable T, a branch-free Lomuto pass: on random keys each
  // test is a coin flip that a branch would mispredict half the time.
  template <class Up>
  static size_type partition(T* a, size_type s, Up up) {
    if constexpr (std::is_trivially_copyable_v<T> && sizeof(T) <= 16) {
      size_type i = 0;  // a[0, i) stays down, a[i, j) goes up
      for (size_type j = 0; j < s; ++j) {
        T t = a[j];
        const bool down = !up(t);
        a[j] = std::move(a[i]);  // moves: T needs no copy assignment (same code for these T)
        a[i] = std::move(t);
        i += down;
      }
      return i;
    } else {
      return static_cast<size_type>(std::partition(a, a + s, [&](const T& x) { return !up(x); }) - a);
    }
  }

  // Precondition: top_ is empty and size_ > 0. Cuts the topmost bucket until it is small,
  // then heapifies it into top_.
  void refill() const {
    while (top_.empty()) {
      assert(!buckets_.empty());
      if (seps_.size() == buckets_.size()) seps_.truncate(seps_.size() - 1);  // top_'s bound goes with it
      bucket& top_bucket = buckets_.back();
      if (!top_bucket.extra.empty()) {  // its pushes join its segment, at the end of arr_
        arr_.append(std::make_move_iterator(top_bucket.extra.data()),
                    std::make_move_iterator(top_bucket.extra.data() + top_bucket.extra.size()));
        top_bucket.extra.clear();
      }
      const size_type start = top_bucket.start;
      T* b = arr_.data() + start;
      const size_type s = arr_.size() - start;
      size_type mid = s;
      if (s > leaf) {
        T v = pick_pivot(b, s);
        // Up: strictly above the pivot. If nothing is (the pivot is a maximum), up: not below
        // it; if then everything is, all elements are equal (handled below).
        mid = partition(b, s, [&](const T& x) { return less(v, x); });
        if (mid == s) mid = partition(b, s, [&](const T& x) { return !less(x, v); });
        if (mid != 0 && (mid < s / 8 || s - mid < s / 8)) {
          // An unbalanced cut (a bad sample, or many equal keys) would make the next cuts
          // repeat this pass: cut around the exact median instead.
          std::nth_element(b, b + s / 2, b + s, [this](const T& x, const T& y) { return less(x, y); });
          mid = s / 2;
          v = T(b[mid]);  // T needs no copy assignment
        }
        if (mid != 0) {
          // b[0, mid) <= v <= b[mid, s): the upper part becomes the new topmost bucket, in place.
          // The separator first: if the bucket's push_back throws, it reads as top_'s bound,
          // which the next refill drops.
          seps_.emplace_back(std::move(v));
          buckets_.push_back(bucket{start + mid, {}});
          continue;
        }
        // All equal: cut with no comparison into buckets of Leaf elements (each bounded by v
        // on both sides). Heapifying the whole bucket into top_ instead was quadratic: the
        // next push at the top spilled it back whole, and the next top() partitioned it
        // twice more (found by the tests' comparison budget).
        for (size_type c = leaf; c < s; c += leaf) {
          seps_.emplace_back(v);
          buckets_.push_back(bucket{start + c, {}});
        }
        continue;
      }
      // Small: heapify into top_, whose bound is now this bucket's.
      top_.assign(std::make_move_iterator(b), std::make_move_iterator(b + s));  // Compare may be a lambda
      arr_.truncate(start);
      buckets_.pop_back();
    }
  }

  // A bucket: the segment arr_[start, next bucket's start or arr_.size()), plus the pushes it
  // received while it was not the topmost (the topmost bucket's pushes go to arr_'s end).
  struct bucket {
    size_type start = 0;
    detail::grow_array<T> extra;
  };

  Compare comp_{};
  mutable d_ary_heap<T, Compare> top_{comp_};
  mutable detail::grow_array<T> arr_;                  // the buckets' segments, bottom first
  mutable std::vector<bucket> buckets_;          // buckets_[0] is the bottom (no lower bound)
  mutable detail::grow_array<T> seps_;           // seps_[j-1]: lower bound of buckets_[j] (or top_)
  size_type size_ = 0;
  mutable std::uint64_t rng_ = 0x9e3779b97f4a7c15ull;
};

}  // namespace cpkit
