#pragma once
// Before a session: which points (as chosen), the preset (standard/gentle), hold until release,
// both sides, warm-up, and the estimated length. Choices are remembered in QSettings.

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
    session::PlanOptions options;
};

class SessionStartDialog : public QDialog {
    Q_OBJECT
public:
    SessionStartDialog(const session::ProtocolSet& protocols, std::vector<session::PointSpec> points,
                       QWidget* parent = nullptr);

    SessionChoice choice() const;
    // The remembered choice (the preset falls back to the first one when the stored id is unknown).
    static SessionChoice remembered(const session::ProtocolSet& protocols);
    static void remember(const SessionChoice& choice);

    void accept() override;

private:
    void updateEstimate();

    const session::ProtocolSet* protocols_;
    std::vector<session::PointSpec> points_;
    QComboBox* preset_;
    QLabel* description_;
    QCheckBox* untilRelease_;
    QCheckBox* bothSides_;
    QCheckBox* warmup_;
    QLabel* estimate_;
};

} // namespace tpf::gui
