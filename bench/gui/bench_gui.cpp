// GUI benchmarks (printed, never asserted):
//  1. paint time of the full body map (both views, a selection and an overlay) at 1920x1080
//     into a QImage, median over many runs (target < 8 ms), with the static figure layers
//     memoized (warm, every repaint) and without (cold, the first paint at a size);
//  2. launch to first paint of `tpfinder --quit-after-startup` against an empty QMainWindow app
//     that also exits after its first paint, medians over several runs (target: within 1.5x). Each
//     program reports its own first paint against the launch time it is given in TPF_LAUNCH_NS
//     (app/LaunchClock.h); the time to the process's exit, which adds teardown, is printed too.
//     A third program, the same window with one line of text, shows how much of the difference
//     any text costs (fontconfig's set-up and a font), whatever else the window holds.
// Usage: bench_gui [--data DIR] [--paint-runs N] [--start-runs N] [--paint-only]
// It uses the display when there is one (run it under `xvfb-run -a` on a headless machine for the
// figures a desktop user gets) and the offscreen platform otherwise; the platform is printed.
#include "app/AppContext.h"
#include "app/LaunchClock.h"
#include "app/MainWindow.h"
#include "bodymap/BodyMapRenderer.h"
#include "bodymap/BodyMapWidget.h"
#include "finder/CandidateList.h"
#include "finder/DetailPane.h"
#include "finder/SearchBox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace tpf;
using namespace tpf::gui;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString dataDir(const QStringList& args) {
    const int i = int(args.indexOf(QStringLiteral("--data")));
    if (i >= 0 && i + 1 < args.size())
        return args[i + 1];
    // The bundled data when muscles.json has been generated, else the test fixture.
    if (QFileInfo::exists(QStringLiteral(TPF_SOURCE_DATA_DIR "/muscles.json")))
        return QStringLiteral(TPF_SOURCE_DATA_DIR);
    return QStringLiteral(TPF_GUI_FIXTURE_DIR);
}

int intOption(const QStringList& args, const char* name, int fallback) {
    const int i = int(args.indexOf(QLatin1String(name)));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

void benchPaint(const AppContext& ctx, int runs) {
    const Database& db = ctx.database();
    BodyMapState state;
    for (const char* id : {"temple-right", "neck_back-right", "shoulder_top-right"})
        if (auto r = db.regionIndex(id))
            state.selected.push_back(*r);
    const Ranking ranking = ctx.referral().rank(state.selected);
    if (!ranking.candidates.empty()) {
        const Candidate& c = ranking.candidates.front();
        const ReferralRegions zones = ctx.referral().referralOf(c.triggerPoint, c.side);
        state.overlay = Overlay{c.triggerPoint, c.side, zones.primary, zones.spillover};
    }
    state.hovered = db.regionIndex("sternum");
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    // warm: the static figure layers are memoized (every repaint after a hover, selection or
    // choice change); cold: they are drawn too (the first paint at a new size or view).
    for (const bool cold : {false, true}) {
        std::vector<double> ms, cpu;
        for (int i = 0; i < runs + 3; ++i) {
            image.fill(Qt::white);
            if (cold)
                clearStaticLayerCache();
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
            QPainter p(&image);
            paint(p, QRectF(0, 0, 1920, 1080), state, db);
            p.end();
            if (i >= 3) { // warm-up: font and glyph caches
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                cpu.push_back(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0);
            }
        }
        // CPU time (all threads: the raster engine fills large spans on a thread pool) is the
        // cost; wall time also shows how busy the machine was.
        std::printf("paint, full map 1920x1080, %s (%zu regions, %zu selected, overlay %s), %d runs%s:\n"
                    "  wall median %.2f ms, min %.2f ms; CPU median %.2f ms, min %.2f ms\n",
                    cold ? "cold" : "warm", db.regions.size(), state.selected.size(),
                    state.overlay ? "on" : "off", runs, cold ? "" : " (target < 8 ms)", median(ms),
                    *std::min_element(ms.begin(), ms.end()), median(cpu),
                    *std::min_element(cpu.begin(), cpu.end()));
    }
}

struct StartupTimes {
    std::vector<double> firstPaintMs; // launch to the end of the first paint, as the program reports it
    std::vector<double> exitMs;       // launch to the process's exit (adds teardown and unloading)
    std::vector<double> cpuMs;        // CPU time of all its threads up to the first paint
    std::vector<double> guiCpuMs;     // CPU time of the GUI thread up to the first paint
};

// One launch; false (with a message) when the program failed or did not report its first paint.
bool launchOnce(const QString& program, const QStringList& args, StartupTimes* out) {
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QElapsedTimer t;
    t.start();
    env.insert(QStringLiteral("TPF_LAUNCH_NS"), QString::number(monotonicNs()));
    proc.setProcessEnvironment(env);
    proc.start(program, args);
    if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d)\n", qPrintable(program), proc.exitCode());
        return false;
    }
    const double exitMs = double(t.nsecsElapsed()) / 1e6;
    const QString stdoutText = QString::fromLocal8Bit(proc.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral(
        "first paint: ([0-9.]+) ms after launch \\(CPU: ([0-9.]+) ms, this thread ([0-9.]+) ms\\)"));
    const QRegularExpressionMatch m = line.match(stdoutText);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "%s did not report its first paint (TPF_LAUNCH_NS)\n", qPrintable(program));
        return false;
    }
    if (out != nullptr) {
        out->firstPaintMs.push_back(m.captured(1).toDouble());
        out->exitMs.push_back(exitMs);
        out->cpuMs.push_back(m.captured(2).toDouble());
        out->guiCpuMs.push_back(m.captured(3).toDouble());
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    // The display when there is one (a desktop, or xvfb-run), as a user starts the app; else
    // offscreen. The launched programs inherit the choice.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString dir = dataDir(args);
    QElapsedTimer loadTimer;
    loadTimer.start();
    const auto ctx = AppContext::load(dir);
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    if (!ctx->ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(ctx->problemReport()));
        return 1;
    }
    {
        // Where construction time goes: the finder's own widgets, one by one.
        QElapsedTimer t;
        t.start();
        SearchBox search(ctx->database(), ctx->regionQuery());
        const double searchMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        BodyMapWidget map(ctx->database());
        const double mapMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        CandidateList list(ctx->referral());
        DetailPane detail(ctx->database());
        std::printf(
            "in-process: SearchBox %.1f ms, BodyMapWidget %.1f ms, CandidateList + DetailPane %.1f ms\n",
            searchMs, mapMs, double(t.nsecsElapsed()) / 1e6);
    }
    loadTimer.restart();
    {
        // Staged, as the app builds it before its first paint (the history, the Progress view and
        // the extras module come after it).
        MainWindow window(*ctx, nullptr, MainWindow::Startup::Staged);
        std::printf("in-process: AppContext::load %.1f ms, MainWindow construction (staged) %.1f ms\n",
                    loadMs, double(loadTimer.nsecsElapsed()) / 1e6);
    }
    std::printf("data: %s (%zu muscles, %zu trigger points), platform %s\n", qPrintable(dir),
                ctx->database().muscles.size(), ctx->database().triggerPoints.size(),
                qPrintable(QGuiApplication::platformName()));
    benchPaint(*ctx, intOption(args, "--paint-runs", 60));

    if (args.contains(QStringLiteral("--paint-only")))
        return 0;
    // The two programs take turns, so a change in the machine's load affects both alike; the
    // first launch of each only warms the disk cache.
    const int runs = intOption(args, "--start-runs", 21);
    const QString emptyApp = QStringLiteral(TPF_EMPTY_APP_PATH);
    const QString appPath = QStringLiteral(TPF_APP_PATH);
    const QStringList appArgs{QStringLiteral("--quit-after-startup"), QStringLiteral("--data"), dir};
    const QStringList labelArgs{QStringLiteral("--label")};
    if (!launchOnce(emptyApp, {}, nullptr) || !launchOnce(emptyApp, labelArgs, nullptr) ||
        !launchOnce(appPath, appArgs, nullptr))
        return 1;
    StartupTimes empty, label, tpfinder;
    for (int i = 0; i < runs; ++i)
        if (!launchOnce(emptyApp, {}, &empty) || !launchOnce(emptyApp, labelArgs, &label) ||
            !launchOnce(appPath, appArgs, &tpfinder))
            return 1;
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    const auto minOf = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
    const double emptyPaint = median(empty.firstPaintMs), labelPaint = median(label.firstPaintMs),
                 appPaint = median(tpfinder.firstPaintMs);
    const double emptyExit = median(empty.exitMs), appExit = median(tpfinder.exitMs);
    std::printf("start-up on the %s platform, %d launches each, taking turns (medians; min in brackets):\n"
                "  launch to first paint: empty QMainWindow %6.1f ms (%5.1f), tpfinder %6.1f ms (%5.1f), "
                "ratio %4.2fx (target <= 1.5x)\n"
                "  launch to exit:        empty QMainWindow %6.1f ms (%5.1f), tpfinder %6.1f ms (%5.1f), "
                "ratio %4.2fx (includes teardown)\n"
                "  for comparison, the empty window with one line of text (a QLabel): first paint "
                "%6.1f ms (%5.1f), %4.2fx the empty window's; tpfinder is %4.2fx that\n",
                qPrintable(QGuiApplication::platformName()), runs, emptyPaint, minOf(empty.firstPaintMs),
                appPaint, minOf(tpfinder.firstPaintMs), ratio(appPaint, emptyPaint), emptyExit,
                minOf(empty.exitMs), appExit, minOf(tpfinder.exitMs), ratio(appExit, emptyExit), labelPaint,
                minOf(label.firstPaintMs), ratio(labelPaint, emptyPaint), ratio(appPaint, labelPaint));
    // Where the wall time went: work on the GUI thread (the critical path), work on the others (in
    // parallel, but it competes for the cores), and the GUI thread's waiting (the display server,
    // D-Bus, its own threads) and being kept off a busy core.
    const auto cpuLine = [&](const char* name, const StartupTimes& t) {
        const double wall = median(t.firstPaintMs), gui = median(t.guiCpuMs), all = median(t.cpuMs);
        std::printf("  %-24s GUI thread CPU %5.1f ms, all threads %5.1f ms, GUI thread off-CPU %5.1f ms\n",
                    name, gui, all, wall - gui);
    };
    std::printf(
        "CPU time up to the first paint (medians; from the process's start, dynamic loader included):\n");
    cpuLine("empty QMainWindow", empty);
    cpuLine("one line of text", label);
    cpuLine("tpfinder", tpfinder);
    std::printf("  GUI thread CPU ratio, tpfinder to the empty window: %4.2fx\n",
                ratio(median(tpfinder.guiCpuMs), median(empty.guiCpuMs)));
    return 0;
}
