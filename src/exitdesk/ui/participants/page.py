"""The participants screen: search, filters, the paged table, and the detail view host."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import LifecycleState
from exitdesk.domain.parties import ALL_PARTIES
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.participants.delegate import ParticipantDelegate
from exitdesk.ui.participants.model import (
    PAGE_SIZE,
    Column,
    ParticipantRole,
    ParticipantTableModel,
    state_name,
)
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import UrgentBanner, icon, show_error

log = logging.getLogger("exitdesk.ui")

SEARCH_DELAY_MS = 200
# Starting widths where a header is shorter than what the column usually holds; small enough
# that every column still fits at the default window size in Finnish, whose headers are widest.
COLUMN_WIDTHS: dict[Column, int] = {Column.ALIAS: 100, Column.LEGAL_NAME: 120, Column.PARTIES: 100}


def _participant_view_class() -> Any:
    """The detail view, written by another part of the window; absent in early builds."""
    try:
        from exitdesk.ui.participant.view import ParticipantView
    except ImportError:
        return None
    return ParticipantView


class ParticipantTable(QTableView):
    """Enter opens the selected participant, like a double-click."""

    activatedRow = Signal(int)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedRow.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """Down leaves the search for its results, as in any search box."""

    downPressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class ParticipantsPage(RetranslateMixin, QWidget):
    """List ⇄ detail. ``set_session(None)`` empties everything (used on lock)."""

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self._runner = runner
        self._session: Session | None = None
        self.model = ParticipantTableModel(runner, self, page_size=page_size)
        self.detail: QWidget | None = None

        self.search = SearchField(self)
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("stateFilter")
        self.party_filter = QComboBox(self)
        self.party_filter.setObjectName("partyFilter")
        self.urgent_only = QCheckBox(self)
        self.urgent_only.setObjectName("urgentOnly")
        self.add_button = QPushButton(icon("add"), "", self)
        self.add_button.setObjectName("addParticipant")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        self.banner = UrgentBanner(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("participantsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.table = ParticipantTable(self)
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights let the view skip measuring 10,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setIconSize(QSize(16, 16))
        self.delegate = ParticipantDelegate(self._today, self.table)
        self.table.setItemDelegate(self.delegate)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.party_filter)
        filters.addWidget(self.urgent_only)
        filters.addWidget(self.add_button)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.banner)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.search.downPressed.connect(self._enter_results)
        self.state_filter.currentIndexChanged.connect(self.apply_filters)
        self.party_filter.currentIndexChanged.connect(self.apply_filters)
        self.urgent_only.toggled.connect(self.apply_filters)
        self.add_button.clicked.connect(self.new_participant)
        self.table.doubleClicked.connect(lambda index: self.open_participant_at(index.row()))
        self.table.activatedRow.connect(self.open_participant_at)
        self.banner.actionTriggered.connect(lambda: self.urgent_only.setChecked(True))
        # A new search, sort or filter starts reading from the top.
        self.model.modelReset.connect(self.table.scrollToTop)
        self.model.totalChanged.connect(self._show_count)
        self.model.loadingChanged.connect(lambda _: self._show_count(self.model.total))
        self.model.urgentChanged.connect(self._show_banner)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.setTabOrder(self.search, self.state_filter)
        self.setTabOrder(self.state_filter, self.party_filter)
        self.setTabOrder(self.party_filter, self.urgent_only)
        self.setTabOrder(self.urgent_only, self.add_button)
        self.setTabOrder(self.add_button, self.table)
        self.retranslateUi()

    # -- session --------------------------------------------------------------------------
    def _today(self) -> date | None:
        return self._session.clock().date() if self._session is not None else None

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.close_detail()
        self._search_timer.stop()
        for widget in (self.search, self.state_filter, self.party_filter, self.urgent_only):
            widget.blockSignals(True)
        self.search.clear()
        self.state_filter.setCurrentIndex(0)
        self.party_filter.setCurrentIndex(0)
        self.urgent_only.setChecked(False)
        for widget in (self.search, self.state_filter, self.party_filter, self.urgent_only):
            widget.blockSignals(False)
        self.banner.clear()
        self.model.set_query(ParticipantQuery(limit=self.model.query.limit))
        self.model.set_session(session)
        self.add_button.setEnabled(session is not None)
        self._refresh_banner(self.model.query)

    def current_query(self) -> ParticipantQuery:
        state = self.state_filter.currentData()
        party = self.party_filter.currentData()
        return self.model.query.model_copy(
            update={
                "text": self.search.text().strip()[:200],
                "states": frozenset({LifecycleState(state)}) if state else frozenset(),
                "parties": frozenset({party}) if party else frozenset(),
                "urgent_only": self.urgent_only.isChecked(),
            }
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self._session is None:
            return
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)
        self._refresh_banner(query)

    def _refresh_banner(self, query: ParticipantQuery) -> None:
        """Tell the worker when participants in this list carry an urgent safety flag. The
        model's refresh counts them with the same search (``urgentChanged``), so the search
        runs once per refresh; until it answers the old banner is cleared."""
        if self._session is None or query != self.model.query:
            self.banner.clear()

    def _show_banner(self, count: object) -> None:
        assert isinstance(count, int)
        if self._session is None or count == 0:
            self.banner.clear()
            return
        message = self.tr("Participants in this list with an urgent safety flag: {n}").format(
            n=QLocale().toString(count)
        )
        action = None if self.urgent_only.isChecked() else self.tr("Show &only urgent")
        self.banner.show_message(message, action)

    def _show_count(self, total: int) -> None:
        self._show_empty_state(total)
        if self.model.loading:
            self.count_label.setText(self.tr("Searching…"))
        else:
            self.count_label.setText(
                self.tr("Participants: {n}").format(n=QLocale().toString(total))
            )

    def _show_empty_state(self, total: int) -> None:
        """A blank table says why it is blank and what to do."""
        empty = self._session is not None and not self.model.loading and total == 0
        self.empty.setVisible(empty)
        if not empty:
            return
        query = self.model.query
        if query.text or query.states or query.parties or query.urgent_only:
            self.empty.setText(self.tr("No participants match this search or filter."))
        else:
            self.empty.setText(
                self.tr("No participants yet. Add the first one with New participant (Ctrl+N).")
            )

    def focus_search(self) -> None:
        self.close_detail()
        self.search.setFocus()
        self.search.selectAll()

    def _enter_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # -- actions --------------------------------------------------------------------------
    def new_participant(self) -> None:
        if self._session is None:
            return
        dialog = NewParticipantDialog(self._session, self._runner, self)
        dialog.participantAdded.connect(self._added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def refresh(self) -> None:
        """Re-query after the vault changed elsewhere (an import, the detail view)."""
        self._added()

    def _added(self, *_: object) -> None:
        self.model.refresh()
        self._refresh_banner(self.model.query)

    def open_participant_at(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        participant_id = self.model.data(self.model.index(row, 0), ParticipantRole.ID)
        if participant_id is None:  # its page is still on the way
            return
        self.open_participant(int(participant_id))

    def open_participant(self, participant_id: int) -> None:
        view_class = _participant_view_class()
        if view_class is None or self._session is None:
            return
        self.close_detail()
        try:
            view = view_class(self._session, self._runner, participant_id, self)
        except Exception as exc:  # a broken detail view must not take the list down
            log.error("participant view failed to open: %s", type(exc).__name__)
            show_error(self, exc)
            return
        self.detail = view
        if hasattr(view, "closed"):
            view.closed.connect(self.close_detail)
        if hasattr(view, "changed"):
            view.changed.connect(self._added)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.setFocus()

    def close_detail(self) -> None:
        if self.detail is None:
            return
        view, self.detail = self.detail, None
        self.stack.setCurrentIndex(0)
        self.stack.removeWidget(view)
        view.hide()
        view.deleteLater()
        self.table.setFocus()

    # -- language -------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names and notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self._fill_combo(
            self.state_filter,
            [(self.tr("All stages"), "")] + [(state_name(s), s.value) for s in LifecycleState],
        )
        self.state_filter.setAccessibleName(self.tr("Filter by stage"))
        self._fill_combo(
            self.party_filter,
            [(self.tr("All parties"), "")]
            + [(party_name(p.id), p.id) for p in ALL_PARTIES.values()],
        )
        self.party_filter.setAccessibleName(self.tr("Filter by party"))
        self.urgent_only.setText(self.tr("&Urgent only"))
        self.urgent_only.setAccessibleName(self.tr("Show only participants with an urgent flag"))
        self.add_button.setText(self.tr("&New participant…"))
        self.add_button.setAccessibleName(self.tr("New participant"))
        self.table.setAccessibleName(self.tr("Participants"))
        self.model.retranslate()
        self._size_columns()
        self._show_count(self.model.total)
        if not self.banner.isHidden():
            # The count is the model's last answer; only its words change with the language.
            self._show_banner(self.model.urgent_total)

    def _size_columns(self) -> None:
        """Every column visible at the default window size, and no header cut short in any
        language: each column is at least as wide as its header, names get a little more."""
        header = self.table.horizontalHeader()
        for column in Column:
            wanted = header.sectionSizeFromContents(column).width() + 4
            self.table.setColumnWidth(column, max(wanted, COLUMN_WIDTHS.get(column, 0)))

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
