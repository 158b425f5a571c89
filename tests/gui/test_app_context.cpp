// Loading the data: problems are reported to the user, never a crash; export uses the renderer.
#include "app/MapExport.h"
#include "support.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

void copy(const QString& from, const QString& to) { REQUIRE(QFile::copy(from, to)); }
QString fixtureFile(const char* name) {
    return QStringLiteral(TPF_GUI_FIXTURE_DIR "/") + QLatin1String(name);
}

} // namespace

TEST_CASE("The fixture data loads with engines and the disclaimer", "[context]") {
    AppContext& ctx = fixture();
    REQUIRE(ctx.ok());
    CHECK_FALSE(ctx.database().triggerPoints.empty());
    CHECK_FALSE(ctx.disclaimer().isEmpty());
    CHECK(ctx.regionQuery().resolve("left temple").ok());
}

TEST_CASE("A data directory without muscles.json is reported, not a crash", "[context]") {
    QTemporaryDir dir;
    copy(fixtureFile("body_regions.json"), dir.filePath("body_regions.json"));
    const auto ctx = AppContext::load(dir.path());
    CHECK_FALSE(ctx->ok());
    REQUIRE(ctx->problems().size() == 1);
    CHECK(ctx->problems().front().contains(QStringLiteral("muscles.json")));
    CHECK(ctx->problemReport().contains(QStringLiteral("muscle database is missing")));
}

TEST_CASE("A muscles file with problems lists every problem with its JSON path", "[context]") {
    QTemporaryDir dir;
    copy(fixtureFile("body_regions.json"), dir.filePath("body_regions.json"));
    copy(QStringLiteral(TPF_TEST_DATA_DIR "/broken/muscles_problems.json"), dir.filePath("muscles.json"));
    const auto ctx = AppContext::load(dir.path());
    CHECK_FALSE(ctx->ok());
    CHECK(ctx->problems().size() > 1);
    CHECK(ctx->problems().front().contains(QStringLiteral("muscles.json:/")));
}

TEST_CASE("Missing safety rules are reported: the disclaimer comes from them", "[context]") {
    QTemporaryDir dir;
    copy(fixtureFile("body_regions.json"), dir.filePath("body_regions.json"));
    copy(fixtureFile("muscles.json"), dir.filePath("muscles.json"));
    const auto ctx = AppContext::load(dir.path());
    CHECK_FALSE(ctx->ok());
    CHECK(ctx->problemReport().contains(QStringLiteral("safety.json")));
}

TEST_CASE("A data directory that does not exist is reported", "[context]") {
    const auto ctx = AppContext::load(QStringLiteral("/nonexistent/tpfinder-data"));
    CHECK_FALSE(ctx->ok());
    CHECK(ctx->problemReport().contains(QStringLiteral("/nonexistent/tpfinder-data")));
}

TEST_CASE("Export writes the map as PNG and PDF", "[export]") {
    QTemporaryDir dir;
    BodyMapState state;
    state.selected = {region("temple-right")};
    const QString png = dir.filePath("map.png"), pdf = dir.filePath("map.pdf");
    REQUIRE(exportMap(png, state, db()).isEmpty());
    const QImage image(png);
    CHECK(image.width() > 1000);
    REQUIRE(exportMap(pdf, state, db(), QStringLiteral("Where it hurts: Right temple")).isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK_FALSE(exportMap(dir.filePath("map.bmpx"), state, db()).isEmpty());
}

TEST_CASE("The database is read from its snapshot cache on the next start, never changed by it",
          "[context][snapshot]") {
    QTemporaryDir dir;
    for (const char* name : {"body_regions.json", "muscles.json", "safety.json"})
        copy(fixtureFile(name), dir.filePath(QLatin1String(name)));
    const QString cache = AppContext::databaseCacheFile(dir.path());
    // In the test-mode cache directory, never the user's.
    REQUIRE(cache.contains(QStringLiteral(".qttest")));
    QFile::remove(cache);

    const auto first = AppContext::load(dir.path());
    REQUIRE(first->ok());
    CHECK_FALSE(first->databaseFromCache());
    CHECK(first->cacheNote().contains(QStringLiteral("no snapshot yet")));
    CHECK(QFile::exists(cache));

    const auto second = AppContext::startLoading(dir.path());
    second->finishLoading();
    REQUIRE(second->ok());
    CHECK(second->databaseFromCache());
    CHECK(second->database() == first->database());
    CHECK(second->referral().rank({*second->database().regionIndex("temple-right")}).candidates.size() ==
          first->referral().rank({*first->database().regionIndex("temple-right")}).candidates.size());

    SECTION("a language pack is applied over the cached English database") {
        const QString bundled = QStringLiteral(TPF_SOURCE_DATA_DIR);
        const auto earlier = AppContext::load(bundled, {QStringLiteral("de")}); // writes it if need be
        const auto german = AppContext::load(bundled, {QStringLiteral("de")});
        REQUIRE(german->ok());
        CHECK(german->databaseFromCache());
        CHECK(german->database() == earlier->database());
        CHECK(german->database().region("temple-left")->baseLabel == "Schläfe");
    }
    SECTION("TPF_DATA_CACHE=0 turns it off") {
        qputenv("TPF_DATA_CACHE", "0");
        CHECK(AppContext::databaseCacheFile(dir.path()).isEmpty());
        const auto off = AppContext::load(dir.path());
        qunsetenv("TPF_DATA_CACHE");
        REQUIRE(off->ok());
        CHECK_FALSE(off->databaseFromCache());
        CHECK(off->database() == first->database());
    }
    QFile::remove(cache);
}
