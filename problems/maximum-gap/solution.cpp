// maximum-gap: n integers (|a| <= 10^18, n <= 2*10^6); print the largest gap between neighbours
// in sorted order, 0 for n < 2. Linear time with cpkit::max_gap; the input is read with fread in
// chunks and parsed by hand, so that reading 2*10^6 numbers does not cost more than the algorithm.
#include <cstdint>
#include <cstdio>
#include <vector>

#include "cpkit/max_gap.hpp"

namespace {

// Reads stdin in 64 KiB chunks: no copy of the whole input in memory (fresh memory is slow to
// touch on some judges), one fread per chunk instead of a locked getc per character.
struct reader {
  char buf[1 << 16];
  std::size_t len = 0, pos = 0;
  int peek() {
    if (pos == len) {
      len = std::fread(buf, 1, sizeof buf, stdin);
      pos = 0;
      if (len == 0) return -1;
    }
    return static_cast<unsigned char>(buf[pos]);
  }
  // Next integer, as int64; digits accumulate in uint64 so -10^18 and 10^18 are exact.
  bool next(std::int64_t& out) {
    int c = peek();
    while (c != -1 && c != '-' && (c < '0' || c > '9')) {
      ++pos;
      c = peek();
    }
    if (c == -1) return false;
    const bool neg = c == '-';
    if (neg) {
      ++pos;
      c = peek();
    }
    std::uint64_t v = 0;
    while (c >= '0' && c <= '9') {
      v = v * 10 + std::uint64_t(c - '0');
      ++pos;
      c = peek();
    }
    out = neg ? std::int64_t(0 - v) : std::int64_t(v);
    return true;
  }
};

}  // namespace

int main() {
  static reader in;
  std::int64_t n = 0;
  if (!in.next(n) || n < 0) return 0;
  std::vector<std::int64_t> a(static_cast<std::size_t>(n));
  for (auto& x : a) in.next(x);
  // Unsigned result: the answer reaches 2*10^18, and a full int64 range would give 2^64-1.
  const std::uint64_t gap = cpkit::max_gap(a.begin(), a.end());
  std::printf("%llu\n", static_cast<unsigned long long>(gap));
  return 0;
}
