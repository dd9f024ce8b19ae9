"""The export wizard opened from the participant view, driven page by page against real vaults:
only verified contacts, uncovered categories disabled with the consent's reason beside them,
a review without the legal name, a neutral file name, and a bundle the recipient can open."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from exitdesk.app.exchange import RecordAction
from exitdesk.app.session import Session
from exitdesk.domain import DataCategory, FixedClock, Meeting, SafetyAssessment, SafetyLevel
from exitdesk.ui.exchange.export_wizard import ExportWizard
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.tasks import TaskRunner
from tests.ui.exchange_support import NOW, befriend, click, dump, grant, make_session

LEGAL_NAME = "Qwertz Zyxwvu"


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Session, Session, Session]]:
    clock = FixedClock(NOW)
    made = (
        make_session(tmp_path / "a", "Aino", "fi-rise", clock),
        make_session(tmp_path / "b", "Bertta", "fi-krp", clock),
        make_session(tmp_path / "c", "Cecilia", "fi-aggredi", clock),
    )
    yield made
    for session in made:
        session.lock()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def _wizard(qtbot: QtBot, session: Session, runner: TaskRunner, pid: int) -> ExportWizard:
    view = ParticipantView(session, runner, pid)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    click(qtbot, view.export_button)
    wizard = view.export_wizard
    assert isinstance(wizard, ExportWizard)
    qtbot.waitUntil(lambda: wizard.contact_page.list.count() > 0, timeout=10_000)
    return wizard


def test_wizard_offers_only_what_the_consent_covers_and_writes_a_bundle(
    qtbot: QtBot, runner: TaskRunner, trio: tuple[Session, Session, Session], tmp_path: Path
) -> None:
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    a.exchange.add_contact(c.exchange.my_card())  # known but never verified
    p = a.add_participant(
        "Kettu",
        legal_name=LEGAL_NAME,
        birth_year=1990,
        parties=frozenset({"fi-rise", "fi-krp", "fi-aggredi"}),
    )
    assert p.id is not None
    a.add_meeting(Meeting(participant_id=p.id, on=date(2026, 10, 1), summary="Housing"))
    a.save_safety(SafetyAssessment(participant_id=p.id, assessed_on=date(2026, 10, 2),
                                   level=SafetyLevel.HIGH))  # fmt: skip
    grant(a, p.id, b_at_a, [DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN])

    wizard = _wizard(qtbot, a, runner, p.id)
    assert "Kettu" not in wizard.windowTitle() and LEGAL_NAME not in wizard.windowTitle()

    # Contact: the unverified one is listed but cannot be chosen; the verified one is chosen.
    page = wizard.contact_page
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert texts == ["Bertta (National Bureau of Investigation)",
                     "Cecilia (Aggredi (HelsinkiMissio)) — not verified yet"]  # fmt: skip
    assert page.list.item(1).flags() == Qt.ItemFlag.NoItemFlags
    assert page.chosen() is not None and page.chosen().id == b_at_a  # type: ignore[union-attr]
    _next(qtbot, wizard)

    # Categories: uncovered ones disabled, the reason shown beside them.
    cats = wizard.categories_page
    qtbot.waitUntil(lambda: cats.scope is not None, timeout=10_000)
    for category in (DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN):
        assert cats.boxes[category].isEnabled() and cats.boxes[category].isChecked()
        assert cats.reasons[category].text() == ""
    for category in (DataCategory.MEETINGS, DataCategory.SAFETY):
        box, reason = cats.boxes[category], cats.reasons[category]
        assert not box.isEnabled() and not box.isChecked()
        assert reason.isVisible()
        assert "does not cover" in reason.text() and category.value in reason.text()
        assert box.accessibleDescription() == reason.text()
    # Without identity there is no case to send: Next waits.
    click(qtbot, cats.boxes[DataCategory.IDENTITY])
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, cats.boxes[DataCategory.IDENTITY])
    click(qtbot, cats.boxes[DataCategory.PLAN])
    _next(qtbot, wizard)

    # Review: the alias only, the contact, the categories and the consent.
    review = wizard.review_page.values
    assert review["participant"].text() == "Kettu"
    assert review["contact"].text() == "Bertta (National Bureau of Investigation)"
    assert review["categories"].text().count(",") == 1
    assert review["consent"].text().startswith("consent 1, in force until")
    shown = " ".join(label.text() for label in wizard.findChildren(type(review["contact"])))
    assert LEGAL_NAME not in shown
    _next(qtbot, wizard)

    # Save: cancelling the dialog writes nothing; an unwritable folder is refused in words.
    save = wizard.save_page
    assert wizard.currentPage() is save
    before = dump(a)
    offered: list[str] = []
    target: list[Path | None] = [None]

    def choose(_parent: QWidget, _title: str, name: str) -> Path | None:
        offered.append(name)
        return target[0]

    wizard.choose_path = choose
    click(qtbot, save.save_button)
    assert re.fullmatch(r"bundle-[0-9a-f]{8}\.exitbundle", offered[0])
    assert dump(a) == before
    target[0] = tmp_path / "missing-folder" / offered[0]
    click(qtbot, save.save_button)
    qtbot.waitUntil(lambda: bool(save.error.text()), timeout=10_000)
    assert "Nothing was changed" in save.error.text()
    assert dump(a) == before, "a failed write leaves no log entry or sequence number"

    target[0] = tmp_path / offered[0]
    with qtbot.waitSignal(wizard.exported, timeout=10_000):
        click(qtbot, save.save_button)
        assert save.progress.isVisible()
    assert wizard.currentPage() is wizard.done_page
    assert not save.progress.isVisible()
    summary = wizard.done_page.summary.text()
    assert "A case transfer" in summary
    assert "2 records for Bertta" in summary
    assert f"Saved as {target[0].name}" in summary
    assert len(set(offered)) == len(offered), "a fresh random name each time"

    plan = b.exchange.preview_import(target[0].read_bytes())
    assert plan.count(RecordAction.ADD) == 2
    assert sorted(r.record.category.value for r in plan.records) == ["identity", "status"]

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    click(qtbot, finish)
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_no_verified_contact_means_no_way_forward(
    qtbot: QtBot, runner: TaskRunner, trio: tuple[Session, Session, Session]
) -> None:
    a, b, _ = trio
    a.exchange.add_contact(b.exchange.my_card())
    p = a.add_participant("Kettu")
    assert p.id is not None
    wizard = _wizard(qtbot, a, runner, p.id)
    assert wizard.contact_page.chosen() is None
    assert "No verified contact" in wizard.contact_page.note.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
