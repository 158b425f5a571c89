#pragma once
// The 0-10 rating row of the session panel: eleven buttons, which scale they rate (tenderness or
// pressure), and the tenderness trend of the current point as words and a small sparkline.
// Keys (handled by the panel, stated in the tooltips): 0-9, T for 10, P switches the scale.

#include "core/session/events.h"

#include <QWidget>
#include <optional>
#include <vector>

class QAbstractButton;
class QLabel;
class QPushButton;

namespace tpf::gui {

class TrendSparkline : public QWidget {
    Q_OBJECT
public:
    explicit TrendSparkline(QWidget* parent = nullptr);
    void setValues(std::vector<int> values, int max);
    const std::vector<int>& values() const { return values_; }
    QSize sizeHint() const override { return {120, 34}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<int> values_;
    int max_ = 10;
};

class RatingBar : public QWidget {
    Q_OBJECT
public:
    explicit RatingBar(int scaleMax, QWidget* parent = nullptr);

    session::RatingKind kind() const { return kind_; }
    void setKind(session::RatingKind kind);
    void toggleKind();
    // The value rated last in this phase on the shown scale, highlighted; nullopt: none yet.
    void setCurrent(std::optional<int> value);
    void setTrend(const QString& text, const std::vector<int>& tenderness);
    QPushButton* button(int value) const;

signals:
    void rated(int value, tpf::session::RatingKind kind);

private:
    void updateKindTexts();

    int max_;
    session::RatingKind kind_ = session::RatingKind::Tenderness;
    QLabel* question_;
    QPushButton* tenderness_;
    QPushButton* pressure_;
    std::vector<QPushButton*> buttons_;
    QLabel* trend_;
    TrendSparkline* sparkline_;
};

} // namespace tpf::gui
