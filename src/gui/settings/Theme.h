#pragma once
// App-wide light and dark themes: a QPalette on the Fusion style (Fusion draws everything from the
// palette, so both stay readable whatever the desktop's style is). "System" restores the style and
// palette the app started with.

#include "settings/AppSettings.h"
#include "settings/Colours.h"

#include <QPalette>
#include <functional>

class QWidget;

namespace tpf::gui {

QPalette lightPalette();
QPalette darkPalette();

// Applies to the running QApplication. Call once at start-up (before any window, so the system
// style and palette can be remembered) and again whenever the choice changes.
void applyTheme(settings::Theme theme);

// The palette the theme gives `widget` (the application palette for its class; style sheets do
// not change it), for colours that are baked into style sheets or HTML.
QPalette themePalette(const QWidget* widget);

// Calls `apply` now and again whenever `widget`'s palette or style changes (a theme switch at run
// time). The helper lives as a child of `widget`; `apply` must be idempotent.
void followPalette(QWidget* widget, std::function<void()> apply);
// Sets the style sheet only when it differs (setting one causes palette and style changes).
void setStyleSheetIfChanged(QWidget* widget, const QString& sheet);

} // namespace tpf::gui
