// HistoryStore: the SQLite history file. Session events are committed one by one, a damaged file
// is moved aside (never deleted), old schemas are migrated, and a killed process loses nothing
// it reported as saved.

#include "core/history/sql_schema.h"
#include "gui/history/HistoryStore.h"
#include "support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdio>
#include <set>

using namespace tpf;
using namespace tpf::gui;
using history::EndReason;
using history::HoldRecord;
using history::PointRef;
using test::readFileBytes;
using test::writeFileBytes;

namespace {

const qint64 kStart = 1'793'000'000'000; // 2026-10-26
const PointRef kTrap{"upper_trapezius.1", Side::Left};
const PointRef kLev{"levator_scapulae.1", Side::Right};

// A database as the first release wrote it: schema v1, one finished session.
void createV1Database(const QString& path) {
    const QString name = QStringLiteral("v1-fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const std::string& s : history::sql::migrations().at(0).statements)
            REQUIRE(q.exec(QString::fromStdString(s)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=1")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO sessions (id, start_ms, end_ms, end_reason, phases_completed) "
                                  "VALUES (7, %1, %2, 'completed', 4)")
                       .arg(kStart)
                       .arg(kStart + 600'000)));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO session_points VALUES (7, 0, 'upper_trapezius.1', 'left')")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO holds (session_id, t_ms, trigger_point, side, pressure, tenderness) "
                           "VALUES (7, %1, 'upper_trapezius.1', 'left', 6, 5)")
                .arg(kStart + 60'000)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("history store: a session's events are saved and read back", "[history][store]") {
    QTemporaryDir dir;
    HistoryStore store;
    const QString path = dir.filePath(QStringLiteral("sub/history.sqlite"));
    REQUIRE(store.open(path).isEmpty());
    CHECK(QFile::exists(path));
    CHECK(store.schemaVersion() == history::sql::kSchemaVersion);
    CHECK(store.notice().isEmpty());

    auto begun = store.beginSession(kStart, {kTrap, kLev});
    REQUIRE(begun.ok());
    CHECK(store.recordHold(*begun.value, {kTrap, kStart + 60'000, 6, 7}).isEmpty());
    CHECK(store.recordPhaseCompleted(*begun.value).isEmpty());
    CHECK(store.recordHold(*begun.value, {kLev, kStart + 120'000, std::nullopt, 4}).isEmpty());
    CHECK(store.recordPhaseCompleted(*begun.value).isEmpty());
    CHECK(store.endSession(*begun.value, kStart + 300'000, EndReason::StoppedByUser).isEmpty());

    auto all = store.loadAll();
    REQUIRE(all.ok());
    REQUIRE(all.value->size() == 1);
    const history::SessionRecord& r = all.value->front();
    CHECK(r.id == *begun.value);
    CHECK(r.points == std::vector<PointRef>{kTrap, kLev});
    CHECK(r.phases_completed == 2);
    CHECK(r.end_ms == kStart + 300'000);
    CHECK(r.end_reason == EndReason::StoppedByUser);
    CHECK(r.holds ==
          std::vector<HoldRecord>{{kTrap, kStart + 60'000, 6, 7}, {kLev, kStart + 120'000, std::nullopt, 4}});
}

TEST_CASE("history store: the file uses write-ahead logging", "[history][store]") {
    QTemporaryDir dir;
    HistoryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("history.sqlite"))).isEmpty());
    REQUIRE(store.beginSession(kStart, {kTrap}).ok());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("history.sqlite-wal"))));
}

TEST_CASE("history store: failing writes return a message, not just false", "[history][store]") {
    QTemporaryDir dir;
    HistoryStore store;
    SECTION("not open") {
        QString e = store.recordHold(1, {kTrap, kStart, 5, 5});
        CHECK(e.contains(QStringLiteral("not open")));
    }
    SECTION("after the end, and out of range") {
        REQUIRE(store.open(dir.filePath(QStringLiteral("h.sqlite"))).isEmpty());
        auto id = *store.beginSession(kStart, {kTrap}).value;
        QString range = store.recordHold(id, {kTrap, kStart + 1, 11, 5});
        CHECK_FALSE(range.isEmpty());
        CHECK(range.contains(QStringLiteral("save the hold")));
        REQUIRE(store.endSession(id, kStart + 10, EndReason::Completed).isEmpty());
        CHECK(store.recordHold(id, {kTrap, kStart + 20, 5, 5}).contains(QStringLiteral("not running")));
        CHECK(
            store.endSession(id, kStart + 30, EndReason::Completed).contains(QStringLiteral("not running")));
        CHECK(store.beginSession(kStart, {}).error.contains(QStringLiteral("no trigger points")));
        CHECK(store.loadAll().value->front().holds.empty());
    }
}

TEST_CASE("history store: a damaged file is moved to a timestamped backup and a fresh history starts",
          "[history][store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    writeFileBytes(path, garbage);
    HistoryStore store;
    store.setClock([] { return qint64(1'795'250'400'000); }); // 2026-11-21 08:40:00 UTC
    QSignalSpy notices(&store, &HistoryStore::noticeRaised);
    REQUIRE(store.open(path).isEmpty());
    const QString backup = path + QStringLiteral(".unreadable-20261121-084000");
    REQUIRE(QFile::exists(backup));
    CHECK(readFileBytes(backup) == garbage);
    CHECK(store.notice().contains(QDir::toNativeSeparators(backup)));
    CHECK(store.notice().contains(QStringLiteral("new, empty history")));
    REQUIRE(notices.count() == 1);
    CHECK(notices.at(0).at(0).toString() == store.notice());
    CHECK(store.loadAll().value->empty());
    CHECK(store.beginSession(kStart, {kTrap}).ok());

    SECTION("a second damaged file on the same second gets its own backup name") {
        store.close();
        writeFileBytes(path, garbage);
        REQUIRE(store.open(path).isEmpty());
        CHECK(QFile::exists(backup + QStringLiteral("-2")));
        CHECK(QFile::exists(backup));
    }
}

TEST_CASE("history store: a damaged file with a damaged page is caught on open", "[history][store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store;
        REQUIRE(store.open(path).isEmpty());
        auto id = *store.beginSession(kStart, {kTrap}).value;
        for (int i = 0; i < 200; ++i)
            REQUIRE(store.recordHold(id, {kTrap, kStart + i, 5, 5}).isEmpty());
    }
    QByteArray bytes = readFileBytes(path);
    REQUIRE(bytes.size() > 8192);
    for (int i = 4096 + 100; i < bytes.size() - 100; i += 7)
        bytes[i] = char(0x5a);
    writeFileBytes(path, bytes);
    HistoryStore store;
    REQUIRE(store.open(path).isEmpty());
    CHECK_FALSE(store.notice().isEmpty());
    CHECK(store.loadAll().value->empty());
}

TEST_CASE("history store: a v1 database is migrated to v2 and keeps its sessions", "[history][store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    createV1Database(path);
    HistoryStore store;
    REQUIRE(store.open(path).isEmpty());
    CHECK(store.notice().isEmpty());
    CHECK(store.schemaVersion() == 2);
    auto all = store.loadAll();
    REQUIRE(all.ok());
    REQUIRE(all.value->size() == 1);
    CHECK(all.value->front().id == 7);
    CHECK(all.value->front().notes.empty());
    CHECK(all.value->front().holds.size() == 1);
    REQUIRE(store.setNotes(7, QStringLiteral("better after a warm shower")).isEmpty());
    CHECK(store.loadAll().value->front().notes == "better after a warm shower");
    {
        // The v2 index exists.
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("index-check"));
        check.setDatabaseName(path);
        REQUIRE(check.open());
        QSqlQuery iq(check);
        REQUIRE(iq.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type='index' AND name='holds_by_point'")));
        CHECK(iq.next());
        check.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("index-check"));
}

TEST_CASE("history store: a file from a newer app version is refused and left untouched",
          "[history][store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    createV1Database(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    HistoryStore store;
    QString error = store.open(path);
    CHECK(error.contains(QStringLiteral("newer version")));
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(store.isOpen());
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.unreadable-*")}).isEmpty());
}

TEST_CASE("history store: a folder that cannot be created is reported", "[history][store]") {
    QTemporaryDir dir;
    writeFileBytes(dir.filePath(QStringLiteral("file")), "x");
    HistoryStore store;
    QString error = store.open(dir.filePath(QStringLiteral("file/history.sqlite")));
    CHECK(error.contains(QStringLiteral("Could not create the folder")));
}

TEST_CASE("history store: two stores keep separate connections", "[history][store]") {
    QTemporaryDir dir;
    HistoryStore a, b;
    REQUIRE(a.open(dir.filePath(QStringLiteral("a.sqlite"))).isEmpty());
    REQUIRE(b.open(dir.filePath(QStringLiteral("b.sqlite"))).isEmpty());
    REQUIRE(a.beginSession(kStart, {kTrap}).ok());
    CHECK(a.loadAll().value->size() == 1);
    CHECK(b.loadAll().value->empty());
}

TEST_CASE("history store: an import is all or nothing and skips sessions already there", "[history][store]") {
    QTemporaryDir dir;
    HistoryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("h.sqlite"))).isEmpty());
    history::SessionRecord r;
    r.start_ms = kStart;
    r.end_ms = kStart + 1000;
    r.end_reason = EndReason::Completed;
    r.points = {kTrap};
    r.holds = {{kTrap, kStart + 500, 5, 4}};
    r.notes = "imported";
    auto first = store.importRecords({r});
    REQUIRE(first.ok());
    CHECK(first.value->imported == 1);
    auto again = store.importRecords({r});
    REQUIRE(again.ok());
    CHECK(again.value->skipped == 1);

    history::SessionRecord bad = r;
    bad.start_ms += 5000;
    bad.holds[0].tenderness = 12; // refused by the schema
    history::SessionRecord good = r;
    good.start_ms += 10'000;
    auto failed = store.importRecords({good, bad});
    CHECK_FALSE(failed.ok());
    CHECK(failed.error.contains(QStringLiteral("import")));
    CHECK(store.loadAll().value->size() == 1);
}

// ---- kill -9 ----

// The child half of the crash test: runs only when the parent sets the variable. Writes holds as
// fast as it can and prints one line per hold after its transaction committed.
TEST_CASE("history store crash child", "[.history-crash-child]") {
    const QString path = qEnvironmentVariable("TPF_HISTORY_CRASH_DB");
    if (path.isEmpty())
        return;
    HistoryStore store;
    REQUIRE(store.open(path).isEmpty());
    auto id = store.beginSession(kStart, {kTrap, kLev});
    REQUIRE(id.ok());
    std::printf("session %lld\n", static_cast<long long>(*id.value));
    std::fflush(stdout);
    for (int n = 1; n < 1'000'000; ++n) {
        const PointRef& p = n % 2 ? kTrap : kLev;
        REQUIRE(store.recordHold(*id.value, {p, kStart + n, n % 11, (n * 7) % 11}).isEmpty());
        if (n % 5 == 0)
            REQUIRE(store.recordPhaseCompleted(*id.value).isEmpty());
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}

TEST_CASE("history store: after kill -9 mid-session every hold reported as committed is there",
          "[history][store][crash]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TPF_HISTORY_CRASH_DB"), path);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.history-crash-child]")});
    REQUIRE(child.waitForStarted());

    QByteArray out;
    // Let it write a good number of holds, then kill it in the middle of whatever it is doing.
    while (out.count("committed") < 40 && child.state() == QProcess::Running)
        if (child.waitForReadyRead(30'000))
            out += child.readAllStandardOutput();
        else
            break;
    INFO("child stderr: " << child.readAllStandardError().toStdString());
    REQUIRE(out.count("committed") >= 40);
    child.kill(); // SIGKILL
    REQUIRE(child.waitForFinished(30'000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    out += child.readAllStandardOutput();

    std::set<int> reported;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("committed "))
            reported.insert(line.mid(10).toInt());
    REQUIRE(reported.size() >= 40);

    HistoryStore store;
    REQUIRE(store.open(path).isEmpty());
    CHECK(store.notice().isEmpty()); // the file survived intact
    auto all = store.loadAll();
    REQUIRE(all.ok());
    REQUIRE(all.value->size() == 1);
    const history::SessionRecord& s = all.value->front();
    CHECK_FALSE(s.end_reason.has_value()); // never ended
    std::set<int> saved;
    for (const HoldRecord& h : s.holds)
        saved.insert(int(h.time_ms - kStart));
    for (int n : reported) {
        INFO("hold " << n);
        CHECK(saved.count(n) == 1);
    }
    CHECK(s.holds.size() >= reported.size());
    CHECK(s.phases_completed >= int(*reported.rbegin() / 5));
}
