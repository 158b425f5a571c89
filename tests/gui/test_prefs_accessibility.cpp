// Accessibility audit: every focusable control of the main window and of the preferences dialog
// has a name a screen reader can announce (its accessibleName, its text, or a label buddy), as
// reported by Qt's own accessibility interface. Failures list the widgets by object name and class.
#include "app/MainWindow.h"
#include "settings/PreferencesDialog.h"
#include "support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QSlider>

using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

bool isControl(QWidget* w) {
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
           qobject_cast<QSlider*>(w);
}

QString describe(QWidget* w) {
    QStringList chain;
    for (QWidget* p = w; p; p = p->parentWidget())
        chain.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return QStringLiteral("%1 (%2)").arg(chain.join(QLatin1Char('/')),
                                         QString::fromLatin1(w->metaObject()->className()));
}

// Controls without an accessible name, in `root` and everything below it.
QStringList unnamedControls(QWidget* root) {
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isControl(w) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // a spin box's inner editor: the spin box carries the name
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
            continue; // an editable combo's inner editor
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty() && w->accessibleName().trimmed().isEmpty())
            out << describe(w);
    }
    return out;
}

} // namespace

TEST_CASE("a11y: every control of the preferences dialog has an accessible name", "[a11y][prefs]") {
    clearSettings();
    PreferencesDialog dialog(fixture().protocols());
    const QStringList unnamed = unnamedControls(&dialog);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("a11y: every control of the main window has an accessible name", "[a11y]") {
    clearSettings();
    MainWindow w(fixture());
    w.show();
    const QStringList unnamed = unnamedControls(&w);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}
