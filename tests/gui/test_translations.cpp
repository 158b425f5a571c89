// The German UI translation is complete: every message of resources/translations/tpfinder_de.ts
// is translated (no "unfinished", no empty translation), and the embedded .qm is found at run time
// under the contexts the code uses.
#include "settings/Language.h"

#include <QBuffer>
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

struct TsScan {
    int messages = 0;
    std::vector<Untranslated> missing;
    QString error; // XML error, empty when the file parsed
};

// Every message of a Qt Linguist .ts file that has no usable translation: marked unfinished, empty
// (or only blanks), a plural form left empty, or no <translation> element at all.
TsScan scanTs(QIODevice& device) {
    TsScan out;
    QXmlStreamReader xml(&device);
    QString context, source;
    bool numerus = false, inMessage = false, translated = false;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!translated)
                out.missing.push_back({context, source});
            inMessage = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++out.messages;
            inMessage = true;
            translated = false;
            source.clear();
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
                    empty = empty || xml.readElementText().trimmed().isEmpty();
                }
                empty = empty || forms == 0;
            } else {
                empty = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty();
            }
            translated = !empty && type != QLatin1String("unfinished") && type != QLatin1String("vanished") &&
                         type != QLatin1String("obsolete");
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

} // namespace

TEST_CASE("translations: the completeness check catches every kind of missing translation",
          "[translations]") {
    QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>tpf::gui::Demo</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Unfertig</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>  </translation>
    </message>
    <message>
        <source>No translation element</source>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Haltephase</numerusform>
            <numerusform>%n Haltephasen</numerusform>
        </translation>
    </message>
</context>
</TS>
)";
    QBuffer buffer(&ts);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const TsScan scan = scanTs(buffer);
    REQUIRE(scan.error.isEmpty());
    CHECK(scan.messages == 6);
    QStringList missing;
    for (const auto& m : scan.missing) {
        CHECK(m.context == QStringLiteral("tpf::gui::Demo"));
        missing << m.source;
    }
    CHECK(missing == QStringList{QStringLiteral("Unfinished"), QStringLiteral("Empty"),
                                 QStringLiteral("No translation element"), QStringLiteral("%n point(s)")});
}

TEST_CASE("translations: every UI text has a German translation in tpfinder_de.ts", "[translations]") {
    QFile file(QStringLiteral(TPF_SOURCE_DATA_DIR "/../resources/translations/tpfinder_de.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const TsScan scan = scanTs(file);
    INFO(scan.error.toStdString());
    REQUIRE(scan.error.isEmpty());
    CHECK(scan.messages > 100);
    std::string list;
    for (const auto& m : scan.missing)
        list += "  " + m.context.toStdString() + ": " + m.source.toStdString() + "\n";
    INFO(scan.missing.size() << " of " << scan.messages << " untranslated:\n" << list);
    CHECK(scan.missing.empty());
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
