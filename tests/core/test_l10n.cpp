// Data language packs (src/core/l10n): applying data/l10n/de over the English data, and how a
// broken pack is reported.
#include "core/l10n/database.h"
#include "core/l10n/overlay.h"
#include "core/l10n/pack.h"
#include "core/loader.h"
#include "core/region_query.h"
#include "core/safety/load.h"
#include "core/session/protocol.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace tpf;

namespace {

const Database& englishDb() {
    static const Database db = [] {
        LoadResult r = loadDatabase(TPF_SOURCE_DATA_DIR);
        REQUIRE(r.ok());
        return *r.database;
    }();
    return db;
}

l10n::Pack germanPack() {
    l10n::PackResult r = l10n::loadPack(TPF_SOURCE_DATA_DIR, "de");
    for (const auto& p : r.problems)
        UNSCOPED_INFO(p.toString());
    REQUIRE(r.problems.empty());
    return r.pack;
}

l10n::Pack packOf(const std::string& name, json doc) {
    l10n::Pack pack;
    pack.language = "de";
    pack.files.push_back({name, "l10n/de/" + name, std::move(doc)});
    return pack;
}

bool hasProblem(const Problems& problems, const std::string& file, const std::string& path,
                const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.file == file && p.path == path && p.message.find(words) != std::string::npos;
    });
}

std::string dump(const Problems& problems) {
    std::string s;
    for (const auto& p : problems)
        s += p.toString() + "\n";
    return s;
}

json readJson(const std::string& file) {
    std::ifstream in(std::string(TPF_SOURCE_DATA_DIR) + "/" + file);
    return json::parse(in);
}

} // namespace

TEST_CASE("l10n: the bundled German pack applies without problems", "[l10n]") {
    Database db = englishDb();
    const Problems problems = l10n::applyToDatabase(db, germanPack());
    INFO(dump(problems));
    CHECK(problems.empty());
}

TEST_CASE("l10n: German region labels use the pack's side format and keep the ids", "[l10n]") {
    Database db = englishDb();
    l10n::applyToDatabase(db, germanPack());
    REQUIRE(db.region("temple-left"));
    CHECK(db.region("temple-left")->label == "Schläfe links");
    CHECK(db.region("temple-right")->label == "Schläfe rechts");
    CHECK(db.region("temple-left")->baseLabel == "Schläfe");
    CHECK(db.regions.size() == englishDb().regions.size());
    for (std::size_t i = 0; i < db.regions.size(); ++i)
        CHECK(db.regions[i].id == englishDb().regions[i].id);
    for (std::size_t i = 0; i < db.triggerPoints.size(); ++i) {
        CHECK(db.triggerPoints[i].id == englishDb().triggerPoints[i].id);
        CHECK(db.triggerPoints[i].holdSeconds == englishDb().triggerPoints[i].holdSeconds);
    }
}

TEST_CASE("l10n: after applying German, search finds regions in German and in English", "[l10n]") {
    Database db = englishDb();
    l10n::applyToDatabase(db, germanPack());
    const RegionQuery query(db);
    const auto german = query.resolve("left Schläfe");
    INFO((german.errors.empty() ? std::string() : german.errors.front()));
    REQUIRE(german.ok());
    CHECK(german.ids(db) == std::vector<std::string>{"temple-left"});
    const auto english = query.resolve("left temple");
    REQUIRE(english.ok());
    CHECK(english.ids(db) == std::vector<std::string>{"temple-left"});
}

TEST_CASE("l10n: German trigger point texts replace the English ones, untranslated ones stay English",
          "[l10n]") {
    Database db = englishDb();
    l10n::applyToDatabase(db, germanPack());
    const TriggerPoint* tp = db.triggerPoint("upper_trapezius.1");
    REQUIRE(tp);
    CHECK(tp->name.rfind("Oberer Trapezmuskel", 0) == 0);
    CHECK(tp->symptoms.size() == englishDb().triggerPoint("upper_trapezius.1")->symptoms.size());
    const Muscle* m = db.muscle("upper_trapezius");
    REQUIRE(m);
    // The English name stays an "other name", so it can still be searched and looked up.
    CHECK(std::find(m->otherNames.begin(), m->otherNames.end(),
                    englishDb().muscle("upper_trapezius")->name) != m->otherNames.end());

    Database partial = englishDb();
    l10n::applyToDatabase(partial, packOf("muscles_x.json", json::parse(R"({"trigger_points":
        {"upper_trapezius.1": {"name": "Nur der Name"}}})")));
    CHECK(partial.triggerPoint("upper_trapezius.1")->name == "Nur der Name");
    CHECK(partial.triggerPoint("upper_trapezius.1")->howToFind ==
          englishDb().triggerPoint("upper_trapezius.1")->howToFind);
}

TEST_CASE("l10n: unknown ids, fields and list lengths are reported with file and JSON path", "[l10n]") {
    Database db = englishDb();
    const std::size_t symptoms = db.triggerPoint("upper_trapezius.1")->symptoms.size();
    const Problems problems = l10n::applyToDatabase(db, packOf("muscles_x.json", json::parse(R"({
        "regions": {"templ": {"label": "Schläfe"}},
        "phrases": {"sciatica": {"label": 7}},
        "muscles": {"no_such_muscle": {"name": "X"}},
        "trigger_points": {
            "no_such.1": {"name": "X"},
            "upper_trapezius.1": {"symptoms": ["nur einer"], "hold_seconds": 30, "how_to_find": ""}
        },
        "danger_zones": {"nowhere": {"label": "X"}},
        "extra": {}
    })")));
    INFO(dump(problems));
    const std::string f = "l10n/de/muscles_x.json";
    CHECK(hasProblem(problems, f, "/regions/templ", "unknown region id"));
    CHECK(hasProblem(problems, f, "/phrases/sciatica/label", "expected a text"));
    CHECK(hasProblem(problems, f, "/muscles/no_such_muscle", "unknown muscle id"));
    CHECK(hasProblem(problems, f, "/trigger_points/no_such.1", "unknown trigger point id"));
    CHECK(hasProblem(problems, f, "/trigger_points/upper_trapezius.1/symptoms", "English list has"));
    CHECK(hasProblem(problems, f, "/trigger_points/upper_trapezius.1/hold_seconds", "unknown field"));
    CHECK(hasProblem(problems, f, "/trigger_points/upper_trapezius.1/how_to_find", "empty translation"));
    CHECK(hasProblem(problems, f, "/danger_zones/nowhere", "unknown danger zone id"));
    CHECK(hasProblem(problems, f, "/extra", "unknown field"));
    // What was refused stays English.
    CHECK(db.triggerPoint("upper_trapezius.1")->symptoms.size() == symptoms);
    CHECK(db.triggerPoint("upper_trapezius.1")->howToFind ==
          englishDb().triggerPoint("upper_trapezius.1")->howToFind);
}

TEST_CASE("l10n: a side format without %1 is refused", "[l10n]") {
    Database db = englishDb();
    const Problems problems = l10n::applyToDatabase(
        db,
        packOf("body_regions.json", json::parse(R"({"side_format": {"left": "links", "right": "%1 rechts"},
            "regions": {"temple": {"label": "Schläfe"}}})")));
    CHECK(hasProblem(problems, "l10n/de/body_regions.json", "/side_format/left", "%1"));
    CHECK(db.region("temple-right")->label == "Schläfe rechts");
    CHECK(db.region("temple-left")->label == "Left temple");
}

TEST_CASE("l10n: a malformed pack file is a problem with line and column, not a crash", "[l10n]") {
    const auto dir = std::filesystem::temp_directory_path() / "tpf_l10n_malformed";
    std::filesystem::create_directories(dir / "l10n" / "xx");
    std::ofstream(dir / "l10n" / "xx" / "muscles_a.json") << "{\n  \"muscles\": {,}\n}\n";
    const l10n::PackResult r = l10n::loadPack(dir, "xx");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 2);
    CHECK(r.pack.files.empty());
    CHECK(l10n::loadPack(dir, "zz").pack.files.empty()); // no pack: English, no problem
    CHECK(l10n::loadPack(dir, "zz").problems.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("l10n: the language comes from the first preferred language with a pack; English wins when first",
          "[l10n]") {
    const std::vector<std::string> available{"de"};
    CHECK(l10n::chooseLanguage({"de-DE", "en-US"}, available) == "de");
    CHECK(l10n::chooseLanguage({"de_AT.UTF-8"}, available) == "de");
    CHECK(l10n::chooseLanguage({"en-GB", "de"}, available).empty());
    CHECK(l10n::chooseLanguage({"fr-FR", "de"}, available) == "de");
    CHECK(l10n::chooseLanguage({"fr-FR"}, available).empty());
    CHECK(l10n::availableLanguages(TPF_SOURCE_DATA_DIR) == std::vector<std::string>{"de"});
}

TEST_CASE("l10n: a strings overlay merges by id into the English document and the loader accepts it",
          "[l10n]") {
    json safety = readJson("safety.json");
    const std::string id = safety["questions"][0]["id"];
    const json strings = {{"disclaimer", "Nur zur Information."},
                          {"questions", {{id, {{"text", "Haben Sie Taubheit?"}}}}}};
    const Problems problems = l10n::overlayStrings(safety, strings, "l10n/de/safety.json");
    INFO(dump(problems));
    CHECK(problems.empty());
    const safety::LoadResult loaded = safety::loadRules(safety);
    INFO(dump(loaded.problems));
    REQUIRE(loaded.ok());
    CHECK(loaded.rules->disclaimer == "Nur zur Information.");
    CHECK(safety["questions"][0]["text"] == "Haben Sie Taubheit?");
    CHECK(safety["questions"][0]["id"] == id); // ids never change
}

TEST_CASE("l10n: overlay problems name the path; ids, numbers and placeholders are protected", "[l10n]") {
    json protocols = readJson("protocols.json");
    const json english = protocols;
    const json strings = json::parse(R"json({
        "presets": {"standard": {"name": "Standard (de)", "hold": {"default_seconds": 10,
                     "instruction": "Drücken Sie {point} ohne Sekunden."}},
                    "turbo": {"name": "Turbo"}},
        "pressure_scale": {"prompts": {"nonsense": "x"}},
        "queue": {"side_names": {"left": ["links"]}}
    })json");
    const Problems problems = l10n::overlayStrings(protocols, strings, "l10n/de/protocols.json");
    INFO(dump(problems));
    const std::string f = "l10n/de/protocols.json";
    CHECK(hasProblem(problems, f, "/strings/presets/standard/hold/default_seconds", "only texts"));
    CHECK(hasProblem(problems, f, "/strings/presets/standard/hold/instruction", "placeholders"));
    CHECK(hasProblem(problems, f, "/strings/presets/turbo", "unknown id"));
    CHECK(hasProblem(problems, f, "/strings/pressure_scale/prompts/nonsense", "unknown field"));
    CHECK(hasProblem(problems, f, "/strings/queue/side_names/left", "expected a text"));
    CHECK(protocols["presets"][0]["name"] == "Standard (de)");
    CHECK(protocols["presets"][0]["hold"] == english["presets"][0]["hold"]);
    CHECK(session::loadProtocols(protocols).ok());

    json safety = readJson("safety.json");
    const Problems idProblems = l10n::overlayStrings(
        safety, json::parse(R"({"questions": {"numbness_tingling": {"category": "local"}}})"), "s.json");
    CHECK(hasProblem(idProblems, "s.json", "/strings/questions/numbness_tingling/category", "not text"));
}

TEST_CASE("l10n: the bundled German overlays apply to safety, protocols and history without problems",
          "[l10n]") {
    const l10n::Pack pack = germanPack();
    for (const char* name : {"safety.json", "protocols.json", "history.json"}) {
        json doc = readJson(name);
        const Problems problems = l10n::applyOverlay(doc, pack, name);
        INFO(name << "\n" << dump(problems));
        CHECK(problems.empty());
        if (std::string(name) == "safety.json")
            CHECK(safety::loadRules(doc).ok());
        if (std::string(name) == "protocols.json")
            CHECK(session::loadProtocols(doc).ok());
    }
}
