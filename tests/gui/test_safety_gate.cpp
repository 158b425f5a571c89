// SafetyGate (issue 6): point contexts from the database, the stored last review, the choice
// between the full review and the short re-confirmation under a fake clock, and run().

#include "gui/safety/AnswersJson.h"
#include "gui/safety/SafetyGate.h"
#include "test_safety_support.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::testing;
using safety::Category;
using safety::Level;
using safety::ReviewKind;
using Page = SafetyReviewDialog::Page;

namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;
constexpr std::int64_t kT0 = 1'780'000'000; // some fixed day in 2026

struct GateFixture {
    QTemporaryDir dir;
    QSettings settings{dir.filePath("settings.ini"), QSettings::IniFormat};
    std::int64_t now = kT0;
    SafetyGate gate{realRules(), settings, [this] { return now; }};
};

// Shows the gate's dialog non-modally; the caller drives it, then finish() reports.
std::unique_ptr<SafetyReviewDialog> open(SafetyGate& gate, std::vector<ChosenPoint> points) {
    auto d = gate.makeDialog(nullptr, SafetyGate::pointContexts(fixtureDatabase(), points));
    d->show();
    return d;
}

// A full review answered "no" everywhere and started.
GateResult completeFullReview(SafetyGate& gate) {
    auto d = open(gate, {{kTrapezius, Side::Right}});
    REQUIRE(d->page() == Page::red_flags);
    answerCategory(*d, Category::red_flag);
    pressContinue(*d);
    answerCategory(*d, Category::clinician_first, "osteoporosis");
    click(*d, "cleared_osteoporosis");
    pressContinue(*d);
    answerLocalNo(*d, "upper_trapezius.1", "right");
    pressContinue(*d);
    if (d->page() == Page::danger_zones)
        pressContinue(*d);
    REQUIRE(d->page() == Page::outcome);
    click(*d, "acknowledgeCheck");
    click(*d, "startButton");
    return gate.finish(*d);
}

} // namespace

TEST_CASE("safety gate: point contexts carry the side in the name, the area, danger zones and cautions",
          "[safety][gui]") {
    const auto points = SafetyGate::pointContexts(
        fixtureDatabase(),
        {{kScm, Side::Right}, {kTrapezius, Side::Left}, {kPopliteus, Side::Midline}, {99, Side::Left}});
    REQUIRE(points.size() == 3); // the unknown index is skipped
    CHECK(points[0].point == safety::PointRef{"sternocleidomastoid_sternal.1", Side::Right});
    CHECK(points[0].name == "SCM sternal division, mid-muscle point (right)");
    CHECK(points[0].area == "neck");
    REQUIRE(points[0].danger_zones.size() == 1);
    CHECK(points[0].danger_zones[0].label == "Carotid artery");
    CHECK(points[1].name == "Upper trapezius, front-edge point (left)");
    CHECK(points[1].cautions.size() == 1);
    CHECK(points[2].name == "Popliteus, behind the upper shin");
    CHECK(points[2].danger_zones[0].id == "popliteal_fossa");
}

TEST_CASE("safety gate: the first review is full and a started one is remembered", "[safety][gui]") {
    GateFixture f;
    CHECK_FALSE(f.gate.lastReview());
    CHECK(f.gate.needed() == ReviewKind::full);
    const GateResult r = completeFullReview(f.gate);
    CHECK(r.may_start);
    CHECK(r.kind == ReviewKind::full);
    CHECK(r.outcome.level == Level::caution);
    CHECK(r.answers.local.size() == 1); // per-point answers go to the session and history...
    const auto last = f.gate.lastReview();
    REQUIRE(last);
    CHECK(last->last_full_review_unix_s == kT0);
    CHECK(last->answers.local.empty()); // ...but are not kept for the next session
    CHECK(last->answers.answer("osteoporosis") == safety::Answer::yes);
    CHECK(last->answers.clinician_cleared.count("osteoporosis") == 1);
    CHECK(f.gate.lastStoreError().isEmpty());
}

TEST_CASE("safety gate: within 30 days a short re-confirmation, after 30 days the full review",
          "[safety][gui]") {
    GateFixture f;
    completeFullReview(f.gate);
    CHECK(f.gate.needed(kT0 + 29 * kDay) == ReviewKind::short_reconfirm);
    CHECK(f.gate.needed(kT0 + 31 * kDay) == ReviewKind::full);

    SECTION("short: previous answers summarised; nothing changed keeps them and asks only the local checks") {
        f.now = kT0 + 10 * kDay;
        auto d = open(f.gate, {{kScm, Side::Left}});
        REQUIRE(d->page() == Page::reconfirm);
        CHECK(child<QLabel>(*d, "summaryYes")
                  ->text()
                  .contains(QString::fromStdString(realRules().question("osteoporosis")->text)));
        CHECK(child<QLabel>(*d, "summaryNo")
                  ->text()
                  .contains(QString::fromStdString(realRules().question("chest_pain_breathless")->text)));
        CHECK_FALSE(child<QRadioButton>(*d, "yes_changed")->isChecked());
        CHECK_FALSE(child<QRadioButton>(*d, "no_changed")->isChecked());
        CHECK_FALSE(child<QPushButton>(*d, "continueButton")->isEnabled());
        click(*d, "no_changed");
        pressContinue(*d);
        REQUIRE(d->page() == Page::local);
        answerLocalNo(*d, "sternocleidomastoid_sternal.1", "left");
        pressContinue(*d);
        REQUIRE(d->page() == Page::danger_zones);
        CHECK(shown(*d, "dangerZone_carotid_artery"));
        pressContinue(*d);
        REQUIRE(d->page() == Page::outcome);
        click(*d, "acknowledgeCheck");
        click(*d, "startButton");
        const GateResult r = f.gate.finish(*d);
        CHECK(r.may_start);
        CHECK(r.kind == ReviewKind::short_reconfirm);
        CHECK(r.answers.clinician_cleared.count("osteoporosis") == 1);
        // A short re-confirmation does not restart the 30 days.
        CHECK(f.gate.lastReview()->last_full_review_unix_s == kT0);
        CHECK(f.gate.needed(kT0 + 31 * kDay) == ReviewKind::full);
    }
    SECTION("short: something changed leads to the full review with nothing ticked") {
        f.now = kT0 + 10 * kDay;
        auto d = open(f.gate, {{kTrapezius, Side::Right}});
        click(*d, "yes_changed");
        pressContinue(*d);
        REQUIRE(d->page() == Page::red_flags);
        CHECK(d->reviewKind() == ReviewKind::full);
        for (const safety::Question& q : realRules().questions)
            if (q.category != Category::local) {
                INFO(q.id);
                CHECK(d->answers().answer(q.id) == safety::Answer::unanswered);
            }
        for (QRadioButton* b : d->findChild<QWidget*>("page_red_flags")->findChildren<QRadioButton*>())
            CHECK_FALSE(b->isChecked());
        answerCategory(*d, Category::red_flag);
        pressContinue(*d);
        answerCategory(*d, Category::clinician_first);
        pressContinue(*d);
        answerLocalNo(*d, "upper_trapezius.1", "right");
        pressContinue(*d);
        if (d->page() == Page::danger_zones)
            pressContinue(*d);
        REQUIRE(d->page() == Page::outcome);
        CHECK(d->outcome().level == Level::ok);
        CHECK(d->findChild<QCheckBox*>("acknowledgeCheck") == nullptr); // ok, no danger zone: nothing to tick
        click(*d, "startButton");
        const GateResult r = f.gate.finish(*d);
        CHECK(r.kind == ReviewKind::full);
        CHECK(f.gate.lastReview()->last_full_review_unix_s == f.now); // the full review restarts the 30 days
        CHECK(f.gate.lastReview()->answers.answer("osteoporosis") == safety::Answer::no);
    }
    SECTION("after 30 days the dialog opens on the full review") {
        f.now = kT0 + 31 * kDay;
        auto d = open(f.gate, {{kTrapezius, Side::Right}});
        CHECK(d->page() == Page::red_flags);
        CHECK(d->findChild<QWidget*>("page_reconfirm") == nullptr);
        for (QRadioButton* b : d->findChildren<QRadioButton*>())
            CHECK_FALSE(b->isChecked());
    }
    SECTION("a clock that went back is treated as stale: full review") {
        CHECK(f.gate.needed(kT0 - kDay) == ReviewKind::full);
    }
}

TEST_CASE("safety gate: a blocked or cancelled review is not remembered", "[safety][gui]") {
    GateFixture f;
    {
        auto d = open(f.gate, {{kTrapezius, Side::Right}});
        click(*d, "yes_new_weakness");
        pressContinue(*d);
        click(*d, "closeButton");
        const GateResult r = f.gate.finish(*d);
        CHECK_FALSE(r.may_start);
        CHECK(r.outcome.level == Level::blocked);
        CHECK(r.answers.answer("new_weakness") == safety::Answer::yes); // for history's record
    }
    {
        auto d = open(f.gate, {{kTrapezius, Side::Right}});
        click(*d, "cancelButton");
        CHECK_FALSE(f.gate.finish(*d).may_start);
    }
    CHECK_FALSE(f.gate.lastReview());
    CHECK(f.gate.needed() == ReviewKind::full);
}

TEST_CASE("safety gate: an unreadable stored review means a full review", "[safety][gui]") {
    GateFixture f;
    completeFullReview(f.gate);
    f.settings.setValue("safetyReview/answersJson", "{not json");
    CHECK_FALSE(f.gate.lastReview());
    CHECK(f.gate.needed() == ReviewKind::full);
    f.gate.forgetReview();
    CHECK_FALSE(f.settings.contains("safetyReview/lastFullReviewUnix"));
}

TEST_CASE("safety gate: answers survive the JSON round trip the CLI also reads", "[safety][gui]") {
    safety::Answers a;
    a.general["numbness_tingling"] = safety::Answer::no;
    a.general["pregnancy"] = safety::Answer::yes;
    a.clinician_cleared.insert("pregnancy");
    a.local[{"popliteus.1", Side::Left}]["bruise"] = safety::Answer::yes;
    const QString json = answersToJson(a);
    CHECK(json.contains("\"clinician_cleared\":[\"pregnancy\"]"));
    CHECK(json.contains("\"local_exclusions\""));
    const auto back = answersFromJson(json, realRules());
    REQUIRE(back);
    CHECK(*back == a);
    CHECK_FALSE(answersFromJson("[1,2]", realRules()));
    // A question removed from safety.json is dropped rather than kept as a stale answer.
    const auto pruned =
        answersFromJson(R"({"answers": {"gone_question": true, "bruise": true}})", realRules());
    REQUIRE(pruned);
    CHECK(pruned->general.empty());
}

TEST_CASE("safety gate: run() shows the review modally and returns what the user decided", "[safety][gui]") {
    GateFixture f;
    bool drove = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<SafetyReviewDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        drove = true;
        click(*d, "yes_chest_pain_breathless");
        pressContinue(*d);
        click(*d, "closeButton");
    });
    // Should the driver above ever fail, close the dialog instead of waiting for a person.
    QTimer guard;
    guard.setInterval(50);
    QObject::connect(&guard, &QTimer::timeout, [&] {
        if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget()); d && !drove)
            d->reject();
    });
    guard.start();
    const GateResult r = f.gate.run(nullptr, fixtureDatabase(), {{kScm, Side::Right}});
    CHECK(drove);
    CHECK_FALSE(r.may_start);
    CHECK(r.outcome.level == Level::blocked);
    REQUIRE(r.outcome.reasons.size() == 1);
    CHECK(r.outcome.reasons[0].urgency == safety::Urgency::emergency);
    CHECK_FALSE(f.gate.lastReview());
}
