// tpfinder-cli safety: exit codes and output for answer files (no trigger points, so no muscle data needed).

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
    int status = -1;
    std::string output; // stdout and stderr
};

Run runCli(const std::string& args) {
    const std::string cmd = std::string("\"") + TPF_CLI_PATH + "\" --data \"" + TPF_SOURCE_DATA_DIR +
                            "\" safety " + args + " 2>&1";
    Run run;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        run.output += buffer.data();
    const int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

std::string fixture(const char* name) { return std::string("\"") + TPF_TEST_DATA_DIR + "/" + name + "\""; }

} // namespace

TEST_CASE("safety prints every question and exits 0", "[safety][cli]") {
    Run r = runCli("");
    INFO(r.output);
    CHECK(r.status == 0);
    CHECK(r.output.find("[chest_pain_breathless]") != std::string::npos);
    CHECK(r.output.find("[varicose_veins]") != std::string::npos);
    CHECK(r.output.find("[open_skin]") != std::string::npos);
}

TEST_CASE("safety --json prints the rules as JSON", "[safety][cli]") {
    Run r = runCli("--json");
    INFO(r.output);
    CHECK(r.status == 0);
    CHECK(r.output.find("\"questions\"") != std::string::npos);
    CHECK(r.output.find("\"full_review_every_days\": 30") != std::string::npos);
}

TEST_CASE("safety --answers exits 0 when the review allows the session", "[safety][cli]") {
    Run ok = runCli("--answers " + fixture("safety_answers_all_no.json") + " --json");
    INFO(ok.output);
    CHECK(ok.status == 0);
    CHECK(ok.output.find("\"level\": \"ok\"") != std::string::npos);

    Run cleared = runCli("--answers " + fixture("safety_answers_cleared.json") + " --json");
    INFO(cleared.output);
    CHECK(cleared.status == 0);
    CHECK(cleared.output.find("\"level\": \"caution\"") != std::string::npos);
}

TEST_CASE("safety --answers exits 1 when a red flag blocks the session", "[safety][cli]") {
    Run r = runCli("--answers " + fixture("safety_answers_red_flag.json"));
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find("blocked") != std::string::npos);
    CHECK(r.output.find("[bladder_bowel]") != std::string::npos);
}

TEST_CASE("safety --answers exits 1 when a question is unanswered", "[safety][cli]") {
    Run r = runCli("--answers " + fixture("safety_answers_incomplete.json") + " --json");
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find("\"level\": \"incomplete\"") != std::string::npos);
    CHECK(r.output.find("\"cancer\"") != std::string::npos);
}

TEST_CASE("safety --answers refuses a bad answers file with every problem and exits 1", "[safety][cli]") {
    Run r = runCli("--answers " + fixture("safety_answers_bad.json"));
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find("/answers/numbnes_tingling") != std::string::npos);
    CHECK(r.output.find("did you mean \"numbness_tingling\"") != std::string::npos);
    CHECK(r.output.find("/clinician_cleared/0") != std::string::npos);
    CHECK(r.output.find("/points") != std::string::npos);
}

TEST_CASE("safety with a stray argument is a usage error", "[safety][cli]") {
    CHECK(runCli("extra").status == 2);
    CHECK(runCli("--answers").status == 2);
}
