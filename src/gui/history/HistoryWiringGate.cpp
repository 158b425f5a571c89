// The real safety gate that also records a blocked review in the history.
#include "app/AppContext.h"
#include "history/HistoryWiring.h"
#include "session/SessionPoints.h"

namespace tpf::gui {

SessionGateFn safetyGateRecordingBlocks(const AppContext& context, HistoryStore& store,
                                        std::function<std::int64_t()> nowMs) {
    return recordingBlocks(safetyGateFor(context), context.database(), store, std::move(nowMs),
                           [](const GateDecision& d) { return d.blocked; });
}

} // namespace tpf::gui
