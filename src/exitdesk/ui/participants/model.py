"""A table model over ``Session.first_page``/``summaries`` that stays fluid at 10,000 participants:
rows arrive in pages (``canFetchMore``/``fetchMore``) on the task runner, and sorting and
filtering change the query the vault runs, never a proxy over every row."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from exitdesk.app.session import Session
from exitdesk.domain import LifecycleState, SafetyLevel
from exitdesk.domain.display import shown
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.parties import ALL_PARTIES
from exitdesk.domain.views import (
    ParticipantPage,
    ParticipantQuery,
    ParticipantSort,
    ParticipantSummary,
)
from exitdesk.ui.participant.labels import party_name, to_qdate
from exitdesk.ui.tasks import Task, TaskRunner
from exitdesk.ui.widgets import icon

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
# Pages held at once (4,000 rows at the window's page size) and page requests remembered.
MAX_HELD_PAGES = 20
_MAX_WANTED = 3


class ParticipantRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    UID = Qt.ItemDataRole.UserRole + 2
    URGENT = Qt.ItemDataRole.UserRole + 3
    STATE = Qt.ItemDataRole.UserRole + 4
    SUMMARY = Qt.ItemDataRole.UserRole + 5


class Column(IntEnum):
    ALIAS = 0
    LEGAL_NAME = 1
    BIRTH_YEAR = 2
    STATE = 3
    PARTIES = 4
    SAFETY = 5
    NEXT_REVIEW = 6
    UPDATED = 7


_HEADERS: dict[Column, str] = {
    Column.ALIAS: QT_TRANSLATE_NOOP("ParticipantTableModel", "Alias"),
    Column.LEGAL_NAME: QT_TRANSLATE_NOOP("ParticipantTableModel", "Legal name"),
    Column.BIRTH_YEAR: QT_TRANSLATE_NOOP("ParticipantTableModel", "Born"),
    Column.STATE: QT_TRANSLATE_NOOP("ParticipantTableModel", "Stage"),
    Column.PARTIES: QT_TRANSLATE_NOOP("ParticipantTableModel", "Parties"),
    Column.SAFETY: QT_TRANSLATE_NOOP("ParticipantTableModel", "Safety"),
    Column.NEXT_REVIEW: QT_TRANSLATE_NOOP("ParticipantTableModel", "Next review"),
    Column.UPDATED: QT_TRANSLATE_NOOP("ParticipantTableModel", "Updated"),
}

_SORTS: dict[Column, ParticipantSort] = {
    Column.ALIAS: ParticipantSort.ALIAS,
    Column.LEGAL_NAME: ParticipantSort.LEGAL_NAME,
    Column.BIRTH_YEAR: ParticipantSort.BIRTH_YEAR,
    Column.STATE: ParticipantSort.STATE,
    Column.SAFETY: ParticipantSort.SAFETY,
    Column.NEXT_REVIEW: ParticipantSort.NEXT_REVIEW,
    Column.UPDATED: ParticipantSort.UPDATED,
}

_STATE_NAMES: dict[LifecycleState, str] = {
    LifecycleState.ENQUIRY: QT_TRANSLATE_NOOP("Lifecycle", "Enquiry"),
    LifecycleState.ASSESSMENT: QT_TRANSLATE_NOOP("Lifecycle", "Assessment"),
    LifecycleState.ACTIVE: QT_TRANSLATE_NOOP("Lifecycle", "Active"),
    LifecycleState.AFTER_RELEASE: QT_TRANSLATE_NOOP("Lifecycle", "After release"),
    LifecycleState.ENDED: QT_TRANSLATE_NOOP("Lifecycle", "Ended"),
}

_SAFETY_NAMES: dict[SafetyLevel, str] = {
    SafetyLevel.LOW: QT_TRANSLATE_NOOP("Safety", "Low"),
    SafetyLevel.MODERATE: QT_TRANSLATE_NOOP("Safety", "Moderate"),
    SafetyLevel.HIGH: QT_TRANSLATE_NOOP("Safety", "High"),
    SafetyLevel.CRITICAL: QT_TRANSLATE_NOOP("Safety", "Critical"),
}


def state_name(state: LifecycleState) -> str:
    return QCoreApplication.translate("Lifecycle", _STATE_NAMES[state])


def safety_name(level: SafetyLevel) -> str:
    return QCoreApplication.translate("Safety", _SAFETY_NAMES[level])


def sortable(column: int) -> bool:
    return column in _SORTS


class ParticipantTableModel(QAbstractTableModel):
    """Rows of ``ParticipantSummary``. ``set_query`` starts over (first page with the count);
    the row count is the whole result from then on, so the scrollbar covers every row, and the
    pages the view shows are fetched when it first asks for their data: after the page before
    them by keyset when that one is held, else by position (a jump of the scrollbar). Results
    of a query that has since been replaced are dropped, so a fast typist never sees stale
    rows."""

    loadingChanged = Signal(bool)
    totalChanged = Signal(int)
    urgentChanged = Signal(int)
    failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._query = ParticipantQuery(limit=page_size)
        self._pages: dict[int, list[ParticipantSummary]] = {}
        # Pages the view asked for and does not hold yet, the latest wish last.
        self._wanted: list[int] = []
        self._total = 0
        self._urgent = 0
        self._generation = 0
        self._pending: Task | None = None
        self._shown_loading = False
        # Views (and Qt's model tester) may ask for data from inside a reset; no page is
        # fetched until the rows are consistent again.
        self._changing = False

    # -- state ----------------------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many participants match the query: the row count (not all rows are loaded)."""
        return self._total

    @property
    def loaded_rows(self) -> int:
        """How many rows are held in memory now (at most ``MAX_HELD_PAGES`` pages)."""
        return sum(len(rows) for rows in self._pages.values())

    @property
    def urgent_total(self) -> int:
        """How many of the matching participants carry an urgent safety flag."""
        return self._urgent

    @property
    def loading(self) -> bool:
        """True while a query for this model is running on the worker thread."""
        return self._pending is not None

    def summary(self, row: int) -> ParticipantSummary | None:
        """The row's participant, or None while its page is still being fetched."""
        return self._item(row)

    def set_session(self, session: Session | None) -> None:
        """Attach to an unlocked vault, or detach (None) and hold nothing at all."""
        self._session = session
        if session is None:
            self.clear()
        else:
            self.refresh()

    def clear(self) -> None:
        self._generation += 1
        self._pending = None
        self._changing = True
        self.beginResetModel()
        self._pages = {}
        self._wanted = []
        self._total = 0
        self._urgent = 0
        self.endResetModel()
        self._changing = False
        self._loading_may_have_changed()
        self.totalChanged.emit(0)
        self.urgentChanged.emit(0)

    def set_query(self, query: ParticipantQuery) -> None:
        self._query = query.model_copy(
            update={"offset": 0, "after_id": None, "limit": self._query.limit}
        )
        self.refresh()

    def update_query(self, **changes: Any) -> None:
        self.set_query(self._query.model_copy(update=changes))

    def refresh(self) -> None:
        """Run the query again from the first page (after a change or a new filter)."""
        session = self._session
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        query = self._query.page(0)
        self._wanted = []
        self._pending = self._runner.run(
            lambda: session.first_page(query),
            owner=self,
            on_success=lambda result: self._first_page(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
        )
        self._loading_may_have_changed()

    def _first_page(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        assert isinstance(result, ParticipantPage)
        self._pending = None
        self._changing = True
        self.beginResetModel()
        self._pages = {0: list(result.rows)}
        self._wanted = []
        self._total = max(result.total, len(result.rows))
        self._urgent = result.urgent
        self.endResetModel()
        self._changing = False
        self._loading_may_have_changed()
        self.totalChanged.emit(self._total)
        self.urgentChanged.emit(self._urgent)
        self._fetch_wanted()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self._wanted = []
        self._loading_may_have_changed()
        self.failed.emit(exc)

    def _loading_may_have_changed(self) -> None:
        # Views (and Qt's model tester) may ask for data from inside a reset, so the state is
        # read back afterwards rather than set by each step.
        if self.loading != self._shown_loading:
            self._shown_loading = self.loading
            self.loadingChanged.emit(self._shown_loading)

    # -- paging ---------------------------------------------------------------------------
    def _item(self, row: int) -> ParticipantSummary | None:
        if not 0 <= row < self._total:
            return None
        number, at = divmod(row, self._query.limit)
        rows = self._pages.get(number)
        if rows is None:
            self._want(number)
            return None
        return rows[at] if at < len(rows) else None

    def _want(self, number: int) -> None:
        if number in self._wanted:
            self._wanted.remove(number)
        self._wanted.append(number)
        # A fast drag of the scrollbar passes pages the view no longer shows: keep the latest.
        del self._wanted[:-_MAX_WANTED]
        self._fetch_wanted()

    def _fetch_wanted(self) -> None:
        session = self._session
        if session is None or self._pending is not None or self._changing:
            return
        limit = self._query.limit
        while self._wanted:
            number = self._wanted.pop()
            if number not in self._pages and number * limit < self._total:
                break
        else:
            return
        before = self._pages.get(number - 1)
        # Keyset paging after the page before when it is held (scrolling): the same cost at
        # any depth. A jump has no row to continue after and seeks by position once.
        if before is not None and len(before) == limit:
            query = self._query.after_row(before[-1])
        else:
            query = self._query.page(number)
        generation = self._generation
        self._pending = self._runner.run(
            lambda: session.summaries(query),
            owner=self,
            on_success=lambda rows: self._page_arrived(generation, number, rows),
            on_failure=lambda exc: self._failed(generation, exc),
        )
        self._loading_may_have_changed()

    def _page_arrived(self, generation: int, number: int, rows: Any) -> None:
        if generation != self._generation:
            return
        self._pending = None
        limit = self._query.limit
        expected = min(limit, self._total - number * limit)
        if len(rows) != expected:
            # The vault changed under the list (an import, another window): start over.
            self.refresh()
            return
        self._pages[number] = list(rows)
        # Hold a bounded window of pages around the one the view is at, so a scroll through
        # 50,000 rows keeps neither the rows nor the garbage collector's work growing.
        while len(self._pages) > MAX_HELD_PAGES:
            del self._pages[max(self._pages, key=lambda held: abs(held - number))]
        first = number * limit
        self.dataChanged.emit(
            self.index(first, 0), self.index(first + len(rows) - 1, len(Column) - 1)
        )
        self._loading_may_have_changed()
        self._fetch_wanted()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Whether a page after the last one held exists (for a caller that reads the rows
        in order; the view itself fetches by asking for data)."""
        if parent.isValid() or self._session is None or self._changing:
            return False
        following = max(self._pages) + 1 if self._pages else 0
        return self._pending is None and following * self._query.limit < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._want(max(self._pages) + 1 if self._pages else 0)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("ParticipantTableModel", _HEADERS[Column(section)])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(Column):
            return None
        item = self._item(row)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, Column(column))
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.ALIAS and item.urgent:
                return icon("warning")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(item, Column(column)) or ""
            if column == Column.ALIAS and item.urgent:
                return self.tr("Urgent safety flag: {alias}").format(alias=text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ALIAS and item.urgent:
            return self.tr("Urgent safety flag")
        if role == ParticipantRole.ID:
            return item.id
        if role == ParticipantRole.UID:
            return str(item.uid)
        if role == ParticipantRole.URGENT:
            return item.urgent
        if role == ParticipantRole.STATE:
            return item.state.value
        if role == ParticipantRole.SUMMARY:
            return item
        return None

    def _display(self, item: ParticipantSummary, column: Column) -> str | None:
        locale = QLocale()
        if column is Column.ALIAS:
            return shown(item.alias)
        if column is Column.LEGAL_NAME:
            return shown(item.legal_name or "")
        if column is Column.BIRTH_YEAR:
            return str(item.birth_year) if item.birth_year is not None else ""
        if column is Column.STATE:
            return state_name(item.state)
        if column is Column.PARTIES:
            return ", ".join(party_name(p) for p in item.parties if p in ALL_PARTIES)
        if column is Column.SAFETY:
            return safety_name(item.safety_level) if item.safety_level is not None else ""
        if column is Column.NEXT_REVIEW:
            if item.next_review is None:
                return ""
            return locale.toString(to_qdate(item.next_review), QLocale.FormatType.ShortFormat)
        updated = to_qdate(item.updated_at.astimezone().date())
        return locale.toString(updated, QLocale.FormatType.ShortFormat)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (ParticipantRole.ID, b"participantId"),
            (ParticipantRole.UID, b"uid"),
            (ParticipantRole.URGENT, b"urgent"),
            (ParticipantRole.STATE, b"state"),
            (ParticipantRole.SUMMARY, b"summary"),
        ):
            names[int(role)] = QByteArray(name)
        return names

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORTS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.sort == _SORTS[Column(column)] and self._query.descending == descending:
            return
        self.update_query(sort=_SORTS[Column(column)], descending=descending)

    def retranslate(self) -> None:
        """Texts of headers and cells follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(Column) - 1))
