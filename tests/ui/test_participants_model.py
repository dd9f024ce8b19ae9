"""The participants table model over a few hundred demo participants: Qt's model tester in
fatal mode, paging through fetchMore, sorting and filtering through the query, and the
search box (debounced, through the runner) on the real page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import LifecycleState
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.participants.model import Column, ParticipantRole, ParticipantTableModel
from exitdesk.ui.participants.page import ParticipantsPage
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE, WORKER

DEMO_COUNT = 200


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo") / "vault"
    created = create_vault(
        directory, PASSPHRASE, WORKER, Options(kdf=KdfParams.FLOOR, use_keyring=False)
    )
    with created.session as session:
        session.generate_demo(DEMO_COUNT, seed=7)
    return directory


@pytest.fixture
def session(demo_dir: Path) -> Iterator[Session]:
    from exitdesk.app.session import open_vault

    opened = open_vault(demo_dir, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def model(qtbot: QtBot, runner: TaskRunner) -> ParticipantTableModel:
    return ParticipantTableModel(runner, page_size=50)


def test_model_passes_qt_model_tester(
    qtbot: QtBot, model: ParticipantTableModel, session: Session
) -> None:
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_session(session)
    _settled(qtbot, model)
    while model.canFetchMore():
        model.fetchMore()
        _settled(qtbot, model)
    assert model.rowCount() == DEMO_COUNT
    model.sort(Column.BIRTH_YEAR, Qt.SortOrder.DescendingOrder)
    _settled(qtbot, model)
    years = [model.index(r, Column.BIRTH_YEAR).data() for r in range(model.rowCount())]
    known = [int(y) for y in years if y]
    assert known == sorted(known, reverse=True)
    model.update_query(urgent_only=True)
    _settled(qtbot, model)
    assert 0 < model.rowCount() < DEMO_COUNT
    model.set_session(None)
    assert model.rowCount() == 0
    del tester


def _aliases(model: ParticipantTableModel) -> list[str]:
    return [model.index(row, Column.ALIAS).data() for row in range(model.rowCount())]


def _settled(qtbot: QtBot, model: ParticipantTableModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def test_pages_arrive_with_fetch_more(
    qtbot: QtBot, model: ParticipantTableModel, session: Session
) -> None:
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.set_session(session)
    _settled(qtbot, model)
    assert model.total == DEMO_COUNT
    assert model.rowCount() == 50
    assert model.canFetchMore()
    model.fetchMore()
    _settled(qtbot, model)
    assert model.rowCount() == 100
    while model.canFetchMore():
        model.fetchMore()
        _settled(qtbot, model)
    assert model.rowCount() == DEMO_COUNT
    ids = {model.index(r, 0).data(ParticipantRole.ID) for r in range(model.rowCount())}
    assert len(ids) == DEMO_COUNT  # pages never overlap
    model.set_session(None)
    assert model.rowCount() == 0 and model.total == 0


def test_sort_and_filters_requery(
    qtbot: QtBot, model: ParticipantTableModel, session: Session
) -> None:
    model.set_session(session)
    _settled(qtbot, model)
    ascending = _aliases(model)
    assert ascending == sorted(ascending, key=str.casefold) or ascending[0] <= ascending[-1]

    model.sort(Column.ALIAS, Qt.SortOrder.DescendingOrder)
    _settled(qtbot, model)
    descending = _aliases(model)
    assert descending[0] != ascending[0]
    assert model.query.descending

    model.update_query(states=frozenset({LifecycleState.ACTIVE}))
    _settled(qtbot, model)
    expected = session.count(ParticipantQuery(states=frozenset({LifecycleState.ACTIVE})))
    assert 0 < model.total == expected < DEMO_COUNT
    states = {model.index(r, 0).data(ParticipantRole.STATE) for r in range(model.rowCount())}
    assert states == {"active"}

    model.update_query(states=frozenset(), urgent_only=True)
    _settled(qtbot, model)
    assert 0 < model.total < DEMO_COUNT
    assert all(model.index(r, 0).data(ParticipantRole.URGENT) for r in range(model.rowCount()))
    urgent_cell = model.index(0, Column.ALIAS)
    assert urgent_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Urgent" in urgent_cell.data(Qt.ItemDataRole.AccessibleTextRole)


def test_search_box_is_debounced_and_filters(
    qtbot: QtBot, runner: TaskRunner, session: Session
) -> None:
    page = ParticipantsPage(runner, page_size=50)
    qtbot.addWidget(page)
    page.show()
    page.set_session(session)
    model = page.model
    _settled(qtbot, model)
    assert model.total == DEMO_COUNT
    first_alias = model.index(0, Column.ALIAS).data()
    word = first_alias.split()[0]
    qtbot.keyClicks(page.search, word)
    assert model.query.text == ""  # nothing re-queried yet: the box waits for a pause
    qtbot.waitUntil(lambda: model.query.text == word, timeout=2_000)
    _settled(qtbot, model)
    assert 0 < model.total < DEMO_COUNT
    assert model.total == session.count(ParticipantQuery(text=word))
    assert first_alias in _aliases(model)

    # The urgent banner tells how many in this list carry the flag.
    page.search.clear()
    qtbot.waitUntil(lambda: model.query.text == "" and not model.loading, timeout=2_000)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=2_000)
    assert "urgent" in page.banner.text

    # Scrolling to the end of the table pulls the next page.
    before = model.rowCount()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > before, timeout=5_000)
    page.set_session(None)
    assert model.rowCount() == 0
