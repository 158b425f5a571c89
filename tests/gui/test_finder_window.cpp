// The finder window end to end: map selection -> ranked candidates -> overlay and details.
#include "app/MainWindow.h"
#include "app/SessionQueueWidget.h"
#include "finder/CandidateModel.h"
#include "finder/DetailPane.h"
#include "support.h"

#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

struct Window {
    MainWindow window{fixture()};
    BodyMapWidget* map;
    CandidateList* list;
    Window() {
        clearSettings();
        window.resize(1300, 850);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        map = child<BodyMapWidget>(&window, "bodyMap");
        list = child<CandidateList>(&window, "candidateList");
    }
    void click(const char* regionId) {
        QTest::mouseClick(map, Qt::LeftButton, {}, pointIn(*map, region(regionId)));
    }
    void chooseRow(int row) {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        REQUIRE(rect.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }
};

} // namespace

TEST_CASE("Selecting regions lists the candidates in the engine's order, with reasons", "[finder]") {
    Window w;
    w.click("temple-right");
    w.click("neck_back-right");
    const Ranking expected = fixture().referral().rank({region("temple-right"), region("neck_back-right")});
    const CandidateModel* model = w.list->candidateModel();
    REQUIRE(expected.candidates.size() > 1);
    REQUIRE(model->rowCount() == int(expected.candidates.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Candidate& c = expected.candidates[std::size_t(row)];
        const QModelIndex i = model->index(row);
        CHECK(i.data(CandidateModel::TriggerPointRole).toULongLong() == c.triggerPoint);
        CHECK(i.data(CandidateModel::SideRole).toInt() == int(c.side));
        CHECK(i.data(CandidateModel::ScoreRole).toDouble() == Approx(c.score));
    }
    // The best candidate explains itself region by region.
    const QString reasons = model->index(0).data(CandidateModel::ReasonsRole).toString();
    CHECK(reasons.contains(QStringLiteral("Right temple: ")));
    CHECK(reasons.contains(QStringLiteral("Back of neck").toLower(), Qt::CaseInsensitive));
}

TEST_CASE("The candidate list follows the selection live and empties when it is cleared", "[finder]") {
    Window w;
    w.click("temple-right");
    const int one = w.list->model()->rowCount();
    CHECK(one > 0);
    w.click("jaw_angle-right");
    CHECK(w.list->candidateModel()->ranking().regions.size() == 2);
    QTest::keyClick(&w.window, Qt::Key_Escape);
    CHECK(w.map->selectedRegions().empty());
    CHECK(w.list->model()->rowCount() == 0);
}

TEST_CASE("Choosing a candidate draws its referral overlay and marks the point", "[finder]") {
    Window w;
    w.click("temple-right");
    REQUIRE(w.list->model()->rowCount() > 0);
    const QImage before = w.map->grab().toImage();

    w.chooseRow(0);
    const auto chosen = w.list->chosen();
    REQUIRE(chosen.has_value());
    const Candidate& top = w.list->ranking().candidates.front();
    CHECK(chosen->triggerPoint == top.triggerPoint);

    const auto& overlay = w.map->state().overlay;
    REQUIRE(overlay.has_value());
    const ReferralRegions zones = fixture().referral().referralOf(top.triggerPoint, top.side);
    CHECK(overlay->triggerPoint == top.triggerPoint);
    CHECK(overlay->side == top.side);
    CHECK(overlay->primary == zones.primary);
    CHECK(overlay->spillover == zones.spillover);

    // The X is painted where the point lies.
    const TriggerPoint& tp = db().triggerPoints[top.triggerPoint];
    const BodyMapLayout layout = w.map->currentLayout();
    const ViewFrame* frame = layout.frameFor(tp.location.view);
    REQUIRE(frame != nullptr);
    const QPoint at = frame->toWidget(db().locationOf(tp, top.side)).toPoint();
    const QImage after = w.map->grab().toImage();
    CHECK(before.pixelColor(at) != after.pixelColor(at));
    CHECK(after.pixelColor(at).lightness() < 100); // the X's dark stroke crosses there
}

TEST_CASE("The detail pane shows the chosen point with its cautions in the warning frame", "[finder]") {
    Window w;
    w.click("temple-right");
    w.chooseRow(0);
    const TriggerPoint& tp = db().triggerPoints[w.list->chosen()->triggerPoint];
    auto* title = child<QLabel>(&w.window, "detailTitle");
    auto* frame = child<QFrame>(&w.window, "cautionFrame");
    auto* caution = child<QLabel>(&w.window, "cautionText");
    auto* body = child<QLabel>(&w.window, "detailBody");
    CHECK(title->isVisible());
    CHECK(title->text() == QString::fromStdString(tp.name).toHtmlEscaped());
    CHECK(frame->isVisible());
    CHECK(caution->text().contains(QString::fromStdString(tp.cautions.front()).toHtmlEscaped()));
    CHECK(body->text().contains(QString::fromStdString(tp.howToFind).toHtmlEscaped()));
    CHECK(body->text().contains(QStringLiteral("Often mistaken for")));

    // Deselecting everything drops the choice, its overlay and its details.
    QTest::keyClick(&w.window, Qt::Key_Escape);
    CHECK_FALSE(w.map->state().overlay.has_value());
    CHECK_FALSE(frame->isVisible());
}

TEST_CASE("A danger zone near the chosen point is named in the warning frame", "[finder]") {
    Window w;
    // Fixture: the sternal SCM point lists the carotid artery.
    const std::size_t tp = triggerPoint("sternocleidomastoid_sternal.1");
    REQUIRE_FALSE(db().triggerPoints[tp].dangerZones.empty());
    const DangerZone* dz = db().dangerZone(db().triggerPoints[tp].dangerZones.front());
    REQUIRE(dz != nullptr);
    w.window.detailPane()->showPoint(tp, Side::Right);
    CHECK(child<QLabel>(&w.window, "cautionText")
              ->text()
              .contains(QString::fromStdString(dz->label).toHtmlEscaped()));
}

TEST_CASE("Ctrl+D queues the chosen point once; Remove takes it off again", "[finder][session]") {
    Window w;
    w.click("temple-right");
    w.chooseRow(0);
    const auto chosen = w.list->chosen();
    REQUIRE(chosen.has_value());
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    SessionQueueWidget* queue = w.window.sessionQueue();
    REQUIRE(queue->items().size() == 1);
    CHECK(queue->items().front() == *chosen);
    auto* list = child<QListWidget>(&w.window, "sessionQueue");
    CHECK(list->count() == 1);
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&w.window, "removeFromQueueButton"), Qt::LeftButton);
    CHECK(queue->items().empty());
}

TEST_CASE("Hovering the map shows the region's name in the status bar", "[finder]") {
    Window w;
    QTest::mouseMove(w.map, pointIn(*w.map, region("temple-left")));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("Left temple")));
}
