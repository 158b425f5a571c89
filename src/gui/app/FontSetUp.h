#pragma once
// Font set-up ahead of the first text (start-up time, main.cpp).

#include <QString>

namespace tpf::gui {

// Qt's name for its generic sans-serif family: the application font when no desktop theme names
// one (a bare X11 or offscreen session).
inline constexpr const char* kQtGenericSansFamily = "Sans Serif";

// fontconfig's set-up (its configuration files and font caches, about 9 ms), then the family its
// matching picks for kQtGenericSansFamily, the one Qt would end up with: a scalable TrueType or CFF
// font, else empty. Thread-safe, and needs no QApplication: main() runs it on the data's loading
// thread. Empty without fontconfig.
QString setUpFontconfig();

// When the application font is kQtGenericSansFamily, names `family` (setUpFontconfig()'s answer)
// instead: the same font, found at once, where Qt's font matching would first fail on the generic
// name and then ask fontconfig for the whole sorted fallback list (about 1.5 ms before the first
// text). A theme's font, or an empty `family`, stays. Returns whether the font changed.
bool useMatchedGenericFamily(const QString& family);

} // namespace tpf::gui
