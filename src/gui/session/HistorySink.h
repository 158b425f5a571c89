#pragma once
// Adapts the history store (src/gui/history/HistoryStore) to SessionSink: each hold with its last
// pressure and tenderness ratings, each completed phase and the end reason are written as they
// happen. Compiled only when the store is part of the source tree.

#include "session/SessionSink.h"

#if __has_include("history/HistoryStore.h")
#define TPF_HAVE_HISTORY_STORE 1

#include <QtGlobal>
#include <vector>

namespace tpf::gui {

class HistoryStore;

class HistorySink final : public SessionSink {
public:
    explicit HistorySink(HistoryStore& store) : store_(&store) {}

    qint64 sessionId() const { return sessionId_; }

    QString sessionStarted(const session::Plan& plan, std::int64_t startUnixMs) override;
    QString phaseEnded(const session::Plan& plan, const session::PhaseRecord& record, std::int64_t endUnixMs,
                       const std::vector<session::RatingRecord>& ratings) override;
    QString sessionEnded(session::EndReason reason, std::int64_t endUnixMs) override;

private:
    HistoryStore* store_;
    qint64 sessionId_ = 0; // 0: not begun (or beginning failed: then nothing more is written)
};

} // namespace tpf::gui
#endif
