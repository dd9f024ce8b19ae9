"""The participant view driven through its real widgets against a real (temporary) vault."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import (
    FixedClock,
    LifecycleState,
    MeetingMethod,
    SafetyLevel,
    Worker,
)
from exitdesk.domain.target_group import NeedsSupport, WantsToLeave
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.chart import ProgressChart
from exitdesk.ui.printing import Output
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"


def _session(tmp_path: Path, party_id: str) -> Session:
    created = create_vault(
        tmp_path / "vault",
        PASSPHRASE,
        Worker(name="Test Worker", party_id=party_id),
        Options(kdf=KdfParams.FLOOR, clock=FixedClock(NOW), use_keyring=False),
    )
    return created.session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = _session(tmp_path, "fi-rise")
    yield opened
    opened.lock()


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
    # Loading is queued on the runner, so the signal cannot fire before this wait starts.
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view


def _past_enquiry(session: Session, alias: str) -> int:
    """A participant whose assessment has started: an enquiry holds an alias and a contact
    route only (issue 11), so case records need the assessment."""
    pid = session.add_participant(alias).id
    assert pid is not None
    session.change_lifecycle(pid, LifecycleState.ASSESSMENT)
    return pid


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName() or type(widget).__name__
    if isinstance(widget, QCheckBox | QRadioButton):
        # Only the indicator and its text take clicks, not the whole stretched row.
        pos = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_goal_action_and_rating_reach_the_plan_and_the_chart(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = _past_enquiry(session, "Kivi")
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.plan
    view.tabs.setCurrentWidget(tab)
    assert tab.chart.point_count() == 0

    _click(qtbot, tab.add_goal_button)
    goal_dialog = tab.dialog
    assert goal_dialog is not None
    _type(qtbot, goal_dialog.description, "A flat of my own")
    with qtbot.waitSignal(view.changed):
        _click(qtbot, goal_dialog.ok_button)
    qtbot.waitUntil(lambda: len(tab.goals()) == 1)
    goal = tab.goals()[0]
    assert goal.description == "A flat of my own"
    assert goal.owner_party_id == "fi-rise"

    assert goal.id is not None
    tab.select_goal(goal.id)
    _click(qtbot, tab.add_action_button)
    action_dialog = tab.dialog
    assert action_dialog is not None
    _type(qtbot, action_dialog.description, "Apply for housing support")
    _click(qtbot, action_dialog.ok_button)
    qtbot.waitUntil(lambda: len(tab.goals()[0].actions) == 1)
    assert tab.goals()[0].actions[0].description == "Apply for housing support"

    tab.select_goal(goal.id)
    _click(qtbot, tab.rate_button)
    rating_dialog = tab.dialog
    assert rating_dialog is not None
    rating_dialog.score.selectAll()
    _type(qtbot, rating_dialog.score, "7")
    _click(qtbot, rating_dialog.ok_button)
    qtbot.waitUntil(lambda: tab.chart.point_count() == 1)

    stored = session.goals(pid)[0]
    assert [(r.on, r.score) for r in stored.ratings] == [(NOW.date(), 7)]
    assert "7 of 10" in tab.chart.accessibleDescription()
    # The point is really painted, in its series colour, where the chart says it is.
    chart: ProgressChart = tab.chart
    image = chart.grab().toImage()
    at = chart.point_position(0, 0).toPoint()
    ratio = image.devicePixelRatio()
    colour = image.pixelColor(int(at.x() * ratio), int(at.y() * ratio))
    assert colour == chart.colour_of(0)


def test_meeting_is_logged_and_offence_words_get_a_gentle_reminder(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = _past_enquiry(session, "Kivi")
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.meetings
    view.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 0

    _click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None
    assert not dialog.hint.isVisible()
    _type(qtbot, dialog.summary, "We talked about the robbery last year.")
    assert dialog.hint.isVisible()
    assert "offences" in dialog.hint.text()
    dialog.summary.clear()
    _type(qtbot, dialog.summary, "Worked on a weekly routine. Later we met Anna Virtanen there.")
    assert "other people" in dialog.hint.text()
    dialog.summary.clear()
    _type(qtbot, dialog.summary, "Worked on a weekly routine and housing.")
    assert not dialog.hint.isVisible()
    dialog.method.setFocus()
    dialog.method.setCurrentIndex(dialog.method.findData(MeetingMethod.REFLECTIVE))
    _type(qtbot, dialog.next_steps, "Visit the housing office")
    with qtbot.waitSignal(view.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)

    assert tab.table.item(0, 2).text() == "Reflective"
    assert tab.table.item(0, 1).text() == "In person"
    stored = session.meetings(pid)
    assert len(stored) == 1
    assert stored[0].summary == "Worked on a weekly routine and housing."
    tab.table.selectRow(0)
    assert "Visit the housing office" in tab.detail.toPlainText()


def test_only_allowed_transitions_are_offered_and_a_party_can_end_participation(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = session.add_participant("Kivi", parties=frozenset({"fi-rise", "fi-krp"})).id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.overview
    assert set(tab.transition_buttons) == {LifecycleState.ASSESSMENT, LifecycleState.ENDED}

    with qtbot.waitSignal(view.changed):
        _click(qtbot, tab.transition_buttons[LifecycleState.ASSESSMENT])
    qtbot.waitUntil(lambda: view.participant() is not None
                    and view.participant().state is LifecycleState.ASSESSMENT)  # fmt: skip
    qtbot.waitUntil(
        lambda: set(tab.transition_buttons) == {LifecycleState.ACTIVE, LifecycleState.ENDED}
    )

    _click(qtbot, tab.transition_buttons[LifecycleState.ENDED])
    dialog = tab.dialog
    assert dialog is not None
    # Who ended it is the only question: nowhere to type a reason or a penalty.
    assert dialog.findChildren(QLineEdit) == []
    assert dialog.findChildren(QPlainTextEdit) == []
    _click(qtbot, dialog.by_party)
    dialog.party.setFocus()
    dialog.party.setCurrentIndex(dialog.party.findData("fi-krp"))
    with qtbot.waitSignal(view.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.participant() is not None
                    and tab.participant().state is LifecycleState.ENDED)  # fmt: skip

    stored = session.participant(pid)
    assert stored.state is LifecycleState.ENDED
    ended_by = stored.history[-1].ended_by
    assert ended_by is not None and ended_by.party_id == "fi-krp" and not ended_by.participant
    qtbot.waitUntil(lambda: tab.transition_buttons == {})
    assert tab.ended_note.isVisible()
    labels = [e.state for e in tab.timeline.events()]
    assert labels == [LifecycleState.ENQUIRY, LifecycleState.ASSESSMENT, LifecycleState.ENDED]
    assert "National Bureau of Investigation" in tab.timeline.accessibleDescription()


def test_editing_the_overview_saves_parties_and_flags_a_minor(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = _past_enquiry(session, "Kivi")
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.overview
    assert tab.minor.text() == ""
    tab.birth_year.selectAll()
    _type(qtbot, tab.birth_year, "2011")
    assert "under 18" in tab.minor.text()
    krp = next(
        tab.parties.item(i)
        for i in range(tab.parties.count())
        if tab.parties.item(i).data(Qt.ItemDataRole.UserRole) == "fi-krp"
    )
    rect = tab.parties.visualItemRect(krp)
    # Click the check box at the left of the row.
    qtbot.mouseClick(
        tab.parties.viewport(), Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )  # fmt: skip
    assert krp.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(view.changed):
        _click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: session.participant(pid).birth_year == 2011)
    assert session.participant(pid).parties == frozenset({"fi-rise", "fi-krp"})


def test_minor_consent_without_guardian_is_refused_with_the_domains_message(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = session.add_participant(
        "Kivi", birth_year=2011, parties=frozenset({"fi-rise", "fi-krp"})
    ).id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.consents
    view.tabs.setCurrentWidget(tab)

    _click(qtbot, tab.record_button)
    dialog = tab.dialog
    assert dialog is not None
    assert "required" in dialog.form.labelForField(dialog.guardian).text()
    dialog.set_recipient_checked("fi-krp")
    _click(qtbot, dialog.category_boxes[next(iter(dialog.category_boxes))])
    _type(qtbot, dialog.purpose, "Planning housing after release")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible())

    assert "under 18" in dialog.error.text()
    assert "guardian" in dialog.error.text()
    assert dialog.isVisible()
    assert session.consents(pid) == []

    _type(qtbot, dialog.guardian, "Social services, Espoo")
    with qtbot.waitSignal(view.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    stored = session.consents(pid)
    assert len(stored) == 1
    assert stored[0].guardian == "Social services, Espoo"
    assert [r.party_id for r in stored[0].recipients] == ["fi-krp"]
    assert "guardian Social services, Espoo" in tab.table.item(0, 6).text()


def test_verbal_consent_needs_a_witness(qtbot: QtBot, session: Session, runner: TaskRunner) -> None:
    pid = session.add_participant("Kivi").id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.consents
    _click(qtbot, tab.record_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.set_recipient_checked("fi-aggredi")
    _click(qtbot, dialog.category_boxes[next(iter(dialog.category_boxes))])
    _type(qtbot, dialog.purpose, "Coordinated support")
    from exitdesk.domain import ConsentMethod

    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.VERBAL_WITNESSED))
    assert dialog.witness.isEnabled()
    _click(qtbot, dialog.ok_button)
    assert dialog.error.isVisible()
    assert "witness" in dialog.error.text()
    assert session.consents(pid) == []


def test_printed_consent_form_is_a_real_pdf_with_the_signature(
    qtbot: QtBot, session: Session, runner: TaskRunner, tmp_path: Path
) -> None:
    pid = session.add_participant(
        "Kivimäki", birth_year=1990, parties=frozenset({"fi-rise", "fi-krp"})
    ).id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.consents
    view.tabs.setCurrentWidget(tab)
    chosen: list[str] = []

    def choose(_parent: QWidget, title: str) -> Path:
        chosen.append(title)
        return tmp_path / "consent-form"

    tab.choose_path = choose
    tab.ask_output = lambda _parent: Output.SAVE
    _click(qtbot, tab.record_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.set_recipient_checked("fi-krp")
    for box in dialog.category_boxes.values():
        _click(qtbot, box)
    _type(qtbot, dialog.purpose, "Safety planning before release")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)

    tab.table.selectRow(0)
    _click(qtbot, tab.sign_button)
    signing = tab.signature_dialog
    assert signing is not None
    qtbot.waitExposed(signing)
    pad = signing.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 80))
    for x in range(40, 300, 15):
        qtbot.mouseMove(pad, QPoint(x, 50 + (x % 45)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))
    _click(qtbot, signing.accept_button)
    qtbot.waitUntil(lambda: len(tab.signatures) == 1)

    tab.table.selectRow(0)
    _click(qtbot, tab.print_button)
    target = tmp_path / "consent-form.pdf"
    assert chosen == ["Save consent form"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 5000
    # The captured signature is embedded as an image; the metadata title stays neutral.
    assert b"/Subtype /Image" in data
    assert "Consent form".encode("utf-16-be") in data
    assert "Kivim".encode("utf-16-be") not in data
    tool = shutil.which("pdftotext")
    if tool is not None:
        text = subprocess.run([tool, str(target), "-"], capture_output=True, text=True).stdout
        assert "Kivimäki" in text
        assert "Safety planning before release" in text
        assert "National Bureau of Investigation" in text
        assert "withdraw" in text

    # Closing the view forgets the signature: it never reached the vault.
    with qtbot.waitSignal(view.closed):
        view.close_view()
    assert tab.signatures == {}


def test_urgent_assessment_shows_the_banner_and_marks_overdue_arrangements(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = session.add_participant("Kivi").id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.safety
    view.tabs.setCurrentWidget(tab)
    assert not view.banner.isVisible()
    assert tab.empty.isVisible()

    _click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.level.setCurrentIndex(dialog.level.findData(SafetyLevel.HIGH))
    _click(qtbot, dialog.urgent)
    _click(qtbot, dialog.persons.add_button)
    _click(qtbot, dialog.arrangements.add_button)
    description = dialog.arrangements.cell(0, 0)
    _type(qtbot, description, "Move to a safe address")
    due = dialog.arrangements.cell(0, 2)
    assert hasattr(due, "setDate")
    from PySide6.QtCore import QDate

    due.setDate(QDate(2026, 3, 1))  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: view.banner.isVisible())

    assert "Urgent" in view.banner.text
    assert tab.level.text() == "High"
    assert tab.persons.count() == 1
    assert tab.arrangements.item(0, 3).text() == "Overdue"
    stored = session.safety(pid)
    assert stored is not None and stored.urgent
    assert stored.arrangements[0].due == date(2026, 3, 1)


def test_minimal_record_party_gets_an_explanation_instead_of_notes(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    aggredi = _session(tmp_path, "fi-aggredi")
    try:
        pid = aggredi.add_participant("Kivi").id
        assert pid is not None
        view = _open(qtbot, aggredi, runner, pid)
        assert view.notes is None
        assert view.notes_notice is not None
        assert "minimal-record" in view.notes_notice.text()
        assert view.tabs.indexOf(view.notes_notice) == view.tabs.count() - 1
    finally:
        aggredi.lock()


def test_notes_and_exchange_history_for_a_party_that_keeps_notes(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = _past_enquiry(session, "Kivi")
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    notes = view.notes
    assert notes is not None
    view.tabs.setCurrentWidget(notes)
    assert not notes.add_button.isEnabled()
    _type(qtbot, notes.text, "Found a course on carpentry.")
    assert not notes.hint.isVisible()
    with qtbot.waitSignal(view.changed):
        _click(qtbot, notes.add_button)
    qtbot.waitUntil(lambda: notes.list.count() == 1)
    assert [n.text for n in session.notes(pid)] == ["Found a course on carpentry."]

    view.tabs.setCurrentWidget(view.exchange)
    # Nothing was exchanged for this participant: the tab says so in plain words.
    assert view.exchange.entries() == []
    assert view.exchange.empty.isVisible()
    assert view.exchange.empty.text() == "No exchanges yet."


def test_withdrawing_a_consent_after_confirmation(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    from exitdesk.domain import Consent, ConsentMethod, ConsentRecipient, DataCategory

    participant = session.add_participant("Kivi", parties=frozenset({"fi-rise", "fi-krp"}))
    assert participant.id is not None
    session.record_consent(
        Consent(
            participant_id=participant.id,
            participant_uid=participant.uid,
            recipients=(ConsentRecipient(party_id="fi-krp", label="NBI"),),
            categories=frozenset({DataCategory.PLAN}),
            purpose="Coordinated support",
            valid_from=NOW,
            valid_until=datetime(2026, 9, 1, tzinfo=UTC),
            method=ConsentMethod.PAPER_FORM,
            recorded_by="Test Worker",
            recorded_at=NOW,
        ),
        adult_confirmed=True,
    )
    view = _open(qtbot, session, runner, participant.id)
    tab = view.consents
    view.tabs.setCurrentWidget(tab)
    assert tab.withdraw_button.isVisible()
    assert tab.table.item(0, 7).text() == "In force"
    tab.table.selectRow(0)
    _click(qtbot, tab.withdraw_button)
    box = tab.findChild(QMessageBox, "withdrawConfirm")
    assert box is not None
    # "No" leaves the consent as it was.
    _click(qtbot, box.button(QMessageBox.StandardButton.No))
    assert session.consents(participant.id)[0].withdrawn_at is None
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "withdrawConfirm") is None)

    tab.table.selectRow(0)
    _click(qtbot, tab.withdraw_button)
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "withdrawConfirm") is not None)
    box = tab.findChild(QMessageBox, "withdrawConfirm")
    assert box is not None
    with qtbot.waitSignal(view.changed):
        _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: tab.table.item(0, 7).text().startswith("Withdrawn"))
    assert session.consents(participant.id)[0].withdrawn_at is not None
    tab.table.selectRow(0)
    assert not tab.withdraw_button.isEnabled()


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context><name>ParticipantView</name>
<message><source>&amp;Overview</source><translation>&amp;Yleiskatsaus</translation></message>
</context>
<context><name>PlanTab</name>
<message><source>Add &amp;goal…</source><translation>Lisää &amp;tavoite…</translation></message>
</context>
<context><name>FormDialog</name>
<message><source>&amp;Save</source><translation>&amp;Tallenna</translation></message>
</context>
<context><name>DomainText</name>
<message><source>Enquiry</source><translation>Yhteydenotto</translation></message>
</context>
</TS>
"""


def test_a_language_switch_retranslates_the_open_view(
    qtbot: QtBot, session: Session, runner: TaskRunner, tmp_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    source = tmp_path / "test_fi.ts"
    source.write_text(_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "test_fi.qm")], check=True,
                   capture_output=True)  # fmt: skip
    pid = session.add_participant("Kivi").id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    _click(qtbot, view.plan.add_goal_button)
    dialog = view.plan.dialog
    assert dialog is not None
    assert view.tabs.tabText(0) == "&Overview"
    assert view.heading.text() == "Kivi — Enquiry"

    translator = QTranslator()
    assert translator.load(str(tmp_path / "test_fi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.tabs.tabText(0) == "&Yleiskatsaus")
        assert view.plan.add_goal_button.text() == "Lisää &tavoite…"
        assert view.heading.text() == "Kivi — Yhteydenotto"
        # Inherited texts are found under the class that defines them.
        assert dialog.ok_button.text() == "&Tallenna"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "&Overview")
    assert dialog.ok_button.text() == "&Save"


def test_a_meeting_can_be_logged_with_the_keyboard_only(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = _past_enquiry(session, "Kivi")
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    tab = view.meetings
    # Ctrl+Tab walks the tabs; the overview is first, then plan, then meetings.
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is tab
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    # Alt+U is the summary's mnemonic; Tab from the summary leads on to next steps.
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert dialog.summary.hasFocus()
    qtbot.keyClicks(dialog.summary, "Planned the week")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert dialog.next_steps.hasFocus()
    qtbot.keyClicks(dialog.next_steps, "Call the job centre")
    qtbot.keyClick(dialog.next_steps, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert session.meetings(pid)[0].next_steps == "Call the job centre"


def test_an_unknown_birth_year_needs_the_confirm_adult_box_and_it_is_audited(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = session.add_participant("Kivi", parties=frozenset({"fi-rise", "fi-krp"})).id
    assert pid is not None
    view = _open(qtbot, session, runner, pid)
    tab = view.consents
    view.tabs.setCurrentWidget(tab)
    _click(qtbot, tab.record_button)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.confirm_adult.isVisibleTo(dialog)
    dialog.set_recipient_checked("fi-krp")
    _click(qtbot, dialog.category_boxes[next(iter(dialog.category_boxes))])
    _type(qtbot, dialog.purpose, "Planning housing after release")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "birth year is unknown" in dialog.error.text()
    assert session.consents(pid) == []

    _click(qtbot, dialog.confirm_adult)
    with qtbot.waitSignal(view.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    stored = session.consents(pid)
    assert len(stored) == 1
    confirmed = session.audit_entries("consent.adult_confirmed")
    assert [e.subject for e in confirmed] == [str(stored[0].uid)]


def test_the_target_group_is_recorded_in_the_window_and_active_needs_both_yes(
    qtbot: QtBot, session: Session, runner: TaskRunner
) -> None:
    pid = _past_enquiry(session, "Varis")
    view = _open(qtbot, session, runner, pid)
    tab = view.overview
    assert tab.target_group_button.isVisible()
    _click(qtbot, tab.transition_buttons[LifecycleState.ACTIVE])
    qtbot.waitUntil(lambda: bool(_box_texts(view)), timeout=5_000)
    assert any("target-group" in text for text in _box_texts(view))
    for box in view.findChildren(QMessageBox):
        box.close()
    assert session.participant(pid).state is LifecycleState.ASSESSMENT

    _click(qtbot, tab.target_group_button)
    qtbot.waitUntil(lambda: tab.target_group_dialog is not None, timeout=5_000)
    dialog = tab.target_group_dialog
    assert dialog is not None
    assert not dialog.by.isEnabled(), "no assessor until the need is assessed"
    dialog.wants.setCurrentIndex(dialog.wants.findData(WantsToLeave.YES))
    dialog.needs.setCurrentIndex(dialog.needs.findData(NeedsSupport.YES))
    assert dialog.by.isEnabled()
    dialog.by.setCurrentIndex(dialog.by.findData("fi-rise"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        _click(qtbot, dialog.ok_button)
    recorded = session.target_group(pid)
    assert recorded is not None and recorded.in_target_group
    assert recorded.needs_support_by == "fi-rise" and recorded.needs_support_on == NOW.date()

    qtbot.waitUntil(lambda: LifecycleState.ACTIVE in tab.transition_buttons)
    with qtbot.waitSignal(view.changed):
        _click(qtbot, tab.transition_buttons[LifecycleState.ACTIVE])
    qtbot.waitUntil(lambda: session.participant(pid).state is LifecycleState.ACTIVE)


def _box_texts(root: QWidget) -> list[str]:
    return [box.text() for box in root.findChildren(QMessageBox) if box.isVisible()]
