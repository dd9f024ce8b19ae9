"""The screen-capture block (issue 14, missing actions): every top-level window is excluded from
capture when shown, with the platform call faked; a setting turns it off; About says which."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from exitdesk.ui.about import AboutPanel
from exitdesk.ui.capture_block import (
    CaptureGuard,
    CaptureState,
    MacSharingType,
    WindowsAffinity,
    native_capture,
)
from exitdesk.ui.settings import SCREEN_CAPTURE_BLOCK, Settings
from exitdesk.ui.settings_dialog import SettingsPanel
from exitdesk.ui.shell import Shell
from tests.ui.conftest import make_vault, unlock


@dataclass
class FakeNative:
    """Records what the platform was asked; ``accept`` is what the platform answers."""

    accept: bool = True
    calls: list[tuple[int, bool]] = field(default_factory=list)

    def exclude(self, window_id: int, excluded: bool) -> bool:
        self.calls.append((window_id, excluded))
        return self.accept


@pytest.fixture
def guarded(qapp: QApplication, settings: Settings):  # type: ignore[no-untyped-def]
    native = FakeNative()
    guard = CaptureGuard(settings, native)
    qapp.installEventFilter(guard)
    yield guard, native
    qapp.removeEventFilter(guard)


def test_each_top_level_window_is_excluded_when_shown(qtbot: QtBot, guarded) -> None:  # type: ignore[no-untyped-def]
    guard, native = guarded
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    box = QMessageBox(dialog)
    box.setText("x")
    box.show()
    ids = {window_id for window_id, excluded in native.calls if excluded}
    assert int(dialog.winId()) in ids
    assert int(box.winId()) in ids
    assert guard.state() is CaptureState.ACTIVE
    box.close()


def test_turning_the_setting_off_releases_open_windows(
    qtbot: QtBot, guarded, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    guard, native = guarded
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    native.calls.clear()
    settings.set(SCREEN_CAPTURE_BLOCK, 0)
    assert (int(dialog.winId()), False) in native.calls
    assert guard.state() is CaptureState.OFF
    assert "Off" in guard.describe()


def test_a_refusing_platform_is_reported(qtbot: QtBot, settings: Settings) -> None:
    native = FakeNative(accept=False)
    guard = CaptureGuard(settings, native)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    guard.apply(dialog)
    assert guard.state() is CaptureState.FAILED


def test_linux_says_it_is_not_available(settings: Settings) -> None:
    assert native_capture("linux") is None
    assert isinstance(native_capture("win32"), WindowsAffinity)
    assert isinstance(native_capture("darwin"), MacSharingType)
    guard = CaptureGuard(settings, None)
    assert guard.state() is CaptureState.UNAVAILABLE
    assert "X11" in guard.describe()


def test_settings_and_about_show_the_block(qtbot: QtBot, shell: Shell, settings: Settings) -> None:
    shell.capture._native = FakeNative()
    make_vault(shell.vaults_root)
    shell.start()
    qtbot.waitExposed(shell.unlock_window)
    unlock(qtbot, shell)
    about = shell.main_window.about
    assert isinstance(about, AboutPanel)
    about.set_session(shell.session)
    assert "hidden from screenshots" in about.text.text()
    panel = shell.main_window.settings_panel
    assert isinstance(panel, SettingsPanel)
    assert panel.capture.isChecked()
    panel.capture.setChecked(False)
    assert settings.get(SCREEN_CAPTURE_BLOCK) == 0
    about.set_session(shell.session)
    assert "turned off in Settings" in about.text.text()


def test_the_docs_say_how_to_verify_on_the_real_os() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "screen-capture.md").read_text()
    for words in ("SetWindowDisplayAffinity", "sharingType", "X11", "Wayland"):
        assert words in text
