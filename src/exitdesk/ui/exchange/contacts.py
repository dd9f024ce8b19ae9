"""Contacts: the list with each contact's state, adding one from a card file or pasted text, and
the detail with the safety number as digits and QR code and the step that verifies it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.exchange import (
    CARD_FILE_NAME,
    ContactAdded,
    ContactStatus,
    ContactView,
    write_outgoing_file,
)
from exitdesk.app.session import Session
from exitdesk.domain.display import shown
from exitdesk.exchange import format_safety_number, safety_number_qr_svg
from exitdesk.ui.clipboard import SecureClipboard
from exitdesk.ui.exchange.files import (
    OpenChooser,
    SaveChooser,
    open_card_file,
    save_card_file,
)
from exitdesk.ui.messages import MessageLabel
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import icon, user_message

QR_SIZE = 200
_MAX_CARD_FILE = 16 * 1024
_CONTACT_ROLE = Qt.ItemDataRole.UserRole


def qr_pixmap(number: str, size: int = QR_SIZE, ratio: float = 1.0) -> QPixmap:
    """The safety number's QR code drawn from its SVG, sharp at the screen's pixel ratio."""
    renderer = QSvgRenderer(QByteArray(safety_number_qr_svg(number).encode("utf-8")))
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    # A QR code needs a quiet zone; segno's SVG has one already.
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PasteCardDialog(RetranslateMixin, QDialog):
    """A box to paste a card received as text (e-mail, chat)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.label = QLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.label.setBuddy(self.text)
        self.label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self)
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(520, 360)

    def card_text(self) -> str:
        return self.text.toPlainText()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Paste a contact card"))
        self.label.setText(self.tr("&Paste the contact card exactly as you received it:"))
        self.text.setAccessibleName(self.tr("Contact card text"))
        self.add_button.setText(self.tr("&Add contact"))


class ContactDetail(RetranslateMixin, QWidget):
    """One contact: who, their state, the safety number to compare, and the verify step.
    ``verified`` carries the updated ``ContactView``; ``caseloadRequested`` the verified
    contact to hand the whole caseload over to (the page opens the dialog)."""

    verified = Signal(object)
    caseloadRequested = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self.contact: ContactView | None = None
        # Set by the panel: with no contacts at all, the empty detail says how to add one.
        self.no_contacts = False
        self.name = QLabel(self)
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name.setFont(font)
        # The empty detail's hint is a sentence, not a name: it wraps to the panel's width.
        self.name.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.number_caption = QLabel(self)
        self.number_caption.setWordWrap(True)
        self.number = QLabel(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.25)
        self.number.setFont(mono)
        self.number.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.number.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.qr = QLabel(self)
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.typed_label = QLabel(self)
        self.typed = QLineEdit(self)
        self.typed.setFont(QFont(mono))
        self.typed_label.setBuddy(self.typed)
        self.verify_button = QPushButton(self)
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("revokeContact")
        self.revoke_button.clicked.connect(self.revoke)
        self.caseload_button = QPushButton(self)
        self.caseload_button.setObjectName("caseloadButton")
        self.caseload_button.clicked.connect(self._caseload_requested)
        self.confirm_revoke: QMessageBox | None = None
        self.message = MessageLabel(self)
        self.message.setObjectName("verifyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.verify_button.clicked.connect(self.verify)
        self.typed.returnPressed.connect(self.verify)
        self.typed.textChanged.connect(lambda _: self._update_buttons())
        numbers = QHBoxLayout()
        numbers.addWidget(self.number, 1, Qt.AlignmentFlag.AlignTop)
        numbers.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.typed_label, self.typed)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.revoke_button)
        verify_row.addWidget(self.caseload_button)
        verify_row.addStretch(1)
        verify_row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.state)
        layout.addWidget(self.number_caption)
        layout.addLayout(numbers)
        layout.addLayout(form)
        layout.addLayout(verify_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QWidget.setTabOrder(self.number, self.typed)
        QWidget.setTabOrder(self.typed, self.verify_button)
        self.retranslateUi()
        self.show_contact(None)

    def set_session(self, session: Session | None) -> None:
        self._session = session
        if session is None:
            self.show_contact(None)

    def show_contact(self, contact: ContactView | None) -> None:
        same = contact is not None and self.contact is not None and contact.id == self.contact.id
        self.contact = contact
        if not same:
            self.typed.clear()
            self.message.clear()
        for widget in (self.number, self.qr, self.typed, self.typed_label, self.verify_button,
                       self.number_caption, self.revoke_button,
                       self.caseload_button):  # fmt: skip
            widget.setVisible(contact is not None)
        if contact is None:
            if self.no_contacts:
                self.name.setText(
                    self.tr(
                        "No contacts yet. Add a colleague's contact card (Add from card file or "
                        "Paste card), then compare the safety number with them."
                    )
                )
            else:
                self.name.setText(self.tr("Choose a contact to see their safety number."))
            self.state.clear()
            self.number.clear()
            self.qr.clear()
            return
        self.name.setText(f"{shown(contact.name)} — {party_name(contact.party_id)}")
        state = self.state_sentence(contact)
        if contact.mixed_scripts:
            state += " " + self.tr(
                "Warning: this name mixes letters of different scripts (%1); it may be made to "
                "look like someone else's. Trust the safety number, not the name."
            ).replace("%1", ", ".join(s.title() for s in contact.mixed_scripts))
        self.state.setText(state)
        self.number.setText(format_safety_number(contact.safety_number, groups_per_line=4))
        self.qr.setPixmap(qr_pixmap(contact.safety_number, QR_SIZE, self.devicePixelRatioF()))
        self._update_buttons()

    def state_sentence(self, contact: ContactView) -> str:
        if contact.revoked:
            return self.tr("Revoked: nothing can be exchanged with this contact.")
        if contact.retired:
            return self.tr(
                "These keys were replaced by newer ones of the same person. Restore them only if "
                "the newer keys turn out not to be theirs."
            )
        if contact.same_as is not None:
            return self.tr(
                "Same name and party as contact %1, with other keys. Their verified keys stay in "
                "use until you compare this safety number with them; verifying it retires the old "
                "keys."
            ).replace("%1", contact.same_as)
        if contact.key_changed:
            return self.tr(
                "Their keys changed. Compare the new safety number with them by phone or in "
                "person before exchanging anything again."
            )
        if contact.verified:
            return self.tr("Verified: you compared this safety number with them.")
        return self.tr(
            "Not verified. Read the safety number to each other by phone or in person, then type "
            "what they read to you."
        )

    def _update_buttons(self) -> None:
        ready = self.contact is not None and not self.contact.revoked
        self.verify_button.setEnabled(ready and bool(self.typed.text().strip()))
        self.revoke_button.setEnabled(ready)
        # Cases go only to a contact whose safety number was compared (the services agree).
        verified = ready and self.contact is not None and self.contact.verified
        self.caseload_button.setEnabled(verified and self._session is not None)

    def _caseload_requested(self) -> None:
        if self.caseload_button.isEnabled() and self.contact is not None:
            self.caseloadRequested.emit(self.contact)

    def revoke(self) -> None:
        """Ask (naming the contact), then the CLI's ``contact revoke``."""
        contact, session = self.contact, self._session
        if contact is None or session is None or contact.revoked:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke contact"),
            self.tr(
                "Stop trusting %1? Nothing more can be sent to them or imported from them."
            ).replace("%1", contact.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        go = box.addButton(self.tr("&Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_revoke = box
        exchange = session.exchange

        def answered() -> None:
            self.confirm_revoke = None
            if box.clickedButton() is go:
                self._runner.run(
                    lambda: exchange.revoke_contact(contact.id),
                    owner=self,
                    on_success=self._revoked,
                    on_failure=self._refused,
                )

        box.finished.connect(answered)
        box.open()

    def _revoked(self, view: object) -> None:
        assert isinstance(view, ContactView)
        self.show_contact(view)
        self.verified.emit(view)  # the list and the export wizard re-read the contact

    def verify(self) -> None:
        """Compare the typed number with the services; a wrong one changes nothing."""
        contact, session = self.contact, self._session
        if contact is None or session is None or not self.verify_button.isEnabled():
            return
        typed = self.typed.text()
        exchange = session.exchange
        self.verify_button.setEnabled(False)
        self._runner.run(
            lambda: exchange.verify_contact(contact.id, typed),
            owner=self,
            on_success=self._verified,
            on_failure=self._refused,
        )

    def _verified(self, view: object) -> None:
        assert isinstance(view, ContactView)
        self.typed.clear()
        self.show_contact(view)
        self.message.say(
            self.tr("The safety numbers match. %1 is verified.").replace("%1", shown(view.name))
        )
        self.verified.emit(view)

    def _refused(self, exc: BaseException) -> None:
        self._update_buttons()
        self.message.show_error(user_message(exc))

    def retranslateUi(self) -> None:
        self.number_caption.setText(
            self.tr("Safety number (the same on both sides; read it aloud or scan the code):")
        )
        self.number.setAccessibleName(self.tr("Safety number"))
        self.qr.setAccessibleName(self.tr("QR code of the safety number"))
        self.typed_label.setText(self.tr("&Number they read to you:"))
        self.typed.setAccessibleName(self.tr("Safety number they read to you"))
        self.typed.setPlaceholderText(self.tr("60 digits; spaces do not matter"))
        self.verify_button.setText(self.tr("Verif&y"))
        self.verify_button.setAccessibleName(self.tr("Verify the contact"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the contact"))
        self.caseload_button.setText(self.tr("Han&d over caseload…"))
        self.caseload_button.setAccessibleName(self.tr("Hand your cases over to this contact"))
        self.show_contact(self.contact)


class ContactsPanel(RetranslateMixin, QWidget):
    """``loaded`` fires after each reload is shown; ``changed`` after a contact was added or
    verified (the export wizard's contact list depends on it)."""

    loaded = Signal()
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._contacts: list[ContactView] = []
        self.choose_card: OpenChooser = open_card_file
        self.paste_dialog: PasteCardDialog | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("contactList")
        self.add_file_button = QPushButton(icon("add"), "", self)
        self.paste_button = QPushButton(self)
        self.message = MessageLabel(self)
        self.message.setObjectName("contactsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail = ContactDetail(runner, self)
        self.add_file_button.clicked.connect(self.add_from_file)
        self.paste_button.clicked.connect(self.add_from_paste)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.detail.verified.connect(self._contact_verified)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.message)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.add_file_button, self.paste_button)
        QWidget.setTabOrder(self.paste_button, self.list)
        QWidget.setTabOrder(self.list, self.detail.number)
        self.retranslateUi()
        self.set_session(None)

    # -- data ------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.detail.set_session(session)
        self.message.clear()
        self.add_file_button.setEnabled(session is not None)
        self.paste_button.setEnabled(session is not None)
        if session is None:
            self._show([])
        else:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        session = self._session
        if session is None:
            return
        exchange = session.exchange
        self._runner.run(
            exchange.contacts,
            owner=self,
            on_success=lambda contacts: self._loaded(contacts, select),
            on_failure=self._failed,
        )

    def _loaded(self, contacts: Any, select: int | None) -> None:
        self._show(list(contacts), select)
        self.loaded.emit()

    def contacts(self) -> list[ContactView]:
        return list(self._contacts)

    def _show(self, contacts: list[ContactView], select: int | None = None) -> None:
        current = self.current()
        keep = select if select is not None else (current.id if current else None)
        self._contacts = contacts
        self.detail.no_contacts = not contacts
        self.list.blockSignals(True)
        self.list.clear()
        for contact in contacts:
            item = QListWidgetItem(icon("contact"), self._item_text(contact), self.list)
            item.setData(_CONTACT_ROLE, contact.id)
            if contact.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def _item_text(self, contact: ContactView) -> str:
        if contact.revoked:
            state = self.tr("revoked")
        elif contact.retired:
            state = self.tr("keys replaced")
        elif contact.same_as is not None:
            state = self.tr("not verified, same name and party as %1").replace(
                "%1", contact.same_as
            )
        elif contact.key_changed:
            state = self.tr("keys changed — verify again")
        elif contact.verified:
            state = self.tr("verified")
        else:
            state = self.tr("not verified")
        return f"{shown(contact.name)} ({party_name(contact.party_id)}) — {state}"

    def current(self) -> ContactView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(_CONTACT_ROLE)
        return next((c for c in self._contacts if c.id == wanted), None)

    def _show_current(self) -> None:
        self.detail.show_contact(self.current())

    def _contact_verified(self, view: object) -> None:
        assert isinstance(view, ContactView)
        self.reload(select=view.id)
        self.changed.emit()

    # -- adding ----------------------------------------------------------------------------
    def add_from_file(self) -> None:
        if self._session is None:
            return
        path = self.choose_card(self, self.tr("Open a contact card"))
        if path is None:
            return

        def read() -> str:
            with path.open("rb") as handle:
                raw = handle.read(_MAX_CARD_FILE + 1)
            return raw.decode("utf-8", errors="replace")

        self._runner.run(read, owner=self, on_success=self.add_card, on_failure=self._failed)

    def add_from_paste(self) -> None:
        if self._session is None:
            return
        dialog = PasteCardDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paste_dialog = dialog
        dialog.accepted.connect(lambda: self.add_card(dialog.card_text()))
        dialog.open()

    def add_card(self, text: object) -> None:
        session = self._session
        if session is None or not isinstance(text, str):
            return
        exchange = session.exchange
        self._runner.run(
            lambda: exchange.add_contact(text),
            owner=self,
            on_success=self._added,
            on_failure=self._failed,
        )

    def _added(self, added: object) -> None:
        assert isinstance(added, ContactAdded)
        name = added.contact.name
        if added.status is ContactStatus.NEW:
            text = self.tr("%1 was added. Compare the safety number with them to verify.")
        elif added.status is ContactStatus.KEYS_CHANGED:
            text = self.tr(
                "%1 sent a card with new keys, signed by their verified old keys: the new keys "
                "are in use now."
            )
        elif added.status is ContactStatus.SAME_NAME_AND_PARTY:
            text = self.tr(
                "A card with %1's name and party but other keys was added as a new, unverified "
                "contact. Their verified keys stay in use until you compare the new safety number."
            )
        else:
            text = self.tr("%1 is already among your contacts; nothing changed.")
        self.message.say(text.replace("%1", name))
        self.reload(select=added.contact.id)
        self.changed.emit()
        self.detail.typed.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(user_message(exc))

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.add_file_button.setText(self.tr("&Add from card file…"))
        self.add_file_button.setAccessibleName(self.tr("Add a contact from a card file"))
        self.paste_button.setText(self.tr("Pa&ste card…"))
        self.paste_button.setAccessibleName(self.tr("Add a contact from pasted card text"))
        self.list.setAccessibleName(self.tr("Contacts"))
        for row, contact in enumerate(self._contacts):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(contact))


class MyCardPanel(RetranslateMixin, QWidget):
    """This vault's own card, to give to other workers: copied through the auto-clearing
    clipboard or saved to a neutrally named file."""

    loaded = Signal()

    def __init__(
        self, runner: TaskRunner, clipboard: SecureClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self.clipboard = clipboard
        self.choose_path: SaveChooser = save_card_file
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.card = QPlainTextEdit(self)
        self.card.setReadOnly(True)
        self.card.setTabChangesFocus(True)
        self.card.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.message = MessageLabel(self)
        self.message.setObjectName("cardMessage")
        self.message.setWordWrap(True)
        self.copy_button.clicked.connect(self.copy_card)
        self.save_button.clicked.connect(self.save_card)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.copy_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.card)
        self.retranslateUi()
        self.set_session(None)

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.card.clear()
        self.message.clear()
        self._update_buttons()
        if session is None:
            return
        self._runner.run(
            session.exchange.my_card, owner=self, on_success=self._loaded, on_failure=self._failed
        )

    def _loaded(self, text: object) -> None:
        self.card.setPlainText(str(text))
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        ready = self._session is not None and bool(self.card.toPlainText())
        self.copy_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def copy_card(self) -> None:
        text = self.card.toPlainText()
        if not text:
            return
        self.clipboard.copy(text)
        self.message.say(self.tr("Your card is on the clipboard for a short while."))

    def save_card(self) -> None:
        text = self.card.toPlainText()
        if not text:
            return
        path = self.choose_path(self, self.tr("Save my contact card"), CARD_FILE_NAME)
        if path is None:
            return
        data = text.encode("utf-8")
        self._runner.run(
            lambda: write_outgoing_file(path, data),
            owner=self,
            on_success=lambda _: self.message.say(self.tr("Your card was saved. Send it to "
                                                          "the other worker, then compare safety "
                                                          "numbers.")),
            on_failure=self._failed,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(user_message(exc))

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Give this card to workers you exchange with. It holds only your name, your "
                "party and your public keys. After they add it, compare the safety number."
            )
        )
        self.card.setAccessibleName(self.tr("My contact card"))
        self.copy_button.setText(self.tr("C&opy my card"))
        self.save_button.setText(self.tr("Save my car&d…"))
