#include "bodymap/FirstFrameCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace tpf::gui::firstframe {
namespace {

constexpr char kMagic[8] = {'T', 'P', 'F', 'F', 'R', 'M', '0', '1'};
constexpr int kKeySize = 32;                           // BLAKE2b-256
constexpr qint64 kMaxPixelBytes = 256LL * 1024 * 1024; // far beyond any screen; refuses nonsense

struct Header {
    char magic[8];
    char key[kKeySize];
    std::int32_t width;
    std::int32_t height;
    std::int32_t bytesPerLine;
    std::int32_t format;
    double devicePixelRatio;
};

// FNV-1a over 64-bit words: enough to find a damaged file, cheap next to drawing the map.
std::uint64_t checksum(const uchar* data, qint64 size) {
    std::uint64_t h = 1469598103934665603ULL;
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, data + i, 8);
        h = (h ^ word) * 1099511628211ULL;
    }
    for (; i < size; ++i)
        h = (h ^ data[i]) * 1099511628211ULL;
    return h;
}

// Raw bytes: the digest only has to tell one geometry from another. Collected into one buffer and
// hashed in one call: a call per point (thousands of them) cost more than the hashing itself.
template <typename T> void append(QByteArray& bytes, const T& value) {
    bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// The points as they lie in memory: x and y of each, in order.
static_assert(sizeof(Point) == 2 * sizeof(double) && std::is_standard_layout_v<Point>);

void appendPolygon(QByteArray& bytes, const Polygon& polygon) {
    append(bytes, quint64(polygon.size()));
    bytes.append(reinterpret_cast<const char*>(polygon.data()),
                 qsizetype(polygon.size()) * qsizetype(sizeof(Point)));
}

void addColour(QDataStream& out, const QColor& colour) { out << colour.rgba(); }

QString translated(const char* text) { return QCoreApplication::translate("tpf::gui::BodyMap", text); }

} // namespace

bool cacheable(const BodyMapState& state) { return state == BodyMapState{state.views, {}, {}, {}, {}}; }

QByteArray textInputs() {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << QGuiApplication::platformName() << QGuiApplication::font().toString() << translated("Front")
        << translated("Back");
    return bytes;
}

QByteArray key(const Database& db, QSize size, double devicePixelRatio, const BodyMapState& state,
               const RenderOptions& options, const QColor& background, const QByteArray& textInputs) {
    QByteArray settings;
    {
        QDataStream out(&settings, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << QByteArray(kMagic, sizeof kMagic) << QByteArray(TPF_VERSION) << QByteArray(qVersion())
            << textInputs;
        out << size << devicePixelRatio << int(state.views);
        out << options.captions << options.sideLetters << options.legend << options.focusRing
            << options.background;
        for (const QColor& c : {options.colours.background, options.colours.caption,
                                options.colours.sideLetter, options.colours.legendBackground,
                                options.colours.legendBorder, options.colours.legendText, background})
            addColour(out, c);
        out << db.figure.aspect << quint32(db.regions.size());
    }
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData(settings);
    // The picture's geometry.
    QByteArray geometry;
    geometry.reserve(qsizetype(256) * 1024);
    for (const FigureView* view : {&db.figure.front, &db.figure.back}) {
        appendPolygon(geometry, view->outline);
        for (const FigurePart& part : view->parts)
            appendPolygon(geometry, part.polygon);
    }
    for (const Region& region : db.regions) {
        append(geometry, int(region.view));
        appendPolygon(geometry, region.polygon);
    }
    hash.addData(geometry);
    return hash.result();
}

QImage load(const QString& file, const QByteArray& key) {
    if (file.isEmpty() || key.size() != kKeySize)
        return {};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    Header h{};
    if (in.read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h) ||
        std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 ||
        std::memcmp(h.key, key.constData(), kKeySize) != 0)
        return {};
    const auto format = QImage::Format(h.format);
    // Checked against the file's real size before anything is allocated: a damaged header must not
    // ask for gigabytes.
    const qint64 pixelBytes = qint64(h.width) * 4 * qint64(h.height);
    if (h.width <= 0 || h.height <= 0 || qint64(h.bytesPerLine) != qint64(h.width) * 4 ||
        pixelBytes > kMaxPixelBytes ||
        (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32_Premultiplied) ||
        !(h.devicePixelRatio > 0 && h.devicePixelRatio <= 16) ||
        in.size() != qint64(sizeof h) + pixelBytes + qint64(sizeof(std::uint64_t)))
        return {};
    QImage image(h.width, h.height, format);
    if (image.isNull() || image.bytesPerLine() != h.bytesPerLine || image.sizeInBytes() != pixelBytes)
        return {};
    std::uint64_t sum = 0;
    if (in.read(reinterpret_cast<char*>(image.bits()), image.sizeInBytes()) != image.sizeInBytes() ||
        in.read(reinterpret_cast<char*>(&sum), sizeof sum) != qint64(sizeof sum) ||
        sum != checksum(image.constBits(), image.sizeInBytes()))
        return {};
    image.setDevicePixelRatio(h.devicePixelRatio);
    return image;
}

QString save(const QString& file, const QByteArray& key, const QImage& image) {
    if (key.size() != kKeySize)
        return QStringLiteral("the key is not a 32-byte digest");
    if (image.isNull() ||
        (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32_Premultiplied) ||
        image.sizeInBytes() > kMaxPixelBytes)
        return QStringLiteral("the image cannot be kept (empty, too large or an unexpected format)");
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(file, out.errorString());
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    std::memcpy(h.key, key.constData(), kKeySize);
    h.width = image.width();
    h.height = image.height();
    h.bytesPerLine = int(image.bytesPerLine());
    h.format = int(image.format());
    h.devicePixelRatio = image.devicePixelRatio();
    const std::uint64_t sum = checksum(image.constBits(), image.sizeInBytes());
    out.write(reinterpret_cast<const char*>(&h), sizeof h);
    out.write(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes());
    out.write(reinterpret_cast<const char*>(&sum), sizeof sum);
    if (!out.commit())
        return QStringLiteral("%1: %2").arg(file, out.errorString());
    return {};
}

QString defaultFile() {
    if (qEnvironmentVariable("TPF_FRAME_CACHE") == QLatin1String("0"))
        return {};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/first-frame.bin");
}

} // namespace tpf::gui::firstframe
