#pragma once
// History and progress, as standalone widgets for the main window: escalation advice per point
// (shown first, prominently), tenderness over time for a chosen point, sessions per day, and the
// list of past sessions. The view shows what it is given (records, rules, "now"); it reads no
// files and keeps no clock, so tests and screenshots are deterministic.

#include "core/history/advice.h"
#include "core/history/rules.h"
#include "core/model.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace tpf::gui {

class ExtrasApi;

// "Upper trapezius 1 (left)" from the muscle data; the id when the point is unknown.
QString pointLabel(const Database* db, const history::PointRef& point);

class ProgressView : public QWidget {
    Q_OBJECT
public:
    explicit ProgressView(QWidget* parent = nullptr);

    void setDatabase(const Database* db) { db_ = db; } // names for trigger points; may be null
    void setHistory(history::Records records, const history::Rules& rules, const history::Clock& clock);

    int sessionsPerDayDays() const { return days_; }
    void setSessionsPerDayDays(int days) { days_ = std::max(1, days); }

    const std::vector<history::Advice>& advice() const { return advice_; }
    std::optional<history::PointRef> selectedPoint() const;
    void selectPoint(const history::PointRef& point);

signals:
    void pointSelected(const tpf::history::PointRef& point);

private:
    const Database* db_ = nullptr;
    history::Records records_;
    history::Rules rules_;
    history::Clock clock_;
    std::vector<history::PointTrend> trends_;
    std::vector<history::Advice> advice_;
    int days_ = 14;

    QLabel* summary_ = nullptr;
    QWidget* adviceBox_ = nullptr;
    QVBoxLayout* adviceLayout_ = nullptr;
    QComboBox* pointCombo_ = nullptr;
    ExtrasApi* charts_ = nullptr; // null without the extras module: the two areas are notes
    QWidget* tenderness_ = nullptr;
    QWidget* perDay_ = nullptr;
    QTableWidget* sessions_ = nullptr;

    void rebuildAdvice();
    void rebuildTenderness();
    void rebuildPerDay();
    void rebuildSessions();
    void styleAdviceCard(QFrame* card) const; // colours from the palette and the card's "tone"
    void applyColours();                      // again at every theme change
    QString label(const history::PointRef& p) const { return pointLabel(db_, p); }
};

} // namespace tpf::gui
