"""Dialogs of the support plan: a goal, an action under a goal, a dated progress rating."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import Goal, LifeDomain, PlanAction, PlanStatus, ProgressRating
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.participant.forms import FormDialog, fill_combo
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.participant.labels import DomainText, party_items, to_date, to_qdate
from exitdesk.ui.tasks import TaskRunner


def _status_items() -> list[tuple[str, PlanStatus]]:
    text = DomainText()
    return [(text.plan_status(s), s) for s in PlanStatus]


class GoalDialog(FormDialog):
    """Add a goal, or edit one (its actions and ratings are kept)."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant_id: int,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session.save_goal, parent)
        self._participant_id = participant_id
        self._goal = goal
        self._worker_party = session.worker.party_id
        self.domain = QComboBox(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.owner = QComboBox(self)
        self.status = QComboBox(self)
        self.add_row(lambda: self.tr("Life &domain:"), self.domain)
        self.hint = NoteHintLabel(self)
        self.add_row(lambda: self.tr("&Goal:"), self.description)
        self.form.addRow(self.hint)
        self.add_row(lambda: self.tr("&Owner party:"), self.owner)
        self.add_row(lambda: self.tr("S&tatus:"), self.status)
        if goal is not None:
            self.description.setPlainText(goal.description)
        self.hint.watch(self.description)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        goal = self._goal
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        text = DomainText()
        fill_combo(self.domain, [(text.domain(d), d) for d in LifeDomain],
                   goal.domain if goal else None)  # fmt: skip
        extra = frozenset({goal.owner_party_id}) if goal else frozenset()
        fill_combo(self.owner, party_items(self._worker_party, extra),
                   goal.owner_party_id if goal else self._worker_party)  # fmt: skip
        fill_combo(self.status, _status_items(), goal.status if goal else None)
        self.hint.refresh()

    def build(self) -> Goal:
        fields = {
            "domain": self.domain.currentData(),
            "description": self.description.toPlainText().strip(),
            "owner_party_id": self.owner.currentData(),
            "status": self.status.currentData(),
        }
        if self._goal is not None:
            return Goal.model_validate({**self._goal.model_dump(), **fields})
        return Goal(participant_id=self._participant_id, **fields)


class ActionDialog(FormDialog):
    """Add an action to a goal, or change one (e.g. its status)."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        goal: Goal,
        action: PlanAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session.save_goal, parent)
        self._goal = goal
        self._action = action
        self._worker_party = session.worker.party_id
        self.description = QLineEdit(self)
        self.owner = QComboBox(self)
        self.status = QComboBox(self)
        self.has_due = QCheckBox(self)
        self.due = DateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDate(to_qdate(session.clock().date()))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.hint = NoteHintLabel(self)
        self.add_row(lambda: self.tr("&Action:"), self.description)
        self.form.addRow(self.hint)
        self.add_row(lambda: self.tr("&Owner party:"), self.owner)
        self.add_row(lambda: self.tr("S&tatus:"), self.status)
        self.add_row(lambda: self.tr("&Has a due date:"), self.has_due)
        self.add_row(lambda: self.tr("D&ue:"), self.due)
        if action is not None:
            self.description.setText(action.description)
            if action.due is not None:
                self.due.setDate(to_qdate(action.due))
        self.has_due.setChecked(action is not None and action.due is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.hint.watch(self.description)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        action = self._action
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("Add action"))
        extra = frozenset({action.owner_party_id}) if action else frozenset()
        fill_combo(self.owner, party_items(self._worker_party, extra),
                   action.owner_party_id if action else self._goal.owner_party_id)  # fmt: skip
        fill_combo(self.status, _status_items(), action.status if action else None)
        self.hint.refresh()

    def build(self) -> Goal:
        fields = {
            "description": self.description.text().strip(),
            "owner_party_id": self.owner.currentData(),
            "status": self.status.currentData(),
            "due": to_date(self.due.date()) if self.has_due.isChecked() else None,
        }
        if self._action is None:
            actions = (*self._goal.actions, PlanAction(**fields))
        else:
            changed = PlanAction.model_validate({**self._action.model_dump(), **fields})
            actions = tuple(changed if a.uid == changed.uid else a for a in self._goal.actions)
        return self._goal.model_copy(update={"actions": actions})


class RatingDialog(FormDialog):
    """Rate a goal's progress 0–10 on a date (a second rating that day replaces the first)."""

    def __init__(
        self, session: Session, runner: TaskRunner, goal: Goal, parent: QWidget | None = None
    ) -> None:
        goal_id = goal.id
        assert goal_id is not None
        super().__init__(runner, lambda rating: session.rate_goal(goal_id, rating), parent)
        self.on = DateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDate(to_qdate(session.clock().date()))
        self.score = QSpinBox(self)
        self.score.setRange(0, 10)
        latest = goal.latest_rating()
        self.score.setValue(latest.score if latest else 0)
        self.add_row(lambda: self.tr("&Date:"), self.on)
        self.add_row(lambda: self.tr("&Progress (0–10):"), self.score)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Rate progress"))
        self.score.setToolTip(self.tr("0 means not started, 10 means achieved."))

    def build(self) -> ProgressRating:
        return ProgressRating(on=to_date(self.on.date()), score=self.score.value())
