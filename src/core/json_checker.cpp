#include "core/json_checker.h"

#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace tpf::detail {

std::string child(const std::string& path, std::string_view key) {
    std::string out = path + "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string child(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

std::string describe(const json& value) {
    switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "the string " + value.dump();
    case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "the number " + value.dump();
    default: return "an unsupported value";
    }
}

std::string formatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

bool isIdentifier(std::string_view id) {
    if (id.empty())
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

namespace {

// 1-based line and column of the byte at `offset` (clamped to the text).
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset) {
    const std::size_t end = std::min(offset, text.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

constexpr std::size_t kMaxReasonBytes = 300;

// Builds the document as json::parse does, in one SAX pass, and stops at the first key given twice
// in one object: nlohmann keeps the last value silently, so a field written twice (two "synonyms",
// two "trigger_points") would lose the first one's content. (A parser callback does the same check
// at about twice the cost: it runs for every element.)
class DomWithoutDuplicates {
public:
    std::optional<std::string> duplicate; // JSON pointer of the first key given twice
    json root;

    bool null() { return value(nullptr); }
    bool boolean(bool v) { return value(v); }
    bool number_integer(json::number_integer_t v) { return value(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value(v); }
    bool number_float(json::number_float_t v, const json::string_t& /*text*/) { return value(v); }
    bool string(json::string_t& v) { return value(std::move(v)); }
    bool binary(json::binary_t& v) { return value(json::binary(std::move(v))); }
    bool start_object(std::size_t /*size*/) {
        open_.push_back(place(json::value_t::object));
        return true;
    }
    bool key(json::string_t& k) {
        auto& members = open_.back()->get_ref<json::object_t&>();
        const auto [it, inserted] = members.emplace(std::move(k), nullptr);
        if (!inserted) {
            duplicate = pointerTo(it->first);
            return false; // stops the parse
        }
        member_ = &it->second;
        return true;
    }
    bool end_object() {
        open_.pop_back();
        return true;
    }
    bool start_array(std::size_t /*size*/) {
        open_.push_back(place(json::value_t::array));
        return true;
    }
    bool end_array() {
        open_.pop_back();
        return true;
    }
    template <class Exception>
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/, const Exception& e) {
        throw e; // as json::parse does: the caller turns it into a problem with line and column
    }

private:
    // The open objects and arrays, outermost first. An open container is always the newest
    // element of its parent, so these pointers stay valid while it is open.
    std::vector<json*> open_;
    json* member_ = nullptr; // where the value of the latest key goes

    bool value(json&& v) {
        place(std::move(v));
        return true;
    }
    json* place(json&& v) {
        if (open_.empty()) {
            root = std::move(v);
            return &root;
        }
        json& parent = *open_.back();
        if (parent.is_array()) {
            auto& elements = parent.get_ref<json::array_t&>();
            elements.push_back(std::move(v));
            return &elements.back();
        }
        *member_ = std::move(v);
        return member_;
    }
    // The pointer of member `key` of the innermost open object (only on error, so a search is fine).
    std::string pointerTo(const std::string& key) const {
        std::string out;
        for (std::size_t i = 0; i + 1 < open_.size(); ++i) {
            const json& parent = *open_[i];
            const json* inner = open_[i + 1];
            if (parent.is_array()) {
                out = child(out, parent.size() - 1);
            } else {
                for (const auto& [name, member] : parent.get_ref<const json::object_t&>())
                    if (&member == inner)
                        out = child(out, name);
            }
        }
        return child(out, key);
    }
};

} // namespace

bool checkJsonDepth(std::string_view text, const std::string& file, Problems& out) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // skip the escaped character, which may be a quote
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                const auto [line, column] = lineColumn(text, i);
                out.push_back({file, "",
                               "malformed JSON: nesting deeper than " + std::to_string(kMaxJsonDepth), line,
                               column});
                return false;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

Problem malformedJson(std::string_view text, const std::string& file, const json::exception& e) {
    const std::string what = e.what();
    auto colon = what.find(": ", what.find("parse error"));
    if (colon == std::string::npos)
        colon = what.find("] "); // "[json.exception.out_of_range.406] number overflow parsing '1e999'"
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    if (reason.size() > kMaxReasonBytes) { // "last read: '...'" can quote megabytes of a broken file
        std::size_t cut = kMaxReasonBytes;
        while (cut > 0 && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        reason = reason.substr(0, cut) + "... (" + std::to_string(reason.size() - cut) + " more bytes)";
    }
    std::size_t offset = text.size();
    if (const auto* parseError = dynamic_cast<const json::parse_error*>(&e)) {
        // nlohmann reports a byte offset (1-based, the last byte read); editors want line and column.
        offset = parseError->byte == 0 ? 0 : parseError->byte - 1;
    } else if (auto open = what.find('\''); open != std::string::npos) {
        // No offset: point at the first occurrence of the quoted token.
        const auto close = what.find('\'', open + 1);
        const auto at =
            text.find(what.substr(open + 1, close == std::string::npos ? close : close - open - 1));
        if (at != std::string_view::npos)
            offset = at;
    }
    const auto [line, column] = lineColumn(text, offset);
    return {file, "", "malformed JSON: " + reason, line, column};
}

std::optional<json> parseJson(std::string_view text, const std::string& file, Problems& out) {
    if (!checkJsonDepth(text, file, out))
        return std::nullopt;
    try {
        DomWithoutDuplicates dom;
        if (!json::sax_parse(text, &dom)) {
            out.push_back({file, dom.duplicate.value_or(""), "duplicate field (each field may appear once)"});
            return std::nullopt;
        }
        return std::move(dom.root);
    } catch (const json::exception& e) {
        out.push_back(malformedJson(text, file, e));
        return std::nullopt;
    }
}

// A regular file in one read of its size (start-up: no growing buffer copied over and over), then
// whatever a file that grew meanwhile still holds; anything else (a pipe) in chunks. A directory
// opens but cannot be read: a problem, like any read error.
std::optional<std::string> readTextFile(const std::string& path, Problems& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.push_back({path, "", "cannot open the file for reading"});
        return std::nullopt;
    }
    std::string text;
    std::error_code error;
    if (std::filesystem::is_regular_file(path, error)) {
        const std::uintmax_t size = std::filesystem::file_size(path, error);
        if (!error && size > 0 && size < text.max_size()) {
            text.resize(static_cast<std::size_t>(size));
            in.read(text.data(), static_cast<std::streamsize>(size));
            text.resize(static_cast<std::size_t>(in.gcount()));
        }
    }
    char chunk[4096];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0)
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        out.push_back({path, "", "could not read the file"});
        return std::nullopt;
    }
    return text;
}

void Checker::problem(std::string path, std::string message) {
    out_.push_back({file_, std::move(path), std::move(message)});
}

const json* Checker::member(const json& object, const std::string& path, std::string_view key,
                            std::string_view expected, bool required) {
    auto it = object.find(std::string(key));
    if (it == object.end()) {
        if (required)
            problem(child(path, key),
                    "missing field \"" + std::string(key) + "\" (expected " + std::string(expected) + ")");
        return nullptr;
    }
    return &*it;
}

const json* Checker::objectMember(const json& object, const std::string& path, std::string_view key,
                                  bool required) {
    const json* value = member(object, path, key, "an object", required);
    if (value && !value->is_object()) {
        problem(child(path, key), "expected an object, found " + describe(*value));
        return nullptr;
    }
    return value;
}

const json* Checker::arrayMember(const json& object, const std::string& path, std::string_view key,
                                 bool required) {
    const json* value = member(object, path, key, "an array", required);
    if (value && !value->is_array()) {
        problem(child(path, key), "expected an array, found " + describe(*value));
        return nullptr;
    }
    return value;
}

std::optional<std::string> Checker::textValue(const json& value, const std::string& path) {
    if (!value.is_string()) {
        problem(path, "expected a non-empty string, found " + describe(value));
        return std::nullopt;
    }
    auto s = value.get<std::string>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
        problem(path, "empty text (expected a non-empty string)");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> Checker::text(const json& object, const std::string& path, std::string_view key,
                                         bool required) {
    const json* value = member(object, path, key, "a non-empty string", required);
    return value ? textValue(*value, child(path, key)) : std::nullopt;
}

std::optional<double> Checker::number(const json& object, const std::string& path, std::string_view key) {
    const json* value = member(object, path, key, "a number");
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        problem(child(path, key), "expected a number, found " + describe(*value));
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<long long> Checker::integer(const json& object, const std::string& path, std::string_view key) {
    const json* value = member(object, path, key, "an integer");
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) {
        problem(child(path, key), "expected an integer, found " + describe(*value));
        return std::nullopt;
    }
    return value->get<long long>();
}

std::vector<std::string> Checker::textList(const json& object, const std::string& path, std::string_view key,
                                           bool required, std::size_t minItems) {
    std::vector<std::string> out;
    const json* list = arrayMember(object, path, key, required);
    if (!list)
        return out;
    const std::string listPath = child(path, key);
    if (list->size() < minItems)
        problem(listPath, "expected at least " + std::to_string(minItems) + " entr" +
                              (minItems == 1 ? "y" : "ies") + ", found " + std::to_string(list->size()));
    for (std::size_t i = 0; i < list->size(); ++i)
        if (auto s = textValue((*list)[i], child(listPath, i)))
            out.push_back(*s);
    return out;
}

std::optional<std::string> Checker::identifier(const json& object, const std::string& path,
                                               std::string_view key) {
    auto id = text(object, path, key);
    if (id && !isIdentifier(*id)) {
        problem(child(path, key), "bad id \"" + *id + "\" (expected lower-case letters, digits and _)");
        return std::nullopt;
    }
    return id;
}

std::optional<Point> Checker::point(const json& value, const std::string& path) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
        problem(path, "expected a point [x, y] of two numbers, found " + describe(value));
        return std::nullopt;
    }
    Point p{value[0].get<double>(), value[1].get<double>()};
    if (p.x < 0 || p.x > 1 || p.y < 0 || p.y > 1) {
        problem(path, "coordinates " + value.dump() + " outside [0, 1]");
        return std::nullopt;
    }
    return p;
}

std::optional<Polygon> Checker::polygon(const json& object, const std::string& path, std::string_view key) {
    const json* list = arrayMember(object, path, key);
    if (!list)
        return std::nullopt;
    const std::string listPath = child(path, key);
    Polygon out;
    bool ok = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (auto p = point((*list)[i], child(listPath, i)))
            out.push_back(*p);
        else
            ok = false;
    }
    if (list->size() < 3) {
        problem(listPath, "expected a polygon of at least 3 points, found " + std::to_string(list->size()));
        ok = false;
    }
    return ok ? std::optional<Polygon>(out) : std::nullopt;
}

bool Checker::isObject(const json& value, const std::string& path, std::string_view what) {
    if (value.is_object())
        return true;
    problem(path, "expected " + std::string(what) + " (an object), found " + describe(value));
    return false;
}

void Checker::knownFields(const json& object, const std::string& path,
                          std::initializer_list<std::string_view> allowed) {
    if (!object.is_object())
        return;
    for (const auto& item : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) != allowed.end())
            continue;
        std::vector<std::string> names(allowed.begin(), allowed.end());
        problem(child(path, item.key()),
                "unknown field \"" + item.key() + "\"" + didYouMean(closeMatches(item.key(), names)));
    }
}

void Checker::schemaVersion(const json& root) {
    const json* version = member(root, "", "schema_version", "the integer 1");
    if (version && !(version->is_number_integer() && version->get<long long>() == 1))
        problem("/schema_version", "unsupported schema version " + version->dump() + " (expected 1)");
}

} // namespace tpf::detail
