// max-heap-build, the obvious way: recursive max-heapify with swaps, 1-based, as in the
// statement. Independent of the cpkit headers.
#include <cstdio>
#include <utility>
#include <vector>

static std::vector<long long> a;
static int h;

static void max_heapify(int i) {
  int l = 2 * i, r = 2 * i + 1, largest = i;
  if (l <= h && a[l] > a[i]) largest = l;
  if (r <= h && a[r] > a[largest]) largest = r;
  if (largest != i) {
    std::swap(a[i], a[largest]);
    max_heapify(largest);
  }
}

int main() {
  if (std::scanf("%d", &h) != 1) return 0;
  a.assign(h + 1, 0);
  for (int i = 1; i <= h; ++i) std::scanf("%lld", &a[i]);
  for (int i = h / 2; i >= 1; --i) max_heapify(i);
  for (int i = 1; i <= h; ++i) std::printf(" %lld", a[i]);
  std::printf("\n");
}
