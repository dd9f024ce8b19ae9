"""First run creates the vault only at the end (issue 14, finding 1): the recovery code is shown
and typed back first, Back still works until then, a passphrase changed after Back is the one
the vault takes, the last button says "Create vault"; a generated passphrase at first run and a
show-passphrase toggle at unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from exitdesk.app.locations import list_vaults
from exitdesk.app.passphrase_policy import is_strong_enough
from exitdesk.app.session import Options, open_vault
from exitdesk.ui.shell import Shell
from exitdesk.vault import KdfParams
from tests.ui.conftest import PASSPHRASE, make_vault

ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_vault_is_made_at_the_end_with_the_passphrase_chosen_last(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.worker_page.name, "Testi Tyontekija")
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.recovery_page
    assert list_vaults(vaults_root) == []  # nothing on disk yet

    # Back is still there: go back and take a generated passphrase instead.
    _press(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is page
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.passphrase.setFocus()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    generated = page.passphrase.text()
    assert generated != PASSPHRASE
    assert page.confirm.text() == generated
    assert len(generated.split()) == 6 and is_strong_enough(generated)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal  # shown, to write down
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    code = wizard.recovery_code
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Create vault"
    qtbot.keyClicks(wizard.confirm_page.typed, code)
    assert list_vaults(vaults_root) == []
    with qtbot.waitSignal(shell.unlocked, timeout=15_000):
        _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert list_vaults(vaults_root) == [vaults_root / "default"]
    assert wizard.created is not None and wizard.created.recovery_code == code

    shell.lock()
    shell.runner.wait_idle(timeout=10)
    options = Options(kdf=KdfParams.FLOOR, state_dir=vaults_root.parent / "state")
    with open_vault(vaults_root / "default", generated, options) as session:
        assert session.worker.name == "Testi Tyontekija"
    with pytest.raises(Exception, match="passphrase"):
        open_vault(vaults_root / "default", PASSPHRASE, options)


def test_unlock_can_show_the_passphrase_and_hides_it_again_after_a_lock(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.start()
    window = shell.unlock_window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(window.show_passphrase, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert window.show_passphrase.isChecked()
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    with qtbot.waitSignal(shell.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    shell.lock()
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert window.passphrase.text() == ""
