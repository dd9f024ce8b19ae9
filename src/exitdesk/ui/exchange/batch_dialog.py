"""Importing several bundle files at once (a caseload hand-over arrives as one file per
participant): read them, import them together through the services, show what became of each
file, and save the replies the imports queued for their senders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.errors import AppError
from exitdesk.app.exchange import BatchItem, ImportResult, RecordAction, read_bundle_file
from exitdesk.app.scrub import scrub_exception
from exitdesk.app.session import Session
from exitdesk.exchange import BundleKind
from exitdesk.ui.exchange.files import FolderChooser, open_folder
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import contact_text
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import icon, user_message


@dataclass
class FileOutcome:
    """One chosen file as the dialog shows it: still to import, imported or refused."""

    name: str
    data: bytes | None = None  # read and not yet imported
    imported: str | None = None  # what the import did, in the worker's language
    refused: str | None = None  # one plain line


class BatchImportDialog(RetranslateMixin, QDialog):
    """``read`` fires once the files have been read; ``imported`` carries the ``BatchItem``
    list after the vault changed; ``outboxChanged`` fires after replies were written (or a
    try to write them ended), so the outbox strip can count again."""

    read = Signal()
    imported = Signal(object)
    outboxChanged = Signal()

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        paths: Sequence[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._session = session
        self._runner = runner
        self._paths = list(paths)
        self.files: list[FileOutcome] = []
        self.completed = False  # the batch ran (whatever became of each file)
        self.failure: str | None = None  # a fault not of one file's own: nothing imported
        self.replies = 0  # replies the imports queued for their senders
        self.replies_note: tuple[str, Tone] | None = None
        self.choose_folder: FolderChooser = open_folder
        self.heading = MessageLabel(self)
        self.heading.setObjectName("batchHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = MessageLabel(self)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.table = QTableWidget(0, 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.replies_label = MessageLabel(self)
        self.replies_label.setWordWrap(True)
        self.replies_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.import_button = QPushButton(icon("import"), "", self)
        self.import_button.setDefault(True)
        self.save_replies_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_replies_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.import_all)
        self.save_replies_button.clicked.connect(self.save_replies)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.replies_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._busy(True)
        self.retranslateUi()
        self.resize(720, 440)

    # -- reading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Read every file off the GUI thread; an unreadable one becomes a refused row."""
        paths = list(self._paths)

        def work() -> list[tuple[str, bytes | None, BaseException | None]]:
            read: list[tuple[str, bytes | None, BaseException | None]] = []
            for path in paths:
                try:
                    read.append((path.name, read_bundle_file(path), None))
                except (AppError, OSError) as exc:
                    # Its frames may hold what was read; only the message is shown.
                    read.append((path.name, None, scrub_exception(exc)))
            return read

        self._runner.run(work, owner=self, on_success=self._read, on_failure=self._read_failed)

    def _read(self, outcome: Any) -> None:
        self.files = [
            FileOutcome(name, data, refused=None if exc is None else user_message(exc))
            for name, data, exc in outcome
        ]
        self._busy(False)
        self.import_button.setFocus()
        self.read.emit()

    def _read_failed(self, exc: BaseException) -> None:
        self.failure = user_message(exc)
        self._busy(False)
        self.read.emit()

    # -- importing ---------------------------------------------------------------------------
    def _waiting(self) -> list[FileOutcome]:
        return [f for f in self.files if f.data is not None]

    def import_all(self) -> None:
        """Import every readable file in one go: each whole or not at all, each sender's
        files in their own order whatever order they were chosen in."""
        waiting = self._waiting()
        if not waiting or self.completed:
            return
        bundles = [(f.name, f.data) for f in waiting if f.data is not None]
        exchange = self._session.exchange
        self.failure = None
        self._busy(True)
        self._runner.run(
            lambda: exchange.import_bundles(bundles),
            owner=self,
            on_success=lambda items: self._imported(waiting, items),
            on_failure=self._import_failed,
        )

    def _imported(self, waiting: list[FileOutcome], items: Any) -> None:
        assert isinstance(items, list)
        for row, item in zip(waiting, items, strict=True):
            assert isinstance(item, BatchItem)
            row.data = None
            if item.result is not None:
                row.imported = self.outcome_text(item.result)
                self.replies += len(item.result.outbox_ids)
            else:
                assert item.refused is not None
                row.refused = user_message(item.refused)
        self.completed = True
        self._busy(False)
        if self.replies:
            self.save_replies_button.setFocus()
        else:
            self.close_button.setFocus()
        if any(item.result is not None for item in items):
            self.imported.emit(items)

    def _import_failed(self, exc: BaseException) -> None:
        # The whole batch rolled back: the files stay ready for another try.
        self.failure = user_message(exc)
        self._busy(False)

    # -- replies -----------------------------------------------------------------------------
    def save_replies(self) -> None:
        """Write the replies waiting in the outbox into a folder the worker chooses."""
        if not self.replies:
            return
        folder = self.choose_folder(self, self.tr("Choose a folder for the replies"))
        if folder is None:
            return
        exchange = self._session.exchange
        self._busy(True)
        self._runner.run(
            # What is left is read in the same job, so the count and the report agree.
            lambda: (exchange.write_outbox(folder), len(exchange.outbox())),
            owner=self,
            on_success=self._replies_written,
            on_failure=self._replies_failed,
        )

    def _replies_written(self, outcome: Any) -> None:
        written, left = outcome
        self.replies = int(left)
        text = self.tr("%n reply file(s) saved. Send them to the senders.", "", len(written))
        self.replies_note = (text, Tone.SUCCESS)
        self._busy(False)
        self.close_button.setFocus()
        self.outboxChanged.emit()

    def _replies_failed(self, exc: BaseException) -> None:
        # The import stands; the replies wait in the outbox for another folder.
        self.replies_note = (user_message(exc), Tone.ERROR)
        self._busy(False)
        self.outboxChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.progress.isVisible():
            event.accept()  # a lock still closes it (close() does not go through the keys)
            return
        super().keyPressEvent(event)

    # -- showing -----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._show()

    def _update_buttons(self) -> None:
        busy = self.progress.isVisible()
        self.import_button.setVisible(not self.completed)
        self.import_button.setEnabled(not busy and not self.completed and bool(self._waiting()))
        self.save_replies_button.setVisible(self.completed and self.replies > 0)
        self.save_replies_button.setEnabled(not busy and self.replies > 0)
        # While the vault is being written the dialog stays: its result refreshes the lists.
        self.close_button.setEnabled(not busy)
        self.close_button.setText(self.tr("&Close") if self.completed else self.tr("Cancel"))

    def _show(self) -> None:
        imported = sum(1 for f in self.files if f.imported is not None)
        refused = sum(1 for f in self.files if f.refused is not None)
        lines: list[str] = []
        tone = Tone.INFO
        if self.failure is not None:
            heading = self.tr("Nothing was imported.")
            lines.append(self.failure)
            tone = Tone.ERROR
        elif self.completed:
            heading = self.tr("Import finished.")
            lines.append(self.tr("%n file(s) imported.", "", imported))
            if refused:
                lines.append(self.tr("%n file(s) refused; nothing from them was written.", "",
                                     refused))  # fmt: skip
                tone = Tone.ERROR
            if self.replies:
                lines.append(self.tr("%n reply(s) to the senders wait in the outbox.", "",
                                     self.replies))  # fmt: skip
        elif self.progress.isVisible() and not self.files:
            heading = self.tr("Reading the files…")
        else:
            heading = self.tr("%n bundle file(s) to import.", "", len(self.files))
            lines.append(
                self.tr(
                    "Each file is checked completely and imported whole or not at all. "
                    "Nothing has been written yet."
                )
            )
            if refused:
                lines.append(self.tr("%n file(s) could not be read and will be left out.", "",
                                     refused))  # fmt: skip
        if self.progress.isVisible() and self.files:
            lines.append(self.tr("Working…"))
        self.heading.say(heading, tone)
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName("\n".join([heading, *lines]))
        self._show_rows()
        if self.replies_note is not None:
            self.replies_label.say(*self.replies_note)
        self.replies_label.setVisible(self.replies_note is not None)
        self._update_buttons()

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.files))
        for row, outcome in enumerate(self.files):
            name = QTableWidgetItem(outcome.name)
            text = self.row_text(outcome)
            result = QTableWidgetItem(text)
            result.setToolTip(text)
            if outcome.refused is not None:
                result.setIcon(icon("warning"))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, result)

    def outcome_text(self, result: ImportResult) -> str:
        """One line for a file's row: what its import did and from whom (the one-file dialog
        says it at length)."""
        plan = result.plan
        kind = plan.opened.kind
        sender = contact_text(plan.sender.name, plan.sender.party_id)
        if kind is BundleKind.CONSENT_WITHDRAWAL:
            text = self.tr("withdrawal from %1: %n record(s) received under that consent deleted",
                           "", result.purged)  # fmt: skip
        elif kind is BundleKind.WITHDRAWAL_ACK:
            text = self.tr("%1 deleted what they received under the withdrawn consent")
        elif kind is BundleKind.WITHDRAWAL_NOTICE:
            text = self.tr("withdrawal notice from %1; %n withdrawal(s) for the other "
                           "recipients wait in the outbox", "", len(result.outbox_ids))  # fmt: skip
        elif kind is BundleKind.HANDOVER_ACK:
            text = self.tr("%1 took over the case: %n record(s) deleted here", "", result.purged)
        else:
            if kind is BundleKind.CASE_HANDOVER:
                text = self.tr("hand-over from %1: %2 added, %3 updated")
            elif kind is BundleKind.CASE_UPDATE:
                text = self.tr("update from %1: %2 added, %3 updated")
            else:
                text = self.tr("case from %1: %2 added, %3 updated")
            text = text.replace("%2", str(plan.count(RecordAction.ADD))).replace(
                "%3", str(plan.count(RecordAction.UPDATE))
            )
            if result.conflicts:
                text += "; " + self.tr("%n conflict(s) to resolve", "", result.conflicts)
        return text.replace("%1", sender)

    def row_text(self, outcome: FileOutcome) -> str:
        """What the row of one file says: imported and what, refused and why, or waiting."""
        if outcome.refused is not None:
            return self.tr("Refused: %1").replace("%1", outcome.refused)
        if outcome.imported is not None:
            return self.tr("Imported: %1").replace("%1", outcome.imported)
        return self.tr("Ready to import")

    # -- language ----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import bundles"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Outcome")])
        self.table.setAccessibleName(self.tr("What became of each file"))
        self.import_button.setText(self.tr("&Import all"))
        self.import_button.setAccessibleName(self.tr("Import all the files"))
        self.save_replies_button.setText(self.tr("&Save replies…"))
        self.save_replies_button.setAccessibleName(
            self.tr("Save the replies for the senders to a folder")
        )
        self.progress.setAccessibleName(self.tr("Working"))
        self._show()
