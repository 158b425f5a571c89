#pragma once
// Edit > Preferences (Ctrl+,): session defaults (preset, hold time), sound, spoken prompts, the
// daily reminder, theme and language. Everything is stored in QSettings on OK (settings::
// Preferences); the theme applies at once, the language at the next start.

#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QTimeEdit;

namespace tpf::session {
struct ProtocolSet;
}

namespace tpf::gui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `protocols` supplies the preset ids and names; without it only the stored preset is listed.
    explicit PreferencesDialog(const session::ProtocolSet* protocols, QWidget* parent = nullptr);

    settings::Preferences preferences() const; // what the dialog shows now
    void setPreferences(const settings::Preferences& prefs);

    void accept() override; // saves, applies the theme, emits applied()

signals:
    void applied(const tpf::gui::settings::Preferences& prefs);

private:
    void updateEnabled();

    QComboBox* preset_ = nullptr;
    QComboBox* hold_ = nullptr;
    QCheckBox* sound_ = nullptr;
    QSlider* volume_ = nullptr;
    QCheckBox* speech_ = nullptr;
    QCheckBox* reminder_ = nullptr;
    QTimeEdit* reminderTime_ = nullptr;
    QLabel* reminderNote_ = nullptr;
    QComboBox* theme_ = nullptr;
    QComboBox* language_ = nullptr;
};

} // namespace tpf::gui
