"""Ending participation: the only question is who ended it — the participant or a named party.
By design there is no reason or penalty field (the programme promises no repercussions)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QWidget

from exitdesk.app.session import Session
from exitdesk.domain import EndedBy, LifecycleState, Participant
from exitdesk.ui.participant.forms import FormDialog, fill_combo
from exitdesk.ui.participant.labels import party_items
from exitdesk.ui.tasks import TaskRunner


class EndParticipationDialog(FormDialog):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant: Participant,
        parent: QWidget | None = None,
    ) -> None:
        participant_id = participant.id
        assert participant_id is not None

        def end(ended_by: EndedBy) -> Participant:
            return session.change_lifecycle(participant_id, LifecycleState.ENDED, ended_by)

        super().__init__(runner, end, parent)
        self._worker_party = session.worker.party_id
        self._parties = participant.parties
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.by_participant = QRadioButton(self)
        self.by_party = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.by_participant)
        self.group.addButton(self.by_party)
        self.by_participant.setChecked(True)
        self.party = QComboBox(self)
        self.party.setEnabled(False)
        self.by_party.toggled.connect(self.party.setEnabled)
        self.form.addRow(self.explanation)
        self.form.addRow(self.by_participant)
        self.form.addRow(self.by_party)
        self.add_row(lambda: self.tr("Part&y:"), self.party)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("End participation"))
        self.explanation.setText(
            self.tr(
                "The participant or a party they work with may end participation at any "
                "time, without repercussions. Only say who ended it."
            )
        )
        self.by_participant.setText(self.tr("Ended by the &participant"))
        self.by_party.setText(self.tr("Ended by a p&arty"))
        self.ok_button.setText(self.tr("&End participation"))
        # Only the parties the participant works with may end it (issue 11).
        involved = [item for item in party_items(self._worker_party, self._parties)
                    if item[1] in self._parties]  # fmt: skip
        fill_combo(self.party, involved, self._worker_party)

    def choose_party(self, party_id: str) -> None:
        self.by_party.setChecked(True)
        self.party.setCurrentIndex(self.party.findData(party_id))

    def build(self) -> EndedBy:
        if self.by_party.isChecked():
            return EndedBy(party_id=self.party.currentData())
        return EndedBy(participant=True)
