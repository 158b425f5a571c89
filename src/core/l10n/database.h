#pragma once
// Applies a language pack's database files over the loaded English Database.
//
//  body_regions.json  {"side_format": {"left": "%1 links", "right": "%1 rechts"},
//                      "side_words": {"left": ["links", "linke"], "right": [...], "both": [...]},
//                      "regions": {"<base id>": {"label", "synonyms"}},
//                      "phrases": {"<id>": {"label", "synonyms"}}}
//  muscles_*.json     {"muscles": {"<id>": {"name", "other_names"}},
//                      "trigger_points": {"<id>": {"name", "location", "symptoms", "mistaken_for",
//                        "how_to_find", "tool_position", "pressure", "mobilization", "stretch",
//                        "cautions"}},
//                      "danger_zones": {"<id>": {"label", "advice"}}}
//  danger_zones.json  {"danger_zones": {...}} as above
//
// Search keeps working in both languages: translated synonyms are added to the English ones, and
// the English labels and names stay searchable as synonyms / other names. Lists (symptoms, ...)
// must have as many entries as the English list; a list that does not is reported and stays
// English. Call Database::reindex() is not needed: ids and order never change.

#include "core/diagnostics.h"
#include "core/l10n/pack.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace tpf::l10n {

// Every problem found; the rest of the pack is applied regardless.
Problems applyToDatabase(Database& db, const Pack& pack);

// A translatable text of the English data with no translation in the pack.
struct Missing {
    std::string where;   // "trigger_points/upper_trapezius.1/how_to_find"
    std::string english; // the English text, shortened
};

// What the pack's database files leave untranslated (for the coverage test and translators).
std::vector<Missing> missingInDatabase(const Database& english, const Pack& pack);

} // namespace tpf::l10n
