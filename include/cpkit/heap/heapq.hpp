// heapq: Python's heapq on a C++ random-access container (std::vector, std::deque), min-first,
// with an optional comparator. After every call the array is exactly the one CPython's heapq
// leaves (tests/heapq_python compares them). Layout: h[k] <= h[2k+1], h[2k+2] under comp
// (comp(a, b): a comes first), so h.front() is the smallest.
//   heap_push(h, x)            O(log n)  heappush: append, sift toward the root
//   heap_pop(h) -> T           O(log n)  heappop: remove and return the smallest
//   heap_replace(h, x) -> T    O(log n)  heapreplace: pop THEN push; returns the old smallest,
//                                        even if x is smaller
//   heap_pushpop(h, x) -> T    O(log n)  heappushpop: push THEN pop; returns x itself and leaves
//                                        h untouched when h is empty or x <= h.front()
//   heapify(h)                 O(n)      at most 2n comparisons (Floyd, bottom-up)
//   is_heap(h)                 O(n)
//   *_max variants             the same with the largest first (CPython 3.14's heappush_max,
//                              heappop_max, heapreplace_max, heappushpop_max, heapify_max)
//   nsmallest(n, first, last), nlargest(n, first, last) -> vector   O(N log n) time, O(n)
//                              memory: exactly sorted(...)[:n] and sorted(..., reverse=True)[:n]
//                              (ties in input order)
//   merge(ranges, out) -> out, merge(vectors) -> vector   O(N log k) for k sorted inputs;
//                              stable (ties from the earlier input first), like heapq.merge
//   heap_sort(first, last)     O(n log n), in place, ascending under comp, not stable
// Elements: x may be a braced list, taken as the value type (heap_push(h, {3, 1}) is
// heappush(h, (3, 1))), anything convertible to it, or an element of h itself: x is read
// before h changes, so heap_replace(h, h[0]) is heapreplace(h, h[0]). (An rvalue x must not
// refer into h, as everywhere in the standard library.)
// Preconditions: heap_pop and heap_replace need h non-empty (asserted). Not checked, in any
// build: h is a heap under the same comp (made by heapify or these functions only; is_heap
// checks it in O(n)); comp is a strict weak order; merge's inputs are sorted under comp and
// out does not overlap them (as for std::merge).
// Under -DNDEBUG: heap_pop or heap_replace on an empty h is undefined behaviour (front() or
// back() of an empty container). In every build, a container that is not a heap gives wrong
// answers silently: heap_pop of {5, 1, 4} returns 5.
// Pops sift the hole to a leaf and then up (CPython's _siftup: one comparison per level
// instead of two, since the moved last element usually belongs near the bottom).
// Verified by: tests/heap_test.cpp (semantics, arguments inside the heap, braced elements,
// O(n) heapify counted); tests/heapq_python (the array after each of 150,000 operations equals
// CPython's heapq)
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <functional>
#include <iterator>
#include <utility>
#include <vector>

namespace cpkit {
namespace detail {

// Swaps the arguments of a comparator: "largest first" on top of the min-first functions.
template <class Compare>
struct reversed_compare {
  Compare comp;
  template <class A, class B>
  bool operator()(const A& a, const B& b) const {
    return comp(b, a);
  }
};

// Moves the value at `pos` toward the root (index `top`) while it is before its parent.
template <class It, class Compare>
void heapq_sift_toward_root(It first, std::ptrdiff_t top, std::ptrdiff_t pos, Compare& comp) {
  auto x = std::move(first[pos]);
  while (pos > top) {
    std::ptrdiff_t parent = (pos - 1) / 2;
    if (!comp(x, first[parent])) break;
    first[pos] = std::move(first[parent]);
    pos = parent;
  }
  first[pos] = std::move(x);
}

// CPython's _siftup, with the displaced value passed in: `pos` is a hole (its element already
// moved out). Moves the hole down to a leaf along the smaller children, puts x there and
// sifts it back up, never above `pos`. x is a local value, never a reference into the heap.
template <class It, class T, class Compare>
void heapq_place_from(It first, std::ptrdiff_t n, std::ptrdiff_t pos, T&& x, Compare& comp) {
  const std::ptrdiff_t start = pos;
  std::ptrdiff_t child = 2 * pos + 1;
  while (child < n) {
    if (child + 1 < n && !comp(first[child], first[child + 1])) ++child;
    first[pos] = std::move(first[child]);
    pos = child;
    child = 2 * pos + 1;
  }
  while (pos > start) {  // _siftdown from the leaf, bounded by start
    std::ptrdiff_t parent = (pos - 1) / 2;
    if (!comp(x, first[parent])) break;
    first[pos] = std::move(first[parent]);
    pos = parent;
  }
  first[pos] = std::move(x);
}

// CPython's _siftup on the element at `pos` (its children's subtrees are heaps).
template <class It, class Compare>
void heapq_sift_to_leaf(It first, std::ptrdiff_t n, std::ptrdiff_t pos, Compare& comp) {
  auto x = std::move(first[pos]);
  heapq_place_from(first, n, pos, std::move(x), comp);
}

template <class Container>
std::ptrdiff_t ssize(const Container& h) {
  return static_cast<std::ptrdiff_t>(h.size());
}

}  // namespace detail

template <class Container, class T = typename Container::value_type, class Compare = std::less<>>
void heap_push(Container& h, T&& x, Compare comp = Compare()) {
  h.push_back(std::forward<T>(x));  // push_back copies an element of h before it reallocates
  detail::heapq_sift_toward_root(h.begin(), 0, static_cast<std::ptrdiff_t>(h.size()) - 1, comp);
}

template <class Container, class Compare = std::less<>>
typename Container::value_type heap_pop(Container& h, Compare comp = Compare()) {
  assert(!h.empty() && "heap_pop on an empty heap");
  typename Container::value_type last = std::move(h.back());
  h.pop_back();
  if (h.empty()) return last;
  typename Container::value_type result = std::move(h.front());
  detail::heapq_place_from(h.begin(), detail::ssize(h), 0, std::move(last), comp);
  return result;
}

// x is read (copied or converted to the value type) before anything in h moves, so it may be
// an element of h: heap_replace(h, h[0]) is heapq.heapreplace(h, h[0]).
template <class Container, class T = typename Container::value_type, class Compare = std::less<>>
typename Container::value_type heap_replace(Container& h, T&& x, Compare comp = Compare()) {
  assert(!h.empty() && "heap_replace on an empty heap");
  typename Container::value_type item(std::forward<T>(x));
  typename Container::value_type result = std::move(h.front());
  detail::heapq_place_from(h.begin(), detail::ssize(h), 0, std::move(item), comp);
  return result;
}

template <class Container, class T = typename Container::value_type, class Compare = std::less<>>
typename Container::value_type heap_pushpop(Container& h, T&& x, Compare comp = Compare()) {
  typename Container::value_type item(std::forward<T>(x));  // first: x may be an element of h
  if (!h.empty() && comp(h.front(), item)) {
    typename Container::value_type result = std::move(h.front());
    detail::heapq_place_from(h.begin(), detail::ssize(h), 0, std::move(item), comp);
    return result;
  }
  return item;
}

template <class Container, class Compare = std::less<>>
void heapify(Container& h, Compare comp = Compare()) {
  const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(h.size());
  for (std::ptrdiff_t i = n / 2 - 1; i >= 0; --i) detail::heapq_sift_to_leaf(h.begin(), n, i, comp);
}

template <class Container, class Compare = std::less<>>
bool is_heap(const Container& h, Compare comp = Compare()) {
  for (std::size_t i = 1; i < h.size(); ++i)
    if (comp(h[i], h[(i - 1) / 2])) return false;
  return true;
}

// ---- largest first ----------------------------------------------------------------------
template <class Container, class T = typename Container::value_type, class Compare = std::less<>>
void heap_push_max(Container& h, T&& x, Compare comp = Compare()) {
  heap_push(h, std::forward<T>(x), detail::reversed_compare<Compare>{comp});
}
template <class Container, class Compare = std::less<>>
typename Container::value_type heap_pop_max(Container& h, Compare comp = Compare()) {
  return heap_pop(h, detail::reversed_compare<Compare>{comp});
}
template <class Container, class T = typename Container::value_type, class Compare = std::less<>>
typename Container::value_type heap_replace_max(Container& h, T&& x, Compare comp = Compare()) {
  return heap_replace(h, std::forward<T>(x), detail::reversed_compare<Compare>{comp});
}
template <class Container, class T = typename Container::value_type, class Compare = std::less<>>
typename Container::value_type heap_pushpop_max(Container& h, T&& x, Compare comp = Compare()) {
  return heap_pushpop(h, std::forward<T>(x), detail::reversed_compare<Compare>{comp});
}
template <class Container, class Compare = std::less<>>
void heapify_max(Container& h, Compare comp = Compare()) {
  heapify(h, detail::reversed_compare<Compare>{comp});
}
template <class Container, class Compare = std::less<>>
bool is_heap_max(const Container& h, Compare comp = Compare()) {
  return is_heap(h, detail::reversed_compare<Compare>{comp});
}

// ---- n smallest / largest, stable -------------------------------------------------------
// Keeps the n best seen so far in a heap whose top is the worst of them; an element's rank
// is (value, input position), so equal values are ordered by position, as sorted() does.
template <class It, class Compare = std::less<>>
std::vector<typename std::iterator_traits<It>::value_type> nsmallest(std::size_t n, It first, It last,
                                                                   Compare comp = Compare()) {
  using T = typename std::iterator_traits<It>::value_type;
  using ranked = std::pair<T, std::size_t>;
  auto before = [&comp](const ranked& a, const ranked& b) {
    if (comp(a.first, b.first)) return true;
    if (comp(b.first, a.first)) return false;
    return a.second < b.second;
  };
  std::vector<T> result;
  if (n == 0) return result;
  std::vector<ranked> best;  // max-heap under `before`: best.front() is the worst kept
  std::size_t index = 0;
  for (; first != last; ++first, ++index) {
    if (best.size() < n) {
      best.emplace_back(*first, index);
      std::push_heap(best.begin(), best.end(), before);
    } else if (comp(*first, best.front().first)) {  // strictly better; a tie loses on position
      std::pop_heap(best.begin(), best.end(), before);
      best.back() = ranked(*first, index);
      std::push_heap(best.begin(), best.end(), before);
    }
  }
  std::sort_heap(best.begin(), best.end(), before);
  result.reserve(best.size());
  for (auto& r : best) result.push_back(std::move(r.first));
  return result;
}

template <class It, class Compare = std::less<>>
std::vector<typename std::iterator_traits<It>::value_type> nlargest(std::size_t n, It first, It last,
                                                                  Compare comp = Compare()) {
  return nsmallest(n, first, last, detail::reversed_compare<Compare>{comp});
}

// ---- k-way merge --------------------------------------------------------------------------
template <class It, class Out, class Compare = std::less<>>
Out merge(const std::vector<std::pair<It, It>>& ranges, Out out, Compare comp = Compare()) {
  // heap of (range index); the range's current head is its key; ties go to the lower index
  std::vector<std::pair<It, It>> cur(ranges);
  std::vector<std::size_t> h;
  auto before = [&cur, &comp](std::size_t a, std::size_t b) {
    if (comp(*cur[a].first, *cur[b].first)) return true;
    if (comp(*cur[b].first, *cur[a].first)) return false;
    return a < b;
  };
  for (std::size_t i = 0; i < cur.size(); ++i)
    if (cur[i].first != cur[i].second) h.push_back(i);
  heapify(h, before);
  while (!h.empty()) {
    std::size_t i = h.front();
    *out = *cur[i].first;
    ++out;
    if (++cur[i].first == cur[i].second) {
      heap_pop(h, before);
    } else {
      detail::heapq_sift_to_leaf(h.begin(), static_cast<std::ptrdiff_t>(h.size()), 0, before);
    }
  }
  return out;
}

// Convenience: merge sorted vectors into one vector.
template <class T, class Compare = std::less<>>
std::vector<T> merge(const std::vector<std::vector<T>>& seqs, Compare comp = Compare()) {
  std::vector<std::pair<typename std::vector<T>::const_iterator, typename std::vector<T>::const_iterator>> r;
  std::size_t total = 0;
  for (const auto& s : seqs) {
    r.emplace_back(s.begin(), s.end());
    total += s.size();
  }
  std::vector<T> result;
  result.reserve(total);
  merge(r, std::back_inserter(result), comp);
  return result;
}

// ---- heap sort ----------------------------------------------------------------------------
template <class It, class Compare = std::less<>>
void heap_sort(It first, It last, Compare comp = Compare()) {
  const std::ptrdiff_t n = last - first;
  detail::reversed_compare<Compare> rev{comp};  // largest at the front, then moved to the back
  for (std::ptrdiff_t i = n / 2 - 1; i >= 0; --i) detail::heapq_sift_to_leaf(first, n, i, rev);
  for (std::ptrdiff_t end = n - 1; end > 0; --end) {
    using std::swap;
    swap(first[0], first[end]);
    detail::heapq_sift_to_leaf(first, end, 0, rev);
  }
}

}  // namespace cpkit
