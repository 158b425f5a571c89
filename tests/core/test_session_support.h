#pragma once
// Shared by the session tests: the real data/protocols.json and a few trigger points.

#include "core/session/plan.h"
#include "core/session/protocol.h"
#include "core/session/state.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace tpf::session::testing {

inline const ProtocolSet& realProtocols() {
    static const ProtocolSet set = [] {
        auto r = loadProtocolsFile(std::string(TPF_SOURCE_DATA_DIR) + "/protocols.json");
        for (const auto& p : r.problems)
            UNSCOPED_INFO(p.toString());
        REQUIRE(r.ok());
        return r.protocols;
    }();
    return set;
}

inline const Protocol& preset(const std::string& id) {
    const Protocol* p = realProtocols().find(id);
    REQUIRE(p != nullptr);
    return *p;
}

inline PointSpec point(std::string id, int holdSeconds, Side side = Side::Left) {
    PointSpec p;
    p.trigger_point_id = id;
    p.name = "Point " + id;
    p.side = side;
    p.hold_seconds = holdSeconds;
    p.mobilization = "roll the shoulder slowly.";
    p.stretch = "tilt the head away.";
    p.cautions = {"Do not press on the pulse."};
    return p;
}

inline std::vector<PhaseKind> kinds(const Plan& plan) {
    std::vector<PhaseKind> out;
    for (const auto& ph : plan.phases)
        out.push_back(ph.kind);
    return out;
}

constexpr std::int64_t kSec = 1000;

} // namespace tpf::session::testing
