#pragma once
// The title over a panel of the main window ("Possible trigger points", "Session queue"): the UI
// font in capitals, spaced a little wider (an "overline" label), so that it needs no font engine of
// its own. A bold or larger title font was a second fontconfig match, font engine, shaping face and
// set of glyphs before the window's first paint: 3.8M instructions, about 6% of the GUI thread's
// start-up (callgrind). Capitals and spacing are applied when the text is laid out, on the same
// engine; the text itself, which screen readers read, stays as written.

#include <QFont>
#include <QLabel>

namespace tpf::gui {

inline QFont sectionHeaderFont(QFont font) {
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    return font;
}

inline QLabel* makeSectionHeader(const QString& text, const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setFont(sectionHeaderFont(label->font()));
    return label;
}

} // namespace tpf::gui
