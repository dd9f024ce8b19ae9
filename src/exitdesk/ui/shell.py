"""Which screen shows when: first run, unlock, the main window; and what locking means —
the session closed, every view emptied, the clipboard cleared, back to the unlock screen."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from exitdesk.app.locations import list_vaults
from exitdesk.app.options import Options
from exitdesk.ui.capture_block import CaptureGuard
from exitdesk.ui.clipboard import SecureClipboard
from exitdesk.ui.i18n import Translations
from exitdesk.ui.idle import IdleWatcher, Seconds
from exitdesk.ui.screen_lock import ScreenLockWatcher
from exitdesk.ui.settings import AUTO_LOCK_MINUTES, CLIPBOARD_SECONDS, LAST_VAULT_FOLDER, Settings
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.vault.first_run import FirstRunWizard
from exitdesk.ui.vault.unlock import UnlockWindow

if TYPE_CHECKING:
    from exitdesk.app.session import Session
    from exitdesk.ui.retention_prompt import DuePurge
    from exitdesk.ui.window import MainWindow

log = logging.getLogger("exitdesk.ui")


class Shell(QObject):
    """Owns the one session. ``locked``/``unlocked`` are for tests and the screenshot tool."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        runner: TaskRunner,
        *,
        vaults_root: Path,
        options: Options,
        idle_clock: Seconds = time.monotonic,
        idle_check_ms: int = 5_000,
        expiry_check_ms: int = 10 * 60 * 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translations = translations
        self.runner = runner
        self.vaults_root = vaults_root
        self.options = options
        self.session: Session | None = None
        self.clipboard = SecureClipboard(lambda: settings.get(CLIPBOARD_SECONDS), self)
        self.idle = IdleWatcher(
            lambda: settings.get(AUTO_LOCK_MINUTES),
            clock=idle_clock,
            check_interval_ms=idle_check_ms,
            parent=self,
        )
        self.idle.lockRequested.connect(self.lock)
        # A consent can run out while the vault stays open: what came under it is purged
        # then, not only at the next unlock.
        self.expiry = QTimer(self)
        self.expiry.setInterval(expiry_check_ms)
        self.expiry.timeout.connect(self.purge_expired)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screenLocked.connect(self.lock)
        self._lock_keys = QKeySequence("Ctrl+L")
        app = QApplication.instance()
        if app is not None:
            # Ctrl+L must lock from inside a modal dialog too, where the main window's
            # shortcut is blocked; the application filter sees every key first.
            app.installEventFilter(self)
        self.unlock_window = UnlockWindow(runner, settings, vaults_root, options=options)
        self.unlock_window.unlocked.connect(self._open)
        self.unlock_window.createRequested.connect(self.show_first_run)
        self.wizard: FirstRunWizard | None = None
        # Every top-level window, dialogs included, is kept out of screen capture when shown.
        self.capture = CaptureGuard.for_this_platform(settings, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.capture)
        # The main window (every page of an open vault) is built on first use, not before the
        # first screen: its modules and widgets are most of the start-up time.
        self._main_window: MainWindow | None = None
        self._due_purge: DuePurge | None = None

    @property
    def main_window(self) -> MainWindow:
        if self._main_window is None:
            self._build_main_window()
        assert self._main_window is not None
        return self._main_window

    @property
    def due_purge(self) -> DuePurge:
        if self._due_purge is None:
            self._build_main_window()
        assert self._due_purge is not None
        return self._due_purge

    def _build_main_window(self) -> None:
        from exitdesk.ui.retention_prompt import DuePurge
        from exitdesk.ui.window import MainWindow

        window = MainWindow(self.runner, self.settings, self.translations)
        due_purge = DuePurge(self.runner, self.settings, window)
        due_purge.previewed.connect(window.show_retention)
        due_purge.purged.connect(lambda _: self._recheck_retention())
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        if hasattr(window.exchange, "set_clipboard"):
            # One clipboard for the app, so locking clears whatever any screen copied.
            window.exchange.set_clipboard(self.clipboard)
        window.set_capture_guard(self.capture)
        self._main_window, self._due_purge = window, due_purge

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.session is not None
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self._lock_keys
        ):
            event.accept()
            # Not from inside the event's delivery: locking closes the widget receiving it.
            QTimer.singleShot(0, self.lock)
            return True
        return False

    def start(self) -> None:
        """First run when this machine has no vault yet, else the unlock screen."""
        if list_vaults(self.vaults_root) or self.settings.get(LAST_VAULT_FOLDER):
            self.show_unlock()
        else:
            self.show_first_run()

    def show_unlock(self) -> None:
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def show_first_run(self) -> None:
        if self.wizard is not None:
            self.wizard.raise_()
            return
        self.unlock_window.hide()
        wizard = FirstRunWizard(self.runner, self.vaults_root, options=self.options)
        wizard.vaultCreated.connect(self._created)
        wizard.rejected.connect(self._wizard_cancelled)
        self.wizard = wizard
        wizard.show()

    def _wizard_cancelled(self) -> None:
        self._drop_wizard()
        if list_vaults(self.vaults_root) or self.settings.get(LAST_VAULT_FOLDER):
            self.show_unlock()
        else:
            QApplication.quit()

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def _created(self, session: object) -> None:
        from exitdesk.app.session import Session

        assert isinstance(session, Session)
        self._drop_wizard()
        self.settings.set(LAST_VAULT_FOLDER, str(session.directory))
        self._open(session)

    def _open(self, session: object) -> None:
        from exitdesk.app.session import Session

        assert isinstance(session, Session)
        self.session = session
        self.unlock_window.hide()
        self.main_window.set_session(session)
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.screen_lock.register_window(int(self.main_window.winId()))
        self.idle.arm()
        self.expiry.start()
        self.due_purge.check(session)
        self.unlocked.emit()

    def purge_expired(self) -> None:
        """Ask the session to purge what was received under consents that ran out."""
        session = self.session
        if session is None:
            return
        self.runner.run(session.exchange.purge_expired_consents, owner=self,
                        on_failure=lambda exc: log.error(
                            "expiry check failed: %s", type(exc).__name__))  # fmt: skip

    def _recheck_retention(self) -> None:
        if self.session is not None and not self.session.is_locked:
            self.due_purge.check(self.session)
            self.main_window.set_session(self.session)

    def lock(self) -> None:
        """Close the vault and forget everything shown. Views are emptied at once; the vault
        closes on the worker thread after any query already running there."""
        session, self.session = self.session, None
        self.idle.disarm()
        self.expiry.stop()
        self.clipboard.clear()
        if session is None:
            return
        self.runner.cancel_all()
        self.main_window.set_session(None)
        self.main_window.hide()
        self.runner.run(session.lock, on_failure=lambda exc: log.error(
            "locking failed: %s", type(exc).__name__))  # fmt: skip
        self.show_unlock()
        self.locked.emit()

    def quit(self) -> None:
        self.lock()
        self.runner.wait_idle(timeout=30)
        QApplication.quit()

    def shutdown(self) -> None:
        """On application exit: lock, wait for the worker, close every window."""
        self.lock()
        self.runner.wait_idle(timeout=30)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.removeEventFilter(self.capture)
        self._drop_wizard()
        for window in (self.unlock_window, self._main_window):
            if window is not None:
                window.hide()
                window.deleteLater()
