#pragma once
// Shared helpers for the widget tests: the fixture data, finding widgets, clicking regions.

#include "app/AppContext.h"
#include "bodymap/BodyMapWidget.h"

#include <QPoint>
#include <QSettings>
#include <QWidget>
#include <catch2/catch.hpp>
#include <string_view>

namespace tpf::gui::test {

// The fixture context (tests/gui/data), loaded once.
AppContext& fixture();
const Database& db();
std::size_t region(std::string_view concreteId); // fails the test when unknown
std::size_t triggerPoint(std::string_view id);

// A point well inside the region, in the map's coordinates (the same interior point the map
// uses for keyboard navigation).
QPoint pointIn(const BodyMapWidget& map, std::size_t region);

template <class T> T* child(QWidget* parent, const char* objectName) {
    T* w = parent->findChild<T*>(QString::fromLatin1(objectName));
    INFO("no child named " << objectName);
    REQUIRE(w != nullptr);
    return w;
}

// Every test starts from empty (test-mode) settings.
void clearSettings();

// A file's bytes, and writing them (replacing the file); either fails the test when it cannot.
QByteArray readFileBytes(const QString& path);
void writeFileBytes(const QString& path, const QByteArray& bytes);

} // namespace tpf::gui::test
