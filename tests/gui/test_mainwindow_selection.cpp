// The selection summary under the map, the list header and the candidate list always describe the
// same selection, however it was made: map click, keyboard, search, Clear, Esc, or the list itself.
#include "app/MainWindow.h"
#include "finder/CandidateModel.h"
#include "finder/SearchBox.h"
#include "support.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

struct Window {
    MainWindow window{fixture()};
    BodyMapWidget* map;
    CandidateList* list;
    QLabel* summary;
    QLabel* header;
    Window() {
        clearSettings();
        window.resize(1300, 850);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        map = child<BodyMapWidget>(&window, "bodyMap");
        list = child<CandidateList>(&window, "candidateList");
        summary = child<QLabel>(&window, "selectionSummary");
        header = child<QLabel>(&window, "candidateHeader");
    }

    // Label, header, list and map agree on the current selection.
    void checkAgree(const std::vector<std::size_t>& expected) const {
        CHECK(map->selectedRegions() == expected);
        CHECK(list->ranking().regions == expected);
        CHECK(list->model()->rowCount() == int(fixture().referral().rank(expected).candidates.size()));
        const QString text = summary->text();
        INFO("summary: " << text.toStdString() << "; header: " << header->text().toStdString());
        if (expected.empty()) {
            CHECK(text.contains(QStringLiteral("No region selected")));
            CHECK(list->model()->rowCount() == 0);
            CHECK(header->text() == QStringLiteral("Possible trigger points"));
            return;
        }
        CHECK_FALSE(text.contains(QStringLiteral("No region selected")));
        CHECK(text.contains(QStringLiteral("Where it hurts:")));
        for (std::size_t r : expected)
            CHECK(text.contains(QString::fromStdString(db().regions[r].label).toHtmlEscaped()));
        CHECK(header->text().contains(QStringLiteral("(%1)").arg(list->model()->rowCount())));
    }
};

} // namespace

TEST_CASE("The selection summary starts empty and follows map clicks", "[finder][status]") {
    Window w;
    w.checkAgree({});
    QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, region("temple-right")));
    w.checkAgree({region("temple-right")});
    QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, region("neck_back-right")));
    w.checkAgree({region("temple-right"), region("neck_back-right")});
    QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, region("temple-right")));
    w.checkAgree({region("neck_back-right")});
}

TEST_CASE("The selection summary follows keyboard selection on the map", "[finder][status]") {
    Window w;
    w.map->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const auto focused = w.map->focusedRegion();
    REQUIRE(focused.has_value()); // focusing the map puts the ring on the first region
    QTest::keyClick(w.map, Qt::Key_Space);
    w.checkAgree({*focused});
    QTest::keyClick(w.map, Qt::Key_Down);
    const auto next = w.map->focusedRegion();
    REQUIRE(next.has_value());
    REQUIRE(*next != *focused);
    QTest::keyClick(w.map, Qt::Key_Return);
    w.checkAgree({*focused, *next});
    QTest::keyClick(w.map, Qt::Key_Escape);
    w.checkAgree({});
}

TEST_CASE("The selection summary follows a search and the Clear button", "[finder][status]") {
    Window w;
    QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, region("calf-right")));
    w.checkAgree({region("calf-right")});

    SearchBox* search = w.window.searchBox();
    search->setFocus(Qt::ShortcutFocusReason);
    search->setText(QStringLiteral("left temple"));
    QTest::keyClick(search, Qt::Key_Return);
    w.checkAgree({region("temple-left")}); // a search replaces the selection

    QTest::mouseClick(child<QPushButton>(&w.window, "clearSelectionButton"), Qt::LeftButton);
    w.checkAgree({});

    // Searching for what is already selected after a Clear still shows it.
    search->setText(QStringLiteral("left temple"));
    QTest::keyClick(search, Qt::Key_Return);
    w.checkAgree({region("temple-left")});
    QTest::mouseClick(child<QPushButton>(&w.window, "clearSelectionButton"), Qt::LeftButton);
    search->setText(QStringLiteral("left temple"));
    QTest::keyClick(search, Qt::Key_Return);
    w.checkAgree({region("temple-left")});
}

TEST_CASE("Re-ranking the list directly moves the map and the summary with it", "[finder][status]") {
    Window w;
    const std::vector<std::size_t> regions{region("jaw_angle-right"), region("temple-right")};
    w.list->setRegions(regions);
    w.checkAgree(regions);
    w.list->setRegions({});
    w.checkAgree({});
}
