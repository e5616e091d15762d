// Pairing heap: a meldable priority queue. pairing_heap<T, Compare = std::less<T>>.
// Same order as std::priority_queue: top() is the LARGEST under Compare.
//   push(x), emplace(args...)   O(1)
//   top()                       O(1); non-empty
//   pop()                       O(log n) amortised (two-pass pairing); non-empty
//   meld(other)                 O(1): takes every element of other, which becomes empty
//   size, empty, clear (O(n))
// Preconditions (asserted): top and pop need a non-empty heap; meld not with itself. Compare is
// a strict weak order (not checked).
// Under -DNDEBUG: top() or pop() of an empty heap dereferences a null pointer (a crash), and
// h.meld(h) makes the root its own child: undefined behaviour (a use after free at the next pop).
// Nodes are allocated one by one (new/delete); the tree is a left-child right-sibling
// binary tree. No recursion anywhere (a pop after n pushes sees a root with n-1 children).
// Verified by: tests/heap_test.cpp (conformance suite; meld against the union of two multisets)
#pragma once

#include <cassert>
#include <cstddef>
#include <functional>
#include <utility>

namespace cpkit {

template <class T, class Compare = std::less<T>>
class pairing_heap {
  struct node {
    T value;
    node* child = nullptr;
    node* sibling = nullptr;
    template <class... Args>
    explicit node(Args&&... args) : value(std::forward<Args>(args)...) {}
  };

 public:
  using value_type = T;
  using size_type = std::size_t;
  using value_compare = Compare;

  pairing_heap() = default;
  explicit pairing_heap(const Compare& comp) : comp_(comp) {}
  pairing_heap(const pairing_heap&) = delete;  // deep copies are rarely wanted; meld moves
  pairing_heap& operator=(const pairing_heap&) = delete;
  pairing_heap(pairing_heap&& o) noexcept : comp_(std::move(o.comp_)), root_(o.root_), size_(o.size_) {
    o.root_ = nullptr;
    o.size_ = 0;
  }
  pairing_heap& operator=(pairing_heap&& o) noexcept {
    if (this != &o) {
      clear();
      comp_ = std::move(o.comp_);
      root_ = o.root_;
      size_ = o.size_;
      o.root_ = nullptr;
      o.size_ = 0;
    }
    return *this;
  }
  ~pairing_heap() { clear(); }

  bool empty() const { return size_ == 0; }
  size_type size() const { return size_; }
  const T& top() const {
    assert(root_ && "top on an empty heap");
    return root_->value;
  }
  void push(const T& x) { emplace(x); }
  void push(T&& x) { emplace(std::move(x)); }
  template <class... Args>
  void emplace(Args&&... args) {
    root_ = link(root_, new node(std::forward<Args>(args)...));
    ++size_;
  }
  void pop() {
    assert(root_ && "pop on an empty heap");
    node* old = root_;
    root_ = combine(old->child);
    delete old;
    --size_;
  }
  void meld(pairing_heap& other) {
    assert(this != &other && "meld with itself");
    root_ = link(root_, other.root_);
    size_ += other.size_;
    other.root_ = nullptr;
    other.size_ = 0;
  }
  void meld(pairing_heap&& other) { meld(other); }
  void clear() {
    // Iterative teardown: splice each node's children into the sibling list being walked.
    node* cur = root_;
    while (cur) {
      if (cur->child) {
        node* last = cur->child;
        while (last->sibling) last = last->sibling;
        last->sibling = cur->sibling;
        cur->sibling = cur->child;
        cur->child = nullptr;
      }
      node* next = cur->sibling;
      delete cur;
      cur = next;
    }
    root_ = nullptr;
    size_ = 0;
  }

 private:
  // Links two roots (either may be null); the loser becomes the winner's first child.
  node* link(node* a, node* b) {
    if (!a) return b;
    if (!b) return a;
    if (comp_(a->value, b->value)) std::swap(a, b);  // a is the one on top
    b->sibling = a->child;
    a->child = b;
    return a;
  }
  // Two-pass pairing of a sibling list: pair left to right (building a reversed list of the
  // pairs through `sibling`), then link the pairs right to left into one tree.
  node* combine(node* first) {
    node* pairs = nullptr;
    while (first) {
      node* a = first;
      node* b = a->sibling;
      first = b ? b->sibling : nullptr;
      a->sibling = nullptr;
      if (b) b->sibling = nullptr;
      node* t = link(a, b);
      t->sibling = pairs;
      pairs = t;
    }
    node* result = nullptr;
    while (pairs) {
      node* next = pairs->sibling;
      pairs->sibling = nullptr;
      result = link(result, pairs);
      pairs = next;
    }
    return result;
  }

  Compare comp_{};
  node* root_ = nullptr;
  size_type size_ = 0;
};

}  // namespace cpkit
