#pragma once
// The one place session history is saved: a SQLite file (Qt SQL, QSQLITE) in AppDataLocation.
// Every session event is written in its own transaction as it happens, so a crash or power cut
// loses at most the phase in progress. A file that cannot be read is moved aside to a
// timestamped backup (never deleted) and a fresh history is started; the user is told why.
// Every operation that can fail returns the message to show, never a bare bool.

#include "core/history/records.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace tpf::gui {

template <class T> struct StoreResult {
    std::optional<T> value; // set on success
    QString error;          // what went wrong, in words the user can act on
    bool ok() const { return value.has_value(); }
};

struct ImportSummary {
    int imported = 0;
    int skipped = 0; // already in the history (same start time and points)
};

class HistoryStore : public QObject {
    Q_OBJECT
public:
    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();

    // Opens `path` (creating the folder and file, migrating older schemas). A file that is not a
    // readable history is moved aside and replaced by an empty one: then it succeeds, and
    // notice() and the noticeRaised signal carry the message. Returns an error when nothing usable
    // could be opened (folder not writable, a file from a newer app version, the backup failed).
    QString open(const QString& path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const { return path_; }
    QString notice() const { return notice_; }
    int schemaVersion() const; // 0 when closed

    // Backup names use this clock (tests pass a fixed one).
    void setClock(std::function<qint64()> nowMs) { nowMs_ = std::move(nowMs); }

    // ---- a running session: one transaction per call ----
    StoreResult<qint64> beginSession(qint64 startMs, const std::vector<history::PointRef>& points);
    QString recordHold(qint64 sessionId, const history::HoldRecord& hold);
    QString recordPhaseCompleted(qint64 sessionId);
    QString endSession(qint64 sessionId, qint64 endMs, history::EndReason reason);
    QString setNotes(qint64 sessionId, const QString& notes);

    // ---- reading and bulk changes ----
    StoreResult<history::Records> loadAll() const;
    // All or nothing, in one transaction: sessions already present are skipped.
    StoreResult<ImportSummary> importRecords(const history::Records& records);

signals:
    void noticeRaised(const QString& message);
    void changed(); // after every successful write

private:
    QString connection_;
    QString path_;
    QString notice_;
    std::function<qint64()> nowMs_;

    QString openFile(const QString& path, QString& detail);
    QString moveAside(const QString& path, const QString& why);
    QString migrate();
    QString inTransaction(const QString& what, const std::function<QString()>& work);
    // One write: `work` in a transaction on the open database, then changed() if it succeeded.
    QString write(const QString& what, const std::function<QString(const QSqlDatabase&)>& work);
};

} // namespace tpf::gui
