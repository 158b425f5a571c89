#include "finder/DetailPane.h"

#include "finder/DetailText.h"
#include "settings/Theme.h"
#include "widgets/WrapLabel.h"

#include <QFrame>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace tpf::gui {
namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                               Qt::LinksAccessibleByKeyboard);
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return l;
}

} // namespace

DetailPane::DetailPane(const Database& db, QWidget* parent) : QScrollArea(parent), db_(&db) {
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Trigger point details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(300);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("detailContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(6);
    // Set while still empty: setWidget() works out the scroll bars from the content's size hints
    // at once, which with the word-wrapped labels in it meant laying their text out at a width the
    // window never shows. Filled afterwards, the content asks for one layout, at the first show.
    setWidget(content);

    title_ = makeLabel(QStringLiteral("detailTitle"), content);
    QFont tf = title_->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.35);
    tf.setBold(true);
    title_->setFont(tf);
    subtitle_ = makeLabel(QStringLiteral("detailSubtitle"), content);

    cautionFrame_ = new QFrame(content);
    cautionFrame_->setObjectName(QStringLiteral("cautionFrame"));
    auto* cl = new QVBoxLayout(cautionFrame_);
    cl->setContentsMargins(10, 8, 10, 8);
    caution_ = makeLabel(QStringLiteral("cautionText"), cautionFrame_);
    cl->addWidget(caution_);

    body_ = makeLabel(QStringLiteral("detailBody"), content);
    connect(body_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("tp:")))
            emit triggerPointLinkActivated(link.mid(3));
    });

    // A hint, not content: plain text, neither selectable nor a link. A rich-text label would be
    // laid out through a QTextDocument at every width the layouts try, before the first paint.
    placeholder_ = new WrapLabel(content);
    placeholder_->setObjectName(QStringLiteral("detailPlaceholder"));
    placeholder_->setTextFormat(Qt::PlainText);
    placeholder_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    placeholder_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    placeholder_->setContentsMargins(0, 24, 0, 0);
    placeholder_->setText(tr("Choose a trigger point from the list to see where it lies, how to find and "
                             "treat it, and what to be careful about."));

    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    layout->addSpacing(4);
    layout->addWidget(cautionFrame_);
    layout->addWidget(body_);
    layout->addWidget(placeholder_);
    layout->addStretch(1);
    clear(); // before the first layout: hidden labels are not laid out
    followPalette(this, [this] { applyColours(); });
}

namespace {
const QColor kCautionAccent(0xe0, 0x8a, 0x00); // amber: the cautions frame
const QColor kCautionText(0x5c, 0x33, 0x00);
const QColor kHeading(0x5a, 0x40, 0x38);
} // namespace

// Plain text colours go through the palette: a style sheet on a label would give it (and its
// window's first paint) the style-sheet machinery for a colour.
void DetailPane::applyColours() {
    const QPalette pal = themePalette(this);
    const QColor muted = mutedText(pal);
    for (QLabel* label : {subtitle_, placeholder_}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, muted);
        label->setPalette(p);
    }
    if (cautionStyled_)
        applyCautionColours();
    if (triggerPoint_)
        body_->setText(detailBodyHtml(*db_, db_->triggerPoints[*triggerPoint_], side_, colours()));
}

// The frame's background and border need a style sheet; it is hidden until a point is chosen.
void DetailPane::applyCautionColours() {
    const QColor cautionBg = tintedBackground(themePalette(this), kCautionAccent);
    setStyleSheetIfChanged(
        cautionFrame_,
        QStringLiteral("#cautionFrame { background: %1; border: 2px solid %2; border-radius: 6px; }"
                       "#cautionFrame QLabel { color: %3; background: transparent; border: none; }")
            .arg(cautionBg.name(), kCautionAccent.name(), readableOn(kCautionText, cautionBg, 7.0).name()));
}

DetailColours DetailPane::colours() const {
    const QPalette pal = themePalette(this);
    return {accentText(pal, kHeading, 7.0), mutedText(pal)};
}

void DetailPane::showPoint(std::size_t index, Side side) {
    if (index >= db_->triggerPoints.size())
        return clear();
    const TriggerPoint& tp = db_->triggerPoints[index];
    triggerPoint_ = index;
    side_ = side;
    if (!cautionStyled_) {
        cautionStyled_ = true;
        applyCautionColours();
    }
    title_->setText(QString::fromStdString(tp.name).toHtmlEscaped());
    subtitle_->setText(detailSubtitle(*db_, tp, side).toHtmlEscaped());
    caution_->setText(cautionHtml(*db_, tp));
    body_->setText(detailBodyHtml(*db_, tp, side, colours()));
    for (QWidget* w : {static_cast<QWidget*>(title_), static_cast<QWidget*>(subtitle_),
                       static_cast<QWidget*>(cautionFrame_), static_cast<QWidget*>(body_)})
        w->show();
    placeholder_->hide();
    verticalScrollBar()->setValue(0);
}

void DetailPane::clear() {
    triggerPoint_.reset();
    title_->hide();
    subtitle_->hide();
    cautionFrame_->hide();
    body_->hide();
    placeholder_->show();
}

} // namespace tpf::gui
