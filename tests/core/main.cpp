// The one Catch2 main for the core tests; every other file in tests/core only adds test cases.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
