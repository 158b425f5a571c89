#pragma once
// Screen-reader support for the body map: the map is a list, each visible region a checkable
// child named after the region ("Left temple"), checked when selected.

#include <cstddef>

namespace tpf::gui {

class BodyMapWidget;

void installBodyMapAccessibility(); // idempotent; BodyMapWidget calls it

// Tell assistive technology that a region's selected state or the keyboard focus changed.
void notifyBodyMapSelection(BodyMapWidget* map, std::size_t region);
void notifyBodyMapFocus(BodyMapWidget* map, std::size_t region);

} // namespace tpf::gui
