#pragma once
// The glue between the history store and the rest of the app that is not a widget: what a
// safety block writes, which finder candidates "helped before", and the points a plan covers.
// The main window's menus and the progress dock use these (app/HistoryActions); tests call them
// directly.

#include "core/history/records.h"
#include "core/history/rules.h"
#include "finder/HelpedOrder.h"
#include "session/SessionPoints.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

namespace tpf::gui {

class AppContext;
class HistoryStore;

// The session points as the history names them ("upper_trapezius.1", side); unknown indices are
// skipped.
std::vector<history::PointRef> historyPoints(const Database& db, const std::vector<SessionPoint>& points);

// A session the safety review blocked is still history: it is written as a session on `points`
// that began and ended at `nowMs` with end reason safety_block. Returns the store's error or empty.
QString recordSafetyBlock(HistoryStore& store, std::int64_t nowMs,
                          const std::vector<history::PointRef>& points);

// The real safety gate (SafetyGate with the user's QSettings, as safetyGateFor) that also records
// a blocked review in `store` (when it is open). A cancelled review records nothing.
SessionGateFn safetyGateRecordingBlocks(const AppContext& context, HistoryStore& store,
                                        std::function<std::int64_t()> nowMs = {});
// The same around any gate (tests): `blocked` tells a block from a cancel for the decision given.
SessionGateFn recordingBlocks(SessionGateFn gate, const Database& db, HistoryStore& store,
                              std::function<std::int64_t()> nowMs,
                              std::function<bool(const GateDecision&)> blocked);

// Which (trigger point index, side) helped before, from `records`; midline points count for
// either side. Computed once here, so the finder's lookups are cheap.
HelpedFn helpedBeforeFn(const Database& db, const history::Records& records, const history::Rules& rules,
                        std::int64_t nowMs);

} // namespace tpf::gui
