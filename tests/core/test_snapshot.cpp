// The database snapshot cache (core/snapshot.h) and loadDatabase() with a cache file: a snapshot
// gives back exactly the database the JSON gives, is used only for the very files it was made from,
// and a missing, stale, damaged or unwritable one never changes the result.
#include "core/loader.h"
#include "core/snapshot.h"
#include "test_fixtures.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace tpf;
using tpf::test::ScratchDir;

namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

const fs::path kBundled = TPF_SOURCE_DATA_DIR;

const Database& bundled() {
    static const Database db = [] {
        LoadResult result = loadDatabase(kBundled);
        REQUIRE(result.ok());
        return *result.database;
    }();
    return db;
}

std::uint64_t bundledKey() {
    const std::string regions = readFile(kBundled / "body_regions.json");
    const std::string muscles = readFile(kBundled / "muscles.json");
    return snapshot::keyFor({regions, muscles});
}

// A copy of the bundled body regions and muscles, to change.
void copyData(const fs::path& to) {
    for (const char* name : {"body_regions.json", "muscles.json"})
        fs::copy_file(kBundled / name, to / name);
}

} // namespace

TEST_CASE("A snapshot gives back every field of the bundled database", "[snapshot]") {
    const Database& db = bundled();
    // Non-default values throughout, so that a field the snapshot forgot would show.
    REQUIRE(db.triggerPoints.size() > 150);
    REQUIRE(!db.phrases.empty());
    REQUIRE(!db.dangerZones.empty());
    REQUIRE(!db.figure.front.parts.empty());
    const std::string bytes = snapshot::encode(db, 42);
    const snapshot::Decoded decoded = snapshot::decode(bytes, 42);
    INFO(decoded.problem);
    REQUIRE(decoded.database);
    CHECK(*decoded.database == db); // every field of every struct, and the lookup maps
    CHECK(decoded.database->triggerPoint("upper_trapezius.1") != nullptr);
    CHECK(decoded.database->regionsOfBase("temple").size() == 2);
    // Side words come from language packs, after loading; they are kept all the same.
    Database withWords = db;
    withWords.sideWords = {{"linke", Side::Left}, {"beide Seiten", std::nullopt}};
    const snapshot::Decoded words = snapshot::decode(snapshot::encode(withWords, 1), 1);
    REQUIRE(words.database);
    CHECK(words.database->sideWords == withWords.sideWords);
}

TEST_CASE("A snapshot is refused for other data, another format or damage, with the reason", "[snapshot]") {
    const std::string bytes = snapshot::encode(bundled(), 7);

    SECTION("another key: other data files or another program") {
        const auto d = snapshot::decode(bytes, 8);
        CHECK_FALSE(d.database);
        CHECK(d.problem == "made from other data files or by another version of the program");
    }
    SECTION("not a snapshot at all") {
        CHECK(snapshot::decode("{\"regions\": []}", 7).problem == "not a data snapshot of this program");
        CHECK(snapshot::decode("", 7).problem == "not a data snapshot of this program");
    }
    SECTION("another format") {
        std::string other = bytes;
        other[8] = char(other[8] + 1);
        CHECK_THAT(snapshot::decode(other, 7).problem, Catch::Contains("this program reads format 1"));
    }
    SECTION("one byte changed anywhere in the content") {
        for (const std::size_t at : {std::size_t(40), bytes.size() / 2, bytes.size() - 1}) {
            std::string damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x20);
            const auto d = snapshot::decode(damaged, 7);
            CHECK_FALSE(d.database);
            CHECK(d.problem == "the snapshot is damaged: its checksum does not match");
        }
    }
    SECTION("cut short or padded") {
        for (const std::size_t size : {std::size_t(20), std::size_t(36), std::size_t(37), bytes.size() - 1}) {
            const auto d = snapshot::decode(std::string_view(bytes).substr(0, size), 7);
            CHECK_FALSE(d.database);
            CHECK_FALSE(d.problem.empty());
        }
        CHECK_THAT(snapshot::decode(bytes + "x", 7).problem, Catch::Contains("bytes of content"));
    }
}

TEST_CASE("Damaged snapshot content is reported, never read out of bounds", "[snapshot]") {
    // The content without its header: what the checksum would normally stop.
    const std::string payload = snapshot::encode(bundled(), 7).substr(36);
    REQUIRE(snapshot::detail::decodePayload(payload).database);
    SECTION("every way of cutting it short") {
        for (std::size_t size = 0; size < payload.size(); size += 997) {
            const auto d = snapshot::detail::decodePayload(std::string_view(payload).substr(0, size));
            CHECK_FALSE(d.database);
            CHECK_THAT(d.problem, Catch::StartsWith("the snapshot is damaged: "));
        }
    }
    SECTION("a huge count") {
        std::string bad = payload;
        // schemaVersion (4 bytes), aspect (8), then the front outline's point count.
        bad.replace(12, 4, std::string("\xff\xff\xff\x7f", 4));
        CHECK_THAT(snapshot::detail::decodePayload(bad).problem, Catch::Contains("runs past its end"));
    }
    SECTION("a number that is not finite") {
        std::string bad = payload;
        const double nan = std::nan("");
        bad.replace(4, 8, std::string(reinterpret_cast<const char*>(&nan), 8)); // the figure's aspect
        CHECK_THAT(snapshot::detail::decodePayload(bad).problem, Catch::Contains("not finite"));
    }
    SECTION("left-over bytes") {
        CHECK_THAT(snapshot::detail::decodePayload(payload + "zz").problem,
                   Catch::Contains("2 bytes left over"));
    }
    SECTION("an index out of range") {
        Database db = bundled();
        db.triggerPoints[3].muscle = db.muscles.size();
        const std::string bytes = snapshot::encode(db, 1);
        CHECK_THAT(snapshot::decode(bytes, 1).problem, Catch::Contains("names muscle"));
    }
}

TEST_CASE("The snapshot key depends on every byte of every source file and their order", "[snapshot]") {
    const std::string a = R"({"a": 1})";
    const std::string b = R"({"a": 2})";
    CHECK(snapshot::keyFor({a, b}) == snapshot::keyFor({a, b}));
    CHECK(snapshot::keyFor({a, b}) != snapshot::keyFor({b, a}));
    CHECK(snapshot::keyFor({a, a}) != snapshot::keyFor({a, b}));
    CHECK(snapshot::keyFor({a + " "}) != snapshot::keyFor({a}));
    CHECK(snapshot::keyFor({}) != snapshot::keyFor({""}));
}

TEST_CASE("loadDatabase with a cache file: written once, then used, for exactly these files", "[snapshot]") {
    ScratchDir scratch;
    const fs::path data = scratch.path / "data";
    fs::create_directory(data);
    copyData(data);
    const fs::path cache = scratch.path / "cache" / "database.bin";

    CacheOutcome first;
    LoadResult a = loadDatabase(data, cache, &first);
    REQUIRE(a.ok());
    CHECK_FALSE(first.used);
    CHECK(first.written);
    CHECK_THAT(first.note, Catch::Contains("no snapshot yet"));
    CHECK(fs::exists(cache));
    CHECK(*a.database == bundled());
    // Keyed by the two files' bytes: the bundled ones, as copied.
    CHECK(snapshot::decode(readFile(cache), bundledKey()).database);

    CacheOutcome second;
    LoadResult b = loadDatabase(data, cache, &second);
    REQUIRE(b.ok());
    CHECK(second.used);
    CHECK_FALSE(second.written);
    CHECK(*b.database == bundled());

    SECTION("an edited data file is read, not the old snapshot") {
        std::string muscles = readFile(data / "muscles.json");
        const std::string from = "\"name\": \"Upper trapezius\"";
        const auto at = muscles.find(from);
        REQUIRE(at != std::string::npos);
        muscles.replace(at, from.size(), "\"name\": \"Upper trapezius (edited)\"");
        writeFile(data / "muscles.json", muscles);
        CacheOutcome edited;
        LoadResult c = loadDatabase(data, cache, &edited);
        REQUIRE(c.ok());
        CHECK_FALSE(edited.used);
        CHECK_THAT(edited.note, Catch::Contains("made from other data files"));
        CHECK(c.database->muscle("upper_trapezius")->name == "Upper trapezius (edited)");
        CHECK(edited.written);
        CacheOutcome again;
        LoadResult d = loadDatabase(data, cache, &again);
        CHECK(again.used);
        CHECK(d.database->muscle("upper_trapezius")->name == "Upper trapezius (edited)");
    }
    SECTION("a damaged snapshot is replaced") {
        std::string bytes = readFile(cache);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        writeFile(cache, bytes);
        CacheOutcome damaged;
        LoadResult c = loadDatabase(data, cache, &damaged);
        REQUIRE(c.ok());
        CHECK_FALSE(damaged.used);
        CHECK_THAT(damaged.note, Catch::Contains("checksum does not match"));
        CHECK(damaged.written);
        CHECK(*c.database == bundled());
        CacheOutcome again;
        (void)loadDatabase(data, cache, &again);
        CHECK(again.used);
    }
    SECTION("invalid data is reported as ever, and never cached") {
        writeFile(data / "muscles.json", "{\"schema_version\": 1, \"muscles\": [");
        fs::remove(cache);
        CacheOutcome broken;
        LoadResult c = loadDatabase(data, cache, &broken);
        CHECK_FALSE(c.ok());
        REQUIRE(c.problems.size() == 1);
        CHECK(c.problems[0].file == (data / "muscles.json").string());
        CHECK_FALSE(broken.written);
        CHECK_FALSE(fs::exists(cache));
    }
    SECTION("a missing data file is reported even when a snapshot exists") {
        fs::remove(data / "muscles.json");
        LoadResult c = loadDatabase(data, cache);
        CHECK_FALSE(c.ok());
        REQUIRE_FALSE(c.problems.empty());
        CHECK_THAT(c.problems[0].toString(), Catch::Contains("cannot open"));
    }
}

TEST_CASE("loadDatabase works on when the snapshot cannot be written", "[snapshot]") {
    ScratchDir scratch;
    const fs::path data = scratch.path / "data";
    fs::create_directory(data);
    copyData(data);
    // The cache "directory" is a file: nothing can be written below it.
    writeFile(scratch.path / "blocked", "not a directory");
    const fs::path cache = scratch.path / "blocked" / "database.bin";
    CacheOutcome outcome;
    LoadResult result = loadDatabase(data, cache, &outcome);
    REQUIRE(result.ok());
    CHECK(*result.database == bundled());
    CHECK_FALSE(outcome.used);
    CHECK_FALSE(outcome.written);
    CHECK_THAT(outcome.note, Catch::Contains("cannot write"));
    CHECK(fs::is_regular_file(scratch.path / "blocked"));
    // No temporary file left behind.
    for (const auto& entry : fs::directory_iterator(scratch.path))
        CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}
