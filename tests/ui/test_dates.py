"""Dates in the window (issue 14, finding 8): a four-digit year shown and typed in every
language, weeks from Monday in English, Finnish and Swedish, calendars that open at today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import FixedClock, Worker
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant.meetings import MeetingDialog
from exitdesk.ui.participant.safety_dialog import SafetyDialog
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


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
def pid(session: Session) -> int:
    made = session.add_participant("Kivi").id
    assert made is not None
    return made


def _type_date(qtbot: QtBot, dialog: MeetingDialog, text: str) -> None:
    edit = dialog.on
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # The label's mnemonic (Alt+D in English) enters the field with its first part selected.
    label = next(lb for lb, _ in dialog._labels if lb.buddy() is edit)
    letter = label.text()[label.text().index("&") + 1]
    dialog.mode.setFocus()
    qtbot.keyClick(dialog.mode, letter.lower(), Qt.KeyboardModifier.AltModifier)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("en", "2031-05-04", "2031-05-04"),
        ("fi", "4.5.2031", "4.5.2031"),
        ("sv", "2031-05-04", "2031-05-04"),
    ],
)
def test_a_four_digit_year_is_shown_and_typed_in_every_language(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    translations: Translations,
    pid: int,
    language: str,
    typed: str,
    shown: str,
) -> None:
    translations.set_language(language)
    dialog = MeetingDialog(session, runner, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "yyyy" in dialog.on.displayFormat()
    _type_date(qtbot, dialog, typed)
    assert dialog.on.date() == QDate(2031, 5, 4)
    assert dialog.on.text() == shown
    calendar = dialog.on.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_language_switch_changes_an_open_date_field(
    qtbot: QtBot, session: Session, runner: TaskRunner, translations: Translations, pid: int
) -> None:
    dialog = MeetingDialog(session, runner, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.on.text() == "2026-03-10"
    translations.set_language("fi")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.on.text() == "10.3.2026")


def test_an_empty_review_date_opens_its_calendar_at_today(
    qtbot: QtBot, session: Session, runner: TaskRunner, pid: int
) -> None:
    dialog = SafetyDialog(session, runner, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    review = dialog.review_on
    assert review.date() == review.minimumDate()  # "no review date"
    # Qt's date field opens its calendar from the arrow only (no key does it).
    qtbot.mouseClick(
        review, Qt.MouseButton.LeftButton, pos=QPoint(review.width() - 5, review.height() // 2)
    )
    calendar = review.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (NOW.year, NOW.month)
