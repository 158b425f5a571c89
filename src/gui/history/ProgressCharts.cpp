#include "gui/history/ProgressCharts.h"

#include "core/history/days.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QStringList>

namespace tpf::gui {

QString shortDate(std::int64_t localDay) {
    const history::CivilDate d = history::civilFromDays(localDay);
    return QLocale().toString(QDate(d.year, d.month, d.day), QStringLiteral("d MMM"));
}

QString describeTenderness(const history::PointTrend& trend) {
    QStringList parts;
    for (const history::DayValue& v : trend.tenderness_by_day)
        parts << QStringLiteral("%1: %2").arg(shortDate(v.day), QLocale().toString(v.value, 'g', 2));
    return parts.isEmpty() ? QObject::tr("No tenderness ratings yet.")
                           : QObject::tr("Tenderness at the start of each day's session: %1.")
                                 .arg(parts.join(QStringLiteral(", ")));
}

} // namespace tpf::gui
