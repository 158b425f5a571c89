#pragma once
// Internal to the loader: reads typed members out of parsed JSON while recording every problem
// with its JSON pointer. Each getter returns nullopt/nullptr/empty when the value is unusable,
// so callers can keep going and report the rest of the file too.

#include "core/diagnostics.h"
#include "core/model.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tpf::detail {

using nlohmann::json;

std::string child(const std::string& path, std::string_view key); // JSON pointer escaping (~0, ~1)
std::string child(const std::string& path, std::size_t index);
std::string describe(const json& value); // "a string", "the number 3", ...
bool isIdentifier(std::string_view id);  // [a-z0-9_]+
std::string formatNumber(double value);  // shortest readable form: 0.05, 1.5, 120

// Parses `text`; on a syntax error records file:line:column and returns nullopt.
std::optional<json> parseJson(std::string_view text, const std::string& file, Problems& out);

// Data files nest a handful of levels. Deeper documents are refused before parsing: nlohmann's
// dump() and the readers recurse, and 100000 nested "[" would overflow the stack.
constexpr int kMaxJsonDepth = 256;
// Records "nesting deeper than N at line:column" and returns false when `text` nests too deep.
bool checkJsonDepth(std::string_view text, const std::string& file, Problems& out);
// "malformed JSON: ..." with line:column for an exception thrown by json::parse: parse errors carry
// a byte offset, a number too large for a double (out_of_range 406) only its text.
Problem malformedJson(std::string_view text, const std::string& file, const json::exception& e);
std::optional<std::string> readTextFile(const std::string& path, Problems& out);

class Checker {
public:
    Checker(std::string file, Problems& out) : file_(std::move(file)), out_(out), start_(out.size()) {}

    void problem(std::string path, std::string message);
    bool clean() const { return out_.size() == start_; }

    // A member of an object. Reports a missing required member and returns nullptr.
    const json* member(const json& object, const std::string& path, std::string_view key,
                       std::string_view expected, bool required = true);
    const json* objectMember(const json& object, const std::string& path, std::string_view key,
                             bool required = true);
    const json* arrayMember(const json& object, const std::string& path, std::string_view key,
                            bool required = true);
    std::optional<std::string> text(const json& object, const std::string& path, std::string_view key,
                                    bool required = true);
    std::optional<std::string> textValue(const json& value, const std::string& path);
    std::optional<double> number(const json& object, const std::string& path, std::string_view key);
    std::optional<long long> integer(const json& object, const std::string& path, std::string_view key);
    // Array of non-empty strings; minItems = 1 demands at least one entry.
    std::vector<std::string> textList(const json& object, const std::string& path, std::string_view key,
                                      bool required, std::size_t minItems);
    std::optional<std::string> identifier(const json& object, const std::string& path, std::string_view key);
    std::optional<Point> point(const json& value, const std::string& path);
    std::optional<Polygon> polygon(const json& object, const std::string& path, std::string_view key);
    bool isObject(const json& value, const std::string& path, std::string_view what);
    // Reports members not in `allowed`: a misspelt optional field ("spilover") would otherwise
    // be silently ignored and its content lost.
    void knownFields(const json& object, const std::string& path,
                     std::initializer_list<std::string_view> allowed);

    template <class E>
    std::optional<E> choice(const json& object, const std::string& path, std::string_view key,
                            const std::vector<std::pair<std::string_view, E>>& options) {
        auto value = text(object, path, key);
        if (!value)
            return std::nullopt;
        for (const auto& [name, e] : options)
            if (name == *value)
                return e;
        std::string expected;
        for (const auto& [name, e] : options)
            expected += (expected.empty() ? "" : " | ") + std::string(name);
        problem(child(path, key), "unknown value \"" + *value + "\" (expected one of: " + expected + ")");
        return std::nullopt;
    }

    // Checks "schema_version": 1 at the top level.
    void schemaVersion(const json& root);

private:
    std::string file_;
    Problems& out_;
    std::size_t start_;
};

} // namespace tpf::detail
