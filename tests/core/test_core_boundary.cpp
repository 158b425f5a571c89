// The core library stays Qt-free (ARCHITECTURE.md): no file under src/core includes a Qt header.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

TEST_CASE("No file under src/core includes a Qt header", "[boundary]") {
    const auto core = std::filesystem::path(TPF_SOURCE_DATA_DIR).parent_path() / "src" / "core";
    REQUIRE(std::filesystem::is_directory(core));
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]+|Qt[A-Za-z]*/))");
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file())
            continue;
        ++files;
        std::ifstream in(entry.path());
        std::size_t lineNo = 0;
        for (std::string line; std::getline(in, line);) {
            ++lineNo;
            INFO(entry.path().string() << ":" << lineNo << ": " << line);
            CHECK_FALSE(std::regex_search(line, qtInclude));
        }
    }
    CHECK(files > 0);
}
