// The baseline for tpfinder's start-up time: an empty QMainWindow that, like
// `tpfinder --quit-after-startup`, exits right after its first paint.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {

class FirstPaintQuit : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, [] { QApplication::exit(0); });
        }
        return false;
    }
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1320, 840);
    FirstPaintQuit hook;
    window.installEventFilter(&hook);
    window.show();
    return app.exec();
}
