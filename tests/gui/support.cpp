#include "support.h"

#include <QCoreApplication>
#include <QFile>

namespace tpf::gui::test {

AppContext& fixture() {
    static std::unique_ptr<AppContext> ctx = [] {
        auto c = AppContext::load(QStringLiteral(TPF_GUI_FIXTURE_DIR));
        if (!c->ok())
            FAIL(c->problemReport().toStdString());
        return c;
    }();
    return *ctx;
}

const Database& db() { return fixture().database(); }

std::size_t region(std::string_view id) {
    const auto r = db().regionIndex(id);
    INFO("unknown region " << id);
    REQUIRE(r.has_value());
    return *r;
}

std::size_t triggerPoint(std::string_view id) {
    const auto tp = db().triggerPointIndex(id);
    INFO("unknown trigger point " << id);
    REQUIRE(tp.has_value());
    return *tp;
}

QPoint pointIn(const BodyMapWidget& map, std::size_t r) {
    const auto p = map.regionCentre(r);
    REQUIRE(p.has_value());
    return p->toPoint();
}

void clearSettings() {
    QSettings s;
    s.clear();
    s.sync();
}

QByteArray readFileBytes(const QString& path) {
    QFile f(path);
    INFO("cannot read " << path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFileBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    INFO("cannot write " << path.toStdString());
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace tpf::gui::test
