#pragma once
// Shared by the theme (contrast) and accessibility audits: the widgets to audit, each filled with
// realistic content — a progress view with sample sessions, a session panel in a hold with its
// prompts — and a contrast check that measures what is really on screen.

#include "core/history/days.h"
#include "core/history/records.h"
#include "core/history/rules.h"
#include "core/loader.h"
#include "core/safety/load.h"
#include "gui/history/ProgressView.h"
#include "settings/Theme.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <filesystem>

namespace tpf::gui::themetest {

inline const history::Rules& historyRules() {
    static const history::Rules rules = [] {
        auto safety = safety::loadRulesFromFile(std::filesystem::path(TPF_SOURCE_DATA_DIR) / "safety.json");
        REQUIRE(safety.ok());
        auto r = history::loadRulesFromFile(std::filesystem::path(TPF_SOURCE_DATA_DIR) / "history.json",
                                            *safety.rules);
        REQUIRE(r.ok());
        return *r.rules;
    }();
    return rules;
}

inline const Database& tinyDatabase() {
    static const Database db = [] {
        auto r = loadDatabase(TPF_TEST_DATA_DIR "/tiny");
        REQUIRE(r.ok());
        return *r.database;
    }();
    return db;
}

// Three points: one released, one stalled (see a professional), one ended by sharp pain. Names
// from `db` and advice from `rules` (default: the tiny test database and the shipped rules).
inline void fillProgress(ProgressView& view, const Database* db = nullptr,
                         const history::Rules* rules = nullptr) {
    const int offset = QDateTime::currentDateTime().offsetFromUtc() / 60;
    const std::int64_t day0 = history::daysFromCivil({2026, 11, 1});
    history::Records records;
    std::int64_t id = 1;
    auto add = [&](int day, const history::PointRef& p, int first, int last, history::EndReason reason) {
        history::SessionRecord r;
        r.id = id++;
        r.start_ms = history::dayStartMs(day0 + day, offset) + 9 * 3'600'000LL;
        r.end_ms = r.start_ms + 10 * 60'000;
        r.end_reason = reason;
        r.points.push_back(p);
        r.holds.push_back({p, r.start_ms + 60'000, 6, first});
        r.holds.push_back({p, r.start_ms + 180'000, 5, last});
        r.phases_completed = 4;
        records.push_back(r);
    };
    const history::PointRef trap{"upper_trapezius.1", Side::Left};
    const history::PointRef temporalis{"temporalis.1", Side::Right};
    for (int d = 0; d < 8; ++d)
        add(d, trap, 7 - d, 6 - d < 1 ? 1 : 6 - d, history::EndReason::Completed);
    for (int d = 0; d < 18; d += 2)
        add(d, temporalis, 6, 5, history::EndReason::Completed);
    add(18, temporalis, 6, 6, history::EndReason::SharpPain);
    history::sortByStart(records);
    view.setDatabase(db ? db : &tinyDatabase());
    view.setHistory(records, rules ? *rules : historyRules(),
                    {history::dayStartMs(day0 + 18, offset) + 20 * 3'600'000LL, offset});
}

// The colour most pixels in `rect` have: the background the text sits on.
inline QColor dominantColour(const QImage& image, const QRect& rect) {
    QHash<QRgb, int> count;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++count[image.pixel(x, y) | 0xff000000u];
    QRgb best = 0;
    int most = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return QColor::fromRgb(best);
}

// Every visible, enabled text of `window` (labels, check boxes, radio buttons) whose colour has less
// than `minimum` contrast with the background actually painted under it (measured on a grab of the
// whole window, so card and style-sheet backgrounds count). Inline colours of rich text are checked
// too. Each finding names the widget, its text, the colours and the ratio.
inline QStringList lowContrastTexts(QWidget& window, double minimum = 4.5, int* checked = nullptr) {
    const QImage shot = window.grab().toImage();
    const double scale = double(shot.width()) / std::max(1, window.width());
    static const QRegularExpression inlineColour(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
    QStringList out;
    int n = 0;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        QString text;
        if (auto* l = qobject_cast<QLabel*>(w))
            text = l->text();
        else if (qobject_cast<QCheckBox*>(w) || qobject_cast<QRadioButton*>(w))
            text = static_cast<QAbstractButton*>(w)->text();
        else
            continue;
        if (text.trimmed().isEmpty() || !w->isVisible() || !w->isEnabled())
            continue;
        const QRect visible = w->visibleRegion().boundingRect();
        if (visible.width() < 4 || visible.height() < 4)
            continue;
        const QRect inWindow(w->mapTo(&window, visible.topLeft()) * scale, visible.size() * scale);
        const QColor bg = dominantColour(shot, inWindow);
        QList<QColor> colours{w->palette().color(w->foregroundRole())};
        for (const auto& m : inlineColour.globalMatch(text))
            colours << QColor(m.captured(1));
        for (const QColor& fg : colours) {
            ++n;
            const double ratio = contrastRatio(fg, bg);
            if (ratio < minimum)
                out << QStringLiteral("%1 \"%2\": %3 on %4 = %5:1")
                           .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                          : w->objectName(),
                                text.left(50), fg.name(), bg.name(), QString::number(ratio, 'f', 2));
        }
    }
    if (checked)
        *checked += n;
    return out;
}

} // namespace tpf::gui::themetest
