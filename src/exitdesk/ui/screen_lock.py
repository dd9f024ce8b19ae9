"""Lock the vault when the operating system locks the screen, where the platform tells us.

What each platform gives (Qt itself has no screen-lock signal):

- Linux/BSD desktops: the session D-Bus. ``org.freedesktop.ScreenSaver`` (KDE, Xfce, most
  others) and ``org.gnome.ScreenSaver`` (GNOME) emit ``ActiveChanged(bool)`` when the screen
  locker starts; we listen through QtDBus. Without a session bus (a bare X server, SSH) nothing
  arrives, and the idle lock is the only guard.
- Windows: ``WTSRegisterSessionNotification`` makes the window receive ``WM_WTSSESSION_CHANGE``
  with ``WTS_SESSION_LOCK`` (Win+L, fast user switching); we read it in a native event filter.
- macOS: the lock is announced only as the distributed notification
  ``com.apple.screenIsLocked``, reachable from Cocoa (PyObjC), which ExitDesk does not ship; so
  on macOS the idle lock and the lock on minimise stand in for it.

``screenLocked`` fires once per lock; the shell connects it to its lock.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)

log = logging.getLogger("exitdesk.ui")

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

DBUS_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


def is_session_lock_message(message: int, wparam: int) -> bool:
    """Whether a Windows window message says this session's screen was locked."""
    return message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: ScreenLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) == b"windows_generic_MSG" and message:
            # MSG: hwnd, message (UINT), wParam, lParam, ...; read through ctypes.
            msg = ctypes.cast(int(message), ctypes.POINTER(_Msg)).contents
            if is_session_lock_message(int(msg.message), int(msg.wParam or 0)):
                self._watcher.report_locked()
        return False, 0


class _Msg(ctypes.Structure):
    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class ScreenLockWatcher(QObject):
    """Listens where the platform allows; ``mechanism`` says which (for About and the log)."""

    screenLocked = Signal()

    def __init__(self, parent: QObject | None = None, *, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.mechanism = "none"
        self._filter: _WindowsFilter | None = None
        if platform.startswith("win"):
            self._filter = _WindowsFilter(self)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._filter)
                self.mechanism = "windows-session"
        elif platform != "darwin":
            self._listen_on_dbus()

    def register_window(self, win_id: int) -> None:
        """Windows sends session changes only to windows that ask for them."""
        if self.mechanism != "windows-session":
            return
        try:
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), NOTIFY_FOR_THIS_SESSION)
        except (AttributeError, OSError) as exc:
            log.warning("no session notifications: %s", type(exc).__name__)

    def _listen_on_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus is missing from some PySide6 builds
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in DBUS_SCREENSAVERS:
            slot = "_active_changed(bool)"
            if bus.connect(service, path, service, "ActiveChanged", self, slot):  # type: ignore[call-overload]
                self.mechanism = "dbus-screensaver"

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.report_locked()

    def report_locked(self) -> None:
        self.screenLocked.emit()
