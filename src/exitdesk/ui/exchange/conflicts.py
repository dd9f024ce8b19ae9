"""Conflicts: a record changed here and at the sender since the last exchange. This vault's version
and the incoming one side by side as readable fields; the worker keeps one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.exchange import ConflictSides
from exitdesk.app.session import Session
from exitdesk.ui.messages import MessageLabel
from exitdesk.ui.participant.labels import format_date
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import user_message

# Keys that link records together; a worker has nothing to decide about them.
_HIDDEN = {"participant_uid", "uid", "id", "participant_id"}
_ID_ROLE = Qt.ItemDataRole.UserRole


def load_conflicts(session: Session) -> list[ConflictSides]:
    """Open conflicts with both versions of each record. Read-only; runs on the task runner."""
    exchange = session.exchange
    return [exchange.conflict_sides(c.id) for c in exchange.conflicts()]


class FieldText(QObject):
    """Readable names and values for record fields (no raw JSON on screen)."""

    def name(self, key: str) -> str:
        names = {
            "alias": self.tr("Alias"),
            "legal_name": self.tr("Legal name"),
            "birth_year": self.tr("Year of birth"),
            "contact": self.tr("Contact details"),
            "institution": self.tr("Institution"),
            "release_date": self.tr("Release date"),
            "parties": self.tr("Parties"),
            "state": self.tr("Stage"),
            "history": self.tr("Stage history"),
            "domain": self.tr("Life domain"),
            "description": self.tr("Description"),
            "status": self.tr("Status"),
            "owner_party_id": self.tr("Responsible party"),
            "actions": self.tr("Actions"),
            "ratings": self.tr("Progress ratings"),
            "on": self.tr("Date"),
            "summary": self.tr("Summary"),
            "mode": self.tr("Mode"),
            "method": self.tr("Method"),
            "level": self.tr("Safety level"),
            "urgent": self.tr("Urgent"),
            "assessed_on": self.tr("Assessed on"),
            "persons_at_risk": self.tr("Persons at risk"),
            "arrangements": self.tr("Security arrangements"),
            "review_on": self.tr("Review date"),
        }
        return names.get(key, key.replace("_", " ").capitalize())

    def value(self, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, str):
            return _date_text(value)
        if isinstance(value, list):
            return "\n".join(self.value(item) for item in value)
        if isinstance(value, dict):
            parts = [
                f"{self.name(k)}: {self.value(v)}" for k, v in value.items() if k not in _HIDDEN
            ]
            return "; ".join(parts)
        return str(value)

    def rows(self, obj: dict[str, Any]) -> list[tuple[str, str, str]]:
        """(key, field name, value text) for each shown field, in the record's order."""
        return [(k, self.name(k), self.value(v)) for k, v in obj.items() if k not in _HIDDEN]


def _date_text(text: str) -> str:
    """ISO dates and times as the window shows dates elsewhere; anything else unchanged."""
    if len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-":
        try:
            return format_date(datetime.fromisoformat(text))
        except ValueError:
            return text
    return text


class ConflictsPanel(RetranslateMixin, QWidget):
    """``loaded`` after each reload; ``resolved`` after the worker kept one version."""

    loaded = Signal()
    resolved = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._sides: list[ConflictSides] = []
        self._text = FieldText(self)
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setMaximumHeight(140)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.mine_label = QLabel(self)
        self.theirs_label = QLabel(self)
        self.mine = self._table()
        self.theirs = self._table()
        self.keep_button = QPushButton(self)
        self.take_button = QPushButton(self)
        self.message = MessageLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.mine_label.setBuddy(self.mine)
        self.theirs_label.setBuddy(self.theirs)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        self.keep_button.clicked.connect(lambda: self.resolve(take_incoming=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_incoming=True))
        grid = QGridLayout()
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.addWidget(self.keep_button, 2, 0)
        grid.addWidget(self.take_button, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.list, self.mine)
        QWidget.setTabOrder(self.mine, self.theirs)
        QWidget.setTabOrder(self.theirs, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.take_button)
        self.retranslateUi()
        self._show_current()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- data ------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.message.clear()
        if session is None:
            self._fill([])
        else:
            self.reload()

    def reload(self) -> None:
        session = self._session
        if session is None:
            return
        self._runner.run(
            lambda: load_conflicts(session),
            owner=self,
            on_success=self._loaded,
            on_failure=lambda exc: self.message.show_error(user_message(exc)),
        )

    def _loaded(self, sides: object) -> None:
        assert isinstance(sides, list)
        self._fill(sides)
        self.loaded.emit()

    def count(self) -> int:
        return len(self._sides)

    def _fill(self, sides: list[ConflictSides]) -> None:
        self._sides = sides
        self.list.blockSignals(True)
        self.list.clear()
        for side in sides:
            item = QListWidgetItem(self._item_text(side), self.list)
            item.setData(_ID_ROLE, side.conflict.id)
        if sides:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def _item_text(self, side: ConflictSides) -> str:
        kinds = {
            "participant": self.tr("identity"),
            "lifecycle": self.tr("stage"),
            "goal": self.tr("goal"),
            "meeting": self.tr("meeting"),
            "safety": self.tr("safety assessment"),
        }
        kind = kinds.get(side.conflict.record_type, side.conflict.record_type)
        return (
            self.tr("%1: %2 (from %3, %4)")
            .replace("%1", side.participant_alias or "—")
            .replace("%2", kind)
            .replace("%3", side.sender or self.tr("unknown sender"))
            .replace("%4", format_date(side.conflict.found_at))
        )

    def current(self) -> ConflictSides | None:
        row = self.list.currentRow()
        return self._sides[row] if 0 <= row < len(self._sides) else None

    def _show_current(self) -> None:
        side = self.current()
        has = side is not None
        self.empty.setVisible(not self._sides)
        for widget in (self.list, self.mine, self.theirs, self.mine_label, self.theirs_label,
                       self.keep_button, self.take_button):  # fmt: skip
            widget.setVisible(bool(self._sides))
        self.keep_button.setEnabled(has)
        self.take_button.setEnabled(has)
        if side is None:
            self.mine.setRowCount(0)
            self.theirs.setRowCount(0)
            return
        theirs = side.theirs
        mine = side.mine or {}
        keys = [k for k, _, _ in self._text.rows(theirs)]
        keys += [k for k, _, _ in self._text.rows(mine) if k not in keys]
        for table, obj in ((self.mine, side.mine), (self.theirs, theirs)):
            table.setRowCount(len(keys))
            for row, key in enumerate(keys):
                value = self._text.value(obj.get(key)) if obj is not None else "—"
                differs = mine.get(key) != theirs.get(key)
                for column, text in enumerate((self._text.name(key), value)):
                    item = QTableWidgetItem(text)
                    if differs:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    table.setItem(row, column, item)
            table.resizeRowsToContents()
        self.theirs_label.setText(
            self.tr("Inc&oming from %1").replace("%1", side.sender or self.tr("the sender"))
        )

    def fields(self, which: str) -> dict[str, str]:
        """Shown field names and values of one side (``mine`` or ``theirs``)."""
        table = self.mine if which == "mine" else self.theirs
        result = {}
        for row in range(table.rowCount()):
            name, value = table.item(row, 0), table.item(row, 1)
            if name is not None and value is not None:
                result[name.text()] = value.text()
        return result

    # -- resolving -------------------------------------------------------------------------
    def resolve(self, *, take_incoming: bool) -> None:
        side, session = self.current(), self._session
        if side is None or session is None:
            return
        exchange = session.exchange
        conflict_id = side.conflict.id
        self.keep_button.setEnabled(False)
        self.take_button.setEnabled(False)
        self._runner.run(
            lambda: exchange.resolve_conflict(conflict_id, take_incoming=take_incoming),
            owner=self,
            on_success=lambda _: self._resolved(take_incoming),
            on_failure=lambda exc: self._failed(exc),
        )

    def _resolved(self, took_theirs: bool) -> None:
        self.message.say(
            self.tr("Resolved: the incoming version is now in your vault.")
            if took_theirs
            else self.tr("Resolved: your version was kept.")
        )
        self.resolved.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(user_message(exc))
        self._show_current()

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.empty.setText(
            self.tr("No conflicts. When a record changed both here and at the sender, it waits "
                    "here until you choose which version to keep.")
        )  # fmt: skip
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.mine_label.setText(self.tr("In this va&ult"))
        self.mine.setAccessibleName(self.tr("Version in this vault"))
        self.theirs.setAccessibleName(self.tr("Incoming version"))
        for table in (self.mine, self.theirs):
            table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.keep_button.setText(self.tr("&Keep mine"))
        self.take_button.setText(self.tr("&Take theirs"))
        self.keep_button.setAccessibleName(self.tr("Keep the version in this vault"))
        self.take_button.setAccessibleName(self.tr("Take the incoming version"))
        for row, side in enumerate(self._sides):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(side))
        self._show_current()
