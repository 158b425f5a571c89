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

// Runs one statement; on failure returns the driver's message.
QString exec(QSqlQuery& q) { return q.exec() ? QString() : sqlError(q.lastError()); }
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

StoreResult<qint64> HistoryStore::beginSession(qint64 startMs, const std::vector<history::PointRef>& points) {
    StoreResult<qint64> result;
    if (points.empty()) {
        result.error = QStringLiteral("Could not save the new session: it has no trigger points.");
        return result;
    }
    qint64 id = 0;
    result.error = inTransaction(QStringLiteral("save the new session"), [&]() -> QString {
        QSqlDatabase db = QSqlDatabase::database(connection_);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO sessions (start_ms, phases_completed) VALUES (?, 0)"));
        q.addBindValue(startMs);
        if (QString e = exec(q); !e.isEmpty())
            return e;
        id = q.lastInsertId().toLongLong();
        QSqlQuery p(db);
        p.prepare(QStringLiteral(
            "INSERT INTO session_points (session_id, position, trigger_point, side) VALUES (?, ?, ?, ?)"));
        for (std::size_t i = 0; i < points.size(); ++i) {
            p.addBindValue(id);
            p.addBindValue(int(i));
            p.addBindValue(text(points[i].trigger_point));
            p.addBindValue(sideText(points[i].side));
            if (QString e = exec(p); !e.isEmpty())
                return e;
        }
        return {};
    });
    if (result.error.isEmpty()) {
        result.value = id;
        emit changed();
    }
    return result;
}

QString HistoryStore::recordHold(qint64 sessionId, const history::HoldRecord& hold) {
    QString error = inTransaction(QStringLiteral("save the hold"), [&]() -> QString {
        QSqlQuery q(QSqlDatabase::database(connection_));
        q.prepare(
            QStringLiteral("INSERT INTO holds (session_id, t_ms, trigger_point, side, pressure, tenderness) "
                           "SELECT id, ?, ?, ?, ?, ? FROM sessions WHERE id = ? AND end_ms IS NULL"));
        q.addBindValue(qint64(hold.time_ms));
        q.addBindValue(text(hold.point.trigger_point));
        q.addBindValue(sideText(hold.point.side));
        q.addBindValue(optionalInt(hold.pressure));
        q.addBindValue(optionalInt(hold.tenderness));
        q.addBindValue(sessionId);
        if (QString e = exec(q); !e.isEmpty())
            return e;
        return q.numRowsAffected() == 1 ? QString()
                                        : QStringLiteral("session %1 is not running").arg(sessionId);
    });
    if (error.isEmpty())
        emit changed();
    return error;
}

QString HistoryStore::recordPhaseCompleted(qint64 sessionId) {
    QString error = inTransaction(QStringLiteral("save the finished phase"), [&]() -> QString {
        QSqlQuery q(QSqlDatabase::database(connection_));
        q.prepare(QStringLiteral(
            "UPDATE sessions SET phases_completed = phases_completed + 1 WHERE id = ? AND end_ms IS NULL"));
        q.addBindValue(sessionId);
        if (QString e = exec(q); !e.isEmpty())
            return e;
        return q.numRowsAffected() == 1 ? QString()
                                        : QStringLiteral("session %1 is not running").arg(sessionId);
    });
    if (error.isEmpty())
        emit changed();
    return error;
}

QString HistoryStore::endSession(qint64 sessionId, qint64 endMs, history::EndReason reason) {
    QString error = inTransaction(QStringLiteral("save the end of the session"), [&]() -> QString {
        QSqlQuery q(QSqlDatabase::database(connection_));
        q.prepare(QStringLiteral("UPDATE sessions SET end_ms = ?, end_reason = ? WHERE id = ? AND end_ms IS "
                                 "NULL AND start_ms <= ?"));
        q.addBindValue(endMs);
        q.addBindValue(text(std::string(history::toString(reason))));
        q.addBindValue(sessionId);
        q.addBindValue(endMs);
        if (QString e = exec(q); !e.isEmpty())
            return e;
        return q.numRowsAffected() == 1
                   ? QString()
                   : QStringLiteral("session %1 is not running or started after %2")
                         .arg(sessionId)
                         .arg(QDateTime::fromMSecsSinceEpoch(endMs).toString(Qt::ISODate));
    });
    if (error.isEmpty())
        emit changed();
    return error;
}

QString HistoryStore::setNotes(qint64 sessionId, const QString& notes) {
    QString error = inTransaction(QStringLiteral("save the notes"), [&]() -> QString {
        QSqlQuery q(QSqlDatabase::database(connection_));
        q.prepare(QStringLiteral("UPDATE sessions SET notes = ? WHERE id = ?"));
        q.addBindValue(notes);
        q.addBindValue(sessionId);
        if (QString e = exec(q); !e.isEmpty())
            return e;
        return q.numRowsAffected() == 1 ? QString() : QStringLiteral("there is no session %1").arg(sessionId);
    });
    if (error.isEmpty())
        emit changed();
    return error;
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
    result.error = inTransaction(QStringLiteral("import the sessions"), [&]() -> QString {
        QSqlDatabase db = QSqlDatabase::database(connection_);
        for (const history::SessionRecord& r : records) {
            const bool duplicate =
                std::any_of(existing.value->begin(), existing.value->end(),
                            [&](const auto& e) { return e.start_ms == r.start_ms && e.points == r.points; });
            if (duplicate) {
                ++summary.skipped;
                continue;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO sessions (start_ms, end_ms, end_reason, phases_completed, "
                                     "notes) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(qint64(r.start_ms));
            q.addBindValue(r.end_ms ? QVariant(qint64(*r.end_ms)) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(r.end_reason ? QVariant(text(std::string(history::toString(*r.end_reason))))
                                        : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(r.phases_completed);
            q.addBindValue(text(r.notes));
            if (QString e = exec(q); !e.isEmpty())
                return e;
            const qint64 id = q.lastInsertId().toLongLong();
            QSqlQuery p(db);
            p.prepare(QStringLiteral("INSERT INTO session_points (session_id, position, trigger_point, side) "
                                     "VALUES (?, ?, ?, ?)"));
            for (std::size_t i = 0; i < r.points.size(); ++i) {
                p.addBindValue(id);
                p.addBindValue(int(i));
                p.addBindValue(text(r.points[i].trigger_point));
                p.addBindValue(sideText(r.points[i].side));
                if (QString e = exec(p); !e.isEmpty())
                    return e;
            }
            QSqlQuery h(db);
            h.prepare(QStringLiteral("INSERT INTO holds (session_id, t_ms, trigger_point, side, pressure, "
                                     "tenderness) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const history::HoldRecord& hold : r.holds) {
                h.addBindValue(id);
                h.addBindValue(qint64(hold.time_ms));
                h.addBindValue(text(hold.point.trigger_point));
                h.addBindValue(sideText(hold.point.side));
                h.addBindValue(optionalInt(hold.pressure));
                h.addBindValue(optionalInt(hold.tenderness));
                if (QString e = exec(h); !e.isEmpty())
                    return e;
            }
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
