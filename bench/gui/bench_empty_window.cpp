// The baseline for tpfinder's start-up time: an empty QMainWindow that, like
// `tpfinder --quit-after-startup`, exits right after its first paint, and reports the time from
// launch to that paint the same way (app/LaunchClock.h).
// With --label the window shows one line of text (a QLabel as its central widget): the least any
// window with text pays on top of an empty one, for fontconfig's set-up and loading a font.
#include "app/LaunchClock.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstring>

namespace {

class FirstPaintQuit : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // As in tpfinder: after the backing-store sync has painted and flushed.
            QTimer::singleShot(0, [] {
                tpf::gui::reportFirstPaintSinceLaunch();
                QApplication::exit(0);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1320, 840);
    if (argc > 1 && std::strcmp(argv[1], "--label") == 0)
        window.setCentralWidget(new QLabel(QStringLiteral("Where does it hurt?")));
    FirstPaintQuit hook;
    window.installEventFilter(&hook);
    window.show();
    return app.exec();
}
