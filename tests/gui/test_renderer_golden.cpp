// Golden images of the body-map renderer (tests/gui/golden/*.png) from the frozen fixture data,
// at a fixed size and device pixel ratio 1. Regenerate after an intended change with
//   TPF_UPDATE_GOLDEN=1 build-gui/tests/gui/tpfinder_gui_tests "[golden]"
// and look at the new images before committing them. On a mismatch <name>.actual.png and
// <name>.diff.png (differing pixels in red) are written next to the golden.
#include "bodymap/BodyMapRenderer.h"
#include "bodymap/BodyMapStyle.h"
#include "settings/Theme.h"
#include "support.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPalette>
#include <QPicture>
#include <cstdlib>
#include <functional>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

constexpr int kChannelTolerance = 40; // font hinting and antialiasing may shift a little
constexpr double kMaxDifferingFraction = 0.004;

BodyMapState overlayState() {
    BodyMapState s;
    s.selected = {region("temple-right"), region("neck_back-right")};
    const std::size_t tp = triggerPoint("upper_trapezius.1");
    const ReferralRegions zones = fixture().referral().referralOf(tp, Side::Right);
    s.overlay = Overlay{tp, Side::Right, zones.primary, zones.spillover};
    return s;
}

void checkGolden(const QString& name, const QImage& actualImage) {
    const QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    const QString base = QStringLiteral(TPF_GOLDEN_DIR "/") + name;
    const QString goldenFile = base + QStringLiteral(".png");
    if (qEnvironmentVariableIntValue("TPF_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QStringLiteral(TPF_GOLDEN_DIR));
        REQUIRE(actual.save(goldenFile));
        WARN("updated " << goldenFile.toStdString());
        return;
    }
    const QImage golden = QImage(goldenFile).convertToFormat(QImage::Format_ARGB32);
    if (golden.isNull() || golden.size() != actual.size()) {
        actual.save(base + QStringLiteral(".actual.png"));
        FAIL("golden " << goldenFile.toStdString() << " missing or of another size; wrote "
                       << (base + ".actual.png").toStdString() << " (TPF_UPDATE_GOLDEN=1 regenerates)");
    }
    QImage diff(actual.size(), QImage::Format_ARGB32);
    qsizetype differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const QRgb* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const QRgb* g = reinterpret_cast<const QRgb*>(golden.constScanLine(y));
        QRgb* d = reinterpret_cast<QRgb*>(diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta =
                std::max({std::abs(qRed(a[x]) - qRed(g[x])), std::abs(qGreen(a[x]) - qGreen(g[x])),
                          std::abs(qBlue(a[x]) - qBlue(g[x])), std::abs(qAlpha(a[x]) - qAlpha(g[x]))});
            const bool differs = delta > kChannelTolerance;
            differing += differs;
            const int grey = qGray(g[x]) / 3 + 170; // faint golden underneath the red
            d[x] = differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey);
        }
    }
    const double fraction = double(differing) / double(actual.width() * actual.height());
    INFO(name.toStdString() << ": " << differing << " differing pixels (" << fraction * 100 << "%)");
    if (fraction > kMaxDifferingFraction) {
        actual.save(base + QStringLiteral(".actual.png"));
        diff.save(base + QStringLiteral(".diff.png"));
    }
    CHECK(fraction <= kMaxDifferingFraction);
}

} // namespace

TEST_CASE("Golden image: front view", "[golden]") {
    BodyMapState s;
    s.views = ViewMode::FrontOnly;
    s.selected = {region("temple-right"), region("elbow_outer-left")};
    s.hovered = region("sternum");
    checkGolden(QStringLiteral("front"), renderImage({600, 600}, s, db()));
}

TEST_CASE("Golden image: back view", "[golden]") {
    BodyMapState s;
    s.views = ViewMode::BackOnly;
    s.selected = {region("neck_back-left"), region("calf-right")};
    s.focused = region("lowback-left");
    checkGolden(QStringLiteral("back"), renderImage({600, 600}, s, db()));
}

TEST_CASE("Golden image: front and back with a trigger point overlay", "[golden]") {
    checkGolden(QStringLiteral("overlay"), renderImage({600, 600}, overlayState(), db()));
}

TEST_CASE("The renderer scales with the device pixel ratio instead of upscaling pixels", "[renderer]") {
    const BodyMapState s = overlayState();
    const QImage one = renderImage({300, 300}, s, db(), {}, 1.0);
    const QImage two = renderImage({300, 300}, s, db(), {}, 2.0);
    CHECK(one.size() == QSize(300, 300));
    CHECK(two.size() == QSize(600, 600));
    // A crisp 2x rendering has more distinct edge shades than a pixel-doubled 1x one.
    const QImage doubled = one.scaled(600, 600);
    int changes2 = 0, changesDoubled = 0;
    for (int x = 1; x < 600; ++x) {
        changes2 += two.pixel(x, 300) != two.pixel(x - 1, 300);
        changesDoubled += doubled.pixel(x, 300) != doubled.pixel(x - 1, 300);
    }
    CHECK(changes2 > changesDoubled);
}

TEST_CASE("Primary zones are filled solid and spillover zones hatched", "[renderer]") {
    const BodyMapState s = overlayState();
    const QImage image = renderImage({600, 600}, s, db());
    const BodyMapLayout layout = computeLayout(QRectF(0, 0, 600, 600), db().figure.aspect, s.views);
    auto colourAt = [&](std::size_t r) {
        const Region& reg = db().regions[r];
        return image.pixelColor(layout.frameFor(reg.view)->toWidget(interiorPoint(reg.polygon)).toPoint());
    };
    REQUIRE_FALSE(s.overlay->primary.empty());
    for (std::size_t r : s.overlay->primary) {
        const QColor c = colourAt(r);
        INFO(db().regions[r].id);
        CHECK(c.red() > 150);
        CHECK(c.green() < 110);
    }
    // Hatching: along a row through a spillover zone the colour alternates.
    REQUIRE_FALSE(s.overlay->spillover.empty());
    const Region& sp = db().regions[s.overlay->spillover.front()];
    const QPointF centre = layout.frameFor(sp.view)->toWidget(interiorPoint(sp.polygon));
    int alternations = 0;
    for (int dx = -6; dx < 6; ++dx)
        alternations += image.pixel(int(centre.x()) + dx, int(centre.y())) !=
                        image.pixel(int(centre.x()) + dx + 1, int(centre.y()));
    CHECK(alternations >= 2);
}

TEST_CASE("Front and back carry the person's own R and L on the correct sides", "[renderer]") {
    // Front: the person's right is on the viewer's left; back: their left is on the viewer's left.
    // Checked through the layout the renderer uses: the right temple is drawn left of centre in
    // the front view, and the left shoulder blade left of centre in the back view.
    const BodyMapLayout layout = computeLayout(QRectF(0, 0, 600, 600), db().figure.aspect, ViewMode::Both);
    const ViewFrame* front = layout.frameFor(View::Front);
    const ViewFrame* back = layout.frameFor(View::Back);
    REQUIRE(front->frame.right() <= back->frame.left() + 0.5);
    const auto xOf = [](const ViewFrame* f, const Region& r) {
        return f->toWidget(interiorPoint(r.polygon)).x();
    };
    CHECK(xOf(front, *db().region("temple-right")) < front->frame.center().x());
    CHECK(xOf(back, *db().region("scapula-left")) < back->frame.center().x());
}

namespace {

// The pixels that `part` adds to the picture (rendered with and without it), as the colour of the
// one that stands out most against `background`: the text's own colour where a glyph is solid.
double partContrast(bool RenderOptions::*part, const RenderOptions& options, const QColor& background) {
    RenderOptions without = options;
    without.*part = false;
    const BodyMapState s = overlayState();
    const QImage on = renderImage({600, 600}, s, db(), options);
    const QImage off = renderImage({600, 600}, s, db(), without);
    double best = 1;
    int differing = 0;
    for (int y = 0; y < on.height(); ++y)
        for (int x = 0; x < on.width(); ++x)
            if (on.pixel(x, y) != off.pixel(x, y)) {
                ++differing;
                best = std::max(best, style::contrastRatio(on.pixelColor(x, y), background));
            }
    INFO(differing << " pixels drawn");
    CHECK(differing > 20);
    return best;
}

} // namespace

TEST_CASE("With the dark palette the captions, R/L letters and legend text are readable",
          "[renderer][theme]") {
    const QPalette dark = darkPalette();
    RenderOptions options;
    options.colours = MapTextColours::forPalette(dark);
    const QColor window = dark.color(QPalette::Window);
    CHECK(options.colours.background == window);
    CHECK(partContrast(&RenderOptions::captions, options, window) >= 4.5);
    CHECK(partContrast(&RenderOptions::sideLetters, options, window) >= 4.5);
    QColor legendBox = options.colours.legendBackground;
    legendBox.setAlpha(255);
    CHECK(partContrast(&RenderOptions::legend, options, legendBox) >= 4.5);
    // The colours themselves, not just their brightest antialiased pixel.
    CHECK(style::contrastRatio(options.colours.caption, window) >= 4.5);
    CHECK(style::contrastRatio(options.colours.sideLetter, window) >= 4.5);
    CHECK(style::contrastRatio(options.colours.legendText, legendBox) >= 4.5);
}

TEST_CASE("On paper and in the light palette the designed text colours stay", "[renderer][theme]") {
    const RenderOptions paper;
    CHECK(paper.colours.caption == style::caption);
    CHECK(paper.colours.background == style::page);
    const MapTextColours light = MapTextColours::forPalette(lightPalette());
    CHECK(light.caption == style::caption); // already readable: unchanged
    CHECK(style::contrastRatio(light.sideLetter, lightPalette().color(QPalette::Window)) >= 4.5);
    CHECK(light.legendBackground.rgb() == QColor(Qt::white).rgb());
}

TEST_CASE("The map widget draws its captions in the palette's colours", "[renderer][theme]") {
    BodyMapWidget map(db());
    map.setPalette(darkPalette());
    map.resize(600, 600);
    const QImage image = map.grab().toImage();
    const QColor window = darkPalette().color(QPalette::Window);
    // The "Front" caption band above the figures: its text is light on the dark window.
    const BodyMapLayout layout = map.currentLayout();
    const ViewFrame* front = layout.frameFor(View::Front);
    REQUIRE(front != nullptr);
    double best = 1;
    for (int y = int(layout.captionBaseline - layout.textSize * 1.6); y < int(front->frame.top()); ++y)
        for (int x = int(front->frame.left()); x < int(front->frame.right()); ++x)
            best = std::max(best, style::contrastRatio(image.pixelColor(x, y), window));
    CHECK(image.pixelColor(2, 2) == window);
    CHECK(best >= 4.5);
}

namespace {

// The map drawn with `paint` at an offset inside a larger image of device pixel ratio `dpr`.
QImage paintAt(const std::function<void(QPainter&)>& paintMap, double dpr) {
    QImage image(QSize(700, 660) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    p.translate(37, 23); // like a widget inside its window
    paintMap(p);
    return image;
}

int differingPixels(const QImage& a, const QImage& b) {
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                           std::abs(qBlue(p) - qBlue(q))}) > 8;
        }
    return n;
}

} // namespace

TEST_CASE("The memoized figure layers give the same picture as drawing directly", "[renderer]") {
    const BodyMapState s = overlayState();
    const QRectF target(0, 0, 600, 600);
    for (const double dpr : {1.0, 2.0}) {
        INFO("device pixel ratio " << dpr);
        clearStaticLayerCache();
        // Direct: recorded as vector commands (no layers on a non-raster device), then replayed.
        QPicture picture;
        {
            QPainter rec(&picture);
            paint(rec, target, s, db());
        }
        const QImage direct = paintAt([&](QPainter& p) { p.drawPicture(0, 0, picture); }, dpr);
        const auto viaRaster = [&](QPainter& p) { paint(p, target, s, db()); };
        const QImage first = paintAt(viaRaster, dpr);  // first use of the size: drawn directly
        const QImage second = paintAt(viaRaster, dpr); // builds the layers and blits them
        const QImage third = paintAt(viaRaster, dpr);  // blits the memo
        CHECK(second == third);
        const int total = direct.width() * direct.height();
        CHECK(differingPixels(first, third) < total / 1000);
        if (dpr == 1.0) // a picture replayed at another scale strokes its hairlines differently
            CHECK(differingPixels(direct, third) < total / 200);
    }
}
