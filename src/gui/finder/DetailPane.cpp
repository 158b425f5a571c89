#include "finder/DetailPane.h"

#include "finder/DetailText.h"

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

    title_ = makeLabel(QStringLiteral("detailTitle"), content);
    QFont tf = title_->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.35);
    tf.setBold(true);
    title_->setFont(tf);
    subtitle_ = makeLabel(QStringLiteral("detailSubtitle"), content);
    subtitle_->setStyleSheet(QStringLiteral("color: #6b5a55;"));

    cautionFrame_ = new QFrame(content);
    cautionFrame_->setObjectName(QStringLiteral("cautionFrame"));
    cautionFrame_->setStyleSheet(
        QStringLiteral("#cautionFrame { background: #fff4e0; border: 2px solid #e08a00; border-radius: 6px; }"
                       "#cautionFrame QLabel { color: #5c3300; background: transparent; border: none; }"));
    auto* cl = new QVBoxLayout(cautionFrame_);
    cl->setContentsMargins(10, 8, 10, 8);
    caution_ = makeLabel(QStringLiteral("cautionText"), cautionFrame_);
    cl->addWidget(caution_);

    body_ = makeLabel(QStringLiteral("detailBody"), content);
    connect(body_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("tp:")))
            emit triggerPointLinkActivated(link.mid(3));
    });

    placeholder_ = makeLabel(QStringLiteral("detailPlaceholder"), content);
    placeholder_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    placeholder_->setStyleSheet(QStringLiteral("color: #8a7f7b; margin-top: 24px;"));
    placeholder_->setText(tr("Choose a trigger point from the list to see where it lies, how to find and "
                             "treat it, and what to be careful about."));

    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    layout->addSpacing(4);
    layout->addWidget(cautionFrame_);
    layout->addWidget(body_);
    layout->addWidget(placeholder_);
    layout->addStretch(1);
    setWidget(content);
    clear();
}

void DetailPane::showPoint(std::size_t index, Side side) {
    if (index >= db_->triggerPoints.size())
        return clear();
    const TriggerPoint& tp = db_->triggerPoints[index];
    triggerPoint_ = index;
    title_->setText(QString::fromStdString(tp.name).toHtmlEscaped());
    subtitle_->setText(detailSubtitle(*db_, tp, side).toHtmlEscaped());
    caution_->setText(cautionHtml(*db_, tp));
    body_->setText(detailBodyHtml(*db_, tp, side));
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
