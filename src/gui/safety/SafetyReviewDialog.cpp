#include "gui/safety/SafetyReviewDialog.h"

#include "gui/safety/QuestionCard.h"
#include "gui/safety/SafetyCards.h"
#include "settings/Theme.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tpf::gui {
namespace {

using safety::Answer;
using safety::Category;
using safety::Level;
namespace ui = safetyui;

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr SafetyReviewDialog::Page kOrder[] = {
    SafetyReviewDialog::Page::reconfirm,    SafetyReviewDialog::Page::red_flags,
    SafetyReviewDialog::Page::clinician,    SafetyReviewDialog::Page::local,
    SafetyReviewDialog::Page::danger_zones, SafetyReviewDialog::Page::outcome};

QPushButton* button(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove('&'));
    b->setAutoDefault(false);
    return b;
}

} // namespace

SafetyReviewDialog::SafetyReviewDialog(const safety::Rules& rules, std::vector<safety::PointContext> points,
                                       safety::ReviewKind kind, std::optional<safety::Answers> previous,
                                       QWidget* parent)
    : QDialog(parent), rules_(rules), points_(std::move(points)), kind_(kind),
      previous_(std::move(previous)) {
    if (!previous_)
        kind_ = safety::ReviewKind::full; // nothing to re-confirm
    setObjectName("safetyReviewDialog");
    setWindowTitle(tr("Safety check before your session"));
    setAccessibleName(windowTitle());
    followPalette(this, [this] { setStyleSheetIfChanged(this, ui::styleSheet(themePalette(this))); });
    buildChrome();

    if (kind_ == safety::ReviewKind::short_reconfirm)
        addPage(Page::reconfirm, buildReconfirmPage());
    addPage(Page::red_flags, buildQuestionPage(Category::red_flag));
    addPage(Page::clinician, buildQuestionPage(Category::clinician_first));
    addPage(Page::local, buildLocalPage());
    addPage(Page::danger_zones, new QWidget);
    addPage(Page::outcome, new QWidget);

    resize(900, 700);
    setMinimumSize(560, 420);
    const Page first = kind_ == safety::ReviewKind::short_reconfirm ? Page::reconfirm : Page::red_flags;
    goTo(hasContent(first) ? first : *nextAfter(first), false);
}

void SafetyReviewDialog::buildChrome() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    stack_ = new QStackedWidget(this);
    stack_->setObjectName("pages");
    stack_->setAccessibleName(tr("Safety check pages"));
    layout->addWidget(stack_, 1);

    // The disclaimer stays in view on every page.
    auto* disclaimerFrame = new QFrame(this);
    disclaimerFrame->setObjectName("disclaimerFrame");
    disclaimerFrame->setAccessibleName(tr("Disclaimer"));
    auto* d = new QVBoxLayout(disclaimerFrame);
    d->setContentsMargins(10, 6, 10, 6);
    d->addWidget(ui::label(q(rules_.disclaimer), "disclaimerLabel", "disclaimer", disclaimerFrame));
    layout->addWidget(disclaimerFrame);

    auto* row = new QHBoxLayout;
    remainingLabel_ = ui::label(QString(), "remainingLabel", "remaining", this);
    remainingLabel_->setAccessibleName(tr("Answers still needed"));
    row->addWidget(remainingLabel_, 1);
    cancel_ = button(tr("Cancel"), "cancelButton", this);
    back_ = button(tr("&Back"), "backButton", this);
    continue_ = button(tr("&Continue"), "continueButton", this);
    start_ = button(tr("&Start session"), "startButton", this);
    close_ = button(tr("Close"), "closeButton", this);
    // Wizard order, left to right and in Tab order: Back, Cancel, then the step forward.
    for (QPushButton* b : {back_, cancel_, continue_, start_, close_})
        row->addWidget(b);
    setTabOrder(back_, cancel_);
    setTabOrder(cancel_, continue_);
    setTabOrder(continue_, start_);
    setTabOrder(start_, close_);
    layout->addLayout(row);

    connect(cancel_, &QPushButton::clicked, this, &QDialog::reject);
    connect(close_, &QPushButton::clicked, this, &QDialog::reject);
    connect(back_, &QPushButton::clicked, this, &SafetyReviewDialog::goBack);
    connect(continue_, &QPushButton::clicked, this, &SafetyReviewDialog::goNext);
    connect(start_, &QPushButton::clicked, this, [this] {
        if (start_->isEnabled() && outcome().canProceed() && (!acknowledge_ || acknowledge_->isChecked()))
            accept();
    });
}

safety::Answers SafetyReviewDialog::answers() const {
    safety::Answers a;
    if (keepPrevious_ && previous_) {
        a.general = previous_->general;
        a.clinician_cleared = previous_->clinician_cleared;
    } else {
        for (const auto& g : general_) {
            if (g.card->answer() != Answer::unanswered)
                a.general[g.question->id] = g.card->answer();
            if (g.card->cleared())
                a.clinician_cleared.insert(g.question->id);
        }
    }
    for (const auto& lp : localPoints_)
        for (std::size_t i = 0; i < lp.cards.size(); ++i)
            if (lp.cards[i]->answer() != Answer::unanswered)
                a.local[lp.ref][localQuestions_[i]->id] = lp.cards[i]->answer();
    return a;
}

safety::Outcome SafetyReviewDialog::outcome() const { return safety::evaluate(rules_, answers(), points_); }

bool SafetyReviewDialog::anyRedFlagYes() const {
    return std::any_of(general_.begin(), general_.end(), [](const GeneralCard& g) {
        return g.question->category == Category::red_flag && g.card->answer() == Answer::yes;
    });
}

std::vector<QuestionCard*> SafetyReviewDialog::cardsOn(Page page) const {
    std::vector<QuestionCard*> out;
    if (page == Page::reconfirm && changedCard_)
        out.push_back(changedCard_);
    for (const auto& g : general_)
        if ((page == Page::red_flags && g.question->category == Category::red_flag) ||
            (page == Page::clinician && g.question->category == Category::clinician_first))
            out.push_back(g.card);
    if (page == Page::local)
        for (const auto& lp : localPoints_)
            out.insert(out.end(), lp.cards.begin(), lp.cards.end());
    return out;
}

int SafetyReviewDialog::remaining() const {
    switch (page_) {
    case Page::red_flags:
        if (anyRedFlagYes())
            return 0; // one warning sign is enough: show what to do without asking the rest
        [[fallthrough]];
    case Page::reconfirm:
    case Page::clinician: {
        const auto cards = cardsOn(page_);
        return int(std::count_if(cards.begin(), cards.end(),
                                 [](QuestionCard* c) { return c->answer() == Answer::unanswered; }));
    }
    case Page::local: {
        const auto unanswered = outcome().unanswered;
        return int(std::count_if(unanswered.begin(), unanswered.end(),
                                 [](const std::string& id) { return id.find('@') != std::string::npos; }));
    }
    case Page::danger_zones:
    case Page::outcome: break;
    }
    return 0;
}

bool SafetyReviewDialog::hasContent(Page page) const {
    switch (page) {
    case Page::reconfirm: return changedCard_ != nullptr;
    case Page::red_flags:
    case Page::clinician: return !keepPrevious_ && !cardsOn(page).empty();
    case Page::local: {
        // Points a clinician-first answer already leaves out are not asked about.
        const auto excluded = outcome().excluded_points;
        return !localQuestions_.empty() &&
               std::any_of(localPoints_.begin(), localPoints_.end(), [&](const LocalPoint& lp) {
                   return std::none_of(excluded.begin(), excluded.end(), [&](const safety::ExcludedPoint& e) {
                       const safety::Question* r = rules_.question(e.rule_id);
                       return e.point == lp.ref && r && r->category == Category::clinician_first;
                   });
               });
    }
    case Page::danger_zones: {
        const safety::Outcome o = outcome();
        return o.level != Level::blocked && (!o.danger_zones.empty() || !o.point_cautions.empty());
    }
    case Page::outcome: return true;
    }
    return false;
}

std::optional<SafetyReviewDialog::Page> SafetyReviewDialog::nextAfter(Page page) const {
    if ((page == Page::red_flags && anyRedFlagYes()) ||
        ((page == Page::clinician || page == Page::local) && outcome().level == Level::blocked))
        return Page::outcome;
    const auto* it = std::find(std::begin(kOrder), std::end(kOrder), page);
    for (++it; it != std::end(kOrder); ++it)
        if (hasContent(*it))
            return *it;
    return std::nullopt;
}

void SafetyReviewDialog::goNext() {
    if (remaining() > 0)
        return;
    if (page_ == Page::reconfirm) {
        const bool changed = changedCard_->answer() == Answer::yes;
        keepPrevious_ = !changed;
        if (changed)
            kind_ = safety::ReviewKind::full;
    }
    if (const auto next = nextAfter(page_))
        goTo(*next);
}

void SafetyReviewDialog::goBack() {
    if (history_.empty())
        return;
    const Page previous = history_.back();
    history_.pop_back();
    goTo(previous, false);
}

void SafetyReviewDialog::goTo(Page page, bool remember) {
    if (remember)
        history_.push_back(page_);
    page_ = page;
    if (page == Page::danger_zones)
        rebuildDangerZonesPage();
    if (page == Page::outcome)
        rebuildOutcomePage();
    stack_->setCurrentWidget(pages_.at(page));
    pages_.at(page)->verticalScrollBar()->setValue(0); // a new page starts at its heading

    const bool isOutcome = page == Page::outcome;
    const bool blocked = isOutcome && !outcome().canProceed() && outcome().level == Level::blocked;
    const bool canStart = isOutcome && outcome().canProceed();
    continue_->setVisible(!isOutcome);
    start_->setVisible(canStart);
    start_->setEnabled(canStart);
    close_->setVisible(blocked);
    cancel_->setVisible(!blocked);
    back_->setVisible(!blocked && !history_.empty());
    (isOutcome ? (blocked ? close_ : start_) : continue_)->setDefault(true);
    refresh();
    emit pageChanged(page);
    focusFirstOnPage();
}

void SafetyReviewDialog::refresh() {
    if (page_ == Page::local)
        refreshLocal();
    const int left = remaining();
    continue_->setEnabled(left == 0);
    QString text;
    if (page_ == Page::outcome)
        text = acknowledge_ && !acknowledge_->isChecked() ? tr("Tick the box above to start the session.")
                                                          : QString();
    else if (page_ == Page::danger_zones)
        text = QString();
    else if (left > 0)
        text = left == 1 ? tr("1 answer still needed on this page")
                         : tr("%1 answers still needed on this page").arg(left);
    else if (page_ == Page::red_flags && anyRedFlagYes())
        text = tr("Press Continue to see what to do now.");
    else if (page_ == Page::clinician && outcome().level == Level::blocked)
        text = tr("A yes without a clinician's clearance means no session today. Press Continue.");
    else
        text = tr("All answered. Press Continue.");
    remainingLabel_->setText(text);
    remainingLabel_->setAccessibleName(text.isEmpty() ? tr("Answers still needed") : text);
    if (page_ == Page::outcome) {
        const safety::Outcome o = outcome();
        start_->setEnabled(o.canProceed() && (!acknowledge_ || acknowledge_->isChecked()));
    }
}

void SafetyReviewDialog::refreshLocal() {
    const safety::Outcome o = outcome();
    for (auto& lp : localPoints_) {
        const auto ex = std::find_if(o.excluded_points.begin(), o.excluded_points.end(),
                                     [&](const safety::ExcludedPoint& e) { return e.point == lp.ref; });
        const safety::Question* rule = ex == o.excluded_points.end() ? nullptr : rules_.question(ex->rule_id);
        const bool byClinicianRule = rule && rule->category == Category::clinician_first;
        for (QuestionCard* card : lp.cards) {
            card->setVisible(!byClinicianRule);
            // One yes settles the spot: its other questions are set aside until that yes is undone.
            card->setEnabled(!rule || card->answer() == Answer::yes);
        }
        lp.note->setVisible(rule != nullptr);
        if (rule) {
            const QString text = tr("Left out today. %1 %2").arg(q(ex->text), q(ex->instead)).trimmed();
            lp.note->setText(text);
            lp.note->setAccessibleName(text);
        }
    }
}

void SafetyReviewDialog::focusFirstOnPage() {
    for (QuestionCard* c : cardsOn(page_)) {
        if (c->isVisibleTo(this) && c->isEnabled() && c->answer() == Answer::unanswered) {
            c->yesButton()->setFocus(Qt::OtherFocusReason);
            if (isVisible()) // before the first show the layout is not done and the geometry is wrong
                pages_.at(page_)->ensureWidgetVisible(c);
            return;
        }
    }
    if (acknowledge_ && page_ == Page::outcome)
        acknowledge_->setFocus(Qt::OtherFocusReason);
    else if (continue_->isVisible() && continue_->isEnabled())
        continue_->setFocus(Qt::OtherFocusReason);
    else if (start_->isVisible())
        start_->setFocus(Qt::OtherFocusReason);
    else if (close_->isVisible())
        close_->setFocus(Qt::OtherFocusReason);
}

void SafetyReviewDialog::focusAfter(QuestionCard* card) {
    if (card->clearedBox() && card->answer() == Answer::yes) {
        card->clearedBox()->setFocus(Qt::TabFocusReason);
        pages_.at(page_)->ensureWidgetVisible(card->clearedBox());
        return;
    }
    const auto cards = cardsOn(page_);
    auto it = std::find(cards.begin(), cards.end(), card);
    for (it = it == cards.end() ? it : std::next(it); it != cards.end(); ++it) {
        if ((*it)->isVisibleTo(this) && (*it)->isEnabled()) {
            QRadioButton* target = (*it)->answer() == Answer::no ? (*it)->noButton() : (*it)->yesButton();
            target->setFocus(Qt::TabFocusReason);
            pages_.at(page_)->ensureWidgetVisible(*it);
            return;
        }
    }
    if (continue_->isEnabled())
        continue_->setFocus(Qt::TabFocusReason);
}

} // namespace tpf::gui
