#include "app/SessionQueueWidget.h"

#include "finder/CandidateModel.h"
#include "widgets/SectionHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace tpf::gui {

SessionQueueWidget::SessionQueueWidget(const Database& db, QWidget* parent) : QWidget(parent), db_(&db) {
    setObjectName(QStringLiteral("sessionQueuePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // Plain text: "<b>...</b>" would make it a rich-text label, laid out and painted through a
    // QTextDocument (a few milliseconds of the window's first paint).
    QLabel* title = makeSectionHeader(tr("Session queue"), QStringLiteral("sessionQueueTitle"), this);
    layout->addWidget(title);

    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("sessionQueue"));
    list_->setAccessibleName(tr("Session queue"));
    list_->setAlternatingRowColors(true);
    list_->setMinimumHeight(60);
    list_->setToolTip(
        tr("The trigger points you plan to treat, in order. Add the chosen point with Ctrl+D."));
    layout->addWidget(list_, 1);

    buttons_ = new QHBoxLayout;
    buttons_->setSpacing(6);
    removeButton_ = new QPushButton(tr("Remove"), this);
    removeButton_->setObjectName(QStringLiteral("removeFromQueueButton"));
    removeButton_->setEnabled(false);
    buttons_->addStretch(1);
    buttons_->addWidget(removeButton_);
    layout->addLayout(buttons_);

    connect(removeButton_, &QPushButton::clicked, this, &SessionQueueWidget::removeCurrent);
    connect(list_, &QListWidget::currentRowChanged, this,
            [this](int row) { removeButton_->setEnabled(row >= 0); });
    rebuild();
}

bool SessionQueueWidget::contains(const ChosenPoint& point) const {
    return std::find(items_.begin(), items_.end(), point) != items_.end();
}

bool SessionQueueWidget::add(const ChosenPoint& point) {
    if (point.triggerPoint >= db_->triggerPoints.size() || contains(point))
        return false;
    items_.push_back(point);
    rebuild();
    list_->setCurrentRow(int(items_.size()) - 1);
    emit changed();
    return true;
}

bool SessionQueueWidget::remove(const ChosenPoint& point) {
    auto it = std::find(items_.begin(), items_.end(), point);
    if (it == items_.end())
        return false;
    items_.erase(it);
    rebuild();
    emit changed();
    return true;
}

void SessionQueueWidget::removeCurrent() {
    const int row = list_->currentRow();
    if (row < 0 || row >= int(items_.size()))
        return;
    items_.erase(items_.begin() + row);
    rebuild();
    list_->setCurrentRow(std::min(row, int(items_.size()) - 1));
    emit changed();
}

void SessionQueueWidget::clear() {
    if (items_.empty())
        return;
    items_.clear();
    rebuild();
    emit changed();
}

void SessionQueueWidget::rebuild() {
    list_->clear();
    for (const auto& item : items_) {
        const TriggerPoint& tp = db_->triggerPoints[item.triggerPoint];
        list_->addItem(tr("%1 (%2)").arg(QString::fromStdString(tp.name), sideText(item.side).toLower()));
    }
    if (items_.empty()) {
        auto* hint = new QListWidgetItem(tr("Empty: choose a point and press Ctrl+D"), list_);
        hint->setFlags(Qt::NoItemFlags);
    }
    removeButton_->setEnabled(!items_.empty() && list_->currentRow() >= 0);
}

} // namespace tpf::gui
