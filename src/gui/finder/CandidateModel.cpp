#include "finder/CandidateModel.h"

namespace tpf::gui {

QString sideText(Side side) {
    switch (side) {
    case Side::Left: return CandidateModel::tr("Left side");
    case Side::Right: return CandidateModel::tr("Right side");
    case Side::Midline: break;
    }
    return CandidateModel::tr("Midline");
}

QString reasonsText(const Database& db, const Ranking& ranking, const Candidate& candidate) {
    QStringList parts;
    for (std::size_t i = 0; i < ranking.regions.size() && i < candidate.matches.size(); ++i) {
        if (candidate.matches[i] == Match::None)
            continue;
        const QString label = QString::fromStdString(db.regions[ranking.regions[i]].label);
        parts << (candidate.matches[i] == Match::Primary ? CandidateModel::tr("%1: primary zone")
                                                         : CandidateModel::tr("%1: spillover"))
                     .arg(label);
    }
    return parts.join(QStringLiteral("; "));
}

CandidateModel::CandidateModel(const Database& db, QObject* parent) : QAbstractListModel(parent), db_(&db) {}

void CandidateModel::setRanking(Ranking ranking) {
    beginResetModel();
    ranking_ = std::move(ranking);
    endResetModel();
}

void CandidateModel::setHelped(HelpedFn helped) {
    helped_ = std::move(helped);
    if (!ranking_.candidates.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

const Candidate* CandidateModel::candidate(int row) const {
    if (row < 0 || row >= int(ranking_.candidates.size()))
        return nullptr;
    return &ranking_.candidates[std::size_t(row)];
}

std::optional<int> CandidateModel::rowOf(std::size_t triggerPoint, Side side) const {
    for (std::size_t i = 0; i < ranking_.candidates.size(); ++i)
        if (ranking_.candidates[i].triggerPoint == triggerPoint && ranking_.candidates[i].side == side)
            return int(i);
    return std::nullopt;
}

int CandidateModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(ranking_.candidates.size());
}

QVariant CandidateModel::data(const QModelIndex& index, int role) const {
    const Candidate* c = candidate(index.row());
    if (!c)
        return {};
    const TriggerPoint& tp = db_->triggerPoints[c->triggerPoint];
    const QString muscle = QString::fromStdString(db_->muscleOf(tp).name);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3, score %4 percent. %5")
                   .arg(muscle, QString::fromStdString(tp.name), sideText(c->side).toLower())
                   .arg(qRound(c->score * 100))
                   .arg(reasonsText(*db_, ranking_, *c)) +
               (helpedAt(*c) ? tr(" Helped you before.") : QString());
    case Qt::ToolTipRole:
        return tr("<b>%1</b> (%2)<br>%3")
                   .arg(QString::fromStdString(tp.name).toHtmlEscaped(), sideText(c->side).toLower(),
                        reasonsText(*db_, ranking_, *c).toHtmlEscaped()) +
               (helpedAt(*c) ? tr("<br><i>Working on this point helped you in past sessions.</i>")
                             : QString());
    case MuscleNameRole: return muscle;
    case PointNameRole: return QString::fromStdString(tp.name);
    case SideTextRole: return sideText(c->side);
    case ScoreRole: return c->score;
    case ReasonsRole: return reasonsText(*db_, ranking_, *c);
    case TriggerPointRole: return qulonglong(c->triggerPoint);
    case SideRole: return int(c->side);
    case HelpedBeforeRole: return helpedAt(*c);
    default: return {};
    }
}

QHash<int, QByteArray> CandidateModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names[MuscleNameRole] = "muscleName";
    names[PointNameRole] = "pointName";
    names[SideTextRole] = "sideText";
    names[ScoreRole] = "score";
    names[ReasonsRole] = "reasons";
    names[HelpedBeforeRole] = "helpedBefore";
    return names;
}

} // namespace tpf::gui
