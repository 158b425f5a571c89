#include "gui/safety/QuestionCard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tpf::gui {

QuestionCard::QuestionCard(const QString& key, const QString& text, const QString& explanation,
                           bool withClearance, QWidget* parent)
    : QFrame(parent), key_(key) {
    setObjectName(key);
    setProperty("card", "question");
    setAccessibleName(text);
    setAccessibleDescription(explanation);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);

    auto* question = new QLabel(text, this);
    question->setObjectName("text_" + key);
    question->setAccessibleName(text);
    question->setWordWrap(true);
    question->setProperty("role", "question");
    layout->addWidget(question);

    if (!explanation.isEmpty()) {
        auto* why = new QLabel(explanation, this);
        why->setObjectName("why_" + key);
        why->setAccessibleName(tr("Why we ask: %1").arg(explanation));
        why->setWordWrap(true);
        why->setProperty("role", "explanation");
        layout->addWidget(why);
    }

    layout->addSpacing(4);
    auto* row = new QHBoxLayout;
    row->setSpacing(24);
    yes_ = new QRadioButton(tr("Yes"), this);
    no_ = new QRadioButton(tr("No"), this);
    yes_->setObjectName("yes_" + key);
    no_->setObjectName("no_" + key);
    // The name alone ("Yes") would not tell a screen reader user what is being answered.
    yes_->setAccessibleName(tr("Yes: %1").arg(text));
    no_->setAccessibleName(tr("No: %1").arg(text));
    yes_->setToolTip(tr("Press Y to answer yes"));
    no_->setToolTip(tr("Press N to answer no"));
    group_ = new QButtonGroup(this);
    group_->setExclusive(true);
    group_->addButton(yes_);
    group_->addButton(no_);
    for (QRadioButton* b : {yes_, no_}) {
        b->setChecked(false);
        b->installEventFilter(this);
        row->addWidget(b);
    }
    row->addStretch(1);
    layout->addLayout(row);

    if (withClearance) {
        cleared_ = new QCheckBox(tr("A clinician has cleared this for me"), this);
        cleared_->setObjectName("cleared_" + key);
        cleared_->setAccessibleName(tr("A clinician has cleared this: %1").arg(text));
        cleared_->setVisible(false);
        cleared_->installEventFilter(this);
        connect(cleared_, &QCheckBox::toggled, this, &QuestionCard::changed);
        layout->addWidget(cleared_);
    }

    connect(group_, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (!checked)
            return; // the matching "checked" toggle follows; react once
        updateClearance();
        emit changed();
    });
}

safety::Answer QuestionCard::answer() const {
    if (yes_->isChecked())
        return safety::Answer::yes;
    if (no_->isChecked())
        return safety::Answer::no;
    return safety::Answer::unanswered;
}

bool QuestionCard::cleared() const { return cleared_ && yes_->isChecked() && cleared_->isChecked(); }

void QuestionCard::updateClearance() {
    if (cleared_)
        cleared_->setVisible(yes_->isChecked());
}

bool QuestionCard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (key->key() == Qt::Key_Y || key->key() == Qt::Key_N)) {
            QRadioButton* target = key->key() == Qt::Key_Y ? yes_ : no_;
            if (target->isEnabled()) {
                target->setChecked(true);
                target->setFocus(Qt::ShortcutFocusReason);
                emit answeredByKey(this);
            }
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace tpf::gui
