#pragma once
// Everything about the chosen trigger point: where it lies, how to find and treat it, and its
// cautions and nearby danger zones in a warning-coloured frame at the top, where they cannot
// be missed.

#include "core/model.h"
#include "finder/DetailText.h"

#include <QScrollArea>
#include <optional>

class QFrame;
class QLabel;

namespace tpf::gui {

class DetailPane : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailPane(const Database& db, QWidget* parent = nullptr);

    void showPoint(std::size_t triggerPoint, Side side);
    void clear();
    std::optional<std::size_t> triggerPoint() const { return triggerPoint_; }

signals:
    // A related point's link was clicked (id from muscles.json).
    void triggerPointLinkActivated(const QString& triggerPointId);

private:
    void applyColours(); // from the current palette; again at every theme change
    void applyCautionColours();
    DetailColours colours() const;

    const Database* db_;
    std::optional<std::size_t> triggerPoint_;
    Side side_ = Side::Left;
    QLabel* title_;
    QLabel* subtitle_;
    QFrame* cautionFrame_;
    QLabel* caution_;
    QLabel* body_;
    QLabel* placeholder_;
    bool cautionStyled_ = false; // the frame's style sheet, set when a point is first shown
};

} // namespace tpf::gui
