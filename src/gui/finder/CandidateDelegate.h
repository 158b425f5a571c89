#pragma once
// Paints one candidate as a card: muscle and side, trigger point name, the reasons, and a score
// bar. Text is elided to the row width; the full reasons are in the tooltip.

#include <QStyledItemDelegate>

namespace tpf::gui {

class CandidateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tpf::gui
