// The German UI translation is complete: every message of resources/translations/tpfinder_de.ts
// is translated (no "unfinished", no empty translation), and the embedded .qm is found at run time
// under the contexts the code uses.
#include "settings/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {

struct Untranslated {
    QString context;
    QString source;
};

} // namespace

TEST_CASE("translations: every UI text has a German translation in tpfinder_de.ts", "[translations]") {
    QFile file(QStringLiteral(TPF_SOURCE_DATA_DIR "/../resources/translations/tpfinder_de.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    int messages = 0;
    std::vector<Untranslated> missing;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            bool empty = false;
            if (numerus) {
                int forms = 0;
                while (xml.readNextStartElement()) {
                    ++forms;
                    empty = empty || xml.readElementText().isEmpty();
                }
                empty = empty || forms == 0;
            } else {
                empty = xml.readElementText().isEmpty();
            }
            if (type == QLatin1String("unfinished") || empty)
                missing.push_back({context, source});
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 100);
    std::string list;
    for (const auto& m : missing)
        list += "  " + m.context.toStdString() + ": " + m.source.toStdString() + "\n";
    INFO(missing.size() << " of " << messages << " untranslated:\n" << list);
    CHECK(missing.empty());
}

TEST_CASE("translations: the embedded German catalogue translates texts under the contexts the code uses",
          "[translations]") {
    CHECK(tpf::gui::uiTranslations().contains(QStringLiteral("de")));
    QTranslator de;
    REQUIRE(de.load(QStringLiteral(":/i18n/tpfinder_de.qm")));
    CHECK(de.translate("tpf::gui::MainWindow", "&File") == QStringLiteral("&Datei"));
    CHECK(de.translate("tpf::gui::PreferencesDialog", "Preferences") == QStringLiteral("Einstellungen"));
    // A wrapper context (DetailText.cpp translates as DetailPane).
    CHECK_FALSE(de.translate("tpf::gui::DetailPane", "How to find it").isEmpty());
}
