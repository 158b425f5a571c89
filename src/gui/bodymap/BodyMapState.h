#pragma once
// Everything the body map shows, as a plain value. The renderer paints exactly this, so the
// widget, the golden-image tests and the PNG/PDF export agree pixel for pixel.

#include "bodymap/BodyMapStyle.h"
#include "core/model.h"

#include <QString>
#include <cstddef>
#include <optional>
#include <vector>

namespace tpf::gui {

enum class ViewMode { Both, FrontOnly, BackOnly };

QString toString(ViewMode mode); // "both", "front", "back" (stable: stored in QSettings)
std::optional<ViewMode> viewModeFromString(const QString& text);

// The chosen trigger point drawn like a trigger point chart: primary zones solid, spillover
// hatched, the point itself as a bold X.
struct Overlay {
    std::size_t triggerPoint = 0; // index into Database::triggerPoints
    Side side = Side::Left;
    std::vector<std::size_t> primary; // concrete region indices (ReferralEngine::referralOf)
    std::vector<std::size_t> spillover;
    bool operator==(const Overlay&) const = default;
};

struct BodyMapState {
    ViewMode views = ViewMode::Both;
    std::vector<std::size_t> selected;  // concrete region indices, in the order chosen
    std::optional<std::size_t> hovered; // under the mouse
    std::optional<std::size_t> focused; // keyboard focus (drawn as a focus ring)
    std::optional<Overlay> overlay;
    bool operator==(const BodyMapState&) const = default;

    bool isSelected(std::size_t region) const;
};

struct RenderOptions {
    bool captions = true;    // "Front" / "Back" above the figures
    bool sideLetters = true; // the person's own "R" / "L" beside each figure
    bool legend = true;      // key for the overlay (only drawn when there is one)
    bool focusRing = true;   // off when the widget does not have keyboard focus
    bool background = false; // fill the target with colours.background first (export, goldens)
    // The text around the figure; the defaults are the designed colours on white paper. The
    // widget passes MapTextColours::forPalette(palette()) so they follow the theme.
    MapTextColours colours;
    bool operator==(const RenderOptions&) const = default;
};

} // namespace tpf::gui
