"""Handing a whole caseload over to one verified colleague (a worker leaving the programme): the
services' preview says which cases go and which stay and why, the worker chooses a folder and
confirms with a button naming the count, then one hand-over file per case is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.exchange import CaseloadPreview, CaseloadResult, ContactView
from exitdesk.app.session import Session
from exitdesk.domain.display import shown
from exitdesk.ui.exchange.files import FolderChooser, open_folder
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import contact_text
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import icon, user_message


class CaseloadDialog(RetranslateMixin, QDialog):
    """``handedOver`` carries the services' ``CaseloadResult`` once the files are written (the
    cases are still here, each marked as waiting for its acknowledgement)."""

    previewed = Signal()
    handedOver = Signal(object)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        contact: ContactView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._session = session
        self._runner = runner
        self.contact = contact
        self.preview: CaseloadPreview | None = None
        self.outcome: CaseloadResult | None = None
        self.folder: Path | None = None
        self.failure: str | None = None  # one plain line: nothing was handed over
        self.choose_folder: FolderChooser = open_folder
        self.heading = MessageLabel(self)
        self.heading.setObjectName("caseloadHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = MessageLabel(self)
        self.summary.setObjectName("caseloadSummary")
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
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.pick_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.send_button = QPushButton(icon("export"), "", self)
        self.send_button.setObjectName("caseloadSend")
        self.close_button = QPushButton(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.clicked.connect(self.hand_over)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._busy(True)
        self.retranslateUi()
        self.resize(720, 480)

    # -- preview -----------------------------------------------------------------------------
    def start(self) -> None:
        """Ask the services which cases would go and which stay (off the GUI thread)."""
        exchange, contact_id = self._session.exchange, self.contact.id
        self._runner.run(
            lambda: exchange.preview_caseload(contact_id),
            owner=self,
            on_success=self._previewed,
            on_failure=self._preview_failed,
        )

    def _previewed(self, preview: Any) -> None:
        assert isinstance(preview, CaseloadPreview)
        self.preview = preview
        self._busy(False)
        self.folder_button.setFocus()
        self.previewed.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self.failure = user_message(exc)
        self._busy(False)
        self.previewed.emit()

    def going(self) -> int:
        return 0 if self.preview is None else len(self.preview.going)

    # -- hand-over ---------------------------------------------------------------------------
    def pick_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose a folder for the hand-over files"))
        if folder is None:
            return
        self.folder = folder
        self._show()
        self.send_button.setFocus()

    def hand_over(self) -> None:
        """Write one hand-over file per case the preview showed going, and only those: a case
        added since the preview was not confirmed. The services do it in one transaction."""
        preview, folder = self.preview, self.folder
        if preview is None or folder is None or not preview.going or self.outcome is not None:
            return
        ids = [case.participant_id for case in preview.going]
        exchange, contact_id = self._session.exchange, self.contact.id
        self.failure = None
        self._busy(True)
        self._runner.run(
            lambda: exchange.send_caseload(contact_id, folder, ids),
            owner=self,
            on_success=self._handed_over,
            on_failure=self._send_failed,
        )

    def _handed_over(self, result: Any) -> None:
        assert isinstance(result, CaseloadResult)
        self.outcome = result
        self._busy(False)
        self.close_button.setFocus()
        self.handedOver.emit(result)

    def _send_failed(self, exc: BaseException) -> None:
        # The services undid the whole caseload: another folder can be tried.
        self.failure = user_message(exc)
        self._busy(False)

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
        done = self.outcome is not None
        count = self.going()
        self.send_button.setVisible(not done)
        self.send_button.setText(self.tr("&Hand over %n case(s)", "", count))
        self.send_button.setEnabled(not busy and not done and count > 0 and self.folder is not None)
        self.folder_button.setVisible(not done)
        self.folder_button.setEnabled(not busy and count > 0)
        self.folder_label.setVisible(not done and count > 0)
        self.close_button.setEnabled(not busy)
        self.close_button.setText(self.tr("&Close") if done else self.tr("Cancel"))

    def _show(self) -> None:
        heading, lines, tone = self._texts()
        self.heading.say(heading, tone)
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName("\n".join([heading, *lines]))
        if self.folder is None:
            self.folder_label.setText(self.tr("No folder chosen yet."))
        else:
            self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(self.folder)))
        self._show_rows()
        self._update_buttons()

    def _texts(self) -> tuple[str, list[str], Tone]:
        who = contact_text(self.contact.name, self.contact.party_id)
        if self.outcome is not None:
            return self._result_texts(self.outcome, who)
        lines: list[str] = []
        if self.failure is not None:
            # Before the preview: nothing to show; after it, the send changed nothing.
            if self.preview is None:
                return self.tr("The cases could not be checked."), [self.failure], Tone.ERROR
            return self.tr("Nothing was handed over."), [self.failure], Tone.ERROR
        if self.preview is None:
            return self.tr("Checking which cases can be handed over…"), lines, Tone.INFO
        count, staying = self.going(), len(self.preview.staying)
        if not count and not staying:
            return self.tr("There are no cases in this vault."), lines, Tone.INFO
        if not count:
            heading = self.tr("No case can be handed over to %1.")
        else:
            heading = self.tr("%n case(s) can be handed over to %1.", "", count)
            lines.append(self.tr("Each case goes in its own file, under that participant's "
                                 "own consent."))  # fmt: skip
            lines.append(self._until_acknowledged(who))
        if staying:
            lines.append(self.tr("%n case(s) stay here; the reasons are in the list.", "",
                                 staying))  # fmt: skip
        if self.progress.isVisible():
            lines.append(self.tr("Writing the hand-over files…"))
        return heading.replace("%1", who), lines, Tone.INFO

    def _result_texts(self, result: CaseloadResult, who: str) -> tuple[str, list[str], Tone]:
        sent, kept = len(result.sent), len(self._stayed(result))
        heading = self.tr("%n case(s) handed over to %1.", "", sent).replace("%1", who)
        written = self.tr("%n file(s) written into %1. Give them to your colleague.", "", sent)
        lines = [written.replace("%1", str(self.folder)), self._until_acknowledged(who)]
        if kept:
            lines.append(self.tr("%n case(s) stayed here; the reasons are in the list.", "",
                                 kept))  # fmt: skip
        return heading, lines, Tone.SUCCESS if sent else Tone.ERROR

    def _until_acknowledged(self, who: str) -> str:
        return self.tr(
            "The cases stay in this vault until %1's acknowledgements are imported; then they "
            "are removed from it."
        ).replace("%1", who)

    def _stayed(self, result: CaseloadResult) -> list[tuple[int, Exception]]:
        """The cases left here: the preview's, and any the send refused after all."""
        assert self.preview is not None
        return [(c.participant_id, c.reason) for c in self.preview.staying] + list(result.not_sent)

    def rows(self) -> list[tuple[str, str, bool]]:
        """(case, what becomes of it, whether it stays) for each row of the list."""
        preview = self.preview
        if preview is None:
            return []
        aliases: dict[int, str | None] = {c.participant_id: c.alias for c in preview.going}
        aliases.update((c.participant_id, c.alias) for c in preview.staying)

        def name(pid: int) -> str:
            alias = aliases.get(pid)
            return f"#{pid}" if alias is None else shown(alias)

        if self.outcome is not None:
            done = [(name(pid), self.tr("Handed over: %1").replace("%1", sent.path.name), False)
                    for pid, sent in self.outcome.sent]  # fmt: skip
            stayed = self._stayed(self.outcome)
        else:
            done = [(name(c.participant_id), self.tr("Goes: %n record(s)", "", c.records), False)
                    for c in preview.going]  # fmt: skip
            stayed = [(c.participant_id, c.reason) for c in preview.staying]
        kept = [(name(pid), self.stay_text(exc), True) for pid, exc in stayed]
        return done + kept

    def stay_text(self, reason: BaseException) -> str:
        return self.tr("Stays here: %1").replace("%1", user_message(reason))

    def _show_rows(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (case, text, stays) in enumerate(rows):
            outcome = QTableWidgetItem(text)
            outcome.setToolTip(text)
            if stays:
                outcome.setIcon(icon("warning"))
            self.table.setItem(row, 0, QTableWidgetItem(case))
            self.table.setItem(row, 1, outcome)

    # -- language ----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Hand over caseload"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("What happens")])
        self.table.setAccessibleName(self.tr("What becomes of each case"))
        self.folder_button.setText(self.tr("Choose &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder for the hand-over files"))
        self.send_button.setAccessibleName(self.tr("Hand the cases over to the colleague"))
        self.progress.setAccessibleName(self.tr("Working"))
        self._show()
