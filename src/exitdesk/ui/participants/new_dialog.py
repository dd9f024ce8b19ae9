"""The "new participant" dialog: the few facts a case starts with, and an optional first note
with the programme's gentle reminder when it looks like it records offences or names people."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.reminder import note_hints
from exitdesk.app.session import Session
from exitdesk.domain import PRESETS, ContactRoute, Participant, party_by_id
from exitdesk.domain.notes import NoteHint
from exitdesk.domain.policy import PolicyField, preset_policy
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import show_error


def note_hint_text(hint: NoteHint) -> str:
    from PySide6.QtCore import QCoreApplication

    if hint is NoteHint.OFFENCE_WORDS:
        return QCoreApplication.translate(
            "NoteHints",
            "This note seems to describe offences. The programme supports leaving crime and "
            "gathers no intelligence: keep to what helps the participant.",
        )
    return QCoreApplication.translate(
        "NoteHints",
        "This note seems to name other people. Record only what the work with the participant "
        "needs; persons at risk belong in the safety section, without names.",
    )


class NewParticipantDialog(RetranslateMixin, QDialog):
    """Saves through the task runner; ``participantAdded(id)`` when the vault has it."""

    participantAdded = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newParticipantDialog")
        self._session = session
        self._runner = runner
        own = party_by_id(session.worker.party_id)
        self._minimal = own.minimal_record
        self.alias = QLineEdit(self)
        self.alias.setObjectName("alias")
        self.alias.setMaxLength(200)
        self.legal_name = QLineEdit(self)
        self.legal_name.setObjectName("legalName")
        self.legal_name.setMaxLength(200)
        self.birth_year = QSpinBox(self)
        self.birth_year.setObjectName("birthYear")
        this_year = session.clock().year
        self.birth_year.setRange(1899, this_year)
        self.birth_year.setValue(1899)  # the minimum shows as "unknown"
        self.contact = QLineEdit(self)
        self.contact.setMaxLength(200)
        # An enquiry holds an alias and a contact route only: how to reach the person, not
        # the details themselves (issue 11).
        self.contact_route = QComboBox(self)
        self.contact_route.setObjectName("contactRoute")
        policy = preset_policy(own.id)
        self.legal_name.setEnabled(policy.keeps(PolicyField.LEGAL_NAME))
        self.contact.setEnabled(policy.keeps(PolicyField.CONTACT_DETAILS))
        self.institution = QLineEdit(self)
        self.institution.setMaxLength(200)
        self.has_release = QCheckBox(self)
        self.release = DateEdit(self)
        self.release.setCalendarPopup(True)
        self.release.setDate(QDate.currentDate())
        self.release.setEnabled(False)
        self.parties_box = QGroupBox(self)
        parties_layout = QVBoxLayout(self.parties_box)
        self.party_checks: dict[str, QCheckBox] = {}
        for party in PRESETS[own.country]:
            check = QCheckBox(party_name(party.id), self.parties_box)
            check.setChecked(party.id == own.id)
            check.setAccessibleName(party_name(party.id))
            self.party_checks[party.id] = check
            parties_layout.addWidget(check)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("firstNote")
        self.note.setTabChangesFocus(True)
        self.note.setEnabled(not self._minimal)
        self.note_hint = QLabel(self)
        self.note_hint.setObjectName("noteHint")
        self.note_hint.setWordWrap(True)
        self.note_hint.setStyleSheet("color: #7a4f00; background: #fff6dd; padding: 6px;")
        self.note_hint.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (
            ("alias", self.alias),
            ("legal", self.legal_name),
            ("born", self.birth_year),
            ("contact", self.contact),
            ("route", self.contact_route),
            ("institution", self.institution),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow(self.has_release, self.release)
        note_label = QLabel(self)
        note_label.setBuddy(self.note)
        self.labels["note"] = note_label
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.parties_box)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.note_hint)
        layout.addWidget(self.buttons)
        self.alias.textChanged.connect(self._validate)
        self.note.textChanged.connect(self._check_note)
        self.has_release.toggled.connect(self.release.setEnabled)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self._validate()

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _validate(self) -> None:
        self._save_button().setEnabled(bool(self.alias.text().strip()))

    def _check_note(self) -> None:
        hints = note_hints(self.note.toPlainText())
        text = "\n".join(note_hint_text(h) for h in sorted(hints))
        self.note_hint.setText(text)
        self.note_hint.setAccessibleName(text)
        self.note_hint.setVisible(bool(hints))

    def values(self) -> dict[str, Any]:
        def optional(text: str) -> str | None:
            return text.strip() or None

        born = self.birth_year.value()
        release: date | None = None
        if self.has_release.isChecked():
            release = self.release.date().toPython()  # type: ignore[assignment]
        chosen = frozenset(pid for pid, check in self.party_checks.items() if check.isChecked())
        return {
            "alias": self.alias.text().strip(),
            "legal_name": optional(self.legal_name.text()),
            "birth_year": None if born == self.birth_year.minimum() else born,
            "contact": optional(self.contact.text()),
            "contact_route": self.contact_route.currentData(),
            "institution": optional(self.institution.text()),
            "release_date": release,
            "parties": chosen or None,
            "note": None if self._minimal else optional(self.note.toPlainText()),
        }

    def _save(self) -> None:
        values = self.values()
        session = self._session
        self.setEnabled(False)
        self._runner.run(
            lambda: session.add_participant(**values),
            owner=self,
            on_success=self._saved,
            on_failure=self._failed,
            busy_cursor=True,
        )

    def _saved(self, participant: object) -> None:
        assert isinstance(participant, Participant) and participant.id is not None
        self.setEnabled(True)
        self.accept()
        self.participantAdded.emit(participant.id)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, exc, self.tr("The participant was not saved"))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New participant"))
        texts = {
            "alias": (self.tr("Al&ias:"), self.tr("Alias")),
            "legal": (self.tr("&Legal name (optional):"), self.tr("Legal name")),
            "born": (self.tr("&Birth year:"), self.tr("Birth year")),
            "contact": (self.tr("C&ontact:"), self.tr("Contact")),
            "route": (self.tr("&Contact route:"), self.tr("Contact route")),
            "institution": (self.tr("Instit&ution:"), self.tr("Institution")),
        }
        widgets = {
            "alias": self.alias,
            "legal": self.legal_name,
            "born": self.birth_year,
            "contact": self.contact,
            "route": self.contact_route,
            "institution": self.institution,
        }
        for key, (label, name) in texts.items():
            self.labels[key].setText(label)
            widgets[key].setAccessibleName(name)
        self.birth_year.setSpecialValueText(self.tr("unknown"))
        chosen = self.contact_route.currentData()
        self.contact_route.clear()
        for text, route in (
            (self.tr("not recorded"), None),
            (self.tr("through a worker of a party"), ContactRoute.VIA_PARTY_WORKER),
            (self.tr("at the institution"), ContactRoute.AT_INSTITUTION),
            (self.tr("by phone"), ContactRoute.PHONE),
            (self.tr("by message"), ContactRoute.MESSAGE),
            (self.tr("in person"), ContactRoute.IN_PERSON),
        ):
            self.contact_route.addItem(text, route)
        self.contact_route.setCurrentIndex(max(self.contact_route.findData(chosen), 0))
        self.has_release.setText(self.tr("&Release date:"))
        self.release.setAccessibleName(self.tr("Release date"))
        self.parties_box.setTitle(self.tr("Parties working with the participant"))
        if self._minimal:
            self.labels["note"].setText(self.tr("Your organisation keeps no case notes."))
        else:
            self.labels["note"].setText(self.tr("First &note (optional):"))
        self.note.setAccessibleName(self.tr("First note"))
        self._save_button().setText(self.tr("&Save"))
        self._check_note()
