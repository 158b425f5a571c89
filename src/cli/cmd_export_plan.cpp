// tpfinder-cli export-plan: the printable self-care plan (PDF) for given trigger points.
// The PDF is painted by the app's own renderer (body map, zones, text layout), which needs Qt; the
// CLI stays free of Qt by running the app headless: `tpfinder --export-plan FILE TP[:side]...`
// with QT_QPA_PLATFORM=offscreen. The app binary is looked for next to this executable (installed
// side by side in bin/), then in the build tree, then on PATH.

#include "cli/args.h"
#include "cli/commands.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace tpf::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "Usage: tpfinder-cli [--data DIR] export-plan -o FILE.pdf TRIGGER_POINT[:left|right]...\n";

bool executable(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

std::vector<fs::path> candidates() {
    std::vector<fs::path> out;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        out.push_back(self.parent_path() / "tpfinder");
#ifdef TPF_GUI_BUILD_DIR
    out.push_back(fs::path(TPF_GUI_BUILD_DIR) / "tpfinder");
#endif
    if (const char* path = std::getenv("PATH")) {
        std::stringstream dirs(path);
        std::string dir;
        while (std::getline(dirs, dir, ':'))
            if (!dir.empty())
                out.push_back(fs::path(dir) / "tpfinder");
    }
    return out;
}

} // namespace

int cmdExportPlan(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs parsed = parseArgs(args, {}, {"-o", "--output"});
    std::string output = parsed.values.count("-o")         ? parsed.values.at("-o")
                         : parsed.values.count("--output") ? parsed.values.at("--output")
                                                           : std::string();
    if (!parsed.error.empty() || output.empty() || parsed.positional.empty()) {
        ctx.err << "tpfinder-cli export-plan: "
                << (!parsed.error.empty() ? parsed.error
                    : output.empty()      ? "say where to write the PDF with -o FILE"
                                          : "name at least one trigger point (see: tpfinder-cli muscles)")
                << '\n'
                << kUsage;
        return kExitUsage;
    }
    // Unknown points are reported here, with the CLI's wording, before starting the app.
    const Database* db = ctx.database();
    if (!db)
        return kExitBadInput;
    for (const std::string& arg : parsed.positional) {
        const std::string id = arg.substr(0, arg.find(':'));
        if (!db->triggerPoint(id)) {
            ctx.err << "tpfinder-cli export-plan: unknown trigger point \"" << id
                    << "\" (tpfinder-cli muscles lists them)\n";
            return kExitBadInput;
        }
        const std::string side = arg.find(':') == std::string::npos ? "" : arg.substr(arg.find(':') + 1);
        if (!side.empty() && side != "left" && side != "right" && side != "midline") {
            ctx.err << "tpfinder-cli export-plan: \"" << arg
                    << "\": the side must be left, right or midline\n";
            return kExitUsage;
        }
    }

    fs::path app;
    for (const fs::path& c : candidates())
        if (executable(c)) {
            app = c;
            break;
        }
    if (app.empty()) {
        ctx.err
            << "tpfinder-cli export-plan: the app (tpfinder) was not found next to tpfinder-cli, in the "
               "build "
               "tree or on PATH; the PDF plan is drawn by the app, so install it (or build the GUI) first\n";
        return kExitBadInput;
    }

    std::vector<std::string> argv{app.string()};
    if (ctx.dataDirOption())
        argv.insert(argv.end(), {"--data", ctx.dataDirOption()->string()});
    argv.insert(argv.end(), {"--export-plan", output});
    argv.insert(argv.end(), parsed.positional.begin(), parsed.positional.end());
    std::vector<char*> cargv;
    cargv.reserve(argv.size() + 1);
    for (std::string& a : argv)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    ctx.out.flush();
    ctx.err.flush();
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::execv(app.c_str(), cargv.data());
    ctx.err << "tpfinder-cli export-plan: could not run " << app.string() << ": " << std::strerror(errno)
            << '\n';
    return kExitBadInput;
}

} // namespace tpf::cli
