#pragma once
// Paints one candidate as a card: muscle and side, trigger point name, the reasons, and a score
// bar. Text is elided to the row width; the full reasons are in the tooltip.

#include <QStyledItemDelegate>

namespace tpf::gui {

// The card's colours for a palette and state: text 7:1 and the rest 4.5:1 on the card, so a
// dark palette gets light text and lightened accents.
struct CandidateColours {
    QColor card, border, text, muted, pill, pillText, tag, tagText, reason;
};
CandidateColours candidateColours(const QPalette& palette, bool selected, bool hovered);

class CandidateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tpf::gui
