#include "gui/safety/SafetyGate.h"

#include "gui/safety/AnswersJson.h"
#include "gui/safety/SafetyReviewDialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>

namespace tpf::gui {
namespace {

// One group, so that "forget my safety answers" is one remove().
constexpr auto kGroup = "safetyReview";
constexpr auto kLastFull = "lastFullReviewUnix";
constexpr auto kLastAny = "lastReviewUnix";
constexpr auto kAnswers = "answersJson";

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::SafetyGate", text); }

} // namespace

std::int64_t SafetyGate::systemClock() { return QDateTime::currentSecsSinceEpoch(); }

SafetyGate::SafetyGate(const safety::Rules& rules, QSettings& settings, Clock clock)
    : rules_(rules), settings_(settings), clock_(clock ? std::move(clock) : Clock(&SafetyGate::systemClock)) {
}

safety::PointContext SafetyGate::pointContext(const Database& db, std::size_t triggerPoint, Side side) {
    const TriggerPoint& tp = db.triggerPoints.at(triggerPoint);
    safety::PointContext p;
    p.point = {tp.id, side};
    p.name = tp.name;
    if (side != Side::Midline) {
        const QString sideText = side == Side::Left ? tr("left") : tr("right");
        p.name += " (" + sideText.toStdString() + ")";
    }
    p.area = db.muscleOf(tp).area;
    for (const std::string& id : tp.dangerZones) {
        if (const DangerZone* z = db.dangerZone(id))
            p.danger_zones.push_back(*z);
        else // the loader checks references; should one slip through, warn by its id rather than drop it
            p.danger_zones.push_back({id, id, {}});
    }
    p.cautions = tp.cautions;
    return p;
}

std::vector<safety::PointContext> SafetyGate::pointContexts(const Database& db,
                                                            const std::vector<ChosenPoint>& points) {
    std::vector<safety::PointContext> out;
    for (const ChosenPoint& c : points)
        if (c.triggerPoint < db.triggerPoints.size())
            out.push_back(pointContext(db, c.triggerPoint, c.side));
    return out;
}

std::optional<safety::ReviewRecord> SafetyGate::lastReview() const {
    settings_.beginGroup(kGroup);
    const QVariant full = settings_.value(kLastFull);
    const QString json = settings_.value(kAnswers).toString();
    settings_.endGroup();
    bool ok = false;
    const qint64 when = full.toLongLong(&ok);
    if (!ok || json.isEmpty())
        return std::nullopt;
    auto answers = answersFromJson(json, rules_);
    if (!answers)
        return std::nullopt;
    answers->local.clear();
    return safety::ReviewRecord{when, std::move(*answers)};
}

QString SafetyGate::storeReview(const safety::ReviewRecord& record) {
    safety::Answers kept = record.answers;
    kept.local.clear();
    settings_.beginGroup(kGroup);
    settings_.setValue(kLastFull, qint64(record.last_full_review_unix_s));
    settings_.setValue(kLastAny, qint64(clock_()));
    settings_.setValue(kAnswers, answersToJson(kept));
    settings_.endGroup();
    settings_.sync();
    if (settings_.status() != QSettings::NoError)
        return tr("Your safety answers could not be saved (%1). You will be asked all the questions again "
                  "next "
                  "time.")
            .arg(settings_.fileName());
    return {};
}

void SafetyGate::forgetReview() { settings_.remove(kGroup); }

safety::ReviewKind SafetyGate::needed(std::int64_t nowUnixSeconds) const {
    return safety::reviewNeeded(rules_, lastReview(), nowUnixSeconds, {});
}

std::unique_ptr<SafetyReviewDialog> SafetyGate::makeDialog(QWidget* parent,
                                                           std::vector<safety::PointContext> points) const {
    const auto last = lastReview();
    std::optional<safety::Answers> previous;
    if (last)
        previous = last->answers;
    return std::make_unique<SafetyReviewDialog>(rules_, std::move(points), needed(), std::move(previous),
                                                parent);
}

GateResult SafetyGate::finish(const SafetyReviewDialog& dialog) {
    GateResult r;
    r.kind = dialog.reviewKind();
    r.answers = dialog.answers();
    r.outcome = dialog.outcome();
    r.points = dialog.points();
    r.may_start = dialog.result() == QDialog::Accepted && r.outcome.canProceed();
    lastStoreError_.clear();
    // Only a review the user completed and started from is remembered: after a blocked or
    // cancelled one, the next review starts from scratch.
    if (r.may_start) {
        const auto last = lastReview();
        const std::int64_t fullAt =
            r.kind == safety::ReviewKind::full || !last ? clock_() : last->last_full_review_unix_s;
        lastStoreError_ = storeReview({fullAt, r.answers});
    }
    return r;
}

GateResult SafetyGate::run(QWidget* parent, std::vector<safety::PointContext> points) {
    auto dialog = makeDialog(parent, std::move(points));
    dialog->exec();
    return finish(*dialog);
}

GateResult SafetyGate::run(QWidget* parent, const Database& db, const std::vector<ChosenPoint>& points) {
    return run(parent, pointContexts(db, points));
}

} // namespace tpf::gui
