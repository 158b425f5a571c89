#pragma once
// The printable self-care plan: one page per chosen point with the body map (the point and its
// referral zones, painted by the same renderer as the app), how to find and treat it, its stretch,
// its cautions and danger zones, and the session safety rules. Written through QSaveFile.

#include "core/history/records.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;

#include <vector>

namespace tpf {
struct Database;
class ReferralEngine;
namespace safety {
struct Rules;
}
} // namespace tpf

namespace tpf::gui {

struct PlanPdfOptions {
    QString title = QStringLiteral("My self-care plan");
    QString dateText; // printed under the title, e.g. "21 November 2026"; may be empty
};

// Returns an error message (unknown trigger point, file not writable), or empty on success.
QString writeSelfCarePlan(const QString& path, const Database& db, const ReferralEngine& referral,
                          const safety::Rules& safety, const std::vector<history::PointRef>& points,
                          const PlanPdfOptions& options = {});

// The page drawing itself, shared by the PDF and the printer (File > Print self-care plan): one
// page per point on `device`, which `painter` must already be painting on. Returns an error
// message (no points, unknown trigger point), or empty; nothing is drawn on error.
QString paintSelfCarePlan(QPainter& painter, QPagedPaintDevice& device, const Database& db,
                          const ReferralEngine& referral, const safety::Rules& safety,
                          const std::vector<history::PointRef>& points, const PlanPdfOptions& options = {});

} // namespace tpf::gui
