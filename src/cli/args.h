#pragma once
// Option parsing and output helpers shared by the commands.

#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace tpf::cli {

struct ParsedArgs {
    std::set<std::string> flags;               // e.g. "--json"
    std::map<std::string, std::string> values; // e.g. "--limit" -> "5"
    std::vector<std::string> positional;
    std::string error; // non-empty on a usage error
    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
};

// Accepts "--opt VALUE" and "--opt=VALUE"; "--" ends options.
ParsedArgs parseArgs(const std::vector<std::string>& args, const std::set<std::string>& flags,
                     const std::set<std::string>& valueOptions);

// Prints rows as left-aligned columns separated by two spaces; the first row is the header.
void printTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows,
                const std::string& indent = "");

// Width of a UTF-8 string in code points, for alignment.
std::size_t displayWidth(const std::string& text);

std::string formatScore(double score); // "0.75"

} // namespace tpf::cli
