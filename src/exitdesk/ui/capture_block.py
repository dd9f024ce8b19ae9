"""Keeping ExitDesk's windows out of screenshots, screen recordings and screen sharing.

Windows: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`` (Windows 10 2004 and later;
the window shows as black or not at all in captures). macOS: the window's ``sharingType`` set to
``NSWindowSharingNone`` through the Objective-C runtime (Qt's ``winId()`` is the ``NSView``).
X11 and Wayland have no such control: any client may read the screen, so we say so.
The platform calls sit behind ``NativeCapture`` so tests replace them; docs/screen-capture.md
says how to check the real thing."""

from __future__ import annotations

import ctypes
import logging
import sys
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from exitdesk.ui.settings import SCREEN_CAPTURE_BLOCK, Settings

log = logging.getLogger("exitdesk.ui")

WDA_NONE = 0x00
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


class CaptureState(StrEnum):
    ACTIVE = "active"  # every window shown so far is hidden from capture
    OFF = "off"  # the worker turned it off in the settings
    UNAVAILABLE = "unavailable"  # this platform has no way to do it (X11, Wayland)
    FAILED = "failed"  # the platform refused (e.g. Windows older than 10 2004)


class NativeCapture(Protocol):
    """One platform's switch for one window; True if the platform accepted it."""

    def exclude(self, window_id: int, excluded: bool) -> bool: ...


class WindowsAffinity:
    def exclude(self, window_id: int, excluded: bool) -> bool:
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        user32.SetWindowDisplayAffinity.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
        user32.SetWindowDisplayAffinity.restype = ctypes.c_int
        affinity = WDA_EXCLUDEFROMCAPTURE if excluded else WDA_NONE
        return bool(user32.SetWindowDisplayAffinity(ctypes.c_void_p(window_id), affinity))


class MacSharingType:
    def exclude(self, window_id: int, excluded: bool) -> bool:
        objc = ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = (ctypes.c_char_p,)
        send = objc.objc_msgSend
        send.restype = ctypes.c_void_p
        send.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
        ns_window = send(ctypes.c_void_p(window_id), objc.sel_registerName(b"window"))
        if not ns_window:
            return False
        address = ctypes.cast(send, ctypes.c_void_p).value
        if address is None:
            return False
        set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(
            address
        )
        sharing = NS_WINDOW_SHARING_NONE if excluded else NS_WINDOW_SHARING_READ_ONLY
        set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), sharing)
        return True


def native_capture(platform: str = sys.platform) -> NativeCapture | None:
    """The switch this platform has, or None (X11, Wayland and anything else)."""
    if platform == "win32":
        return WindowsAffinity()
    if platform == "darwin":
        return MacSharingType()
    return None


class CaptureGuard(QObject):
    """Installed on the application: each top-level window is excluded from capture when it is
    shown, so dialogs, message boxes and menus opened later are covered too."""

    def __init__(
        self,
        settings: Settings,
        native: NativeCapture | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._native = native
        self._failed = False
        settings.changed.connect(self._setting_changed)

    @classmethod
    def for_this_platform(cls, settings: Settings, parent: QObject | None = None) -> CaptureGuard:
        return cls(settings, native_capture(), parent)

    @property
    def enabled(self) -> bool:
        return bool(self._settings.get(SCREEN_CAPTURE_BLOCK))

    def state(self) -> CaptureState:
        if self._native is None:
            return CaptureState.UNAVAILABLE
        if not self.enabled:
            return CaptureState.OFF
        return CaptureState.FAILED if self._failed else CaptureState.ACTIVE

    def describe(self) -> str:
        """One sentence for the About box."""
        sentences = {
            CaptureState.ACTIVE: QCoreApplication.translate(
                "CaptureGuard", "On: ExitDesk's windows are hidden from screenshots and sharing."
            ),
            CaptureState.OFF: QCoreApplication.translate(
                "CaptureGuard", "Off: turned off in Settings; screenshots can show ExitDesk."
            ),
            CaptureState.UNAVAILABLE: QCoreApplication.translate(
                "CaptureGuard",
                "Not available here: on X11 and Wayland any program can read the screen.",
            ),
            CaptureState.FAILED: QCoreApplication.translate(
                "CaptureGuard", "Not active: this version of the system refused the request."
            ),
        }
        return sentences[self.state()]

    def apply(self, window: QWidget) -> None:
        if self._native is None or not window.isWindow():
            return
        try:
            accepted = self._native.exclude(int(window.winId()), self.enabled)
        except (OSError, AttributeError, ValueError) as exc:
            log.warning("screen-capture block failed: %s", type(exc).__name__)
            accepted = False
        if not accepted and self.enabled:
            self._failed = True

    def apply_to_all(self) -> None:
        self._failed = False
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self.apply(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.apply(watched)
        return False

    def _setting_changed(self, key: str) -> None:
        if key == SCREEN_CAPTURE_BLOCK.key:
            self.apply_to_all()
