#pragma once
// Wires the preferences into the finder window: Edit > Preferences (Ctrl+,), View > Language and
// the daily reminder. MainWindow creates one; it lives as the window's child "settingsUi".

#include <QObject>

class QAction;
class QMenu;

namespace tpf::gui {

class DailyReminder;
class MainWindow;
class PreferencesDialog;

class SettingsUi : public QObject {
    Q_OBJECT
public:
    explicit SettingsUi(MainWindow& window);

    QAction* preferencesAction() const { return preferences_; }
    QMenu* languageMenu() const { return language_; }
    DailyReminder* reminder() const { return reminder_; }

    // Names of the points worked on in the last `days` days, most recent first (from the history).
    QStringList pointsInProgress(int days = 14) const;

public slots:
    void showPreferences();

signals:
    void preferencesDialogShown(tpf::gui::PreferencesDialog* dialog); // tests close it

private:
    MainWindow* window_;
    QAction* preferences_ = nullptr;
    QMenu* language_ = nullptr;
    DailyReminder* reminder_ = nullptr;
};

} // namespace tpf::gui
