"""First run through the real wizard: worker and party, passphrase with meter, recovery code
shown once, printed to a real PDF, typed back; then a participant added through the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from exitdesk.app.locations import list_vaults
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.shell import Shell
from exitdesk.ui.vault.first_run import FirstRunWizard, recovery_digits
from tests.ui.conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def test_first_run_creates_vault_and_adds_participant(
    qtbot: QtBot, shell: Shell, vaults_root: Path, tmp_path: Path
) -> None:
    shell.start()
    wizard = shell.wizard
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.worker_page

    # Worker page: Next stays disabled until a name is typed; Sweden offers its own parties.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.worker_page.name, "Testi Tyontekija")
    wizard.worker_page.country.setCurrentIndex(1)
    assert wizard.worker_page.party.currentData() == "se-socialstyrelsen"
    wizard.worker_page.country.setCurrentIndex(0)
    party = wizard.worker_page.party
    party.setCurrentIndex(party.findData("fi-rise"))
    _next(qtbot, wizard)

    # Passphrase page: weak passphrase and mismatch keep Next disabled; the meter reacts.
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.passphrase, "short")
    assert page.meter.strength.score <= 1
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE + "x")
    assert page.mismatch.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(page.confirm, Qt.Key.Key_Backspace)
    assert page.meter.strength.acceptable
    _next(qtbot, wizard)  # nothing is created yet: the code is shown first
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15_000)
    assert list_vaults(vaults_root) == []
    assert wizard.created is None
    code = wizard.recovery_code
    assert recovery_digits(wizard.recovery_page.code.text()) == recovery_digits(code)

    # The printed sheet is a real PDF.
    sheet = tmp_path / "recovery-sheet.pdf"
    wizard.recovery_page.save_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF-")
    assert sheet.stat().st_size > 1000
    _next(qtbot, wizard)

    # Typing the code back: a wrong code does not finish; the right one does.
    confirm = wizard.confirm_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(confirm.typed, "1" * 48)
    assert not finish.isEnabled()
    assert confirm.state.text()
    confirm.typed.clear()
    qtbot.keyClicks(confirm.typed, code.replace("-", " "))
    assert finish.isEnabled()
    assert finish.text().replace("&", "") == "Create vault"
    with qtbot.waitSignal(shell.unlocked, timeout=15_000):
        qtbot.mouseClick(finish, LEFT)  # creates the vault in the background, then opens it
    assert list_vaults(vaults_root) == [vaults_root / "default"]
    assert wizard.created is not None
    assert wizard.created.recovery_code == code
    assert "bound to this computer" in wizard.recovery_page.binding.text()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()

    window = shell.main_window
    assert window.isVisible()
    assert window.windowTitle() == "ExitDesk — Prison and Probation Service of Finland"
    model = window.participants.model
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 0

    # New participant through the dialog, with the gentle note reminder on the way.
    qtbot.mouseClick(window.participants.add_button, LEFT)
    dialog = window.participants.findChild(NewParticipantDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.alias, "Kettu")
    qtbot.keyClicks(dialog.note, "Talked about the robbery last year.")
    assert dialog.note_hint.isVisible()
    dialog.note.clear()
    qtbot.keyClicks(dialog.note, "Wants to find work in Tampere.")
    assert not dialog.note_hint.isVisible()
    with qtbot.waitSignal(dialog.participantAdded, timeout=5_000):
        qtbot.mouseClick(save, LEFT)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert model.index(0, 0).data() == "Kettu"
    assert "Kettu" not in window.windowTitle()
    assert "Kettu" not in "".join(str(shell.settings.get(s)) for s in _all_settings())


def _all_settings() -> tuple[object, ...]:
    from exitdesk.ui.settings import ALL_SETTINGS

    return ALL_SETTINGS
