#include "app/SessionBus.h"

#include <QDBusConnection>

namespace tpf::gui {

void connectSessionBus() { QDBusConnection::sessionBus(); }

} // namespace tpf::gui
