// Heaps: heapq-style free functions, d-ary heap, indexed heap, radix heap, interval heap,
// pairing heap, quick heap (for very large queues), lazy deletion, Dijkstra over a compressed adjacency list.
// One header per concept under cpkit/heap/; see docs/heap.md for which to pick.
// Verified by: problems/max-heap-build, priority-queue, double-ended-priority-queue,
// shortest-path; tests/heap_test.cpp; bench/heap_bench.cpp
#pragma once

#include "cpkit/heap/d_ary_heap.hpp"
#include "cpkit/heap/dijkstra.hpp"
#include "cpkit/heap/heapq.hpp"
#include "cpkit/heap/indexed_heap.hpp"
#include "cpkit/heap/interval_heap.hpp"
#include "cpkit/heap/lazy_heap.hpp"
#include "cpkit/heap/pairing_heap.hpp"
#include "cpkit/heap/quick_heap.hpp"
#include "cpkit/heap/radix_heap.hpp"
