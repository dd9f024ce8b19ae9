"""The offence reminder under every free-text editor of the participant view: goals, actions,
safety rows and the consent purpose, besides notes and meetings (tested with their tabs)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import FixedClock, LifecycleState, Worker
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
OFFENCE = "He dealt cocaine for the gang"
NAME = "Ask whether Mikko Virtanen can help"


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


@pytest.fixture
def view(qtbot: QtBot, session: Session) -> Iterator[ParticipantView]:
    runner = TaskRunner()
    pid = session.add_participant("Kivi").id
    assert pid is not None
    session.change_lifecycle(pid, LifecycleState.ASSESSMENT)  # an enquiry holds no plan
    opened = ParticipantView(session, runner, pid)
    qtbot.addWidget(opened)
    opened.show()
    with qtbot.waitSignal(opened.loaded, timeout=10_000):
        pass
    yield opened
    runner.shutdown()


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def _says(hint: NoteHintLabel) -> str:
    return hint.text() if hint.isVisible() else ""


def test_goal_and_action_editors_remind_and_still_save(
    qtbot: QtBot, view: ParticipantView, session: Session
) -> None:
    tab = view.plan
    view.tabs.setCurrentWidget(tab)
    _click(qtbot, tab.add_goal_button)
    dialog = tab.dialog
    assert dialog is not None
    assert _says(dialog.hint) == ""
    _type(qtbot, dialog.description, OFFENCE)
    assert "offences" in _says(dialog.hint)
    dialog.description.clear()
    assert _says(dialog.hint) == ""
    _type(qtbot, dialog.description, "A flat of my own, with help from Mikko Virtanen")
    assert "other people" in _says(dialog.hint)
    # Advice only: the goal is saved as typed.
    with qtbot.waitSignal(view.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: len(tab.goals()) == 1)
    goal = tab.goals()[0]
    assert goal.id is not None

    tab.select_goal(goal.id)
    _click(qtbot, tab.add_action_button)
    action = tab.dialog
    assert action is not None
    _type(qtbot, action.description, "Sold amphetamine for the club")
    assert "offences" in _says(action.hint)
    action.description.clear()
    _type(qtbot, action.description, "Apply for housing support")
    assert _says(action.hint) == ""


def test_safety_rows_are_checked_with_the_summary_and_forgotten_when_removed(
    qtbot: QtBot, view: ParticipantView
) -> None:
    tab = view.safety
    view.tabs.setCurrentWidget(tab)
    _click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert dialog is not None
    _click(qtbot, dialog.persons.add_button)
    _type(qtbot, dialog.persons.cell(0, 1), "Lives with Mikko Virtanen")
    assert "other people" in _says(dialog.hint)
    _click(qtbot, dialog.arrangements.add_button)
    _type(qtbot, dialog.arrangements.cell(0, 0), "Hide the gun he kept for the gang")
    assert "offences" in _says(dialog.hint)
    _type(qtbot, dialog.summary, "Feels safer since the move.")
    assert "offences" in _says(dialog.hint)
    dialog.persons.table.setCurrentCell(0, 0)
    _click(qtbot, dialog.persons.remove_button)
    assert "other people" not in _says(dialog.hint)
    dialog.arrangements.table.setCurrentCell(0, 0)
    _click(qtbot, dialog.arrangements.remove_button)
    assert _says(dialog.hint) == ""


def test_the_consent_purpose_gets_the_reminder(qtbot: QtBot, view: ParticipantView) -> None:
    tab = view.consents
    view.tabs.setCurrentWidget(tab)
    _click(qtbot, tab.record_button)
    dialog = tab.dialog
    assert dialog is not None
    _type(qtbot, dialog.purpose, NAME)
    assert "other people" in _says(dialog.purpose_hint)
    dialog.purpose.clear()
    _type(qtbot, dialog.purpose, "Planning housing after release")
    assert _says(dialog.purpose_hint) == ""
