"""The target-group answers at assessment (seed 004): wants to leave organised crime, and
assessed as needing support and protection, each with its date; active support needs both."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from exitdesk.app.session import Session
from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave
from exitdesk.ui.participant.forms import FormDialog, fill_combo
from exitdesk.ui.participant.labels import party_items, to_qdate
from exitdesk.ui.tasks import TaskRunner


class TargetGroupDialog(FormDialog):
    """``saved`` carries the recorded assessment. ``current`` fills the form when the
    answers were recorded before (a later answer replaces the earlier one)."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant_id: int,
        current: TargetGroupAssessment | None,
        parties: frozenset[str],
        parent: QWidget | None = None,
    ) -> None:
        def record(value: TargetGroupAssessment) -> TargetGroupAssessment:
            return session.record_target_group(participant_id, value)

        super().__init__(runner, record, parent)
        self._worker_party = session.worker.party_id
        self._parties = parties
        today = session.clock().date()
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.wants = QComboBox(self)
        self.wants_on = QDateEdit(self)
        self.wants_on.setCalendarPopup(True)
        self.needs = QComboBox(self)
        self.by = QComboBox(self)
        self.needs_on = QDateEdit(self)
        self.needs_on.setCalendarPopup(True)
        for edit in (self.wants_on, self.needs_on):
            edit.setDate(to_qdate(today))
        self.form.addRow(self.explanation)
        self.add_row(lambda: self.tr("&Wants to leave organised crime:"), self.wants)
        self.add_row(lambda: self.tr("Asked &on:"), self.wants_on)
        self.add_row(lambda: self.tr("&Needs support and protection:"), self.needs)
        self.add_row(lambda: self.tr("Assessed &by:"), self.by)
        self.add_row(lambda: self.tr("Assess&ed on:"), self.needs_on)
        self.needs.currentIndexChanged.connect(self._needs_changed)
        self._current = current
        self.retranslateUi()
        if current is not None:
            self._fill(current)
        self._needs_changed()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Target group"))
        self.explanation.setText(
            self.tr(
                "Active support starts when both answers are yes: the person wants to leave "
                "organised crime and a party has assessed that they need support and protection."
            )
        )
        fill_combo(
            self.wants,
            [
                (self.tr("Yes"), WantsToLeave.YES),
                (self.tr("No"), WantsToLeave.NO),
                (self.tr("Not yet clear"), WantsToLeave.NOT_YET_CLEAR),
            ],
        )
        fill_combo(
            self.needs,
            [
                (self.tr("Not assessed yet"), None),
                (self.tr("Yes"), NeedsSupport.YES),
                (self.tr("No"), NeedsSupport.NO),
            ],
        )
        fill_combo(self.by, party_items(self._worker_party, self._parties), self._worker_party)

    def _fill(self, current: TargetGroupAssessment) -> None:
        self.wants.setCurrentIndex(self.wants.findData(current.wants_to_leave))
        self.wants_on.setDate(to_qdate(current.wants_to_leave_on))
        if current.needs_support is not None:
            self.needs.setCurrentIndex(self.needs.findData(current.needs_support))
        if current.needs_support_by is not None:
            self.by.setCurrentIndex(self.by.findData(current.needs_support_by))
        if current.needs_support_on is not None:
            self.needs_on.setDate(to_qdate(current.needs_support_on))

    def _needs_changed(self) -> None:
        assessed = self.needs.currentData() is not None
        self.by.setEnabled(assessed)
        self.needs_on.setEnabled(assessed)

    def build(self) -> TargetGroupAssessment:
        needs = self.needs.currentData()
        return TargetGroupAssessment(
            wants_to_leave=self.wants.currentData(),
            wants_to_leave_on=_day(self.wants_on),
            needs_support=needs,
            needs_support_by=None if needs is None else self.by.currentData(),
            needs_support_on=None if needs is None else _day(self.needs_on),
        )


def _day(edit: QDateEdit) -> date:
    picked = edit.date().toPython()
    assert isinstance(picked, date)
    return picked
