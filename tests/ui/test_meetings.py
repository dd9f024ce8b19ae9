"""Meetings by keyboard (issue 14, findings 2 and 3): the Add meeting dialog starts on its first
field, Enter or Space never saves a blank meeting, Escape asks before dropping a typed draft,
a meeting can be edited and deleted, and the list shows its summary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from exitdesk.app import casework
from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import FixedClock, LifecycleState, Worker
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.meetings import MeetingDialog
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    created = create_vault(
        tmp_path / "vault",
        "correct horse battery staple",
        Worker(name="Test Worker", party_id="fi-rise"),
        Options(kdf=KdfParams.FLOOR, clock=FixedClock(NOW), use_keyring=False),
    )
    yield created.session
    created.session.lock()


def _view(qtbot: QtBot, session: Session, runner: TaskRunner) -> tuple[ParticipantView, int]:
    pid = session.add_participant("Kivi").id
    assert pid is not None
    session.change_lifecycle(pid, LifecycleState.ASSESSMENT)  # an enquiry holds no meetings
    view = ParticipantView(session, runner, pid)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.tabs.setCurrentWidget(view.meetings)
    return view, pid


def _open_add(qtbot: QtBot, view: ParticipantView) -> MeetingDialog:
    view.meetings.add_button.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: view.meetings.dialog is not None and view.meetings.dialog.isVisible())
    dialog = view.meetings.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_enter_and_space_in_a_fresh_meeting_dialog_save_nothing(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    view, pid = _view(qtbot, session, runner)
    dialog = _open_add(qtbot, view)
    assert dialog.focusWidget() is dialog.on
    assert not dialog.ok_button.isEnabled()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        qtbot.keyClick(dialog.focusWidget(), key)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, ALT)
    qtbot.wait(200)
    runner.wait_idle(timeout=5)
    assert dialog.isVisible()
    assert session.meetings(pid) == []

    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    qtbot.keyClicks(dialog.summary, "Planned the week")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)  # a new line in the summary, no save
    qtbot.keyClicks(dialog.summary, "and the move")
    assert session.meetings(pid) == []
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.changed, timeout=5_000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, ALT)
    tab = view.meetings
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.horizontalHeaderItem(3).text() == "Summary"
    assert tab.table.item(0, 3).text() == "Planned the week"
    assert len(session.meetings(pid)) == 1


def test_escape_asks_before_a_typed_meeting_is_dropped(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    view, pid = _view(qtbot, session, runner)
    dialog = _open_add(qtbot, view)
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    qtbot.keyClicks(dialog.summary, "A draft worth keeping")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm_discard is not None)
    box = dialog.confirm_discard
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    # Escape on the question keeps the draft.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm_discard is None)
    assert dialog.isVisible()
    assert dialog.summary.toPlainText() == "A draft worth keeping"
    # Asked again, Discard closes it.
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm_discard is not None)
    box = dialog.confirm_discard
    assert box is not None
    discard = next(b for b in box.buttons() if "Discard" in b.text())
    qtbot.waitUntil(box.isVisible)
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.meetings(pid) == []


def test_escape_on_an_untouched_dialog_just_closes_it(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    view, _pid = _view(qtbot, session, runner)
    dialog = _open_add(qtbot, view)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.confirm_discard is None


def test_a_meeting_is_edited_and_deleted_through_the_casework_services(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    view, pid = _view(qtbot, session, runner)
    casework.add_meeting(session, pid, date(2026, 3, 2), summary="Housing options")
    tab = view.meetings
    tab.reload()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.setFocus()
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None and dialog.meeting is not None
    assert dialog.windowTitle() == "Edit meeting"
    assert dialog.summary.toPlainText() == "Housing options"
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(dialog.next_steps, "Visit the housing office")
    with qtbot.waitSignal(view.changed, timeout=5_000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, ALT)
    stored = session.meetings(pid)
    assert len(stored) == 1
    assert stored[0].next_steps == "Visit the housing office"
    assert stored[0].summary == "Housing options"

    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: tab.confirm is not None and tab.confirm.isVisible())
    box = tab.confirm
    assert box is not None
    delete = next(b for b in box.buttons() if "Delete" in b.text())
    with qtbot.waitSignal(view.changed, timeout=5_000):
        delete.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    assert session.meetings(pid) == []
    QApplication.processEvents()
