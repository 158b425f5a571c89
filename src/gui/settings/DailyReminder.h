#pragma once
// The optional daily reminder (off by default): at the configured time a tray notification lists
// the points in progress. One single-shot QTimer is armed for the next reminder time, never a
// polling loop; when it fires it re-arms for the next day. Without a system tray there is no icon,
// no timer and no message.

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTime>
#include <QTimer>
#include <functional>

class QSystemTrayIcon;

namespace tpf::gui {

class DailyReminder : public QObject {
    Q_OBJECT
public:
    using PointsFn = std::function<QStringList()>; // names of the points in progress, read when it fires
    explicit DailyReminder(PointsFn pointsInProgress, QObject* parent = nullptr);
    ~DailyReminder() override;

    // Turns the reminder on or off and (re)arms the timer. Ignored without a system tray, unless
    // setTrayAvailable(true) was called (tests).
    void configure(bool enabled, QTime at);

    bool isArmed() const { return timer_.isActive(); }
    QDateTime nextReminder() const { return next_; } // invalid when not armed

    // The next time `at` strictly after `now` (today or tomorrow), in local time.
    static QDateTime nextOccurrence(const QDateTime& now, QTime at);
    // The notification's text for these points.
    static QString message(const QStringList& points);

    // Test seams.
    void setClock(std::function<QDateTime()> now) { now_ = std::move(now); }
    void setTrayAvailable(bool available) { trayAvailable_ = available; }

public slots:
    void fire(); // shows the notification and re-arms

signals:
    void reminded(const QString& text);

private:
    void arm();

    PointsFn points_;
    QTimer timer_;
    QSystemTrayIcon* tray_ = nullptr;
    QDateTime next_;
    QTime at_;
    bool enabled_ = false;
    bool trayAvailable_;
    std::function<QDateTime()> now_;
};

} // namespace tpf::gui
