// WrapLabel: the same sizes as QLabel, each width laid out once while nothing that matters
// changes, and laid out again when something does.
#include "widgets/WrapLabel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <catch2/catch.hpp>

using tpf::gui::WrapLabel;

namespace {

const QString kText = QStringLiteral(
    "Choose a trigger point from the list to see where it lies, how to find and treat it, and what "
    "to be careful about.");

// A plain QLabel set up the same way: the reference for every size.
struct Twins {
    WrapLabel wrap{kText};
    QLabel plain{kText};
    Twins() { plain.setWordWrap(true); }
    void sameSizes() {
        CHECK(wrap.minimumSizeHint() == plain.minimumSizeHint());
        CHECK(wrap.sizeHint() == plain.sizeHint());
        for (int w : {60, 120, 233, 400, 1000})
            CHECK(wrap.heightForWidth(w) == plain.heightForWidth(w));
    }
};

} // namespace

TEST_CASE("WrapLabel gives QLabel's sizes and lays each width out once", "[widgets]") {
    Twins t;
    REQUIRE(t.wrap.wordWrap());
    t.sameSizes();
    const int computed = t.wrap.layoutsComputed();
    CHECK(computed == 7); // minimum, preferred, five widths
    for (int i = 0; i < 3; ++i) {
        CHECK(t.wrap.heightForWidth(233) == t.plain.heightForWidth(233));
        CHECK(t.wrap.minimumSizeHint() == t.plain.minimumSizeHint());
        CHECK(t.wrap.sizeHint() == t.plain.sizeHint());
    }
    CHECK(t.wrap.layoutsComputed() == computed);
    // A narrower width wraps to more lines.
    CHECK(t.wrap.heightForWidth(60) > t.wrap.heightForWidth(1000));
}

TEST_CASE("WrapLabel lays out again after a change of text, font, margins or format", "[widgets]") {
    Twins t;
    t.sameSizes();
    int before = t.wrap.layoutsComputed();
    const auto changed = [&] { // the sizes are right, and they were laid out again
        t.sameSizes();
        const bool more = t.wrap.layoutsComputed() > before;
        before = t.wrap.layoutsComputed();
        return more;
    };
    SECTION("text") {
        for (QLabel* l : {static_cast<QLabel*>(&t.wrap), &t.plain})
            l->setText(kText + kText);
        CHECK(changed());
    }
    SECTION("font") {
        QFont big = t.plain.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        for (QLabel* l : {static_cast<QLabel*>(&t.wrap), &t.plain})
            l->setFont(big);
        CHECK(changed());
    }
    SECTION("margins and indent") {
        for (QLabel* l : {static_cast<QLabel*>(&t.wrap), &t.plain})
            l->setContentsMargins(10, 24, 10, 0);
        CHECK(changed());
        for (QLabel* l : {static_cast<QLabel*>(&t.wrap), &t.plain})
            l->setIndent(30);
        CHECK(changed());
    }
    SECTION("a style change (a new theme's metrics)") {
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(&t.wrap, &styleChange);
        CHECK(changed());
    }
    SECTION("text format") {
        for (QLabel* l : {static_cast<QLabel*>(&t.wrap), &t.plain}) {
            l->setTextFormat(Qt::RichText);
            l->setText(QStringLiteral("<b>Where it hurts:</b> ") + kText);
        }
        CHECK(changed());
    }
}
