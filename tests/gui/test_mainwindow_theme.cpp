// The main window's own dimmed text follows the palette: readable in the light and the dark theme.
#include "app/MainWindow.h"
#include "bodymap/BodyMapStyle.h"
#include "settings/Theme.h"
#include "support.h"

#include <QLabel>
#include <QTest>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

// The colour the summary's "No region selected" is drawn in: plain text in the label's palette.
QColor summaryColour(QLabel* summary) {
    REQUIRE(summary->textFormat() == Qt::PlainText);
    return summary->palette().color(QPalette::WindowText);
}

} // namespace

TEST_CASE("\"No region selected\" is readable in the light and the dark palette", "[theme][status]") {
    clearSettings();
    MainWindow w(fixture());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto* summary = child<QLabel>(&w, "selectionSummary");
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        w.setPalette(palette);
        QCoreApplication::processEvents();
        REQUIRE(summary->text().contains(QStringLiteral("No region selected")));
        const QColor text = summaryColour(summary);
        const QColor window = palette.color(QPalette::Window);
        INFO("text " << text.name().toStdString() << " on " << window.name().toStdString());
        CHECK(style::contrastRatio(text, window) >= 4.5);
        // Dimmed: not the full text colour.
        CHECK(text != palette.color(QPalette::WindowText));
    }
}

TEST_CASE("The summary of a selection is in the full text colour, and dimmed again when cleared",
          "[theme][status]") {
    clearSettings();
    MainWindow w(fixture());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto* summary = child<QLabel>(&w, "selectionSummary");
    for (const QPalette& palette : {darkPalette(), lightPalette()}) {
        w.setPalette(palette);
        w.selectRegions({region("temple-left")});
        QCoreApplication::processEvents();
        CHECK(summary->text().contains(QStringLiteral("Where it hurts:")));
        CHECK(summary->palette().color(QPalette::WindowText) == palette.color(QPalette::WindowText));
        w.selectRegions({});
        QCoreApplication::processEvents();
        CHECK(summary->text() == QStringLiteral("No region selected"));
        CHECK(summaryColour(summary) != palette.color(QPalette::WindowText));
        CHECK(style::contrastRatio(summaryColour(summary), palette.color(QPalette::Window)) >= 4.5);
    }
}
