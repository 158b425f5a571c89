// ProgressView: advice per point first, the tenderness chart for the chosen point, sessions per
// day and the list of past sessions, from a fixed set of sample sessions.

#include "core/history/days.h"
#include "core/loader.h"
#include "core/safety/load.h"
#include "gui/history/ProgressView.h"

#include <QAbstractButton>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace tpf;
using namespace tpf::history;
using tpf::gui::ProgressView;

namespace {

const std::int64_t kDay0 = daysFromCivil({2026, 11, 5});
// The chart's date axis shows the machine's local time, as the app's clock does.
const int kOffset = QDateTime::currentDateTime().offsetFromUtc() / 60;
const PointRef kTrap{"upper_trapezius.1", Side::Left};
const PointRef kTemporalis{"temporalis.1", Side::Right};
const PointRef kMasseter{"masseter.1", Side::Left};

const Database& tinyDb() {
    static const Database db = [] {
        auto r = loadDatabase(TPF_TEST_DATA_DIR "/tiny");
        REQUIRE(r.ok());
        return *r.database;
    }();
    return db;
}

const Rules& shippedRules() {
    static const Rules rules = [] {
        auto safety = safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
        REQUIRE(safety.ok());
        auto r = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/history.json", *safety.rules);
        REQUIRE(r.ok());
        return *r.rules;
    }();
    return rules;
}

// Three points over 17 days: trapezius releases, temporalis stalls for two weeks, masseter gets worse.
Records sampleSessions() {
    Records out;
    std::int64_t id = 1;
    auto add = [&](int day, int hour, std::vector<std::pair<PointRef, std::pair<int, int>>> work,
                   EndReason reason = EndReason::Completed) {
        SessionRecord r;
        r.id = id++;
        r.start_ms = dayStartMs(kDay0 + day, kOffset) + hour * 3'600'000LL;
        r.end_ms = r.start_ms + 15 * 60'000;
        r.end_reason = reason;
        std::int64_t t = r.start_ms;
        for (const auto& [p, ratings] : work) {
            r.points.push_back(p);
            r.holds.push_back({p, t += 90'000, 6, ratings.first});
            r.holds.push_back({p, t += 90'000, 5, ratings.second});
        }
        r.phases_completed = int(r.holds.size()) * 2;
        out.push_back(r);
    };
    const int trap[][2] = {{7, 5}, {6, 4}, {6, 4}, {5, 3}, {4, 3}, {3, 2}, {3, 2}, {2, 1}};
    for (int d = 0; d < 8; ++d)
        add(d, 8, {{kTrap, {trap[d][0], trap[d][1]}}});
    const int temporalis[] = {6, 6, 5, 6, 6, 5, 6, 6, 6};
    for (int i = 0; i < 9; ++i)
        add(i * 2, 19, {{kTemporalis, {temporalis[i], temporalis[i] - 1}}});
    add(12, 12, {{kMasseter, {3, 2}}});
    add(14, 12, {{kMasseter, {5, 4}}});
    add(16, 12, {{kMasseter, {7, 7}}}, EndReason::StoppedByUser);
    add(16, 21, {{kMasseter, {7, 7}}, {kTrap, {2, 2}}}, EndReason::SharpPain);
    sortByStart(out);
    return out;
}

Clock sampleClock() { return {dayStartMs(kDay0 + 16, kOffset) + 22 * 3'600'000LL, kOffset}; }

std::unique_ptr<ProgressView> sampleView() {
    auto view = std::make_unique<ProgressView>();
    view->setDatabase(&tinyDb());
    view->setHistory(sampleSessions(), shippedRules(), sampleClock());
    view->resize(1200, 1000);
    return view;
}

} // namespace

TEST_CASE("progress view: points that need a professional are listed first, with the advice text",
          "[history][progress]") {
    auto view = sampleView();
    auto* worse = view->findChild<QFrame*>(QStringLiteral("advice_masseter_1_left"));
    auto* stalled = view->findChild<QFrame*>(QStringLiteral("advice_temporalis_1_right"));
    auto* released = view->findChild<QFrame*>(QStringLiteral("advice_upper_trapezius_1_left"));
    REQUIRE(worse);
    REQUIRE(stalled);
    REQUIRE(released);
    REQUIRE(view->advice().size() == 3);
    CHECK(view->advice()[0].kind == AdviceKind::Worsening);
    CHECK(view->advice()[1].kind == AdviceKind::NoImprovement);
    CHECK(view->advice()[2].kind == AdviceKind::Released);
    auto* text = view->findChild<QLabel*>(QStringLiteral("advice_temporalis_1_right_text"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("physiotherapist")));
    CHECK(worse->accessibleName().contains(QStringLiteral("See a professional")));
    auto* tips = view->findChild<QLabel*>(QStringLiteral("advice_upper_trapezius_1_left_text"));
    REQUIRE(tips);
    CHECK(tips->text().contains(QStringLiteral("<li>")));
}

TEST_CASE("progress view: choosing a point shows its tenderness per day with the released band",
          "[history][progress]") {
    auto view = sampleView();
    auto* combo = view->findChild<QComboBox*>(QStringLiteral("pointCombo"));
    auto* chartView = view->findChild<QChartView*>(QStringLiteral("tendernessChart"));
    REQUIRE(combo);
    REQUIRE(chartView);
    CHECK(combo->count() == 3);
    view->selectPoint(kTrap);
    CHECK(combo->currentText().startsWith(QStringLiteral("Upper trapezius")));
    QChart* chart = chartView->chart();
    CHECK(chart->title().contains(QStringLiteral("Upper trapezius")));
    QAreaSeries* band = nullptr;
    QLineSeries* before = nullptr;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* a = qobject_cast<QAreaSeries*>(s))
            band = a;
        else if (auto* l = qobject_cast<QLineSeries*>(s); l && s->name().contains(QStringLiteral("start")))
            before = l;
    }
    REQUIRE(band);
    CHECK(band->name().contains(QStringLiteral("Released")));
    CHECK(band->upperSeries()->at(0).y() == 3);
    CHECK(band->lowerSeries()->at(0).y() == 2);
    REQUIRE(before);
    CHECK(before->count() == 9); // 8 days, plus day 16 (the sharp-pain session)
    CHECK(before->at(0).y() == 7);
    CHECK_FALSE(chartView->accessibleDescription().isEmpty());
    CHECK(chartView->accessibleName().contains(QStringLiteral("Upper trapezius")));
}

TEST_CASE("progress view: sessions per day covers the last 14 days", "[history][progress]") {
    auto view = sampleView();
    auto* chartView = view->findChild<QChartView*>(QStringLiteral("sessionsPerDayChart"));
    REQUIRE(chartView);
    auto* series = qobject_cast<QBarSeries*>(chartView->chart()->series().value(0));
    REQUIRE(series);
    QBarSet* set = series->barSets().value(0);
    REQUIRE(set);
    REQUIRE(set->count() == 14);
    CHECK(set->at(13) == 3); // today (day 16): masseter twice, temporalis once
    CHECK(set->at(12) == 0); // day 15: none
    CHECK(set->at(11) == 2); // day 14
    CHECK(set->at(0) == 1);  // day 3: trapezius only
}

TEST_CASE("progress view: past sessions are listed newest first with points, reason and ratings",
          "[history][progress]") {
    auto view = sampleView();
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("sessionsTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == int(sampleSessions().size()));
    CHECK(table->item(0, 0)->text().contains(QStringLiteral("21:00")));
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("Masseter")));
    CHECK(table->item(0, 2)->text() == QStringLiteral("sharp pain"));
    CHECK(table->item(1, 3)->text().contains(QStringLiteral("6 → 5")));
    CHECK(table->item(2, 2)->text() == QStringLiteral("stopped"));
    CHECK(table->item(table->rowCount() - 1, 3)->text().contains(QStringLiteral("7 → 5")));
}

TEST_CASE("progress view: every control has an object name and an accessible name", "[history][progress]") {
    auto view = sampleView();
    for (QWidget* w : view->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<QComboBox*>(w) || qobject_cast<QChartView*>(w) || qobject_cast<QTableWidget*>(w) ||
            qobject_cast<QAbstractButton*>(w) ||
            (qobject_cast<QFrame*>(w) && w->objectName().startsWith(QStringLiteral("advice_")));
        if (!control ||
            w->parentWidget() != view.get() && !w->objectName().startsWith(QStringLiteral("advice_")))
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK_FALSE(w->objectName().isEmpty());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
}

TEST_CASE("progress view: no sessions shows a friendly empty state", "[history][progress]") {
    ProgressView view;
    view.setHistory({}, shippedRules(), sampleClock());
    auto* summary = view.findChild<QLabel*>(QStringLiteral("progressSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("No sessions yet")));
    CHECK(view.findChild<QTableWidget*>(QStringLiteral("sessionsTable"))->rowCount() == 0);
    CHECK_FALSE(view.findChild<QComboBox*>(QStringLiteral("pointCombo"))->isEnabled());
}

// Not a check: writes the sample view to a PNG for people to look at.
// Run: tpfinder_gui_tests "[.history-screenshot]" (TPF_SCREENSHOT=path, default /tmp/progress_view.png).
TEST_CASE("progress view screenshot", "[.history-screenshot]") {
    auto view = sampleView();
    view->selectPoint(kTemporalis);
    view->show();
    QString path = qEnvironmentVariable("TPF_SCREENSHOT", QStringLiteral("/tmp/progress_view.png"));
    REQUIRE(view->grab().save(path));
}
