// Checker for min-enclosing-circle (testlib protocol): checker input output answer.
// Accepts any circle `cx cy r` with |r - R| <= 1e-6 max(1, R), R the jury's radius, that contains
// every input point up to the same tolerance: dist(p, c) <= r + 1e-6 max(1, R) (long double).
// Exit 0 AC, 1 WA, 2 PE, 3 checker failure; message on stderr.
#include <cmath>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: checker input output answer\n";
    return 3;
  }
  std::ifstream in(argv[1]), out(argv[2]), ans(argv[3]);
  long long n;
  long double jx, jy, jr, x, y, r;
  if (!(in >> n) || n < 1) return std::cerr << "bad input\n", 3;
  if (!(ans >> jx >> jy >> jr)) return std::cerr << "bad answer file\n", 3;
  if (!(out >> x >> y >> r) || !std::isfinite(x) || !std::isfinite(y) || !std::isfinite(r))
    return std::cerr << "missing or non-numeric output\n", 2;
  const long double tol = 1e-6L * std::max(1.0L, jr);
  if (std::fabs(r - jr) > tol)
    return std::cerr << "radius " << static_cast<double>(r) << ", expected " << static_cast<double>(jr) << "\n", 1;
  for (long long i = 0; i < n; ++i) {
    long long px, py;
    if (!(in >> px >> py)) return std::cerr << "bad input\n", 3;
    const long double dx = px - x, dy = py - y;
    if (std::sqrt(dx * dx + dy * dy) > r + tol)
      return std::cerr << "point " << i << " (" << px << ", " << py << ") is outside the circle\n", 1;
  }
  std::string extra;
  if (out >> extra) return std::cerr << "extra output: " << extra << "\n", 2;
  return 0;
}
