"""The export wizard: a verified contact, the categories the participant's consent lets go to them,
a review, then the bundle saved under a neutral name while a progress bar runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from exitdesk.app.exchange import ContactView, ExportResult, outgoing_file_name
from exitdesk.app.policy import recipient_leaves_out
from exitdesk.app.session import Session
from exitdesk.domain import Consent, DataCategory, Participant
from exitdesk.domain.policy import PolicyField
from exitdesk.exchange import BundleKind
from exitdesk.ui.exchange.files import SaveChooser, save_bundle_file
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import DomainText, format_date, party_name
from exitdesk.ui.policy_text import field_names
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import icon, user_message

_CONTACT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Scope:
    """What the consent allows for one contact: per category None or the reason why not, and
    the consent an export would travel under."""

    reasons: dict[DataCategory, str | None]
    consent: Consent | None
    # What the recipient's party preset does not keep (left out when they import).
    leaves_out: tuple[PolicyField, ...] = ()


def export_scope(session: Session, participant_id: int, contact: ContactView) -> Scope:
    """Read-only, on the task runner: what may go, and the consent the bundle would use."""
    reasons = session.exchange.allowed_categories(participant_id, contact.id)
    return Scope(
        reasons,
        session.exchange.export_consent(participant_id, contact.id),
        tuple(recipient_leaves_out(contact.party_id)),
    )


def _usable(contact: ContactView) -> bool:
    return contact.verified and not contact.revoked and not contact.key_changed


class ContactChoicePage(RetranslateMixin, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[ContactView] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("exportContacts")
        self.label.setBuddy(self.list)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda _: self.wizard().next())
        self.retranslateUi()

    def set_contacts(self, contacts: list[ContactView]) -> None:
        self.contacts = contacts
        self.list.clear()
        for contact in contacts:
            item = QListWidgetItem(icon("contact"), self._text(contact), self.list)
            item.setData(_CONTACT_ROLE, contact.id)
            if not _usable(contact):
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        usable = [row for row, c in enumerate(contacts) if _usable(c)]
        if len(usable) == 1:
            self.list.setCurrentRow(usable[0])
        self.retranslateUi()
        self.completeChanged.emit()

    def _text(self, contact: ContactView) -> str:
        label = f"{contact.name} ({party_name(contact.party_id)})"
        if contact.revoked:
            return self.tr("%1 — revoked").replace("%1", label)
        if contact.key_changed:
            return self.tr("%1 — keys changed, verify again first").replace("%1", label)
        if not contact.verified:
            return self.tr("%1 — not verified yet").replace("%1", label)
        return label

    def chosen(self) -> ContactView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        contact = next((c for c in self.contacts if c.id == item.data(_CONTACT_ROLE)), None)
        return contact if contact is not None and _usable(contact) else None

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose the recipient"))
        self.setSubTitle(self.tr("Only verified contacts can receive a bundle."))
        self.label.setText(self.tr("Co&ntact:"))
        self.list.setAccessibleName(self.tr("Contact to send to"))
        if not any(_usable(c) for c in self.contacts):
            self.note.setText(
                self.tr("No verified contact yet. Add and verify one under Contacts && exchange.")
                .replace("&&", "&")
            )  # fmt: skip
        else:
            self.note.clear()
        for row, contact in enumerate(self.contacts):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._text(contact))


class CategoriesPage(RetranslateMixin, QWizardPage):
    """A box per category; what the consent does not cover is disabled, its reason beside it.
    Without identity no case can go: the page says so in plain words and offers the way on,
    recording a consent that includes it (``consentRequested``)."""

    consentRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope: Scope | None = None
        self.alias = ""
        self.contact_name = ""
        self.blocked = MessageLabel(self, Tone.ERROR)
        self.blocked.setObjectName("identityMissing")
        self.blocked.setWordWrap(True)
        self.blocked.hide()
        self.consent_button = QPushButton(self)
        self.consent_button.setObjectName("recordConsentWithIdentity")
        self.consent_button.hide()
        self.consent_button.clicked.connect(self.consentRequested)
        self.boxes = {c: QCheckBox(self) for c in DataCategory}
        self.reasons = {c: QLabel(self) for c in DataCategory}
        self.loading = QLabel(self)
        self.recipient_policy = QLabel(self)
        self.recipient_policy.setWordWrap(True)
        grid = QGridLayout()
        for row, category in enumerate(DataCategory):
            reason = self.reasons[category]
            reason.setWordWrap(True)
            grid.addWidget(self.boxes[category], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reason, row, 1)
            self.boxes[category].toggled.connect(lambda _: self.completeChanged.emit())
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading)
        layout.addWidget(self.blocked)
        button_row = QHBoxLayout()
        button_row.addWidget(self.consent_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addLayout(grid)
        layout.addWidget(self.recipient_policy)
        layout.addStretch(1)
        self.retranslateUi()
        self.set_scope(None)

    def set_scope(self, scope: Scope | None) -> None:
        self.scope = scope
        self.loading.setVisible(scope is None)
        for category, box in self.boxes.items():
            reason = None if scope is None else scope.reasons.get(category)
            allowed = scope is not None and reason is None
            box.setEnabled(allowed)
            box.setChecked(allowed)
            text = reason or ""
            self.reasons[category].setText(text)
            box.setAccessibleDescription(text)
        missing = scope is not None and scope.reasons.get(DataCategory.IDENTITY) is not None
        self.blocked.setVisible(missing)
        self.consent_button.setVisible(missing)
        self._say_blocked()
        self._show_recipient_policy()
        self.completeChanged.emit()

    def _say_blocked(self) -> None:
        self.blocked.setText(
            self.tr(
                "The consent %1 gave does not include identity, and a case cannot be shared "
                "with %2 without it. Record a consent that includes identity to send the case."
            )
            .replace("%1", self.alias)
            .replace("%2", self.contact_name)
        )

    def _show_recipient_policy(self) -> None:
        scope = self.scope
        if scope is None:
            self.recipient_policy.clear()
        elif scope.leaves_out:
            self.recipient_policy.setText(
                self.tr("The recipient's data policy does not keep: %1. Their vault leaves "
                        "these out when the bundle is imported.")
                .replace("%1", field_names(scope.leaves_out))
            )  # fmt: skip
        else:
            self.recipient_policy.setText(self.tr("The recipient's data policy keeps all of it."))

    def chosen(self) -> list[DataCategory]:
        return [c for c, box in self.boxes.items() if box.isEnabled() and box.isChecked()]

    def isComplete(self) -> bool:
        return DataCategory.IDENTITY in self.chosen()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("What to send"))
        self.setSubTitle(
            self.tr("A case always carries the identity category; the consent decides the rest.")
        )
        self.loading.setText(self.tr("Checking the consent…"))
        self._show_recipient_policy()
        self.consent_button.setText(self.tr("&Record a consent…"))
        self._say_blocked()
        words = DomainText()
        for category, box in self.boxes.items():
            box.setText(words.category(category))


class ReviewPage(RetranslateMixin, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = {key: QLabel(self) for key in ("participant", "contact", "categories",
                                                     "consent")}  # fmt: skip
        self.captions = {key: QLabel(self) for key in self.values}
        form = QFormLayout(self)
        for key, value in self.values.items():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.captions[key].setBuddy(value)
            form.addRow(self.captions[key], value)
        self.retranslateUi()

    def show_review(
        self, alias: str, contact: ContactView, categories: list[DataCategory], consent: Any
    ) -> None:
        words = DomainText()
        self.values["participant"].setText(alias)
        self.values["contact"].setText(f"{contact.name} ({party_name(contact.party_id)})")
        self.values["categories"].setText(", ".join(words.category(c) for c in categories))
        self.values["consent"].setText(consent_text(self, consent))
        for key, value in self.values.items():
            value.setAccessibleName(f"{self.captions[key].text().replace('&', '')} {value.text()}")

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Check before saving"))
        self.setSubTitle(self.tr("The bundle is encrypted for this contact only."))
        self.captions["participant"].setText(self.tr("&Participant:"))
        self.captions["contact"].setText(self.tr("&To:"))
        self.captions["categories"].setText(self.tr("C&ategories:"))
        self.captions["consent"].setText(self.tr("Co&nsent:"))


def consent_text(context: QWidget, consent: Consent | None) -> str:
    if consent is None:
        return context.tr("none in force")
    number = str(consent.id) if consent.id is not None else consent.uid.hex[:8]
    return (
        context.tr("consent %1, in force until %2")
        .replace("%1", number)
        .replace("%2", format_date(consent.valid_until))
    )


class SavePage(RetranslateMixin, QWizardPage):
    """Choose where to save, then the export runs with a busy bar; the wizard moves on when the
    file is written. A commit page: once saved, there is no going back."""

    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCommitPage(True)
        self.done = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.save_button = QPushButton(icon("export"), "", self)
        self.save_button.setObjectName("saveBundle")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = MessageLabel(self, Tone.ERROR)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.save_button.clicked.connect(self.exportRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslateUi()

    def initializePage(self) -> None:
        self.save_button.setFocus()

    def busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.save_button.setEnabled(not busy and not self.done)
        if busy:
            self.error.clear()

    def isComplete(self) -> bool:
        return self.done

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Save the bundle"))
        self.intro.setText(
            self.tr("Choose where to save the file. Its name says nothing about the participant; "
                    "send it to the contact by any channel.")
        )  # fmt: skip
        self.save_button.setText(self.tr("&Save bundle…"))
        self.progress.setAccessibleName(self.tr("Exporting"))


class DonePage(RetranslateMixin, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.result: ExportResult | None = None
        self.retranslateUi()

    def show_result(self, result: ExportResult) -> None:
        self.result = result
        kind = (
            self.tr("An update with what changed since the last bundle")
            if result.kind is BundleKind.CASE_UPDATE
            else self.tr("A case transfer")
        )
        lines = [
            kind,
            self.tr("%n record(s) for %1", "", result.records).replace(
                "%1", f"{result.contact.name} ({party_name(result.contact.party_id)})"
            ),
            self.tr("Saved as %1").replace("%1", result.path.name),
        ]
        if result.removed:
            lines.insert(2, self.tr("%n record(s) marked as removed", "", result.removed))
        if result.received_not_sent:
            lines.insert(
                2,
                self.tr(
                    "%n received record(s) not sent: received records are not passed on",
                    "",
                    len(result.received_not_sent),
                ),
            )
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(self.summary.text())

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Bundle saved"))
        self.setSubTitle(self.tr("It was logged in the participant's exchange history."))
        if self.result is not None:
            self.show_result(self.result)


class ExportWizard(RetranslateMixin, QWizard):
    """``exported`` carries the ``ExportResult``. ``choose_path`` is the save dialog (tests
    replace it). The title names no participant."""

    exported = Signal(object)
    ready = Signal()

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._session = session
        self._runner = runner
        self._participant_id = participant_id
        self.participant: Participant | None = None
        self.choose_path: SaveChooser = save_bundle_file
        self.contact_page = ContactChoicePage(self)
        self.categories_page = CategoriesPage(self)
        self.review_page = ReviewPage(self)
        self.save_page = SavePage(self)
        self.done_page = DonePage(self)
        for page in (self.contact_page, self.categories_page, self.review_page,
                     self.save_page, self.done_page):  # fmt: skip
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.currentIdChanged.connect(self._entered)
        self.save_page.exportRequested.connect(self.save)
        self.retranslateUi()
        self.resize(620, 460)
        self._load()

    # -- data ------------------------------------------------------------------------------
    def _load(self) -> None:
        session, pid = self._session, self._participant_id

        def work() -> tuple[Participant, list[ContactView]]:
            return session.participant(pid), session.exchange.contacts()

        self._runner.run(work, owner=self, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, loaded: Any) -> None:
        self.participant, contacts = loaded
        self.contact_page.set_contacts(contacts)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_page.busy(False)
        self.save_page.error.show_error(user_message(exc))
        self.contact_page.note.setText(user_message(exc))

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        contact = self.contact_page.chosen()
        if page is self.categories_page and contact is not None:
            self.categories_page.alias = self.participant.alias if self.participant else ""
            self.categories_page.contact_name = contact.name
            self.categories_page.set_scope(None)
            session, pid = self._session, self._participant_id
            self._runner.run(
                lambda: export_scope(session, pid, contact),
                owner=self,
                on_success=lambda scope: self.categories_page.set_scope(scope),
                on_failure=self._scope_failed,
            )
        elif page is self.review_page and contact is not None and self.participant is not None:
            scope = self.categories_page.scope
            self.review_page.show_review(
                self.participant.alias,
                contact,
                self.categories_page.chosen(),
                None if scope is None else scope.consent,
            )

    def _scope_failed(self, exc: BaseException) -> None:
        self.categories_page.loading.setText(user_message(exc))

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        contact = self.contact_page.chosen()
        if contact is None or self.save_page.done:
            return
        path = self.choose_path(
            self, self.tr("Save the bundle"), outgoing_file_name(BundleKind.CASE_TRANSFER)
        )
        if path is None:
            return
        categories = self.categories_page.chosen()
        exchange, pid = self._session.exchange, self._participant_id
        self.save_page.busy(True)
        self._runner.run(
            lambda: exchange.export(pid, contact.id, path, categories),
            owner=self,
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.save_page.done = True
        self.save_page.busy(False)
        self.done_page.show_result(result)
        self.save_page.completeChanged.emit()
        self.next()
        self.exported.emit(result)

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export for a contact"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
