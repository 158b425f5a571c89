#pragma once
// The referral engine: which trigger points could cause pain in the selected regions, best first.
//
// Score of a candidate (trigger point, side) = sum over the selected regions of the best zone that
// covers it (primary 1.0, spillover 0.5), divided by the number of selected regions, so it lies
// in [0, 1]. Ties: more prevalent first, then trigger point id, then left before right.

#include "core/model.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tpf {

// The only place the weights live.
inline constexpr double kPrimaryWeight = 1.0;
inline constexpr double kSpilloverWeight = 0.5;

enum class Match : std::uint8_t { None, Primary, Spillover };

struct Candidate {
    std::size_t triggerPoint = 0; // index into Database::triggerPoints
    Side side = Side::Left;       // Left or Right: every trigger point exists once per side
    double score = 0;             // in (0, 1]
    std::vector<Match> matches;   // parallel to Ranking::regions
};

struct Ranking {
    std::vector<std::size_t> regions;  // the selected concrete regions (indices), duplicates removed
    std::vector<Candidate> candidates; // score > 0 only, best first
};

// Concrete regions a trigger point on one side refers to; a region in both lists is only primary.
struct ReferralRegions {
    std::vector<std::size_t> primary; // indices into Database::regions
    std::vector<std::size_t> spillover;
};

// Concrete regions a zone covers for a trigger point on `side` (midline zones ignore the side).
std::vector<std::size_t> resolveZone(const Database& db, const Zone& zone, Side side);

class ReferralEngine {
public:
    // Builds the inverted index region -> (trigger point, side, kind). `db` must outlive the engine.
    explicit ReferralEngine(const Database& db);

    const Database& database() const { return *db_; }

    // `regions` are indices into Database::regions; out-of-range indices are ignored.
    // Cost grows with the postings of the selected regions, not with the database.
    Ranking rank(const std::vector<std::size_t>& regions) const;
    Ranking rankIds(const std::vector<std::string>& concreteRegionIds) const; // unknown ids are ignored

    // Reference implementation that scans every trigger point; same result as rank(). For tests.
    Ranking rankByScan(const std::vector<std::size_t>& regions) const;

    ReferralRegions referralOf(std::size_t triggerPoint, Side side) const;

    // Strict weak order used for ranking ("a ranks before b").
    bool ranksBefore(const Candidate& a, const Candidate& b) const;

    std::size_t postingCount() const; // size of the index, for benchmarks

private:
    struct Posting {
        std::uint32_t triggerPoint;
        Side side;
        Match match; // Primary or Spillover
    };
    Ranking finish(std::vector<std::size_t> regions, std::vector<Candidate> candidates) const;

    const Database* db_;
    std::vector<std::vector<Posting>> postings_; // by concrete region index
    std::vector<std::uint32_t> idOrder_;         // rank of each trigger point id in sorted order
};

} // namespace tpf
