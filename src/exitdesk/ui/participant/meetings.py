"""The meetings log: one row per individual meeting, and the dialog that records one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import Meeting, MeetingMethod, MeetingMode
from exitdesk.ui.participant.forms import FormDialog, fill_combo
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.participant.labels import DomainText, format_date, to_date, to_qdate
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.tasks import TaskRunner


class MeetingDialog(FormDialog):
    """Record one meeting with the participant (the programme meets people one to one only)."""

    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(runner, session.add_meeting, parent)
        self._participant_id = participant_id
        self.on = QDateEdit(self)
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
        self.resize(520, 460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Add meeting"))
        text = DomainText()
        fill_combo(self.mode, [(text.mode(m), m) for m in MeetingMode])
        fill_combo(self.method, [(text.method(m), m) for m in MeetingMethod])
        self.summary.setPlaceholderText(
            self.tr("What you worked on together, in the participant's own terms.")
        )
        self.hint.refresh()

    def _check_text(self) -> None:
        self.hint.check(self.summary.toPlainText(), self.next_steps.toPlainText())

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
        self.table = QTableWidget(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QTextBrowser(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_meeting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        QWidget.setTabOrder(self.add_button, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Mode"), self.tr("Method")])
        self.table.setAccessibleName(self.tr("Meetings"))
        self.detail.setAccessibleName(self.tr("Meeting summary and next steps"))
        self.add_button.setText(self.tr("&Add meeting…"))
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
            cells = (format_date(meeting.on), text.mode(meeting.mode), text.method(meeting.method))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._meetings):
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
        dialog = MeetingDialog(self.session, self.runner, self.participant_id, self)
        self.dialog = dialog
        dialog.saved.connect(self.saved)
        dialog.open()
