// Accessibility audit: every focusable control of the main window, the preferences dialog, the
// safety review (every page), the session start dialog, the session panel (running and its
// summary) and the progress view has a name a screen reader can announce: its accessibleName, its
// own text (buttons), or a label whose buddy it is — and Qt's accessibility interface reports that
// name. Failures list the widgets by object path and class.
#include "app/MainWindow.h"
#include "safety/SafetyGate.h"
#include "session/SessionPanel.h"
#include "session/SessionStartDialog.h"
#include "settings/PreferencesDialog.h"
#include "support.h"
#include "test_safety_support.h"
#include "test_session_support.h"
#include "test_theme_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

QString describe(QWidget* w) {
    QStringList chain;
    for (QWidget* p = w; p; p = p->parentWidget())
        chain.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return QStringLiteral("%1 (%2)").arg(chain.join(QLatin1Char('/')),
                                         QString::fromLatin1(w->metaObject()->className()));
}

// The text of a label that names `w` (QLabel::buddy), without mnemonics; empty when none.
QString buddyText(QWidget* w) {
    const QWidget* top = w->window();
    for (QLabel* l : top->findChildren<QLabel*>())
        if (l->buddy() == w && !l->text().trimmed().isEmpty())
            return l->text().remove(QLatin1Char('&')).trimmed();
    return {};
}

// Focusable controls without an accessible name, in `root` and everything below it.
QStringList unnamedControls(QWidget* root, int* checked = nullptr) {
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // a spin box's inner editor: the spin box carries the name
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
            continue; // an editable combo's inner editor
        if (w->parentWidget() && qobject_cast<QAbstractScrollArea*>(w->parentWidget()) &&
            static_cast<QAbstractScrollArea*>(w->parentWidget())->viewport() == w)
            continue; // a scroll area's viewport: the area carries the name
        QString own;
        if (auto* l = qobject_cast<QLabel*>(w)) {
            // A label is a control only when the keyboard reaches it (links) and it shows; its text
            // is its name.
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
                continue;
            own = l->text().trimmed();
        }
        if (checked)
            ++*checked;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            own = b->text().remove(QLatin1Char('&')).trimmed();
        const bool named =
            !w->accessibleName().trimmed().isEmpty() || !own.isEmpty() || !buddyText(w).isEmpty();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString announced = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (!named || announced.isEmpty())
            out << describe(w);
    }
    return out;
}

void audit(QWidget* root, const char* what) {
    int checked = 0;
    const QStringList unnamed = unnamedControls(root, &checked);
    INFO(what << ": " << unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(checked > 0);
    CHECK(unnamed.isEmpty());
}

} // namespace

TEST_CASE("a11y: every control of the preferences dialog has an accessible name", "[a11y][prefs]") {
    clearSettings();
    PreferencesDialog dialog(fixture().protocols());
    audit(&dialog, "preferences");
}

TEST_CASE("a11y: every control of the main window has an accessible name", "[a11y]") {
    clearSettings();
    MainWindow w(fixture());
    w.show();
    audit(&w, "main window");
}

TEST_CASE("a11y: every control of the session start dialog has an accessible name", "[a11y][session]") {
    clearSettings();
    SessionStartDialog dialog(sessiontest::protocols(), {sessiontest::trapezius()});
    audit(&dialog, "session start");
}

TEST_CASE("a11y: every control of the session panel, running and on the summary, has an accessible name",
          "[a11y][session]") {
    clearSettings();
    sessiontest::FakeClock clock;
    SessionController c(sessiontest::plan(), clock.fn());
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer cues(std::make_unique<sessiontest::RecordingOutput>(played, spoken));
    SessionPanel panel(c);
    panel.setCuePlayer(&cues);
    panel.show();
    c.start();
    c.foundIt();
    audit(&panel, "session panel");
    c.stop();
    REQUIRE(panel.showingSummary());
    audit(&panel, "session summary");
}

TEST_CASE("a11y: every control on every page of the safety review has an accessible name", "[a11y][safety]") {
    using namespace tpf::gui::testing;
    clearSettings();
    SafetyReviewDialog d(
        realRules(),
        SafetyGate::pointContexts(fixtureDatabase(), {{kTrapezius, Side::Right}, {kScm, Side::Left}}),
        safety::ReviewKind::full);
    d.show();
    audit(&d, "safety review: red flags");
    answerCategory(d, safety::Category::red_flag);
    pressContinue(d);
    audit(&d, "safety review: clinician");
    answerCategory(d, safety::Category::clinician_first);
    pressContinue(d);
    answerLocalNo(d, "upper_trapezius.1", "right");
    answerLocalNo(d, "sternocleidomastoid_sternal.1", "left");
    pressContinue(d);
    audit(&d, "safety review: danger zones");
    pressContinue(d);
    REQUIRE(d.page() == SafetyReviewDialog::Page::outcome);
    audit(&d, "safety review: outcome");
}

TEST_CASE("a11y: every control of the progress view has an accessible name", "[a11y][history]") {
    clearSettings();
    ProgressView view;
    themetest::fillProgress(view);
    view.show();
    audit(&view, "progress view");
}
