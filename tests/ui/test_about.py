"""About shows how the open vault is protected, read from the vault itself."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from exitdesk.app.session import open_vault
from exitdesk.ui.about import AboutPanel
from tests.ui.conftest import PASSPHRASE, make_vault


def test_about_reports_the_real_cipher_kdf_and_binding(qtbot: QtBot, vaults_root: Path) -> None:
    directory = make_vault(vaults_root)
    session = open_vault(directory, PASSPHRASE)
    try:
        panel = AboutPanel()
        qtbot.addWidget(panel)
        panel.set_session(session)
        text = panel.text.text()
        assert f"SQLCipher {session.encryption_info().cipher_version}" in text
        assert session.encryption_info().cipher_version.startswith("4.")
        assert "Argon2id, 64 MiB, 3 passes, 4 lanes" in text
        assert str(directory) in text
        session.lock()
        panel.set_session(session)
        assert "SQLCipher" not in panel.text.text(), "a locked vault shows nothing about itself"
    finally:
        session.lock()
