#pragma once
// The safety gate the main window passes before every session (issue 6).
//
//   SafetyGate gate(ctx.safetyRules(), settings);              // QSettings injected: tests use a file
//   GateResult r = gate.run(this, ctx.database(), {{tpIndex, Side::Right}, ...});
//   if (!r.may_start) return;                                  // cancelled or blocked
//   session: leave out r.outcome.excluded_points, show r.outcome.danger_zones at each hold;
//   history: store answersToJson(r.answers) as the session's safety record.
//
// It decides between the full review and the short re-confirmation (safety::reviewNeeded), shows
// SafetyReviewDialog, and remembers the confirmed answers and the time of the last full review in
// QSettings. Time comes from an injectable clock so tests can jump a month ahead.

#include "core/model.h"
#include "core/safety/evaluate.h"
#include "core/safety/review.h"
#include "core/safety/rules.h"
#include "gui/finder/CandidateList.h" // ChosenPoint {triggerPoint, side}, as the session queue holds them

#include <QString>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSettings;
class QWidget;

namespace tpf::gui {

class SafetyReviewDialog;

struct GateResult {
    bool may_start = false; // "Start session" was pressed on an ok or caution outcome
    safety::ReviewKind kind = safety::ReviewKind::full; // the review actually done
    safety::Outcome outcome;                            // excluded points, danger zones, cautions, reasons
    safety::Answers answers;                            // general, clearances and per-point answers
    std::vector<safety::PointContext> points;           // what was evaluated, in the order given
};

class SafetyGate {
public:
    using Clock = std::function<std::int64_t()>; // seconds since the Unix epoch
    static std::int64_t systemClock();

    SafetyGate(const safety::Rules& rules, QSettings& settings, Clock clock = &SafetyGate::systemClock);

    // "Upper trapezius, front-edge point (right)", the muscle's area, its danger zones resolved
    // from db.dangerZones and its cautions. Indices out of range are skipped.
    static safety::PointContext pointContext(const Database& db, std::size_t triggerPoint, Side side);
    static std::vector<safety::PointContext> pointContexts(const Database& db,
                                                           const std::vector<ChosenPoint>& points);

    // The last completed review; nullopt when there is none or what is stored cannot be read
    // (then the next review is a full one, which is the safe side).
    std::optional<safety::ReviewRecord> lastReview() const;
    // Stores general answers and clearances (per-point answers belong to one session only).
    // Returns an error message for the user, empty on success.
    QString storeReview(const safety::ReviewRecord& record);
    void forgetReview();

    safety::ReviewKind needed() const { return needed(clock_()); }
    safety::ReviewKind needed(std::int64_t nowUnixSeconds) const;

    // Modal: shows the review and returns when the user starts, cancels or closes.
    GateResult run(QWidget* parent, const Database& db, const std::vector<ChosenPoint>& points);
    GateResult run(QWidget* parent, std::vector<safety::PointContext> points);

    // Non-modal use (tests, or a window that shows the dialog itself): build the dialog, show it,
    // and hand it to finish() once it is done. finish() stores the review when the session may start.
    std::unique_ptr<SafetyReviewDialog> makeDialog(QWidget* parent,
                                                   std::vector<safety::PointContext> points) const;
    GateResult finish(const SafetyReviewDialog& dialog);

    // The store error of the last finish()/run(), if any, for the caller to show.
    QString lastStoreError() const { return lastStoreError_; }

private:
    const safety::Rules& rules_;
    QSettings& settings_;
    Clock clock_;
    QString lastStoreError_;
};

} // namespace tpf::gui
