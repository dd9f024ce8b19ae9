"""Export without identity is no dead end (issue 14, finding 4): the wizard names the
participant and the contact in a plain sentence, and its button leads to the consent dialog with
identity ticked; that dialog says identity is required and lists parties apart from contacts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Session
from exitdesk.domain import DataCategory, FixedClock
from exitdesk.ui.exchange.export_wizard import ExportWizard
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participant.consent_dialog import RecordConsentDialog
from exitdesk.ui.tasks import TaskRunner
from tests.ui.exchange_support import NOW, add_shared, befriend, click, grant, make_session


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    clock = FixedClock(NOW)
    made = (
        make_session(tmp_path / "a", "Aino", "fi-rise", clock),
        make_session(tmp_path / "b", "Bertta", "fi-krp", clock),
    )
    yield made
    for session in made:
        session.lock()


def test_a_consent_without_identity_leads_on_to_recording_one(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session]
) -> None:
    a, b = pair
    b_at_a, _ = befriend(a, b)
    p = add_shared(a, "Kettu", "fi-krp")
    assert p.id is not None
    consent_id = grant(a, p.id, b_at_a, [DataCategory.STATUS, DataCategory.PLAN])

    view = ParticipantView(a, runner, p.id)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    click(qtbot, view.export_button)
    wizard = view.export_wizard
    assert isinstance(wizard, ExportWizard)
    qtbot.waitUntil(lambda: wizard.contact_page.list.count() > 0, timeout=10_000)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.categories_page
    qtbot.waitUntil(lambda: page.scope is not None, timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    message = page.blocked.text()
    assert page.blocked.isVisible()
    assert message[0].isupper()
    assert "Kettu" in message and "Bertta" in message and "identity" in message
    assert f"consent {consent_id}" not in message and str(p.uid) not in message
    assert page.consent_button.isVisible()

    click(qtbot, page.consent_button)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert view.tabs.currentWidget() is view.consents
    dialog = view.consents.dialog
    assert isinstance(dialog, RecordConsentDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.category_boxes[DataCategory.IDENTITY].isChecked()
    assert dialog.identity_note.isVisible()
    assert "Identity is required to share" in dialog.identity_note.text()

    rows = [dialog.recipients.item(i) for i in range(dialog.recipients.count())]
    headings = [r.text() for r in rows if r.flags() == Qt.ItemFlag.NoItemFlags]
    assert headings == ["Parties (any worker of the party)", "Contacts (one verified worker)"]
    texts = [r.text() for r in rows]
    contact_row = next(i for i, t in enumerate(texts) if t.startswith("Bertta"))
    assert texts.index(headings[1]) < contact_row
    assert all(
        texts.index(headings[1]) > i
        for i, r in enumerate(rows[1:], 1)
        if r.flags() != Qt.ItemFlag.NoItemFlags and not r.text().startswith("Bertta")
    )


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
