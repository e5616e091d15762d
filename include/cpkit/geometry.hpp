// Geometry umbrella: points and the tolerance knob, lines and segments, polygons, convex hull
// and diameter, sorting by argument. See docs/geometry.md.
// Verified by: tests/geometry_test.cpp; bench/geometry_bench.cpp; problems/ (geometry ids).
#pragma once

#include "cpkit/geometry/argument_sort.hpp"
#include "cpkit/geometry/convex_hull.hpp"
#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/polygon.hpp"
#include "cpkit/geometry/segment.hpp"
