#pragma once
// The list of ranked candidates. Choosing one (click, arrow keys) makes it the chosen point whose
// overlay and details are shown; the choice survives a re-ranking when the point is still listed.

#include "core/model.h"
#include "core/referral.h"
#include "finder/HelpedOrder.h"

#include <QListView>
#include <optional>

namespace tpf::gui {

class CandidateModel;

struct ChosenPoint {
    std::size_t triggerPoint = 0;
    Side side = Side::Left;
    bool operator==(const ChosenPoint&) const = default;
};

class CandidateList : public QListView {
    Q_OBJECT
public:
    CandidateList(const ReferralEngine& engine, QWidget* parent = nullptr);

    CandidateModel* candidateModel() const { return model_; }

    // Re-ranks for these regions (indices into Database::regions).
    void setRegions(const std::vector<std::size_t>& regions);
    const Ranking& ranking() const;
    // Points that helped before (the history): marked, and listed first among equal scores.
    // Re-ranks the current regions; the choice is kept.
    void setHelpedBefore(HelpedFn helped);

    std::optional<ChosenPoint> chosen() const;
    void choose(std::optional<ChosenPoint> point); // no-op if the point is not listed
    void chooseRow(int row);

signals:
    void chosenChanged(); // see chosen()

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const ReferralEngine* engine_;
    CandidateModel* model_;
    std::optional<ChosenPoint> lastChosen_;
    bool hasRegions_ = false;
};

} // namespace tpf::gui
