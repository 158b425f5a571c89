#pragma once
// Runs a shell command (usually the real tpfinder-cli) and captures its exit code, stdout and
// stderr, for the end-to-end CLI tests.

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace tpf::test {

struct Run {
    int exitCode = -1; // -1 when the process did not exit normally (a crash)
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& arg) {
    std::string out = "'";
    for (char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline Run runShell(const std::string& command) {
    char errName[] = "/tmp/tpf-cli-err-XXXXXX";
    const int fd = ::mkstemp(errName);
    REQUIRE(fd >= 0);
    ::close(fd);
    Run run;
    FILE* pipe = ::popen((command + " 2>" + shellQuote(errName)).c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(errName);
    std::stringstream text;
    text << err.rdbuf();
    run.err = text.str();
    std::remove(errName);
    return run;
}

// tpfinder-cli ARGS... (each argument quoted for the shell).
inline Run runCli(const std::vector<std::string>& args) {
    std::string command = shellQuote(TPF_CLI_PATH);
    for (const auto& a : args)
        command += " " + shellQuote(a);
    return runShell(command);
}

} // namespace tpf::test
