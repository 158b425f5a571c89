#pragma once
// The ranked candidates (trigger point + side) for the selected regions, in the engine's order,
// with the reasons the engine gave: "Left temple: primary zone; Back of neck: spillover".

#include "core/model.h"
#include "core/referral.h"
#include "finder/HelpedOrder.h"

#include <QAbstractListModel>
#include <optional>

namespace tpf::gui {

// "Left temple: primary zone; Back of neck: spillover" for one candidate of a ranking.
QString reasonsText(const Database& db, const Ranking& ranking, const Candidate& candidate);
QString sideText(Side side); // "Left side" / "Right side"

class CandidateModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        MuscleNameRole = Qt::UserRole + 1,
        PointNameRole,
        SideTextRole,
        ScoreRole, // double in (0, 1]
        ReasonsRole,
        TriggerPointRole, // qulonglong index into Database::triggerPoints
        SideRole,         // int(tpf::Side)
        HelpedBeforeRole, // bool: working on this point helped the user in past sessions
    };

    explicit CandidateModel(const Database& db, QObject* parent = nullptr);

    void setRanking(Ranking ranking);
    // Marks points that helped before (the history); empty: no marks.
    void setHelped(HelpedFn helped);
    const HelpedFn& helped() const { return helped_; }
    const Ranking& ranking() const { return ranking_; }
    const Candidate* candidate(int row) const;
    std::optional<int> rowOf(std::size_t triggerPoint, Side side) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Database* db_;
    Ranking ranking_;
    HelpedFn helped_;
    bool helpedAt(const Candidate& c) const { return helped_ && helped_(c.triggerPoint, c.side); }
};

} // namespace tpf::gui
