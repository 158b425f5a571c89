// tpfinder-cli: the scripting face of the core library. Exit codes: 0 ok, 1 bad input or data, 2 usage.

#include "cli/commands.h"

#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

using tpf::cli::Command;

// One line per command; new commands (plan, safety, history, export-plan) go here.
constexpr Command kCommands[] = {
    {"regions", "[--json]", "list the body regions (concrete ids) and phrases", tpf::cli::cmdRegions},
    {"lookup", "[--json] [--limit N] [--side left|right] REGION...",
     "rank trigger points that refer pain to the given regions", tpf::cli::cmdLookup},
    {"muscles", "[--json]", "list the muscles and their trigger points", tpf::cli::cmdMuscles},
    {"show", "[--json] TRIGGER_POINT", "everything the data holds about one trigger point",
     tpf::cli::cmdShow},
    {"validate", "FILE...",
     "check data files (body_regions, muscles, safety, protocols, history *.json, and l10n/<language>/*.json "
     "language packs) and list every problem",
     tpf::cli::cmdValidate},
    {"safety", "[--json] [--answers FILE]", "safety questions, or evaluate answers", tpf::cli::cmdSafety},
    {"history", "[--csv|--json] [--db FILE]",
     "past sessions with advice per point, or the history as CSV / JSON", tpf::cli::cmdHistory},
    {"export-plan", "-o FILE.pdf TRIGGER_POINT[:left|right]...",
     "the printable self-care plan (PDF, drawn by the app run headless)", tpf::cli::cmdExportPlan},
    {"plan", "[--json] [--preset NAME] [--side left|right|both] [--hold-until-release] TRIGGER_POINT...",
     "the guided-session timeline for the given trigger points", tpf::cli::cmdPlan},
};

void printHelp(std::ostream& out) {
    out << "Usage: tpfinder-cli [--data DIR] COMMAND [OPTIONS] [ARGS]\n"
           "\n"
           "Find myofascial trigger points that may cause pain in given body regions.\n"
           "Not a medical device; see a clinician for severe, unexplained or worsening pain.\n"
           "\n"
           "Commands:\n";
    for (const auto& c : kCommands) {
        std::string head = std::string("  ") + c.name + " " + c.usage;
        out << head << '\n' << "      " << c.summary << '\n';
    }
    out << "\n"
           "Options:\n"
           "  --data DIR   data directory (default: $TPFINDER_DATA_DIR, then installed data, then source "
           "tree)\n"
           "  --version    print the version\n"
           "  --help       print this help (COMMAND --help for one command)\n"
           "\n"
           "REGION is a concrete id (temple-left) or words (\"left temple\", \"right outer elbow\", "
           "\"sciatica\").\n"
           "Without a side word a bilateral region means both sides.\n"
           "Exit status: 0 ok, 1 bad input or data, 2 usage error.\n";
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> rest;
    std::optional<std::filesystem::path> dataDir;
    bool help = false;
    bool version = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--") { // everything after belongs to the command
            for (; i < argc; ++i)
                rest.emplace_back(argv[i]);
            break;
        }
        if (a == "--data") {
            if (i + 1 >= argc) {
                std::cerr << "tpfinder-cli: --data needs a directory\n";
                return tpf::cli::kExitUsage;
            }
            dataDir = argv[++i];
        } else if (a.rfind("--data=", 0) == 0) {
            dataDir = a.substr(7);
        } else if (a == "--help" || a == "-h") {
            help = true;
        } else if (a == "--version" && rest.empty()) {
            version = true;
        } else {
            rest.push_back(a);
        }
    }
    if (version) {
        std::cout << "tpfinder-cli " << TPF_VERSION << '\n';
        return tpf::cli::kExitOk;
    }
    if (rest.empty()) {
        printHelp(help ? std::cout : std::cerr);
        return help ? tpf::cli::kExitOk : tpf::cli::kExitUsage;
    }
    for (const auto& c : kCommands) {
        if (rest[0] != c.name)
            continue;
        if (help) {
            std::cout << "Usage: tpfinder-cli [--data DIR] " << c.name << ' ' << c.usage << "\n  "
                      << c.summary << '\n';
            return tpf::cli::kExitOk;
        }
        tpf::cli::Context ctx(dataDir, std::cout, std::cerr);
        return c.run(ctx, std::vector<std::string>(rest.begin() + 1, rest.end()));
    }
    std::cerr << "tpfinder-cli: unknown command \"" << rest[0] << "\" (try --help)\n";
    return tpf::cli::kExitUsage;
}
