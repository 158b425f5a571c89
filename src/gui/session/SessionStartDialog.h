#pragma once
// Before a session: which points (as chosen), the preset (standard/gentle), the hold time, hold
// until release, both sides, warm-up, and the estimated length. The preset and hold time start at
// the defaults from Edit > Preferences (settings::kPreset, settings::kHoldSeconds) and may be
// changed for this session only; the other options are remembered in QSettings.

#include "core/session/plan.h"
#include "core/session/protocol.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;

namespace tpf::gui {

struct SessionChoice {
    std::string preset = "standard";
    int holdSeconds = 0; // 0: each point's own time; else within the preset's range
    session::PlanOptions options;
};

// `seconds` (0: each point's own) clamped to the protocol's allowed hold range.
int clampedHoldSeconds(const session::Protocol& protocol, int seconds);
// The plan for this choice: a fixed hold time replaces every point's own (clamped to the preset).
session::Plan buildPlanFor(const session::Protocol& protocol, const std::vector<session::PointSpec>& points,
                           const SessionChoice& choice);

class SessionStartDialog : public QDialog {
    Q_OBJECT
public:
    SessionStartDialog(const session::ProtocolSet& protocols, std::vector<session::PointSpec> points,
                       QWidget* parent = nullptr);

    SessionChoice choice() const;
    // The initial choice: the preferred preset and hold time (the preset falls back to the first
    // one when the stored id is unknown; the hold time is clamped to the preset) and the options
    // remembered from the last session.
    static SessionChoice remembered(const session::ProtocolSet& protocols);
    // Remembers the options (hold until release, both sides, warm-up); the preset and hold time
    // stay the preferences' defaults.
    static void remember(const SessionChoice& choice);

    void accept() override;

private:
    void updateEstimate();
    void fillHoldTimes(int selectSeconds); // the current preset's range

    const session::ProtocolSet* protocols_;
    std::vector<session::PointSpec> points_;
    QComboBox* preset_;
    QLabel* description_;
    QComboBox* hold_;
    QCheckBox* untilRelease_;
    QCheckBox* bothSides_;
    QCheckBox* warmup_;
    QLabel* estimate_;
};

} // namespace tpf::gui
