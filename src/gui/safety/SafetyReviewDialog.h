#pragma once
// The safety review before a session (issue 6). Every question, explanation and outcome text comes
// from data/safety.json; the danger zones and cautions come from the muscle database. Nothing is
// ever answered in advance: each question starts with neither Yes nor No ticked.
//
// Pages, each skipped when it has nothing to show:
//   reconfirm     short form only: previous answers summarised, "Has anything changed?"
//   red_flags     warning signs; one yes leads straight to the outcome (no need to answer the rest)
//   clinician     check with a clinician first; yes reveals "a clinician has cleared this"
//   local         per chosen point and side: open skin, bruise, fresh injury, swelling...
//   danger_zones  the danger zones and cautions of the points still in the session
//   outcome       ok / caution (acknowledge to start) / blocked (reasons, what to do; Close only)
//
// accept() means "Start session" was pressed on an outcome that allows it; anything else rejects.
// The dialog evaluates with the core (safety::evaluate) on every change, so what it allows is
// exactly what the core decides.

#include "core/safety/evaluate.h"
#include "core/safety/review.h"
#include "core/safety/rules.h"

#include <QDialog>
#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace tpf::gui {

class QuestionCard;

class SafetyReviewDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { reconfirm, red_flags, clinician, local, danger_zones, outcome };
    Q_ENUM(Page)

    // `previous` holds the answers of the last review; with `kind` short_reconfirm it is summarised
    // and kept if the user says nothing changed. Without previous answers the review is full.
    SafetyReviewDialog(const safety::Rules& rules, std::vector<safety::PointContext> points,
                       safety::ReviewKind kind, std::optional<safety::Answers> previous = std::nullopt,
                       QWidget* parent = nullptr);

    Page page() const { return page_; }
    // Full once the user said something changed (or there was nothing to re-confirm).
    safety::ReviewKind reviewKind() const { return kind_; }
    // Everything answered so far: general answers (kept or new), clearances and per-point answers.
    safety::Answers answers() const;
    safety::Outcome outcome() const;
    const std::vector<safety::PointContext>& points() const { return points_; }
    int remaining() const; // required answers still missing on the current page
    static QString pageTitle(Page page);

signals:
    void pageChanged(tpf::gui::SafetyReviewDialog::Page page);

private:
    void buildChrome();
    QWidget* addPage(Page page, QWidget* content);
    QWidget* buildReconfirmPage();
    QWidget* buildQuestionPage(safety::Category category);
    QWidget* buildLocalPage();
    void rebuildDangerZonesPage();
    void rebuildOutcomePage();
    QuestionCard* addCard(QVBoxLayout* layout, QWidget* parent, const safety::Question& q,
                          const QString& key);

    void goTo(Page page, bool remember = true);
    void goNext();
    void goBack();
    std::optional<Page> nextAfter(Page page) const;
    bool hasContent(Page page) const;
    void refresh();
    void refreshLocal();
    void focusAfter(QuestionCard* card);
    void focusFirstOnPage();
    std::vector<QuestionCard*> cardsOn(Page page) const;
    bool anyRedFlagYes() const;

    const safety::Rules& rules_;
    std::vector<safety::PointContext> points_;
    safety::ReviewKind kind_;
    std::optional<safety::Answers> previous_;
    bool keepPrevious_ = false; // "nothing changed": general answers come from previous_

    struct GeneralCard {
        const safety::Question* question = nullptr;
        QuestionCard* card = nullptr;
    };
    std::vector<GeneralCard> general_; // red flags and clinician-first, in rules order
    std::vector<const safety::Question*> localQuestions_;
    struct LocalPoint {
        safety::PointRef ref;
        QLabel* note = nullptr;
        QLabel* header = nullptr;
        std::vector<QuestionCard*> cards; // parallel to localQuestions_
    };
    std::vector<LocalPoint> localPoints_;
    QuestionCard* changedCard_ = nullptr;

    Page page_ = Page::red_flags;
    std::vector<Page> history_;
    std::map<Page, QScrollArea*> pages_;
    QStackedWidget* stack_ = nullptr;
    QLabel* remainingLabel_ = nullptr;
    QCheckBox* acknowledge_ = nullptr; // on the outcome page when acknowledgement is required
    QPushButton* cancel_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* continue_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* close_ = nullptr;
};

} // namespace tpf::gui
