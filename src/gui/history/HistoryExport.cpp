#include "gui/history/HistoryExport.h"

#include "core/history/exchange.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace tpf::gui {

QString saveFileAtomically(const QString& path, const QByteArray& bytes) {
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Could not write %1: %2").arg(where, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QStringLiteral("Could not write %1: %2").arg(where, why);
    }
    if (!file.commit())
        return QStringLiteral("Could not save %1: %2").arg(where, file.errorString());
    return {};
}

QString exportCsv(const QString& path, const history::Records& records) {
    return saveFileAtomically(path, QByteArray::fromStdString(history::toCsv(records)));
}

QString exportJson(const QString& path, const history::Records& records, qint64 exportedAtMs) {
    return saveFileAtomically(path, QByteArray::fromStdString(history::toJson(records, exportedAtMs)));
}

StoreResult<ImportSummary> importJson(const QString& path, HistoryStore& store, const Database* known) {
    StoreResult<ImportSummary> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            QStringLiteral("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    auto parsed = history::fromJson(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                    QDir::toNativeSeparators(path).toStdString(), known);
    if (!parsed.ok()) {
        QStringList lines;
        for (const Problem& p : parsed.problems)
            lines << QString::fromStdString(p.toString());
        result.error = QStringLiteral("Nothing was imported: %1 has %2 problem(s).\n%3")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(lines.size())
                           .arg(lines.join(QLatin1Char('\n')));
        return result;
    }
    return store.importRecords(*parsed.records);
}

} // namespace tpf::gui
