#include "session/RatingBar.h"

#include "settings/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpf::gui {

using session::RatingKind;

TrendSparkline::TrendSparkline(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("trendSparkline"));
    setAccessibleName(tr("Tenderness across holds"));
    setMinimumSize(80, 28);
}

void TrendSparkline::setValues(std::vector<int> values, int max) {
    if (values == values_ && max == max_)
        return;
    values_ = std::move(values);
    max_ = std::max(1, max);
    update();
}

void TrendSparkline::paintEvent(QPaintEvent*) {
    if (values_.empty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(5, 5, -5, -5);
    auto at = [&](std::size_t i) {
        const double x = values_.size() == 1 ? r.center().x()
                                             : r.left() + r.width() * double(i) / double(values_.size() - 1);
        return QPointF(x, r.bottom() - r.height() * double(values_[i]) / double(max_));
    };
    QColor base = palette().color(QPalette::WindowText);
    base.setAlphaF(0.18f);
    p.setPen(QPen(base, 1));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    QPainterPath path(at(0));
    for (std::size_t i = 1; i < values_.size(); ++i)
        path.lineTo(at(i));
    const QColor line = readableOn(QColor(40, 110, 190), palette().color(QPalette::Window), 3.0);
    p.setPen(QPen(line, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setBrush(line);
    p.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < values_.size(); ++i)
        p.drawEllipse(at(i), i + 1 == values_.size() ? 3.5 : 2.2, i + 1 == values_.size() ? 3.5 : 2.2);
}

RatingBar::RatingBar(int scaleMax, QWidget* parent) : QWidget(parent), max_(scaleMax) {
    setObjectName(QStringLiteral("ratingBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* head = new QHBoxLayout;
    question_ = new QLabel(this);
    question_->setObjectName(QStringLiteral("ratingQuestion"));
    QFont qf = question_->font();
    qf.setBold(true);
    question_->setFont(qf);
    head->addWidget(question_, 1);
    tenderness_ = new QPushButton(tr("Tenderness"), this);
    tenderness_->setObjectName(QStringLiteral("rateTendernessKind"));
    pressure_ = new QPushButton(tr("Pressure"), this);
    pressure_->setObjectName(QStringLiteral("ratePressureKind"));
    for (QPushButton* b : {tenderness_, pressure_}) {
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        head->addWidget(b);
    }
    tenderness_->setAccessibleName(tr("Rate tenderness"));
    tenderness_->setToolTip(tr("Rate how tender the point is under pressure (P switches)"));
    pressure_->setAccessibleName(tr("Rate pressure"));
    pressure_->setToolTip(tr("Rate how strong the pressure feels (P switches)"));
    layout->addLayout(head);

    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    for (int v = 0; v <= max_; ++v) {
        auto* b = new QPushButton(QString::number(v), this);
        b->setObjectName(QStringLiteral("rate%1").arg(v));
        b->setCheckable(true);
        b->setMinimumSize(40, 40);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const QString key = v < 10 ? QString::number(v) : v == 10 ? QStringLiteral("T") : QString();
        b->setAccessibleName(tr("Rate %1 out of %2").arg(v).arg(max_));
        b->setToolTip(key.isEmpty() ? tr("Rate %1 out of %2").arg(v).arg(max_)
                                    : tr("Rate %1 out of %2 (key %3)").arg(v).arg(max_).arg(key));
        connect(b, &QPushButton::clicked, this, [this, v] { emit rated(v, kind_); });
        row->addWidget(b);
        buttons_.push_back(b);
    }
    layout->addLayout(row);

    auto* scale = new QHBoxLayout;
    auto* low = new QLabel(tr("0 nothing"), this);
    auto* high = new QLabel(tr("%1 worst imaginable").arg(max_), this);
    low->setObjectName(QStringLiteral("ratingScaleLow"));
    high->setObjectName(QStringLiteral("ratingScaleHigh"));
    for (QLabel* l : {low, high}) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        l->setFont(f);
        followPalette(l, [l] {
            setStyleSheetIfChanged(l, QStringLiteral("color: %1;").arg(mutedText(themePalette(l)).name()));
        });
    }
    scale->addWidget(low);
    scale->addStretch(1);
    scale->addWidget(high);
    layout->addLayout(scale);

    auto* trendRow = new QHBoxLayout;
    trend_ = new QLabel(this);
    trend_->setObjectName(QStringLiteral("trendLabel"));
    trend_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sparkline_ = new TrendSparkline(this);
    trendRow->addWidget(trend_, 1);
    trendRow->addWidget(sparkline_);
    layout->addLayout(trendRow);

    connect(tenderness_, &QPushButton::clicked, this, [this] { setKind(RatingKind::Tenderness); });
    connect(pressure_, &QPushButton::clicked, this, [this] { setKind(RatingKind::Pressure); });
    updateKindTexts();
}

QPushButton* RatingBar::button(int value) const {
    return value >= 0 && value < int(buttons_.size()) ? buttons_[std::size_t(value)] : nullptr;
}

void RatingBar::setKind(RatingKind kind) {
    kind_ = kind;
    updateKindTexts();
}

void RatingBar::toggleKind() {
    setKind(kind_ == RatingKind::Tenderness ? RatingKind::Pressure : RatingKind::Tenderness);
}

void RatingBar::updateKindTexts() {
    tenderness_->setChecked(kind_ == RatingKind::Tenderness);
    pressure_->setChecked(kind_ == RatingKind::Pressure);
    question_->setText(kind_ == RatingKind::Tenderness
                           ? tr("How tender is the point now? Keys 0–9, T for 10")
                           : tr("How strong does the pressure feel now? Keys 0–9, T for 10"));
}

void RatingBar::setCurrent(std::optional<int> value) {
    for (int v = 0; v < int(buttons_.size()); ++v)
        buttons_[std::size_t(v)]->setChecked(value && *value == v);
}

void RatingBar::setTrend(const QString& text, const std::vector<int>& tenderness) {
    trend_->setText(text.isEmpty() ? tr("Tenderness across holds: not rated yet")
                                   : tr("Tenderness across holds: %1").arg(text));
    trend_->setAccessibleName(trend_->text());
    sparkline_->setValues(tenderness, max_);
    sparkline_->setVisible(tenderness.size() >= 2);
}

} // namespace tpf::gui
