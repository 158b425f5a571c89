#pragma once
// What the session screens say about a state: phase names, clock texts, the window title, the
// queue progress and the tenderness trend. Pure functions of (plan, state), shared by the ring,
// the panel and the tests. The medical wording itself comes from protocols.json via the plan.

#include "core/session/plan.h"
#include "core/session/state.h"

#include <QColor>
#include <QString>
#include <cstdint>

namespace tpf::gui::sessiontext {

QString phaseName(session::PhaseKind kind); // "Hold", "Find the point", "Move", ...
QColor phaseColour(session::PhaseKind kind);
QString clock(std::int64_t ms);     // "1:05", "12:34", "1:02:03"; ms rounded up to whole seconds
QString clockDown(std::int64_t ms); // remaining time, rounded up (0:03 while the 3 is cued)
QString clockUp(std::int64_t ms);   // elapsed time, rounded down

// "Hold · round 2 of 5"
QString phaseTitle(const session::Plan& plan, int phaseIndex);
// "Next: Move · 0:10", "Next: Stretch · 1:00", "Next: Upper trapezius (right)", "Last step"
QString nextText(const session::Plan& plan, int phaseIndex);
// "Point 2 of 4: Upper trapezius (right)"; the warm-up names the first point.
QString progressText(const session::Plan& plan, const session::SessionState& s);
// "12:34 left", "about 12:34 left" while open-ended phases remain
QString timeLeftText(const session::SessionState& s);
// "12:34 left · Hold 0:42" (with "about" while open-ended phases remain, "Paused · " first when paused)
QString titleText(const session::Plan& plan, const session::SessionState& s);
// "7 → 5 → 3 falling" for the point's tenderness ratings across holds; empty before any rating.
QString trendText(const session::PointProgress& p);
// "Completed", "Stopped by you", "Stopped: sharp pain or numbness", "Stopped by the safety check"
QString endTitle(session::EndReason reason);

} // namespace tpf::gui::sessiontext
