"""The meetings log: one row per individual meeting, and the dialog that records one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app import casework
from exitdesk.app.session import Session
from exitdesk.domain import Meeting, MeetingMethod, MeetingMode
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.participant.forms import FormDialog, fill_combo, show_failure
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.participant.labels import DomainText, format_date, to_date, to_qdate
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.tasks import TaskRunner


def _save_meeting(session: Session, existing: Meeting | None) -> Callable[[Meeting], Meeting]:
    """The service call behind Save: the CLI's ``meeting add`` or ``meeting edit``."""

    def save(meeting: Meeting) -> Meeting:
        if existing is None or existing.id is None:
            return casework.add_meeting(
                session,
                meeting.participant_id or 0,
                meeting.on,
                mode=meeting.mode,
                method=meeting.method,
                summary=meeting.summary,
                next_steps=meeting.next_steps,
            )
        changes = {
            name: getattr(meeting, name)
            for name in casework.EDITABLE_MEETING_FIELDS
            if getattr(meeting, name) != getattr(existing, name)
        }
        if not changes:
            return existing
        return casework.update_meeting(session, existing.id, changes)

    return save


class MeetingDialog(FormDialog):
    """Record one meeting with the participant (the programme meets people one to one only),
    or change a recorded one. Save needs a summary or next steps: a blank meeting is noise."""

    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None, *, meeting: Meeting | None = None,
    ) -> None:  # fmt: skip
        super().__init__(runner, _save_meeting(session, meeting), parent)
        self._participant_id = participant_id
        self.meeting = meeting
        self.on = DateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDate(to_qdate(session.clock().date()))
        self.mode = QComboBox(self)
        self.method = QComboBox(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setMaximumHeight(80)
        self.hint = NoteHintLabel(self)
        self.add_row(lambda: self.tr("&Date:"), self.on)
        self.add_row(lambda: self.tr("&Mode:"), self.mode)
        self.add_row(lambda: self.tr("Me&thod:"), self.method)
        self.add_row(lambda: self.tr("S&ummary:"), self.summary)
        self.add_row(lambda: self.tr("&Next steps:"), self.next_steps)
        self.form.addRow(self.hint)
        self.summary.textChanged.connect(self._check_text)
        self.next_steps.textChanged.connect(self._check_text)
        if meeting is not None:
            self.on.setDate(to_qdate(meeting.on))
            self.summary.setPlainText(meeting.summary)
            self.next_steps.setPlainText(meeting.next_steps)
        self.resize(520, 460)
        self.retranslateUi()
        if meeting is not None:
            self.mode.setCurrentIndex(max(0, self.mode.findData(meeting.mode)))
            self.method.setCurrentIndex(max(0, self.method.findData(meeting.method)))
        self.set_required(self._has_text)

    def _has_text(self) -> bool:
        return bool(self.summary.toPlainText().strip() or self.next_steps.toPlainText().strip())

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(
            self.tr("Add meeting") if self.meeting is None else self.tr("Edit meeting")
        )
        text = DomainText()
        fill_combo(self.mode, [(text.mode(m), m) for m in MeetingMode])
        fill_combo(self.method, [(text.method(m), m) for m in MeetingMethod])
        self.summary.setPlaceholderText(
            self.tr("What you worked on together, in the participant's own terms.")
        )
        self.hint.refresh()

    def _check_text(self) -> None:
        self.hint.check(self.summary.toPlainText(), self.next_steps.toPlainText())
        self.refresh_ok()

    def build(self) -> Meeting:
        return Meeting(
            participant_id=self._participant_id,
            on=to_date(self.on.date()),
            mode=self.mode.currentData(),
            method=self.method.currentData(),
            summary=self.summary.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(),
        )


class MeetingsTab(ParticipantTab):
    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._meetings: list[Meeting] = []
        self.dialog: MeetingDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QTextBrowser(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.confirm: QMessageBox | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Mode"), self.tr("Method"), self.tr("Summary")]
        )
        self.table.setAccessibleName(self.tr("Meetings"))
        self.detail.setAccessibleName(self.tr("Meeting summary and next steps"))
        self.add_button.setText(self.tr("&Add meeting…"))
        self.edit_button.setText(self.tr("Ed&it meeting…"))
        self.delete_button.setText(self.tr("Delete meetin&g…"))
        self._show(self._meetings)

    def reload(self) -> None:
        pid = self.participant_id
        self.fetch(lambda: self.session.meetings(pid), self._show)

    def meetings(self) -> list[Meeting]:
        return list(self._meetings)

    def _show(self, meetings: list[Meeting]) -> None:
        # Newest first: the last meeting is what a worker looks for before the next one.
        self._meetings = sorted(meetings, key=lambda m: m.on, reverse=True)
        text = DomainText()
        self.table.setRowCount(len(self._meetings))
        for row, meeting in enumerate(self._meetings):
            summary = (meeting.summary or meeting.next_steps).splitlines()
            cells = (format_date(meeting.on), text.mode(meeting.mode),
                     text.method(meeting.method), summary[0] if summary else "")  # fmt: skip
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self._show_detail()

    def _current(self) -> Meeting | None:
        row = self.table.currentRow()
        return self._meetings[row] if 0 <= row < len(self._meetings) else None

    def _show_detail(self) -> None:
        row = self.table.currentRow()
        chosen = 0 <= row < len(self._meetings)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        if not chosen:
            self.detail.clear()
            return
        meeting = self._meetings[row]
        self.detail.setPlainText(
            "\n\n".join(
                part
                for part in (
                    meeting.summary,
                    self.tr("Next steps: %1").replace("%1", meeting.next_steps)
                    if meeting.next_steps
                    else "",
                )
                if part
            )
        )

    def add_meeting(self) -> None:
        self._open_dialog(None)

    def edit_meeting(self) -> None:
        meeting = self._current()
        if meeting is not None:
            self._open_dialog(meeting)

    def _open_dialog(self, meeting: Meeting | None) -> None:
        dialog = MeetingDialog(
            self.session, self.runner, self.participant_id, self, meeting=meeting
        )
        self.dialog = dialog
        dialog.saved.connect(self.saved)
        dialog.open()

    def delete_meeting(self) -> None:
        """Ask first; the CLI's ``meeting delete`` does the work."""
        meeting = self._current()
        if meeting is None or meeting.id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete meeting"),
            self.tr("Delete the meeting of %1? This cannot be undone.").replace(
                "%1", format_date(meeting.on)
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm = box
        meeting_id = meeting.id
        session = self.session

        def answered() -> None:
            self.confirm = None
            if box.clickedButton() is delete:
                self.runner.run(
                    lambda: casework.delete_meeting(session, meeting_id),
                    owner=self,
                    on_success=self.saved,
                    on_failure=lambda exc: show_failure(self, exc),
                )

        box.finished.connect(answered)
        box.open()
