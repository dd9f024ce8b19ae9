"""The missing actions of issue 14, through the real window: Escape closes a participant,
a participant can be deleted, and the File menu offers import, export, backup, a passphrase
change and a rekey, each through the CLI's own services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, open_vault, restore_vault
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui import vault_actions
from exitdesk.ui.shell import Shell
from exitdesk.ui.vault_actions import ChangePassphraseDialog
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE, make_vault, unlock

NEW_PASSPHRASE = "quiet orchard seven kettles"


def _open_participant(qtbot: QtBot, shell: Shell, alias: str = "Kettu") -> int:
    session = shell.session
    assert session is not None
    pid = session.add_participant(alias).id
    assert pid is not None
    window = shell.main_window
    window.participants.open_participant(pid)
    view = window.participants.detail
    assert view is not None
    qtbot.waitUntil(lambda: view.participant() is not None, timeout=5_000)
    return pid


def _box_with(text: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and text in widget.text():
            return widget
    return None


def test_escape_closes_the_participant_view(qtbot: QtBot, shell: Shell, vaults_root: Path) -> None:
    make_vault(vaults_root)
    shell.start()
    unlock(qtbot, shell)
    _open_participant(qtbot, shell)
    window = shell.main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.participants.detail
    assert view is not None
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_Escape)
    assert window.participants.detail is None


def test_a_participant_is_deleted_after_confirmation(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.start()
    session = unlock(qtbot, shell)
    _open_participant(qtbot, shell)
    view = shell.main_window.participants.detail
    assert view is not None
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = view.confirm_delete
    assert box is not None and "Kettu" in box.text()
    delete = next(b for b in box.buttons() if "Delete" in b.text())
    delete.click()
    qtbot.waitUntil(lambda: shell.main_window.participants.detail is None, timeout=5_000)
    assert session.count(ParticipantQuery()) == 0


def test_the_file_menu_backs_up_changes_the_passphrase_and_rekeys(
    qtbot: QtBot, shell: Shell, vaults_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault(vaults_root)
    shell.start()
    session = unlock(qtbot, shell)
    session.add_participant("Kettu")
    window = shell.main_window
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    for wanted in ("Import bundle…", "Export participant…", "Back up vault…",
                   "Change passphrase…", "Re-encrypt vault…"):  # fmt: skip
        assert wanted in texts

    backup = tmp_path / "backup.bin"
    monkeypatch.setattr(vault_actions, "_choose_backup", lambda *_args: backup)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: _box_with("backup.bin") is not None, timeout=10_000)
    options = Options(kdf=KdfParams.FLOOR, state_dir=tmp_path / "restore-state")
    restore_vault(backup, tmp_path / "restored", options)
    with open_vault(tmp_path / "restored", PASSPHRASE, options) as restored:
        assert restored.count(ParticipantQuery()) == 1

    window.passwd_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    box = vault_actions.rekey_vault(window, session, shell.runner)
    next(b for b in box.buttons() if "Re-encrypt" in b.text()).click()
    qtbot.waitUntil(lambda: _box_with("recovery code") is not None, timeout=15_000)
    shown = _box_with("recovery code")
    assert shown is not None
    assert sum(ch.isdigit() for ch in shown.text()) >= 48

    shell.lock()
    unlock(qtbot, shell, NEW_PASSPHRASE)
    assert shell.session is not None and shell.session.count(ParticipantQuery()) == 1
