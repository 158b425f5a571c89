#pragma once
// The words of the detail pane, built from one trigger point's data as small HTML fragments
// (QLabel rich text). Kept apart from the widget so the wording is easy to review.

#include "core/model.h"

#include <QColor>
#include <QString>

namespace tpf::gui {

QString toolName(const std::string& tool);     // "ball_wall" -> "Massage ball against a wall"
QString prevalenceName(Prevalence prevalence); // "Very common"
QString detailSubtitle(const Database& db, const TriggerPoint& tp, Side side);
QString cautionHtml(const Database& db, const TriggerPoint& tp); // cautions + danger zones
// Section headings and the source line in the given colours (derived from the palette by the pane).
struct DetailColours {
    QColor heading = QColor(0x5a, 0x40, 0x38);
    QColor muted = QColor(0x6b, 0x6b, 0x6b);
};
QString detailBodyHtml(const Database& db, const TriggerPoint& tp, Side side,
                       const DetailColours& colours = {});

} // namespace tpf::gui
