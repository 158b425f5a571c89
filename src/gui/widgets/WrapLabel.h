#pragma once
// A word-wrapped QLabel that remembers its layout results. Qt's QLabel lays its text out again
// (shaping and line breaking) for every heightForWidth() and after every hint invalidation, and
// the layouts of a window ask it many times at the same few widths, mostly before the first
// paint. WrapLabel keeps the answers for as long as the text, the font and the margins stay the
// same, so each width is laid out once.

#include <QLabel>
#include <array>
#include <optional>
#include <utility>

namespace tpf::gui {

class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

    // How many results were computed rather than remembered (for the tests).
    int layoutsComputed() const { return computed_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Everything the results depend on, compared at each call: setText() and the other setters
    // are not virtual, so a change is found by looking.
    struct Inputs {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        int maximumWidth = 0;
        int dpi = 0; // the screen's, for the font's metrics
        bool wordWrap = false;
        bool operator==(const Inputs&) const = default;
    };
    Inputs inputs() const;
    void refresh() const; // drops the results when an input has changed
    void forget() const;

    mutable Inputs cachedFor_;
    mutable std::array<std::pair<int, int>, 8> heights_{}; // (width, height); width -1 = empty slot
    mutable std::size_t nextSlot_ = 0;
    mutable std::optional<QSize> minimum_;
    mutable std::optional<QSize> preferred_;
    mutable int computed_ = 0;
};

} // namespace tpf::gui
