// Indexed heap: a priority queue over ids 0..n-1 with a key per id, for Dijkstra and Prim.
// indexed_heap<Key, Compare = std::less<Key>, D = 4>. MIN-FIRST, like a textbook
// decrease-key queue: top() is the id with the smallest key under Compare.
//   indexed_heap(n)           O(n): ids 0..n-1, all absent
//   push(id, key)             O(log n); id absent
//   pop() -> id               O(D log_D n); removes the top
//   top(), top_key()          O(1)
//   decrease_key(id, key)     O(log n); id present, key not after the current one (moves up)
//   increase_key(id, key)     O(D log_D n); id present, key not before the current one
//   update(id, key)           O(D log_D n): push if absent, else either direction
//   erase(id)                 O(D log_D n); id present
//   contains(id), key(id)     O(1); key needs id present
//   size(), empty()           O(1)
//   clear()                   O(size)
// Preconditions (asserted): 0 <= id < n; the presence and direction stated for each call
// above; top, top_key and pop on a non-empty heap. Compare is a strict weak order.
// Under -DNDEBUG they are not checked. Silently wrong answers: push of an id already present
// adds a second entry (size() counts both, the id pops twice); decrease_key to a larger key
// or increase_key to a smaller one breaks the heap order, and top() is then wrong (keys 5, 6,
// 7, then decrease_key of 5 to 9: 9 pops first). Undefined behaviour: an id >= n, key(),
// decrease_key, increase_key or erase of an absent id (out-of-bounds reads and writes), top or
// pop on an empty heap.
// Verified by: tests/heap_test.cpp (a std::map model; inside Dijkstra); bench/heap_bench.cpp
// (dijkstra/indexed)
#pragma once

#include <cassert>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace cpkit {

template <class Key, class Compare = std::less<Key>, std::size_t D = 4>
class indexed_heap {
  static_assert(D >= 2, "an indexed heap needs D >= 2");

 public:
  using key_type = Key;
  using key_compare = Compare;
  using size_type = std::size_t;
  static constexpr bool is_indexed = true;

  explicit indexed_heap(size_type n = 0, const Compare& comp = Compare()) : comp_(comp), pos_(n, npos) {}

  size_type capacity_ids() const { return pos_.size(); }
  bool empty() const { return h_.empty(); }
  size_type size() const { return h_.size(); }
  bool contains(size_type id) const {
    assert(id < pos_.size() && "id out of range");
    return pos_[id] != npos;
  }
  const Key& key(size_type id) const {
    assert(contains(id) && "key of an absent id");
    return h_[pos_[id]].key;
  }
  size_type top() const {
    assert(!h_.empty() && "top on an empty heap");
    return h_[0].id;
  }
  const Key& top_key() const {
    assert(!h_.empty() && "top_key on an empty heap");
    return h_[0].key;
  }

  void push(size_type id, Key k) {
    assert(!contains(id) && "push of an id already present");
    h_.push_back(entry{std::move(k), id});
    pos_[id] = h_.size() - 1;
    sift_up(h_.size() - 1);
  }
  size_type pop() {
    assert(!h_.empty() && "pop on an empty heap");
    size_type id = h_[0].id;
    remove_at(0);
    return id;
  }
  void decrease_key(size_type id, Key k) {
    assert(contains(id) && "decrease_key of an absent id");
    assert(!comp_(h_[pos_[id]].key, k) && "decrease_key to a larger key");
    h_[pos_[id]].key = std::move(k);
    sift_up(pos_[id]);
  }
  void increase_key(size_type id, Key k) {
    assert(contains(id) && "increase_key of an absent id");
    assert(!comp_(k, h_[pos_[id]].key) && "increase_key to a smaller key");
    h_[pos_[id]].key = std::move(k);
    sift_down(pos_[id]);
  }
  void update(size_type id, Key k) {
    if (!contains(id)) {
      push(id, std::move(k));
    } else if (comp_(k, h_[pos_[id]].key)) {
      decrease_key(id, std::move(k));
    } else {
      increase_key(id, std::move(k));
    }
  }
  void erase(size_type id) {
    assert(contains(id) && "erase of an absent id");
    remove_at(pos_[id]);
  }
  void clear() {
    for (const entry& e : h_) pos_[e.id] = npos;
    h_.clear();
  }

 private:
  static constexpr size_type npos = static_cast<size_type>(-1);
  struct entry {
    Key key;
    size_type id;
  };

  void remove_at(size_type i) {
    pos_[h_[i].id] = npos;
    if (i + 1 == h_.size()) {
      h_.pop_back();
      return;
    }
    h_[i] = std::move(h_.back());
    h_.pop_back();
    pos_[h_[i].id] = i;
    // the moved entry may belong above or below its new place
    if (i > 0 && comp_(h_[i].key, h_[(i - 1) / D].key)) {
      sift_up(i);
    } else {
      sift_down(i);
    }
  }
  void sift_up(size_type i) {
    entry x = std::move(h_[i]);
    while (i > 0) {
      size_type p = (i - 1) / D;
      if (!comp_(x.key, h_[p].key)) break;
      h_[i] = std::move(h_[p]);
      pos_[h_[i].id] = i;
      i = p;
    }
    pos_[x.id] = i;
    h_[i] = std::move(x);
  }
  void sift_down(size_type i) {
    const size_type n = h_.size();
    entry x = std::move(h_[i]);
    for (;;) {
      size_type c = D * i + 1;
      if (c >= n) break;
      size_type end = c + D < n ? c + D : n, b = c;
      for (size_type k = c + 1; k < end; ++k)
        if (comp_(h_[k].key, h_[b].key)) b = k;
      if (!comp_(h_[b].key, x.key)) break;
      h_[i] = std::move(h_[b]);
      pos_[h_[i].id] = i;
      i = b;
    }
    pos_[x.id] = i;
    h_[i] = std::move(x);
  }

  Compare comp_;
  std::vector<entry> h_;
  std::vector<size_type> pos_;
};

}  // namespace cpkit
