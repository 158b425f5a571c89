#include "settings/PreferencesDialog.h"

#include "core/session/protocol.h"
#include "settings/Language.h"
#include "settings/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tpf::gui {
namespace {

QComboBox* combo(const QString& objectName, QWidget* parent) {
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    return c;
}

void selectData(QComboBox* c, const QVariant& value) {
    const int i = c->findData(value);
    if (i >= 0)
        c->setCurrentIndex(i);
}

} // namespace

PreferencesDialog::PreferencesDialog(const session::ProtocolSet* protocols, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460);

    // Sessions
    auto* sessionBox = new QGroupBox(tr("Guided sessions"), this);
    auto* sessionForm = new QFormLayout(sessionBox);
    preset_ = combo(QStringLiteral("presetCombo"), sessionBox);
    if (protocols)
        for (const auto& p : protocols->presets)
            preset_->addItem(QString::fromStdString(p.name), QString::fromStdString(p.id));
    preset_->setToolTip(tr("The protocol a new session starts with"));
    sessionForm->addRow(tr("Default &protocol:"), preset_);
    hold_ = combo(QStringLiteral("holdCombo"), sessionBox);
    hold_->addItem(tr("Each point's own time"), 0);
    for (int s = settings::kHoldMin; s <= settings::kHoldMax; s += 15)
        hold_->addItem(tr("%n second(s)", nullptr, s), s);
    hold_->setToolTip(tr("How long to hold the pressure on each point"));
    sessionForm->addRow(tr("Default &hold time:"), hold_);

    // Sound and voice
    auto* soundBox = new QGroupBox(tr("Sound"), this);
    auto* soundForm = new QFormLayout(soundBox);
    sound_ = new QCheckBox(tr("Play &sound cues (countdown and phase changes)"), soundBox);
    sound_->setObjectName(QStringLiteral("soundCheck"));
    soundForm->addRow(sound_);
    volume_ = new QSlider(Qt::Horizontal, soundBox);
    volume_->setObjectName(QStringLiteral("volumeSlider"));
    volume_->setRange(0, 100);
    volume_->setPageStep(10);
    volume_->setAccessibleName(tr("Volume"));
    soundForm->addRow(tr("&Volume:"), volume_);
    speech_ = new QCheckBox(tr("S&peak the instructions aloud"), soundBox);
    speech_->setObjectName(QStringLiteral("speechCheck"));
    soundForm->addRow(speech_);

    // Reminder
    auto* reminderBox = new QGroupBox(tr("Reminder"), this);
    auto* reminderLayout = new QVBoxLayout(reminderBox);
    auto* reminderRow = new QHBoxLayout;
    reminder_ = new QCheckBox(tr("&Remind me every day at"), reminderBox);
    reminder_->setObjectName(QStringLiteral("reminderCheck"));
    reminderTime_ = new QTimeEdit(reminderBox);
    reminderTime_->setObjectName(QStringLiteral("reminderTimeEdit"));
    reminderTime_->setDisplayFormat(QStringLiteral("HH:mm"));
    reminderTime_->setAccessibleName(tr("Reminder time"));
    reminderRow->addWidget(reminder_);
    reminderRow->addWidget(reminderTime_);
    reminderRow->addStretch(1);
    reminderLayout->addLayout(reminderRow);
    reminderNote_ = new QLabel(reminderBox);
    reminderNote_->setObjectName(QStringLiteral("reminderNote"));
    reminderNote_->setWordWrap(true);
    reminderNote_->setText(QSystemTrayIcon::isSystemTrayAvailable()
                               ? tr("A notification lists the points you are working on.")
                               : tr("Reminders need a system tray, which this desktop does not offer."));
    reminderLayout->addWidget(reminderNote_);

    // Appearance
    auto* lookBox = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(lookBox);
    theme_ = combo(QStringLiteral("themeCombo"), lookBox);
    theme_->addItem(tr("System"), settings::toString(settings::Theme::System));
    theme_->addItem(tr("Light"), settings::toString(settings::Theme::Light));
    theme_->addItem(tr("Dark"), settings::toString(settings::Theme::Dark));
    lookForm->addRow(tr("&Theme:"), theme_);
    language_ = combo(QStringLiteral("languageCombo"), lookBox);
    language_->addItem(tr("System default"), QStringLiteral("system"));
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& lang : uiTranslations()) {
        const QString name = QLocale(lang).nativeLanguageName();
        language_->addItem(name.left(1).toUpper() + name.mid(1), lang);
    }
    language_->setToolTip(tr("Applies at the next start"));
    lookForm->addRow(tr("&Language:"), language_);
    auto* languageNote = new QLabel(tr("A new language applies at the next start."), lookBox);
    languageNote->setWordWrap(true);
    lookForm->addRow(languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    for (QWidget* w : {static_cast<QWidget*>(sessionBox), static_cast<QWidget*>(soundBox),
                       static_cast<QWidget*>(reminderBox), static_cast<QWidget*>(lookBox)})
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(sound_, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(reminder_, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    setPreferences(settings::Preferences::load());
}

settings::Preferences PreferencesDialog::preferences() const {
    settings::Preferences p;
    p.preset =
        preset_->count() > 0 ? preset_->currentData().toString() : settings::Preferences::load().preset;
    p.holdSeconds = hold_->currentData().toInt();
    p.sound = sound_->isChecked();
    p.volume = volume_->value() / 100.0;
    p.speech = speech_->isChecked();
    p.reminder = reminder_->isChecked();
    p.reminderTime = reminderTime_->time();
    p.theme = settings::themeFromString(theme_->currentData().toString());
    p.language = language_->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const settings::Preferences& p) {
    if (preset_->findData(p.preset) < 0 && preset_->count() == 0)
        preset_->addItem(p.preset, p.preset);
    selectData(preset_, p.preset);
    if (hold_->findData(p.holdSeconds) < 0)
        hold_->addItem(tr("%n second(s)", nullptr, p.holdSeconds), p.holdSeconds);
    selectData(hold_, p.holdSeconds);
    sound_->setChecked(p.sound);
    volume_->setValue(qRound(p.volume * 100));
    speech_->setChecked(p.speech);
    reminder_->setChecked(p.reminder);
    reminderTime_->setTime(p.reminderTime);
    selectData(theme_, settings::toString(p.theme));
    selectData(language_, p.language);
    updateEnabled();
}

void PreferencesDialog::updateEnabled() {
    volume_->setEnabled(sound_->isChecked());
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    reminder_->setEnabled(tray || reminder_->isChecked());
    reminderTime_->setEnabled(reminder_->isChecked());
}

void PreferencesDialog::accept() {
    const settings::Preferences p = preferences();
    p.save();
    applyTheme(p.theme);
    emit applied(p);
    QDialog::accept();
}

} // namespace tpf::gui
