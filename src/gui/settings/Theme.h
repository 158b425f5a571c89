#pragma once
// App-wide light and dark themes: a QPalette on the Fusion style (Fusion draws everything from the
// palette, so both stay readable whatever the desktop's style is). "System" restores the style and
// palette the app started with.

#include "settings/AppSettings.h"

#include <QPalette>

namespace tpf::gui {

QPalette lightPalette();
QPalette darkPalette();

// Applies to the running QApplication. Call once at start-up (before any window, so the system
// style and palette can be remembered) and again whenever the choice changes.
void applyTheme(settings::Theme theme);

// True when the application palette is dark (window colour darker than its text).
bool isDarkPalette(const QPalette& palette);

} // namespace tpf::gui
