"""The "Record consent" dialog: recipients, categories, purpose, validity, how it was given, and
the guardian's co-consent for a possible minor. The domain's rules decide; the dialog shows why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    Participant,
)
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.participant.consent_form import PathChooser, print_consent_form
from exitdesk.ui.participant.forms import EXPECTED_ERRORS, FormDialog, fill_combo, message_for
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.participant.labels import (
    DomainText,
    error_text,
    party_items,
    party_name,
    to_date,
    to_qdate,
)
from exitdesk.ui.participant.signature import SignatureDialog
from exitdesk.ui.printing import Asker, ask_output
from exitdesk.ui.tasks import TaskRunner

DEFAULT_VALIDITY_DAYS = 180
MAX_VALIDITY_DAYS = 3 * 365
_RECIPIENT_ROLE = Qt.ItemDataRole.UserRole


class RecordConsentDialog(FormDialog):
    """``signature_png`` holds an on-screen signature captured for this consent, if any."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant: Participant,
        contacts: list[Any],
        choose_path: PathChooser,
        parent: QWidget | None = None,
        ask: Asker = ask_output,
    ) -> None:
        super().__init__(runner, self._record, parent)
        self._session = session
        self._participant = participant
        self._contacts = contacts
        self._choose_path = choose_path
        self._ask = ask
        self._minor = participant.is_minor(session.clock)
        self.signature_png = b""
        self.signature_dialog: SignatureDialog | None = None
        self.recipients = QListWidget(self)
        self.recipients.setMaximumHeight(130)
        self.category_boxes = {c: QCheckBox(self) for c in DataCategory}
        categories = QWidget(self)
        box_layout = QVBoxLayout(categories)
        box_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.category_boxes.values():
            box_layout.addWidget(box)
        self.identity_note = QLabel(categories)
        self.identity_note.setObjectName("identityNote")
        self.identity_note.setWordWrap(True)
        box_layout.addWidget(self.identity_note)
        categories.setFocusProxy(self.category_boxes[DataCategory.IDENTITY])
        self.purpose = QPlainTextEdit(self)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(70)
        self.valid_from = DateEdit(self)
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDate(to_qdate(session.clock().date()))
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_VALIDITY_DAYS)
        self.days.setValue(DEFAULT_VALIDITY_DAYS)
        self.method = QComboBox(self)
        self.witness = QLineEdit(self)
        self.guardian = QLineEdit(self)
        # Without a birth year the minor rule cannot be checked; the worker vouches (audited).
        self.confirm_adult = QCheckBox(self)
        self.confirm_adult.setVisible(participant.birth_year is None)
        self.print_button = QPushButton(self)
        self.sign_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_form)
        self.sign_button.clicked.connect(self.capture_signature)
        extra = QHBoxLayout()
        extra.addWidget(self.print_button)
        extra.addWidget(self.sign_button)
        extra.addStretch(1)
        self.add_row(lambda: self.tr("&Recipients:"), self.recipients)
        self.add_row(lambda: self.tr("&What may be shared:"), categories)
        self.add_row(lambda: self.tr("&Purpose:"), self.purpose)
        self.purpose_hint = NoteHintLabel(self)
        self.form.addRow(self.purpose_hint)
        self.purpose_hint.watch(self.purpose)
        self.add_row(lambda: self.tr("&Valid from:"), self.valid_from)
        self.add_row(lambda: self.tr("Valid for (&days):"), self.days)
        self.add_row(lambda: self.tr("&How it was given:"), self.method)
        self.add_row(lambda: self.tr("Wit&ness:"), self.witness)
        self.add_row(self._guardian_label, self.guardian)
        self.form.addRow(self.confirm_adult)
        self.form.addRow(extra)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._fill_recipients()
        self.retranslateUi()
        self._method_changed()
        self.resize(560, 640)

    def _guardian_label(self) -> str:
        if self._minor:
            return self.tr("&Guardian or social services (required):")
        return self.tr("&Guardian or social services:")

    def _heading(self, text: str) -> None:
        # A caption row, not a recipient: neither checkable nor selectable.
        item = QListWidgetItem(text, self.recipients)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _fill_recipients(self) -> None:
        worker_party = self._session.worker.party_id
        self.recipients.clear()
        self._heading(self.tr("Parties (any worker of the party)"))
        for name, party_id in party_items(worker_party, self._participant.parties):
            item = QListWidgetItem(name, self.recipients)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(_RECIPIENT_ROLE, (party_id, None, name))
        if self._contacts:
            self._heading(self.tr("Contacts (one verified worker)"))
        for contact in self._contacts:
            label = f"{contact.name} ({party_name(contact.party_id)})"
            item = QListWidgetItem(label, self.recipients)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(_RECIPIENT_ROLE, (contact.party_id, contact.fingerprint, label))

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Record consent"))
        self.identity_note.setText(
            self.tr("Identity is required to share a case: without it nothing can be sent.")
        )
        self.purpose_hint.refresh()
        words = DomainText()
        for category, box in self.category_boxes.items():
            box.setText(words.category(category))
        fill_combo(self.method, [(words.consent_method(m), m) for m in ConsentMethod])
        self.purpose.setPlaceholderText(
            self.tr("Why the information is shared, in words the participant agreed to.")
        )
        self.days.setSuffix(self.tr(" days"))
        self.print_button.setText(self.tr("Print &form…"))
        self.sign_button.setText(self.tr("C&apture on-screen signature…"))
        self.confirm_adult.setText(
            self.tr("The birth year is unknown: I &confirm the participant is an adult")
        )

    def _method_changed(self) -> None:
        # Item data comes back from Qt as a plain str, so compare by value, not identity.
        method = self.method.currentData()
        self.witness.setEnabled(method == ConsentMethod.VERBAL_WITNESSED)
        self.sign_button.setEnabled(method == ConsentMethod.ON_SCREEN)

    def _record(self, consent: Consent) -> Consent:
        return self._session.record_consent(
            consent,
            adult_confirmed=self._participant.birth_year is None and self.confirm_adult.isChecked(),
        )

    # -- value -----------------------------------------------------------------------------
    def chosen_recipients(self) -> tuple[ConsentRecipient, ...]:
        chosen = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.data(_RECIPIENT_ROLE) is None:
                continue
            if item.checkState() == Qt.CheckState.Checked:
                party_id, fingerprint, label = item.data(_RECIPIENT_ROLE)
                chosen.append(
                    ConsentRecipient(
                        party_id=party_id, contact_fingerprint=fingerprint, label=label
                    )
                )
        return tuple(chosen)

    def set_recipient_checked(self, party_id: str, checked: bool = True) -> None:
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            data = item.data(_RECIPIENT_ROLE)
            if data is not None and data[0] == party_id and data[1] is None:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def build(self) -> Consent:
        now = self._session.clock()
        day = to_date(self.valid_from.date())
        # Today's consent starts now, so it is live at once; another day starts at its midnight.
        start = now if day == now.date() else datetime(day.year, day.month, day.day, tzinfo=UTC)
        return Consent(
            participant_id=self._participant.id,
            participant_uid=self._participant.uid,
            recipients=self.chosen_recipients(),
            categories=frozenset(c for c, box in self.category_boxes.items() if box.isChecked()),
            purpose=self.purpose.toPlainText().strip(),
            valid_from=start,
            valid_until=start + timedelta(days=self.days.value()),
            method=self.method.currentData(),
            witness=(self.witness.text().strip() or None) if self.witness.isEnabled() else None,
            guardian=self.guardian.text().strip() or None,
            recorded_by=self._session.worker.name,
            recorded_at=now,
        )

    # -- extras ----------------------------------------------------------------------------
    def print_form(self) -> None:
        """Print the form as filled in so far, for signing on paper before recording."""
        try:
            draft = self.build()
        except EXPECTED_ERRORS as exc:
            self.show_error(error_text(exc))
            return
        try:
            print_consent_form(
                self,
                draft,
                self._participant.alias,
                self._session.worker.name,
                self.signature_png,
                self._choose_path,
                self._ask,
            )
        except OSError as exc:
            self.show_error(message_for(exc))

    def capture_signature(self) -> None:
        dialog = SignatureDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.signature_dialog = dialog
        dialog.accepted.connect(lambda: self._signed(dialog.signature_png))
        dialog.open()

    def _signed(self, png: bytes) -> None:
        self.signature_png = png
        self.sign_button.setText(self.tr("Signature captured — capture &again…"))
