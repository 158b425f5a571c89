// History files: CSV/JSON exports through QSaveFile, JSON imports that are all or nothing, and
// the one-page-per-point PDF self-care plan.

#include "app/Extras.h"
#include "core/history/exchange.h"
#include "core/loader.h"
#include "core/referral.h"
#include "core/safety/load.h"
#include "gui/history/HistoryExport.h"
#include "gui/history/PlanPdf.h"

#include <QDir>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tpf;
using namespace tpf::gui;
using history::EndReason;
using history::PointRef;

namespace {

const qint64 kStart = 1'793'000'000'000;
const PointRef kTrap{"upper_trapezius.1", Side::Left};

const Database& tinyDb() {
    static const Database db = [] {
        auto r = loadDatabase(TPF_TEST_DATA_DIR "/tiny");
        REQUIRE(r.ok());
        return *r.database;
    }();
    return db;
}

history::Records sample() {
    history::SessionRecord r;
    r.id = 3;
    r.start_ms = kStart;
    r.end_ms = kStart + 600'000;
    r.end_reason = EndReason::Completed;
    r.points = {kTrap};
    r.phases_completed = 4;
    r.holds = {{kTrap, kStart + 60'000, 6, 7}, {kTrap, kStart + 120'000, 5, 4}};
    r.notes = "desk day, \"tight\"";
    return {r};
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

int pdfPageCount(const QString& path) {
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess p;
        p.start(pdfinfo, {path});
        REQUIRE(p.waitForFinished());
        auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                     .match(QString::fromUtf8(p.readAllStandardOutput()));
        REQUIRE(m.hasMatch());
        return m.captured(1).toInt();
    }
    // Without poppler-utils: count page objects (not the /Pages tree node).
    return int(
        QString::fromLatin1(readAll(path)).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

} // namespace

TEST_CASE("history export: CSV and JSON files read back to the same records", "[history][export]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("history.csv"));
    const QString json = dir.filePath(QStringLiteral("history.json"));
    REQUIRE(exportCsv(csv, sample()).isEmpty());
    REQUIRE(exportJson(json, sample(), kStart + 86'400'000).isEmpty());
    const QByteArray csvBytes = readAll(csv);
    const QByteArray jsonBytes = readAll(json);
    CHECK(*history::fromCsv(csvBytes.toStdString(), "history.csv").records == sample());
    CHECK(*history::fromJson(jsonBytes.toStdString(), "history.json").records == sample());
}

TEST_CASE("history export: an unwritable place is reported with the file name", "[history][export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/history.csv"));
    QString error = exportCsv(path, sample());
    CHECK(error.contains(QDir::toNativeSeparators(path)));
}

TEST_CASE("history export: a failed save leaves the previous file intact", "[history][export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    REQUIRE(exportJson(path, sample(), kStart).isEmpty());
    const QByteArray before = readAll(path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner); // no new files here
    QString error = exportJson(path, {}, kStart);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (error.isEmpty())
        SUCCEED("running as root: directory permissions are not enforced");
    else
        CHECK(readAll(path) == before);
}

TEST_CASE("history import: a good JSON file is added to the store", "[history][export]") {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("history.json"));
    REQUIRE(exportJson(json, sample(), kStart).isEmpty());
    HistoryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("h.sqlite"))).isEmpty());
    auto result = importJson(json, store, &tinyDb());
    REQUIRE(result.ok());
    CHECK(result.value->imported == 1);
    auto all = store.loadAll();
    REQUIRE(all.value->size() == 1);
    CHECK(all.value->front().holds == sample().front().holds);
    CHECK(all.value->front().notes == sample().front().notes);
}

TEST_CASE("history import: a bad JSON file imports nothing and lists every problem with its path",
          "[history][export]") {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("bad.json"));
    QByteArray text = QByteArray::fromStdString(history::toJson(sample(), kStart));
    text.replace("\"tenderness\": 7", "\"tenderness\": 17");
    text.replace("\"side\": \"left\",\n          \"time\"", "\"side\": \"up\",\n          \"time\"");
    REQUIRE(saveFileAtomically(json, text).isEmpty());
    HistoryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("h.sqlite"))).isEmpty());
    auto result = importJson(json, store);
    CHECK_FALSE(result.ok());
    INFO(result.error.toStdString());
    CHECK(result.error.startsWith(QStringLiteral("Nothing was imported")));
    CHECK(result.error.contains(QStringLiteral("/sessions/0/holds/0/tenderness")));
    CHECK(result.error.contains(QStringLiteral("/sessions/0/holds/0/side")));
    CHECK(store.loadAll().value->empty());
}

TEST_CASE("plan PDF: one page per chosen point", "[history][export][pdf]") {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    auto safety = safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(safety.ok());
    ReferralEngine engine(tinyDb());
    const std::vector<PointRef> points = {
        kTrap, {"temporalis.1", Side::Right}, {"sternalis.1", Side::Midline}};
    PlanPdfOptions options;
    options.dateText = QStringLiteral("21 November 2026");
    REQUIRE(writeSelfCarePlan(pdf, tinyDb(), engine, *safety.rules, points, options).isEmpty());
    CHECK(readAll(pdf).startsWith("%PDF"));
    CHECK(pdfPageCount(pdf) == 3);
    if (qEnvironmentVariableIsSet("TPF_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("TPF_KEEP_PDF"));
}

TEST_CASE("plan printing: the extras module's printer prints the plan on A4, one page per point",
          "[history][export][pdf][extras]") {
    // File > Print self-care plan: the printer comes from the extras module (Qt PrintSupport is not
    // linked by the app); its "print to file" shows what a printer would get.
    resetExtrasForTesting();
    ExtrasApi* api = extras();
    REQUIRE(api != nullptr);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    const std::unique_ptr<QPagedPaintDevice> printer = api->createPrinter(QStringLiteral("My plan"), pdf);
    REQUIRE(printer != nullptr);
    const QPageLayout layout = printer->pageLayout();
    CHECK(layout.pageSize().id() == QPageSize::A4);
    CHECK(layout.margins(QPageLayout::Millimeter) == QMarginsF(15, 15, 15, 15));
    auto safety = safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(safety.ok());
    ReferralEngine engine(tinyDb());
    QPainter painter;
    REQUIRE(painter.begin(printer.get()));
    CHECK(paintSelfCarePlan(painter, *printer, tinyDb(), engine, *safety.rules,
                            {kTrap, {"temporalis.1", Side::Right}})
              .isEmpty());
    REQUIRE(painter.end());
    CHECK(readAll(pdf).startsWith("%PDF"));
    CHECK(pdfPageCount(pdf) == 2);
}

TEST_CASE("plan PDF: an unknown point or no points is refused before anything is written",
          "[history][export][pdf]") {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    auto safety = safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(safety.ok());
    ReferralEngine engine(tinyDb());
    CHECK(writeSelfCarePlan(pdf, tinyDb(), engine, *safety.rules, {{"no_such.1", Side::Left}})
              .contains(QStringLiteral("no_such.1")));
    CHECK_FALSE(writeSelfCarePlan(pdf, tinyDb(), engine, *safety.rules, {}).isEmpty());
    CHECK_FALSE(QFile::exists(pdf));
}
