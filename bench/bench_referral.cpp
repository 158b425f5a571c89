// Referral benchmarks: load + validate time, lookup latency, a 100x synthetic database, and how long
// the region-word parser takes on long inputs.
// Plain main, prints figures next to their targets. Usage: bench_referral [DATA_DIR]

#include "core/data_dir.h"
#include "core/loader.h"
#include "core/referral.h"
#include "core/region_query.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <unistd.h>
#include <vector>

using namespace tpf;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))];
    };
    return {at(0.5), at(0.99)};
}

double microseconds(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

// Keeps the optimiser from discarding a ranking.
volatile std::size_t g_sink = 0;

template <class F> std::vector<double> sample(std::size_t runs, F&& f) {
    std::vector<double> out;
    out.reserve(runs);
    for (std::size_t i = 0; i < runs; ++i) {
        auto start = Clock::now();
        f(i);
        out.push_back(microseconds(Clock::now() - start));
    }
    return out;
}

std::vector<std::vector<std::size_t>> randomQueries(std::size_t regionCount, std::size_t size,
                                                    std::size_t count) {
    std::mt19937 rng(42); // fixed seed: the same queries every run
    std::uniform_int_distribution<std::size_t> pick(0, regionCount - 1);
    std::vector<std::vector<std::size_t>> out(count);
    for (auto& q : out)
        for (std::size_t i = 0; i < size; ++i)
            q.push_back(pick(rng));
    return out;
}

void line(const char* what, Stats s, const char* target) {
    std::printf("  %-34s median %9.2f us   p99 %9.2f us   %s\n", what, s.median, s.p99, target);
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Database replicate(const Database& db, std::size_t factor) {
    Database big = db;
    big.triggerPoints.clear();
    for (auto& m : big.muscles)
        m.triggerPoints.clear();
    for (std::size_t copy = 0; copy < factor; ++copy) {
        for (const TriggerPoint& tp : db.triggerPoints) {
            TriggerPoint t = tp;
            t.id.append("~").append(std::to_string(copy)); // GCC 12 warns (-Wrestrict) on "~" + string
            big.muscles[t.muscle].triggerPoints.push_back(big.triggerPoints.size());
            big.triggerPoints.push_back(std::move(t));
        }
    }
    big.reindex();
    return big;
}

// `count` words as typed on a command line: region names with side words before and after, names
// split over arguments, typos and unknown words (mixed), or unknown words only.
std::vector<std::string> typedWords(const Database& db, std::size_t count, bool mixed) {
    std::mt19937 rng(7);
    std::vector<std::string> out;
    out.reserve(count);
    while (out.size() < count) {
        const Region& r = db.regions[rng() % db.regions.size()];
        switch (mixed ? rng() % 4 : 3) {
        case 0: out.emplace_back(r.side == Side::Right ? "right" : "left"); [[fallthrough]];
        case 1:
            for (std::size_t from = 0, to = 0; from <= r.baseLabel.size(); from = to + 1) {
                to = std::min(r.baseLabel.find(' ', from), r.baseLabel.size());
                out.push_back(r.baseLabel.substr(from, to - from));
            }
            break;
        case 2: out.push_back(r.baseId.substr(1)); break; // a typo
        default: out.push_back("qz" + std::to_string(rng() % 100000)); break;
        }
    }
    out.resize(count);
    return out;
}

void regionWords(const Database& db) {
    std::printf("\nregion words (RegionQuery::resolveAll, median of 5):\n");
    const RegionQuery query(db);
    for (const bool mixed : {true, false}) {
        for (const std::size_t count : {1000, 10000}) {
            const std::vector<std::string> words = typedWords(db, count, mixed);
            std::size_t errors = 0;
            const auto runs = sample(5, [&](std::size_t) { errors = query.resolveAll(words).errors.size(); });
            g_sink = g_sink + errors;
            std::printf("  %6zu words, %-28s %9.2f ms   (%zu unknown expressions)\n", count,
                        mixed ? "names, sides, typos, unknown" : "all unknown", stats(runs).median / 1000.0,
                        errors);
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    std::filesystem::path dir;
    if (argc > 1) {
        dir = argv[1];
    } else {
        DataDirResult found = findDataDir();
        dir = found.ok() ? found.path : std::filesystem::path(TPF_SOURCE_DATA_DIR);
        if (!std::filesystem::exists(dir / "muscles.json")) {
            std::printf(
                "note: %s has no muscles.json yet (not merged); benchmarking the test fixture instead\n",
                dir.string().c_str());
            dir = std::filesystem::path(TPF_SOURCE_DATA_DIR).parent_path() / "tests" / "data" / "tiny";
        }
    }

    LoadResult loaded = loadDatabase(dir);
    if (!loaded.ok() && argc <= 1) {
        std::printf("note: the bundled data has %zu problem(s) (run `tpfinder-cli validate`); "
                    "benchmarking the test fixture instead\n",
                    loaded.problems.size());
        dir = std::filesystem::path(TPF_SOURCE_DATA_DIR).parent_path() / "tests" / "data" / "tiny";
        loaded = loadDatabase(dir);
    }
    if (!loaded.ok()) {
        for (const auto& p : loaded.problems)
            std::printf("%s\n", p.toString().c_str());
        return 1;
    }
    std::printf("data: %s\n", dir.string().c_str());
    const Database& db = *loaded.database;
    ReferralEngine engine(db);
    std::printf(
        "%zu muscles, %zu trigger points (%zu candidates), %zu concrete regions, %zu index postings\n\n",
        db.muscles.size(), db.triggerPoints.size(), 2 * db.triggerPoints.size(), db.regions.size(),
        engine.postingCount());

    const auto loadRuns =
        sample(21, [&](std::size_t) { g_sink = g_sink + loadDatabase(dir).problems.size(); });
    const Stats load = stats(loadRuns);
    std::printf("load + validate (median of 21)       %9.2f ms                        target < 20 ms\n",
                load.median / 1000.0);
    // How much of that is nlohmann's parser alone, to tell parsing from validation cost.
    const std::string regionsText = readAll(dir / "body_regions.json");
    const std::string musclesText = readAll(dir / "muscles.json");
    const auto parseRuns = sample(21, [&](std::size_t) {
        g_sink =
            g_sink + nlohmann::json::parse(regionsText).size() + nlohmann::json::parse(musclesText).size();
    });
    std::printf("  of which JSON parsing alone        %9.2f ms   (%zu kB of JSON)\n",
                stats(parseRuns).median / 1000.0, (regionsText.size() + musclesText.size()) / 1024);
    // What the app does from the second start on: the validated database from its snapshot cache
    // (reading both files for the key, checking it, decoding, indexing).
    const std::filesystem::path cache = std::filesystem::temp_directory_path() /
                                        ("tpf-bench-snapshot-" + std::to_string(::getpid()) + ".bin");
    CacheOutcome outcome;
    (void)loadDatabase(dir, cache, &outcome); // writes it
    const auto cachedRuns = sample(21, [&](std::size_t) {
        g_sink = g_sink + loadDatabase(dir, cache, &outcome).problems.size() + (outcome.used ? 0 : 1000);
    });
    std::printf("load from the snapshot cache         %9.2f ms   (%s, %zu kB)\n\n",
                stats(cachedRuns).median / 1000.0, outcome.used ? "used" : outcome.note.c_str(),
                std::size_t(std::filesystem::file_size(cache)) / 1024);
    std::filesystem::remove(cache);

    std::printf("lookup latency:\n");
    const std::size_t n = db.regions.size();
    const auto one =
        sample(20 * n, [&](std::size_t i) { g_sink = g_sink + engine.rank({i % n}).candidates.size(); });
    line("1 region (every region, x20)", stats(one), "");
    const auto queries5 = randomQueries(n, 5, 2000);
    const auto five = sample(queries5.size(), [&](std::size_t i) {
        g_sink = g_sink + engine.rank(queries5[i]).candidates.size();
    });
    line("5 regions (2000 random sets)", stats(five), "target median < 50 us");
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i)
        all[i] = i;
    const auto every =
        sample(200, [&](std::size_t) { g_sink = g_sink + engine.rank(all).candidates.size(); });
    line("all regions (x200)", stats(every), "");

    const Database big = replicate(db, 100);
    auto start = Clock::now();
    ReferralEngine bigEngine(big);
    const double indexMs = microseconds(Clock::now() - start) / 1000.0;
    std::printf("\nsynthetic 100x database: %zu trigger points, %zu postings, index built in %.2f ms\n",
                big.triggerPoints.size(), bigEngine.postingCount(), indexMs);
    const auto bigFive =
        sample(500, [&](std::size_t i) { g_sink = g_sink + bigEngine.rank(queries5[i]).candidates.size(); });
    line("5 regions on 100x (500 sets)", stats(bigFive), "target median < 2 ms (2000 us)");
    const auto bigScan = sample(
        20, [&](std::size_t i) { g_sink = g_sink + bigEngine.rankByScan(queries5[i]).candidates.size(); });
    line("5 regions on 100x, brute-force scan", stats(bigScan), "(reference: what the index saves)");
    regionWords(db);
    return 0;
}
