"""Lock on idle, and on the operating system suspending the app.

Detectable through Qt: keyboard, mouse, wheel and touch input in our windows, and
``applicationStateChanged`` reaching ``Qt.ApplicationSuspended`` (sent on mobile platforms and
by some desktop platform plugins before sleep). Not detectable through Qt: the OS screen lock
(``screen_lock.py`` listens for it through each platform's own channel) and laptop sleep on most
desktop plugins — after such a pause the idle timer still fires on wake-up, because it measures
elapsed monotonic time rather than counting ticks. Ctrl+L locks at once, from any window of the
app (the shell filters the key application-wide); minimising the main window locks too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

Seconds = Callable[[], float]

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Emits ``lockRequested`` after ``idle_minutes()`` without input, or when the app is
    suspended. ``clock`` (monotonic seconds) and ``check_interval_ms`` are injectable for tests."""

    lockRequested = Signal()

    def __init__(
        self,
        idle_minutes: Callable[[], int],
        *,
        clock: Seconds = time.monotonic,
        check_interval_ms: int = 5_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_minutes = idle_minutes
        self._clock = clock
        self._last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if hasattr(app, "applicationStateChanged"):
                app.applicationStateChanged.connect(self._on_state)

    def arm(self) -> None:
        """Start watching (a vault was unlocked)."""
        self._armed = True
        self._last_input = self._clock()
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        if not self._armed:
            return
        if self._clock() - self._last_input >= self._idle_minutes() * 60:
            self.disarm()
            self.lockRequested.emit()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if self._armed and state == Qt.ApplicationState.ApplicationSuspended:
            self.disarm()
            self.lockRequested.emit()
