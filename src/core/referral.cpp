#include "core/referral.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace tpf {
namespace {

double weight(Match m) {
    return m == Match::Primary ? kPrimaryWeight : m == Match::Spillover ? kSpilloverWeight : 0.0;
}

// Primary is better than spillover is better than nothing.
Match better(Match a, Match b) {
    if (a == Match::Primary || b == Match::Primary)
        return Match::Primary;
    if (a == Match::Spillover || b == Match::Spillover)
        return Match::Spillover;
    return Match::None;
}

constexpr Side kSides[] = {Side::Left, Side::Right};

std::vector<std::size_t> dedupe(const std::vector<std::size_t>& regions, std::size_t regionCount) {
    std::vector<std::size_t> out;
    for (std::size_t r : regions)
        if (r < regionCount && std::find(out.begin(), out.end(), r) == out.end())
            out.push_back(r);
    return out;
}

} // namespace

std::vector<std::size_t> resolveZone(const Database& db, const Zone& zone, Side side) {
    std::vector<std::size_t> out;
    for (std::size_t index : db.regionsOfBase(zone.region)) {
        const Side regionSide = db.regions[index].side;
        const bool wanted = regionSide == Side::Midline || zone.side == ZoneSide::Both ||
                            (zone.side == ZoneSide::Same && regionSide == side) ||
                            (zone.side == ZoneSide::Opposite && regionSide == opposite(side));
        if (wanted)
            out.push_back(index);
    }
    return out;
}

ReferralEngine::ReferralEngine(const Database& db) : db_(&db), postings_(db.regions.size()) {
    for (std::size_t t = 0; t < db.triggerPoints.size(); ++t) {
        for (Side side : kSides) {
            const ReferralRegions refs = referralOf(t, side);
            for (std::size_t r : refs.primary)
                postings_[r].push_back({static_cast<std::uint32_t>(t), side, Match::Primary});
            for (std::size_t r : refs.spillover)
                postings_[r].push_back({static_cast<std::uint32_t>(t), side, Match::Spillover});
        }
    }
    std::vector<std::uint32_t> byId(db.triggerPoints.size());
    std::iota(byId.begin(), byId.end(), 0u);
    std::sort(byId.begin(), byId.end(), [&db](std::uint32_t a, std::uint32_t b) {
        return db.triggerPoints[a].id < db.triggerPoints[b].id;
    });
    idOrder_.resize(byId.size());
    for (std::uint32_t rank = 0; rank < byId.size(); ++rank)
        idOrder_[byId[rank]] = rank;
}

ReferralRegions ReferralEngine::referralOf(std::size_t triggerPoint, Side side) const {
    ReferralRegions out;
    if (triggerPoint >= db_->triggerPoints.size())
        return out;
    const TriggerPoint& tp = db_->triggerPoints[triggerPoint];
    auto add = [](std::vector<std::size_t>& list, std::size_t r) {
        if (std::find(list.begin(), list.end(), r) == list.end())
            list.push_back(r);
    };
    for (const Zone& z : tp.primary)
        for (std::size_t r : resolveZone(*db_, z, side))
            add(out.primary, r);
    for (const Zone& z : tp.spillover)
        for (std::size_t r : resolveZone(*db_, z, side))
            if (std::find(out.primary.begin(), out.primary.end(), r) == out.primary.end())
                add(out.spillover, r);
    return out;
}

bool ReferralEngine::ranksBefore(const Candidate& a, const Candidate& b) const {
    if (a.score != b.score)
        return a.score > b.score;
    const Prevalence pa = db_->triggerPoints[a.triggerPoint].prevalence;
    const Prevalence pb = db_->triggerPoints[b.triggerPoint].prevalence;
    if (pa != pb)
        return pa < pb; // enum order is most common first
    if (a.triggerPoint != b.triggerPoint)
        return idOrder_[a.triggerPoint] < idOrder_[b.triggerPoint];
    return a.side == Side::Left && b.side != Side::Left;
}

Ranking ReferralEngine::finish(std::vector<std::size_t> regions, std::vector<Candidate> candidates) const {
    const double n = static_cast<double>(regions.size());
    for (Candidate& c : candidates) {
        double sum = 0;
        for (Match m : c.matches)
            sum += weight(m);
        c.score = sum / n;
    }
    std::sort(candidates.begin(), candidates.end(),
              [this](const Candidate& a, const Candidate& b) { return ranksBefore(a, b); });
    return {std::move(regions), std::move(candidates)};
}

Ranking ReferralEngine::rank(const std::vector<std::size_t>& requested) const {
    std::vector<std::size_t> regions = dedupe(requested, db_->regions.size());
    std::vector<Candidate> candidates;
    std::unordered_map<std::uint64_t, std::size_t> slot; // (trigger point, side) -> candidate
    for (std::size_t q = 0; q < regions.size(); ++q) {
        for (const Posting& p : postings_[regions[q]]) {
            const std::uint64_t key =
                (std::uint64_t{p.triggerPoint} << 1) | (p.side == Side::Right ? 1u : 0u);
            auto [it, inserted] = slot.try_emplace(key, candidates.size());
            if (inserted)
                candidates.push_back(
                    {p.triggerPoint, p.side, 0.0, std::vector<Match>(regions.size(), Match::None)});
            Match& m = candidates[it->second].matches[q];
            m = better(m, p.match);
        }
    }
    return finish(std::move(regions), std::move(candidates));
}

Ranking ReferralEngine::rankIds(const std::vector<std::string>& concreteRegionIds) const {
    std::vector<std::size_t> regions;
    for (const auto& id : concreteRegionIds)
        if (auto index = db_->regionIndex(id))
            regions.push_back(*index);
    return rank(regions);
}

Ranking ReferralEngine::rankByScan(const std::vector<std::size_t>& requested) const {
    std::vector<std::size_t> regions = dedupe(requested, db_->regions.size());
    std::vector<Candidate> candidates;
    for (std::size_t t = 0; t < db_->triggerPoints.size(); ++t) {
        for (Side side : kSides) {
            const ReferralRegions refs = referralOf(t, side);
            Candidate c{t, side, 0.0, std::vector<Match>(regions.size(), Match::None)};
            bool any = false;
            for (std::size_t q = 0; q < regions.size(); ++q) {
                auto has = [&](const std::vector<std::size_t>& list) {
                    return std::find(list.begin(), list.end(), regions[q]) != list.end();
                };
                c.matches[q] = has(refs.primary)     ? Match::Primary
                               : has(refs.spillover) ? Match::Spillover
                                                     : Match::None;
                any = any || c.matches[q] != Match::None;
            }
            if (any)
                candidates.push_back(std::move(c));
        }
    }
    return finish(std::move(regions), std::move(candidates));
}

std::size_t ReferralEngine::postingCount() const {
    std::size_t n = 0;
    for (const auto& list : postings_)
        n += list.size();
    return n;
}

} // namespace tpf
