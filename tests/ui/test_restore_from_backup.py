"""Issue 14: the locked window restores a vault from an encrypted backup through the CLI's own
restore service; the restored vault unlocks with its participants, and bad input (a wrong
passphrase, a file that is no backup, a folder that already holds a vault) is refused in one
plain line with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, open_vault
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.shell import Shell
from exitdesk.ui.vault import restore_dialog
from exitdesk.ui.vault.restore_dialog import RestoreDialog
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE, make_vault, unlock

ALIASES = ("Kettu", "Ilves")


def _backup_of_a_vault(vaults_root: Path, tmp_path: Path) -> Path:
    """A real vault with two participants and its backup, written by the backup service."""
    folder = make_vault(vaults_root)
    target = tmp_path / "backups" / "exitdesk-backup.bin"
    target.parent.mkdir()
    with open_vault(folder, PASSPHRASE, Options(kdf=KdfParams.FLOOR)) as session:
        for alias in ALIASES:
            session.add_participant(alias)
        assert session.backup(target)
    return target


def _open_restore(
    qtbot: QtBot, shell: Shell, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> RestoreDialog:
    monkeypatch.setattr(restore_dialog, "_choose_backup", lambda *_args: backup)
    shell.start()
    window = shell.unlock_window
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.restore_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.restore_button.isEnabled()  # nothing chosen or typed yet
    qtbot.mouseClick(dialog.browse_backup, Qt.MouseButton.LeftButton)
    assert dialog.backup_file.text() == str(backup)
    return dialog


def _error_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def _refused(qtbot: QtBot, dialog: RestoreDialog, passphrase: str) -> str:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _error_box() is not None, timeout=10_000)
    box = _error_box()
    assert box is not None
    text = box.text()
    box.close()
    assert dialog.isVisible()
    return text


def test_a_backup_is_restored_and_the_restored_vault_unlocks(
    qtbot: QtBot,
    shell: Shell,
    vaults_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = _backup_of_a_vault(vaults_root, tmp_path)
    dialog = _open_restore(qtbot, shell, backup, monkeypatch)
    target = vaults_root / "restored"
    assert Path(dialog.folder.text()) == target  # a new folder beside the others, to confirm
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=15_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    window = shell.unlock_window
    assert window.selected_vault() == target
    said = window.message.text()
    assert "restored" in said and str(target) in said and "\n" not in said
    session = unlock(qtbot, shell)
    assert session.directory == target
    assert session.count(ParticipantQuery()) == len(ALIASES)


def test_a_wrong_passphrase_says_so_and_writes_nothing(
    qtbot: QtBot,
    shell: Shell,
    vaults_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = _backup_of_a_vault(vaults_root, tmp_path)
    dialog = _open_restore(qtbot, shell, backup, monkeypatch)
    target = Path(dialog.folder.text())
    assert _refused(qtbot, dialog, "not the right passphrase") == "the passphrase is wrong"
    assert not target.exists()
    assert sorted(p.name for p in vaults_root.iterdir()) == ["default"]


def test_no_backup_and_an_existing_vault_are_refused_plainly(
    qtbot: QtBot,
    shell: Shell,
    vaults_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = _backup_of_a_vault(vaults_root, tmp_path)
    dialog = _open_restore(qtbot, shell, backup, monkeypatch)
    # Restoring over the vault the backup came from: the service refuses a folder in use.
    existing = vaults_root / "default"
    before = sorted(p.name for p in existing.iterdir())
    dialog.folder.setText(str(existing))
    said = _refused(qtbot, dialog, PASSPHRASE)
    assert said == "the folder is not empty; restore into an empty or new folder"
    assert sorted(p.name for p in existing.iterdir()) == before

    not_a_backup = tmp_path / "backups" / "notes.bin"
    not_a_backup.write_bytes(b"just some bytes, not a backup at all")
    dialog.backup_file.setText(str(not_a_backup))
    dialog.folder.setText(str(vaults_root / "restored"))
    said = _refused(qtbot, dialog, PASSPHRASE)
    assert said == "the backup file is damaged or not an ExitDesk backup; nothing was restored"
    assert not (vaults_root / "restored").exists()
