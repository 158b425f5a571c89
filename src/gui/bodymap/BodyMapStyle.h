#pragma once
// The body map's colours, in one place so the chart stays consistent (and reviewable).
//
// The figure itself (skin, outline, fills, marker) is a drawing on its own light skin colour and
// looks the same on any background. The text drawn beside it (captions, the R/L side letters, the
// legend) sits on whatever is behind the map: white paper for export and the golden images, the
// window colour on screen. Those colours are a MapTextColours value in RenderOptions, derived from
// the palette for the screen (readable in the dark theme too).

#include <QColor>

class QPalette;

namespace tpf::gui::style {

inline const QColor page{255, 255, 255};
inline const QColor skin{245, 226, 211};
inline const QColor outline{122, 88, 70};
inline const QColor partLine{160, 122, 100, 120};
inline const QColor regionLine{120, 90, 72, 60};

inline const QColor hoverFill{255, 214, 102, 120};
inline const QColor hoverOnSelected{255, 240, 200, 90};
inline const QColor selectedFill{244, 128, 36, 150};
inline const QColor selectedLine{214, 92, 16};

inline const QColor primaryFill{200, 32, 36, 205};
inline const QColor spilloverFill{226, 70, 60, 45};
inline const QColor spilloverHatch{196, 30, 36, 200};
inline const QColor marker{40, 20, 20};
inline const QColor markerHalo{255, 255, 255, 235};

inline const QColor focus{25, 110, 210};
inline const QColor focusHalo{255, 255, 255, 220};

// The designed text colours on white paper.
inline const QColor caption{70, 60, 56};
inline const QColor sideLetter{130, 112, 104};
inline const QColor legendBackground{255, 255, 255, 225};
inline const QColor legendBorder{190, 180, 175};

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21) of opaque colours.
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// `wanted` if it reaches `minRatio` against `background`, else `wanted` mixed step by step towards
// `strong` (a text colour of the palette) until it does; black or white as the last resort.
QColor readableOn(const QColor& wanted, const QColor& background, const QColor& strong,
                  double minRatio = 4.5);

} // namespace tpf::gui::style

namespace tpf::gui {

// The colours of the text around the figure and of the legend box.
struct MapTextColours {
    QColor background = style::page; // what the text is drawn on (only read to derive the others)
    QColor caption = style::caption;
    QColor sideLetter = style::sideLetter;
    QColor legendBackground = style::legendBackground;
    QColor legendBorder = style::legendBorder;
    QColor legendText = style::caption;
    bool operator==(const MapTextColours&) const = default;

    // For a map drawn straight onto a widget of this palette (the window colour behind it): the
    // designed colours where they are readable (light themes), else colours derived from the
    // palette's text and base colours (dark themes), every text at least 4.5:1.
    static MapTextColours forPalette(const QPalette& palette);
};

} // namespace tpf::gui
