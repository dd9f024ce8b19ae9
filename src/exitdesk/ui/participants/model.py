"""A table model over ``Session.summaries``/``count`` that stays fluid at 10,000 participants:
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
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.parties import ALL_PARTIES
from exitdesk.domain.views import ParticipantQuery, ParticipantSort, ParticipantSummary
from exitdesk.ui.participant.labels import party_name, to_qdate
from exitdesk.ui.tasks import Task, TaskRunner
from exitdesk.ui.widgets import icon

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200


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
    """Rows of ``ParticipantSummary``. ``set_query`` starts over (count + first page);
    the view's scrolling asks for further pages through ``fetchMore``. Results of a query that
    has since been replaced are dropped, so a fast typist never sees stale rows."""

    loadingChanged = Signal(bool)
    totalChanged = Signal(int)
    failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._query = ParticipantQuery(limit=page_size)
        self._rows: list[ParticipantSummary] = []
        self._total = 0
        self._generation = 0
        self._pending: Task | None = None
        self._shown_loading = False
        # Views (and Qt's model tester) may call fetchMore from inside a reset or an insert;
        # no new page is asked for until the rows are consistent again.
        self._changing = False

    # -- state ----------------------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many participants match the query (rows loaded so far may be fewer)."""
        return self._total

    @property
    def loading(self) -> bool:
        """True while a query for this model is running on the worker thread."""
        return self._pending is not None

    def summary(self, row: int) -> ParticipantSummary:
        return self._rows[row]

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
        self._rows = []
        self._total = 0
        self.endResetModel()
        self._changing = False
        self._loading_may_have_changed()
        self.totalChanged.emit(0)

    def set_query(self, query: ParticipantQuery) -> None:
        self._query = query.model_copy(update={"offset": 0, "limit": self._query.limit})
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

        def work() -> tuple[int, list[ParticipantSummary]]:
            return session.count(query), session.summaries(query)

        self._pending = self._runner.run(
            work,
            owner=self,
            on_success=lambda result: self._first_page(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
        )
        self._loading_may_have_changed()

    def _first_page(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self._pending = None
        self._changing = True
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self.endResetModel()
        self._changing = False
        self._loading_may_have_changed()
        self.totalChanged.emit(self._total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self._loading_may_have_changed()
        self.failed.emit(exc)

    def _loading_may_have_changed(self) -> None:
        # Views (and Qt's model tester) may call fetchMore from inside a reset or insert, so
        # the state is read back afterwards rather than set by each step.
        if self.loading != self._shown_loading:
            self._shown_loading = self.loading
            self.loadingChanged.emit(self._shown_loading)

    # -- paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._session is None:
            return False
        return len(self._rows) < self._total and self._pending is None and not self._changing

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        session = self._session
        assert session is not None
        generation = self._generation
        query = self._query.model_copy(update={"offset": len(self._rows)})
        self._pending = self._runner.run(
            lambda: session.summaries(query),
            owner=self,
            on_success=lambda rows: self._more(generation, query.offset, rows),
            on_failure=lambda exc: self._failed(generation, exc),
        )
        self._loading_may_have_changed()

    def _more(self, generation: int, offset: int, rows: Any) -> None:
        if generation != self._generation:
            return
        self._pending = None
        if offset != len(self._rows):  # cannot happen while fetches are one at a time
            self._loading_may_have_changed()
            return
        if not rows:
            # The vault shrank under us: stop paging instead of asking forever.
            self._total = len(self._rows)
            self.totalChanged.emit(self._total)
        else:
            first = len(self._rows)
            self._changing = True
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            if len(self._rows) > self._total:
                self._total = len(self._rows)
            self.endInsertRows()
            self._changing = False
        self._loading_may_have_changed()

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if not (0 <= row < len(self._rows) and 0 <= column < len(Column)):
            return None
        item = self._rows[row]
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
            return item.alias
        if column is Column.LEGAL_NAME:
            return item.legal_name or ""
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
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
