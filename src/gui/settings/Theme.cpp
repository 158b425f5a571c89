#include "settings/Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <vector>

namespace tpf::gui {
namespace {

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText,
        link, linkVisited, toolTipBase, toolTipText, placeholder, disabledText, mid, dark, light, shadow;
};

QPalette build(const Colours& c) {
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.light);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

// What the app started with, for "System".
struct SystemLook {
    QString style;
    QPalette palette;
};

SystemLook& systemLook() {
    static SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                           QApplication::palette()};
    return look;
}

// Re-applies palette-derived colours when the theme changes. A widget with its own style sheet
// keeps the palette the sheet gave it (no PaletteChange when the application palette changes), so
// the application's own ApplicationPaletteChange is what counts; the widget's PaletteChange and
// StyleChange catch palettes set on the widget or an ancestor.
class PaletteFollower : public QObject {
public:
    PaletteFollower(QWidget* widget, std::function<void()> apply)
        : QObject(widget), apply_(std::move(apply)) {
        setObjectName(QStringLiteral("paletteFollower"));
        widget->installEventFilter(this);
        run();
    }
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
            run();
        return false;
    }
    void run() {
        if (running_)
            return; // the style sheet it sets sends these events again
        running_ = true;
        apply_();
        running_ = false;
    }

private:
    std::function<void()> apply_;
    bool running_ = false;
};

// One filter on the application object for all followers: it sees the application's palette
// change once and runs every follower still alive.
class PaletteFollowers : public QObject {
public:
    static PaletteFollowers& instance() {
        static QPointer<PaletteFollowers> self;
        if (!self) {
            self = new PaletteFollowers(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(self);
        }
        return *self;
    }
    void add(PaletteFollower* f) {
        followers_.erase(std::remove_if(followers_.begin(), followers_.end(),
                                        [](const QPointer<PaletteFollower>& p) { return p.isNull(); }),
                         followers_.end());
        followers_.emplace_back(f);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
            runAll();
        return false;
    }
    void runAll() {
        const auto copy = followers_;
        for (const QPointer<PaletteFollower>& f : copy)
            if (f)
                f->run();
    }

private:
    using QObject::QObject;
    std::vector<QPointer<PaletteFollower>> followers_;
};

} // namespace

QPalette lightPalette() {
    // Text on base is about 16:1, disabled text still about 4.6:1 on the window colour.
    return build({QColor(0xf3, 0xf1, 0xee), QColor(0x1f, 0x1f, 0x1f), Qt::white, QColor(0xf6, 0xf4, 0xf1),
                  QColor(0x1f, 0x1f, 0x1f), QColor(0xe9, 0xe6, 0xe2), QColor(0x1f, 0x1f, 0x1f),
                  QColor(0x1f, 0x6f, 0x6b), Qt::white, QColor(0x1a, 0x5e, 0x9a), QColor(0x6a, 0x3d, 0x9a),
                  QColor(0xff, 0xfb, 0xe6), QColor(0x1f, 0x1f, 0x1f), QColor(0x75, 0x70, 0x6b),
                  QColor(0x6e, 0x6a, 0x66), QColor(0xb8, 0xb3, 0xad), QColor(0x8c, 0x87, 0x82), Qt::white,
                  QColor(0x5a, 0x56, 0x52)});
}

QPalette darkPalette() {
    // Light text on dark grey (about 12:1); links and highlight lightened for contrast.
    return build({QColor(0x2b, 0x2b, 0x2d), QColor(0xe8, 0xe6, 0xe3), QColor(0x1e, 0x1e, 0x20),
                  QColor(0x27, 0x27, 0x2a), QColor(0xe8, 0xe6, 0xe3), QColor(0x3a, 0x3a, 0x3d),
                  QColor(0xe8, 0xe6, 0xe3), QColor(0x2f, 0x8f, 0x8a), Qt::white, QColor(0x7c, 0xc4, 0xff),
                  QColor(0xc3, 0x9b, 0xf0), QColor(0x3a, 0x3a, 0x3d), QColor(0xe8, 0xe6, 0xe3),
                  QColor(0x9a, 0x96, 0x92), QColor(0x8a, 0x87, 0x84), QColor(0x55, 0x55, 0x59),
                  QColor(0x1a, 0x1a, 0x1c), QColor(0x4a, 0x4a, 0x4e), QColor(0x0c, 0x0c, 0x0d)});
}

QPalette themePalette(const QWidget* widget) { return QApplication::palette(widget); }

void followPalette(QWidget* widget, std::function<void()> apply) {
    PaletteFollowers::instance().add(new PaletteFollower(widget, std::move(apply)));
}

void setStyleSheetIfChanged(QWidget* widget, const QString& sheet) {
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

void applyTheme(settings::Theme theme) {
    const SystemLook& look = systemLook(); // remembered on the first call
    switch (theme) {
    case settings::Theme::System:
        if (!look.style.isEmpty() && QApplication::style()->name() != look.style)
            QApplication::setStyle(QStyleFactory::create(look.style));
        QApplication::setPalette(look.palette);
        break;
    case settings::Theme::Light:
    case settings::Theme::Dark:
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == settings::Theme::Dark ? darkPalette() : lightPalette());
        break;
    }
    QToolTip::setPalette(QApplication::palette());
    // Widgets with colours derived from the palette follow (also those whose style sheet froze
    // their own palette).
    PaletteFollowers::instance().runAll();
}

} // namespace tpf::gui
