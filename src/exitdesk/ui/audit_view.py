"""The audit log viewer: what was done in this vault and when, filtered by action and date,
with the hash chain's verification state. Entries name records by random ids, never people."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.ui.audit_words import action_phrase, detail_phrases, detail_tooltip
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import icon, show_error

# Actions the services write; the filter offers these (the log may hold others from newer code).
KNOWN_ACTIONS: tuple[str, ...] = (
    "vault.created",
    "vault.recovered",
    "vault.passphrase_changed",
    "vault.rekeyed",
    "vault.backup_written",
    "participant.open",
    "participant.update",
    "participant.lifecycle",
    "participant.delete",
    "note.add",
    "plan.goal",
    "plan.rating",
    "meeting.add",
    "meeting.update",
    "meeting.delete",
    "note.delete",
    "safety.assess",
    "consent.grant",
    "consent.withdraw",
    "exchange.export",
    "exchange.import",
    "demo.generate",
)

PAGE_ROWS = 2000


class AuditView(RetranslateMixin, QWidget):
    """Loads through the task runner; ``set_session(None)`` empties it."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self._runner = runner
        self._session: Session | None = None
        # The last check's result, kept so its sentence follows a language switch.
        self._report: Any = None
        self.action = QComboBox(self)
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action.setObjectName("auditAction")
        self.since = DateEdit(self)
        self.since.setCalendarPopup(True)
        self.until = DateEdit(self)
        self.until.setCalendarPopup(True)
        self.refresh_button = QPushButton(self)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("auditMore")
        self.more_button.hide()
        self.count_label = QLabel(self)
        self._loaded = 0
        self._page_rows = PAGE_ROWS
        self.verify_button = QPushButton(icon("audit"), "", self)
        self.verify_button.setObjectName("verifyChain")
        self.chain_state = MessageLabel(self)
        self.chain_state.setObjectName("chainState")
        self.chain_state.setWordWrap(True)
        self.action_label = QLabel(self)
        self.action_label.setBuddy(self.action)
        self.since_label = QLabel(self)
        self.since_label.setBuddy(self.since)
        self.until_label = QLabel(self)
        self.until_label.setBuddy(self.until)
        self.model = QStandardItemModel(0, 4, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        filters = QHBoxLayout()
        for widget in (self.action_label, self.action, self.since_label, self.since,
                       self.until_label, self.until, self.refresh_button):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        chain = QHBoxLayout()
        chain.addWidget(self.chain_state, 1)
        chain.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        more = QHBoxLayout()
        more.addWidget(self.count_label, 1)
        more.addWidget(self.more_button)
        layout.addLayout(more)
        self.refresh_button.clicked.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.verify_button.clicked.connect(lambda: self.verify(full=True))
        self.action.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self._reset_dates()
        self.retranslateUi()

    def _reset_dates(self) -> None:
        for edit in (self.since, self.until):
            edit.blockSignals(True)
        today = QDate.currentDate()
        self.since.setDate(today.addMonths(-1))
        self.until.setDate(today)
        for edit in (self.since, self.until):
            edit.blockSignals(False)

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.model.removeRows(0, self.model.rowCount())
        self.chain_state.clear()
        self._report = None
        self._reset_dates()
        if session is not None:
            self.reload()
            # The audit chain only: the full page check takes seconds on a large vault and would
            # hold the one worker thread, so every search and scroll, right after unlock.
            self.verify(full=False)

    def _range(self) -> tuple[datetime, datetime]:
        since_date = self.since.date().toPython()
        until_date = self.until.date().toPython()
        assert isinstance(since_date, date) and isinstance(until_date, date)
        since = datetime.combine(since_date, time.min).astimezone(UTC)
        until = datetime.combine(until_date + timedelta(days=1), time.min).astimezone(UTC)
        return since, until

    def showEvent(self, event: QShowEvent) -> None:
        # Every action elsewhere appends to the log: coming back to it shows the log as it is.
        super().showEvent(event)
        if self._session is not None:
            self.reload()
            self.verify(full=False)  # the chain only: the page check is the button's

    def reload(self) -> None:
        """The newest page again (after a filter change, a Refresh, or when shown)."""
        self._fetch(0)

    def load_more(self) -> None:
        """The next, older page below the rows already shown."""
        self._fetch(self._loaded)

    def _fetch(self, offset: int) -> None:
        session = self._session
        if session is None:
            return
        action = self.action.currentData() or None
        since, until = self._range()
        rows = self._page_rows
        self._runner.run(
            lambda: session.audit_entries(action, since, until, limit=rows + 1, offset=offset),
            owner=self,
            on_success=lambda entries: self._show(entries, offset),
            on_failure=lambda exc: show_error(self, exc),
        )

    def _show(self, entries: Any, offset: int = 0) -> None:
        if offset == 0:
            self.model.removeRows(0, self.model.rowCount())
        # One row beyond the page was asked for: whether there is more to load.
        more = len(entries) > self._page_rows
        entries = list(entries)[: self._page_rows]
        self._loaded = offset + len(entries)
        self.more_button.setVisible(more)
        self._show_count()
        locale = QLocale()
        for entry in entries:
            when = locale.toString(entry.at.astimezone(), QLocale.FormatType.ShortFormat)
            detail = "; ".join(detail_phrases(entry.detail))
            row = [QStandardItem(str(entry.seq)), QStandardItem(when),
                   QStandardItem(action_phrase(entry.action)), QStandardItem(detail)]  # fmt: skip
            row[2].setData(entry.action, Qt.ItemDataRole.UserRole)
            row[3].setData(dict(entry.detail), Qt.ItemDataRole.UserRole)
            row[3].setToolTip(detail_tooltip(entry.detail))
            for item in row:
                item.setEditable(False)
            row[0].setData(entry.seq, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)

    def _show_count(self) -> None:
        if self.more_button.isVisible():
            text = self.tr("Showing the newest %1 entries").replace(
                "%1", QLocale().toString(self._loaded)
            )
        else:
            text = self.tr("%n entries", "", self._loaded)
        self.count_label.setText(text)

    def verify(self, full: bool = True) -> None:
        """Check the audit chain, and with ``full`` (the button) every page of the vault too."""
        session = self._session
        if session is None:
            return
        self._report = None
        self.chain_state.say(self.tr("Checking the vault and its audit chain…"))
        work = session.check if full else session.verify_audit_chain
        self._runner.run(work, owner=self, on_success=self._verified,
                         on_failure=lambda exc: show_error(self, exc))  # fmt: skip

    def _verified(self, report: Any) -> None:
        self._report = report
        self._show_report()

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            return
        if report.ok:
            self.chain_state.set_tone(Tone.SUCCESS)
            self.chain_state.setText(
                self.tr(
                    "Verified: the audit chain is intact and signed (%n entries).",
                    "",
                    report.audit_entries,
                )
            )
        else:
            self.chain_state.set_tone(Tone.ERROR)
            problems = "; ".join(report.problems)
            self.chain_state.setText(self.tr("Problem found: {problems}").format(problems=problems))
        self.chain_state.setAccessibleName(self.chain_state.text())

    def retranslateUi(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Time"), self.tr("Action"), self.tr("Details")]
        )
        current = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), "")
        for name in KNOWN_ACTIONS:
            self.action.addItem(action_phrase(name), name)
        self.action.setCurrentIndex(max(0, self.action.findData(current)))
        self.action.blockSignals(False)
        self.action_label.setText(self.tr("&Action:"))
        self.action.setAccessibleName(self.tr("Filter by action"))
        self.since_label.setText(self.tr("Fr&om:"))
        self.since.setAccessibleName(self.tr("From date"))
        self.until_label.setText(self.tr("&To:"))
        self.until.setAccessibleName(self.tr("To date"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.more_button.setText(self.tr("Show &older entries"))
        self._show_count()
        self.verify_button.setText(self.tr("Verify &chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain"))
        self.table.setAccessibleName(self.tr("Audit log"))
        self._show_report()
        for row in range(self.model.rowCount()):
            action, detail = self.model.item(row, 2), self.model.item(row, 3)
            if action is not None and detail is not None:
                action.setText(action_phrase(str(action.data(Qt.ItemDataRole.UserRole))))
                detail.setText("; ".join(detail_phrases(detail.data(Qt.ItemDataRole.UserRole))))
