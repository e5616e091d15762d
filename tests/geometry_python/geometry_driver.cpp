// Driver for the outside reference of cpkit/geometry: prints seeded random cases (inputs and
// the library's results) for check_geometry.py, which recomputes every result exactly with
// python's fractions.Fraction and compares.
// Usage: geometry_driver [seed] [cases per function and type]
// One case per line:  <type> <function> <inputs...> | <results...>
//   type: int (|coord| <= 2^30), ll (2^61), d (double holding integers up to 2^25),
//         ld (long double holding integers up to 2^30), dr (double, arbitrary values: argument
//         order only, which is exact on any floating values).
//   numbers: integers in decimal, floating values in C99 hex (%a / %La): exact in both languages.
//   a point is two numbers; a list is its length followed by its elements.
// Coordinates come from the ends of the documented range, from near 0 and uniformly from the
// range, so extremes, equal points and collinear triples are frequent.
#include "cpkit/geometry.hpp"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

std::mt19937_64 rng;

void put(long long v) { std::printf(" %lld", v); }
void put(int v) { std::printf(" %d", v); }
void put(double v) { std::printf(" %a", v); }
void put(long double v) { std::printf(" %La", v); }
__extension__ typedef __int128 i128;  // the test needs g++ or clang++ on a 64-bit target
void put(i128 v) {
  // Decimal digits of a 128-bit value (no printf conversion for it).
  char buf[64];
  int n = 0;
  const bool neg = v < 0;
  __extension__ unsigned __int128 u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  do {
    buf[n++] = static_cast<char>('0' + static_cast<int>(u % 10));
    u /= 10;
  } while (u != 0);
  std::printf(" %s", neg ? "-" : "");
  while (n > 0) std::putchar(buf[--n]);
}
void put(bool v) { std::printf(" %d", v ? 1 : 0); }
void put(std::size_t v) { std::printf(" %zu", v); }
template <class T>
void put(const cpkit::point<T>& p) {
  put(p.x);
  put(p.y);
}
template <class T>
void put(const std::vector<T>& v) {
  put(v.size());
  for (const T& x : v) put(x);
}
void bar() { std::printf(" |"); }
void end() { std::printf("\n"); }

// A coordinate of the documented range [-lim, lim]: an end, near 0, or uniform.
long long coord(long long lim) {
  std::uniform_int_distribution<int> kind(0, 3), off(0, 2);
  switch (kind(rng)) {
    case 0: return -lim + off(rng);
    case 1: return lim - off(rng);
    case 2: return off(rng) - 1;
    default: return std::uniform_int_distribution<long long>(-lim, lim)(rng);
  }
}
template <class T>
cpkit::point<T> pt(long long lim) {
  return cpkit::point<T>(static_cast<T>(coord(lim)), static_cast<T>(coord(lim)));
}
template <class T>
std::vector<cpkit::point<T>> pts(long long lim, int lo_n, int hi_n) {
  std::vector<cpkit::point<T>> v(std::uniform_int_distribution<int>(lo_n, hi_n)(rng));
  for (auto& p : v) p = pt<T>(lim);
  return v;
}

template <class T>
void cases(const char* type, long long lim, int count) {
  using P = cpkit::point<T>;
  for (int i = 0; i < count; ++i) {
    P a = pt<T>(lim), b = pt<T>(lim);
    const P c = pt<T>(lim), d = pt<T>(lim);
    if (a == b) b = P(static_cast<T>(-a.x), static_cast<T>(a.y == 0 ? 1 : -a.y));  // keep a != b
    std::printf("%s ccw", type), put(a), put(b), put(c), bar(), put(static_cast<int>(cpkit::ccw(a, b, c))), end();
    std::printf("%s cross", type), put(a), put(b), put(c), bar(), put(cpkit::cross(a, b, c)), end();
    std::printf("%s on_segment", type), put(a), put(c), put(d), bar(), put(cpkit::on_segment(a, c, d)), end();
    std::printf("%s parallel", type), put(a), put(b), put(c), put(d), bar(), put(cpkit::is_parallel(a, b, c, d)), end();
    std::printf("%s orthogonal", type), put(a), put(b), put(c), put(d), bar(), put(cpkit::is_orthogonal(a, b, c, d)), end();
    std::printf("%s intersect", type), put(a), put(c), put(b), put(d), bar(), put(cpkit::segments_intersect(a, c, b, d)), end();
    std::printf("%s projection", type), put(a), put(b), put(c), bar(), put(cpkit::projection(a, b, c)), end();
    std::printf("%s reflection", type), put(a), put(b), put(c), bar(), put(cpkit::reflection(a, b, c)), end();
    std::printf("%s dist_line", type), put(a), put(b), put(c), bar(), put(cpkit::distance_point_line(a, b, c)), end();
    std::printf("%s dist_seg", type), put(a), put(c), put(d), bar(), put(cpkit::distance_point_segment(a, c, d)), end();
    std::printf("%s dist_segs", type), put(a), put(b), put(c), put(d), bar(), put(cpkit::distance_segment_segment(a, b, c, d)), end();
    if (c != d && !cpkit::is_parallel(a, b, c, d))
      std::printf("%s cross_point", type), put(a), put(b), put(c), put(d), bar(), put(cpkit::line_cross_point(a, b, c, d)), end();
    const auto v = pts<T>(lim, 0, 10);
    // area2 of any vertex list for integers (exact whenever the value fits the result type; the
    // full square counter-clockwise at the int limit does not fit and is asserted, so skipped);
    // floating area2 is exact on convex polygons only: the hull below.
    if constexpr (!std::is_floating_point<T>::value) {
      i128 shoelace = 0;
      for (std::size_t k = 0; k < v.size() && v.size() >= 3; ++k) {
        const P s = v[k], t = v[(k + 1) % v.size()];
        shoelace += i128(s.x) * t.y - i128(t.x) * s.y;
      }
      if (sizeof(T) == 8 || shoelace != (i128(1) << 63))
        std::printf("%s area2", type), put(v), bar(), put(cpkit::area2(v)), end();
    }
    if (v.size() >= 3) std::printf("%s is_convex", type), put(v), bar(), put(cpkit::is_convex(v)), end();
    for (bool keep : {false, true})
      std::printf("%s hull%d", type, keep ? 1 : 0), put(v), bar(), put(cpkit::convex_hull(v, keep)), end();
    if (v.size() >= 2) {
      const auto ij = cpkit::furthest_pair(v);
      std::printf("%s furthest", type), put(v), bar(), put(ij.first), put(ij.second), end();
    }
    const auto h = cpkit::convex_hull(v);
    if (h.size() >= 3) {
      std::printf("%s area2", type), put(h), bar(), put(cpkit::area2(h)), end();
      std::printf("%s convex_contains", type), put(h), put(c), bar(), put(static_cast<int>(cpkit::convex_contains(h, c))), end();
      std::printf("%s contains", type), put(h), put(d), bar(), put(static_cast<int>(cpkit::contains(h, d))), end();
      std::printf("%s cut", type), put(h), put(a), put(b), bar(), put(cpkit::convex_cut(h, a, b)), end();
      const auto dd = cpkit::convex_diameter(cpkit::convex_hull(v, true));
      std::printf("%s diameter", type), put(cpkit::convex_hull(v, true)), bar(), put(dd.first), put(dd.second), end();
    }
    // A simple concave polygon (a dart) spanning the range, for the general containment.
    const T L = static_cast<T>(lim), Z = static_cast<T>(0);
    const std::vector<P> dart = {P(-L, -L), P(L, -L), P(L, L), P(Z, Z), P(-L, L)};
    std::printf("%s contains", type), put(dart), put(c), bar(), put(static_cast<int>(cpkit::contains(dart, c))), end();
    std::printf("%s argless", type), put(a), put(c), bar(), put(cpkit::arg_less(a, c)), end();
    auto w = pts<T>(lim, 0, 12);
    std::printf("%s argsort", type), put(w);
    cpkit::sort_by_argument(w);
    bar(), put(w), end();
  }
}

// Arbitrary doubles, near-parallel on purpose (k * (dx, dy) plus nudges of a few ulps or of the
// size of the default tolerance): the argument order only, exact on any floating values.
void float_order_cases(int count) {
  using D = cpkit::point<double>;
  std::uniform_int_distribution<int> small(-3, 3), nudge(-2, 2), pick(0, 3);
  std::uniform_real_distribution<double> mult(1e-3, 1e3);
  const double scales[] = {1e-9, 6e-10, 1e-16, 1e-300};
  auto one = [&](int dx, int dy) {
    const double k = mult(rng);
    return D(k * dx + nudge(rng) * scales[pick(rng)], k * dy + nudge(rng) * scales[pick(rng)]);
  };
  for (int i = 0; i < count; ++i) {
    const int dx = small(rng), dy = small(rng);
    const D a = one(dx, dy), b = one(dx, dy);
    // 1e-300 is outside the exact range: such cases only use it as a zero nudge.
    if (!cpkit::detail::arg_exact_range(a) || !cpkit::detail::arg_exact_range(b)) continue;
    std::printf("dr argless"), put(a), put(b), bar(), put(cpkit::arg_less(a, b)), end();
    std::vector<D> w;
    for (int n = std::uniform_int_distribution<int>(0, 12)(rng); n > 0; --n) {
      const D p = one(dx, dy);
      if (cpkit::detail::arg_exact_range(p)) w.push_back(p);
    }
    std::printf("dr argsort"), put(w);
    cpkit::sort_by_argument(w);
    bar(), put(w), end();
  }
}

}  // namespace

int main(int argc, char** argv) {
  const unsigned long long seed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 13;
  const int count = argc > 2 ? std::atoi(argv[2]) : 200;
  rng.seed(seed);
  cases<int>("int", 1LL << 30, count);
  cases<long long>("ll", 1LL << 61, count);
  cases<double>("d", 1LL << 25, count);
  cases<long double>("ld", 1LL << 30, count);
  float_order_cases(count * 4);
  return 0;
}
