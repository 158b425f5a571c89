#pragma once
// Geometry on normalized figure coordinates.

#include "core/model.h"

namespace tpf {

// Even-odd rule; points on an edge may land either way, which is fine for "is it on the body".
inline bool containsPoint(const Polygon& polygon, Point p) {
    bool inside = false;
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const Point& a = polygon[i];
        const Point& b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

inline Polygon mirrored(const Polygon& polygon) {
    Polygon out = polygon;
    for (auto& p : out)
        p.x = 1.0 - p.x;
    return out;
}

} // namespace tpf
