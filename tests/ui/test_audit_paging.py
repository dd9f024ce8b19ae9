"""The audit log is current (issue 14, finding 7): it refreshes when shown after an action
elsewhere, and older entries beyond one page can be loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exitdesk.ui.shell import Shell
from exitdesk.ui.window import PAGE_AUDIT, PAGE_PARTICIPANTS
from tests.ui.conftest import make_vault, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_log_shows_new_actions_without_refresh_and_pages_beyond_one_page(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.start()
    session = unlock(qtbot, shell)
    window = shell.main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    audit = window.audit
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.pages.currentIndex() == PAGE_AUDIT
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=5_000)
    before = audit.model.rowCount()

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.pages.currentIndex() == PAGE_PARTICIPANTS
    for number in range(12):
        session.add_participant(f"Alias {number}")
    audit._page_rows = 5  # a small page, so paging shows with a dozen entries
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: audit.model.rowCount() == 5, timeout=5_000)
    assert audit.model.index(0, 2).data(Qt.ItemDataRole.UserRole) == "participant.open"
    assert audit.more_button.isVisible()
    total = before + 12
    qtbot.mouseClick(audit.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit.model.rowCount() == 10, timeout=5_000)
    qtbot.mouseClick(audit.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit.model.rowCount() == min(total, 15), timeout=5_000)
    seqs = [audit.model.index(r, 0).data() for r in range(audit.model.rowCount())]
    assert len(set(seqs)) == len(seqs)  # pages follow on, no entry twice
    qtbot.waitUntil(lambda: "entries" in audit.count_label.text())
