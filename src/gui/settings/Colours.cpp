#include "settings/Colours.h"

#include <QColor>
#include <QPalette>
#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace tpf::gui {
namespace {

double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

} // namespace

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

double relativeLuminance(const QColor& colour) {
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor& from, const QColor& to, double amount) {
    const double t = std::clamp(amount, 0.0, 1.0);
    const QColor a = from.toRgb(), b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor readableOn(const QColor& colour, const QColor& background, double ratio) {
    QColor c = colour.toRgb();
    c.setAlpha(255);
    if (contrastRatio(c, background) >= ratio)
        return c;
    // Towards white on a dark background, towards black on a light one, in small steps: the hue
    // stays recognisable as long as possible.
    const bool lighten = relativeLuminance(background) < 0.18;
    const QColor target = lighten ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 40; ++step) {
        const QColor m = mix(c, target, step / 40.0);
        if (contrastRatio(m, background) >= ratio)
            return m;
    }
    return target;
}

QColor mutedText(const QPalette& palette) {
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    QColor muted = mix(text, window, 0.38);
    for (const QColor& bg : {window, palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)})
        muted = readableOn(muted, bg, 4.6);
    return muted;
}

QColor accentText(const QPalette& palette, const QColor& accent, double ratio) {
    QColor c = accent;
    for (const QColor& bg : {palette.color(QPalette::Window), palette.color(QPalette::Base)})
        c = readableOn(c, bg, ratio);
    return c;
}

QColor tintedBackground(const QPalette& palette, const QColor& accent) {
    const QColor base = palette.color(QPalette::Base);
    return isDarkPalette(palette) ? mix(base, accent, 0.2) : mix(base, accent, 0.11);
}

QColor cardText(const QPalette& palette, const QColor& background) {
    return readableOn(palette.color(QPalette::Text), background, 7.0);
}

} // namespace tpf::gui
