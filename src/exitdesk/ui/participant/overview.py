"""The overview tab: who the participant is, the parties they work with, the lifecycle timeline,
and the lifecycle steps the programme allows from where they are now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import ALLOWED_TRANSITIONS, LifecycleState, Participant
from exitdesk.domain.target_group import TargetGroupAssessment
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.forms import EXPECTED_ERRORS, message_for
from exitdesk.ui.participant.labels import (
    DomainText,
    error_text,
    optional_date,
    optional_date_edit,
    party_items,
)
from exitdesk.ui.participant.lifecycle import EndParticipationDialog
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.participant.target_group import TargetGroupDialog
from exitdesk.ui.participant.timeline import LifecycleTimeline
from exitdesk.ui.tasks import TaskRunner

_UNKNOWN_YEAR = 1899
_PARTY_ROLE = Qt.ItemDataRole.UserRole


class OverviewTab(ParticipantTab):
    """``participantLoaded`` hands the fresh participant to the view and the other tabs."""

    participantLoaded = Signal(object)

    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        # Read once: a language switch after a lock redraws this tab without an open vault.
        self._worker_party = session.worker.party_id
        self._participant: Participant | None = None
        self.dialog: EndParticipationDialog | None = None
        self.transition_buttons: dict[LifecycleState, QPushButton] = {}
        self.alias = QLineEdit(self)
        self.legal_name = QLineEdit(self)
        self.birth_year = QSpinBox(self)
        self.birth_year.setRange(_UNKNOWN_YEAR, 2100)
        self.minor = QLabel(self)
        self.minor.setStyleSheet("font-weight: 600;")
        self.contact = QLineEdit(self)
        self.institution = QLineEdit(self)
        self.release_date = DateEdit(self)
        self.release_date.setCalendarPopup(True)
        self.parties = QListWidget(self)
        self.parties.setMaximumHeight(120)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.error = MessageLabel(self, Tone.ERROR)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        year_row = QHBoxLayout()
        year_row.addWidget(self.birth_year)
        year_row.addWidget(self.minor, 1)
        self.form = QFormLayout()
        self._labels: list[QLabel] = []
        for field in (self.alias, self.legal_name, self.birth_year, self.contact,
                      self.institution, self.release_date, self.parties):  # fmt: skip
            label = QLabel(self)
            label.setBuddy(field)
            self._labels.append(label)
            if field is self.birth_year:
                self.form.addRow(label, year_row)
            else:
                self.form.addRow(label, field)
        details = QGroupBox(self)
        self.details = details
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error, 1)
        save_row.addWidget(self.save_button)
        details_layout.addLayout(save_row)
        self.lifecycle = QGroupBox(self)
        self.state = QLabel(self.lifecycle)
        self.timeline = LifecycleTimeline(self.lifecycle)
        self.actions_row = QHBoxLayout()
        self.ended_note = QLabel(self.lifecycle)
        self.ended_note.hide()
        # Seed 004: the target-group answers are recorded during the assessment.
        self.target_group_button = QPushButton(self.lifecycle)
        self.target_group_button.clicked.connect(self.open_target_group)
        self.target_group_dialog: TargetGroupDialog | None = None
        # Transition buttons go in front of these two.
        self.actions_row.addWidget(self.ended_note)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.target_group_button)
        lifecycle_layout = QVBoxLayout(self.lifecycle)
        lifecycle_layout.addWidget(self.state)
        lifecycle_layout.addWidget(self.timeline)
        lifecycle_layout.addLayout(self.actions_row)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(self.lifecycle)
        layout.addStretch(1)
        self.birth_year.valueChanged.connect(self._update_minor)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = [
            self.tr("Al&ias:"),
            self.tr("&Legal name:"),
            self.tr("&Birth year:"),
            self.tr("Co&ntact:"),
            self.tr("Instit&ution:"),
            self.tr("&Release date:"),
            self.tr("Parties &working with them:"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.birth_year.setSpecialValueText(self.tr("Unknown"))
        self.release_date.setSpecialValueText(self.tr("Not set"))
        self.details.setTitle(self.tr("Participant"))
        self.lifecycle.setTitle(self.tr("Participation"))
        self.save_button.setText(self.tr("Save chan&ges"))
        self.ended_note.setText(self.tr("Participation has ended."))
        self.target_group_button.setText(self.tr("&Target group…"))
        if self._participant is not None:
            self._show(self._participant)
        self._update_minor()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        pid = self.participant_id
        self.fetch(lambda: self.session.participant(pid), self._show)

    def participant(self) -> Participant | None:
        return self._participant

    def _show(self, participant: Participant) -> None:
        self._participant = participant
        self.alias.setText(participant.alias)
        self.legal_name.setText(participant.legal_name or "")
        self.birth_year.setValue(participant.birth_year or _UNKNOWN_YEAR)
        self.contact.setText(participant.contact or "")
        self.institution.setText(participant.institution or "")
        optional_date_edit(self.release_date, participant.release_date, self.tr("Not set"))
        self.parties.clear()
        for name, party_id in party_items(self._worker_party, participant.parties):
            item = QListWidgetItem(name, self.parties)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = party_id in participant.parties
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(_PARTY_ROLE, party_id)
        words = DomainText()
        self.state.setText(self.tr("Now: %1").replace("%1", words.state(participant.state)))
        self.timeline.set_participant(participant)
        self._show_transitions(participant.state)
        self._update_minor()
        self.participantLoaded.emit(participant)

    def _show_transitions(self, state: LifecycleState) -> None:
        for button in self.transition_buttons.values():
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.transition_buttons.clear()
        words = DomainText()
        # Only what the programme allows from here; enum order keeps "end" last.
        for target in (s for s in LifecycleState if s in ALLOWED_TRANSITIONS[state]):
            button = QPushButton(words.transition_action(target), self.lifecycle)
            button.clicked.connect(lambda _=False, to=target: self.change_state(to))
            self.transition_buttons[target] = button
            self.actions_row.insertWidget(self.actions_row.count() - 3, button)
        self.ended_note.setVisible(not self.transition_buttons)
        self.target_group_button.setVisible(
            state not in (LifecycleState.ENQUIRY, LifecycleState.ENDED)
        )

    def _update_minor(self) -> None:
        year = self.birth_year.value()
        minor = False
        if self._participant is not None and year != _UNKNOWN_YEAR:
            # The domain owns the rule; ask it about the year as typed, before saving.
            typed = self._participant.model_copy(update={"birth_year": year})
            minor = typed.is_minor(self.session.clock)
        self.minor.setText(
            self.tr("May be under 18: consent needs a guardian's co-consent") if minor else ""
        )

    def _edited(self) -> Participant:
        assert self._participant is not None
        year = self.birth_year.value()
        chosen = []
        for row in range(self.parties.count()):
            item = self.parties.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(_PARTY_ROLE))
        fields = {
            "alias": self.alias.text().strip(),
            "legal_name": self.legal_name.text().strip() or None,
            "birth_year": None if year == _UNKNOWN_YEAR else year,
            "contact": self.contact.text().strip() or None,
            "institution": self.institution.text().strip() or None,
            "release_date": optional_date(self.release_date),
            "parties": frozenset(chosen),
        }
        return Participant.model_validate({**self._participant.model_dump(), **fields})

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> None:
        if self._participant is None:
            return
        try:
            edited = self._edited()
        except EXPECTED_ERRORS as exc:
            self._error(error_text(exc))
            return
        self.error.hide()
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda: self.session.update_participant(edited),
            owner=self,
            on_success=self._saved_participant,
            on_failure=self._save_failed,
        )

    def _saved_participant(self, _saved: object) -> None:
        self.save_button.setEnabled(True)
        self.saved()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._error(message_for(exc))

    def _error(self, text: str) -> None:
        self.error.show_error(text)
        self.error.show()

    def open_target_group(self) -> None:
        participant = self._participant
        if participant is None:
            return
        pid = self.participant_id
        parties = participant.parties

        def show(current: TargetGroupAssessment | None) -> None:
            dialog = TargetGroupDialog(
                self.session,
                self.runner,
                pid,
                current,
                parties,
                self,
            )
            self.target_group_dialog = dialog
            dialog.saved.connect(self.saved)
            dialog.open()

        self.runner.run(
            lambda: self.session.target_group(pid), owner=self, on_success=show,
            on_failure=self.fail,
        )  # fmt: skip

    def change_state(self, to: LifecycleState) -> None:
        participant = self._participant
        if participant is None:
            return
        if to is LifecycleState.ENDED:
            dialog = EndParticipationDialog(self.session, self.runner, participant, self)
            self.dialog = dialog
            dialog.saved.connect(self.saved)
            dialog.open()
            return
        pid = self.participant_id
        self.runner.run(
            lambda: self.session.change_lifecycle(pid, to),
            owner=self,
            on_success=self.saved,
            on_failure=self.fail,
        )
