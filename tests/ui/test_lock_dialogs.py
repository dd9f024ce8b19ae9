"""Locking with a dialog open (issue 14, finding 3): Ctrl+L and the idle lock work from inside a
modal dialog, close it without asking and keep no draft; minimising locks; the OS screen lock
locks where the platform reports it (its platform calls faked here)."""

from __future__ import annotations

import ctypes
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from exitdesk.ui.participant.meetings import MeetingDialog
from exitdesk.ui.screen_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockWatcher,
    _Msg,
    _WindowsFilter,
)
from exitdesk.ui.shell import Shell
from tests.ui.conftest import IdleClock, make_vault, unlock

DRAFT = "Draft about the family visit"


def _dialog_with_draft(qtbot: QtBot, shell: Shell, vaults_root: Path) -> MeetingDialog:
    make_vault(vaults_root)
    shell.start()
    session = unlock(qtbot, shell)
    pid = session.add_participant("Kettu").id
    assert pid is not None
    window = shell.main_window
    window.participants.open_participant(pid)
    view = window.participants.detail
    assert view is not None
    qtbot.waitUntil(lambda: view.meetings.add_button.isEnabled(), timeout=5_000)
    view.tabs.setCurrentWidget(view.meetings)
    view.meetings.add_meeting()
    dialog = view.meetings.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, DRAFT)
    return dialog


def _nothing_left_on_screen() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            texts = [e.toPlainText() for e in widget.findChildren(QPlainTextEdit)]
            assert DRAFT not in texts, type(widget).__name__
            assert not isinstance(widget, MeetingDialog)


def test_ctrl_l_inside_a_meeting_dialog_locks_and_drops_the_draft(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    dialog = _dialog_with_draft(qtbot, shell, vaults_root)
    with qtbot.waitSignal(shell.locked, timeout=3_000):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.session is None
    assert shell.unlock_window.isVisible()
    _nothing_left_on_screen()


def test_idle_lock_closes_the_dialog_and_its_question_without_asking(
    qtbot: QtBot, shell: Shell, vaults_root: Path, idle_clock: IdleClock
) -> None:
    dialog = _dialog_with_draft(qtbot, shell, vaults_root)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)  # "discard what you typed?" opens
    qtbot.waitUntil(lambda: dialog.confirm_discard is not None)
    with qtbot.waitSignal(shell.locked, timeout=3_000):
        idle_clock.advance(60 * 60)
    assert shell.session is None
    _nothing_left_on_screen()


def test_minimising_the_window_locks(qtbot: QtBot, shell: Shell, vaults_root: Path) -> None:
    make_vault(vaults_root)
    shell.start()
    unlock(qtbot, shell)
    with qtbot.waitSignal(shell.locked, timeout=3_000):
        shell.main_window.showMinimized()
    assert shell.session is None


def test_the_desktop_screen_saver_signal_locks(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.start()
    unlock(qtbot, shell)
    # What QtDBus calls when org.freedesktop.ScreenSaver emits ActiveChanged.
    shell.screen_lock._active_changed(False)
    assert shell.session is not None
    with qtbot.waitSignal(shell.locked, timeout=3_000):
        shell.screen_lock._active_changed(True)
    assert shell.session is None


def test_a_windows_session_lock_message_is_recognised(qtbot: QtBot) -> None:
    watcher = ScreenLockWatcher(platform="linux-without-bus")
    native = _WindowsFilter(watcher)
    locked: list[bool] = []
    watcher.screenLocked.connect(lambda: locked.append(True))
    other = _Msg(None, WM_WTSSESSION_CHANGE, 0x8, 0)  # WTS_SESSION_UNLOCK
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(other))
    assert locked == []
    lock = _Msg(None, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0)
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(lock))
    assert locked == [True]
