"""Following up a safety assessment in the window when arrangements already exist (finding 4)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import (
    FixedClock,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
    Worker,
)
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.participant import ParticipantView
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
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _open(qtbot: QtBot, session: Session, runner: TaskRunner, pid: int) -> ParticipantView:
    view = ParticipantView(session, runner, pid)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def test_a_follow_up_with_existing_arrangements_is_saved_and_carries_them_forward(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = session.add_participant("Kivi").id
    assert pid is not None
    first = session.save_safety(
        SafetyAssessment(
            participant_id=pid,
            assessed_on=date(2026, 2, 1),
            level=SafetyLevel.HIGH,
            arrangements=(
                SecurityArrangement(
                    description="Move to a safe address", owner_party_id="fi-rise",
                    due=date(2026, 4, 1),
                ),
            ),
        )
    )  # fmt: skip
    view = _open(qtbot, session, runner, pid)
    tab = view.safety
    view.tabs.setCurrentWidget(tab)
    tab.new_button.click()
    dialog = tab.dialog
    assert dialog is not None
    dialog.level.setCurrentIndex(dialog.level.findData(SafetyLevel.MODERATE))
    with qtbot.waitSignal(view.changed, timeout=10_000):
        dialog.ok_button.click()
    assert not dialog.isVisible()

    latest = session.safety(pid)
    assert latest is not None and latest.level is SafetyLevel.MODERATE
    assert latest.id != first.id
    assert [a.uid for a in latest.arrangements] == [first.arrangements[0].uid]
    assert latest.arrangements[0].due == date(2026, 4, 1)
    # The first assessment keeps its own copy as it stood then.
    assert len(session.safety_history(pid)) == 2


def test_an_arrangement_is_marked_done_reassigned_or_closed_and_overdue_reviews_stand_out(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = session.add_participant("Kivi").id
    assert pid is not None
    session.save_safety(
        SafetyAssessment(
            participant_id=pid,
            assessed_on=date(2026, 2, 1),
            level=SafetyLevel.HIGH,
            review_on=date(2026, 6, 1),
            arrangements=(
                SecurityArrangement(description="Safe address", owner_party_id="fi-rise",
                                    review_on=date(2026, 3, 1)),
                SecurityArrangement(description="New phone", owner_party_id="fi-rise"),
                SecurityArrangement(description="Escort", owner_party_id="fi-rise"),
            ),
        )
    )  # fmt: skip
    assert session.summaries(_all())[0].next_review == date(2026, 3, 1)
    view = _open(qtbot, session, runner, pid)
    tab = view.safety
    view.tabs.setCurrentWidget(tab)
    assert "overdue" in tab.review_on.text()
    assert tab.arrangements.item(0, 3).text() == "Overdue"
    assert tab.arrangements.item(0, 3).font().bold()

    tab.arrangements.selectRow(0)
    with qtbot.waitSignal(view.changed, timeout=10_000):
        tab.done_button.click()
    qtbot.waitUntil(lambda: tab.arrangements.item(0, 3).text() == "Done")
    tab.arrangements.selectRow(1)
    tab.owner.setCurrentIndex(tab.owner.findData("fi-krp"))
    with qtbot.waitSignal(view.changed, timeout=10_000):
        tab.reassign_button.click()
    qtbot.waitUntil(lambda: "Bureau" in tab.arrangements.item(1, 1).text())
    tab.arrangements.selectRow(2)
    with qtbot.waitSignal(view.changed, timeout=10_000):
        tab.close_button.click()
    qtbot.waitUntil(lambda: tab.arrangements.item(2, 3).text() == "Closed")

    latest = session.safety(pid)
    assert latest is not None
    done, phone, escort = latest.arrangements
    assert done.done and escort.closed and phone.owner_party_id == "fi-krp" and phone.is_open
    assert "overdue" not in tab.review_on.text()
    assert session.summaries(_all())[0].next_review == date(2026, 6, 1)
    actions = [e.action for e in session.audit_entries("safety.arrangement")]
    assert len(actions) == 3

    # A follow-up carries only the one still open.
    session.save_safety(
        SafetyAssessment(participant_id=pid, assessed_on=date(2026, 3, 10), level=SafetyLevel.LOW)
    )
    follow_up = session.safety(pid)
    assert follow_up is not None and [a.uid for a in follow_up.arrangements] == [phone.uid]


def _all() -> ParticipantQuery:
    return ParticipantQuery()


NAME = "Kanarialegal Ikkuna-7Q3Z"
PHONE = "+358 40 5555 1618"
SUMMARY = "Kanariasummary met Jorma Virtanen"
SAFETY = "Kanariasafety the brother knows"


def test_an_aggredi_window_stores_none_of_the_fields_its_policy_forbids(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    from exitdesk.domain import LifecycleState
    from tests.support.vault_pages import pages_with

    created = create_vault(
        tmp_path / "aggredi",
        "correct horse battery staple",
        Worker(name="Bertta", party_id="fi-aggredi"),
        Options(kdf=KdfParams.FLOOR, clock=FixedClock(NOW), use_keyring=False),
    )
    session = created.session
    try:
        pid = session.add_participant("Kivi").id
        assert pid is not None
        session.change_lifecycle(pid, LifecycleState.ASSESSMENT)
        view = _open(qtbot, session, runner, pid)
        overview = view.overview
        overview.legal_name.setText(NAME)
        overview.contact.setText(PHONE)
        overview.save_button.click()
        qtbot.waitUntil(lambda: overview.error.isVisible(), timeout=10_000)
        assert "keeps no legal name, contact details" in overview.error.text()

        meetings = view.meetings
        view.tabs.setCurrentWidget(meetings)
        meetings.add_button.click()
        dialog = meetings.dialog
        assert dialog is not None
        dialog.summary.setPlainText(SUMMARY)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert "meeting summaries" in dialog.error.text()

        tab = view.safety
        view.tabs.setCurrentWidget(tab)
        tab.new_button.click()
        safety = tab.dialog
        assert safety is not None
        safety.summary.setPlainText(SAFETY)
        safety.ok_button.click()
        qtbot.waitUntil(lambda: safety.error.isVisible(), timeout=10_000)
        assert "safety summaries" in safety.error.text()

        stored = session.participant(pid)
        assert (stored.legal_name, stored.contact) == (None, None)
        assert session.meetings(pid) == [] and session.safety(pid) is None
        for canary in (NAME, PHONE, SUMMARY, SAFETY):
            assert pages_with(session, canary) == 0, canary
    finally:
        session.lock()
