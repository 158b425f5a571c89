#include "widgets/WrapLabel.h"

#include <QEvent>

namespace tpf::gui {

WrapLabel::WrapLabel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    heights_.fill({-1, 0});
}

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : WrapLabel(parent) { setText(text); }

WrapLabel::Inputs WrapLabel::inputs() const {
    return {text(),        font(),           contentsMargins(), margin(),
            indent(),      int(alignment()), int(textFormat()), maximumWidth(),
            logicalDpiY(), wordWrap()};
}

void WrapLabel::forget() const {
    heights_.fill({-1, 0});
    nextSlot_ = 0;
    minimum_.reset();
    preferred_.reset();
}

void WrapLabel::changeEvent(QEvent* event) {
    // The style's metrics (a theme change) are not among the inputs compared.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        forget();
    QLabel::changeEvent(event);
}

void WrapLabel::refresh() const {
    Inputs now = inputs();
    if (now == cachedFor_)
        return;
    cachedFor_ = std::move(now);
    forget();
}

int WrapLabel::heightForWidth(int width) const {
    refresh();
    for (const auto& [w, h] : heights_)
        if (w == width)
            return h;
    const int height = QLabel::heightForWidth(width);
    ++computed_;
    heights_[nextSlot_] = {width, height};
    nextSlot_ = (nextSlot_ + 1) % heights_.size();
    return height;
}

QSize WrapLabel::minimumSizeHint() const {
    refresh();
    if (!minimum_) {
        minimum_ = QLabel::minimumSizeHint();
        ++computed_;
    }
    return *minimum_;
}

QSize WrapLabel::sizeHint() const {
    refresh();
    if (!preferred_) {
        preferred_ = QLabel::sizeHint();
        ++computed_;
    }
    return *preferred_;
}

} // namespace tpf::gui
