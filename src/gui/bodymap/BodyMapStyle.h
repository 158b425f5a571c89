#pragma once
// The body map's colours, in one place so the chart stays consistent (and reviewable).

#include <QColor>

namespace tpf::gui::style {

inline const QColor page{255, 255, 255};
inline const QColor skin{245, 226, 211};
inline const QColor outline{122, 88, 70};
inline const QColor partLine{160, 122, 100, 120};
inline const QColor regionLine{120, 90, 72, 60};

inline const QColor hoverFill{255, 214, 102, 120};
inline const QColor hoverOnSelected{255, 240, 200, 90};
inline const QColor selectedFill{244, 128, 36, 150};
inline const QColor selectedLine{214, 92, 16};

inline const QColor primaryFill{200, 32, 36, 205};
inline const QColor spilloverFill{226, 70, 60, 45};
inline const QColor spilloverHatch{196, 30, 36, 200};
inline const QColor marker{40, 20, 20};
inline const QColor markerHalo{255, 255, 255, 235};

inline const QColor focus{25, 110, 210};
inline const QColor focusHalo{255, 255, 255, 220};

inline const QColor caption{70, 60, 56};
inline const QColor sideLetter{130, 112, 104};
inline const QColor legendBackground{255, 255, 255, 225};
inline const QColor legendBorder{190, 180, 175};

} // namespace tpf::gui::style
