"""The support plan tab: goals grouped by life domain with their actions, and a chart of progress
ratings over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import Goal, LifeDomain, PlanAction
from exitdesk.ui.participant.chart import ProgressChart, Series
from exitdesk.ui.participant.forms import FormDialog
from exitdesk.ui.participant.labels import DomainText, format_date, party_name
from exitdesk.ui.participant.plan_dialogs import ActionDialog, GoalDialog, RatingDialog
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.tasks import TaskRunner

# Item data: the goal id on goal rows, (goal id, action uid) on action rows.
_GOAL_ROLE = Qt.ItemDataRole.UserRole
_ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanTab(ParticipantTab):
    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._goals: list[Goal] = []
        self.dialog: FormDialog | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.chart = ProgressChart(self)
        self.add_goal_button = QPushButton(self)
        self.add_action_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.rate_button = QPushButton(self)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.rate_button.clicked.connect(self.rate)
        buttons = QHBoxLayout()
        for button in (self.add_goal_button, self.add_action_button, self.edit_button,
                       self.rate_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        # Buttons sit above the tree, so they come first when tabbing.
        QWidget.setTabOrder(self.add_goal_button, self.add_action_button)
        QWidget.setTabOrder(self.add_action_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.rate_button)
        QWidget.setTabOrder(self.rate_button, self.tree)
        QWidget.setTabOrder(self.tree, self.chart)
        self.retranslateUi()
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Goal or action"), self.tr("Owner"), self.tr("Status"), self.tr("Progress")]
        )
        self.tree.setAccessibleName(self.tr("Goals and actions"))
        self.add_goal_button.setText(self.tr("Add &goal…"))
        self.add_action_button.setText(self.tr("&Add action…"))
        self.edit_button.setText(self.tr("E&dit…"))
        self.rate_button.setText(self.tr("&Rate progress…"))
        self._show(self._goals)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        pid = self.participant_id
        self.fetch(lambda: self.session.goals(pid), self._show)

    def goals(self) -> list[Goal]:
        return list(self._goals)

    def _show(self, goals: list[Goal]) -> None:
        self._goals = list(goals)
        selected = self._selected_key()
        text = DomainText()
        self.tree.clear()
        for domain in LifeDomain:
            in_domain = [g for g in self._goals if g.domain is domain]
            if not in_domain:
                continue
            group = QTreeWidgetItem(self.tree, [text.domain(domain)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for goal in in_domain:
                latest = goal.latest_rating()
                progress = ""
                if latest is not None:
                    progress = self.tr("%1/10 on %2").replace("%1", str(latest.score))
                    progress = progress.replace("%2", format_date(latest.on))
                columns = [
                    goal.description,
                    party_name(goal.owner_party_id),
                    text.plan_status(goal.status),
                    progress,
                ]
                item = QTreeWidgetItem(group, columns)
                item.setData(0, _GOAL_ROLE, goal.id)
                for action in goal.actions:
                    due = format_date(action.due)
                    status = text.plan_status(action.status)
                    columns = [
                        action.description,
                        party_name(action.owner_party_id),
                        f"{status} · {due}" if due else status,
                    ]
                    child = QTreeWidgetItem(item, columns)
                    child.setData(0, _GOAL_ROLE, goal.id)
                    child.setData(0, _ACTION_ROLE, str(action.uid))
        self.tree.expandAll()
        for column in range(1, 4):
            self.tree.resizeColumnToContents(column)
        self._select(selected)
        self.chart.set_series(
            [Series(label=g.description, ratings=g.ratings) for g in self._goals if g.ratings]
        )
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------
    def _selected_key(self) -> tuple[int, str | None] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, _GOAL_ROLE) is None:
            return None
        return int(item.data(0, _GOAL_ROLE)), item.data(0, _ACTION_ROLE)

    def _select(self, key: tuple[int, str | None] | None) -> None:
        if key is None:
            return
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            if item is None:
                continue
            if (item.data(0, _GOAL_ROLE), item.data(0, _ACTION_ROLE)) == key:
                self.tree.setCurrentItem(item)
                return
            iterator.extend(item.child(i) for i in range(item.childCount()))

    def selected_goal(self) -> Goal | None:
        key = self._selected_key()
        if key is None:
            return None
        return next((g for g in self._goals if g.id == key[0]), None)

    def selected_action(self) -> PlanAction | None:
        key = self._selected_key()
        goal = self.selected_goal()
        if key is None or goal is None or key[1] is None:
            return None
        return next((a for a in goal.actions if str(a.uid) == key[1]), None)

    def select_goal(self, goal_id: int) -> None:
        self._select((goal_id, None))

    def _update_buttons(self) -> None:
        has_goal = self.selected_goal() is not None
        self.add_action_button.setEnabled(has_goal)
        self.edit_button.setEnabled(has_goal)
        self.rate_button.setEnabled(has_goal)

    # -- actions ---------------------------------------------------------------------------
    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self.saved)
        dialog.open()

    def add_goal(self) -> None:
        self._open(GoalDialog(self.session, self.runner, self.participant_id, parent=self))

    def add_action(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open(ActionDialog(self.session, self.runner, goal, parent=self))

    def edit_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        action = self.selected_action()
        if action is not None:
            self._open(ActionDialog(self.session, self.runner, goal, action, parent=self))
        else:
            dialog = GoalDialog(self.session, self.runner, self.participant_id, goal, parent=self)
            self._open(dialog)

    def rate(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open(RatingDialog(self.session, self.runner, goal, parent=self))
