// Checker for closest-pair-indices (testlib protocol): checker input output answer.
// Accepts any pair i != j, 0 <= i, j < N, whose squared distance equals the jury pair's (exact).
// Exit 0 AC, 1 WA, 2 PE, 3 checker failure; message on stderr.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <vector>

namespace {
long long d2(const std::vector<long long>& x, const std::vector<long long>& y, long long i, long long j) {
  const long long dx = x[i] - x[j], dy = y[i] - y[j];  // |d| <= 2e9: squares sum <= 8e18
  return dx * dx + dy * dy;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: checker input output answer\n";
    return 3;
  }
  std::ifstream in(argv[1]), out(argv[2]), ans(argv[3]);
  int t;
  if (!(in >> t)) return std::cerr << "bad input\n", 3;
  for (int c = 0; c < t; ++c) {
    int n;
    in >> n;
    std::vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) in >> x[i] >> y[i];
    long long ai, aj, oi, oj;
    if (!(ans >> ai >> aj)) return std::cerr << "bad answer file\n", 3;
    if (!(out >> oi >> oj)) return std::cerr << "case " << c + 1 << ": missing or non-integer output\n", 2;
    if (oi < 0 || oj < 0 || oi >= n || oj >= n || oi == oj)
      return std::cerr << "case " << c + 1 << ": invalid pair " << oi << " " << oj << "\n", 1;
    if (d2(x, y, oi, oj) != d2(x, y, ai, aj))
      return std::cerr << "case " << c + 1 << ": squared distance " << d2(x, y, oi, oj) << ", expected "
                       << d2(x, y, ai, aj) << "\n",
             1;
  }
  std::string extra;
  if (out >> extra) return std::cerr << "extra output: " << extra << "\n", 2;
  return 0;
}
