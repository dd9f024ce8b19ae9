"""Unicode tricks in what the window shows (issue 10, deliver 6): a bidi control or zero-width
character in a participant's names is shown as a visible escape in the list and the heading,
and a contact whose name mixes scripts is pointed out beside the safety number. Each failed on
main."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Session
from exitdesk.domain import FixedClock
from exitdesk.ui.exchange.page import ExchangePage
from exitdesk.ui.participants.model import Column, ParticipantTableModel
from exitdesk.ui.tasks import TaskRunner
from tests.ui.exchange_support import NOW, make_session

RLO = "\u202e"


@pytest.fixture
def aino(tmp_path: Path) -> Iterator[Session]:
    session = make_session(tmp_path / "a", "Aino", "fi-rise", FixedClock(NOW))
    yield session
    session.lock()


def test_the_participant_list_shows_hidden_characters_as_escapes(
    qtbot: QtBot, runner: TaskRunner, aino: Session
) -> None:
    aino.add_participant("Kettu", legal_name=f"Matti{RLO}nenialaV")
    model = ParticipantTableModel(runner, page_size=50)
    model.set_session(aino)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=10_000)
    legal = model.index(0, Column.LEGAL_NAME).data()
    assert legal == "Matti\\u202enenialaV"
    model.set_session(None)


def test_a_look_alike_contact_name_is_pointed_out_beside_the_safety_number(
    qtbot: QtBot, runner: TaskRunner, aino: Session, tmp_path: Path
) -> None:
    fake = make_session(tmp_path / "b", "\u0410ino Virtanen", "fi-krp", FixedClock(NOW))
    honest = make_session(tmp_path / "c", "Bertta Åström", "fi-krp", FixedClock(NOW))
    try:
        aino.exchange.add_contact(fake.exchange.my_card())
        aino.exchange.add_contact(honest.exchange.my_card())
    finally:
        fake.lock()
        honest.lock()
    holder = QWidget()
    qtbot.addWidget(holder)
    page = ExchangePage(runner, holder)
    holder.show()
    with qtbot.waitSignal(page.contacts.loaded, timeout=10_000):
        page.set_session(aino)
    contacts = page.contacts
    texts = {}
    for row in range(contacts.list.count()):
        contacts.list.setCurrentRow(row)
        texts[contacts.list.item(row).text()] = contacts.detail.state.text()
    fake_state = next(state for name, state in texts.items() if name.startswith("\u0410ino"))
    honest_state = next(state for name, state in texts.items() if name.startswith("Bertta"))
    assert "mixes letters of different scripts (Cyrillic, Latin)" in fake_state
    assert "scripts" not in honest_state
    page.set_session(None)
