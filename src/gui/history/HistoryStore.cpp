#include "gui/history/HistoryStore.h"

#include "core/history/sql_schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <atomic>

namespace tpf::gui {
namespace {

namespace sql = history::sql;

QString text(const std::string& s) { return QString::fromStdString(s); }
QString sqlError(const QSqlError& e) {
    QString t = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return t.isEmpty() ? QStringLiteral("unknown database error") : t;
}
QVariant optionalInt(const std::optional<int>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}
QString sideText(Side s) { return text(std::string(tpf::toString(s))); }

// Binds `values` to the prepared statement's positional placeholders, in order, and runs it once;
// on failure returns the driver's message. A statement prepared once can be run for many rows.
QString run(QSqlQuery& q, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    return q.exec() ? QString() : sqlError(q.lastError());
}
// Prepares `statement` on `q`; on failure returns the driver's message.
QString prepare(QSqlQuery& q, const QString& statement) {
    return q.prepare(statement) ? QString() : sqlError(q.lastError());
}
// Prepares and runs a statement that must change exactly one row (an UPDATE, or an INSERT ... SELECT
// guarded by a WHERE); when it changes none, returns `missing`.
QString runOnOneRow(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values,
                    const QString& missing) {
    QSqlQuery q(db);
    if (QString e = prepare(q, statement); !e.isEmpty())
        return e;
    if (QString e = run(q, values); !e.isEmpty())
        return e;
    return q.numRowsAffected() == 1 ? QString() : missing;
}
// Inserts a session's points in order, under `sessionId`.
QString insertPoints(const QSqlDatabase& db, qint64 sessionId, const std::vector<history::PointRef>& points) {
    QSqlQuery p(db);
    if (QString e =
            prepare(p, QStringLiteral("INSERT INTO session_points (session_id, position, trigger_point, "
                                      "side) VALUES (?, ?, ?, ?)"));
        !e.isEmpty())
        return e;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (QString e = run(p, {sessionId, int(i), text(points[i].trigger_point), sideText(points[i].side)});
            !e.isEmpty())
            return e;
    return {};
}
// Runs one unprepared statement (schema and pragmas); on failure returns the driver's message.
QString exec(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery q(db);
    return q.exec(statement) ? QString() : sqlError(q.lastError());
}
std::optional<QString> pragma(const QSqlDatabase& db, const QString& statement, QString& error) {
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next()) {
        error = sqlError(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toString();
}

} // namespace

HistoryStore::HistoryStore(QObject* parent) : QObject(parent) {
    static std::atomic<int> counter{0};
    connection_ = QStringLiteral("tpf-history-%1").arg(++counter);
    nowMs_ = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

HistoryStore::~HistoryStore() { close(); }

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           QLatin1String(sql::kFileName);
}

bool HistoryStore::isOpen() const {
    return QSqlDatabase::contains(connection_) && QSqlDatabase::database(connection_, false).isOpen();
}

void HistoryStore::close() {
    // A store that outlives the application (a static in a test, say) must not touch Qt SQL: its
    // connection registry is a global that is already gone during static destruction.
    if (QCoreApplication::instance() == nullptr)
        return;
    if (!QSqlDatabase::contains(connection_))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

int HistoryStore::schemaVersion() const {
    if (!isOpen())
        return 0;
    QString error;
    return pragma(QSqlDatabase::database(connection_), QStringLiteral("PRAGMA user_version"), error)
        .value_or("0")
        .toInt();
}

// Opens and checks the file. On failure returns why; `unreadable` says whether the file itself is
// the problem (then it is moved aside) rather than, say, a newer schema we must not touch.
QString HistoryStore::openFile(const QString& path, QString& unreadableWhy) {
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.setDatabaseName(path);
    if (!db.open()) {
        unreadableWhy = sqlError(db.lastError());
        return unreadableWhy;
    }
    QString error;
    // quick_check reads every page: a damaged or foreign file fails here, not in the middle of a session.
    auto check = pragma(db, QStringLiteral("PRAGMA quick_check"), error);
    if (!check || *check != QLatin1String("ok")) {
        unreadableWhy = check ? QStringLiteral("the database is damaged (%1)").arg(*check) : error;
        return unreadableWhy;
    }
    // WAL keeps every committed transaction on a crash; synchronous=FULL also keeps it on a power cut.
    auto mode = pragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), error);
    if (!mode || mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("could not switch to write-ahead logging (%1)").arg(mode.value_or(error));
    if (QString e = exec(db, QStringLiteral("PRAGMA synchronous=FULL")); !e.isEmpty())
        return e;
    if (QString e = exec(db, QStringLiteral("PRAGMA foreign_keys=ON")); !e.isEmpty())
        return e;
    auto version = pragma(db, QStringLiteral("PRAGMA user_version"), error);
    if (!version)
        return unreadableWhy = error;
    if (version->toInt() > sql::kSchemaVersion)
        return QStringLiteral("it was written by a newer version of the app (history format %1; this version "
                              "reads up to %2). Update the app to see your history.")
            .arg(*version)
            .arg(sql::kSchemaVersion);
    return migrate();
}

QString HistoryStore::migrate() {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    QString error;
    const int current = pragma(db, QStringLiteral("PRAGMA user_version"), error).value_or("0").toInt();
    for (const sql::Migration& m : sql::migrations()) {
        if (m.to_version <= current)
            continue;
        QString e = inTransaction(QStringLiteral("upgrade the history to format %1").arg(m.to_version), [&] {
            for (const std::string& statement : m.statements)
                if (QString se = exec(db, text(statement)); !se.isEmpty())
                    return se;
            return exec(db, QStringLiteral("PRAGMA user_version=%1").arg(m.to_version));
        });
        if (!e.isEmpty())
            return e;
    }
    return {};
}

QString HistoryStore::moveAside(const QString& path, const QString& why) {
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs_(), Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = path + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    close();
    if (!QFile::rename(path, backup))
        return QStringLiteral(
                   "Your session history %1 could not be read (%2), and it could not be moved aside "
                   "to %3 either, so it was left untouched. Check the folder's permissions.")
            .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(backup));
    // The write-ahead log belongs to the damaged file: keep it with the backup.
    for (const char* suffix : {"-wal", "-shm"})
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), backup + QLatin1String(suffix));
    notice_ =
        QStringLiteral("Your session history could not be read (%1). It was kept as %2, and a new, empty "
                       "history was started.")
            .arg(why, QDir::toNativeSeparators(backup));
    return {};
}

QString HistoryStore::open(const QString& path) {
    notice_.clear();
    path_ = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("Could not create the folder %1 for your session history.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    const bool existed = info.exists();
    QString unreadable;
    QString error = openFile(path, unreadable);
    if (!error.isEmpty() && existed && !unreadable.isEmpty()) {
        if (QString e = moveAside(path, unreadable); !e.isEmpty())
            return e;
        unreadable.clear();
        error = openFile(path, unreadable);
        if (error.isEmpty())
            emit noticeRaised(notice_);
    }
    if (!error.isEmpty()) {
        close();
        return QStringLiteral("Could not open your session history %1: %2")
            .arg(QDir::toNativeSeparators(path), error);
    }
    return {};
}

QString HistoryStore::inTransaction(const QString& what, const std::function<QString()>& work) {
    if (!isOpen())
        return QStringLiteral("Could not %1: the history is not open.").arg(what);
    QSqlDatabase db = QSqlDatabase::database(connection_);
    if (!db.transaction())
        return QStringLiteral("Could not %1: %2 (%3)")
            .arg(what, sqlError(db.lastError()), QDir::toNativeSeparators(path_));
    QString error = work();
    if (error.isEmpty() && !db.commit())
        error = sqlError(db.lastError());
    if (!error.isEmpty()) {
        db.rollback();
        return QStringLiteral("Could not %1: %2 (%3)").arg(what, error, QDir::toNativeSeparators(path_));
    }
    return {};
}

QString HistoryStore::write(const QString& what, const std::function<QString(const QSqlDatabase&)>& work) {
    QString error = inTransaction(what, [&] { return work(QSqlDatabase::database(connection_)); });
    if (error.isEmpty())
        emit changed();
    return error;
}

StoreResult<qint64> HistoryStore::beginSession(qint64 startMs, const std::vector<history::PointRef>& points) {
    StoreResult<qint64> result;
    if (points.empty()) {
        result.error = QStringLiteral("Could not save the new session: it has no trigger points.");
        return result;
    }
    qint64 id = 0;
    result.error = write(QStringLiteral("save the new session"), [&](const QSqlDatabase& db) {
        QSqlQuery q(db);
        if (QString e =
                prepare(q, QStringLiteral("INSERT INTO sessions (start_ms, phases_completed) VALUES (?, 0)"));
            !e.isEmpty())
            return e;
        if (QString e = run(q, {startMs}); !e.isEmpty())
            return e;
        id = q.lastInsertId().toLongLong();
        return insertPoints(db, id, points);
    });
    if (result.error.isEmpty())
        result.value = id;
    return result;
}

QString HistoryStore::recordHold(qint64 sessionId, const history::HoldRecord& hold) {
    return write(QStringLiteral("save the hold"), [&](const QSqlDatabase& db) {
        return runOnOneRow(
            db,
            QStringLiteral("INSERT INTO holds (session_id, t_ms, trigger_point, side, pressure, tenderness) "
                           "SELECT id, ?, ?, ?, ?, ? FROM sessions WHERE id = ? AND end_ms IS NULL"),
            {qint64(hold.time_ms), text(hold.point.trigger_point), sideText(hold.point.side),
             optionalInt(hold.pressure), optionalInt(hold.tenderness), sessionId},
            QStringLiteral("session %1 is not running").arg(sessionId));
    });
}

QString HistoryStore::recordPhaseCompleted(qint64 sessionId) {
    return write(QStringLiteral("save the finished phase"), [&](const QSqlDatabase& db) {
        return runOnOneRow(
            db,
            QStringLiteral("UPDATE sessions SET phases_completed = phases_completed + 1 WHERE id = "
                           "? AND end_ms IS NULL"),
            {sessionId}, QStringLiteral("session %1 is not running").arg(sessionId));
    });
}

QString HistoryStore::endSession(qint64 sessionId, qint64 endMs, history::EndReason reason) {
    return write(QStringLiteral("save the end of the session"), [&](const QSqlDatabase& db) {
        return runOnOneRow(
            db,
            QStringLiteral("UPDATE sessions SET end_ms = ?, end_reason = ? WHERE id = ? AND end_ms "
                           "IS NULL AND start_ms <= ?"),
            {endMs, text(std::string(history::toString(reason))), sessionId, endMs},
            QStringLiteral("session %1 is not running or started after %2")
                .arg(sessionId)
                .arg(QDateTime::fromMSecsSinceEpoch(endMs).toString(Qt::ISODate)));
    });
}

QString HistoryStore::setNotes(qint64 sessionId, const QString& notes) {
    return write(QStringLiteral("save the notes"), [&](const QSqlDatabase& db) {
        return runOnOneRow(db, QStringLiteral("UPDATE sessions SET notes = ? WHERE id = ?"),
                           {notes, sessionId}, QStringLiteral("there is no session %1").arg(sessionId));
    });
}

StoreResult<history::Records> HistoryStore::loadAll() const {
    StoreResult<history::Records> result;
    if (!isOpen()) {
        result.error = QStringLiteral("Could not read the history: it is not open.");
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(connection_);
    sql::RecordAssembler assembler;
    auto optional64 = [](const QVariant& v) {
        return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
    };
    auto optional32 = [](const QVariant& v) {
        return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto fail = [&](const QSqlQuery& query) {
        result.error = QStringLiteral("Could not read the history %1: %2")
                           .arg(QDir::toNativeSeparators(path_), sqlError(query.lastError()));
        return result;
    };
    if (!q.exec(text(sql::selectSessions(schemaVersion()))))
        return fail(q);
    while (q.next())
        assembler.session(q.value(0).toLongLong(), q.value(1).toLongLong(), optional64(q.value(2)),
                          q.value(3).isNull()
                              ? std::nullopt
                              : std::optional<std::string>(q.value(3).toString().toStdString()),
                          q.value(4).toInt(), q.value(5).toString().toStdString());
    if (!q.exec(text(sql::selectPoints())))
        return fail(q);
    while (q.next())
        assembler.point(q.value(0).toLongLong(), q.value(1).toString().toStdString(),
                        q.value(2).toString().toStdString());
    if (!q.exec(text(sql::selectHolds())))
        return fail(q);
    while (q.next())
        assembler.hold(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString().toStdString(),
                       q.value(3).toString().toStdString(), optional32(q.value(4)), optional32(q.value(5)));
    if (!assembler.problems().empty()) {
        result.error = QStringLiteral("The history %1 has rows that cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path_), text(assembler.problems().front()));
        return result;
    }
    result.value = assembler.take();
    return result;
}

StoreResult<ImportSummary> HistoryStore::importRecords(const history::Records& records) {
    StoreResult<ImportSummary> result;
    ImportSummary summary;
    auto existing = loadAll();
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    // write() would announce a change even when every session was already there.
    result.error = inTransaction(QStringLiteral("import the sessions"), [&]() -> QString {
        const QSqlDatabase db = QSqlDatabase::database(connection_);
        QSqlQuery session(db);
        QSqlQuery hold(db);
        if (QString e = prepare(session, QStringLiteral("INSERT INTO sessions (start_ms, end_ms, end_reason, "
                                                        "phases_completed, notes) VALUES (?, ?, ?, ?, ?)"));
            !e.isEmpty())
            return e;
        if (QString e =
                prepare(hold, QStringLiteral("INSERT INTO holds (session_id, t_ms, trigger_point, side, "
                                             "pressure, tenderness) VALUES (?, ?, ?, ?, ?, ?)"));
            !e.isEmpty())
            return e;
        for (const history::SessionRecord& r : records) {
            const bool duplicate =
                std::any_of(existing.value->begin(), existing.value->end(),
                            [&](const auto& e) { return e.start_ms == r.start_ms && e.points == r.points; });
            if (duplicate) {
                ++summary.skipped;
                continue;
            }
            const QVariant endMs =
                r.end_ms ? QVariant(qint64(*r.end_ms)) : QVariant(QMetaType::fromType<qint64>());
            const QVariant endReason = r.end_reason
                                           ? QVariant(text(std::string(history::toString(*r.end_reason))))
                                           : QVariant(QMetaType::fromType<QString>());
            if (QString e =
                    run(session, {qint64(r.start_ms), endMs, endReason, r.phases_completed, text(r.notes)});
                !e.isEmpty())
                return e;
            const qint64 id = session.lastInsertId().toLongLong();
            if (QString e = insertPoints(db, id, r.points); !e.isEmpty())
                return e;
            for (const history::HoldRecord& h : r.holds)
                if (QString e =
                        run(hold, {id, qint64(h.time_ms), text(h.point.trigger_point), sideText(h.point.side),
                                   optionalInt(h.pressure), optionalInt(h.tenderness)});
                    !e.isEmpty())
                    return e;
            ++summary.imported;
        }
        return {};
    });
    if (result.error.isEmpty()) {
        result.value = summary;
        if (summary.imported > 0)
            emit changed();
    }
    return result;
}

} // namespace tpf::gui
