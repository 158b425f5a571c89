#include "gui/history/ProgressView.h"

#include "app/Extras.h"
#include "core/history/days.h"
#include "gui/history/ProgressCharts.h"
#include "settings/Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tpf::gui {
namespace {

using history::AdviceKind;

const QColor kAlarm(0xc6, 0x28, 0x28); // see a professional, sharp pain
const QColor kGood(0x2e, 0x7d, 0x32);  // released
const QColor kNeutral(0x9e, 0x9e, 0x9e);

QString objectId(const history::PointRef& p) {
    return QString::fromStdString(p.trigger_point + "_" + std::string(tpf::toString(p.side)))
        .replace('.', '_');
}

QString headline(AdviceKind k) {
    switch (k) {
    case AdviceKind::Worsening: return QObject::tr("See a professional: tenderness is rising");
    case AdviceKind::NoImprovement: return QObject::tr("See a professional: no improvement after two weeks");
    case AdviceKind::Released: return QObject::tr("Released");
    case AdviceKind::InProgress: return QObject::tr("Keep going");
    case AdviceKind::NotEnoughData: return QObject::tr("Not rated yet");
    }
    return {};
}

QString reasonText(const std::optional<history::EndReason>& r) {
    if (!r)
        return QObject::tr("not finished");
    switch (*r) {
    case history::EndReason::Completed: return QObject::tr("completed");
    case history::EndReason::StoppedByUser: return QObject::tr("stopped");
    case history::EndReason::SharpPain: return QObject::tr("sharp pain");
    case history::EndReason::SafetyBlock: return QObject::tr("safety check");
    }
    return {};
}

} // namespace

QString pointLabel(const Database* db, const history::PointRef& point) {
    const TriggerPoint* tp = db ? db->triggerPoint(point.trigger_point) : nullptr;
    QString name = tp ? QString::fromStdString(tp->name) : QString::fromStdString(point.trigger_point);
    if (point.side == Side::Midline)
        return name;
    return QObject::tr("%1 (%2)").arg(name,
                                      point.side == Side::Left ? QObject::tr("left") : QObject::tr("right"));
}

ProgressView::ProgressView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("progressView"));
    setAccessibleName(tr("Progress"));
    auto* layout = new QVBoxLayout(this);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("progressSummary"));
    summary_->setWordWrap(true);
    QFont big = summary_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    summary_->setFont(big);
    layout->addWidget(summary_);

    adviceBox_ = new QWidget(this);
    adviceBox_->setObjectName(QStringLiteral("adviceBox"));
    adviceBox_->setAccessibleName(tr("Advice for each point"));
    adviceLayout_ = new QVBoxLayout(adviceBox_);
    adviceLayout_->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(adviceBox_);

    auto* charts = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* pickRow = new QHBoxLayout;
    auto* pickLabel = new QLabel(tr("&Point:"), this);
    pointCombo_ = new QComboBox(this);
    pointCombo_->setObjectName(QStringLiteral("pointCombo"));
    pointCombo_->setAccessibleName(tr("Trigger point shown in the tenderness chart"));
    pickLabel->setBuddy(pointCombo_);
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(pointCombo_, 1);
    left->addLayout(pickRow);
    // The charts come from the extras module (Qt Charts, loaded now rather than at launch); without
    // it each chart's place says why it is empty, and the texts below and the list still work.
    charts_ = extras();
    const auto chartArea = [this](const char* name) -> QWidget* {
        if (charts_ != nullptr) {
            QWidget* view = charts_->createChartView(this);
            view->setObjectName(QString::fromLatin1(name));
            return view;
        }
        auto* note = new QLabel(tr("Charts are not available. %1").arg(extrasProblem()), this);
        note->setObjectName(QString::fromLatin1(name));
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignCenter);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return note;
    };
    tenderness_ = chartArea("tendernessChart");
    tenderness_->setMinimumSize(420, 300);
    left->addWidget(tenderness_, 1);
    charts->addLayout(left, 3);
    perDay_ = chartArea("sessionsPerDayChart");
    perDay_->setAccessibleName(tr("Sessions per day"));
    perDay_->setMinimumSize(300, 300);
    charts->addWidget(perDay_, 2);
    layout->addLayout(charts, 3);

    auto* listTitle = new QLabel(tr("Past sessions"), this);
    listTitle->setObjectName(QStringLiteral("sessionsTitle"));
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    layout->addWidget(listTitle);
    sessions_ = new QTableWidget(0, 4, this);
    sessions_->setObjectName(QStringLiteral("sessionsTable"));
    sessions_->setAccessibleName(tr("Past sessions"));
    sessions_->setHorizontalHeaderLabels(
        {tr("Date"), tr("Points"), tr("Ended"), tr("Tenderness (first → last)")});
    sessions_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sessions_->setSelectionBehavior(QAbstractItemView::SelectRows);
    sessions_->verticalHeader()->setVisible(false);
    sessions_->horizontalHeader()->setStretchLastSection(true);
    sessions_->setWordWrap(true);
    layout->addWidget(sessions_, 2);
    listTitle->setBuddy(sessions_);

    connect(pointCombo_, &QComboBox::currentIndexChanged, this, [this] {
        rebuildTenderness();
        if (auto p = selectedPoint())
            emit pointSelected(*p);
    });
    setHistory({}, rules_, clock_);
    followPalette(this, [this] { applyColours(); });
}

void ProgressView::styleAdviceCard(QFrame* card) const {
    const int tone = card->property("tone").toInt();
    const QColor accent = tone == 2 ? kAlarm : tone == 1 ? kGood : kNeutral;
    const QPalette pal = themePalette(this);
    const QColor bg = tone == 0 ? mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.5)
                                : tintedBackground(pal, accent);
    const QColor text = cardText(pal, bg);
    setStyleSheetIfChanged(
        card, QStringLiteral("QFrame#%1 { background: %2; border: %3px solid %4; border-radius: 4px; }"
                             "QFrame#%1 QLabel { border: none; background: transparent; color: %5; }")
                  .arg(card->objectName(), bg.name(), tone == 2 ? QStringLiteral("2") : QStringLiteral("1"),
                       accent.name(), text.name()));
    if (auto* title = card->findChild<QLabel*>(card->objectName() + QStringLiteral("_title")))
        title->setText(
            QStringLiteral("<b>%1</b> — <span style='color:%3'><b>%2</b></span>")
                .arg(title->property("pointLabel").toString().toHtmlEscaped(),
                     title->property("headline").toString().toHtmlEscaped(),
                     (tone == 0 ? text : readableOn(accent.darker(tone == 2 ? 135 : 150), bg, 4.6)).name()));
}

void ProgressView::applyColours() {
    // In place: the theme change is being delivered to every widget, so none may be deleted now.
    for (QFrame* card : adviceBox_->findChildren<QFrame*>(Qt::FindDirectChildrenOnly))
        if (card->property("tone").isValid())
            styleAdviceCard(card);
    const QPalette pal = themePalette(this);
    if (charts_ != nullptr)
        for (QWidget* view : {tenderness_, perDay_})
            charts_->applyChartColours(view, pal);
    for (int row = 0; row < sessions_->rowCount(); ++row)
        if (QTableWidgetItem* item = sessions_->item(row, 2); item && item->data(Qt::UserRole).toBool())
            item->setForeground(accentText(pal, kAlarm));
}

void ProgressView::setHistory(history::Records records, const history::Rules& rules,
                              const history::Clock& clock) {
    records_ = std::move(records);
    history::sortByStart(records_);
    rules_ = rules;
    clock_ = clock;
    trends_ = history::pointTrends(records_, clock_);
    advice_ = history::assessAll(records_, rules_, clock_);

    const int professional =
        int(std::count_if(advice_.begin(), advice_.end(), [](const auto& a) { return a.seeProfessional(); }));
    const int released = int(std::count_if(advice_.begin(), advice_.end(),
                                           [](const auto& a) { return a.kind == AdviceKind::Released; }));
    summary_->setText(
        records_.empty()
            ? tr("No sessions yet. Your progress shows here after your first session.")
            : (records_.size() == 1 ? tr("1 session") : tr("%1 sessions").arg(records_.size())) +
                  (trends_.size() == 1 ? tr(" on 1 point.") : tr(" on %1 points.").arg(trends_.size())) +
                  (released ? tr(" Released: %1.").arg(released) : QString()) +
                  (professional ? tr(" Needs a professional's advice: %1.").arg(professional) : QString()));
    summary_->setAccessibleName(summary_->text());

    const auto keep = selectedPoint();
    {
        QSignalBlocker block(pointCombo_);
        pointCombo_->clear();
        // Points needing attention first, in the order of the advice.
        for (const history::Advice& a : advice_)
            pointCombo_->addItem(label(a.point),
                                 QVariant::fromValue(QString::fromStdString(history::toString(a.point))));
        pointCombo_->setEnabled(pointCombo_->count() > 0);
    }
    if (keep)
        selectPoint(*keep);
    rebuildAdvice();
    rebuildTenderness();
    rebuildPerDay();
    rebuildSessions();
}

std::optional<history::PointRef> ProgressView::selectedPoint() const {
    const int i = pointCombo_->currentIndex();
    if (i < 0 || std::size_t(i) >= advice_.size())
        return std::nullopt;
    return advice_[std::size_t(i)].point;
}

void ProgressView::selectPoint(const history::PointRef& point) {
    for (std::size_t i = 0; i < advice_.size(); ++i)
        if (advice_[i].point == point)
            pointCombo_->setCurrentIndex(int(i));
}

void ProgressView::rebuildAdvice() {
    while (QLayoutItem* item = adviceLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const history::Advice& a : advice_) {
        auto* card = new QFrame(adviceBox_);
        card->setObjectName(QStringLiteral("advice_") + objectId(a.point));
        card->setFrameShape(QFrame::StyledPanel);
        const bool alarm = a.seeProfessional();
        const bool good = a.kind == AdviceKind::Released;
        card->setProperty("tone", alarm ? 2 : good ? 1 : 0);
        auto* v = new QVBoxLayout(card);
        v->setContentsMargins(10, 6, 10, 6);
        auto* title = new QLabel(card);
        title->setObjectName(card->objectName() + QStringLiteral("_title"));
        title->setTextFormat(Qt::RichText);
        title->setProperty("pointLabel", label(a.point));
        title->setProperty("headline", headline(a.kind));
        title->setAccessibleName(label(a.point) + QStringLiteral(": ") + headline(a.kind));
        v->addWidget(title);
        QString body = QString::fromStdString(a.text).toHtmlEscaped();
        if (!a.tips.empty()) {
            body += QStringLiteral("<ul style='margin:2px 0 0 -20px'>");
            for (const history::Tip& t : a.tips)
                body += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(t.text).toHtmlEscaped());
            body += QStringLiteral("</ul>");
        }
        if (!a.why.empty())
            body += QStringLiteral("<br><i>%1</i>").arg(QString::fromStdString(a.why).toHtmlEscaped());
        auto* text = new QLabel(body, card);
        text->setObjectName(card->objectName() + QStringLiteral("_text"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(text);
        styleAdviceCard(card);
        const QString plain = label(a.point) + QStringLiteral(": ") + headline(a.kind) +
                              QStringLiteral(". ") + QString::fromStdString(a.text) + QLatin1Char(' ') +
                              QString::fromStdString(a.why);
        card->setAccessibleName(plain);
        text->setAccessibleName(plain);
        adviceLayout_->addWidget(card);
    }
    adviceBox_->setVisible(!advice_.empty());
}

void ProgressView::rebuildTenderness() {
    const auto point = selectedPoint();
    const history::PointTrend* trend = nullptr;
    for (const auto& t : trends_)
        if (point && t.point == *point)
            trend = &t;
    if (charts_ != nullptr)
        charts_->showTenderness(tenderness_, trend, trend ? label(trend->point) : QString(),
                                rules_.released.band_from, rules_.released.max_tenderness,
                                clock_.utc_offset_minutes, tr("Tenderness over time: no sessions yet"),
                                themePalette(this));
    if (trend) {
        tenderness_->setAccessibleName(tr("Tenderness over time for %1").arg(label(trend->point)));
        tenderness_->setAccessibleDescription(describeTenderness(*trend));
    } else {
        tenderness_->setAccessibleName(tr("Tenderness over time"));
        tenderness_->setAccessibleDescription(tr("No tenderness ratings yet."));
    }
}

void ProgressView::rebuildPerDay() {
    const std::int64_t today = history::localDay(clock_.now_ms, clock_.utc_offset_minutes);
    auto days = history::sessionsPerDay(records_, today - days_ + 1, today, clock_.utc_offset_minutes);
    if (charts_ != nullptr)
        charts_->showSessionsPerDay(perDay_, days, themePalette(this));
    QStringList parts;
    for (const auto& d : days)
        if (d.sessions > 0)
            parts << tr("%1: %2").arg(shortDate(d.day)).arg(d.sessions);
    perDay_->setAccessibleDescription(
        parts.isEmpty() ? tr("No sessions in the last %1 days.").arg(days_)
                        : tr("Sessions per day: %1.").arg(parts.join(QStringLiteral(", "))));
}

void ProgressView::rebuildSessions() {
    sessions_->setRowCount(0);
    // Newest first: that is what people look for.
    // Reverse iterators, not std::views::reverse: clang-tidy 14 cannot parse libstdc++ 12's ranges.
    for (auto it = records_.crbegin(); it != records_.crend(); ++it) {
        const history::SessionRecord& r = *it;
        const int row = sessions_->rowCount();
        sessions_->insertRow(row);
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(r.start_ms, QTimeZone(clock_.utc_offset_minutes * 60));
        QStringList points, ratings;
        for (const history::PointRef& p : r.points) {
            points << label(p);
            std::optional<int> first, last;
            for (const history::HoldRecord& h : r.holds)
                if (h.point == p && h.tenderness) {
                    if (!first)
                        first = h.tenderness;
                    last = h.tenderness;
                }
            if (first)
                ratings << (first == last ? tr("%1: %2").arg(label(p)).arg(*first)
                                          : tr("%1: %2 → %3").arg(label(p)).arg(*first).arg(*last));
        }
        const QStringList cells = {QLocale().toString(start, QStringLiteral("ddd d MMM yyyy, HH:mm")),
                                   points.join(QStringLiteral(", ")), reasonText(r.end_reason),
                                   ratings.isEmpty() ? tr("not rated") : ratings.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == 2 && r.end_reason == history::EndReason::SharpPain) {
                item->setData(Qt::UserRole, true); // shown in red (applyColours)
                item->setForeground(accentText(themePalette(sessions_), kAlarm));
            }
            sessions_->setItem(row, c, item);
        }
    }
    sessions_->resizeColumnsToContents();
    sessions_->resizeRowsToContents();
}

} // namespace tpf::gui
