#include "app/FontSetUp.h"

#include <QApplication>
#include <QFont>
#include <cstring>
#ifdef TPF_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace tpf::gui {

QString setUpFontconfig() {
#ifdef TPF_HAVE_FONTCONFIG
    if (FcInit() == FcFalse)
        return {};
    // The pattern Qt's fontconfig database asks with for a family's fallbacks (upright, the default
    // language added by FcDefaultSubstitute); the best match is the first of that sorted list.
    FcPattern* pattern = FcPatternCreate();
    if (pattern == nullptr)
        return {};
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(kQtGenericSansFamily));
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    FcPatternDestroy(pattern);
    if (match == nullptr)
        return {};
    QString family;
    FcChar8* name = nullptr;
    FcChar8* format = nullptr;
    FcBool scalable = FcFalse;
    // Only what Qt's font database certainly holds under that name: otherwise Qt's own search.
    if (FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch &&
        FcPatternGetBool(match, FC_SCALABLE, 0, &scalable) == FcResultMatch && scalable == FcTrue &&
        FcPatternGetString(match, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
        (std::strcmp(reinterpret_cast<const char*>(format), "TrueType") == 0 ||
         std::strcmp(reinterpret_cast<const char*>(format), "CFF") == 0))
        family = QString::fromUtf8(reinterpret_cast<const char*>(name));
    FcPatternDestroy(match);
    return family;
#else
    return {};
#endif
}

bool useMatchedGenericFamily(const QString& family) {
    QFont font = QApplication::font();
    if (family.isEmpty() || font.families().value(0) != QLatin1String(kQtGenericSansFamily))
        return false;
    font.setFamilies({family});
    QApplication::setFont(font);
    return true;
}

} // namespace tpf::gui
