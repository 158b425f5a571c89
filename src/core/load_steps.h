#pragma once
// Internal to the loader: one function per data file kind. Each records every problem in `check`
// and fills `db` as far as it can; the caller discards `db` unless the check stayed clean.

#include "core/json_checker.h"
#include "core/model.h"

namespace tpf::detail {

void readBodyRegions(const json& root, Checker& check, Database& db);

// `db` already holds the regions; muscles, trigger points, sources and danger zones are added.
void readMuscles(const json& root, Checker& check, Database& db);

} // namespace tpf::detail
