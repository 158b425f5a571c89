#pragma once
// The D-Bus session bus connection, made ahead (issue #4, start-up time).
//
// Qt's accessibility bridge connects to the session bus the first time a widget reports a change
// (QAccessible::isActive()), and the GUI thread waits while the connection is made: a socket and an
// authentication round trip on a desktop, or, with no session bus address, libdbus starting
// dbus-launch and waiting for it to give up. Either way a few milliseconds of the start-up. Called on
// a thread right after QApplication exists, connectSessionBus() makes that connection while the GUI
// thread sets up the fonts; the bridge then finds it made: QDBusConnection is thread-safe and the
// session bus connection is one shared object (Qt's "qt_default_session_bus").

namespace tpf::gui {

// Blocks until the session bus connection is made or has failed. Needs a QCoreApplication; safe on
// any thread.
void connectSessionBus();

} // namespace tpf::gui
