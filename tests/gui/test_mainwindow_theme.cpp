// The main window's own dimmed text follows the palette: readable in the light and the dark theme.
#include "app/MainWindow.h"
#include "bodymap/BodyMapStyle.h"
#include "settings/Theme.h"
#include "support.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

// The colour the summary's "No region selected" is drawn in (an inline style in its rich text).
QColor summaryColour(QLabel* summary) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})")).match(summary->text());
    REQUIRE(m.hasMatch());
    return QColor(m.captured(1));
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
