// The two progress charts (Qt Charts) as functions of their data. Part of the extras module
// (app/Extras.h), so the app does not load Qt Charts and OpenGL at launch.
#include "core/history/days.h"
#include "extras/ExtrasParts.h"
#include "settings/Colours.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace tpf::gui::ext {
namespace {

qreal dayX(std::int64_t day, int offset) { return qreal(history::dayStartMs(day, offset)); }

void styleChart(QChart* chart, const QString& title) {
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace

QChart* makeTendernessChart(const history::PointTrend& trend, const QString& pointLabel, int releasedLow,
                            int releasedHigh, int utcOffsetMinutes, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, QObject::tr("Tenderness of %1").arg(pointLabel));

    // Ticks fall on local midnights every `step` days, at most 8 of them, with a day of margin
    // each side; points sit on the midnight that starts their day, so each lines up with its date.
    const std::int64_t firstData = trend.sessions.empty() ? 0 : trend.sessions.front().day;
    const std::int64_t lastData = trend.sessions.empty() ? 0 : trend.sessions.back().day;
    const std::int64_t firstDay = firstData - 1;
    const std::int64_t span = std::max<std::int64_t>(lastData + 1 - firstDay, 7);
    const std::int64_t step = (span + 7) / 8;
    const std::int64_t ticks = (span + step - 1) / step;
    const qreal xMin = qreal(history::dayStartMs(firstDay, utcOffsetMinutes));
    const qreal xMax = qreal(history::dayStartMs(firstDay + ticks * step, utcOffsetMinutes));

    auto* low = new QLineSeries;
    auto* high = new QLineSeries;
    low->append(xMin, releasedLow);
    low->append(xMax, releasedLow);
    high->append(xMin, releasedHigh);
    high->append(xMax, releasedHigh);
    auto* band = new QAreaSeries(high, low);
    // QAreaSeries does not take ownership of its boundary series: the band does, so they go with it.
    low->setParent(band);
    high->setParent(band);
    band->setName(QObject::tr("Released (%1–%2 out of 10)").arg(releasedLow).arg(releasedHigh));
    band->setObjectName(QStringLiteral("releasedBand"));
    chart->addSeries(band);

    // The first rating of each day's sessions, and the rating after the session.
    const auto addDays = [&](const QString& name, const char* objectName,
                             const std::vector<history::DayValue>& values) {
        auto* series = new QLineSeries;
        series->setName(name);
        for (const history::DayValue& v : values)
            series->append(dayX(v.day, utcOffsetMinutes), v.value);
        series->setPointsVisible(true);
        series->setObjectName(QString::fromLatin1(objectName));
        chart->addSeries(series);
    };
    addDays(QObject::tr("Tenderness at the start of the session"), "tendernessBefore",
            trend.tenderness_by_day);
    addDays(QObject::tr("After the session"), "tendernessAfter", trend.after_by_day);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xMin)), QDateTime::fromMSecsSinceEpoch(qint64(xMax)));
    x->setTickCount(int(ticks + 1));
    x->setTitleText(QObject::tr("Day"));
    auto* y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setMinorTickCount(1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(QObject::tr("Tenderness (0–10)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    applyChartColours(chart, palette);
    return chart;
}

QChart* makeSessionsPerDayChart(const std::vector<history::DayCount>& days, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, QObject::tr("Sessions per day"));
    auto* set = new QBarSet(QObject::tr("Sessions"));
    set->setObjectName(QStringLiteral("sessionsBars"));
    QStringList categories;
    int most = 0;
    for (const history::DayCount& d : days) {
        *set << d.sessions;
        categories << QString::number(history::civilFromDays(d.day).day); // the month goes in the axis title
        most = std::max(most, d.sessions);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    if (!days.empty()) {
        const QString first = QLocale().toString(QDate(history::civilFromDays(days.front().day).year,
                                                       history::civilFromDays(days.front().day).month, 1),
                                                 QStringLiteral("MMMM yyyy"));
        const QString last = QLocale().toString(QDate(history::civilFromDays(days.back().day).year,
                                                      history::civilFromDays(days.back().day).month, 1),
                                                QStringLiteral("MMMM yyyy"));
        x->setTitleText(first == last ? first : first + QStringLiteral(" – ") + last);
    }
    auto* y = new QValueAxis;
    const int top = std::max(3, most);
    y->setRange(0, top);
    y->setTickCount(top + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    applyChartColours(chart, palette);
    return chart;
}

void applyChartColours(QChart* chart, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(mix(base, text, 0.2)));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = mix(base, text, 0.18);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(mutedText(palette));
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(mix(base, text, 0.08));
        axis->setLinePenColor(mix(base, text, 0.45));
    }
    const QColor green = readableOn(QColor(46, 160, 67), base, 3.0);
    const QColor red = readableOn(QColor(200, 70, 40), base, 3.0);
    const QColor blue = readableOn(QColor(60, 110, 190), base, 3.0);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* band = qobject_cast<QAreaSeries*>(series); band && band->objectName() == "releasedBand") {
            QColor fill = green;
            fill.setAlpha(70);
            band->setColor(fill);
            band->setBorderColor(green);
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QPen pen(line->objectName() == "tendernessAfter" ? blue : red);
            pen.setWidthF(line->objectName() == "tendernessAfter" ? 1.8 : 2.5);
            if (line->objectName() == "tendernessAfter")
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setColor(pen.color());
        } else if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setColor(blue);
                set->setBorderColor(blue);
                set->setLabelColor(text);
            }
        }
    }
}

} // namespace tpf::gui::ext
