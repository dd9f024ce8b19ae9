"""An enquiry from the new-participant dialog: an alias and a contact route, nothing else; an
Aggredi vault's dialog does not even offer the fields its policy does not keep."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import ContactRoute, FixedClock, LifecycleState, Worker
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


def _session(tmp_path: Path, party_id: str) -> Session:
    return create_vault(
        tmp_path / party_id,
        "correct horse battery staple",
        Worker(name="Test Worker", party_id=party_id),
        Options(kdf=KdfParams.FLOOR, clock=FixedClock(NOW), use_keyring=False),
    ).session


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.mark.parametrize("party_id", ["fi-rise", "fi-aggredi"])
def test_an_enquiry_with_a_contact_route_is_saved_from_the_dialog(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, party_id: str
) -> None:
    session = _session(tmp_path, party_id)
    try:
        dialog = NewParticipantDialog(session, runner)
        qtbot.addWidget(dialog)
        minimal = party_id == "fi-aggredi"
        assert dialog.legal_name.isEnabled() is not minimal
        assert dialog.contact.isEnabled() is not minimal
        qtbot.keyClicks(dialog.alias, "Kettu")
        dialog.contact_route.setCurrentIndex(
            dialog.contact_route.findData(ContactRoute.VIA_PARTY_WORKER)
        )
        with qtbot.waitSignal(dialog.participantAdded, timeout=10_000) as added:
            dialog.buttons.accepted.emit()
        stored = session.participant(added.args[0])  # type: ignore[index]
        assert stored.state is LifecycleState.ENQUIRY
        assert stored.contact_route is ContactRoute.VIA_PARTY_WORKER
        assert stored.legal_name is None and stored.contact is None
    finally:
        session.lock()
