// Page construction for SafetyReviewDialog: the question pages are built once; the danger zones
// and the outcome are rebuilt from the current answers each time they are shown.

#include "gui/safety/QuestionCard.h"
#include "gui/safety/SafetyCards.h"
#include "gui/safety/SafetyReviewDialog.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
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

QString pageName(SafetyReviewDialog::Page p) {
    switch (p) {
    case SafetyReviewDialog::Page::reconfirm: return "reconfirm";
    case SafetyReviewDialog::Page::red_flags: return "red_flags";
    case SafetyReviewDialog::Page::clinician: return "clinician";
    case SafetyReviewDialog::Page::local: return "local";
    case SafetyReviewDialog::Page::danger_zones: return "danger_zones";
    case SafetyReviewDialog::Page::outcome: break;
    }
    return "outcome";
}

QWidget* pageContent(const QString& name, QVBoxLayout*& layout) {
    auto* content = new QWidget;
    content->setObjectName("content_" + name);
    layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    return content;
}

} // namespace

QString SafetyReviewDialog::pageTitle(Page page) {
    switch (page) {
    case Page::reconfirm: return tr("Has anything changed?");
    case Page::red_flags: return tr("Warning signs");
    case Page::clinician: return tr("Check with a clinician first");
    case Page::local: return tr("Checks for each chosen spot");
    case Page::danger_zones: return tr("Take care near these places");
    case Page::outcome: break;
    }
    return tr("Result of the safety check");
}

QWidget* SafetyReviewDialog::addPage(Page page, QWidget* content) {
    auto* scroll = new QScrollArea(stack_);
    scroll->setObjectName("page_" + pageName(page));
    scroll->setAccessibleName(pageTitle(page));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    stack_->addWidget(scroll);
    pages_[page] = scroll;
    return scroll;
}

QuestionCard* SafetyReviewDialog::addCard(QVBoxLayout* layout, QWidget* parent,
                                          const safety::Question& question, const QString& key) {
    auto* card = new QuestionCard(key, q(question.text), q(question.explanation),
                                  question.category == Category::clinician_first, parent);
    layout->addWidget(card);
    connect(card, &QuestionCard::changed, this, &SafetyReviewDialog::refresh);
    connect(card, &QuestionCard::answeredByKey, this, &SafetyReviewDialog::focusAfter);
    return card;
}

QWidget* SafetyReviewDialog::buildReconfirmPage() {
    QVBoxLayout* layout = nullptr;
    QWidget* content = pageContent("reconfirm", layout);
    layout->addWidget(ui::heading(pageTitle(Page::reconfirm), "title_reconfirm", content));
    layout->addWidget(
        ui::label(q(rules_.review_policy.short_reconfirm_text), "intro_reconfirm", "intro", content));

    QStringList yes, no;
    for (const safety::Question& question : rules_.questions) {
        if (question.category == Category::local)
            continue;
        const Answer a = previous_->answer(question.id);
        QString line = QStringLiteral("•  ") + q(question.text);
        if (a == Answer::yes && previous_->clinician_cleared.count(question.id))
            line += QStringLiteral("  ") + tr("(a clinician has cleared this)");
        (a == Answer::yes ? yes : no) << line;
    }
    if (!yes.isEmpty()) {
        layout->addWidget(
            ui::label(tr("Last time you answered yes to:"), "summaryYesTitle", "section", content));
        layout->addWidget(ui::label(yes.join('\n'), "summaryYes", "body", content));
    }
    if (!no.isEmpty()) {
        layout->addWidget(
            ui::label(tr("Last time you answered no to:"), "summaryNoTitle", "section", content));
        layout->addWidget(ui::label(no.join('\n'), "summaryNo", "body", content));
    }
    safety::Question changed;
    changed.text = tr("Has anything changed since then?").toStdString();
    changed.explanation = tr("Yes: you will answer every question again. No: your answers are kept, and you "
                             "only check the spots you chose today.")
                              .toStdString();
    changed.category = Category::red_flag;
    changedCard_ = addCard(layout, content, changed, "changed");
    layout->addStretch(1);
    return content;
}

QWidget* SafetyReviewDialog::buildQuestionPage(Category category) {
    const bool red = category == Category::red_flag;
    const QString name = red ? "red_flags" : "clinician";
    QVBoxLayout* layout = nullptr;
    QWidget* content = pageContent(name, layout);
    layout->addWidget(
        ui::heading(pageTitle(red ? Page::red_flags : Page::clinician), "title_" + name, content));
    if (red)
        layout->addWidget(
            ui::label(q(rules_.review_policy.full_review_text), "intro_" + name, "intro", content));
    layout->addWidget(ui::label(
        red ? tr("Keyboard: Tab moves to the next question; Y or N answers the question in focus.")
            : tr("If you answer yes, tick the box only when a doctor, nurse or physiotherapist has told you "
                 "that pressure work is fine for you."),
        "hint_" + name, "hint", content));
    for (const safety::Question* question : rules_.questionsIn(category))
        general_.push_back({question, addCard(layout, content, *question, q(question->id))});
    layout->addStretch(1);
    return content;
}

QWidget* SafetyReviewDialog::buildLocalPage() {
    QVBoxLayout* layout = nullptr;
    QWidget* content = pageContent("local", layout);
    layout->addWidget(ui::heading(pageTitle(Page::local), "title_local", content));
    layout->addWidget(
        ui::label(tr("Look at and gently feel each spot before you answer. A spot with any yes is "
                     "left out today; its other questions then need no answer."),
                  "hint_local", "hint", content));
    localQuestions_ = rules_.questionsIn(Category::local);
    for (const safety::PointContext& p : points_) {
        LocalPoint lp;
        lp.ref = p.point;
        const QString key = ui::objectKey(p.point);
        lp.header = ui::label(q(p.name), "point_" + key, "point", content);
        layout->addWidget(lp.header);
        lp.note = ui::label(QString(), "localNote_" + key, "pointNote", content);
        lp.note->setAccessibleName(tr("Note for %1").arg(q(p.name)));
        lp.note->setVisible(false);
        layout->addWidget(lp.note);
        for (const safety::Question* question : localQuestions_)
            lp.cards.push_back(addCard(layout, content, *question, q(question->id) + "@" + key));
        localPoints_.push_back(std::move(lp));
    }
    layout->addStretch(1);
    return content;
}

void SafetyReviewDialog::rebuildDangerZonesPage() {
    const safety::Outcome o = outcome();
    QVBoxLayout* layout = nullptr;
    QWidget* content = pageContent("danger_zones", layout);
    layout->addWidget(ui::heading(pageTitle(Page::danger_zones), "title_danger_zones", content));
    layout->addWidget(
        ui::label(tr("These lie close to the spots you chose. Please read each one; the session "
                     "shows them again at every hold."),
                  "hint_danger_zones", "hint", content));
    for (const auto& zone : o.danger_zones)
        layout->addWidget(ui::dangerZoneCard(zone, content));
    if (!o.point_cautions.empty()) {
        layout->addWidget(
            ui::label(tr("Cautions for your chosen spots"), "cautionsTitle", "section", content));
        for (const auto& c : o.point_cautions)
            layout->addWidget(ui::pointCautionsCard(c, content));
    }
    layout->addStretch(1);
    pages_[Page::danger_zones]->setWidget(content);
}

void SafetyReviewDialog::rebuildOutcomePage() {
    const safety::Outcome o = outcome();
    QVBoxLayout* layout = nullptr;
    QWidget* content = pageContent("outcome", layout);
    layout->addWidget(ui::outcomeBanner(o, content));

    std::vector<safety::Reason> reasons;
    for (const auto& r : o.reasons)
        if (o.level != Level::blocked || r.level == Level::blocked)
            reasons.push_back(r); // once blocked, the cleared cautions do not matter today
    std::stable_sort(reasons.begin(), reasons.end(), [](const safety::Reason& a, const safety::Reason& b) {
        return a.urgency > b.urgency; // the most urgent advice first
    });
    for (const auto& r : reasons)
        layout->addWidget(ui::reasonCard(r, content));

    const bool noPointsLeft = std::any_of(o.reasons.begin(), o.reasons.end(), [](const safety::Reason& r) {
        return r.rule_id == "no_points_left";
    });
    if (o.level != Level::blocked || noPointsLeft) {
        for (const auto& ex : o.excluded_points) {
            const safety::Question* rule = rules_.question(ex.rule_id);
            const QString because =
                rule ? tr("Because you answered yes to: %1").arg(q(rule->text)) : QString();
            layout->addWidget(ui::excludedPointCard(ex, because, content));
        }
    }
    if (o.canProceed() && !o.danger_zones.empty())
        layout->addWidget(ui::dangerZoneReminder(o, content));
    acknowledge_ = nullptr;
    if (o.canProceed() && o.acknowledgement_required) {
        auto* frame = new QFrame(content);
        frame->setObjectName("acknowledgeFrame");
        frame->setAccessibleName(tr("Acknowledgement"));
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(12, 10, 12, 10);
        acknowledge_ = new QCheckBox(tr("I have read these safety notes and will follow them."), frame);
        acknowledge_->setObjectName("acknowledgeCheck");
        acknowledge_->setAccessibleName(acknowledge_->text());
        connect(acknowledge_, &QCheckBox::toggled, this, &SafetyReviewDialog::refresh);
        box->addWidget(acknowledge_);
        layout->addWidget(frame);
    }
    layout->addStretch(1);
    pages_[Page::outcome]->setWidget(content);
}

} // namespace tpf::gui
