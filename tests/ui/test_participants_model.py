"""The participants table model over a few hundred demo participants: Qt's model tester in
fatal mode, a row count covering the whole result with pages fetched as the view reads them,
sorting and filtering through the query, and the search box (debounced, through the runner) on
the real page."""

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
from exitdesk.ui.participants.model import (
    MAX_HELD_PAGES,
    Column,
    ParticipantRole,
    ParticipantTableModel,
)
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
    _load_all(qtbot, model)
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


def _load_all(qtbot: QtBot, model: ParticipantTableModel) -> None:
    """Fetch every page in order, as a reader of all rows must (the count comes first)."""
    while model.canFetchMore():
        model.fetchMore()
        _settled(qtbot, model)


def test_pages_arrive_with_fetch_more(
    qtbot: QtBot, model: ParticipantTableModel, session: Session
) -> None:
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.set_session(session)
    _settled(qtbot, model)
    assert model.total == DEMO_COUNT
    # The scrollbar covers every row from the first answer on; only one page is loaded.
    assert model.rowCount() == DEMO_COUNT
    assert model.loaded_rows == 50
    assert model.canFetchMore()
    model.fetchMore()
    _settled(qtbot, model)
    assert model.loaded_rows == 100
    while model.canFetchMore():
        model.fetchMore()
        _settled(qtbot, model)
    assert model.loaded_rows == DEMO_COUNT
    ids = {model.index(r, 0).data(ParticipantRole.ID) for r in range(model.rowCount())}
    assert len(ids) == DEMO_COUNT  # pages never overlap
    model.set_session(None)
    assert model.rowCount() == 0 and model.total == 0


def test_sort_and_filters_requery(
    qtbot: QtBot, model: ParticipantTableModel, session: Session
) -> None:
    model.set_session(session)
    _settled(qtbot, model)
    _load_all(qtbot, model)
    ascending = _aliases(model)
    assert ascending == sorted(ascending, key=str.casefold) or ascending[0] <= ascending[-1]

    model.sort(Column.ALIAS, Qt.SortOrder.DescendingOrder)
    _settled(qtbot, model)
    _load_all(qtbot, model)
    descending = _aliases(model)
    assert descending[0] != ascending[0]
    assert model.query.descending

    model.update_query(states=frozenset({LifecycleState.ACTIVE}))
    _settled(qtbot, model)
    _load_all(qtbot, model)
    expected = session.count(ParticipantQuery(states=frozenset({LifecycleState.ACTIVE})))
    assert 0 < model.total == expected < DEMO_COUNT
    states = {model.index(r, 0).data(ParticipantRole.STATE) for r in range(model.rowCount())}
    assert states == {"active"}

    model.update_query(states=frozenset(), urgent_only=True)
    _settled(qtbot, model)
    _load_all(qtbot, model)
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

    # Scrolling to the end of the table pulls the page shown there.
    before = model.loaded_rows
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.loaded_rows > before, timeout=5_000)
    last = model.index(model.rowCount() - 1, Column.ALIAS)
    qtbot.waitUntil(lambda: last.data() is not None, timeout=5_000)
    page.set_session(None)
    assert model.rowCount() == 0


def _all_in_order(session: Session, query: ParticipantQuery) -> list[int]:
    rows = session.summaries(query.model_copy(update={"limit": DEMO_COUNT, "offset": 0}))
    return [r.id for r in rows]


@pytest.mark.parametrize(
    ("column", "order"),
    [
        (Column.ALIAS, Qt.SortOrder.AscendingOrder),
        (Column.LEGAL_NAME, Qt.SortOrder.DescendingOrder),
        (Column.SAFETY, Qt.SortOrder.AscendingOrder),
        (Column.NEXT_REVIEW, Qt.SortOrder.DescendingOrder),
    ],
)
def test_pages_read_in_order_are_the_whole_result_in_order(
    qtbot: QtBot, runner: TaskRunner, session: Session, column: Column, order: Qt.SortOrder
) -> None:
    model = ParticipantTableModel(runner, page_size=7)  # pages that split ties and nulls
    model.set_session(session)
    _settled(qtbot, model)
    model.sort(column, order)
    _settled(qtbot, model)
    _load_all(qtbot, model)
    # A window of pages is held, so read them back as they are fetched again, in order.
    seen: list[object] = []
    for row in range(model.rowCount()):
        cell = model.index(row, 0)
        if cell.data(ParticipantRole.ID) is None:
            qtbot.waitUntil(lambda cell=cell: cell.data(ParticipantRole.ID) is not None)
        seen.append(cell.data(ParticipantRole.ID))
    assert seen == _all_in_order(session, model.query)


def test_a_jump_to_the_end_fetches_only_the_page_shown(
    qtbot: QtBot, runner: TaskRunner, session: Session
) -> None:
    model = ParticipantTableModel(runner, page_size=20)
    model.set_session(session)
    _settled(qtbot, model)
    last = model.index(model.rowCount() - 1, 0)
    assert last.data(ParticipantRole.ID) is None  # not loaded: asking fetches its page
    qtbot.waitUntil(lambda: last.data(ParticipantRole.ID) is not None, timeout=5_000)
    assert last.data(ParticipantRole.ID) == _all_in_order(session, model.query)[-1]
    assert model.loaded_rows == 40  # the first page and the last, nothing in between


def test_rows_held_stay_bounded_while_scrolling_through(
    qtbot: QtBot, runner: TaskRunner, session: Session
) -> None:
    model = ParticipantTableModel(runner, page_size=3)
    model.set_session(session)
    _settled(qtbot, model)
    assert DEMO_COUNT > 3 * MAX_HELD_PAGES
    _load_all(qtbot, model)
    assert model.loaded_rows <= 3 * MAX_HELD_PAGES
    # The last page is held and the first was let go; reading it again fetches it again.
    assert model.index(DEMO_COUNT - 1, 0).data(ParticipantRole.ID) is not None
    first = model.index(0, 0)
    assert first.data(ParticipantRole.ID) is None
    qtbot.waitUntil(lambda: first.data(ParticipantRole.ID) is not None, timeout=5_000)
    assert first.data(ParticipantRole.ID) == _all_in_order(session, model.query)[0]
