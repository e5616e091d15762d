// Geometry umbrella: points and the tolerance knob, lines and segments, polygons, convex hull
// and diameter, sorting by argument; closest pair, Minkowski sum, circles, incircle and
// circumcircle, circle-circle area, smallest enclosing circle, circle crossings and tangents,
// circle-polygon area, half-plane intersection (Geometry II). See
// docs/geometry.md and docs/geometry2.md (API tables, ranges, -DNDEBUG).
// Entry points and complexities: each header's top comment (point.hpp, segment.hpp, polygon.hpp,
// convex_hull.hpp, argument_sort.hpp, closest_pair.hpp, minkowski_sum.hpp, circle.hpp,
// triangle_circles.hpp, circle_circle_area.hpp, min_enclosing_circle.hpp, circle_crossing.hpp,
// circle_tangents.hpp, circle_polygon_area.hpp, half_plane.hpp).
// Range: exact for |coord| <= exact_limit<T>: 2^30 for int, 2^61 for long long, the whole range
//   of short; floating coordinates decide within the absolute geometry_eps (default 1e-9), except
//   the argument order, which is exact on the floating values; half_plane.hpp: integers up to
//   2^30 for long long too (half_plane_limit<T>).
// Verified by: tests/geometry_test.cpp; tests/geometry2_test.cpp; tests/geometry_python (exact
//   fractions); bench/geometry_bench.cpp; problems/ (geometry ids).
#pragma once

#include "cpkit/geometry/argument_sort.hpp"
#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/circle_circle_area.hpp"
#include "cpkit/geometry/circle_crossing.hpp"
#include "cpkit/geometry/circle_polygon_area.hpp"
#include "cpkit/geometry/circle_tangents.hpp"
#include "cpkit/geometry/closest_pair.hpp"
#include "cpkit/geometry/convex_hull.hpp"
#include "cpkit/geometry/half_plane.hpp"
#include "cpkit/geometry/min_enclosing_circle.hpp"
#include "cpkit/geometry/minkowski_sum.hpp"
#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/polygon.hpp"
#include "cpkit/geometry/segment.hpp"
#include "cpkit/geometry/triangle_circles.hpp"
