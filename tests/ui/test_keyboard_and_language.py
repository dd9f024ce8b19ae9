"""Issue 14, findings 5 and 6: Enter in a table cell never saves a whole form; the texts that
stayed English after a live language switch follow it; audit actions read as phrases."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from exitdesk.domain import SafetyAssessment, SafetyLevel
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant.safety_dialog import SafetyDialog
from exitdesk.ui.shell import Shell
from exitdesk.ui.window import PAGE_AUDIT
from tests.ui.conftest import make_vault, unlock


def _unlocked_shell(qtbot: QtBot, shell: Shell):  # type: ignore[no-untyped-def]
    make_vault(shell.vaults_root)
    shell.start()
    qtbot.waitExposed(shell.unlock_window)
    return unlock(qtbot, shell)


def test_enter_in_a_person_at_risk_cell_keeps_the_assessment_open(
    qtbot: QtBot, shell: Shell
) -> None:
    session = _unlocked_shell(qtbot, shell)
    pid = session.add_participant("Kettu").id
    assert pid is not None
    dialog = SafetyDialog(session, shell.runner, pid, None, shell.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.persons.add_row()
    note = dialog.persons.cell(row, 1)
    assert isinstance(note, QLineEdit)
    note.setFocus()
    qtbot.keyClicks(note, "threats by phone")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    qtbot.wait(200)
    shell.runner.wait_idle(timeout=5)
    QApplication.processEvents()
    assert dialog.isVisible(), "Enter in a cell saved and closed the whole assessment"
    assert session.safety(pid) is None
    assert note.text() == "threats by phone"
    dialog.reject()


def test_urgent_banner_of_the_list_follows_a_live_language_switch(
    qtbot: QtBot, shell: Shell, translations: Translations
) -> None:
    session = _unlocked_shell(qtbot, shell)
    pid = session.add_participant("Kettu").id
    assert pid is not None
    session.save_safety(
        SafetyAssessment(
            participant_id=pid, assessed_on=date(2026, 11, 1), level=SafetyLevel.HIGH, urgent=True
        )
    )
    page = shell.main_window.participants
    page.refresh()
    qtbot.waitUntil(lambda: "urgent safety flag" in page.banner.text, timeout=10_000)
    english = page.banner.text
    translations.set_language("fi")
    qtbot.waitUntil(lambda: page.banner.text != english, timeout=10_000)
    assert "kiireellinen" in page.banner.text.lower()


def test_audit_verification_line_and_actions_follow_the_language(
    qtbot: QtBot, shell: Shell, translations: Translations
) -> None:
    session = _unlocked_shell(qtbot, shell)
    session.add_participant("Kettu")
    window = shell.main_window
    window.show_page(PAGE_AUDIT)
    audit = window.audit
    audit.reload()
    audit.verify()
    qtbot.waitUntil(lambda: audit.chain_state.text().startswith("Verified"), timeout=10_000)
    qtbot.waitUntil(lambda: audit.model.rowCount() >= 2, timeout=10_000)
    actions = [audit.model.item(r, 2).text() for r in range(audit.model.rowCount())]
    assert "Participant added" in actions
    assert not any("." in text for text in actions), actions
    translations.set_language("sv")
    qtbot.waitUntil(lambda: audit.chain_state.text().startswith("Kontrollerad"), timeout=5_000)
    actions = [audit.model.item(r, 2).text() for r in range(audit.model.rowCount())]
    assert "Deltagare lades till" in actions
    assert "Alla händelser" in [audit.action.itemText(i) for i in range(audit.action.count())]


def test_audit_details_read_as_phrases_not_hex_pairs(qtbot: QtBot, shell: Shell) -> None:
    session = _unlocked_shell(qtbot, shell)
    session.generate_demo(3, seed=1)
    audit = shell.main_window.audit
    audit.reload()
    qtbot.waitUntil(
        lambda: any(
            audit.model.item(r, 2).text() == "Demo data generated"
            for r in range(audit.model.rowCount())
        ),
        timeout=10_000,
    )
    details = [audit.model.item(r, 3).text() for r in range(audit.model.rowCount())]
    assert "3 participants" in details
    assert not any("=" in text for text in details), details
