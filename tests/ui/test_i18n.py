"""Run-time language switching through the settings page, and the built catalogues being
current with their .ts sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exitdesk.ui.participants.model import Column
from exitdesk.ui.settings import LANGUAGE
from exitdesk.ui.shell import Shell
from exitdesk.ui.window import PAGE_SETTINGS
from tests.ui.conftest import make_vault, unlock

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_language_switch_changes_visible_text(
    qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.settings.set(LANGUAGE, "en")
    shell.translations.set_language("en")
    shell.start()
    unlock(qtbot, shell)
    window = shell.main_window
    model = window.participants.model
    assert window.nav.item(0).text() == "Participants"
    assert model.headerData(Column.ALIAS, Qt.Orientation.Horizontal) == "Alias"

    # Keyboard only: Ctrl+4 opens Settings, the language box takes the arrow key.
    window.show_page(PAGE_SETTINGS)
    combo = window.settings_panel.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> Suomi
    assert shell.settings.get(LANGUAGE) == "fi"
    assert shell.translations.language == "fi"
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Osallistujat", timeout=2_000)
    assert window.file_menu.title() == "&Tiedosto"
    assert model.headerData(Column.ALIAS, Qt.Orientation.Horizontal) == "Peitenimi"
    assert window.participants.urgent_only.text() == "Vain &kiireelliset"

    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Suomi -> Svenska
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Deltagare", timeout=2_000)

    shell.lock()
    assert shell.unlock_window.heading.text() == "Lås upp ditt valv"
    shell.translations.set_language("fi")
    qtbot.waitUntil(lambda: shell.unlock_window.heading.text() == "Avaa holvisi", timeout=2_000)
    shell.translations.set_language("en")
    qtbot.waitUntil(
        lambda: shell.unlock_window.heading.text() == "Unlock your vault", timeout=2_000
    )


def test_committed_catalogues_match_their_sources() -> None:
    tool = _tool()
    for language in tool.LANGUAGES:
        assert tool.ts_file(language).is_file()
        assert tool.qm_file(language).is_file()
    assert tool.stale_catalogues() == []
