#include "core/session/text_template.h"

namespace tpf::session {

namespace {
bool isNameChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Calls f(start, end, name) for each "{name}" in text.
template <typename F> void forEachPlaceholder(const std::string& text, F f) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{')
            continue;
        std::size_t j = i + 1;
        while (j < text.size() && isNameChar(text[j]))
            ++j;
        if (j < text.size() && text[j] == '}' && j > i + 1) {
            f(i, j + 1, text.substr(i + 1, j - i - 1));
            i = j;
        }
    }
}
} // namespace

std::string fillTemplate(const std::string& text, const TemplateArgs& args) {
    std::string out;
    out.reserve(text.size() + 32);
    std::size_t copied = 0;
    forEachPlaceholder(text, [&](std::size_t b, std::size_t e, const std::string& name) {
        for (const auto& [key, value] : args) {
            if (key == name) {
                out.append(text, copied, b - copied);
                out += value;
                copied = e;
                return;
            }
        }
    });
    out.append(text, copied, std::string::npos);
    return out;
}

std::vector<std::string> placeholdersIn(const std::string& text) {
    std::vector<std::string> names;
    forEachPlaceholder(text, [&](std::size_t, std::size_t, const std::string& n) { names.push_back(n); });
    return names;
}

} // namespace tpf::session
