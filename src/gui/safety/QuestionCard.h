#pragma once
// One yes/no safety question as a card: the question, why it is asked, and two radio buttons of
// which neither starts checked. Nothing is ever answered for the user; an unanswered card reads
// as Answer::unanswered. Y and N answer the card that has keyboard focus.

#include "core/safety/evaluate.h"

#include <QFrame>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;

namespace tpf::gui {

class QuestionCard : public QFrame {
    Q_OBJECT
public:
    // `key` names the card and its controls: "<key>" for the card, "yes_<key>", "no_<key>",
    // "cleared_<key>". General questions use the question id, per-point ones "qid@point/side".
    // `withClearance` adds "A clinician has cleared this", shown only while the answer is yes.
    QuestionCard(const QString& key, const QString& text, const QString& explanation, bool withClearance,
                 QWidget* parent = nullptr);

    QString key() const { return key_; }
    safety::Answer answer() const;
    bool cleared() const; // ticked and visible (a "no" hides and ignores it)

    QRadioButton* yesButton() const { return yes_; }
    QRadioButton* noButton() const { return no_; }
    QCheckBox* clearedBox() const { return cleared_; }

signals:
    void changed();
    // The user answered with Y or N: the dialog moves focus on to the next thing to answer.
    void answeredByKey(QuestionCard* card);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateClearance();

    QString key_;
    QButtonGroup* group_ = nullptr;
    QRadioButton* yes_ = nullptr;
    QRadioButton* no_ = nullptr;
    QCheckBox* cleared_ = nullptr;
};

} // namespace tpf::gui
