"""The hand-over action of the participant view, driven through its real widgets against two
real vaults: the preview is shown before anything is written, the bundle is saved where the
worker chose, and the receiver takes the case over as its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Session
from exitdesk.domain import DataCategory, FixedClock
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.participant.exchange_history import ExchangeHistoryTab
from exitdesk.ui.tasks import TaskRunner
from tests.ui.exchange_support import NOW, befriend, click, dump, grant, make_session
from tests.ui.test_exchange_page import _open_import, _page


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    clock = FixedClock(NOW)
    a = make_session(tmp_path / "a", "Aino", "fi-rise", clock)
    b = make_session(tmp_path / "b", "Bertta", "fi-krp", clock)
    yield a, b
    a.lock()
    b.lock()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_hand_over_shows_the_preview_then_saves_the_bundle(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    b_at_a, _ = befriend(a, b)
    p = a.add_participant(
        "Kettu",
        legal_name="Qwertz Zyxw",
        birth_year=1990,
        parties=frozenset({"fi-rise", "fi-krp", "fi-aggredi"}),
    )
    assert p.id is not None
    grant(a, p.id, b_at_a, [DataCategory.IDENTITY, DataCategory.STATUS])
    tab = ExchangeHistoryTab(a, runner, p.id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.reload()
    bar = tab.handover
    assert bar is not None
    qtbot.waitUntil(lambda: bar.contacts.count() == 1, timeout=10_000)
    assert bar.button.isEnabled()

    before = dump(a)
    click(qtbot, bar.button)
    qtbot.waitUntil(
        lambda: bar.findChild(QMessageBox, "handoverConfirm") is not None, timeout=10_000
    )
    box = bar.findChild(QMessageBox, "handoverConfirm")
    assert "Leaves this vault: 1 lifecycle, 1 participant." in box.text()
    assert "removed when the receiver's acknowledgement is imported" in box.text()
    assert dump(a) == before, "the preview wrote nothing"

    out = tmp_path / "handover.exitbundle"
    bar.choose_path = lambda _parent, _title, _name: out
    with qtbot.waitSignal(bar.sent, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert "the case stays here until they acknowledge it" in bar.message.text()
    assert out.exists()

    # The receiver imports it through the exchange page; the acknowledgement waits there.
    page = _page(qtbot, runner, b)
    dialog = _open_import(qtbot, page, out)
    assert "A hand-over: the case becomes yours" in dialog.details.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click(qtbot, dialog.import_button)
    assert [s.alias for s in b.summaries(ParticipantQuery())] == ["Kettu"]
    qtbot.waitUntil(lambda: page.outbox.pending == 1, timeout=10_000)
