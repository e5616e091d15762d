// sort-by-argument: points by polar angle in (-pi, pi], (0, 0) at angle 0, exact.
// Uses cpkit/geometry/argument_sort.hpp. Reads the whole input at once and writes through one
// buffer: with 2e5 points the text I/O costs more than the sort.
#include "cpkit/geometry/argument_sort.hpp"

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
  const std::size_t n = static_cast<std::size_t>(read_int());
  std::vector<cpkit::point<long long>> pts(n);
  for (auto& p : pts) p.x = read_int(), p.y = read_int();
  cpkit::sort_by_argument(pts);
  std::string out;
  out.reserve(n * 24);
  for (const auto& p : pts) {
    write_int(out, p.x);
    out += ' ';
    write_int(out, p.y);
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
