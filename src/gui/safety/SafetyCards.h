#pragma once
// The read-only parts of the safety review: danger zones, point cautions, the reasons behind an
// outcome and the outcome banner. All wording except headings comes from data/safety.json and the
// muscle database. How loud a card is follows the data: an emergency red flag is the strongest,
// a danger zone is amber and steady, an ok outcome is quiet.

#include "core/safety/evaluate.h"

#include <QPalette>
#include <QString>

class QFrame;
class QLabel;
class QWidget;

namespace tpf::gui::safetyui {

// The review's style sheet with colours derived from `palette` (the dialog re-applies it when
// the theme changes).
QString styleSheet(const QPalette& palette);

QLabel* label(const QString& text, const QString& objectName, const QString& role, QWidget* parent);
QLabel* heading(const QString& text, const QString& objectName, QWidget* parent);

QFrame* dangerZoneCard(const safety::DangerZoneNotice& notice, QWidget* parent);
QFrame* pointCautionsCard(const safety::PointCautions& cautions, QWidget* parent);
QFrame* reasonCard(const safety::Reason& reason, QWidget* parent);
QFrame* excludedPointCard(const safety::ExcludedPoint& excluded, const QString& ruleText, QWidget* parent);
QFrame* dangerZoneReminder(const safety::Outcome& outcome, QWidget* parent); // "dangerReminder"
QFrame* outcomeBanner(const safety::Outcome& outcome, QWidget* parent);

QString objectKey(const safety::PointRef& point); // "upper_trapezius.1/right"

} // namespace tpf::gui::safetyui
