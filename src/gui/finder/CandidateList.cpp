#include "finder/CandidateList.h"

#include "finder/CandidateDelegate.h"
#include "finder/CandidateModel.h"
#include "settings/Theme.h"

#include <QPainter>

namespace tpf::gui {

CandidateList::CandidateList(const ReferralEngine& engine, QWidget* parent)
    : QListView(parent), engine_(&engine), model_(new CandidateModel(engine.database(), this)) {
    setObjectName(QStringLiteral("candidateList"));
    setAccessibleName(tr("Possible trigger points"));
    setModel(model_);
    setItemDelegate(new CandidateDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true);
    setMouseTracking(true);
    setSpacing(1);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(260);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto now = chosen();
        if (now != lastChosen_) {
            lastChosen_ = now;
            emit chosenChanged();
        }
    });
}

const Ranking& CandidateList::ranking() const { return model_->ranking(); }

void CandidateList::setRegions(const std::vector<std::size_t>& regions) {
    const auto keep = chosen();
    hasRegions_ = !regions.empty();
    {
        // The reset clears the current index; the choice is restored (or dropped) below, with
        // a single chosenChanged at most.
        const QSignalBlocker block(selectionModel());
        Ranking ranking = engine_->rank(regions);
        helpedFirstOnTies(ranking, model_->helped());
        model_->setRanking(std::move(ranking));
    }
    std::optional<int> row;
    if (keep)
        row = model_->rowOf(keep->triggerPoint, keep->side);
    if (row) {
        const QSignalBlocker block(selectionModel());
        setCurrentIndex(model_->index(*row));
    }
    if (!row && lastChosen_) {
        lastChosen_.reset();
        emit chosenChanged();
    }
    viewport()->update();
}

void CandidateList::setHelpedBefore(HelpedFn helped) {
    model_->setHelped(std::move(helped));
    if (hasRegions_) {
        const std::vector<std::size_t> regions = ranking().regions;
        setRegions(regions);
    }
}

std::optional<ChosenPoint> CandidateList::chosen() const {
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return std::nullopt;
    const Candidate* c = model_->candidate(selected.front().row());
    if (!c)
        return std::nullopt;
    return ChosenPoint{c->triggerPoint, c->side};
}

void CandidateList::choose(std::optional<ChosenPoint> point) {
    if (!point) {
        clearSelection();
        setCurrentIndex({});
        return;
    }
    if (auto row = model_->rowOf(point->triggerPoint, point->side))
        chooseRow(*row);
}

void CandidateList::chooseRow(int row) {
    if (row < 0 || row >= model_->rowCount())
        return;
    const QModelIndex index = model_->index(row);
    setCurrentIndex(index);
    scrollTo(index);
}

void CandidateList::paintEvent(QPaintEvent* event) {
    QListView::paintEvent(event);
    if (model_->rowCount() > 0)
        return;
    // An empty list says what to do next instead of staying blank.
    QPainter p(viewport());
    p.setPen(readableOn(mix(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.35),
                        palette().color(QPalette::Base), 4.6));
    const QString text =
        hasRegions_ ? tr("No trigger point in the database refers pain to the selected regions.")
                    : tr("Click where it hurts on the body map, or search for a region such as "
                         "\u201cleft temple\u201d or \u201ctennis elbow\u201d.\n\nThe trigger points "
                         "that most often refer pain there will be listed here, best match first.");
    p.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

} // namespace tpf::gui
