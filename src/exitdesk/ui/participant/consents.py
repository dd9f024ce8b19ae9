"""The consents tab: every consent the participant gave, recording a new one, printing the form,
an on-screen signature, and withdrawal when the services offer it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.exchange import BUNDLE_SUFFIX, outgoing_file_name
from exitdesk.app.session import Session
from exitdesk.domain import Consent, DataCategory, Participant
from exitdesk.exchange import BundleKind
from exitdesk.ui.participant.consent_dialog import RecordConsentDialog
from exitdesk.ui.participant.consent_form import PathChooser, default_chooser, print_consent_form
from exitdesk.ui.participant.exchange_history import consent_went_out, history_source
from exitdesk.ui.participant.labels import DomainText, format_date, recipient_text
from exitdesk.ui.participant.signature import SignatureDialog
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.printing import Asker, ask_output
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import choose_save_file, icon

log = logging.getLogger("exitdesk.ui")

_COLUMNS = 8


class ConsentsTab(ParticipantTab):
    """On-screen signatures are kept in memory only (``Consent`` has no field for them): they
    go into the printed form and are gone when the view closes or the vault locks."""

    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._consents: list[Consent] = []
        self._participant: Participant | None = None
        self._contacts: list[Any] = []
        self.signatures: dict[UUID, bytes] = {}
        self.choose_path: PathChooser = default_chooser
        self.ask_output: Asker = ask_output
        self.choose_bundle_path: PathChooser = bundle_chooser
        self.dialog: RecordConsentDialog | None = None
        self.signature_dialog: SignatureDialog | None = None
        self.table = QTableWidget(0, _COLUMNS, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.record_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.sign_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.record_button.clicked.connect(self.record_consent)
        self.print_button.clicked.connect(self.print_selected)
        self.sign_button.clicked.connect(self.capture_signature)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        # The exchange engineer adds withdrawal to the services; until then there is no button.
        self.withdraw_button.setVisible(hasattr(session, "withdraw_consent"))
        buttons = QHBoxLayout()
        for button in (self.record_button, self.print_button, self.sign_button,
                       self.withdraw_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.record_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.sign_button)
        QWidget.setTabOrder(self.sign_button, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.table)
        self.retranslateUi()
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Recipients"),
                self.tr("Categories"),
                self.tr("Purpose"),
                self.tr("Valid from"),
                self.tr("Valid until"),
                self.tr("Method"),
                self.tr("Witness / guardian"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Consents"))
        self.record_button.setText(self.tr("Recor&d consent…"))
        self.print_button.setText(self.tr("P&rint consent form…"))
        self.sign_button.setText(self.tr("C&apture on-screen signature…"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self._show(self._consents)

    # -- data ------------------------------------------------------------------------------
    def set_participant(self, participant: Participant) -> None:
        self._participant = participant
        self._update_buttons()

    def reload(self) -> None:
        pid = self.participant_id
        session = self.session

        def work() -> tuple[list[Consent], list[Any]]:
            return session.consents(pid), _verified_contacts(session)

        self.fetch(work, self._loaded_all)

    def _loaded_all(self, loaded: tuple[list[Consent], list[Any]]) -> None:
        consents, self._contacts = loaded
        self._show(consents)

    def consents(self) -> list[Consent]:
        return list(self._consents)

    def _show(self, consents: list[Consent]) -> None:
        selected = self.selected()
        self._consents = sorted(consents, key=lambda c: c.recorded_at, reverse=True)
        words = DomainText()
        clock = self.session.clock
        self.table.setRowCount(len(self._consents))
        for row, consent in enumerate(self._consents):
            people = [
                self.tr("witness %1").replace("%1", consent.witness) if consent.witness else "",
                self.tr("guardian %1").replace("%1", consent.guardian) if consent.guardian else "",
            ]
            if consent.withdrawn_at is not None:
                state = self.tr("Withdrawn %1").replace("%1", format_date(consent.withdrawn_at))
            elif consent.is_live(clock):
                state = self.tr("In force")
            elif clock() < consent.valid_from:
                state = self.tr("Not yet in force")
            else:
                state = self.tr("Expired")
            method = words.consent_method(consent.method)
            if consent.uid in self.signatures:
                method = self.tr("%1 (signature captured)").replace("%1", method)
            cells = (
                ", ".join(recipient_text(r) for r in consent.recipients),
                ", ".join(words.category(c) for c in DataCategory if c in consent.categories),
                consent.purpose,
                format_date(consent.valid_from),
                format_date(consent.valid_until),
                method,
                "; ".join(p for p in people if p),
                state,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, str(consent.uid))
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.uid)
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------
    def selected(self) -> Consent | None:
        row = self.table.currentRow()
        if 0 <= row < len(self._consents) and self.table.selectionModel().hasSelection():
            return self._consents[row]
        return None

    def select(self, uid: UUID) -> None:
        for row, consent in enumerate(self._consents):
            if consent.uid == uid:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected()
        ready = self._participant is not None
        self.record_button.setEnabled(ready)
        self.print_button.setEnabled(ready and chosen is not None)
        self.sign_button.setEnabled(ready and chosen is not None and chosen.withdrawn_at is None)
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_at is None)

    # -- actions ---------------------------------------------------------------------------
    def record_consent(self, with_identity: bool = False) -> None:
        if self._participant is None:
            return
        dialog = RecordConsentDialog(
            self.session,
            self.runner,
            self._participant,
            self._contacts,
            self.choose_path,
            self,
            self.ask_output,
        )
        if with_identity:
            dialog.category_boxes[DataCategory.IDENTITY].setChecked(True)
        self.dialog = dialog
        dialog.saved.connect(lambda saved: self._recorded(saved, dialog.signature_png))
        dialog.open()

    def _recorded(self, saved: Consent, signature_png: bytes) -> None:
        if signature_png:
            self.signatures[saved.uid] = signature_png
        self.saved(saved)

    def print_selected(self) -> None:
        consent = self.selected()
        if consent is None or self._participant is None:
            return
        try:
            print_consent_form(
                self,
                consent,
                self._participant.alias,
                self.session.worker.name,
                self.signatures.get(consent.uid, b""),
                self.choose_path,
                self.ask_output,
            )
        except OSError as exc:
            self.fail(exc)

    def capture_signature(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        dialog = SignatureDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.signature_dialog = dialog
        uid = consent.uid
        dialog.accepted.connect(lambda: self._signed(uid, dialog.signature_png))
        dialog.open()

    def _signed(self, uid: UUID, png: bytes) -> None:
        self.signatures[uid] = png
        self._show(self._consents)

    def withdraw_selected(self) -> None:
        consent = self.selected()
        if consent is None or consent.id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Withdraw consent"),
            self.tr(
                "Withdraw this consent? Nothing more is shared under it, and recipients are "
                "asked to delete what they received under it."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("withdrawConfirm")
        box.setIconPixmap(icon("warning").pixmap(40, 40))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        consent_id = consent.id
        yes = box.button(QMessageBox.StandardButton.Yes)

        consent_uid = consent.uid

        def answered(clicked: object) -> None:
            if clicked is yes:
                self._withdraw(consent_id, consent_uid)

        box.buttonClicked.connect(answered)
        box.open()

    def _withdraw(self, consent_id: int, consent_uid: UUID) -> None:
        # Withdrawing a consent that data went out under writes a withdrawal bundle for the
        # recipients, so first find out whether a file is needed.
        history = history_source(self.session)
        pid = self.participant_id

        def went_out() -> bool:
            return history is not None and consent_went_out(list(history(pid)), consent_uid)

        self.runner.run(
            went_out,
            owner=self,
            on_success=lambda needed: self._withdraw_to(consent_id, bool(needed)),
            on_failure=self.fail,
        )

    def _withdraw_to(self, consent_id: int, needs_file: bool) -> None:
        withdraw = getattr(self.session, "withdraw_consent", None)
        if withdraw is None:
            return
        out: Path | None = None
        if needs_file:
            out = self.choose_bundle_path(self, self.tr("Save the withdrawal for the recipients"))
            if out is None:
                return
        self.runner.run(
            lambda: withdraw(consent_id, out) if out is not None else withdraw(consent_id),
            owner=self,
            on_success=self.saved,
            on_failure=self.fail,
        )

    def clear_signatures(self) -> None:
        self.signatures.clear()


def _verified_contacts(session: Session) -> list[Any]:
    """Contacts a consent can name: verified, key unchanged, not revoked."""
    exchange = getattr(session, "exchange", None)
    contacts = getattr(session, "contacts", None) or getattr(exchange, "contacts", None)
    if contacts is None:
        return []
    return [
        c
        for c in contacts()
        if getattr(c, "verified", False)
        and not getattr(c, "revoked", False)
        and not getattr(c, "key_changed", False)
    ]


def bundle_chooser(parent: QWidget, title: str) -> Path | None:
    """The shell's save dialog with a neutral bundle name and no dialog history."""
    name = outgoing_file_name(BundleKind.CONSENT_WITHDRAWAL)
    return choose_save_file(parent, title, name, f"ExitDesk (*{BUNDLE_SUFFIX})")
