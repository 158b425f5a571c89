#include "settings/SettingsUi.h"

#include "app/MainWindow.h"
#include "history/HistoryStore.h"
#include "settings/DailyReminder.h"
#include "settings/Language.h"
#include "settings/PreferencesDialog.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <set>

namespace tpf::gui {
namespace {

// The Edit menu is the one holding the search action (MainWindowMenus.cpp).
QMenu* editMenu(QMainWindow& window) {
    for (QAction* a : window.menuBar()->actions())
        if (QMenu* m = a->menu())
            for (QAction* item : m->actions())
                if (item->objectName() == QLatin1String("searchAction"))
                    return m;
    return nullptr;
}

} // namespace

SettingsUi::SettingsUi(MainWindow& window) : QObject(&window), window_(&window) {
    setObjectName(QStringLiteral("settingsUi"));
    QMenu* edit = editMenu(window);
    if (!edit)
        edit = window.menuBar()->addMenu(tr("&Edit"));
    edit->addSeparator();
    preferences_ = edit->addAction(tr("&Preferences\u2026"));
    preferences_->setObjectName(QStringLiteral("preferencesAction"));
    preferences_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences_->setStatusTip(tr("Session defaults, sound, reminder, theme and language"));
    preferences_->setMenuRole(QAction::PreferencesRole);
    connect(preferences_, &QAction::triggered, this, &SettingsUi::showPreferences);

    language_ = addLanguageMenu(window.viewMenu(), &window);

    reminder_ = new DailyReminder([this] { return pointsInProgress(); }, this);
    reminder_->setObjectName(QStringLiteral("dailyReminder"));
    const settings::Preferences prefs = settings::Preferences::load();
    reminder_->configure(prefs.reminder, prefs.reminderTime);
}

void SettingsUi::showPreferences() {
    PreferencesDialog dialog(window_->context().protocols(), window_);
    connect(&dialog, &PreferencesDialog::applied, this,
            [this](const settings::Preferences& p) { reminder_->configure(p.reminder, p.reminderTime); });
    emit preferencesDialogShown(&dialog);
    dialog.exec();
}

QStringList SettingsUi::pointsInProgress(int days) const {
    // Read only when the reminder fires: no history file is touched at start-up.
    if (!QFileInfo::exists(HistoryStore::defaultPath()))
        return {};
    HistoryStore store;
    if (!store.open().isEmpty())
        return {};
    const auto records = store.loadAll();
    if (!records.ok())
        return {};
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
    const Database& db = window_->context().database();
    QStringList names;
    std::set<history::PointRef> seen;
    // Reverse iterators, not std::views::reverse: clang-tidy 14 cannot parse libstdc++ 12's ranges.
    for (auto it = records.value->crbegin(); it != records.value->crend(); ++it) {
        const history::SessionRecord& record = *it;
        if (record.start_ms < since)
            break;
        for (const auto& p : record.points) {
            const TriggerPoint* tp = db.triggerPoint(p.trigger_point);
            if (tp && seen.insert(p).second)
                names << tr("%1 (%2)")
                             .arg(QString::fromStdString(tp->name), p.side == Side::Right  ? tr("right")
                                                                    : p.side == Side::Left ? tr("left")
                                                                                           : QString())
                             .remove(QStringLiteral(" ()"));
        }
    }
    return names;
}

} // namespace tpf::gui
