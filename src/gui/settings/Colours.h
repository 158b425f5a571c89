#pragma once
// Colour arithmetic on palettes (contrast, mixing, readable variants), apart from the theme itself:
// pure functions of their arguments, so the optional extras module (app/Extras.h) compiles this
// file in too instead of reaching back into the app.

#include <QColor>
#include <QPalette>

namespace tpf::gui {

// True when the application palette is dark (window colour darker than its text).
bool isDarkPalette(const QPalette& palette);

// Colours derived from the current palette, so hard-coded light colours never end up as dark text
// on a dark window. Contrast follows WCAG 2: 4.5:1 for body text, 3:1 for large text and graphics.
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);
QColor mix(const QColor& from, const QColor& to, double amount); // amount 0: from, 1: to (opaque)
// `colour` with its hue kept, made lighter or darker until it reaches `ratio` on `background`
// (unchanged when it already does).
QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);
// Secondary text (hints, subtitles, sources): between text and window, at least 4.5:1 on both
// the Window and the Base colour.
QColor mutedText(const QPalette& palette);
// An accent colour (e.g. a warning's amber) as text on the Window and Base colours.
QColor accentText(const QPalette& palette, const QColor& accent, double ratio = 4.5);
// A card background tinted with `accent`: a pale wash on a light palette, a deep one on a dark palette.
QColor tintedBackground(const QPalette& palette, const QColor& accent);
// Text for a card on `background`: the palette's text colour, or `preferred` made readable (7:1).
QColor cardText(const QPalette& palette, const QColor& background);

} // namespace tpf::gui
