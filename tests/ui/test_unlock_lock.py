"""Unlocking through the real unlock screen, the recovery-code path, and every way of locking:
idle (injected clock), Ctrl+L; locking empties every view and the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, create_vault
from exitdesk.ui.shell import Shell
from exitdesk.ui.vault.recovery_dialog import RecoveryDialog
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE, WORKER, IdleClock, make_vault, unlock

LEFT = Qt.MouseButton.LeftButton


def _vault_with_participants(vaults_root: Path, count: int = 3) -> Path:
    created = create_vault(
        vaults_root / "default", PASSPHRASE, WORKER, Options(kdf=KdfParams.FLOOR)
    )
    with created.session as session:
        for number in range(count):
            session.add_participant(f"Alias {number}")
    return vaults_root / "default"


def test_wrong_passphrase_says_so_then_right_one_opens(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.start()
    window = shell.unlock_window
    assert window.isVisible() and shell.wizard is None
    assert window.selected_vault() == vaults_root / "default"

    qtbot.keyClicks(window.passphrase, "not the passphrase at all")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert not window.passphrase.isEnabled()  # the "please wait" state while the task runs
    assert window.wait_bar.isVisible()
    qtbot.waitUntil(lambda: window.passphrase.isEnabled(), timeout=10_000)
    assert "does not open this vault" in window.message.text()
    assert shell.session is None and not shell.main_window.isVisible()

    window.passphrase.clear()
    session = unlock(qtbot, shell)
    assert not session.is_locked
    assert shell.main_window.isVisible() and not window.isVisible()
    assert window.passphrase.text() == ""


def test_idle_lock_clears_views_and_clipboard(
    qtbot: QtBot, shell: Shell, vaults_root: Path, idle_clock: IdleClock
) -> None:
    _vault_with_participants(vaults_root)
    shell.start()
    session = unlock(qtbot, shell)
    window = shell.main_window
    model = window.participants.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5_000)
    qtbot.waitUntil(lambda: window.audit.model.rowCount() > 0, timeout=5_000)
    shell.clipboard.copy("Alias 1")
    assert QGuiApplication.clipboard().text() == "Alias 1"

    # Input keeps the vault open: 4 idle minutes, a key press, 4 more minutes.
    idle_clock.advance(4 * 60)
    qtbot.keyClick(window.participants.search, Qt.Key.Key_Shift)
    idle_clock.advance(4 * 60)
    qtbot.wait(150)
    assert shell.session is session

    with qtbot.waitSignal(shell.locked, timeout=2_000):
        idle_clock.advance(61)
    # The views are emptied at once; the vault closes on the worker thread right after.
    qtbot.waitUntil(lambda: session.is_locked, timeout=2_000)
    assert model.rowCount() == 0 and model.total == 0
    assert window.audit.model.rowCount() == 0
    assert not window.isVisible()
    assert shell.unlock_window.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert "Alias" not in window.windowTitle()


def test_ctrl_l_locks_and_unlock_again_shows_data(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    _vault_with_participants(vaults_root, count=2)
    shell.start()
    unlock(qtbot, shell)
    window = shell.main_window
    qtbot.waitUntil(lambda: window.participants.model.rowCount() == 2, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)

    # Keyboard: select the first row and press Enter to open the participant's view.
    table = window.participants.table
    table.setFocus()
    table.setCurrentIndex(window.participants.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    detail = window.participants.detail
    assert detail is not None and window.participants.stack.currentWidget() is detail

    with qtbot.waitSignal(shell.locked, timeout=2_000):
        qtbot.keyClick(detail, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.participants.detail is None
    assert window.participants.stack.count() == 1
    assert window.participants.model.rowCount() == 0

    unlock(qtbot, shell)
    qtbot.waitUntil(lambda: window.participants.model.rowCount() == 2, timeout=5_000)


def test_clipboard_clears_after_timeout_only_if_unchanged(qtbot: QtBot, shell: Shell) -> None:
    board = QGuiApplication.clipboard()
    shell.clipboard._timeout_seconds = lambda: 0  # type: ignore[method-assign]
    shell.clipboard.copy("secret text")
    qtbot.waitUntil(lambda: board.text() == "", timeout=2_000)
    shell.clipboard.copy("secret text")
    board.setText("the worker's own copy")
    qtbot.wait(50)
    assert board.text() == "the worker's own copy"


def test_recovery_code_opens_vault_with_new_passphrase(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    created = create_vault(
        vaults_root / "default", PASSPHRASE, WORKER, Options(kdf=KdfParams.FLOOR)
    )
    code = created.recovery_code
    created.session.lock()
    shell.start()
    qtbot.mouseClick(shell.unlock_window.recovery_button, LEFT)
    dialog = shell.unlock_window.findChild(RecoveryDialog)
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.code, "123456-" * 7 + "123456")
    new = "quiet meadow seventeen kites"
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.confirm, new)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.message.text()) and dialog.code.isEnabled(), timeout=10_000)
    assert "recovery code" in dialog.message.text()
    assert shell.session is None

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code)
    with qtbot.waitSignal(shell.unlocked, timeout=10_000):
        qtbot.mouseClick(ok, LEFT)
    shell.lock()
    unlock(qtbot, shell, new)


def test_the_open_vault_checks_consent_expiry_periodically(
    qtbot: QtBot, shell: Shell, vaults_root: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    make_vault(vaults_root)
    shell.start()
    session = unlock(qtbot, shell)
    assert shell.expiry.isActive() and shell.expiry.interval() == 10 * 60 * 1000
    calls: list[int] = []
    original = session.exchange.purge_expired_consents

    def counted():  # type: ignore[no-untyped-def]
        calls.append(1)
        return original()

    monkeypatch.setattr(session.exchange, "purge_expired_consents", counted)
    shell.expiry.setInterval(30)
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=5_000)
    shell.lock()
    assert not shell.expiry.isActive()
