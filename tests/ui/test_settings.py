"""Settings declared as data: defaults, bad stored values, the settings page driving the
idle lock, and no case data ever reaching the settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, create_vault
from exitdesk.ui.settings import (
    ALL_SETTINGS,
    AUTO_LOCK_MINUTES,
    CLIPBOARD_SECONDS,
    LANGUAGE,
    LANGUAGES,
    Settings,
)
from exitdesk.ui.shell import Shell
from exitdesk.ui.window import PAGE_SETTINGS
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE, WORKER, IdleClock, unlock


def test_defaults_and_unreadable_values(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "s.ini"
    settings = Settings.in_file(path)
    assert settings.get(AUTO_LOCK_MINUTES) == 5
    assert settings.get(CLIPBOARD_SECONDS) == 30
    assert settings.get(LANGUAGE) in LANGUAGES
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue(AUTO_LOCK_MINUTES.key, "soon")
    raw.setValue(CLIPBOARD_SECONDS.key, 100_000)
    raw.setValue(LANGUAGE.key, "xx")
    raw.sync()
    settings = Settings.in_file(path)
    assert settings.get(AUTO_LOCK_MINUTES) == 5
    assert settings.get(CLIPBOARD_SECONDS) == 30
    assert settings.get(LANGUAGE) in LANGUAGES
    changed: list[str] = []
    settings.changed.connect(changed.append)
    settings.set(AUTO_LOCK_MINUTES, 12)
    assert Settings.in_file(path).get(AUTO_LOCK_MINUTES) == 12
    assert changed == [AUTO_LOCK_MINUTES.key]
    assert all(s.translated_label() for s in ALL_SETTINGS)


def test_settings_page_changes_idle_lock_and_file_holds_no_case_data(
    qtbot: QtBot, shell: Shell, vaults_root: Path, idle_clock: IdleClock, tmp_path: Path
) -> None:
    created = create_vault(
        vaults_root / "default", PASSPHRASE, WORKER, Options(kdf=KdfParams.FLOOR)
    )
    with created.session as session:
        session.add_participant("Zorbafox", legal_name="Quintus Marblewood")
    shell.start()
    unlock(qtbot, shell)
    window = shell.main_window
    qtbot.waitUntil(lambda: window.participants.model.rowCount() == 1, timeout=5_000)
    window.show_page(PAGE_SETTINGS)
    spin = window.settings_panel.auto_lock
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    assert shell.settings.get(AUTO_LOCK_MINUTES) == 2
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert shell.settings.get(AUTO_LOCK_MINUTES) == 3

    idle_clock.advance(3 * 60 - 5)
    qtbot.wait(150)
    assert shell.session is not None
    with qtbot.waitSignal(shell.locked, timeout=2_000):
        idle_clock.advance(10)

    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "auto_lock_minutes=3" in stored
    for secret in ("Zorbafox", "Quintus", "Marblewood", WORKER.name, PASSPHRASE):
        assert secret not in stored
