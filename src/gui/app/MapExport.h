#pragma once
// Writes the body map to a PNG or PDF file with the same renderer the window uses.

#include "bodymap/BodyMapState.h"
#include "core/model.h"

#include <QString>

namespace tpf::gui {

// The format comes from the suffix (.png or .pdf). Returns an error message for the user, or an
// empty string on success. `caption` is printed above the map in the PDF.
QString exportMap(const QString& fileName, const BodyMapState& state, const Database& db,
                  const QString& caption = {});

} // namespace tpf::gui
