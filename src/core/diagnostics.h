#pragma once
// A problem found in a data file. Every loader and validator reports all of them, never just the first.

#include <string>
#include <vector>

namespace tpf {

struct Problem {
    std::string file; // the path as the caller named it
    std::string
        path; // JSON pointer, e.g. "/muscles/3/trigger_points/0/hold_seconds"; empty for syntax errors
    std::string message; // what was found and what was expected
    int line = 0;        // 1-based, only for malformed JSON
    int column = 0;

    // "file:/json/pointer: message" or "file:line:column: message".
    std::string toString() const {
        if (line > 0)
            return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
        return file + ":" + (path.empty() ? std::string("/") : path) + ": " + message;
    }
};

using Problems = std::vector<Problem>;

} // namespace tpf
