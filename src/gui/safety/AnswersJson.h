#pragma once
// Safety answers as JSON, in the same shape `tpfinder-cli safety --answers FILE` reads:
//   {"answers": {"question_id": true|false}, "clinician_cleared": ["id"],
//    "points": [{"trigger_point": "id", "side": "left", "local_exclusions": {"question_id": true|false}}]}
// Used for the stored last review (QSettings) and for history's record of the safety check.

#include "core/safety/evaluate.h"
#include "core/safety/rules.h"

#include <QString>
#include <optional>

namespace tpf::gui {

QString answersToJson(const safety::Answers& answers);

// nullopt when the text is not such an object. Ids the rules no longer know are dropped: a
// question removed from safety.json no longer matters, and a new one is simply unanswered.
std::optional<safety::Answers> answersFromJson(const QString& json, const safety::Rules& rules);

} // namespace tpf::gui
