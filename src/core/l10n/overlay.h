#pragma once
// String overlays for the JSON data files whose loaders take a parsed document (safety.json,
// protocols.json, history.json): the translation is merged into the English document before the
// loader runs, so every loader stays unchanged and validates the translated texts too.
//
// A pack file <lang>/safety.json is {"schema_version": 1, "language": "de", "strings": {...}},
// where "strings" mirrors the English document:
//   - objects merge key by key;
//   - an English array of objects with "id" is written as an object keyed by those ids
//     ({"questions": {"numbness_tingling": {"text": "..."}}});
//   - other arrays (lists of texts) are written whole and must have the English length;
//   - a text replaces the English text. It must keep the English {placeholders}.
// Ids, numbers, switches, enum values and source references are not text and cannot be
// overridden. Everything not in the overlay stays English.

#include "core/diagnostics.h"
#include "core/l10n/pack.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tpf::l10n {

// Merges `strings` into `english`; `file` labels the problems, whose paths are JSON pointers into
// the pack file ("/strings/questions/numbness_tingling/text"). Offending entries stay English.
Problems overlayStrings(nlohmann::json& english, const nlohmann::json& strings, const std::string& file);

// The pack's overlay for `englishFileName` ("safety.json"), when the pack has one.
Problems applyOverlay(nlohmann::json& english, const Pack& pack, const std::string& englishFileName);

// Whether a string at this key of the English document is text a person reads (not an id, enum
// value or reference). The same rule decides what an overlay may replace and what coverage counts.
bool isTranslatableKey(const std::string& key);

// JSON paths of the English document ("/questions/numbness_tingling/text", ids instead of array
// indices) whose text the overlay (the pack file's "strings", or null) does not translate.
std::vector<std::string> missingStrings(const nlohmann::json& english, const nlohmann::json& strings);

} // namespace tpf::l10n
