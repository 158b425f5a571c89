#pragma once
// tpfinder-cli commands. To add one: write cmd_<name>.cpp defining int cmdName(Context&, args),
// declare it here and add one line to the table in main.cpp.

#include "core/model.h"
#include "core/referral.h"

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tpf::cli {

enum Exit : int { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2 };

// What every command gets: where the data is, where to print, and the database loaded on demand.
class Context {
public:
    Context(std::optional<std::filesystem::path> dataDir, std::ostream& out, std::ostream& err);
    ~Context();

    std::ostream& out;
    std::ostream& err;
    const std::optional<std::filesystem::path>& dataDirOption() const { return dataDirOption_; }

    // Load on first use. On failure they print why (every problem) to `err` and return nullptr;
    // the command should then return kExitBadInput.
    const Database* bodyRegions();
    const Database* database();
    const ReferralEngine* engine();
    // The data directory (--data, else the bundled one); prints why on failure.
    std::optional<std::filesystem::path> dataDir();

private:
    std::optional<std::filesystem::path> dataDirOption_;
    std::optional<Database> regions_;
    std::optional<Database> database_;
    std::unique_ptr<ReferralEngine> engine_;
    bool failed_ = false;
};

using CommandFn = int (*)(Context&, const std::vector<std::string>&);

struct Command {
    const char* name;
    const char* usage;   // arguments, e.g. "[--json] REGION..."
    const char* summary; // one line for --help
    CommandFn run;
};

int cmdRegions(Context& ctx, const std::vector<std::string>& args);
int cmdLookup(Context& ctx, const std::vector<std::string>& args);
int cmdMuscles(Context& ctx, const std::vector<std::string>& args);
int cmdShow(Context& ctx, const std::vector<std::string>& args);
int cmdValidate(Context& ctx, const std::vector<std::string>& args);
int cmdSafety(Context& ctx, const std::vector<std::string>& args);
int cmdHistory(Context& ctx, const std::vector<std::string>& args);
int cmdExportPlan(Context& ctx, const std::vector<std::string>& args);
int cmdPlan(Context& ctx, const std::vector<std::string>& args);

} // namespace tpf::cli
