"""The participant view's "Print access report": it warns that a saved PDF is not encrypted,
offers printing first, and writes the report in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.access_report import Held, Received, access_report
from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import FixedClock, Meeting, Worker
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.access_report import AccessReportText
from exitdesk.ui.printing import Output, output_box
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
OTHER = "Zyxwvuts Plokijuhy"


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
def finnish() -> Iterator[Translations]:
    translations = Translations(QCoreApplication.instance())
    translations.set_language("fi")
    yield translations
    translations.set_language("en")


@pytest.fixture(autouse=True)
def _delete_views() -> Iterator[None]:
    """Views outlive their test otherwise, and a later language switch would make them
    retranslate over a locked vault."""
    yield
    for view in _made:
        shiboken6.delete(view)
    _made.clear()


_made: list[ParticipantView] = []


def _view(qtbot: QtBot, session: Session, pid: int) -> tuple[ParticipantView, TaskRunner]:
    runner = TaskRunner()
    view = ParticipantView(session, runner, pid)
    _made.append(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view, runner


def test_the_choice_warns_that_a_pdf_is_not_encrypted_and_prefers_printing(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box, choices = output_box(parent)
    assert "not encrypted" in box.text()
    assert choices[box.defaultButton()] is Output.PRINT
    assert sorted(c.value for c in choices.values()) == ["cancel", "print", "save"]


def test_a_finnish_access_report_is_saved_for_this_participant_only(
    qtbot: QtBot, session: Session, tmp_path: Path, finnish: Translations
) -> None:
    pid = session.add_participant("Kettu", legal_name="Kaarina Kettunen").id
    other = session.add_participant("Ilves", legal_name=OTHER).id
    assert pid is not None and other is not None
    session.add_meeting(Meeting(participant_id=pid, on=date(2026, 3, 1), summary="Asunnosta"))
    session.add_meeting(Meeting(participant_id=other, on=date(2026, 3, 2), summary=OTHER))
    view, runner = _view(qtbot, session, pid)
    try:
        assert view.report_button.text().replace("&", "") == "Tulosta tietopyyntöraportti…"
        asked: list[str] = []
        view.ask_output = lambda _parent: asked.append("asked") or Output.SAVE  # type: ignore[func-returns-value]
        view.choose_report_path = lambda _parent, _title: tmp_path / "raportti"
        qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
        target = tmp_path / "raportti.pdf"
        qtbot.waitUntil(target.exists, timeout=10_000)
        assert asked == ["asked"]
        assert target.read_bytes().startswith(b"%PDF")
        html = view.report_html
        assert "Mitä tässä holvissa on sinusta" in html and "Kaarina Kettunen" in html
        assert "Asunnosta" in html and "Tästä holvista ei ole luovutettu" in html
        assert OTHER not in html and "Ilves" not in html
    finally:
        finnish.set_language("en")  # while the vault is open: the view retranslates
        qtbot.wait(50)
        runner.shutdown()


def test_cancelling_writes_nothing(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    pid = session.add_participant("Kettu").id
    assert pid is not None
    view, runner = _view(qtbot, session, pid)
    try:
        view.ask_output = lambda _parent: Output.CANCEL
        view.choose_report_path = lambda _parent, _title: tmp_path / "never.pdf"
        qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        assert list(tmp_path.glob("*.pdf")) == [] and view.report_html == ""
    finally:
        runner.shutdown()


def _receipt(sender: str, consent: str, days: int) -> Received:
    return Received(sender, "fi-rise", consent * 8, consent, "b" * 32, NOW + timedelta(days=days))


def test_a_record_held_under_two_consents_names_both_senders(
    session: Session, finnish: Translations
) -> None:
    """The report in the window's language names every receipt of a record, one for each
    sender and consent, and the worker's own records as recorded here."""
    pid = session.add_participant("Kettu", legal_name="Kaarina Kettunen").id
    assert pid is not None
    session.add_meeting(Meeting(participant_id=pid, on=date(2026, 3, 1), summary="Asunnosta"))
    session.add_meeting(Meeting(participant_id=pid, on=date(2026, 3, 2), summary="Omasta"))
    report = access_report(session, pid)
    both = (_receipt("Aino Aalto", "KQ2", 1), _receipt("Cecilia Berg", "KQ3", 2))
    meetings = tuple(
        Held(m.record, both) if m.record.summary == "Asunnosta" else m for m in report.meetings
    )
    report = replace(report, meetings=meetings)
    html = AccessReportText().html(report)
    item = next(li for li in html.split("<li>") if "Asunnosta" in li)
    assert "saatu lähettäjältä Aino Aalto" in item and "suostumuksella KQ2" in item
    assert "saatu lähettäjältä Cecilia Berg" in item and "suostumuksella KQ3" in item
    mine = next(li for li in html.split("<li>") if "Omasta" in li)
    assert "kirjattu täällä" in mine and "Aino" not in mine and "Cecilia" not in mine
