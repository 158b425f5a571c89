// The body map's first frame kept between starts (bodymap/FirstFrameCache.h): its key follows
// everything the picture depends on, the file reads back exactly or not at all, and a second
// widget shows the kept frame, the same picture to the pixel.
#include "bodymap/FirstFrameCache.h"
#include "support.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <cstdint>
#include <cstring>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

QImage sample(QSize size = {120, 80}) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::red);
    p.drawLine(0, 0, size.width(), size.height());
    return image;
}

QByteArray keyOf(const Database& data, QSize size = {500, 700}, double dpr = 1,
                 const BodyMapState& state = {}, const RenderOptions& options = {},
                 const QColor& background = Qt::white, const QByteArray& text = "text") {
    return firstframe::key(data, size, dpr, state, options, background, text);
}

// For the widget tests: every BodyMapWidget keeps its first frame in `file`, until the end of the
// test.
struct CacheFileFor {
    explicit CacheFileFor(const QString& file) { BodyMapWidget::setFirstFrameCacheFile(file); }
    ~CacheFileFor() { BodyMapWidget::setFirstFrameCacheFile({}); }
    CacheFileFor(const CacheFileFor&) = delete;
    CacheFileFor& operator=(const CacheFileFor&) = delete;
};

struct MapWindow {
    QWidget window;
    BodyMapWidget* map = new BodyMapWidget(db(), &window);
    MapWindow() {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(map);
        window.resize(640, 720);
    }
    // Shown, and the map's first paint (which takes the frame drawn ahead at the show).
    QImage shown() {
        window.show();
        return map->grab().toImage();
    }
};

} // namespace

TEST_CASE("first frame: only the untouched map is kept", "[bodymap][startup]") {
    CHECK(firstframe::cacheable(BodyMapState{}));
    CHECK(firstframe::cacheable(BodyMapState{ViewMode::FrontOnly, {}, {}, {}, {}}));
    BodyMapState s;
    s.selected = {region("temple-left")};
    CHECK_FALSE(firstframe::cacheable(s));
    s = {};
    s.hovered = region("temple-left");
    CHECK_FALSE(firstframe::cacheable(s));
    s = {};
    s.focused = region("temple-left");
    CHECK_FALSE(firstframe::cacheable(s));
    s = {};
    s.overlay = Overlay{triggerPoint("upper_trapezius.1"), Side::Left, {}, {}};
    CHECK_FALSE(firstframe::cacheable(s));
}

TEST_CASE("first frame: the key follows everything the picture depends on", "[bodymap][startup]") {
    const QByteArray base = keyOf(db());
    CHECK(base.size() == 32);
    CHECK(keyOf(db()) == base); // the same inputs, the same key
    CHECK(keyOf(db(), {501, 700}) != base);
    CHECK(keyOf(db(), {500, 700}, 2.0) != base);
    CHECK(keyOf(db(), {500, 700}, 1, BodyMapState{ViewMode::BackOnly, {}, {}, {}, {}}) != base);
    RenderOptions noCaptions;
    noCaptions.captions = false;
    CHECK(keyOf(db(), {500, 700}, 1, {}, noCaptions) != base);
    RenderOptions dark;
    dark.colours.caption = QColor(0xee, 0xee, 0xee);
    CHECK(keyOf(db(), {500, 700}, 1, {}, dark) != base);
    CHECK(keyOf(db(), {500, 700}, 1, {}, {}, QColor(0x20, 0x20, 0x20)) != base);
    CHECK(keyOf(db(), {500, 700}, 1, {}, {}, Qt::white, "another font") != base);
    // The geometry: one point of one region moved.
    Database moved = db();
    REQUIRE_FALSE(moved.regions.front().polygon.empty());
    moved.regions.front().polygon.front().x += 0.001;
    CHECK(keyOf(moved) != base);
    Database outline = db();
    outline.figure.back.outline.back().y += 0.001;
    CHECK(keyOf(outline) != base);
    // The text inputs are read from the application: the same twice.
    CHECK(firstframe::textInputs() == firstframe::textInputs());
    CHECK_FALSE(firstframe::textInputs().isEmpty());
}

TEST_CASE("first frame: the file reads back exactly, or not at all", "[bodymap][startup]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sub/first-frame.bin")); // the folder is made
    const QByteArray key = keyOf(db());
    QImage image = sample();
    image.setDevicePixelRatio(1.5);
    REQUIRE(firstframe::save(file, key, image).isEmpty());
    const QImage back = firstframe::load(file, key);
    REQUIRE_FALSE(back.isNull());
    CHECK(back == image);
    CHECK(back.devicePixelRatio() == 1.5);
    CHECK(back.format() == QImage::Format_RGB32);

    SECTION("another key") { CHECK(firstframe::load(file, keyOf(db(), {10, 10})).isNull()); }
    SECTION("a missing file, no file, a malformed key") {
        CHECK(firstframe::load(dir.filePath(QStringLiteral("none.bin")), key).isNull());
        CHECK(firstframe::load({}, key).isNull());
        CHECK(firstframe::load(file, QByteArray("short")).isNull());
    }
    SECTION("damage") {
        const QByteArray good = readFileBytes(file);
        QByteArray bytes = good;
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40); // a pixel
        writeFileBytes(file, bytes);
        CHECK(firstframe::load(file, key).isNull());
        writeFileBytes(file, good.left(good.size() - 100)); // truncated
        CHECK(firstframe::load(file, key).isNull());
        writeFileBytes(file, good + QByteArray("x")); // longer than its header says
        CHECK(firstframe::load(file, key).isNull());
        bytes = good;
        bytes[0] = 'X'; // not a frame file
        writeFileBytes(file, bytes);
        CHECK(firstframe::load(file, key).isNull());
        bytes = good;
        const int widthAt = 8 + 32; // after the magic and the key
        for (int i = 0; i < 4; ++i)
            bytes[widthAt + i] = char(0x7f); // an absurd width
        writeFileBytes(file, bytes);
        CHECK(firstframe::load(file, key).isNull());
        bytes = good;
        const std::int32_t huge[3] = {30000, 30000, 120000}; // width, height, bytes per line: 3.6 GB
        std::memcpy(bytes.data() + widthAt, huge, sizeof huge);
        writeFileBytes(file, bytes);
        CHECK(firstframe::load(file, key).isNull()); // refused by the file's size, nothing allocated
        writeFileBytes(file, good);                  // and the good file reads again
        CHECK(firstframe::load(file, key) == image);
    }
    SECTION("what cannot be kept is refused with a reason") {
        CHECK_FALSE(firstframe::save(file, QByteArray("short"), image).isEmpty());
        CHECK_FALSE(firstframe::save(file, key, QImage()).isEmpty());
        CHECK_FALSE(firstframe::save(file, key, image.convertToFormat(QImage::Format_Grayscale8)).isEmpty());
        CHECK(firstframe::load(file, key) == image); // the kept frame is untouched
    }
}

// A cache file in a scratch folder, for every map of the test, and the frame a first map drew
// and kept there.
struct KeptFrame {
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("first-frame.bin"));
    CacheFileFor cache{file};
    QImage drawn;
    KeptFrame() {
        REQUIRE(dir.isValid());
        MapWindow first;
        drawn = first.shown();
        CHECK(first.map->firstPaintDrawnAhead());
        CHECK_FALSE(first.map->firstFrameFromCache());
    } // the frame is written by the time the widget is gone
};

TEST_CASE("first frame: a second map shows the kept frame, the same picture", "[bodymap][startup]") {
    const KeptFrame kept;
    REQUIRE(QFile::exists(kept.file));
    {
        MapWindow second;
        const QImage shown = second.shown();
        CHECK(second.map->firstPaintDrawnAhead());
        CHECK(second.map->firstFrameFromCache());
        CHECK(shown == kept.drawn);
    }
    {
        // Another size: drawn again, and kept in its place.
        MapWindow other;
        other.window.resize(600, 700);
        other.shown();
        CHECK_FALSE(other.map->firstFrameFromCache());
    }
    {
        // A selection before the first show: drawn, not read and not kept.
        const QByteArray before = readFileBytes(kept.file);
        MapWindow selected;
        selected.map->setSelectedRegions({region("temple-right")});
        selected.shown();
        CHECK_FALSE(selected.map->firstFrameFromCache());
        CHECK(readFileBytes(kept.file) == before);
    }
}

TEST_CASE("first frame: a damaged kept frame is drawn again and replaced", "[bodymap][startup]") {
    const KeptFrame kept;
    QByteArray bytes = readFileBytes(kept.file);
    bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x10);
    writeFileBytes(kept.file, bytes);
    {
        MapWindow second;
        CHECK(second.shown() == kept.drawn);
        CHECK_FALSE(second.map->firstFrameFromCache());
    }
    {
        MapWindow third;
        CHECK(third.shown() == kept.drawn);
        CHECK(third.map->firstFrameFromCache());
    }
}
