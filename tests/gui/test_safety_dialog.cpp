// Safety review dialog (issue 6): driven by objectName and mouse clicks under the offscreen
// platform, with the real data/safety.json rules and a tiny in-memory database.

#include "gui/safety/SafetyGate.h"
#include "test_safety_support.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::testing;
using safety::Category;
using safety::Level;
using Page = SafetyReviewDialog::Page;

namespace {

std::vector<safety::PointContext> contexts(std::vector<ChosenPoint> points) {
    return SafetyGate::pointContexts(fixtureDatabase(), points);
}

struct Review {
    explicit Review(std::vector<ChosenPoint> points = {{kTrapezius, Side::Right}},
                    safety::ReviewKind kind = safety::ReviewKind::full,
                    std::optional<safety::Answers> previous = std::nullopt)
        : dialog(realRules(), contexts(std::move(points)), kind, std::move(previous)) {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
    SafetyReviewDialog dialog;
};

int remainingCount(const SafetyReviewDialog& d) { return d.remaining(); }

} // namespace

TEST_CASE("safety review: no answer is ticked when the review opens", "[safety][gui]") {
    Review r({{kTrapezius, Side::Right}, {kScm, Side::Left}});
    const auto& d = r.dialog;
    for (QRadioButton* b : d.findChildren<QRadioButton*>()) {
        INFO(b->objectName().toStdString());
        CHECK_FALSE(b->isChecked());
    }
    for (QCheckBox* c : d.findChildren<QCheckBox*>()) {
        INFO(c->objectName().toStdString());
        CHECK_FALSE(c->isChecked());
    }
    CHECK(d.page() == Page::red_flags);
    CHECK_FALSE(child<QPushButton>(d, "continueButton")->isEnabled());
    const auto redFlags = realRules().questionsIn(Category::red_flag).size();
    CHECK(remainingCount(d) == int(redFlags));
    CHECK(child<QLabel>(d, "remainingLabel")->text().contains(QString::number(redFlags)));
    CHECK_FALSE(shown(d, "startButton"));
}

TEST_CASE("safety review: Continue stays disabled until every question on the page is answered",
          "[safety][gui]") {
    Review r;
    const auto& d = r.dialog;
    const auto redFlags = realRules().questionsIn(Category::red_flag);
    for (std::size_t i = 0; i + 1 < redFlags.size(); ++i) {
        click(d, QString::fromStdString("no_" + redFlags[i]->id));
        CHECK_FALSE(child<QPushButton>(d, "continueButton")->isEnabled());
    }
    CHECK(remainingCount(d) == 1);
    CHECK(child<QLabel>(d, "remainingLabel")->text().contains("1"));
    click(d, QString::fromStdString("no_" + redFlags.back()->id));
    CHECK(child<QPushButton>(d, "continueButton")->isEnabled());
    pressContinue(d);
    CHECK(d.page() == Page::clinician);
    CHECK_FALSE(child<QPushButton>(d, "continueButton")->isEnabled());
    answerCategory(d, Category::clinician_first);
    pressContinue(d);
    CHECK(d.page() == Page::local);
    CHECK_FALSE(child<QPushButton>(d, "continueButton")->isEnabled());
    answerLocalNo(d, "upper_trapezius.1", "right");
    CHECK(child<QPushButton>(d, "continueButton")->isEnabled());
}

TEST_CASE("safety review: every red flag answered yes blocks, and the blocked page offers no way to start",
          "[safety][gui]") {
    for (const safety::Question* flag : realRules().questionsIn(Category::red_flag)) {
        INFO("red flag " << flag->id);
        Review r;
        const auto& d = r.dialog;
        answerCategory(d, Category::red_flag, flag->id);
        pressContinue(d);
        REQUIRE(d.page() == Page::outcome);
        CHECK(d.outcome().level == Level::blocked);
        const QString reason = QString::fromStdString("reason_" + flag->id);
        REQUIRE(shown(d, reason));
        CHECK(child<QLabel>(d, reason + "_text")->text() == QString::fromStdString(flag->outcome));
        CHECK(child<QLabel>(d, reason + "_instead")->text().contains(QString::fromStdString(flag->instead)));
        // Emergencies are shown loudest.
        const QString expected =
            flag->urgency == safety::Urgency::emergency ? "blocked_emergency" : "blocked";
        CHECK(child<QFrame>(d, "outcomeBanner")->property("notice").toString() == expected);
        CHECK(child<QFrame>(d, reason)->property("notice").toString() ==
              QString::fromLatin1(safety::toString(flag->urgency)));
        CHECK_FALSE(shown(d, "startButton"));
        CHECK_FALSE(child<QPushButton>(d, "startButton")->isEnabled());
        CHECK_FALSE(shown(d, "continueButton"));
        CHECK_FALSE(shown(d, "backButton"));
        CHECK(shown(d, "closeButton"));
        click(d, "closeButton");
        CHECK(d.result() == QDialog::Rejected);
    }
}

TEST_CASE("safety review: one red flag yes is enough to see what to do, without answering the rest",
          "[safety][gui]") {
    Review r;
    const auto& d = r.dialog;
    click(d, "yes_chest_pain_breathless");
    CHECK(child<QPushButton>(d, "continueButton")->isEnabled());
    pressContinue(d);
    CHECK(d.page() == Page::outcome);
    CHECK(child<QFrame>(d, "outcomeBanner")->property("notice").toString() == "blocked_emergency");
}

TEST_CASE("safety review: a clinician-first yes blocks until cleared, then is a caution to acknowledge",
          "[safety][gui]") {
    SECTION("not cleared: blocked with the advice to ask first") {
        Review r;
        const auto& d = r.dialog;
        answerCategory(d, Category::red_flag);
        pressContinue(d);
        answerCategory(d, Category::clinician_first, "blood_thinners");
        CHECK(shown(d, "cleared_blood_thinners"));
        CHECK_FALSE(child<QCheckBox>(d, "cleared_blood_thinners")->isChecked());
        pressContinue(d);
        REQUIRE(d.page() == Page::outcome);
        CHECK(d.outcome().level == Level::blocked);
        CHECK(shown(d, "reason_blood_thinners"));
        CHECK_FALSE(shown(d, "startButton"));
        CHECK(shown(d, "closeButton"));
    }
    SECTION("cleared: caution, and Start waits for the acknowledgement") {
        Review r({{kScm, Side::Right}});
        const auto& d = r.dialog;
        answerCategory(d, Category::red_flag);
        pressContinue(d);
        CHECK_FALSE(shown(d, "cleared_blood_thinners")); // appears only with a yes
        answerCategory(d, Category::clinician_first, "blood_thinners");
        click(d, "cleared_blood_thinners");
        pressContinue(d);
        REQUIRE(d.page() == Page::local);
        answerLocalNo(d, "sternocleidomastoid_sternal.1", "right");
        pressContinue(d);
        REQUIRE(d.page() == Page::danger_zones);
        pressContinue(d);
        REQUIRE(d.page() == Page::outcome);
        CHECK(d.outcome().level == Level::caution);
        CHECK(shown(d, "reason_blood_thinners"));
        CHECK(child<QLabel>(d, "reason_blood_thinners_text")->text() ==
              QString::fromStdString(realRules().question("blood_thinners")->outcome_cleared));
        auto* start = child<QPushButton>(d, "startButton");
        CHECK(start->isVisible());
        CHECK_FALSE(start->isEnabled());
        click(d, "acknowledgeCheck");
        CHECK(start->isEnabled());
        click(start);
        CHECK(d.result() == QDialog::Accepted);
    }
}

TEST_CASE("safety review: a local yes leaves that point out and its other questions need no answer",
          "[safety][gui]") {
    Review r({{kTrapezius, Side::Right}, {kScm, Side::Right}});
    const auto& d = r.dialog;
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    answerCategory(d, Category::clinician_first);
    pressContinue(d);
    REQUIRE(d.page() == Page::local);
    click(d, "yes_" + localKey("bruise", "sternocleidomastoid_sternal.1", "right"));
    CHECK(shown(d, "localNote_sternocleidomastoid_sternal.1/right"));
    CHECK_FALSE(
        child<QRadioButton>(d, "no_" + localKey("open_skin", "sternocleidomastoid_sternal.1", "right"))
            ->isEnabled());
    CHECK_FALSE(child<QPushButton>(d, "continueButton")->isEnabled());
    answerLocalNo(d, "upper_trapezius.1", "right");
    CHECK(child<QPushButton>(d, "continueButton")->isEnabled());
    pressContinue(d);
    REQUIRE(d.page() == Page::danger_zones);            // the trapezius point's cautions
    CHECK_FALSE(shown(d, "dangerZone_carotid_artery")); // the SCM point is out
    pressContinue(d);
    REQUIRE(d.page() == Page::outcome);
    const auto o = d.outcome();
    CHECK(o.level == Level::caution);
    REQUIRE(o.excluded_points.size() == 1);
    CHECK(o.excluded_points[0].point.trigger_point == "sternocleidomastoid_sternal.1");
    CHECK(shown(d, "excluded_sternocleidomastoid_sternal.1/right"));
}

TEST_CASE("safety review: a cleared pregnancy still leaves abdominal points out, without asking about them",
          "[safety][gui]") {
    Review r({{kAbdominal, Side::Midline}, {kTrapezius, Side::Left}});
    const auto& d = r.dialog;
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    answerCategory(d, Category::clinician_first, "pregnancy");
    click(d, "cleared_pregnancy");
    pressContinue(d);
    REQUIRE(d.page() == Page::local);
    CHECK_FALSE(shown(d, "no_" + localKey("bruise", "rectus_abdominis.1", "midline")));
    CHECK(shown(d, "localNote_rectus_abdominis.1/midline"));
    answerLocalNo(d, "upper_trapezius.1", "left");
    pressContinue(d);
    if (d.page() == Page::danger_zones) {
        CHECK_FALSE(shown(d, "dangerZone_abdomen_organs"));
        pressContinue(d);
    }
    REQUIRE(d.page() == Page::outcome);
    CHECK(d.outcome().level == Level::caution);
    CHECK(shown(d, "excluded_rectus_abdominis.1/midline"));
    CHECK(child<QLabel>(d, "excluded_rectus_abdominis.1/midline_text")->text() ==
          QString::fromStdString(realRules().question("pregnancy")->exclusion_text));
}

TEST_CASE("safety review: a yes on every chosen point blocks with nothing left to treat", "[safety][gui]") {
    Review r({{kPopliteus, Side::Left}});
    const auto& d = r.dialog;
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    answerCategory(d, Category::clinician_first);
    pressContinue(d);
    click(d, "yes_" + localKey("local_swelling", "popliteus.1", "left"));
    pressContinue(d);
    REQUIRE(d.page() == Page::outcome);
    CHECK(shown(d, "reason_no_points_left"));
    CHECK(shown(d, "excluded_popliteus.1/left"));
    CHECK_FALSE(shown(d, "startButton"));
}

TEST_CASE("safety review: danger zones are shown for an SCM point and a popliteus point", "[safety][gui]") {
    Review r({{kScm, Side::Right}, {kPopliteus, Side::Left}});
    const auto& d = r.dialog;
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    answerCategory(d, Category::clinician_first);
    pressContinue(d);
    answerLocalNo(d, "sternocleidomastoid_sternal.1", "right");
    answerLocalNo(d, "popliteus.1", "left");
    pressContinue(d);
    REQUIRE(d.page() == Page::danger_zones);
    const Database& db = fixtureDatabase();
    for (const char* id : {"carotid_artery", "popliteal_fossa"}) {
        const QString name = QString("dangerZone_") + id;
        INFO(id);
        REQUIRE(shown(d, name));
        CHECK(child<QLabel>(d, name + "_title")->text() == QString::fromStdString(db.dangerZone(id)->label));
        CHECK(child<QLabel>(d, name + "_advice")->text() ==
              QString::fromStdString(db.dangerZone(id)->advice));
    }
    CHECK(child<QLabel>(d, "dangerZone_carotid_artery_points")->text().contains("(right)"));
    pressContinue(d);
    REQUIRE(d.page() == Page::outcome);
    CHECK(d.outcome().level == Level::ok);
    CHECK(child<QLabel>(d, "dangerReminder_zones")->text().contains("Hollow behind the knee"));
    // Even an ok outcome asks to confirm the danger zones were read.
    CHECK_FALSE(child<QPushButton>(d, "startButton")->isEnabled());
    click(d, "acknowledgeCheck");
    click(d, "startButton");
    CHECK(d.result() == QDialog::Accepted);
}

TEST_CASE("safety review: an ok outcome without danger zones starts without an acknowledgement",
          "[safety][gui]") {
    safety::PointContext plain;
    plain.point = {"temporalis.1", Side::Left};
    plain.name = "Temporalis (left)";
    plain.area = "head";
    SafetyReviewDialog d(realRules(), {plain}, safety::ReviewKind::full);
    d.show();
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    answerCategory(d, Category::clinician_first);
    pressContinue(d);
    answerLocalNo(d, "temporalis.1", "left");
    pressContinue(d);
    REQUIRE(d.page() == Page::outcome);
    CHECK(child<QFrame>(d, "outcomeBanner")->property("notice").toString() == "ok");
    CHECK(d.findChild<QCheckBox*>("acknowledgeCheck") == nullptr);
    click(d, "startButton");
    CHECK(d.result() == QDialog::Accepted);
}

TEST_CASE("safety review: Y and N answer the focused question and move on, so the keyboard is enough",
          "[safety][gui]") {
    Review r({{kTrapezius, Side::Left}});
    auto& d = r.dialog;
    QApplication::setActiveWindow(&d);
    auto press = [&](Qt::Key key) {
        QWidget* focus = d.focusWidget();
        REQUIRE(focus != nullptr);
        QTest::keyClick(focus, key);
    };
    const auto redFlags = realRules().questionsIn(Category::red_flag);
    CHECK(d.focusWidget() == child<QRadioButton>(d, QString::fromStdString("yes_" + redFlags[0]->id)));
    for (std::size_t i = 0; i < redFlags.size(); ++i)
        press(Qt::Key_N);
    CHECK(d.remaining() == 0);
    CHECK(d.focusWidget() == child<QPushButton>(d, "continueButton"));
    press(Qt::Key_Space);
    REQUIRE(d.page() == Page::clinician);
    const auto clinician = realRules().questionsIn(Category::clinician_first);
    press(Qt::Key_Y); // first clinician question: yes -> focus moves to its "cleared" box
    CHECK(d.focusWidget() == child<QCheckBox>(d, QString::fromStdString("cleared_" + clinician[0]->id)));
    press(Qt::Key_Space); // tick "a clinician has cleared this"
    press(Qt::Key_Tab);
    for (std::size_t i = 1; i < clinician.size(); ++i)
        press(Qt::Key_N);
    press(Qt::Key_Space);
    REQUIRE(d.page() == Page::local);
    for (std::size_t i = 0; i < realRules().questionsIn(Category::local).size(); ++i)
        press(Qt::Key_N);
    press(Qt::Key_Space);
    REQUIRE(d.page() == Page::danger_zones);
    press(Qt::Key_Space);
    REQUIRE(d.page() == Page::outcome);
    CHECK(d.focusWidget() == child<QCheckBox>(d, "acknowledgeCheck"));
    press(Qt::Key_Space);
    for (int i = 0; i < 4 && d.focusWidget() != child<QPushButton>(d, "startButton"); ++i)
        press(Qt::Key_Tab); // past Back and Cancel
    CHECK(d.focusWidget() == child<QPushButton>(d, "startButton"));
    press(Qt::Key_Space);
    CHECK(d.result() == QDialog::Accepted);
}

TEST_CASE("safety review: every control has an object name and an accessible name", "[safety][gui]") {
    Review r({{kScm, Side::Right}});
    auto& d = r.dialog;
    auto checkAll = [&] {
        for (QWidget* w : d.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w) ||
                                 w->property("card").isValid() || w->property("notice").isValid() ||
                                 qobject_cast<QScrollArea*>(w);
            if (!control)
                continue;
            INFO(w->metaObject()->className() << " '" << w->objectName().toStdString() << "'");
            CHECK_FALSE(w->objectName().isEmpty());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    };
    checkAll();
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    answerCategory(d, Category::clinician_first, "pregnancy");
    click(d, "cleared_pregnancy");
    pressContinue(d);
    answerLocalNo(d, "sternocleidomastoid_sternal.1", "right");
    pressContinue(d);
    checkAll();
    pressContinue(d);
    checkAll();
}

TEST_CASE("safety review: the disclaimer from the rules stays visible on every page", "[safety][gui]") {
    Review r;
    auto& d = r.dialog;
    auto* disclaimer = child<QLabel>(d, "disclaimerLabel");
    CHECK(disclaimer->text() == QString::fromStdString(realRules().disclaimer));
    CHECK(disclaimer->isVisible());
    click(d, "yes_new_weakness");
    pressContinue(d);
    CHECK(disclaimer->isVisible());
}

TEST_CASE("safety review: Back returns to the previous page with the answers kept", "[safety][gui]") {
    Review r;
    auto& d = r.dialog;
    answerCategory(d, Category::red_flag);
    pressContinue(d);
    REQUIRE(d.page() == Page::clinician);
    click(d, "backButton");
    CHECK(d.page() == Page::red_flags);
    CHECK(child<QRadioButton>(d, "no_numbness_tingling")->isChecked());
    CHECK(child<QPushButton>(d, "continueButton")->isEnabled());
}

TEST_CASE("safety review: the question page is readable at 900x700 (screenshot)", "[.][screenshot]") {
    Review r({{kScm, Side::Right}, {kPopliteus, Side::Left}});
    auto& d = r.dialog;
    d.resize(900, 700);
    QCoreApplication::processEvents();
    CHECK(child<QScrollArea>(d, "page_red_flags")->verticalScrollBar()->value() == 0);
    click(d, "no_numbness_tingling");
    click(d, "no_new_weakness");
    QCoreApplication::processEvents();
    REQUIRE(d.grab().save("/tmp/safety_review.png"));

    d.resize(560, 420); // the minimum size: text wraps, nothing is cut off
    QCoreApplication::processEvents();
    REQUIRE(d.grab().save("/tmp/safety_small.png"));

    Review r2({{kScm, Side::Right}});
    r2.dialog.resize(900, 700);
    click(r2.dialog, "yes_chest_pain_breathless");
    click(r2.dialog, "yes_numbness_tingling");
    click(r2.dialog, "yes_fever_unwell");
    pressContinue(r2.dialog);
    QCoreApplication::processEvents();
    REQUIRE(r2.dialog.grab().save("/tmp/safety_blocked.png"));

    Review r3({{kScm, Side::Right}, {kPopliteus, Side::Left}, {kTrapezius, Side::Right}});
    r3.dialog.resize(900, 700);
    answerCategory(r3.dialog, Category::red_flag);
    pressContinue(r3.dialog);
    answerCategory(r3.dialog, Category::clinician_first, "blood_thinners");
    click(r3.dialog, "cleared_blood_thinners");
    QCoreApplication::processEvents();
    REQUIRE(r3.dialog.grab().save("/tmp/safety_clinician.png"));
    pressContinue(r3.dialog);
    answerLocalNo(r3.dialog, "sternocleidomastoid_sternal.1", "right");
    answerLocalNo(r3.dialog, "popliteus.1", "left");
    click(r3.dialog, "yes_" + localKey("bruise", "upper_trapezius.1", "right"));
    QCoreApplication::processEvents();
    REQUIRE(r3.dialog.grab().save("/tmp/safety_local.png"));
    pressContinue(r3.dialog);
    QCoreApplication::processEvents();
    REQUIRE(r3.dialog.grab().save("/tmp/safety_danger.png"));
    pressContinue(r3.dialog);
    QCoreApplication::processEvents();
    REQUIRE(r3.dialog.grab().save("/tmp/safety_caution.png"));
}
