#include "finder/CandidateDelegate.h"

#include "finder/CandidateModel.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace tpf::gui {
namespace {

constexpr int kPad = 8;
constexpr int kBarWidth = 56;

QFont withScale(QFont f, double scale, bool bold) {
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(qRound(f.pixelSize() * scale));
    f.setBold(bold);
    return f;
}

} // namespace

QSize CandidateDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics big(withScale(option.font, 1.0, true));
    const QFontMetrics small(withScale(option.font, 0.92, false));
    return {280, kPad * 2 + big.height() + 2 + small.height() * 2 + 4};
}

CandidateColours candidateColours(const QPalette& pal, bool selected, bool hovered) {
    CandidateColours c;
    const QColor base = pal.color(QPalette::Base);
    c.card = base;
    c.border = mix(base, pal.color(QPalette::Mid), 0.35);
    if (selected) {
        // The highlight as a wash over the list's base colour (opaque, so contrast is measurable).
        c.card = mix(base, pal.color(QPalette::Highlight), 0.16);
        c.border = pal.color(QPalette::Highlight);
    } else if (hovered) {
        c.card = pal.color(QPalette::AlternateBase);
    }
    const bool dark = isDarkPalette(pal);
    c.text = readableOn(pal.color(QPalette::Text), c.card, 7.0);
    c.muted = readableOn(mix(c.text, c.card, 0.35), c.card, 4.6);
    c.pill = mix(c.card, QColor(120, 140, 170), dark ? 0.3 : 0.18);
    c.pillText = readableOn(c.muted, c.pill, 4.6);
    c.tag = mix(c.card, QColor(60, 150, 90), dark ? 0.3 : 0.2);
    c.tagText = readableOn(QColor(30, 110, 60), c.tag, 4.6);
    c.reason = readableOn(QColor(176, 64, 30), c.card, 4.6);
    return c;
}

void CandidateDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRect r = option.rect.adjusted(3, 2, -3, -2);

    const CandidateColours c = candidateColours(pal, selected, hovered);
    QPainterPath cardPath;
    cardPath.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p->fillPath(cardPath, c.card);
    p->setPen(QPen(c.border, selected ? 1.5 : 1.0));
    p->drawPath(cardPath);

    const QFont nameFont = withScale(option.font, 1.0, true);
    const QFont smallFont = withScale(option.font, 0.92, false);
    const QFontMetrics nameFm(nameFont), smallFm(smallFont);
    const QColor& text = c.text;
    const QColor& muted = c.muted;

    // Score bar, top right, with the percentage under it.
    const double score = index.data(CandidateModel::ScoreRole).toDouble();
    const QRectF bar(r.right() - kPad - kBarWidth, r.top() + kPad + (nameFm.height() - 8) / 2.0, kBarWidth,
                     8);
    QPainterPath track;
    track.addRoundedRect(bar, 4, 4);
    p->fillPath(track, mix(c.card, c.text, 0.14));
    QPainterPath fill;
    fill.addRoundedRect(QRectF(bar.left(), bar.top(), std::max(8.0, bar.width() * score), bar.height()), 4,
                        4);
    p->fillPath(fill, QColor::fromHsvF(float(0.07 - 0.06 * score), float(0.55 + 0.35 * score), 0.92f));
    p->setFont(smallFont);
    p->setPen(muted);
    p->drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width(), smallFm.height()), Qt::AlignCenter,
                tr("%1%").arg(qRound(score * 100)));

    const int left = r.left() + kPad;
    const int textRight = int(bar.left()) - kPad;
    int y = r.top() + kPad;

    // Line 1: muscle name, then the side as a small pill.
    const QString side = index.data(CandidateModel::SideTextRole).toString();
    const int pillW = smallFm.horizontalAdvance(side) + 12;
    // "Helped before" (the user's history) follows the side; the muscle name gives way to it, and in
    // a narrow list it shrinks to a check mark (the tooltip and accessible text say it in full).
    const bool helpedBefore = index.data(CandidateModel::HelpedBeforeRole).toBool();
    QString helped = helpedBefore ? tr("helped before") : QString();
    int helpedW = helpedBefore ? smallFm.horizontalAdvance(helped) + 12 : 0;
    if (helpedBefore && textRight - left - pillW - 6 - helpedW - 4 < 80) {
        helped = QStringLiteral("\u2713");
        helpedW = smallFm.horizontalAdvance(helped) + 10;
    }
    const QString muscle =
        nameFm.elidedText(index.data(CandidateModel::MuscleNameRole).toString(), Qt::ElideRight,
                          std::max(20, textRight - left - pillW - 6 - (helpedBefore ? helpedW + 4 : 0)));
    p->setFont(nameFont);
    p->setPen(text);
    p->drawText(QRect(left, y, textRight - left, nameFm.height()), Qt::AlignLeft | Qt::AlignVCenter, muscle);
    const QRectF pill(left + nameFm.horizontalAdvance(muscle) + 6,
                      y + (nameFm.height() - smallFm.height() - 2) / 2.0, pillW, smallFm.height() + 2);
    QPainterPath pillPath;
    pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p->fillPath(pillPath, c.pill);
    p->setFont(smallFont);
    p->setPen(c.pillText);
    p->drawText(pill, Qt::AlignCenter, side);
    if (helpedBefore) {
        const QRectF tag(pill.right() + 4, pill.top(), helpedW, pill.height());
        QPainterPath tagPath;
        tagPath.addRoundedRect(tag, tag.height() / 2, tag.height() / 2);
        p->fillPath(tagPath, c.tag);
        p->setPen(c.tagText);
        p->drawText(tag, Qt::AlignCenter, helped);
        p->setPen(muted);
    }
    y += nameFm.height() + 2;

    // Line 2: trigger point name; line 3: why it is on the list.
    p->drawText(QRect(left, y, textRight - left, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                smallFm.elidedText(index.data(CandidateModel::PointNameRole).toString(), Qt::ElideRight,
                                   textRight - left));
    y += smallFm.height() + 2;
    p->setPen(c.reason);
    p->drawText(QRect(left, y, r.right() - kPad - left, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                smallFm.elidedText(index.data(CandidateModel::ReasonsRole).toString(), Qt::ElideRight,
                                   r.right() - kPad - left));
    p->restore();
}

} // namespace tpf::gui
