"""The hand-over action of the participant view: choose a verified contact, read the preview of
what will leave this vault, confirm, and save the hand-over bundle. The case stays here until
the receiver's acknowledgement is imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from exitdesk.app.exchange import outgoing_file_name
from exitdesk.exchange import BundleKind
from exitdesk.ui.exchange.files import save_bundle_file
from exitdesk.ui.messages import MessageLabel
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import user_message

# (parent, dialog title, default file name) -> chosen file or None
PathChooser = Callable[[QWidget, str, str], Path | None]


class HandoverBar(RetranslateMixin, QWidget):
    """``sent`` carries the services' hand-over result once the bundle is written."""

    sent = Signal(object)

    def __init__(
        self, exchange: Any, runner: TaskRunner, participant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverBar")
        self._exchange = exchange
        self._runner = runner
        self._pid = participant_id
        self.choose_path: PathChooser = save_bundle_file
        self.contacts = QComboBox(self)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.start)
        self.message = MessageLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.contacts, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslateUi()

    def reload(self) -> None:
        exchange = self._exchange
        self._runner.run(
            lambda: [c for c in exchange.contacts() if c.verified and not c.revoked],
            owner=self,
            on_success=self._show_contacts,
            on_failure=lambda exc: self.message.show_error(user_message(exc)),
        )

    def _show_contacts(self, contacts: object) -> None:
        assert isinstance(contacts, list)
        self.contacts.clear()
        for contact in contacts:
            self.contacts.addItem(contact.label, contact.id)
        self.button.setEnabled(bool(contacts))

    def start(self) -> None:
        contact_id = self.contacts.currentData()
        if contact_id is None:
            return
        exchange, pid = self._exchange, self._pid
        self._runner.run(
            lambda: exchange.preview_handover(pid, int(contact_id)),
            owner=self,
            on_success=lambda preview: self._confirm(preview, int(contact_id)),
            on_failure=lambda exc: self.message.show_error(user_message(exc)),
        )

    def _confirm(self, preview: Any, contact_id: int) -> None:
        sending = ", ".join(f"{n} {kind}" for kind, n in preview.sending.items())
        text = self.tr("Hand this case over to %1? Leaves this vault: %2.").replace(
            "%1", preview.contact.label
        )
        text = text.replace("%2", sending)
        if preview.not_sent:
            kept = ", ".join(f"{n} {kind}" for kind, n in preview.not_sent.items())
            text += " " + self.tr("Not sent, deleted here with the case: %1.").replace("%1", kept)
        text += " " + self.tr(
            "This vault's copy is removed when the receiver's acknowledgement is imported."
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hand over the case"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("handoverConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(clicked: object) -> None:
            if clicked is yes:
                self._send(contact_id)

        box.buttonClicked.connect(answered)
        box.open()

    def _send(self, contact_id: int) -> None:
        path = self.choose_path(
            self,
            self.tr("Save the hand-over bundle"),
            outgoing_file_name(BundleKind.CASE_HANDOVER),
        )
        if path is None:
            return
        exchange, pid = self._exchange, self._pid
        self._runner.run(
            lambda: exchange.send_handover(pid, contact_id, path),
            owner=self,
            on_success=self._sent,
            on_failure=lambda exc: self.message.show_error(user_message(exc)),
        )

    def _sent(self, result: Any) -> None:
        self.message.say(
            self.tr(
                "Wrote the hand-over for %1; the case stays here until they acknowledge it."
            ).replace("%1", result.preview.contact.label)
        )
        self.sent.emit(result)

    def retranslateUi(self) -> None:
        self.button.setText(self.tr("Han&d over…"))
        self.button.setAccessibleName(self.tr("Hand this case over to the chosen contact"))
        self.contacts.setAccessibleName(self.tr("Contact to hand the case over to"))
