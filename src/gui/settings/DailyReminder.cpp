#include "settings/DailyReminder.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace tpf::gui {

DailyReminder::DailyReminder(PointsFn pointsInProgress, QObject* parent)
    : QObject(parent), points_(std::move(pointsInProgress)),
      trayAvailable_(QSystemTrayIcon::isSystemTrayAvailable()),
      now_([] { return QDateTime::currentDateTime(); }) {
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::VeryCoarseTimer); // a minute early or late does not matter
    connect(&timer_, &QTimer::timeout, this, [this] {
        // A suspended machine or a clock change can wake the timer early: only remind once the
        // time has come, otherwise re-arm for it.
        if (now_().secsTo(next_) > 60)
            arm();
        else
            fire();
    });
}

DailyReminder::~DailyReminder() = default;

QDateTime DailyReminder::nextOccurrence(const QDateTime& now, QTime at) {
    QDateTime next(now.date(), at, now.timeSpec());
    if (next <= now)
        next = QDateTime(now.date().addDays(1), at, now.timeSpec());
    return next;
}

QString DailyReminder::message(const QStringList& points) {
    if (points.isEmpty())
        return tr("Time for your trigger point session.");
    return tr("Time for your trigger point session. In progress: %1.").arg(points.join(QStringLiteral(", ")));
}

void DailyReminder::configure(bool enabled, QTime at) {
    enabled_ = enabled && at.isValid() && trayAvailable_;
    at_ = at;
    if (!enabled_) {
        timer_.stop();
        next_ = {};
        delete tray_;
        tray_ = nullptr;
        return;
    }
    if (!tray_ && QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(QApplication::windowIcon(), this);
        tray_->setObjectName(QStringLiteral("reminderTray"));
        tray_->setToolTip(QApplication::applicationDisplayName());
        connect(tray_, &QSystemTrayIcon::activated, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("mainWindow")) {
                    w->showNormal();
                    w->raise();
                    w->activateWindow();
                }
        });
        tray_->show();
    }
    arm();
}

void DailyReminder::arm() {
    const QDateTime now = now_();
    next_ = nextOccurrence(now, at_);
    // At most a day ahead, well within QTimer's int milliseconds.
    timer_.start(int(std::max<qint64>(1000, now.msecsTo(next_))));
}

void DailyReminder::fire() {
    const QString text = message(points_ ? points_() : QStringList());
    if (tray_)
        tray_->showMessage(tr("Trigger Point Pain Finder"), text, QSystemTrayIcon::Information, 15000);
    emit reminded(text);
    if (enabled_)
        arm();
}

} // namespace tpf::gui
