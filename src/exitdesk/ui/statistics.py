"""The Statistics screen: this vault's monitoring tables for a period as they may be read (small
numbers suppressed), saved as CSV files and a PDF, or sent to a coordinator as a statistics
bundle. The tables, the files and the bundle come from the same services as ``exitdesk stats``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.exchange import ContactView, outgoing_file_name
from exitdesk.app.session import Session
from exitdesk.app.statistics import (
    Period,
    period,
    publish_vault_statistics,
    published_statistics,
    send_statistics,
)
from exitdesk.app.statistics_pdf import ChartText
from exitdesk.app.statistics_words import chart_text
from exitdesk.domain.statistics import Dimension
from exitdesk.domain.suppression import PublishedTable, PublishedTables, Shown
from exitdesk.exchange import BundleKind
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.exchange.files import SaveChooser, save_bundle_file
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import choose_folder, show_error, user_message

# (parent, dialog title) -> chosen folder or None
FolderChooser = Callable[[QWidget, str], Path | None]
# (parent, the contacts a bundle can go to) -> the chosen one or None
ContactChooser = Callable[[QWidget, list[ContactView]], ContactView | None]

# Recounting waits for the worker to stop typing a date.
_SETTLE_MS = 300


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def chart_words(when: Period) -> ChartText:
    """The PDF's words in the window's language."""
    return chart_text(_translate, when.first, when.last)


def _sendable(contact: ContactView) -> bool:
    # The export wizard's rule for whom a bundle can be written to; the service checks again.
    return contact.verified and not contact.revoked and not contact.key_changed


class CoordinatorDialog(RetranslateMixin, QDialog):
    """Which verified contact the statistics bundle is for."""

    def __init__(self, contacts: list[ContactView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.contacts = contacts
        self.label = QLabel(self)
        self.choice = QComboBox(self)
        self.label.setBuddy(self.choice)
        for contact in contacts:
            self.choice.addItem(contact.label, contact.id)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(460, 160)

    def chosen(self) -> ContactView | None:
        index = self.choice.currentIndex()
        return self.contacts[index] if 0 <= index < len(self.contacts) else None

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Send statistics"))
        self.label.setText(self.tr("&Recipient:"))
        self.note.setText(
            self.tr(
                "The bundle holds this vault's exact counts for the period and nothing else. "
                "It is encrypted for this contact only."
            )
        )


def ask_coordinator(parent: QWidget, contacts: list[ContactView]) -> ContactView | None:
    dialog = CoordinatorDialog(contacts, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _ask_folder(parent: QWidget, title: str) -> Path | None:
    return choose_folder(parent, title)


class StatisticsPage(RetranslateMixin, QWidget):
    """``choose_folder``, ``choose_contact`` and ``choose_bundle`` are the dialogs (tests
    replace them). ``shown`` is the period and the tables on screen, once counted."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._stale = True
        self.shown: tuple[Period, PublishedTables] | None = None
        self.choose_folder: FolderChooser = _ask_folder
        self.choose_contact: ContactChooser = ask_coordinator
        self.choose_bundle: SaveChooser = save_bundle_file
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        self.from_label = QLabel(self)
        self.from_date = DateEdit(self)
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self)
        self.to_date = DateEdit(self)
        self.to_label.setBuddy(self.to_date)
        for field in (self.from_date, self.to_date):
            field.dateChanged.connect(self._dates_changed)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tables: list[QTableWidget] = []
        self.status = MessageLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_files)
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send_bundle)
        top = QHBoxLayout()
        top.addWidget(self.from_label)
        top.addWidget(self.from_date)
        top.addSpacing(12)
        top.addWidget(self.to_label)
        top.addWidget(self.to_date)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self._enable()
        self.retranslateUi()

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self._session = session
        self._timer.stop()
        self.shown = None
        self.status.clear()
        self._clear_tables()
        if session is not None:
            default = period(session.context, None, None)
            for field, value in ((self.from_date, default.first), (self.to_date, default.last)):
                field.blockSignals(True)
                field.set_today(default.last)
                field.setDate(_to_qdate(value))
                field.blockSignals(False)
        self._stale = True
        self._enable()
        if session is not None and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Counted when first looked at, not on every unlock.
        if self._stale and self._session is not None:
            self.refresh()

    def _dates_changed(self, *_args: object) -> None:
        self.shown = None
        self._stale = True
        self._enable()
        self._timer.start()

    def _enable(self) -> None:
        ready = self._session is not None and self.shown is not None
        self.save_button.setEnabled(ready)
        self.send_button.setEnabled(ready)

    # -- counting --------------------------------------------------------------------------
    def _chosen_dates(self) -> tuple[date, date]:
        return _to_date(self.from_date.date()), _to_date(self.to_date.date())

    def refresh(self) -> None:
        """Count the tables for the dates in the fields on the worker thread."""
        session = self._session
        if session is None:
            return
        self._timer.stop()
        self._stale = False
        first, last = self._chosen_dates()
        context = session.context

        def work() -> tuple[Period, PublishedTables]:
            when = period(context, first, last)
            return when, published_statistics(context, when)

        self.status.say(self.tr("Counting…"))
        self._runner.run(work, owner=self, on_success=self._counted, on_failure=self._count_failed)

    def _counted(self, result: tuple[Period, PublishedTables]) -> None:
        when, _ = result
        if self._session is None or (when.first, when.last) != self._chosen_dates():
            return  # the dates changed while counting; a newer count is on its way
        self.shown = result
        self.status.clear()
        self._fill()
        self._enable()

    def _count_failed(self, exc: BaseException) -> None:
        # Said beside the dates (a period that ends after today, say), not in a dialog that
        # would come up while the worker is still typing.
        self._clear_tables()
        self.status.show_error(user_message(exc))

    # -- the tables ------------------------------------------------------------------------
    def _clear_tables(self) -> None:
        self.tabs.clear()
        for table in self.tables:
            table.deleteLater()
        self.tables = []

    def _table_name(self, table: PublishedTable) -> str:
        names = {
            (Dimension.STAGE, Dimension.DURATION): self.tr("State and duration"),
            (Dimension.STAGE, Dimension.AGE): self.tr("State and age"),
            (Dimension.STAGE, Dimension.PARTY): self.tr("State and party"),
            (Dimension.DURATION, Dimension.START_YEAR): self.tr("Duration and start year"),
        }
        return names.get(table.key, table.key[0].value)

    def _fill(self) -> None:
        self._clear_tables()
        if self.shown is None:
            return
        when, published = self.shown
        words = chart_words(when)

        def value(dimension: Dimension, code: str) -> str:
            if dimension is Dimension.PARTY:
                return party_name(code)
            return words.value(dimension, code)

        total = self.tr("Total")
        for table in published.tables:
            rows, cols = table.key
            view = QTableWidget(len(table.rows) + 1, len(table.cols) + 1, self.tabs)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setHorizontalHeaderLabels([*(value(cols, c) for c in table.cols), total])
            view.setVerticalHeaderLabels([*(value(rows, r) for r in table.rows), total])
            for i, r in enumerate(table.rows):
                for j, c in enumerate(table.cols):
                    self._put(view, i, j, table.cells[(r, c)])
                self._put(view, i, len(table.cols), table.row_totals[r])
            for j, c in enumerate(table.cols):
                self._put(view, len(table.rows), j, table.col_totals[c])
            self._put(view, len(table.rows), len(table.cols), table.total)
            view.resizeColumnsToContents()
            name = self._table_name(table)
            view.setAccessibleName(name)
            self.tables.append(view)
            self.tabs.addTab(view, name)

    @staticmethod
    def _put(view: QTableWidget, row: int, col: int, shown: Shown) -> None:
        item = QTableWidgetItem(str(shown) if isinstance(shown, int) else shown.value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        view.setItem(row, col, item)

    # -- saving ----------------------------------------------------------------------------
    def save_files(self) -> None:
        session, shown = self._session, self.shown
        if session is None or shown is None:
            return
        folder = self.choose_folder(self, self.tr("Choose a folder for the statistics files"))
        if folder is None:
            return
        when, context = shown[0], session.context
        self.status.say(self.tr("Saving…"))
        self._runner.run(
            lambda: publish_vault_statistics(context, when, folder, chart_words),
            owner=self,
            on_success=lambda result: self._saved(folder, len(result[1])),
            on_failure=self._failed,
        )

    def _saved(self, folder: Path, count: int) -> None:
        self.status.say(
            self.tr("Saved %n file(s) in %1.", "", count).replace("%1", str(folder))
            + " "
            + self.tr(
                "These files are not encrypted: they hold only the de-identified tables, "
                "with small numbers hidden."
            ),
            Tone.SUCCESS,
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.clear()
        show_error(self, exc)

    # -- sending ---------------------------------------------------------------------------
    def send_bundle(self) -> None:
        session = self._session
        if session is None or self.shown is None:
            return
        exchange = session.exchange
        self._runner.run(
            exchange.contacts, owner=self, on_success=self._contacts_read, on_failure=self._failed
        )

    def _contacts_read(self, contacts: list[ContactView]) -> None:
        session, shown = self._session, self.shown
        if session is None or shown is None:
            return
        usable = [c for c in contacts if _sendable(c)]
        if not usable:
            self.status.say(
                self.tr("No verified contact yet. Add and verify one under Contacts & exchange."),
                Tone.ERROR,
            )
            return
        contact = self.choose_contact(self, usable)
        if contact is None:
            return
        path = self.choose_bundle(
            self, self.tr("Save the statistics bundle"), outgoing_file_name(BundleKind.STATISTICS)
        )
        if path is None:
            return
        when, context = shown[0], session.context
        self.status.say(self.tr("Saving…"))
        self._runner.run(
            lambda: send_statistics(context, contact.id, when, path),
            owner=self,
            on_success=lambda _: self._sent(contact, path),
            on_failure=self._failed,
        )

    def _sent(self, contact: ContactView, path: Path) -> None:
        self.status.say(
            self.tr("Wrote a statistics bundle for %1 to %2. Only they can open it.")
            .replace("%1", contact.label)
            .replace("%2", str(path)),
            Tone.SUCCESS,
        )

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.from_label.setText(self.tr("Fr&om:"))
        self.to_label.setText(self.tr("&To:"))
        self.from_date.setAccessibleName(self.tr("First contact from"))
        self.to_date.setAccessibleName(self.tr("First contact up to"))
        self.intro.setText(
            self.tr(
                "Participants whose first contact lies in the period, as they stood on its last "
                "day. Small numbers are hidden: <5 is 0 to 4 participants, x is a number hidden "
                "so that a small one cannot be worked out, - is a cell nobody can be in."
            )
        )
        self.tabs.setAccessibleName(self.tr("Statistics tables"))
        self.save_button.setText(self.tr("&Save CSV and PDF…"))
        self.send_button.setText(self.tr("Se&nd to a coordinator…"))
        if self.shown is not None:
            self._fill()
