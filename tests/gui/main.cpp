// Catch2 main for the widget tests. Test discovery runs this binary at build time, so it must pick
// the offscreen platform itself, and it must never touch the user's real settings or data.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("tpfinder-tests");
    QApplication::setApplicationName("tpfinder-tests");
    return Catch::Session().run(argc, argv);
}
