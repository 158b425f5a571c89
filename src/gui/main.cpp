// tpfinder: the Trigger Point Pain Finder desktop app.
//
// Developer options (hidden from --help): --quit-after-startup exits 0 right after the window's
// first paint (smoke test, start-up benchmark); --screenshot FILE writes the window after the
// first paint and exits; --select TEXT selects regions as if typed in the search box;
// --choose-first chooses the top candidate; --view both|front|back.
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "bodymap/BodyMapState.h"
#include "finder/CandidateList.h"
#include "finder/SearchBox.h"
#include "settings/AppSettings.h"
#include "settings/Language.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

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

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("tpfinder"));
    QApplication::setOrganizationDomain(QStringLiteral("tpfinder.github.io"));
    QApplication::setApplicationName(QStringLiteral("Trigger Point Pain Finder"));
    QApplication::setApplicationVersion(QStringLiteral(TPF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(TPF_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TPF_APP_ID), tpf::gui::bundledAppIcon()));
    // The user's language (View > Language, else the system's) and theme, before any text or window.
    tpf::gui::installTranslations();
    tpf::gui::applyTheme(tpf::gui::settings::Preferences::load().theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Find and self-treat myofascial trigger points."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"), QApplication::translate("main", "Read the data files from DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quitOpt = hidden(QCommandLineOption(QStringLiteral("quit-after-startup")));
    const QCommandLineOption shotOpt = hidden(QCommandLineOption(QStringLiteral("screenshot"), {}, QStringLiteral("FILE")));
    const QCommandLineOption selectOpt = hidden(QCommandLineOption(QStringLiteral("select"), {}, QStringLiteral("TEXT")));
    const QCommandLineOption chooseOpt = hidden(QCommandLineOption(QStringLiteral("choose-first")));
    const QCommandLineOption viewOpt = hidden(QCommandLineOption(QStringLiteral("view"), {}, QStringLiteral("MODE")));
    for (const auto& o : {dataOpt, quitOpt, shotOpt, selectOpt, chooseOpt, viewOpt})
        parser.addOption(o);
    parser.process(app);
    const bool quitAfterStartup = parser.isSet(quitOpt);
    const QString screenshot = parser.value(shotOpt);
    const bool unattended = quitAfterStartup || !screenshot.isEmpty();

    std::optional<QString> dataDir;
    if (parser.isSet(dataOpt))
        dataDir = parser.value(dataOpt);
    const auto context = tpf::gui::AppContext::load(dataDir, tpf::gui::preferredLanguages());
    for (const QString& problem : context->languageProblems()) // the entries concerned stay English
        std::fprintf(stderr, "tpfinder: language pack: %s\n", qPrintable(problem));
    if (!context->ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(context->problemReport()));
        if (!unattended) {
            QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Trigger Point Pain Finder"),
                            context->problemReport().section(QLatin1Char('\n'), 0, 0));
            box.setInformativeText(QApplication::translate("main", "The data files need to be repaired or reinstalled. "
                                                                   "The details list every problem found."));
            box.setDetailedText(context->problems().join(QLatin1Char('\n')));
            box.exec();
        }
        return 1;
    }

    tpf::gui::MainWindow window(*context);
    if (parser.isSet(viewOpt))
        if (auto mode = tpf::gui::viewModeFromString(parser.value(viewOpt)))
            window.setViewMode(*mode);
    if (parser.isSet(selectOpt)) {
        window.searchBox()->setText(parser.value(selectOpt));
        window.searchBox()->submit();
    }
    if (parser.isSet(chooseOpt))
        window.candidateList()->chooseRow(0);

    if (unattended) {
        new FirstPaintHook(&window, [&window, screenshot] {
            int rc = 0;
            if (!screenshot.isEmpty() && !window.grab().save(screenshot)) {
                std::fprintf(stderr, "tpfinder: could not write %s\n", qPrintable(screenshot));
                rc = 1;
            }
            QApplication::exit(rc);
        });
    }
    window.show();
    if (!unattended && !window.showFirstRunDisclaimerIfNeeded())
        return 0;
    return app.exec();
}
