// Start-up: the data loads on a worker thread with the same result and the same problem reports
// as the plain load, and the staged window builds what the first paint does not show right after it.
#include "app/FontSetUp.h"
#include "app/HistoryActions.h"
#include "app/MainWindow.h"
#include "app/SessionBus.h"
#include "support.h"
#include "widgets/SectionHeader.h"

#include <QDBusConnection>
#include <QDockWidget>
#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <thread>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

TEST_CASE("Loading on a worker thread gives the same data as loading in place", "[startup][context]") {
    const auto inPlace = AppContext::load(QStringLiteral(TPF_GUI_FIXTURE_DIR));
    const auto threaded = AppContext::startLoading(QStringLiteral(TPF_GUI_FIXTURE_DIR));
    threaded->finishLoading();
    threaded->finishLoading(); // idempotent
    REQUIRE(inPlace->ok());
    REQUIRE(threaded->ok());
    CHECK(threaded->dataDir() == inPlace->dataDir());
    CHECK(threaded->database().regions.size() == inPlace->database().regions.size());
    CHECK(threaded->database().triggerPoints.size() == inPlace->database().triggerPoints.size());
    CHECK(threaded->disclaimer() == inPlace->disclaimer());
    CHECK(threaded->referral().rank({region("temple-right")}).candidates.size() ==
          inPlace->referral().rank({region("temple-right")}).candidates.size());
    CHECK(threaded->regionQuery().resolve("left temple").ok());
}

TEST_CASE("What main() runs first on the loading thread runs once, there, before the data loads",
          "[startup][context]") {
    // main() sets fontconfig up there: one thread beside the GUI thread instead of two.
    std::promise<std::thread::id> ranOn;
    std::future<std::thread::id> ran = ranOn.get_future();
    int calls = 0;
    const auto ctx = AppContext::startLoading(QStringLiteral(TPF_GUI_FIXTURE_DIR), {}, [&] {
        ++calls;
        ranOn.set_value(std::this_thread::get_id());
    });
    CHECK(ran.get() != std::this_thread::get_id()); // not the caller's thread
    ctx->finishLoading();
    CHECK(calls == 1);
    REQUIRE(ctx->ok());
    CHECK(ctx->regionQuery().resolve("left temple").ok());
}

TEST_CASE("Whether the loading has finished is known without waiting for it", "[startup][context]") {
    // main() warms the text up only while the data is still loading.
    std::promise<void> gate;
    std::shared_future<void> opened = gate.get_future().share();
    const auto ctx =
        AppContext::startLoading(QStringLiteral(TPF_GUI_FIXTURE_DIR), {}, [opened] { opened.wait(); });
    CHECK_FALSE(ctx->loadingFinished()); // held at the gate
    gate.set_value();
    ctx->finishLoading();
    CHECK(ctx->loadingFinished());
    REQUIRE(ctx->ok());
    CHECK(AppContext::load(QStringLiteral(TPF_GUI_FIXTURE_DIR))->loadingFinished());
}

TEST_CASE("Broken data loaded on a worker thread is reported like a load in place", "[startup][context]") {
    QTemporaryDir dir;
    REQUIRE(QFile::copy(QStringLiteral(TPF_GUI_FIXTURE_DIR "/body_regions.json"),
                        dir.filePath("body_regions.json")));
    REQUIRE(QFile::copy(QStringLiteral(TPF_TEST_DATA_DIR "/broken/muscles_problems.json"),
                        dir.filePath("muscles.json")));
    const auto inPlace = AppContext::load(dir.path());
    const auto threaded = AppContext::startLoading(dir.path());
    threaded->finishLoading();
    CHECK_FALSE(threaded->ok());
    CHECK(threaded->problems() == inPlace->problems());
    CHECK(threaded->problemReport() == inPlace->problemReport());

    const auto missing = AppContext::startLoading(QStringLiteral("/nonexistent/tpfinder-data"));
    missing->finishLoading();
    CHECK_FALSE(missing->ok());
    CHECK(missing->problemReport().contains(QStringLiteral("/nonexistent/tpfinder-data")));
}

TEST_CASE("A context still loading is destroyed safely", "[startup][context]") {
    // The app may quit (an error, --help) before it waited for the data.
    auto ctx = AppContext::startLoading(QStringLiteral(TPF_GUI_FIXTURE_DIR));
    ctx.reset();
    SUCCEED("no crash, the worker was joined");
}

TEST_CASE("The staged window builds the history and settings parts right after its first paint",
          "[startup][layout]") {
    clearSettings();
    QTemporaryDir dir;
    const auto ctx = AppContext::load(QStringLiteral(TPF_GUI_FIXTURE_DIR));
    REQUIRE(ctx->openHistory(dir.filePath("history.sqlite")).isEmpty());
    {
        // A saved layout with the Progress dock shown.
        MainWindow before(*ctx);
        before.show();
        REQUIRE(QTest::qWaitForWindowExposed(&before));
        child<HistoryActions>(&before, "historyActions")->progressDock()->show();
        QCoreApplication::processEvents();
        before.saveSettings();
    }

    QApplication::setWindowIcon(QIcon()); // as at launch
    MainWindow w(*ctx, nullptr, MainWindow::Startup::Staged);
    QSignalSpy completed(&w, &MainWindow::startupCompleted);
    CHECK_FALSE(w.isStartupComplete());
    CHECK(w.findChild<HistoryActions*>() == nullptr); // not needed for the first paint
    CHECK(w.bodyMap() != nullptr);
    CHECK(w.candidateList() != nullptr);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(completed.wait(5000));
    CHECK(w.isStartupComplete());
    auto* actions = child<HistoryActions>(&w, "historyActions");
    CHECK(w.findChild<QObject*>(QStringLiteral("settingsUi")) != nullptr);
    // The saved layout is restored once the dock exists.
    CHECK(actions->progressDock()->isVisible());
    CHECK(ctx->historyStore().isOpen());
    // The app's icon, for the window, the About box and the tray icon.
    CHECK_FALSE(QApplication::windowIcon().isNull());
    CHECK_FALSE(w.windowIcon().isNull());
    CHECK_FALSE(w.windowIcon().pixmap(32, 32).isNull());
    clearSettings();
}

TEST_CASE("The language pack read beside the database is applied as in a plain load", "[startup][context]") {
    const QString data = QStringLiteral(TPF_TEST_DATA_DIR "/../../data");
    const QStringList german{QStringLiteral("de-DE")};
    const auto inPlace = AppContext::load(data, german);
    const auto threaded = AppContext::startLoading(data, german);
    threaded->finishLoading();
    REQUIRE(inPlace->ok());
    REQUIRE(threaded->ok());
    CHECK(threaded->dataLanguage() == QStringLiteral("de"));
    CHECK(threaded->languageProblems() == inPlace->languageProblems());
    const Database& a = inPlace->database();
    const Database& b = threaded->database();
    REQUIRE(a.regions.size() == b.regions.size());
    REQUIRE(a.triggerPoints.size() == b.triggerPoints.size());
    for (std::size_t i = 0; i < a.regions.size(); ++i)
        CHECK(a.regions[i].label == b.regions[i].label);
    for (std::size_t i = 0; i < a.triggerPoints.size(); ++i)
        CHECK(a.triggerPoints[i].name == b.triggerPoints[i].name);
    CHECK(b.region("temple-right")->label != "Right temple"); // translated
    CHECK(threaded->disclaimer() == inPlace->disclaimer());
    // English has no pack (and starts no thread for one): the data stays as the files have it.
    const auto english = AppContext::startLoading(data, {QStringLiteral("en-GB")});
    english->finishLoading();
    REQUIRE(english->ok());
    CHECK(english->dataLanguage().isEmpty());
    CHECK(english->languageProblems().isEmpty());
    CHECK(english->database().region("temple-right")->label == "Right temple");
}

TEST_CASE("The session bus connection made on a thread is the one the GUI thread then uses",
          "[startup][dbus]") {
    // main() makes it on a thread while the fonts load; the accessibility bridge asks for it on the
    // GUI thread. A second connection would mean the head start bought nothing.
    std::thread ahead(connectSessionBus);
    ahead.join();
    // Looks up an existing connection by name, never makes one: the thread's attempt is registered,
    // whether it connected (a desktop) or failed (CI has no session bus).
    const QDBusConnection made(QStringLiteral("qt_default_session_bus"));
    REQUIRE(made.name() == QStringLiteral("qt_default_session_bus")); // empty when there is none
    const QDBusConnection gui = QDBusConnection::sessionBus();
    CHECK(gui.name() == made.name());
    CHECK(gui.isConnected() == made.isConnected());
    CHECK(gui.baseService() == made.baseService());
}

TEST_CASE("The context makes its region query at the first call, once, from any thread",
          "[startup][context]") {
    const auto ctx = AppContext::load(QStringLiteral(TPF_GUI_FIXTURE_DIR));
    REQUIRE(ctx->ok());
    const RegionQuery* fromWorker = nullptr;
    std::thread worker([&] { fromWorker = &ctx->regionQuery(); });
    const RegionQuery* fromHere = &ctx->regionQuery();
    worker.join();
    CHECK(fromWorker == fromHere);
    CHECK(&ctx->regionQuery() == fromHere);
    CHECK(fromHere->resolve("left temple").ok());
}

TEST_CASE("The generic sans-serif family is named as fontconfig matches it, the font Qt would pick",
          "[startup][fonts]") {
    const QString matched = setUpFontconfig();
#ifdef TPF_HAVE_FONTCONFIG
    REQUIRE_FALSE(matched.isEmpty()); // the test machine has fonts (CI installs them)
    // The same family Qt's own matching ends with for its generic name.
    CHECK(QFontInfo(QFont(QString::fromLatin1(kQtGenericSansFamily))).family() == matched);
#endif
    const QFont saved = QApplication::font();
    SECTION("the generic application font gets the matched family, same size and weight") {
        QFont generic(QString::fromLatin1(kQtGenericSansFamily));
        generic.setPointSizeF(9.5);
        QApplication::setFont(generic);
        CHECK(useMatchedGenericFamily(QStringLiteral("DejaVu Sans")));
        CHECK(QApplication::font().families() == QStringList{QStringLiteral("DejaVu Sans")});
        CHECK(QApplication::font().pointSizeF() == 9.5);
        CHECK(QApplication::font().weight() == QFont::Normal);
    }
    SECTION("a theme's font, or no match, stays") {
        QApplication::setFont(QFont(QStringLiteral("DejaVu Serif")));
        CHECK_FALSE(useMatchedGenericFamily(QStringLiteral("DejaVu Sans")));
        CHECK(QApplication::font().families().value(0) == QStringLiteral("DejaVu Serif"));
        QApplication::setFont(QFont(QString::fromLatin1(kQtGenericSansFamily)));
        CHECK_FALSE(useMatchedGenericFamily({}));
        CHECK(QApplication::font().families().value(0) == QString::fromLatin1(kQtGenericSansFamily));
    }
    QApplication::setFont(saved);
}

TEST_CASE("The panel titles are set in the UI font's own engine", "[startup][fonts]") {
    // No second font engine before the first paint: only capitals and spacing differ.
    QFont ui(QStringLiteral("DejaVu Sans"));
    ui.setPointSizeF(9);
    const QFont title = sectionHeaderFont(ui);
    CHECK(title.families() == ui.families());
    CHECK(title.pointSizeF() == ui.pointSizeF());
    CHECK(title.weight() == ui.weight());
    CHECK(title.style() == ui.style());
    CHECK(title.capitalization() == QFont::AllUppercase);
    CHECK(title.letterSpacing() > 100);
    // Laid out in capitals, the text itself unchanged.
    CHECK(QFontMetricsF(title).horizontalAdvance(QStringLiteral("queue")) >
          QFontMetricsF(ui).horizontalAdvance(QStringLiteral("QUEUE")) * 0.99);
    QWidget parent;
    QLabel* label = makeSectionHeader(QStringLiteral("Session queue"), QStringLiteral("t"), &parent);
    CHECK(label->text() == QStringLiteral("Session queue"));
    CHECK(label->font().capitalization() == QFont::AllUppercase);
}
