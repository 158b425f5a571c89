#pragma once
// History files the user saves or opens: CSV and JSON exports written through QSaveFile (a failed
// write never leaves a half-written file behind), and JSON imports that add all sessions or none.

#include "core/history/records.h"
#include "gui/history/HistoryStore.h"

#include <QString>

namespace tpf {
struct Database;
}

namespace tpf::gui {

// Writes `bytes` to `path` atomically; returns an error message naming the file, or empty.
QString saveFileAtomically(const QString& path, const QByteArray& bytes);

QString exportCsv(const QString& path, const history::Records& records);
QString exportJson(const QString& path, const history::Records& records, qint64 exportedAtMs);

// Reads a JSON export and adds its sessions to `store`. On any problem nothing is imported and
// the error lists every problem ("file:/sessions/3/holds/0/tenderness: rating 11 outside 0-10").
StoreResult<ImportSummary> importJson(const QString& path, HistoryStore& store,
                                      const Database* known = nullptr);

} // namespace tpf::gui
