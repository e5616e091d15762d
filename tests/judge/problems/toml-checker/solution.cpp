// For data/layout (answer "1\n2\n3\n"): the input word picks the output.
//   same -> "1\n2\n3\n" (AC everywhere), spaces -> "1 2 3\n" (tokens AC, lines/exact PE),
//   wrong -> "1\n2\n4\n" (WA everywhere)
#include <cstdio>
#include <cstring>
int main() {
  char w[32] = {};
  if (std::scanf("%31s", w) != 1) return 1;
  if (!std::strcmp(w, "same")) std::printf("1\n2\n3\n");
  if (!std::strcmp(w, "spaces")) std::printf("1 2 3\n");
  if (!std::strcmp(w, "wrong")) std::printf("1\n2\n4\n");
}
