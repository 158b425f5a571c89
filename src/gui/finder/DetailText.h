#pragma once
// The words of the detail pane, built from one trigger point's data as small HTML fragments
// (QLabel rich text). Kept apart from the widget so the wording is easy to review.

#include "core/model.h"

#include <QString>

namespace tpf::gui {

QString toolName(const std::string& tool);     // "ball_wall" -> "Massage ball against a wall"
QString prevalenceName(Prevalence prevalence); // "Very common"
QString detailSubtitle(const Database& db, const TriggerPoint& tp, Side side);
QString cautionHtml(const Database& db, const TriggerPoint& tp); // cautions + danger zones
QString detailBodyHtml(const Database& db, const TriggerPoint& tp, Side side);

} // namespace tpf::gui
