// d-ary heap: a priority queue like std::priority_queue, faster on random keys up to 10^6.
// d_ary_heap<T, Compare = std::less<T>, D = 4>; binary_heap<T, Compare> is D = 2 by name.
// Same order as std::priority_queue: top() is the LARGEST under Compare (std::greater gives
// a min-heap). Everything an element needs: move construction and move assignment.
//   push(x), emplace(args...)   O(log_D n): the sift-up (with a hole, one move per level) is
//                               deferred to the next push, pop, replace_top or data(), and
//                               skipped if that pop removes the pushed element itself (see
//                               unsifted_ below). x may refer into the heap: push(h.top()).
//   pop()                       O(D log_D n)
//   top()                       O(1)
//   replace_top(x)              O(D log_D n): pop then push, in one sift
//   d_ary_heap(first, last), assign(first, last)
//                               O(n) bottom-up construction (Floyd's textbook sift-down: a node
//                               moves below its best child only if that child is strictly above
//                               it, the leftmost among equal children; with D = 2, data() is then
//                               exactly the classic max-heapify array of problems/max-heap-build)
//   size(), empty(), swap(other) O(1)
//   clear(), reserve(n)         O(n)
// Preconditions (asserted): top, pop and replace_top need a non-empty heap. Compare is a
// strict weak order (not checked).
// Under -DNDEBUG: top() of an empty heap reads a slot that holds no element, and pop() or
// replace_top() on one destroys or overwrites it and wraps the size around: undefined
// behaviour, usually a crash later.
// Layout: the D children of a node are contiguous, and the elements sit on a 64-byte aligned
// base with the root shifted by D*D - D - 1 slots, so that every group of D children starts
// at a multiple of D*sizeof(T) bytes and every node's D*D grandchildren at a multiple of
// D*D*sizeof(T): for int32 and D = 4 the 4 children are one 16-byte block and the 16
// grandchildren one cache line. A pop prefetches, at each level, the deepest block of
// descendants that fits in 256 bytes (4 lines), but at least the D*D grandchildren (so more
// than 256 bytes for large D or large T): for int32 and D = 4 the 64 great-grandchildren,
// so the misses of three consecutive levels overlap.
// Storage: a trivially relocatable T (cpkit::is_trivially_relocatable: trivially copyable
// types and std::pair of them) grows with std::realloc, which moves a large buffer by
// remapping its pages instead of copying and faulting in new ones; other types are moved
// element by element into a new buffer.
// BottomUp (default true): pop sifts the hole down to a leaf along the best children, then
// sifts the last element up from there (CPython's heapq trick, D-1 comparisons per level
// instead of D); false uses the textbook sift-down that stops early.
// D = 4 picks the best child by a tournament with conditional moves (no branch to
// mispredict). Default D = 4 by measurement (bench/heap_bench.cpp, docs/heap.md).
// Verified by: problems/max-heap-build, online-median, priority-queue (inside quick_heap);
// tests/heap_test.cpp; bench/heap_bench.cpp
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iterator>
#include <new>
#include <type_traits>
#include <utility>

namespace cpkit {

// A type whose objects can be moved to another address by copying their bytes (and not
// destroying the source). Specialize it for your own types if that holds for them.
template <class T>
struct is_trivially_relocatable : std::bool_constant<std::is_trivially_copyable_v<T>> {};
template <class A, class B>
struct is_trivially_relocatable<std::pair<A, B>>
    : std::bool_constant<is_trivially_relocatable<A>::value && is_trivially_relocatable<B>::value> {};

namespace detail {
template <class T>
struct is_arithmetic_pair : std::false_type {};
template <class A, class B>
struct is_arithmetic_pair<std::pair<A, B>>
    : std::bool_constant<std::is_arithmetic_v<A> && std::is_arithmetic_v<B>> {};
// std::pair's operator< (x.first < y.first || (!(y.first < x.first) && x.second < y.second)),
// evaluated without branches: the && and || short-circuits become jumps on coin-flip
// outcomes, which cost a heap of pairs about a third of its time at 10^5 (measured).
template <class P>
bool pair_less(const P& x, const P& y) {
  const bool lt = x.first < y.first;
  const bool not_gt = !(y.first < x.first);
  const bool lt2 = x.second < y.second;
  return lt | (not_gt & lt2);
}
// comp(a, b), with std::less and std::greater (typed or <>) on a pair of arithmetic types
// evaluated by pair_less: the same order, without branches.
template <class T, class Compare>
struct fast_compare {
  static constexpr bool pair_lt = is_arithmetic_pair<T>::value &&
                                  (std::is_same_v<Compare, std::less<T>> || std::is_same_v<Compare, std::less<>>);
  static constexpr bool pair_gt = is_arithmetic_pair<T>::value &&
                                  (std::is_same_v<Compare, std::greater<T>> || std::is_same_v<Compare, std::greater<>>);
  static bool less(const Compare& comp, const T& a, const T& b) {
    if constexpr (pair_lt)
      return pair_less(a, b);
    else if constexpr (pair_gt)
      return pair_less(b, a);
    else
      return comp(a, b);
  }
};
}  // namespace detail

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
    assign(first, last);
  }
  // Replaces the contents by [first, last), heapified in O(n); keeps the comparator (which
  // need not be assignable: a lambda) and the buffer. [first, last) must not be in this heap.
  template <class It>
  void assign(It first, It last) {
    clear();
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
    unsifted_ = o.unsifted_;
  }
  d_ary_heap(d_ary_heap&& o) noexcept
      : comp_(std::move(o.comp_)), raw_(o.raw_), a_(o.a_), size_(o.size_), cap_(o.cap_), unsifted_(o.unsifted_) {
    o.raw_ = nullptr;
    o.a_ = nullptr;
    o.size_ = o.cap_ = 0;
    o.unsifted_ = false;
  }
  // Copy assignment reuses this heap's buffer when it is large enough (as std::vector does):
  // a heap restored from a saved copy again and again then keeps its memory warm.
  d_ary_heap& operator=(const d_ary_heap& o) {
    if (this == &o) return *this;
    if (o.size_ > cap_) {
      d_ary_heap copy(o);
      swap(copy);
      return *this;
    }
    clear();
    comp_ = o.comp_;
    for (; size_ < o.size_; ++size_) ::new (static_cast<void*>(a_ + size_)) T(o.a_[size_]);
    unsifted_ = o.unsifted_;
    return *this;
  }
  d_ary_heap& operator=(d_ary_heap&& o) noexcept {
    d_ary_heap moved(std::move(o));
    swap(moved);
    return *this;
  }
  ~d_ary_heap() {
    clear();
    release(raw_);
  }
  void swap(d_ary_heap& o) noexcept {
    using std::swap;
    swap(comp_, o.comp_);
    swap(raw_, o.raw_);
    swap(a_, o.a_);
    swap(size_, o.size_);
    swap(cap_, o.cap_);
    swap(unsifted_, o.unsifted_);
  }

  bool empty() const { return size_ == 0; }
  size_type size() const { return size_; }
  const T& top() const {
    assert(size_ > 0 && "top on an empty heap");
    return last_on_top() ? a_[size_ - 1] : a_[0];
  }
  void reserve(size_type n) {
    if (n > cap_) grow(n);
  }
  void clear() {
    if constexpr (!std::is_trivially_destructible_v<T>)
      for (size_type i = 0; i < size_; ++i) a_[i].~T();
    size_ = 0;
    unsifted_ = false;
  }

  void push(const T& x) { emplace(x); }
  void push(T&& x) { emplace(std::move(x)); }
  // The new element is constructed before anything in the buffer moves: args may refer into
  // the heap (push(h.top()) is valid), and both grow() and the previous push's deferred sift
  // would change what such a reference names.
  template <class... Args>
  void emplace(Args&&... args) {
    if (size_ == cap_) {
      T x(std::forward<Args>(args)...);
      grow(cap_ < 16 ? 16 : 2 * cap_);
      ::new (static_cast<void*>(a_ + size_)) T(std::move(x));
    } else {
      ::new (static_cast<void*>(a_ + size_)) T(std::forward<Args>(args)...);
    }
    if (unsifted_) sift_up(size_ - 1);  // the previous push's deferred sift (below the new slot)
    ++size_;
    unsifted_ = true;
  }

  void pop() {
    assert(size_ > 0 && "pop on an empty heap");
    if (unsifted_) {
      if (above(a_[size_ - 1], a_[0])) {  // the push just made is the top: no sift at all
        unsifted_ = false;
        --size_;
        a_[size_].~T();
        return;
      }
      // Otherwise complete its sift as push would have, along the last slot's ancestors (a
      // cached path), rather than let the pop below carry it down from the root and back up
      // a random path: measured, that scattered the large keys of a hold-model queue over
      // random paths and made every later pop slower.
      sift_up(size_ - 1);
      unsifted_ = false;
    }
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
    if (unsifted_) {
      if (last_on_top()) {  // the top is the unsifted last element: x takes its place, unsifted
        a_[size_ - 1] = std::move(x);
        return;
      }
      sift_up(size_ - 1);  // place_from_root needs every element in heap order
      unsifted_ = false;
    }
    place_from_root(std::move(x));
  }

  // The elements in heap order (read-only), for tests and debugging. Completes a deferred
  // sift first, so it may move elements (never the logical content).
  const T* data() const {
    if (unsifted_) {
      // The elements live in the buffer, not in *this, so sifting them is no change to a
      // const object: sift_up writes no member (it reads comp_ and a_).
      const_cast<d_ary_heap*>(this)->sift_up(size_ - 1);
      unsifted_ = false;
    }
    return a_;
  }
  const Compare& comp() const { return comp_; }

 private:
  // Logical index i lives at a_[i]; a_ = base + shift_ with base 64-byte aligned and
  // shift_ = D*D - D - 1, so the children D*i+1..D*i+D of i start at base offset D*i + D*D - D,
  // a multiple of D, and the D*D grandchildren D*D*i+D+1.. at D*D*(i+1), a multiple of D*D.
  static constexpr std::size_t shift_ = D * D - D - 1;
  static constexpr std::size_t align_ = alignof(T) > 64 ? alignof(T) : 64;
  static constexpr bool realloc_ =
      is_trivially_relocatable<T>::value && alignof(T) <= alignof(std::max_align_t);
  static size_type parent(size_type i) { return (i - 1) / D; }
  static size_type first_child(size_type i) { return D * i + 1; }

  void grow(size_type n) {
    if constexpr (realloc_) {
      // 64 spare bytes let the elements start at a 64-byte aligned base wherever malloc puts
      // the block (malloc aligns to alignof(max_align_t), which divides 64).
      const std::size_t bytes = (n + shift_) * sizeof(T) + 64;
      const std::size_t old_pad =
          raw_ ? static_cast<std::size_t>(reinterpret_cast<char*>(a_ - shift_) - static_cast<char*>(raw_)) : 0;
      void* nr = std::realloc(raw_, bytes);
      if (!nr) throw std::bad_alloc();
      const std::size_t pad = (64 - reinterpret_cast<std::uintptr_t>(nr) % 64) % 64;
      char* base = static_cast<char*>(nr) + pad;
      // realloc kept the bytes at the same offset; a small block may have landed at a
      // different alignment (a large one is remapped page by page, so pad == old_pad).
      if (pad != old_pad && size_ > 0)
        std::memmove(base + shift_ * sizeof(T), static_cast<char*>(nr) + old_pad + shift_ * sizeof(T),
                     size_ * sizeof(T));
      raw_ = nr;
      a_ = reinterpret_cast<T*>(base) + shift_;
    } else {
      void* nr = ::operator new((n + shift_) * sizeof(T), std::align_val_t(align_));
      T* na = static_cast<T*>(nr) + shift_;
      for (size_type i = 0; i < size_; ++i) {
        ::new (static_cast<void*>(na + i)) T(std::move(a_[i]));
        a_[i].~T();
      }
      release(raw_);
      raw_ = nr;
      a_ = na;
    }
    cap_ = n;
  }
  static void release(void* r) {
    if (!r) return;
    if constexpr (realloc_)
      std::free(r);
    else
      ::operator delete(r, std::align_val_t(align_));
  }

  // Deferred sift: after a push, the new element waits unsifted in the last slot (unsifted_);
  // every other element is in heap order. The next push completes its sift-up; the next pop
  // removes it with no sift at all if it is the top, and otherwise completes its sift-up
  // first. So a push of the element the next pop removes (a queue at a steady size, "keep the
  // k best", an event simulation whose new event is the next one) costs nothing: what
  // heapq.heappushpop does when asked, done implicitly.
  bool last_on_top() const { return unsifted_ && above(a_[size_ - 1], a_[0]); }

  // "a belongs above b". std::less / std::greater on a pair of arithmetic types get the same
  // order through detail::pair_less, which has no branches.
  bool above(const T& a, const T& b) const { return detail::fast_compare<T, Compare>::less(comp_, b, a); }

  void sift_up(size_type i) {
    if (i == 0) return;
    size_type p = parent(i);
    if (!above(a_[i], a_[p])) return;
    // No prefetch here: the ancestors of the last slot are the same path push after push,
    // so they stay cached (a prefetch of them measured slower).
    T x = std::move(a_[i]);
    do {
      a_[i] = std::move(a_[p]);
      i = p;
      if (i == 0) break;
      p = parent(i);
    } while (above(x, a_[p]));
    a_[i] = std::move(x);
  }

  // Index of the best of the D children starting at c (a full group: c + D <= size_),
  // leftmost among equals.
  size_type best_of_group(size_type c) const {
    if constexpr (D == 4) {
      // A tournament: two pairs, then the winners. The result is assembled from the 0/1
      // comparison results with bit operations, so that the compiler emits setcc/cmov and no
      // branch: on random keys each comparison is a coin flip, and the next levels' lines are
      // already being prefetched (place_from_root), so no speculation is needed to overlap
      // the misses. Ties go left: a right element wins only if strictly above.
      const T* p = a_ + c;
      const size_type r0 = above(p[1], p[0]);
      const size_type r1 = above(p[3], p[2]);
      const size_type r = above(r1 ? p[3] : p[2], r0 ? p[1] : p[0]);
      return c + 2 * r + ((r0 & (r ^ 1)) | (r1 & r));
    } else {
      size_type best = c;
      for (size_type k = c + 1; k < c + D; ++k)
        if (above(a_[k], a_[best])) best = k;
      return best;
    }
  }
  // Index of the best child among the children starting at c (c < size_), leftmost among equals.
  size_type best_child(size_type c) const {
    if (c + D <= size_) return best_of_group(c);
    size_type best = c;
    for (size_type k = c + 1; k < size_; ++k)
      if (above(a_[k], a_[best])) best = k;
    return best;
  }

  // Prefetch distance: a pop at hole h asks for h's descendants L_ levels down, the deepest
  // level whose D^L_ elements fit in 256 bytes (4 cache lines), at least 2. Whichever child
  // wins at each level, the path passes through that block, so the misses of L_ consecutive
  // levels overlap instead of queueing. int32, D = 4: L_ = 3 (64 elements, 4 lines);
  // 16-byte pairs, D = 4: L_ = 2 (16 elements, 4 lines).
  static constexpr std::size_t pow_d(std::size_t e) { return e == 0 ? 1 : D * pow_d(e - 1); }
  static constexpr std::size_t pick_depth() {
    std::size_t l = 2;
    while (pow_d(l + 1) * sizeof(T) <= 256) ++l;
    return l;
  }
  static constexpr std::size_t L_ = pick_depth();
  static constexpr std::size_t block_ = pow_d(L_);                       // elements per block
  static constexpr std::size_t block_first_ = (pow_d(L_) - 1) / (D - 1);  // of the root's block
  static constexpr std::size_t block_bytes_ = block_ * sizeof(T);
  // Whether every block starts on a cache line (base offset block_*h + block_first_ + shift_).
  static constexpr bool block_aligned_ =
      block_bytes_ % 64 == 0 && (block_first_ + shift_) * sizeof(T) % 64 == 0;

  // Puts x into the hole at the root (a_[0] is a live, disposable element).
  void place_from_root(T&& x) {
    size_type hole = 0;
    if constexpr (BottomUp) {
      size_type c = first_child(0);
#if defined(__GNUC__) || defined(__clang__)
      // Prefetch addresses are computed as integers: a block past the end of the buffer is
      // never dereferenced (a prefetch does not fault), and no out-of-range pointer is formed.
      // Written inline in the loop on purpose: GCC 12 deems a separate function whose only
      // effect is __builtin_prefetch free of side effects and deletes its calls (it did so to
      // an earlier version of this header).
      const std::uintptr_t base = reinterpret_cast<std::uintptr_t>(a_);
#endif
      for (; c + D <= size_; c = first_child(hole)) {
#if defined(__GNUC__) || defined(__clang__)
        const std::uintptr_t g = base + (block_ * hole + block_first_) * sizeof(T);
        for (std::size_t k = 0; k < block_bytes_; k += 64) __builtin_prefetch(reinterpret_cast<const void*>(g + k));
        if constexpr (!block_aligned_) __builtin_prefetch(reinterpret_cast<const void*>(g + block_bytes_ - 1));
#endif
        const size_type b = best_of_group(c);
        a_[hole] = std::move(a_[b]);
        hole = b;
      }
      if (c < size_) {  // the last, partial group
        const size_type b = best_child(c);
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
  void* raw_ = nullptr;  // the allocation; a_ - shift_ is its first 64-byte aligned address
  T* a_ = nullptr;
  size_type size_ = 0;
  size_type cap_ = 0;
  mutable bool unsifted_ = false;  // a_[size_ - 1] is a push whose sift-up is deferred
};

template <class T, class Compare = std::less<T>>
using binary_heap = d_ary_heap<T, Compare, 2>;

}  // namespace cpkit
