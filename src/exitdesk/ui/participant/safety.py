"""The safety tab: the latest assessment with persons at risk, security arrangements and review
dates (overdue ones marked), and the way to record a new assessment."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.safety import SafetyFollowUp
from exitdesk.app.session import Session
from exitdesk.domain import SafetyAssessment, SecurityArrangement
from exitdesk.ui.messages import MessageLabel, Tone, tone_colour
from exitdesk.ui.participant.forms import fill_combo
from exitdesk.ui.participant.labels import DomainText, format_date, party_items, party_name
from exitdesk.ui.participant.safety_dialog import SafetyDialog
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.tasks import TaskRunner


class SafetyTab(ParticipantTab):
    """``urgentChanged`` tells the view whether to show the urgent banner."""

    urgentChanged = Signal(bool)

    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._latest: SafetyAssessment | None = None
        self._loaded = False
        self.dialog: SafetyDialog | None = None
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.level = QLabel(self)
        self.urgent = QLabel(self)
        self.assessed_on = QLabel(self)
        self.review_on = MessageLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        for label in (self.level, self.urgent, self.assessed_on, self.review_on, self.summary):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.persons = QListWidget(self)
        self.persons.setMaximumHeight(100)
        self.arrangements = QTableWidget(0, 5, self)
        self.arrangements.verticalHeader().hide()
        self.arrangements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.arrangements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.arrangements.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_assessment)
        # Follow-up of one arrangement without a whole new assessment.
        self.done_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.owner = QComboBox(self)
        self.reassign_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        self.close_button.clicked.connect(self.close_arrangement)
        self.reassign_button.clicked.connect(self.reassign)
        fill_combo(self.owner, party_items(session.worker.party_id), session.worker.party_id)
        self.arrangements.itemSelectionChanged.connect(self._enable_actions)
        self.form = QFormLayout()
        self._form_labels = [QLabel(self) for _ in range(7)]
        fields: list[QWidget] = [
            self.level,
            self.urgent,
            self.assessed_on,
            self.review_on,
            self.summary,
            self.persons,
            self.arrangements,
        ]
        for label, field in zip(self._form_labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        actions = QHBoxLayout()
        for widget in (self.done_button, self.close_button, self.owner, self.reassign_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.form.addRow(actions)
        self.details = QWidget(self)
        self.details.setLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.details, 1)
        QWidget.setTabOrder(self.new_button, self.persons)
        QWidget.setTabOrder(self.persons, self.arrangements)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = [
            self.tr("Level:"),
            self.tr("Urgent:"),
            self.tr("Assessed on:"),
            self.tr("Review on:"),
            self.tr("Summary:"),
            self.tr("Persons at risk:"),
            self.tr("Security arrangements:"),
        ]
        for label, text in zip(self._form_labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.rstrip(":"))
        self.arrangements.setHorizontalHeaderLabels(
            [
                self.tr("Arrangement"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("State"),
                self.tr("Review"),
            ]
        )
        self.new_button.setText(self.tr("&New assessment…"))
        self.done_button.setText(self.tr("Mark &done"))
        self.close_button.setText(self.tr("Clo&se (no longer needed)"))
        self.reassign_button.setText(self.tr("Reassi&gn to this party"))
        self.owner.setAccessibleName(self.tr("New owner party"))
        self.empty.setText(
            self.tr("No safety assessment yet. Safety comes first: an assessment can start now.")
        )
        self._show(self._latest)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        pid = self.participant_id
        self.fetch(lambda: self.session.safety(pid), self._loaded_latest)

    def _loaded_latest(self, latest: SafetyAssessment | None) -> None:
        self._loaded = True
        self._show(latest)
        self.urgentChanged.emit(self.is_urgent())

    def latest(self) -> SafetyAssessment | None:
        return self._latest

    def is_urgent(self) -> bool:
        return self._latest is not None and self._latest.urgent

    def _show(self, latest: SafetyAssessment | None) -> None:
        self._latest = latest
        self.empty.setVisible(latest is None and self._loaded)
        self.details.setVisible(latest is not None)
        if latest is None:
            return
        text = DomainText()
        clock = self.session.clock
        self.level.setText(text.level(latest.level))
        self.urgent.setText(text.yes_no(latest.urgent))
        self.assessed_on.setText(format_date(latest.assessed_on))
        next_review = latest.next_review()
        if next_review is None:
            self.review_on.say(self.tr("No review date"))
        elif latest.any_review_overdue(clock):
            self.review_on.show_error(
                self.tr("%1 — overdue").replace("%1", format_date(next_review))
            )
        else:
            self.review_on.say(format_date(next_review))
        bold = self.review_on.font()
        bold.setBold(self.review_on.tone is Tone.ERROR)
        self.review_on.setFont(bold)
        self.summary.setText(latest.summary or "—")
        self.persons.clear()
        for person in latest.persons_at_risk:
            label = text.relation(person.relation)
            self.persons.addItem(f"{label} — {person.note}" if person.note else label)
        overdue = {a.uid for a in latest.overdue_arrangements(clock)}
        self.arrangements.setRowCount(len(latest.arrangements))
        overdue_colour = tone_colour(Tone.ERROR, self.arrangements.palette())
        for row, arrangement in enumerate(latest.arrangements):
            if arrangement.done:
                state = self.tr("Done")
            elif arrangement.closed:
                state = self.tr("Closed")
            elif arrangement.uid in overdue:
                state = self.tr("Overdue")
            else:
                state = self.tr("Open")
            cells = (
                arrangement.description or "—",
                party_name(arrangement.owner_party_id),
                format_date(arrangement.due),
                state,
                format_date(arrangement.review_on),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if arrangement.uid in overdue:
                    item.setForeground(QBrush(overdue_colour))
                    bold_item = item.font()
                    bold_item.setBold(True)
                    item.setFont(bold_item)
                self.arrangements.setItem(row, column, item)
        self._enable_actions()

    def _selected(self) -> SecurityArrangement | None:
        row = self.arrangements.currentRow()
        if self._latest is None or not 0 <= row < len(self._latest.arrangements):
            return None
        return self._latest.arrangements[row]

    def _enable_actions(self) -> None:
        chosen = self._selected()
        for widget in (self.done_button, self.close_button, self.reassign_button):
            widget.setEnabled(chosen is not None and chosen.is_open)

    # -- actions ---------------------------------------------------------------------------
    def new_assessment(self) -> None:
        dialog = SafetyDialog(self.session, self.runner, self.participant_id, self._latest, self)
        self.dialog = dialog
        dialog.saved.connect(self.saved)
        dialog.open()

    def mark_done(self) -> None:
        self._follow_up(lambda follow, pid, uid: follow.mark_done(pid, uid))

    def close_arrangement(self) -> None:
        self._follow_up(lambda follow, pid, uid: follow.close(pid, uid))

    def reassign(self) -> None:
        owner = self.owner.currentData()
        self._follow_up(lambda follow, pid, uid: follow.reassign(pid, uid, owner))

    def _follow_up(self, change: Callable[[SafetyFollowUp, int, UUID], object]) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        follow, pid, uid = self.session.safety_follow_up, self.participant_id, chosen.uid
        self.runner.run(
            lambda: change(follow, pid, uid), owner=self, on_success=self.saved,
            on_failure=self.fail,
        )  # fmt: skip
