// Geometry umbrella: points and the tolerance knob, lines and segments, polygons, convex hull
// and diameter, sorting by argument; closest pair, Minkowski sum, circles (Geometry II). See
// docs/geometry.md and docs/geometry2.md (API tables, ranges, -DNDEBUG).
// Entry points and complexities: each header's top comment (point.hpp, segment.hpp, polygon.hpp,
// convex_hull.hpp, argument_sort.hpp, closest_pair.hpp, minkowski_sum.hpp, circle.hpp).
// Range: exact for |coord| <= exact_limit<T>: 2^30 for int, 2^61 for long long, the whole range
//   of short; floating coordinates decide within the absolute geometry_eps (default 1e-9), except
//   the argument order, which is exact on the floating values.
// Verified by: tests/geometry_test.cpp; tests/geometry2_test.cpp; tests/geometry_python (exact
//   fractions); bench/geometry_bench.cpp; problems/ (geometry ids).
#pragma once

#include "cpkit/geometry/argument_sort.hpp"
#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/closest_pair.hpp"
#include "cpkit/geometry/convex_hull.hpp"
#include "cpkit/geometry/minkowski_sum.hpp"
#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/polygon.hpp"
#include "cpkit/geometry/segment.hpp"
