// The search box: everyday words select regions, unknown words get close matches.
#include "app/MainWindow.h"
#include "finder/SearchBox.h"
#include "support.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <algorithm>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

struct Window {
    MainWindow window{fixture()};
    SearchBox* search;
    BodyMapWidget* map;
    Window() {
        clearSettings();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        search = child<SearchBox>(&window, "searchBox");
        map = child<BodyMapWidget>(&window, "bodyMap");
    }
    void type(const char* text) {
        search->clear();
        QTest::keyClicks(search, QString::fromUtf8(text));
        search->completer()->popup()->hide();
        QTest::keyClick(search, Qt::Key_Return);
    }
    std::vector<std::size_t> sorted() const {
        auto s = map->selectedRegions();
        std::sort(s.begin(), s.end());
        return s;
    }
};

std::vector<std::size_t> sortedIds(std::initializer_list<const char*> ids) {
    std::vector<std::size_t> out;
    for (const char* id : ids)
        out.push_back(region(id));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("Typing left temple and Enter selects the left temple only", "[search]") {
    Window w;
    w.type("left temple");
    CHECK(w.map->selectedRegions() == std::vector<std::size_t>{region("temple-left")});
}

TEST_CASE("Typing tennis elbow selects both sides of the outer elbow and back of the forearm", "[search]") {
    Window w;
    w.type("tennis elbow");
    CHECK(w.sorted() ==
          sortedIds({"elbow_outer-left", "elbow_outer-right", "forearm_back-left", "forearm_back-right"}));
}

TEST_CASE("A side word narrows a pattern to that side", "[search]") {
    Window w;
    w.type("right tennis elbow");
    CHECK(w.sorted() == sortedIds({"elbow_outer-right", "forearm_back-right"}));
}

TEST_CASE("Ctrl+F focuses the search box", "[search]") {
    Window w;
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.map->setFocus();
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(w.search->hasFocus());
}

TEST_CASE("Unknown words select nothing and the status bar offers close matches", "[search]") {
    Window w;
    w.type("templ");
    CHECK(w.map->selectedRegions().empty());
    const QString message = w.window.statusBar()->currentMessage();
    CHECK(message.contains(QStringLiteral("templ")));
    CHECK(message.contains(QStringLiteral("did you mean"), Qt::CaseInsensitive));
    CHECK(message.contains(QStringLiteral("temple"), Qt::CaseInsensitive));
}

TEST_CASE("A muscle name shows that muscle's first trigger point", "[search]") {
    Window w;
    w.type("Temporalis");
    const auto chosen = w.window.chosenPoint();
    REQUIRE(chosen.has_value());
    CHECK(db().muscleOf(db().triggerPoints[chosen->triggerPoint]).id == "temporalis");
    CHECK_FALSE(w.map->selectedRegions().empty());
}

TEST_CASE("Completion offers region names, everyday patterns and muscles that all resolve", "[search]") {
    Window w;
    const QStringList c = w.search->completions();
    CHECK(c.contains(QStringLiteral("Left temple")));
    CHECK(c.contains(QStringLiteral("tennis elbow")));
    CHECK(c.contains(QStringLiteral("sciatica")));
    CHECK(c.contains(QStringLiteral("Upper trapezius")));
}

TEST_CASE("Every completion resolves to regions or names a muscle", "[search]") {
    Window w;
    for (const QString& c : w.search->completions()) {
        INFO(c.toStdString());
        bool muscle = false;
        for (const auto& m : db().muscles)
            muscle = muscle || c == QString::fromStdString(m.name);
        CHECK((muscle || fixture().regionQuery().resolve(c.toStdString()).ok()));
    }
}

TEST_CASE("The clear button arrives right after the first paint and clears the text", "[search]") {
    // Built after the first paint to keep the icon-theme lookup out of the start-up (SearchBox::event).
    SearchBox search(fixture().database(), fixture().regionQuery());
    CHECK_FALSE(search.isClearButtonEnabled());
    search.setText(QStringLiteral("left temple")); // text before the window shows, as with --select
    search.show();
    REQUIRE(QTest::qWaitForWindowExposed(&search));
    QTRY_VERIFY(search.isClearButtonEnabled());
    // The button shows for text that was already there, and clicking it empties the box.
    QToolButton* clear = nullptr;
    for (QToolButton* b : search.findChildren<QToolButton*>())
        if (b->isVisibleTo(&search))
            clear = b;
    REQUIRE(clear != nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(search.text().isEmpty());
}

TEST_CASE("Completion is set up right after the first paint, or at once by the first key press", "[search]") {
    SECTION("after the first paint") {
        SearchBox search(fixture().database(), fixture().regionQuery());
        CHECK(search.completer() == nullptr); // not part of the window's start-up
        search.show();
        REQUIRE(QTest::qWaitForWindowExposed(&search));
        QTRY_VERIFY(search.completer() != nullptr);
        CHECK(search.completer() == search.regionCompleter());
        CHECK(search.completer()->caseSensitivity() == Qt::CaseInsensitive);
        CHECK(search.completer()->filterMode() == Qt::MatchContains);
    }
    SECTION("a key press before any paint still gets completion for what it types") {
        SearchBox search(fixture().database(), fixture().regionQuery());
        REQUIRE(search.completer() == nullptr);
        QTest::keyClicks(&search, QStringLiteral("temp"));
        REQUIRE(search.completer() != nullptr);
        CHECK(search.text() == QStringLiteral("temp"));
        CHECK(search.completer()->completionPrefix() == QStringLiteral("temp"));
        CHECK(search.completer()->completionCount() > 0);
    }
}

TEST_CASE("The search box asks for the region query at the first Enter, not before", "[search][startup]") {
    // The app makes the query's word index only then (AppContext::regionQuery()): not at start-up.
    int asked = 0;
    SearchBox search(fixture().database(), [&asked]() -> const RegionQuery& {
        ++asked;
        return fixture().regionQuery();
    });
    QSignalSpy regions(&search, &SearchBox::regionsRequested);
    QTest::keyClicks(&search, QStringLiteral("left temp"));
    search.setText(QStringLiteral("left temple"));
    CHECK(asked == 0); // construction and typing do not need it
    search.submit();
    CHECK(asked == 1);
    REQUIRE(regions.count() == 1);
    CHECK(regions.at(0).at(0).value<std::vector<std::size_t>>() ==
          std::vector<std::size_t>{region("temple-left")});
    search.setText(QStringLiteral("Upper trapezius")); // a muscle name needs no region query either
    search.submit();
    CHECK(asked == 1);
}
