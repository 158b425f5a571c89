// tpfinder: the Trigger Point Pain Finder desktop app.
//
// Developer options (hidden from --help): --quit-after-startup exits 0 right after the window's
// first paint (smoke test, start-up benchmark); --screenshot FILE writes the window after the
// first paint and exits; --select TEXT selects regions as if typed in the search box;
// --choose-first chooses the top candidate; --view both|front|back. TPF_TRACE_STARTUP=1 in the
// environment prints where start-up time goes (milliseconds since main()) to stderr; with
// TPF_LAUNCH_NS set (bench_gui, app/LaunchClock.h) --quit-after-startup prints the time from launch
// to the first paint on stdout.
//
// --export-plan FILE TP[:side]... writes the self-care plan PDF for the given trigger points and
// exits (0 ok, 1 error) without a window; tpfinder-cli export-plan runs this, so the CLI stays
// free of Qt while the PDF comes from the same renderer as File > Save Self-Care Plan.
#include "app/AppContext.h"
#include "app/FontSetUp.h"
#include "app/LaunchClock.h"
#include "app/MainWindow.h"
#include "app/SessionBus.h"
#include "bodymap/BodyMapState.h"
#include "bodymap/BodyMapWidget.h"
#include "bodymap/FirstFrameCache.h"
#include "finder/CandidateList.h"
#include "finder/SearchBox.h"
#include "history/PlanPdf.h"
#include "settings/AppSettings.h"
#include "settings/Language.h"
#include "settings/Theme.h"
#include "widgets/SectionHeader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <functional>
#include <future>
#include <thread>

namespace {

// Runs `then` once, after the watched window has finished its first paint: the top-level Paint
// event arrives first inside the backing-store sync, and the queued call runs after the sync has
// painted every child and flushed, which is "after the first paint" as the user would see it.
class FirstPaintHook : public QObject {
public:
    FirstPaintHook(QWidget* window, std::function<void()> then) : QObject(window), then_(std::move(then)) {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !fired_) {
            fired_ = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, then_);
        }
        return false;
    }

private:
    std::function<void()> then_;
    bool fired_ = false;
};

QCommandLineOption hidden(QCommandLineOption option) {
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

bool hasArgument(int argc, char** argv, const char* name) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

// --data DIR / --data=DIR, read before QApplication exists so the data can load meanwhile.
std::optional<QString> dataArgument(int argc, char** argv) {
    std::optional<QString> dir;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc)
            dir = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--data=", 7) == 0)
            dir = QString::fromLocal8Bit(argv[i] + 7);
    }
    return dir;
}

// Before the window: what its construction and first paint need first in any case, the font
// database (fontconfig) with the engines of the two fonts of the first frame (the UI font and the
// panel titles'), and the style's widget polish. Then, only while the data is still loading on the
// other thread (this one would just wait), text in both fonts, for the shaping and the glyphs much
// of the first frame's text uses: drawn when the data was already there, they cost more than they
// save, since part of them is not on the first frame (callgrind: 2.3M instructions against 2.0M).
void warmUpWhileLoading(const tpf::gui::AppContext& context) {
    const std::initializer_list<QFont> fonts = {QApplication::font(),
                                                tpf::gui::sectionHeaderFont(QApplication::font())};
    for (const QFont& font : fonts)
        (void)QFontMetrics(font).height(); // loads the font's engine
    QLineEdit edit;
    QPushButton button(QStringLiteral("Clear"));
    QListView list;
    for (QWidget* w : std::initializer_list<QWidget*>{&edit, &button, &list})
        w->ensurePolished();
    if (context.loadingFinished())
        return;
    QImage image(256, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (const QFont& font : fonts) {
        painter.setFont(font);
        painter.drawText(QRectF(image.rect()),
                         QStringLiteral("Possible trigger points, click where it hurts"));
    }
}

// Start-up work that only warms caches, on a thread of its own; wait() joins it (the destructor
// too). An empty function starts no thread.
class WarmUpThread {
public:
    explicit WarmUpThread(const std::function<void()>& work) {
        if (work)
            thread_ = std::thread(work);
    }
    ~WarmUpThread() { wait(); }
    WarmUpThread(const WarmUpThread&) = delete;
    WarmUpThread& operator=(const WarmUpThread&) = delete;
    void wait() {
        if (thread_.joinable())
            thread_.join();
    }

private:
    std::thread thread_;
};

// Qt loads every image format plugin (svg, gif, ico, jpeg, ...: half a dozen libraries) the first
// time it reads an image file by name, which happens while the main window is built: the menu bar's
// extension button gets its icon from the style. Reading one of our own icons (QImageReader and
// plugin loading are thread-safe) loads them while the GUI thread sets up the fonts.
void loadImagePlugins() {
    QImageReader reader(QStringLiteral(":/icons/app-32.png"));
    reader.format(); // finds the format: loads the plugins
}

// TPF_TRACE_STARTUP=1: "tpfinder: start-up: <ms> <step> (GUI thread CPU <ms>)" lines on stderr; the
// CPU time counts from the process's start, the dynamic loader included.
class StartupTrace {
public:
    StartupTrace() : on_(qEnvironmentVariableIntValue("TPF_TRACE_STARTUP") == 1) { timer_.start(); }
    void operator()(const char* step) const {
        if (on_)
            std::fprintf(stderr, "tpfinder: start-up: %7.1f ms %s (GUI thread CPU %.1f ms)\n",
                         double(timer_.nsecsElapsed()) / 1e6, step, tpf::gui::cpuMs(CLOCK_THREAD_CPUTIME_ID));
    }

private:
    bool on_;
    QElapsedTimer timer_;
};

// tpfinder --export-plan FILE TP[:side]...: no window. A point without a side is the left one.
int exportPlan(const tpf::gui::AppContext& ctx, const QString& file, const QStringList& args) {
    std::vector<tpf::history::PointRef> points;
    for (const QString& arg : args) {
        const QString id = arg.section(QLatin1Char(':'), 0, 0);
        const QString sideText = arg.section(QLatin1Char(':'), 1);
        tpf::Side side = tpf::Side::Left;
        if (!sideText.isEmpty()) {
            const auto parsed = tpf::history::parseSide(sideText.toLower().toStdString());
            if (!parsed) {
                std::fprintf(stderr,
                             "tpfinder: --export-plan: \"%s\": the side must be left, right or midline\n",
                             qPrintable(arg));
                return 1;
            }
            side = *parsed;
        }
        points.push_back({id.toStdString(), side});
    }
    if (points.empty()) {
        std::fprintf(
            stderr,
            "tpfinder: --export-plan FILE needs at least one trigger point (e.g. upper_trapezius.1:right)\n");
        return 1;
    }
    tpf::gui::PlanPdfOptions options;
    options.dateText = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const QString error =
        tpf::gui::writeSelfCarePlan(file, ctx.database(), ctx.referral(), ctx.safetyRules(), points, options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "tpfinder: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const StartupTrace trace;
    // Headless export: no display needed (must be decided before QApplication exists).
    const bool exportingPlan = hasArgument(argc, argv, "--export-plan");
    if (exportingPlan && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The names first: the language choice below is read from QSettings.
    QApplication::setOrganizationName(QStringLiteral("tpfinder"));
    QApplication::setOrganizationDomain(QStringLiteral("tpfinder.github.io"));
    QApplication::setApplicationName(QStringLiteral("Trigger Point Pain Finder"));
    QApplication::setApplicationVersion(QStringLiteral(TPF_VERSION));
    // The data loads on a second thread while Qt starts up on this one; the window needs it,
    // everything before the window does not. fontconfig's set-up (app/FontSetUp.h), the first thing
    // Qt's font database would do once QApplication exists, comes first on that thread, while Qt
    // connects to the display (FcInit is thread-safe; Qt's own call then finds it done), and is
    // waited for before the first text. One thread beside the GUI thread, not two: on two cores a
    // second one kept the GUI thread or the display server waiting for a core (about 5 ms, paired
    // A/B under Xvfb), and both finish in time either way.
    std::promise<QString> fontconfigDone;
    std::future<QString> fontconfigReady = fontconfigDone.get_future();
    const auto context = tpf::gui::AppContext::startLoading(
        dataArgument(argc, argv), tpf::gui::preferredLanguages(),
        [&fontconfigDone] { fontconfigDone.set_value(tpf::gui::setUpFontconfig()); });
    trace("data loading started");
    QApplication app(argc, argv);
    trace("QApplication");
    Q_INIT_RESOURCE(icons); // before the thread below reads one of them
    // One thread for the two head starts that need QApplication, in the order they are needed: the
    // session bus (app/SessionBus.h; the warm-up's first button waits for it, and without a window,
    // --export-plan, nothing does), then the image plugins (the window's construction). Two threads
    // competed with the GUI thread for the cores (about 1.8 ms, paired A/B under Xvfb).
    WarmUpThread afterQApplication([exportingPlan] {
        if (!exportingPlan)
            tpf::gui::connectSessionBus();
        loadImagePlugins();
    });
    QApplication::setDesktopFileName(QStringLiteral(TPF_APP_ID));
    // The user's language (View > Language, else the system's) and theme, before any text or window.
    tpf::gui::installTranslations();
    trace("translations");
    tpf::gui::applyTheme(tpf::gui::settings::Preferences::load().theme);
    trace("theme");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Find and self-treat myofascial trigger points."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QApplication::translate("main", "Read the data files from DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quitOpt = hidden(QCommandLineOption(QStringLiteral("quit-after-startup")));
    const QCommandLineOption shotOpt =
        hidden(QCommandLineOption(QStringLiteral("screenshot"), {}, QStringLiteral("FILE")));
    const QCommandLineOption selectOpt =
        hidden(QCommandLineOption(QStringLiteral("select"), {}, QStringLiteral("TEXT")));
    const QCommandLineOption chooseOpt = hidden(QCommandLineOption(QStringLiteral("choose-first")));
    const QCommandLineOption viewOpt =
        hidden(QCommandLineOption(QStringLiteral("view"), {}, QStringLiteral("MODE")));
    const QCommandLineOption planOpt(
        QStringLiteral("export-plan"),
        QApplication::translate("main", "Write the self-care plan for the trigger points "
                                        "given as arguments (TP[:side]) to FILE (PDF) and exit."),
        QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("TP"),
                                 QApplication::translate("main", "With --export-plan: trigger points."),
                                 QStringLiteral("[TP[:side]...]"));
    for (const auto& o : {dataOpt, quitOpt, shotOpt, selectOpt, chooseOpt, viewOpt, planOpt})
        parser.addOption(o);
    tpf::gui::useMatchedGenericFamily(fontconfigReady.get());
    trace("fontconfig ready");
    warmUpWhileLoading(*context); // the data may need a little longer than everything above
    trace("text and widgets warmed up");
    context->finishLoading(); // before process(), which may exit() for --help or a usage error
    afterQApplication.wait(); // likewise: no thread may still be connecting or loading plugins then
    trace(context->databaseFromCache() ? "data loaded (database from the snapshot cache)" : "data loaded");
    parser.process(app);
    const bool quitAfterStartup = parser.isSet(quitOpt);
    const QString screenshot = parser.value(shotOpt);
    const bool unattended = quitAfterStartup || !screenshot.isEmpty() || parser.isSet(planOpt);

    for (const QString& problem : context->languageProblems()) // the entries concerned stay English
        std::fprintf(stderr, "tpfinder: language pack: %s\n", qPrintable(problem));
    if (!context->ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(context->problemReport()));
        if (!unattended) {
            QMessageBox box(QMessageBox::Critical,
                            QApplication::translate("main", "Trigger Point Pain Finder"),
                            context->problemReport().section(QLatin1Char('\n'), 0, 0));
            box.setInformativeText(
                QApplication::translate("main", "The data files need to be repaired or reinstalled. "
                                                "The details list every problem found."));
            box.setDetailedText(context->problems().join(QLatin1Char('\n')));
            box.exec();
        }
        return 1;
    }
    if (parser.isSet(planOpt))
        return exportPlan(*context, parser.value(planOpt), parser.positionalArguments());

    // Staged: the session history (SQLite) is opened and the Progress dock, the history and settings
    // menus are built right after the first paint; a failure or a file moved aside is shown once.
    // From the second start on, the body map's first frame is read back instead of drawn.
    tpf::gui::BodyMapWidget::setFirstFrameCacheFile(tpf::gui::firstframe::defaultFile());
    tpf::gui::MainWindow window(*context, nullptr, tpf::gui::MainWindow::Startup::Staged);
    trace("main window built");
    QObject::connect(&window, &tpf::gui::MainWindow::startupCompleted,
                     [&trace] { trace("start-up completed"); });
    if (parser.isSet(viewOpt))
        if (auto mode = tpf::gui::viewModeFromString(parser.value(viewOpt)))
            window.setViewMode(*mode);
    if (parser.isSet(selectOpt)) {
        window.searchBox()->setText(parser.value(selectOpt));
        window.searchBox()->submit();
    }
    if (parser.isSet(chooseOpt))
        window.candidateList()->chooseRow(0);

    if (!screenshot.isEmpty()) {
        // The whole window as the user gets it: after the staged part of the start-up too.
        QObject::connect(&window, &tpf::gui::MainWindow::startupCompleted, &window, [&window, screenshot] {
            // Views lay out their items on a zero timer after a model reset (the history's
            // "helped before" re-ranking above): let those run before the grab.
            QTimer::singleShot(50, &window, [&window, screenshot] {
                QCoreApplication::processEvents();
                if (!window.grab().save(screenshot)) {
                    std::fprintf(stderr, "tpfinder: could not write %s\n", qPrintable(screenshot));
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(0);
            });
        });
    } else if (unattended) {
        new FirstPaintHook(&window, [&trace, &window] {
            trace(window.bodyMap()->firstFrameFromCache()
                      ? "first paint done (the body map's first frame from the cache)"
                      : "first paint done");
            tpf::gui::reportFirstPaintSinceLaunch();
            QApplication::exit(0);
        });
    }
    window.show();
    trace("shown");
    if (!unattended && !window.showFirstRunDisclaimerIfNeeded())
        return 0;
    return app.exec();
}
