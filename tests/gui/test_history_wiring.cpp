// The history wired into the app (issue 7): a guided session writes into the store as it runs, a
// blocked safety review is recorded, View > Progress shows the progress view and follows the store,
// exports and imports go through the File menu's functions, the plan PDF, the store message, and the
// finder's "helped before" marks and tie-break.
#include "app/AppContext.h"
#include "app/HistoryActions.h"
#include "app/MainWindow.h"
#include "app/SessionQueueWidget.h"
#include "finder/CandidateList.h"
#include "finder/CandidateModel.h"
#include "finder/HelpedOrder.h"
#include "history/HistoryStore.h"
#include "history/HistoryWiring.h"
#include "history/ProgressView.h"
#include "session/SessionLauncher.h"
#include "test_session_support.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;

namespace {

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kNow = 1'795'000'000'000; // fixed "now" (Nov 2026)

// The real data (with history.json) and a history file of its own in a temporary folder.
struct App {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> ctx = AppContext::load(QStringLiteral(TPF_SOURCE_DATA_DIR));
    QString storePath = dir.filePath(QStringLiteral("history.sqlite"));

    App() {
        QSettings().clear();
        INFO(ctx->problemReport().toStdString());
        REQUIRE(ctx->ok());
        REQUIRE(ctx->historyRules());
    }
    ~App() { ctx->historyStore().close(); }
    HistoryStore& store() { return ctx->historyStore(); }
    std::size_t tp(const char* id) const {
        const auto i = ctx->database().triggerPointIndex(id);
        REQUIRE(i);
        return *i;
    }
    history::Records records() {
        auto r = store().loadAll();
        INFO(r.error.toStdString());
        REQUIRE(r.ok());
        return *r.value;
    }
};

struct Window {
    App& app;
    FakeClock clock;
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer cues{std::make_unique<RecordingOutput>(played, spoken)};
    std::unique_ptr<MainWindow> window;
    SessionLauncher* launcher = nullptr;
    HistoryActions* actions = nullptr;

    explicit Window(App& a) : app(a) {
        window = std::make_unique<MainWindow>(*app.ctx);
        launcher = window->sessionLauncher();
        actions = window->findChild<HistoryActions*>(QStringLiteral("historyActions"));
        REQUIRE(actions);
        actions->setClock([] { return kNow; });
        cues.setMuted(true);
        launcher->setClock(clock.fn());
        launcher->setCuePlayer(&cues);
        launcher->setAskOptions(false);
        launcher->setGate([](QWidget*, const std::vector<SessionPoint>&) { return GateDecision::allowed(); });
        window->resize(1300, 850);
    }
    void queue(const char* id, Side side) { REQUIRE(window->sessionQueue()->add({app.tp(id), side})); }
};

// One ended session on `point` with a first and a last tenderness rating.
void addSession(HistoryStore& store, std::int64_t start, const history::PointRef& point, int before,
                int after, history::EndReason reason = history::EndReason::Completed) {
    const auto id = store.beginSession(start, {point});
    REQUIRE(id.ok());
    REQUIRE(store.recordHold(*id.value, {point, start + 60'000, 5, before}).isEmpty());
    REQUIRE(store.recordHold(*id.value, {point, start + 200'000, 5, after}).isEmpty());
    REQUIRE(store.recordPhaseCompleted(*id.value).isEmpty());
    REQUIRE(store.endSession(*id.value, start + 300'000, reason).isEmpty());
}

} // namespace

TEST_CASE("history wiring: a guided session lands in the store with its holds, ratings and end reason",
          "[history][wiring][gui]") {
    App app;
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    Window w(app);
    w.queue("upper_trapezius.1", Side::Right);
    REQUIRE(w.launcher->start());
    SessionController* c = w.launcher->controller();
    REQUIRE(c);
    // The session is in the store from its start, before anything else happened.
    REQUIRE(app.records().size() == 1);
    CHECK_FALSE(app.records()[0].end_reason.has_value());

    c->foundIt(); // locate -> first hold
    c->rate(6, session::RatingKind::Tenderness);
    c->rate(4, session::RatingKind::Pressure);
    c->rate(5, session::RatingKind::Pressure); // the last of each kind counts
    w.clock.now += 61'000;
    c->poll(); // the hold ran out
    c->sharpPain();

    const history::Records records = app.records();
    REQUIRE(records.size() == 1);
    const history::SessionRecord& s = records[0];
    CHECK(s.points == std::vector<history::PointRef>{{"upper_trapezius.1", Side::Right}});
    REQUIRE(s.holds.size() == 1);
    CHECK(s.holds[0].point == history::PointRef{"upper_trapezius.1", Side::Right});
    CHECK(s.holds[0].tenderness == 6);
    CHECK(s.holds[0].pressure == 5);
    CHECK(s.phases_completed >= 2); // locate and the hold
    CHECK(s.end_reason == history::EndReason::SharpPain);
    CHECK(s.end_ms.has_value());
}

TEST_CASE("history wiring: a blocked safety review is recorded as a session ended by safety_block",
          "[history][wiring][gui]") {
    App app;
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    Window w(app);
    bool blocked = true;
    w.launcher->setGate(recordingBlocks(
        [](QWidget*, const std::vector<SessionPoint>&) { return GateDecision{}; }, app.ctx->database(),
        app.store(), [] { return kNow; }, [&](const GateDecision&) { return blocked; }));
    w.queue("upper_trapezius.1", Side::Right);
    CHECK_FALSE(w.launcher->start());
    history::Records records = app.records();
    REQUIRE(records.size() == 1);
    CHECK(records[0].end_reason == history::EndReason::SafetyBlock);
    CHECK(records[0].start_ms == kNow);
    CHECK(records[0].points == std::vector<history::PointRef>{{"upper_trapezius.1", Side::Right}});
    CHECK(records[0].holds.empty());

    blocked = false; // a cancelled review is not a block
    CHECK_FALSE(w.launcher->start());
    CHECK(app.records().size() == 1);
}

TEST_CASE("history wiring: View > Progress shows the progress view, which follows the store",
          "[history][wiring][gui]") {
    App app;
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    Window w(app);
    showActive(*w.window);
    QAction* progress = w.actions->progressAction();
    CHECK(progress->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H));
    CHECK(w.window->viewMenu()->actions().contains(progress));
    CHECK_FALSE(w.actions->progressDock()->isVisible());
    progress->trigger();
    CHECK(w.actions->progressDock()->isVisible());
    CHECK(w.actions->progressView()->isVisible());
    auto* summary = find<QLabel>(*w.actions->progressView(), "progressSummary");
    CHECK(summary->text().startsWith("No sessions yet"));

    addSession(app.store(), kNow - 2 * kDay, {"upper_trapezius.1", Side::Right}, 7, 4);
    QCoreApplication::processEvents(); // the refresh is queued once per burst of writes
    CHECK(summary->text().startsWith("1 session on 1 point"));
}

TEST_CASE("history wiring: export to JSON and CSV and import back through the File menu's functions",
          "[history][wiring][gui]") {
    App app;
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    Window w(app);
    addSession(app.store(), kNow - 3 * kDay, {"upper_trapezius.1", Side::Right}, 7, 5);
    addSession(app.store(), kNow - 1 * kDay, {"upper_trapezius.1", Side::Right}, 5, 3,
               history::EndReason::StoppedByUser);
    const QString json = app.dir.filePath(QStringLiteral("export.json"));
    const QString csv = app.dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(w.actions->exportHistory(json, true).isEmpty());
    REQUIRE(w.actions->exportHistory(csv, false).isEmpty());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().count('\n') == 1 + 4);

    // Into the same history: nothing new.
    ImportSummary same;
    REQUIRE(w.actions->importHistory(json, &same).isEmpty());
    CHECK(same.imported == 0);
    CHECK(same.skipped == 2);

    // Into a fresh history: everything, equal apart from the row ids.
    App other;
    REQUIRE(other.ctx->openHistory(other.storePath).isEmpty());
    Window w2(other);
    ImportSummary fresh;
    REQUIRE(w2.actions->importHistory(json, &fresh).isEmpty());
    CHECK(fresh.imported == 2);
    history::Records a = app.records(), b = other.records();
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        b[i].id = a[i].id;
        CHECK(a[i] == b[i]);
    }

    // All or nothing: one bad rating, and no session of the file is added.
    QFile in(json);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    const int at = text.lastIndexOf("\"tenderness\": 3");
    REQUIRE(at >= 0);
    text.replace(at, int(qstrlen("\"tenderness\": 3")), "\"tenderness\": 11");
    App third;
    REQUIRE(third.ctx->openHistory(third.storePath).isEmpty());
    Window w3(third);
    const QString bad = third.dir.filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const QString error = w3.actions->importHistory(bad);
    CHECK_THAT(error.toStdString(), Catch::Contains("tenderness"));
    CHECK(third.records().empty());
}

TEST_CASE("history wiring: the self-care plan covers the queue, else the chosen point",
          "[history][wiring][gui]") {
    App app;
    Window w(app);
    CHECK(w.actions->planPoints().empty());
    CHECK_FALSE(w.actions->savePlanAction()->isEnabled());
    w.queue("upper_trapezius.1", Side::Right);
    w.queue("gluteus_minimus_posterior.1", Side::Left);
    CHECK(w.actions->savePlanAction()->isEnabled());
    CHECK(w.actions->planPoints() ==
          std::vector<history::PointRef>{{"upper_trapezius.1", Side::Right},
                                         {"gluteus_minimus_posterior.1", Side::Left}});
    const QString pdf = app.dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(w.actions->savePlan(pdf).isEmpty());
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
}

TEST_CASE("history wiring: a history file that was moved aside is shown to the user",
          "[history][wiring][gui]") {
    App app;
    {
        QFile junk(app.storePath);
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
    }
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    REQUIRE_FALSE(app.store().notice().isEmpty());
    Window w(app);
    showActive(*w.window);
    QCoreApplication::processEvents();
    auto* box = w.window->findChild<QMessageBox*>(QStringLiteral("historyStoreMessage"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text() == app.store().notice());
    box->close();
}

TEST_CASE("history wiring: a history that cannot be opened is shown to the user", "[history][wiring][gui]") {
    App app;
    const QString error = app.ctx->openHistory(QStringLiteral("/proc/no-such-dir/history.sqlite"));
    REQUIRE_FALSE(error.isEmpty());
    Window w(app);
    showActive(*w.window);
    QCoreApplication::processEvents();
    auto* box = w.window->findChild<QMessageBox*>(QStringLiteral("historyStoreMessage"));
    REQUIRE(box);
    CHECK(box->text().contains(error));
    box->close();
}

TEST_CASE("history wiring: points that helped before are marked and listed first among equal scores",
          "[history][wiring][gui]") {
    Ranking r;
    r.candidates = {{1, Side::Left, 0.9, {}},
                    {2, Side::Left, 0.5, {}},
                    {3, Side::Right, 0.5, {}},
                    {4, Side::Left, 0.5, {}},
                    {5, Side::Left, 0.2, {}}};
    helpedFirstOnTies(r, [](std::size_t tp, Side) { return tp == 4 || tp == 5; });
    std::vector<std::size_t> order;
    for (const Candidate& c : r.candidates)
        order.push_back(c.triggerPoint);
    CHECK(order == std::vector<std::size_t>{1, 4, 2, 3, 5}); // 5 helped too, but its score is lower

    App app;
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    // Upper trapezius 1 (right) eased from 7 to 2 in two sessions: it helped.
    addSession(app.store(), kNow - 3 * kDay, {"upper_trapezius.1", Side::Right}, 7, 4);
    addSession(app.store(), kNow - 1 * kDay, {"upper_trapezius.1", Side::Right}, 5, 2);
    Window w(app);
    QCoreApplication::processEvents();
    CandidateList* list = w.window->candidateList();
    // Where the point refers pain to: it is then on the list.
    list->setRegions(app.ctx->referral().referralOf(app.tp("upper_trapezius.1"), Side::Right).primary);
    const auto row = list->candidateModel()->rowOf(app.tp("upper_trapezius.1"), Side::Right);
    REQUIRE(row);
    const HelpedFn helped = list->candidateModel()->helped();
    REQUIRE(helped);
    CHECK(helped(app.tp("upper_trapezius.1"), Side::Right));
    CHECK_FALSE(helped(app.tp("upper_trapezius.1"), Side::Left));
    CHECK(list->candidateModel()->index(*row).data(CandidateModel::HelpedBeforeRole).toBool());
    CHECK_THAT(list->candidateModel()->index(*row).data(Qt::AccessibleTextRole).toString().toStdString(),
               Catch::EndsWith("Helped you before."));
}

// For a person to look at: the finder with the progress dock over ten days of sample sessions
// (two points easing, one not), written to $TPF_PROGRESS_SHOT (default /tmp/progress_in_app.png).
// Hidden: run it with   tpfinder_gui_tests "[.screenshot]"
TEST_CASE("history wiring screenshot: the main window with the progress view", "[.screenshot]") {
    App app;
    REQUIRE(app.ctx->openHistory(app.storePath).isEmpty());
    const history::PointRef trap{"upper_trapezius.1", Side::Right};
    const history::PointRef glute{"gluteus_minimus_posterior.1", Side::Left};
    const history::PointRef levator{"levator_scapulae.1", Side::Right};
    const int trapBefore[] = {8, 7, 7, 6, 5, 4, 4, 3, 3, 2};
    const int gluteBefore[] = {6, 6, 5, 5, 4, 4, 3, 3, 3, 2};
    for (int day = 0; day < 10; ++day) {
        const std::int64_t start = kNow - (10 - day) * kDay + 8 * 3'600'000;
        addSession(app.store(), start, trap, trapBefore[day], std::max(1, trapBefore[day] - 2));
        if (day % 2 == 0)
            addSession(app.store(), start + 3'600'000, glute, gluteBefore[day],
                       std::max(1, gluteBefore[day] - 2));
        if (day >= 3)
            addSession(app.store(), start + 7'200'000, levator, 5 + day / 4, 5 + day / 4,
                       day == 9 ? history::EndReason::SharpPain : history::EndReason::Completed);
    }
    Window w(app);
    w.window->resize(1600, 900);
    showActive(*w.window);
    w.actions->showProgress();
    w.actions->progressView()->selectPoint(trap);
    w.window->candidateList()->setRegions(
        app.ctx->referral().referralOf(app.tp("upper_trapezius.1"), Side::Right).primary);
    w.window->candidateList()->chooseRow(0);
    QCoreApplication::processEvents();
    const QString file = qEnvironmentVariableIsSet("TPF_PROGRESS_SHOT")
                             ? qEnvironmentVariable("TPF_PROGRESS_SHOT")
                             : QStringLiteral("/tmp/progress_in_app.png");
    REQUIRE(w.window->grab().save(file));
}
