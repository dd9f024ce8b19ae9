"""Issue 14, finding 11: empty states, plural forms instead of "(s)", no empty brackets in
About, a translated binding sentence said once on the recovery page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from exitdesk.ui.audit_words import AuditWords
from exitdesk.ui.exchange.contacts import ContactsPanel
from exitdesk.ui.i18n import Translations
from exitdesk.ui.shell import Shell
from exitdesk.ui.vault.first_run import binding_sentence
from exitdesk.vault.keyslots import BindingStatus
from tests.ui.conftest import make_vault, unlock


def _unlocked(qtbot: QtBot, shell: Shell):  # type: ignore[no-untyped-def]
    make_vault(shell.vaults_root)
    shell.start()
    qtbot.waitExposed(shell.unlock_window)
    return unlock(qtbot, shell)


def test_empty_list_says_why_and_what_to_do(qtbot: QtBot, shell: Shell) -> None:
    _unlocked(qtbot, shell)
    page = shell.main_window.participants
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=10_000)
    assert "No participants yet" in page.empty.text()
    qtbot.keyClicks(page.search, "nobody")
    page.apply_filters()
    qtbot.waitUntil(lambda: "match" in page.empty.text(), timeout=10_000)
    page.search.clear()
    shell.session.add_participant("Kettu")  # type: ignore[union-attr]
    page.refresh()
    qtbot.waitUntil(lambda: not page.empty.isVisible(), timeout=10_000)


def test_no_contacts_yet_is_said_instead_of_choose_a_contact(qtbot: QtBot, shell: Shell) -> None:
    _unlocked(qtbot, shell)
    panels = shell.main_window.findChildren(ContactsPanel)
    assert panels
    panel = panels[0]
    qtbot.waitUntil(lambda: "No contacts yet" in panel.detail.name.text(), timeout=10_000)


def test_counts_use_plural_forms_in_english(translations: Translations) -> None:
    translations.set_language("en")
    words = AuditWords()
    assert words.count("records", 1) == "1 record deleted"
    assert words.count("records", 4) == "4 records deleted"
    text = QCoreApplication.translate(
        "ImportDialog", "%n record(s) received under the withdrawn consent were deleted.", "", 4
    )
    assert "(s)" not in text


def test_binding_line_without_detail_has_no_empty_brackets() -> None:
    sentence = binding_sentence(BindingStatus.UNAVAILABLE, "")
    assert "()" not in sentence
    assert sentence.endswith("open it.")
