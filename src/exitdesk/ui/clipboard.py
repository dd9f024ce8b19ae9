"""Copy to the clipboard with an automatic clear, the way a password manager does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


class SecureClipboard(QObject):
    """Puts text on the clipboard and clears it after ``timeout_seconds()`` — but only if the
    clipboard still holds what we put there, so a worker's own later copy is left alone."""

    def __init__(self, timeout_seconds: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_seconds = timeout_seconds
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    @staticmethod
    def _board() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        # Asks KDE's clipboard history (Klipper) not to keep it.
        data.setData("x-kde-passwordManagerHint", b"secret")
        self._board().setMimeData(data)
        self._ours = text
        self._timer.start(self._timeout_seconds() * 1000)

    @property
    def pending(self) -> bool:
        return self._ours is not None

    def clear(self) -> None:
        """Clear now (on lock and on timeout) if the clipboard still holds our text."""
        self._timer.stop()
        if self._ours is not None and self._board().text() == self._ours:
            self._board().clear()
        self._ours = None
