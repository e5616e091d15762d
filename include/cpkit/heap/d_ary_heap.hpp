// d-ary heap: a priority queue like std::priority_queue, faster at large sizes.
// d_ary_heap<T, Compare = std::less<T>, D = 4>; binary_heap<T, Compare> is D = 2 by name.
// Same order as std::priority_queue: top() is the LARGEST under Compare (std::greater gives
// a min-heap). Everything an element needs: move construction and move assignment.
//   push(x), emplace(args...)   O(log_D n) (sift up with a hole: one move per level)
//   pop()                       O(D log_D n); top() O(1); replace_top(x) = pop then push, O(D log_D n)
//   d_ary_heap(first, last)     O(n) bottom-up construction (Floyd's textbook sift-down: a node
//                               moves below its best child only if that child is strictly above
//                               it, the leftmost among equal children; with D = 2, data() is then
//                               exactly the classic max-heapify array of problems/max-heap-build)
//   size, empty, clear, reserve
// Preconditions (asserted): top, pop and replace_top need a non-empty heap.
// Layout: the D children of a node are contiguous, and the buffer is 64-byte aligned with the
// root shifted by D*D - D - 1 slots so that every group of D children starts at a multiple of
// D*sizeof(T) bytes and every node's D*D grandchildren start at a multiple of D*D*sizeof(T):
// for int32 and D = 4 the 4 children are one 16-byte block and the 16 grandchildren exactly
// one cache line. A pop prefetches the grandchildren while it compares the children, so two
// levels' misses overlap; a push that moves up prefetches the next 8 ancestors at once.
// BottomUp (default true): pop sifts the hole down to a leaf along the best children, then
// sifts the last element up from there (CPython's heapq trick, D-1 comparisons per level
// instead of D); false uses the textbook sift-down that stops early.
// D = 4 picks the best child by a tournament with conditional moves (no branch to
// mispredict). Default D = 4 by measurement (bench/heap_bench.cpp, docs/heap.md).
// Verified by: problems/priority-queue, max-heap-build; tests/heap_test.cpp; bench/heap_bench.cpp
#pragma once

#include <cassert>
#include <cstddef>
#include <functional>
#include <iterator>
#include <new>
#include <type_traits>
#include <utility>

namespace cpkit {

template <class T, class Compare = std::less<T>, std::size_t D = 4, bool BottomUp = true>
class d_ary_heap {
  static_assert(D >= 2, "a d-ary heap needs D >= 2");

 public:
  using value_type = T;
  using size_type = std::size_t;
  using value_compare = Compare;
  static constexpr std::size_t arity = D;

  d_ary_heap() = default;
  explicit d_ary_heap(const Compare& comp) : comp_(comp) {}
  template <class It>
  d_ary_heap(It first, It last, const Compare& comp = Compare()) : comp_(comp) {
    if constexpr (std::is_base_of_v<std::forward_iterator_tag,
                                    typename std::iterator_traits<It>::iterator_category>)
      reserve(static_cast<size_type>(std::distance(first, last)));
    for (; first != last; ++first) {
      if (size_ == cap_) grow(cap_ < 16 ? 16 : 2 * cap_);
      ::new (static_cast<void*>(a_ + size_)) T(*first);
      ++size_;
    }
    if (size_ > 1)
      for (size_type i = parent(size_ - 1) + 1; i-- > 0;) sift_down(i);
  }
  d_ary_heap(const d_ary_heap& o) : comp_(o.comp_) {
    reserve(o.size_);
    for (; size_ < o.size_; ++size_) ::new (static_cast<void*>(a_ + size_)) T(o.a_[size_]);
  }
  d_ary_heap(d_ary_heap&& o) noexcept : comp_(std::move(o.comp_)), buf_(o.buf_), a_(o.a_), size_(o.size_), cap_(o.cap_) {
    o.buf_ = nullptr;
    o.a_ = nullptr;
    o.size_ = o.cap_ = 0;
  }
  d_ary_heap& operator=(d_ary_heap o) noexcept {
    swap(o);
    return *this;
  }
  ~d_ary_heap() {
    clear();
    release(buf_);
  }
  void swap(d_ary_heap& o) noexcept {
    using std::swap;
    swap(comp_, o.comp_);
    swap(buf_, o.buf_);
    swap(a_, o.a_);
    swap(size_, o.size_);
    swap(cap_, o.cap_);
  }

  bool empty() const { return size_ == 0; }
  size_type size() const { return size_; }
  const T& top() const {
    assert(size_ > 0 && "top on an empty heap");
    return a_[0];
  }
  void reserve(size_type n) {
    if (n > cap_) grow(n);
  }
  void clear() {
    if constexpr (!std::is_trivially_destructible_v<T>)
      for (size_type i = 0; i < size_; ++i) a_[i].~T();
    size_ = 0;
  }

  void push(const T& x) { emplace(x); }
  void push(T&& x) { emplace(std::move(x)); }
  template <class... Args>
  void emplace(Args&&... args) {
    if (size_ == cap_) grow(cap_ < 16 ? 16 : 2 * cap_);
    ::new (static_cast<void*>(a_ + size_)) T(std::forward<Args>(args)...);
    ++size_;
    sift_up(size_ - 1);
  }

  void pop() {
    assert(size_ > 0 && "pop on an empty heap");
    --size_;
    if (size_ > 0) {
      T x = std::move(a_[size_]);
      a_[size_].~T();
      place_from_root(std::move(x));
    } else {
      a_[0].~T();
    }
  }

  // Equivalent to pop() then push(x), with one sift.
  void replace_top(T x) {
    assert(size_ > 0 && "replace_top on an empty heap");
    place_from_root(std::move(x));
  }

  // The elements in heap order (read-only), for tests and debugging.
  const T* data() const { return a_; }
  const Compare& comp() const { return comp_; }

 private:
  // Logical index i lives at a_[i]; a_ = buf_ + shift_ with shift_ = D*D - D - 1, so the
  // children D*i+1..D*i+D of i start at buffer offset D*i + D*D - D, a multiple of D, and the
  // D*D grandchildren D*D*i+D+1.. start at D*D*(i+1), a multiple of D*D.
  static constexpr std::size_t shift_ = D * D - D - 1;
  static constexpr std::size_t align_ = alignof(T) > 64 ? alignof(T) : 64;
  static size_type parent(size_type i) { return (i - 1) / D; }
  static size_type first_child(size_type i) { return D * i + 1; }

  void grow(size_type n) {
    T* nb = static_cast<T*>(::operator new((n + shift_) * sizeof(T), std::align_val_t(align_)));
    T* na = nb + shift_;
    for (size_type i = 0; i < size_; ++i) {
      ::new (static_cast<void*>(na + i)) T(std::move(a_[i]));
      a_[i].~T();
    }
    release(buf_);
    buf_ = nb;
    a_ = na;
    cap_ = n;
  }
  static void release(T* b) {
    if (b) ::operator delete(static_cast<void*>(b), std::align_val_t(align_));
  }

  // "a belongs above b"
  bool above(const T& a, const T& b) const { return comp_(b, a); }

  void sift_up(size_type i) {
    if (i == 0) return;
    size_type p = parent(i);
    if (!above(a_[i], a_[p])) return;
    T x = std::move(a_[i]);
#if defined(__GNUC__) || defined(__clang__)
    // x rises at least one level, and the ancestors it may pass are known now: ask for the
    // next 8 at once instead of missing on each in turn (a key pushed above most of a big
    // heap, as in steady-state use, otherwise pays one serial miss per level).
    for (size_type q = p, k = 0; k < 8 && q > 0; ++k) {
      q = parent(q);
      __builtin_prefetch(a_ + q);
    }
#endif
    do {
      a_[i] = std::move(a_[p]);
      i = p;
      if (i == 0) break;
      p = parent(i);
    } while (above(x, a_[p]));
    a_[i] = std::move(x);
  }

  // Index of the best child among the children starting at c (c < size_), leftmost among equals.
  size_type best_child(size_type c) const {
    if (c + D <= size_) {
      if constexpr (D == 4) {
        // A tournament: two pairs, then the winners. The selects are written as arithmetic
        // on the comparison results so that the compiler emits setcc/cmov, not branches: on
        // random keys each comparison is a coin flip, and the next level's cache line is
        // already being prefetched (place_from_root), so no speculation is needed to overlap
        // the misses. Ties go left: a right element wins only if strictly above.
        const T* p = a_ + c;
        const bool r0 = above(p[1], p[0]);
        const bool r1 = above(p[3], p[2]);
        const T& w0 = r0 ? p[1] : p[0];
        const T& w1 = r1 ? p[3] : p[2];
        const size_type b0 = c + static_cast<size_type>(r0);
        const size_type b1 = c + 2 + static_cast<size_type>(r1);
        return above(w1, w0) ? b1 : b0;
      } else {
        size_type best = c;
        for (size_type k = c + 1; k < c + D; ++k)
          if (above(a_[k], a_[best])) best = k;
        return best;
      }
    }
    size_type best = c;
    for (size_type k = c + 1; k < size_; ++k)
      if (above(a_[k], a_[best])) best = k;
    return best;
  }

  // Asks for the D*D grandchildren of hole h (all children of the group at first_child(h)):
  // the next level's children are among them whichever child wins now, so their miss
  // overlaps this level's. With the root shift they are one aligned block of D*D*sizeof(T)
  // bytes (one 64-byte line for int32 and D = 4). Called inline from the loop on purpose:
  // GCC 12 deems a separate function whose only effect is __builtin_prefetch free of
  // side effects and deletes the calls (it did so to this header's earlier version).
  static constexpr size_type prefetch_lines_ =
      D * D * sizeof(T) <= 64 ? 1 : (D * D * sizeof(T) + 63) / 64;

  // Puts x into the hole at the root (a_[0] is a live, disposable element).
  void place_from_root(T&& x) {
    size_type hole = 0;
    if constexpr (BottomUp) {
      for (size_type c = first_child(0); c < size_; c = first_child(hole)) {
#if defined(__GNUC__) || defined(__clang__)
        if (const size_type g = first_child(c); g < size_) {
          const char* p = reinterpret_cast<const char*>(a_ + g);
          for (size_type k = 0; k < prefetch_lines_; ++k) __builtin_prefetch(p + 64 * k);
        }
#endif
        size_type b = best_child(c);
        a_[hole] = std::move(a_[b]);
        hole = b;
      }
      while (hole > 0) {
        size_type p = parent(hole);
        if (!above(x, a_[p])) break;
        a_[hole] = std::move(a_[p]);
        hole = p;
      }
    } else {
      for (size_type c = first_child(0); c < size_; c = first_child(hole)) {
        size_type b = best_child(c);
        if (!above(a_[b], x)) break;
        a_[hole] = std::move(a_[b]);
        hole = b;
      }
    }
    a_[hole] = std::move(x);
  }

  // Textbook sift-down from i, used by the O(n) construction (the sum of node heights is
  // below n/(D-1), each level costs D comparisons).
  void sift_down(size_type i) {
    size_type c = first_child(i);
    if (c >= size_) return;
    size_type b = best_child(c);
    if (!above(a_[b], a_[i])) return;
    T x = std::move(a_[i]);
    do {
      a_[i] = std::move(a_[b]);
      i = b;
      c = first_child(i);
      if (c >= size_) break;
      b = best_child(c);
    } while (above(a_[b], x));
    a_[i] = std::move(x);
  }

  Compare comp_{};
  T* buf_ = nullptr;
  T* a_ = nullptr;
  size_type size_ = 0;
  size_type cap_ = 0;
};

template <class T, class Compare = std::less<T>>
using binary_heap = d_ary_heap<T, Compare, 2>;

}  // namespace cpkit
