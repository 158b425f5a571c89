#pragma once
// Texts in protocols.json carry named placeholders such as "{point}" so that wording stays in
// data while the session fills in the point, side and numbers.

#include <string>
#include <utility>
#include <vector>

namespace tpf::session {

using TemplateArgs = std::vector<std::pair<std::string, std::string>>;

// Replaces every "{name}" found in args; unknown placeholders are left as written.
std::string fillTemplate(const std::string& text, const TemplateArgs& args);

// The placeholder names used in text, in order of appearance (for validation).
std::vector<std::string> placeholdersIn(const std::string& text);

} // namespace tpf::session
