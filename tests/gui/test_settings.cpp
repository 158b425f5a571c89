// What the window remembers between runs (test-mode QSettings, never the user's own).
#include "app/MainWindow.h"
#include "support.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTest>
#include <QTimer>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

TEST_CASE("Settings are test-mode settings, never the user's", "[settings]") {
    QSettings s;
    CHECK(s.fileName().contains(QStringLiteral("qttest")));
}

TEST_CASE("Window size, splitter sizes and the last view are restored on the next start", "[settings]") {
    clearSettings();
    QList<int> splitterSizes;
    {
        MainWindow w(fixture());
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        w.resize(1111, 777);
        child<QAction>(&w, "viewAction_back")->trigger();
        CHECK(w.viewMode() == ViewMode::BackOnly);
        auto* splitter = child<QSplitter>(&w, "mainSplitter");
        splitter->setSizes({500, 300, 300});
        splitterSizes = splitter->sizes();
        w.close();
    }
    MainWindow again(fixture());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(1111, 777));
    CHECK(again.viewMode() == ViewMode::BackOnly);
    CHECK(child<QAction>(&again, "viewAction_back")->isChecked());
    CHECK(child<QSplitter>(&again, "mainSplitter")->sizes() == splitterSizes);
}

TEST_CASE("Without saved settings the window opens showing front and back", "[settings]") {
    clearSettings();
    MainWindow w(fixture());
    CHECK(w.viewMode() == ViewMode::Both);
    CHECK(w.minimumSize().width() >= 800);
}

TEST_CASE("The first-run disclaimer is shown once and remembered once accepted", "[settings]") {
    clearSettings();
    MainWindow w(fixture());
    int shown = 0;
    auto answer = [&shown](bool accept) {
        QTimer::singleShot(0, [&shown, accept] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++shown;
            CHECK(box->text() == fixture().disclaimer());
            for (QAbstractButton* b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::AcceptRole) == accept)
                    return b->click();
        });
    };
    answer(false);
    CHECK_FALSE(w.showFirstRunDisclaimerIfNeeded()); // declined: asked again next time
    answer(true);
    CHECK(w.showFirstRunDisclaimerIfNeeded());
    CHECK(shown == 2);
    answer(true);
    CHECK(w.showFirstRunDisclaimerIfNeeded()); // remembered: no dialog
    CHECK(shown == 2);
    QApplication::processEvents();
}
