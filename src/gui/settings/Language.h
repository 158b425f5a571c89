#pragma once
// Which language the app speaks: the choice stored in QSettings (View > Language, Preferences),
// or the system's preferred languages (QLocale::system().uiLanguages(), which on Linux follows
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG). The same choice picks the UI translation (embedded
// :/i18n/tpfinder_<lang>.qm) and the data language pack (data/l10n/<lang>). A change applies at
// the next start: the data is translated once, when it is loaded.

#include <QString>
#include <QStringList>

class QIcon;
class QMenu;
class QWidget;

namespace tpf::gui {

// Languages the UI is translated into besides English ("de"), from the embedded .qm files.
QStringList uiTranslations();

// The stored choice: "system", "en" or a language code.
QString languageChoice();
void setLanguageChoice(const QString& choice);

// Preferred languages, most preferred first: {choice} or the system's list.
QStringList preferredLanguages();

// Loads and installs the translators for the preferred language (ours and Qt's own dialogs).
// Returns the language used ("de"), or "en" when English.
QString installTranslations();

// The app icon compiled into the binary (resources/icons.qrc), for when the icon theme lacks it.
QIcon bundledAppIcon();

// View > Language: System Default / English / Deutsch, stored in QSettings.
QMenu* addLanguageMenu(QMenu* viewMenu, QWidget* parent);

} // namespace tpf::gui
