#pragma once
// Shared pieces for the guided-session widget tests: the real data/protocols.json, a one- or
// two-point plan, a fake monotonic clock, and recording cue output and history sink.

#include "app/AppContext.h"
#include "core/session/plan.h"
#include "core/session/protocol.h"
#include "session/CuePlayer.h"
#include "session/SessionController.h"
#include "session/SessionSink.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace tpf::gui::sessiontest {

inline const session::ProtocolSet& protocols() {
    static const session::ProtocolSet set = [] {
        auto r = session::loadProtocolsFile(std::string(TPF_SOURCE_DATA_DIR) + "/protocols.json");
        if (!r.ok())
            throw std::runtime_error("data/protocols.json does not load");
        return r.protocols;
    }();
    return set;
}

inline session::PointSpec trapezius() {
    session::PointSpec p;
    p.trigger_point_id = "upper_trapezius.1";
    p.name = "Upper trapezius";
    p.side = session::Side::Right;
    p.hold_seconds = 60;
    p.cautions = {"Pinch and lift the muscle; do not dig into the hollow above the collarbone.",
                  "Danger zone \u2013 Brachial plexus: nerves run in the hollow above the collarbone."};
    return p;
}

inline session::PointSpec scalenes() {
    session::PointSpec p;
    p.trigger_point_id = "levator_scapulae.1";
    p.name = "Levator scapulae";
    p.side = session::Side::Right;
    p.hold_seconds = 45;
    return p;
}

// Standard preset: locate, then (hold 60 s, move 10 s) x 4, then stretch 60 s, per point.
inline session::Plan plan(std::vector<session::PointSpec> points = {trapezius()},
                          session::PlanOptions options = {}) {
    return session::buildPlan(*protocols().find("standard"), points, options);
}

struct FakeClock {
    std::int64_t now = 10'000;
    SessionController::Clock fn() {
        return [this] { return now; };
    }
};

struct RecordingOutput : CueOutput {
    std::vector<Cue>* played;
    std::vector<QString>* spoken;
    RecordingOutput(std::vector<Cue>& p, std::vector<QString>& s) : played(&p), spoken(&s) {}
    bool soundAvailable() override { return true; }
    bool speechAvailable() override { return true; }
    void play(Cue cue, double) override { played->push_back(cue); }
    void say(const QString& text, double) override { spoken->push_back(text); }
};

struct RecordingSink : SessionSink {
    std::vector<std::string> events;
    QString sessionStarted(const session::Plan& plan, std::int64_t) override {
        events.push_back("start " + std::to_string(plan.points.size()));
        return {};
    }
    QString phaseEnded(const session::Plan& plan, const session::PhaseRecord& r, std::int64_t,
                       const std::vector<session::RatingRecord>& ratings) override {
        std::string e = std::string(session::toString(plan.phases[std::size_t(r.phase)].kind));
        for (const auto& rr : ratings)
            e += " " + std::to_string(rr.value);
        events.push_back(e);
        return {};
    }
    QString sessionEnded(session::EndReason reason, std::int64_t) override {
        events.push_back(std::string("end ") + session::toString(reason));
        return {};
    }
};

template <class T> T* find(const QWidget& root, const char* name) {
    T* w = root.findChild<T*>(QString::fromLatin1(name));
    INFO("no widget named " << name);
    REQUIRE(w != nullptr);
    return w;
}

inline void showActive(QWidget& w) {
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// The frozen GUI fixture (tests/gui/data) plus the real protocols.json, in a temporary folder;
// loaded once for every test that starts sessions from a main window.
inline AppContext& sessionContext() {
    static QTemporaryDir dir;
    static std::unique_ptr<AppContext> ctx = [] {
        const QDir fixture(QStringLiteral(TPF_GUI_FIXTURE_DIR));
        for (const QString& name : fixture.entryList({QStringLiteral("*.json")}, QDir::Files))
            QFile::copy(fixture.filePath(name), dir.filePath(name));
        QFile::copy(QStringLiteral(TPF_SOURCE_DATA_DIR "/protocols.json"),
                    dir.filePath(QStringLiteral("protocols.json")));
        auto c = AppContext::load(dir.path());
        if (!c->ok())
            FAIL(c->problemReport().toStdString());
        return c;
    }();
    return *ctx;
}

} // namespace tpf::gui::sessiontest
