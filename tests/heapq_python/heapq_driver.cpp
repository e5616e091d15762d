// heapq_driver SEED OPS: runs a seeded random sequence of OPS operations of cpkit/heap/heapq.hpp
// and prints each operation and the result after it, for tests/heapq_python/compare_heapq.py,
// which replays the same operations with CPython's heapq and compares line by line.
//
// Output: a header "# kind K size L: LABEL" (K: int, pair, str or tagged; L the heap's target
// size),
// then per operation
//   > OP ARGS            e.g. "> push 3", "> heapify 5 1 4", "> nsmallest 2 | 5 1 4",
//                        "> merge | 1 3 | 2 2"
//   = RET | ARRAY        RET: the value returned ("-" if none; "[a b c]" for a list), ARRAY:
//                        the heap's array after the operation, space-separated
// Values: ints (few distinct values, or a wide range), pairs "(a,b)" (Python tuples) with many
// ties, short strings over {a, b, c}, and "k:id" values ordered by k alone, so that equal keys
// stay distinguishable (tagged below). Key operations use key = abs(x), t[0], len(s), k // 2.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "cpkit/heap/heapq.hpp"

namespace {

std::mt19937_64 rng;
int below(int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); }

// ---- the value kinds ------------------------------------------------------------------------
struct int_kind {
  using T = long long;
  static constexpr const char* name = "int";
  bool wide = false;
  std::string label() const { return wide ? "wide range" : "6 values"; }
  T make() const {
    return wide ? static_cast<T>(rng() % 2000000001ull) - 1000000000 : static_cast<T>(below(6));
  }
  static std::string show(T x) { return std::to_string(x); }
  static T key(T x) { return x < 0 ? -x : x; }  // Python: key=abs
};
struct pair_kind {
  using T = std::pair<int, int>;
  static constexpr const char* name = "pair";
  static std::string label() { return "5x3 values"; }
  T make() const { return {below(5), below(3)}; }
  static std::string show(const T& x) {
    return "(" + std::to_string(x.first) + "," + std::to_string(x.second) + ")";
  }
  static int key(const T& x) { return x.first; }  // Python: key=lambda t: t[0]
};
struct str_kind {
  using T = std::string;
  static constexpr const char* name = "str";
  static std::string label() { return "1-3 of abc"; }
  T make() const {
    std::string s(static_cast<std::size_t>(1 + below(3)), 'a');
    for (char& c : s) c = static_cast<char>('a' + below(3));
    return s;
  }
  static std::string show(const T& x) { return x; }
  static std::size_t key(const T& x) { return x.size(); }  // Python: key=len
};

// Values that compare by a key only and carry a serial number: equal keys are distinguishable
// in the output, so the placement of ties (above or below an equal element, which of two
// equal children moves up) is compared with CPython's too. Python: a class whose __lt__ and
// __eq__ compare the key only.
struct tagged {
  int k;
  int id;
  friend bool operator<(const tagged& a, const tagged& b) { return a.k < b.k; }
  friend bool operator>(const tagged& a, const tagged& b) { return b.k < a.k; }
};
struct tagged_kind {
  using T = tagged;
  static constexpr const char* name = "tagged";
  static std::string label() { return "5 keys, serial numbers"; }
  T make() const {
    static int serial = 0;
    return {below(5), serial++};
  }
  static std::string show(const T& x) { return std::to_string(x.k) + ":" + std::to_string(x.id); }
  static int key(const T& x) { return x.k / 2; }  // Python: key=lambda t: t.k // 2
};

template <class K>
struct run {
  using T = typename K::T;
  K kind;
  int size = 0;  // the heap's target size
  std::vector<T> h;
  bool max_mode = false;
  std::string line;

  std::string list(const std::vector<T>& v) const {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + K::show(v[i]);
    return s;
  }
  std::vector<T> random_list(int n) const {
    std::vector<T> v(static_cast<std::size_t>(n));
    for (T& x : v) x = kind.make();
    return v;
  }
  void emit_op(const std::string& op) { std::printf("> %s\n", op.c_str()); }
  void emit_result(const std::string& ret) {
    std::printf("= %s | %s\n", ret.c_str(), list(h).c_str());
  }

  void step() {
    const auto by_key = [](const T& a, const T& b) { return K::key(a) < K::key(b); };
    const auto by_key_rev = [](const T& a, const T& b) { return K::key(b) < K::key(a); };
    const int r = below(100);
    const bool grow = static_cast<int>(h.size()) < size;
    if (r < 2) {  // heapify a fresh list (now and then a large one: CPython's cache-friendly path)
      const int n = size >= 100 && below(20) == 0 ? 2600 + below(2400) : below(2 * size + 1);
      h = random_list(n);
      max_mode = below(2) == 1;
      emit_op(std::string(max_mode ? "heapify_max " : "heapify ") + list(h));
      max_mode ? cpkit::heapify_max(h) : cpkit::heapify(h);
      emit_result("-");
    } else if (r < 3) {  // switch the order of the current array
      max_mode = !max_mode;
      emit_op(max_mode ? "reheapify_max" : "reheapify");
      max_mode ? cpkit::heapify_max(h) : cpkit::heapify(h);
      emit_result("-");
    } else if (r < 12) {  // nsmallest / nlargest, plain or with a key
      const int which = below(4);
      const std::vector<T> v = random_list(below(2 * size + 3));
      const std::size_t n = static_cast<std::size_t>(below(static_cast<int>(v.size()) + 3));
      static const char* names[] = {"nsmallest", "nlargest", "nsmallest_key", "nlargest_key"};
      emit_op(std::string(names[which]) + " " + std::to_string(n) + " | " + list(v));
      std::vector<T> out;
      if (which == 0) out = cpkit::nsmallest(n, v.begin(), v.end());
      if (which == 1) out = cpkit::nlargest(n, v.begin(), v.end());
      if (which == 2) out = cpkit::nsmallest(n, v.begin(), v.end(), by_key);
      if (which == 3) out = cpkit::nlargest(n, v.begin(), v.end(), by_key);
      emit_result("[" + list(out) + "]");
    } else if (r < 18) {  // merge of k sorted lists: plain, by key, reversed, by key reversed
      const int which = below(4);
      std::vector<std::vector<T>> seqs(static_cast<std::size_t>(below(6)));
      static const char* names[] = {"merge", "merge_key", "merge_rev", "merge_key_rev"};
      std::string op = names[which];
      for (auto& s : seqs) {
        s = random_list(below(size / 2 + 4));
        if (which == 0) std::stable_sort(s.begin(), s.end());
        if (which == 1) std::stable_sort(s.begin(), s.end(), by_key);
        if (which == 2) std::stable_sort(s.begin(), s.end(), std::greater<>());
        if (which == 3) std::stable_sort(s.begin(), s.end(), by_key_rev);
        op += " | " + list(s);
      }
      emit_op(op);
      std::vector<T> out;
      if (which == 0) out = cpkit::merge(seqs);
      if (which == 1) out = cpkit::merge(seqs, by_key);
      if (which == 2) out = cpkit::merge(seqs, std::greater<>());
      if (which == 3) out = cpkit::merge(seqs, by_key_rev);
      emit_result("[" + list(out) + "]");
    } else if (r < (grow ? 60 : 40) || h.empty()) {  // push (pushpop works on an empty heap too)
      const T x = kind.make();
      if (below(4) == 0) {
        emit_op(std::string(max_mode ? "pushpop_max " : "pushpop ") + K::show(x));
        const T got = max_mode ? cpkit::heap_pushpop_max(h, x) : cpkit::heap_pushpop(h, x);
        emit_result(K::show(got));
      } else {
        emit_op(std::string(max_mode ? "push_max " : "push ") + K::show(x));
        max_mode ? cpkit::heap_push_max(h, x) : cpkit::heap_push(h, x);
        emit_result("-");
      }
    } else if (r < 80) {
      emit_op(max_mode ? "pop_max" : "pop");
      const T got = max_mode ? cpkit::heap_pop_max(h) : cpkit::heap_pop(h);
      emit_result(K::show(got));
    } else {  // replace, with a new value or with an element of the heap itself
      const bool own = below(3) == 0;
      const std::size_t k = static_cast<std::size_t>(below(static_cast<int>(h.size())));
      const T x = own ? h[k] : kind.make();
      emit_op(std::string(max_mode ? "replace_max " : "replace ") + K::show(x));
      T got;
      if (own) {  // the argument is a reference into h: Python's heapreplace(h, h[k])
        got = max_mode ? cpkit::heap_replace_max(h, h[k]) : cpkit::heap_replace(h, h[k]);
      } else {
        got = max_mode ? cpkit::heap_replace_max(h, x) : cpkit::heap_replace(h, x);
      }
      emit_result(K::show(got));
    }
  }
};

template <class K>
void go(K kind, int size, long ops) {
  run<K> r;
  r.kind = kind;
  r.size = size;
  std::printf("# kind %s size %d: %s\n", K::name, size, kind.label().c_str());
  for (long i = 0; i < ops; ++i) r.step();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: heapq_driver SEED OPS\n");
    return 2;
  }
  const unsigned long seed = std::strtoul(argv[1], nullptr, 10);
  const long ops = std::strtol(argv[2], nullptr, 10);
  rng.seed(seed);
  static const int sizes[] = {4, 12, 60, 200};
  const int size = sizes[(seed / 5) % 4];
  switch (seed % 5) {
    case 0:
      go(int_kind{false}, size, ops);
      break;  // few distinct values: ties everywhere
    case 1:
      go(int_kind{true}, size, ops);
      break;
    case 2:
      go(pair_kind{}, size, ops);
      break;
    case 3:
      go(str_kind{}, size, ops);
      break;
    default:
      go(tagged_kind{}, size, ops);
      break;  // ties that can be told apart
  }
  return 0;
}
