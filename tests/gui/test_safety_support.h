#pragma once
// Shared fixtures for the safety review widget tests: the real data/safety.json rules, a tiny
// in-memory database with the danger zones the tests need, and helpers that click like a person.

#include "core/model.h"
#include "core/safety/load.h"
#include "gui/safety/QuestionCard.h"
#include "gui/safety/SafetyReviewDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>

namespace tpf::gui::testing {

inline const safety::Rules& realRules() {
    static const safety::Rules rules = [] {
        auto r = safety::loadRulesFromFile(std::filesystem::path(TPF_SOURCE_DATA_DIR) / "safety.json");
        if (!r.ok())
            throw std::runtime_error("data/safety.json does not load");
        return *r.rules;
    }();
    return rules;
}

// Indices into fixtureDatabase().triggerPoints.
enum FixturePoint : std::size_t { kTrapezius = 0, kScm = 1, kPopliteus = 2, kAbdominal = 3 };

inline const Database& fixtureDatabase() {
    static const Database db = [] {
        Database d;
        d.dangerZones = {
            {"carotid_artery", "Carotid artery",
             "The carotid artery runs under the front edge of the sternocleidomastoid. Never press where you "
             "feel a pulse."},
            {"popliteal_fossa", "Hollow behind the knee",
             "The hollow behind the knee holds the popliteal artery, vein and the tibial nerve."},
            {"abdomen_organs", "Abdominal organs", "Do not press deep into the abdomen."},
        };
        auto muscle = [&](const char* id, const char* name, const char* area) {
            Muscle m;
            m.id = id;
            m.name = name;
            m.area = area;
            m.triggerPoints = {d.muscles.size()};
            d.muscles.push_back(m);
        };
        auto point = [&](const char* id, const char* name, std::vector<std::string> zones,
                         std::vector<std::string> cautions = {}) {
            TriggerPoint tp;
            tp.id = id;
            tp.name = name;
            tp.muscle = d.triggerPoints.size();
            tp.dangerZones = std::move(zones);
            tp.cautions = std::move(cautions);
            d.triggerPoints.push_back(tp);
        };
        muscle("upper_trapezius", "Upper trapezius", "neck");
        point("upper_trapezius.1", "Upper trapezius, front-edge point", {},
              {"Pinch and lift the muscle; do not dig into the hollow above the collarbone."});
        muscle("sternocleidomastoid_sternal", "Sternocleidomastoid", "neck");
        point("sternocleidomastoid_sternal.1", "SCM sternal division, mid-muscle point", {"carotid_artery"});
        muscle("popliteus", "Popliteus", "knee");
        point("popliteus.1", "Popliteus, behind the upper shin", {"popliteal_fossa"});
        muscle("rectus_abdominis", "Rectus abdominis", "abdomen");
        point("rectus_abdominis.1", "Rectus abdominis, upper point", {"abdomen_organs"});
        d.reindex();
        return d;
    }();
    return db;
}

template <class T> T* child(const QWidget& root, const QString& name) {
    T* w = root.findChild<T*>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

inline bool shown(const QWidget& root, const QString& name) {
    const QWidget* w = root.findChild<QWidget*>(name);
    return w && w->isVisible();
}

// Clicks like a person: the control must be on screen and enabled.
inline void click(QAbstractButton* b) {
    INFO("click " << b->objectName().toStdString());
    QCoreApplication::processEvents(); // let pending layouts settle, as they would before a person clicks
    REQUIRE(b->isVisible());
    REQUIRE(b->isEnabled());
    // Radio buttons and check boxes react to their indicator and text, not to the empty space after it.
    const bool indicator = qobject_cast<QRadioButton*>(b) || qobject_cast<QCheckBox*>(b);
    const QPoint at = indicator ? QPoint(qMin(8, b->width() / 2), b->height() / 2) : b->rect().center();
    QTest::mouseClick(b, Qt::LeftButton, {}, at);
}

inline void click(const QWidget& root, const QString& name) { click(child<QAbstractButton>(root, name)); }

inline QString localKey(const std::string& qid, const std::string& tp, const char* side) {
    return QString::fromStdString(qid + "@" + tp + "/" + side);
}

// Answers every question of a category "no" by clicking, except `yesId` which gets "yes".
inline void answerCategory(const SafetyReviewDialog& d, safety::Category c, const std::string& yesId = {}) {
    for (const safety::Question* q : realRules().questionsIn(c))
        click(d, QString::fromStdString((q->id == yesId ? "yes_" : "no_") + q->id));
}

inline void answerLocalNo(const SafetyReviewDialog& d, const std::string& tp, const char* side) {
    for (const safety::Question* q : realRules().questionsIn(safety::Category::local))
        click(d, "no_" + localKey(q->id, tp, side));
}

inline void pressContinue(const SafetyReviewDialog& d) { click(d, "continueButton"); }

} // namespace tpf::gui::testing
