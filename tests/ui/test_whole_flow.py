"""The whole flow through real windows: first run, a participant, a consent, export to a second
worker's vault, import there, withdrawal, purge, and the acknowledgement back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import DataCategory, Worker
from exitdesk.ui.exchange.export_wizard import ExportWizard
from exitdesk.ui.exchange.import_dialog import ImportDialog
from exitdesk.ui.exchange.page import ExchangePage
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant import ParticipantView
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.settings import Settings
from exitdesk.ui.shell import Shell
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.window import PAGE_EXCHANGE, MainWindow
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE
from tests.ui.exchange_support import click

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def bertta(tmp_path: Path) -> Iterator[Session]:
    """The other party's vault, made through the services (real clock, like the shell's)."""
    created = create_vault(
        tmp_path / "bertta",
        PASSPHRASE,
        Worker(name="Bertta", party_id="fi-krp"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    yield created.session
    created.session.lock()


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def _first_run(qtbot: QtBot, shell: Shell) -> Session:
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.worker_page.name, "Aino")
    party = wizard.worker_page.party
    party.setCurrentIndex(party.findData("fi-rise"))
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.confirm, PASSPHRASE)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15_000)
    code = wizard.recovery_code  # the vault is made only after the code is typed back
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.confirm_page.typed, code)
    with qtbot.waitSignal(shell.unlocked, timeout=10_000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert shell.session is not None
    return shell.session


def _exchange(window: MainWindow) -> ExchangePage:
    window.show_page(PAGE_EXCHANGE)
    page = window.exchange
    assert isinstance(page, ExchangePage)
    return page


def _import(qtbot: QtBot, page: ExchangePage, path: Path) -> ImportDialog:
    page.tabs.setCurrentWidget(page.importer)
    page.choose_bundles = lambda _parent, _title: [path]
    click(qtbot, page.importer.open_button)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.refusal is not None, timeout=10_000)
    assert dialog.refusal is None, dialog.refusal
    return dialog


def _rows(qtbot: QtBot, window: MainWindow, count: int) -> None:
    model = window.participants.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == count, timeout=10_000)


def test_first_run_to_purge_and_acknowledgement(
    qtbot: QtBot,
    shell: Shell,
    bertta: Session,
    runner: TaskRunner,
    settings: Settings,
    translations: Translations,
    tmp_path: Path,
) -> None:
    aino = _first_run(qtbot, shell)
    window_a = shell.main_window
    window_b = MainWindow(runner, settings, translations)
    qtbot.addWidget(window_b)
    window_b.set_session(bertta)
    window_b.show()
    page_a, page_b = _exchange(window_a), _exchange(window_b)

    # Cards both ways through the pages: a file from Bertta, Aino's card pasted at Bertta's.
    card = tmp_path / "contact-card.txt"
    card.write_text(bertta.exchange.my_card(), encoding="utf-8")
    page_a.contacts.choose_card = lambda _parent, _title: card
    click(qtbot, page_a.contacts.add_file_button)
    qtbot.waitUntil(lambda: page_a.contacts.list.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: bool(page_a.my_card.card.toPlainText()), timeout=10_000)
    click(qtbot, page_b.contacts.paste_button)
    paste = page_b.contacts.paste_dialog
    assert paste is not None
    paste.text.setPlainText(page_a.my_card.card.toPlainText())
    click(qtbot, paste.add_button)
    qtbot.waitUntil(lambda: page_b.contacts.list.count() == 1, timeout=10_000)

    # Each reads the number on screen to the other, who types it.
    number_a = page_a.contacts.detail.number.text()
    number_b = page_b.contacts.detail.number.text()
    assert number_a == number_b
    for page, heard in ((page_a, number_b), (page_b, number_a)):
        qtbot.keyClicks(page.contacts.detail.typed, " ".join(heard.split()))
        with qtbot.waitSignal(page.contacts.changed, timeout=10_000):
            click(qtbot, page.contacts.detail.verify_button)
    assert all(c.verified for c in aino.exchange.contacts() + bertta.exchange.contacts())

    # A participant through the new-participant dialog.
    window_a.show_page(0)
    participants = window_a.participants
    click(qtbot, participants.add_button)
    new = participants.findChild(NewParticipantDialog)
    assert new is not None
    qtbot.keyClicks(new.alias, "Kettu")
    click(qtbot, new.party_checks["fi-krp"])  # Kettu chose to work with the police too
    with qtbot.waitSignal(new.participantAdded, timeout=10_000):
        click(qtbot, new.buttons.button(QDialogButtonBox.StandardButton.Save))
    _rows(qtbot, window_a, 1)

    # Open it from the list and record consent for Bertta (identity and stage).
    table = participants.table
    table.setFocus()
    table.setCurrentIndex(participants.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = participants.detail
    assert isinstance(view, ParticipantView)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    consents = view.consents
    view.tabs.setCurrentWidget(consents)
    click(qtbot, consents.record_button)
    dialog = consents.dialog
    assert dialog is not None
    for row in range(dialog.recipients.count()):
        item = dialog.recipients.item(row)
        target = item.data(Qt.ItemDataRole.UserRole)  # None on the two group headings
        if target is not None and target[1] is not None:  # the contact, not a party
            item.setCheckState(Qt.CheckState.Checked)
    for category in (DataCategory.IDENTITY, DataCategory.STATUS):
        click(qtbot, dialog.category_boxes[category])
    dialog.purpose.setFocus()
    qtbot.keyClicks(dialog.purpose, "Support after release")
    click(qtbot, dialog.confirm_adult)  # no birth year was given: the worker vouches
    with qtbot.waitSignal(view.changed, timeout=10_000):
        click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: consents.table.rowCount() == 1, timeout=10_000)

    # The consent is stored in whole seconds, so exporting at once, in the same second, works.
    assert aino.consents(view.participant_id)[0].valid_from.microsecond == 0

    # Export through the wizard.
    click(qtbot, view.export_button)
    wizard = view.export_wizard
    assert isinstance(wizard, ExportWizard)
    qtbot.waitUntil(lambda: wizard.contact_page.isComplete(), timeout=10_000)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.categories_page.isComplete(), timeout=10_000)
    assert not wizard.categories_page.boxes[DataCategory.SAFETY].isEnabled()
    _next(qtbot, wizard)
    assert wizard.review_page.values["participant"].text() == "Kettu"
    _next(qtbot, wizard)
    bundle = tmp_path / "out" / "transfer.exitbundle"
    bundle.parent.mkdir()
    wizard.choose_path = lambda _parent, _title, _name: bundle
    click(qtbot, wizard.save_page.save_button)
    qtbot.waitUntil(lambda: wizard.save_page.done or bool(wizard.save_page.error.text()))
    assert wizard.save_page.error.text() == ""
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: view.exchange.table.rowCount() == 1, timeout=10_000)

    # Bertta imports it through the import dialog: preview first, then the list shows Kettu.
    _rows(qtbot, window_b, 0)
    incoming = _import(qtbot, page_b, bundle)
    assert "New records: 2" in incoming.details.text()
    with qtbot.waitSignal(incoming.imported, timeout=10_000):
        click(qtbot, incoming.import_button)
    click(qtbot, incoming.close_button)
    _rows(qtbot, window_b, 1)
    assert window_b.participants.model.index(0, 0).data() == "Kettu"

    # Aino withdraws the consent in the consents tab; the withdrawal goes to a file.
    withdrawal = tmp_path / "out" / "withdrawal.exitbundle"
    consents.choose_bundle_path = lambda _parent, _title: withdrawal
    consents.table.selectRow(0)
    click(qtbot, consents.withdraw_button)
    qtbot.waitUntil(lambda: consents.findChild(QMessageBox, "withdrawConfirm") is not None)
    box = consents.findChild(QMessageBox, "withdrawConfirm")
    assert box is not None
    with qtbot.waitSignal(view.changed, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert withdrawal.exists()

    # Bertta imports the withdrawal: Kettu is purged, the acknowledgement is saved.
    ack = tmp_path / "out" / "ack.exitbundle"
    offered: list[str] = []

    def save_ack(_parent: QWidget, _title: str, name: str) -> Path:
        offered.append(name)
        return ack

    page_b.choose_ack_path = save_ack
    purge = _import(qtbot, page_b, withdrawal)
    assert "deletes 3 records" in purge.details.text()  # identity, stage and the consent
    assert window_b.participants.model.rowCount() == 1, "nothing deleted before Import"
    with qtbot.waitSignal(purge.acknowledgementSaved, timeout=10_000):
        click(qtbot, purge.import_button)
    assert offered and offered[0].startswith("ack-") and offered[0].endswith(".exitbundle")
    assert "3 records received under the withdrawn consent were deleted." in (purge.details.text())
    assert "ack.exitbundle" in purge.details.text()
    click(qtbot, purge.close_button)
    _rows(qtbot, window_b, 0)

    # Aino imports the acknowledgement; the history shows it acknowledged.
    back = _import(qtbot, _exchange(window_a), ack)
    assert "confirms deleting" in back.details.text()
    with qtbot.waitSignal(back.imported, timeout=10_000):
        click(qtbot, back.import_button)
    assert "has deleted what they received" in back.details.text()
    pid = view.participant_id
    sent = {e.kind: e.acknowledged for e in aino.exchange.history(pid) if e.direction == "out"}
    assert sent == {"case_transfer": False, "consent_withdrawal": True}
    click(qtbot, back.close_button)
    assert "Kettu" not in window_a.windowTitle() + window_b.windowTitle()
