#include "settings/Language.h"

#include "settings/AppSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

// Resources in a static library need an explicit init; Q_INIT_RESOURCE must be outside a namespace.
static void initIconResources() { Q_INIT_RESOURCE(icons); }

namespace tpf::gui {
namespace {

QString primary(const QString& tag) {
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QIcon bundledAppIcon() {
    initIconResources();
    QIcon icon(QStringLiteral(":/icons/app.svg"));
    icon.addFile(QStringLiteral(":/icons/app-32.png"));
    icon.addFile(QStringLiteral(":/icons/app-64.png"));
    return icon;
}

QStringList uiTranslations() {
    QStringList out;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tpfinder_*.qm")}, QDir::Files);
    for (const QString& f : files)
        out << f.mid(9, f.size() - 9 - 3); // tpfinder_<lang>.qm
    return out;
}

QString languageChoice() {
    return QSettings().value(settings::kLanguage, QStringLiteral("system")).toString();
}

void setLanguageChoice(const QString& choice) { QSettings().setValue(settings::kLanguage, choice); }

QStringList preferredLanguages() {
    const QString choice = languageChoice();
    if (choice.isEmpty() || choice == QLatin1String("system"))
        return QLocale::system().uiLanguages();
    return {choice};
}

QString installTranslations() {
    const QStringList available = uiTranslations();
    QString language = QStringLiteral("en");
    for (const QString& tag : preferredLanguages()) {
        const QString lang = primary(tag);
        if (lang == QLatin1String("en") || lang == QLatin1String("c"))
            break; // English is preferred before any translation we have
        if (available.contains(lang)) {
            language = lang;
            break;
        }
    }
    if (language == QLatin1String("en"))
        return language;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/tpfinder_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    // Qt's own texts (standard buttons, file dialogs), when qt6-translations-l10n is installed.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return language;
}

QMenu* addLanguageMenu(QMenu* viewMenu, QWidget* parent) {
    viewMenu->addSeparator();
    QMenu* menu = viewMenu->addMenu(QCoreApplication::translate("tpf::gui::Language", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = languageChoice();
    // Language names in their own language, so they can be found whatever the UI speaks.
    struct Entry {
        QString code;
        QString text;
    };
    std::vector<Entry> entries{
        {QStringLiteral("system"), QCoreApplication::translate("tpf::gui::Language", "&System Default")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString& lang : uiTranslations())
        entries.push_back({lang, QLocale(lang).nativeLanguageName().left(1).toUpper() +
                                     QLocale(lang).nativeLanguageName().mid(1)});
    for (const Entry& e : entries) {
        QAction* a = menu->addAction(e.text);
        a->setCheckable(true);
        a->setChecked(e.code == current || (e.code == QLatin1String("system") && current.isEmpty()));
        a->setData(e.code);
        a->setObjectName(QStringLiteral("languageAction_") + e.code);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, parent, [parent, code = e.code] {
            if (code == languageChoice())
                return;
            setLanguageChoice(code);
            if (auto* window = qobject_cast<QMainWindow*>(parent))
                window->statusBar()->showMessage(
                    QCoreApplication::translate(
                        "tpf::gui::Language",
                        "The new language is used from the next start of Trigger Point Pain Finder."),
                    10000);
        });
    }
    menu->addSeparator();
    QAction* note =
        menu->addAction(QCoreApplication::translate("tpf::gui::Language", "Applies at the next start"));
    note->setEnabled(false);
    return menu;
}

} // namespace tpf::gui
