#pragma once
// The title over a panel of the main window ("Possible trigger points", "Session queue"): bold and
// a little larger. All of them share one font: each font the first frame uses is another
// fontconfig match and font engine before the window's first paint.

#include <QFont>
#include <QLabel>

namespace tpf::gui {

inline QFont sectionHeaderFont(QFont font) {
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
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
