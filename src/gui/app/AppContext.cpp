#include "app/AppContext.h"

#include "core/data_dir.h"
#include "core/loader.h"
#include "core/safety/load.h"

#include <QCoreApplication>

#include <filesystem>

namespace tpf::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::AppContext", text); }

void append(QStringList& out, const Problems& problems) {
    for (const auto& p : problems)
        out << QString::fromStdString(p.toString());
}

} // namespace

std::unique_ptr<AppContext> AppContext::load(const std::optional<QString>& dataDir) {
    std::unique_ptr<AppContext> ctx(new AppContext);
    std::optional<std::filesystem::path> explicitDir;
    if (dataDir)
        explicitDir = std::filesystem::path(dataDir->toStdString());
    const DataDirResult dir = findDataDir(explicitDir);
    if (!dir.ok()) {
        ctx->problems_ << QString::fromStdString(dir.error);
        return ctx;
    }
    ctx->dataDir_ = QString::fromStdString(dir.path.string());
    ctx->loadDatabase();
    if (ctx->ok())
        ctx->loadSafety();
    return ctx;
}

void AppContext::loadDatabase() {
    const std::filesystem::path dir = dataDir_.toStdString();
    if (!std::filesystem::exists(dir / "muscles.json")) {
        problems_ << tr("%1: the muscle database is missing").arg(QString::fromStdString((dir / "muscles.json").string()));
        return;
    }
    LoadResult result = tpf::loadDatabase(dir);
    append(problems_, result.problems);
    if (!result.ok())
        return;
    database_ = std::make_unique<Database>(std::move(*result.database));
    engine_ = std::make_unique<ReferralEngine>(*database_);
    query_ = std::make_unique<RegionQuery>(*database_);
}

void AppContext::loadSafety() {
    // The safety rules are required, not optional: the disclaimer and (later) the safety review
    // come from them, and running without them would hide the medical caveats.
    const std::filesystem::path file = std::filesystem::path(dataDir_.toStdString()) / "safety.json";
    if (!std::filesystem::exists(file)) {
        problems_ << tr("%1: the safety rules are missing").arg(QString::fromStdString(file.string()));
        return;
    }
    safety::LoadResult result = safety::loadRulesFromFile(file);
    append(problems_, result.problems);
    if (result.ok())
        safety_ = std::make_unique<safety::Rules>(std::move(*result.rules));
}

QString AppContext::problemReport() const {
    QString text = tr("Trigger Point Pain Finder could not load its data");
    if (!dataDir_.isEmpty())
        text += tr(" from %1").arg(dataDir_);
    text += QCoreApplication::translate("tpf::gui::AppContext", " (%n problem(s)):", nullptr, int(problems_.size()));
    const int shown = std::min<int>(int(problems_.size()), 12);
    for (int i = 0; i < shown; ++i)
        text += QStringLiteral("\n• ") + problems_[i];
    if (problems_.size() > shown)
        text += tr("\n… and %1 more.").arg(problems_.size() - shown);
    return text;
}

QString AppContext::disclaimer() const {
    return safety_ ? QString::fromStdString(safety_->disclaimer) : QString();
}

} // namespace tpf::gui
