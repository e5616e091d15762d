// static-convex-hull: per case the strict hull (corners only) counter-clockwise.
// Uses cpkit/geometry/convex_hull.hpp (exact; fast path for |coord| <= 1e9). Reads the whole
// input at once and writes through one buffer: with 5e5 points the text I/O costs more than the
// hulls.
#include "cpkit/geometry/convex_hull.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace {
std::vector<char> in;
std::size_t pos = 0;
long long read_int() {
  while (pos < in.size() && in[pos] != '-' && !(in[pos] >= '0' && in[pos] <= '9')) ++pos;
  const bool neg = pos < in.size() && in[pos] == '-';
  pos += neg;
  long long x = 0;
  while (pos < in.size() && in[pos] >= '0' && in[pos] <= '9') x = x * 10 + (in[pos++] - '0');
  return neg ? -x : x;
}
void write_int(std::string& out, long long x) {
  char d[24];
  int k = 0;
  unsigned long long u = x < 0 ? 0 - static_cast<unsigned long long>(x) : x;
  do d[k++] = static_cast<char>('0' + u % 10); while (u /= 10);
  if (x < 0) out += '-';
  while (k > 0) out += d[--k];
}
}  // namespace

int main() {
  char buf[1 << 16];
  for (std::size_t r; (r = std::fread(buf, 1, sizeof buf, stdin)) > 0;) in.insert(in.end(), buf, buf + r);
  long long t = read_int();
  std::string out;
  std::vector<cpkit::point<long long>> pts;
  while (t-- > 0) {
    pts.resize(static_cast<std::size_t>(read_int()));
    for (auto& p : pts) p.x = read_int(), p.y = read_int();
    const auto h = cpkit::convex_hull(pts);
    write_int(out, static_cast<long long>(h.size()));
    out += '\n';
    for (const auto& p : h) {
      write_int(out, p.x);
      out += ' ';
      write_int(out, p.y);
      out += '\n';
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
