#include "bodymap/BodyMapStyle.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace tpf::gui {
namespace style {
namespace {

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

double relativeLuminance(const QColor& colour) {
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& wanted, const QColor& background, const QColor& strong, double minRatio) {
    for (int step = 0; step <= 10; ++step) {
        const QColor c = mix(wanted, strong, step / 10.0);
        if (contrastRatio(c, background) >= minRatio)
            return c;
    }
    const QColor black(Qt::black), white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

} // namespace style

MapTextColours MapTextColours::forPalette(const QPalette& palette) {
    MapTextColours c;
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    c.background = window;
    c.caption = style::readableOn(style::caption, window, text);
    c.sideLetter = style::readableOn(style::sideLetter, window, text);
    // The legend box takes the palette's base colour (white in light themes, as on paper).
    const QColor base = palette.color(QPalette::Base);
    c.legendBackground = base;
    c.legendBackground.setAlpha(style::legendBackground.alpha());
    c.legendBorder = style::contrastRatio(style::legendBorder, base) >= 1.5 ? style::legendBorder
                                                                            : palette.color(QPalette::Mid);
    c.legendText = style::readableOn(style::caption, base, palette.color(QPalette::Text));
    return c;
}

} // namespace tpf::gui
