"""The first screen (first run, or unlock) shows before the code of an open vault is loaded:
the vault, the exchange, the services and every page of the main window are imported when a
vault is made or opened. Each was a share of the cold start (benchmarks/run.py ``cold_start``);
this guards against one creeping back in through a module-level import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Start the window as a user does, let the first screen show, then list what was imported.
SHOW_FIRST_SCREEN = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
shown = []
def look_and_quit():
    shown.extend(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible())
    app.quit()
QTimer.singleShot(0, look_and_quit)
from exitdesk.ui.main import run_gui
run_gui()
print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
"""

# Not needed to show the first-run wizard or the unlock screen.
NOT_BEFORE_A_VAULT_OPENS = (
    "exitdesk.vault",
    "exitdesk.exchange",
    "exitdesk.app.session",
    "exitdesk.app.context",
    "exitdesk.app.statistics",
    "exitdesk.app.statistics_pdf",
    "exitdesk.app.text_pdf",
    "exitdesk.demo",
    "exitdesk.ui.window",
    "exitdesk.ui.participant.view",
    "exitdesk.ui.participants",
    "exitdesk.ui.exchange",
    "exitdesk.ui.statistics",
    "exitdesk.ui.knowledge",
    "exitdesk.ui.pdf",
    "sqlcipher3",
    "pyrage",
    "cryptography",
    "keyring",
    "segno",
)


def _show_first_screen(home: Path) -> dict[str, list[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "cfg"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    out = subprocess.run(
        [sys.executable, "-c", SHOW_FIRST_SCREEN],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return shown


def _loaded_too_early(modules: list[str]) -> list[str]:
    """Which of ``NOT_BEFORE_A_VAULT_OPENS`` (or a module inside one) was imported."""
    return [
        name
        for name in NOT_BEFORE_A_VAULT_OPENS
        if any(m == name or m.startswith(name + ".") for m in modules)
    ]


@pytest.mark.parametrize("screen", ["first run", "unlock"])
def test_the_first_screen_shows_before_the_vault_and_its_services_load(
    tmp_path: Path, screen: str
) -> None:
    if screen == "unlock":
        # A folder that lists as a vault is enough for the unlock screen to be the first one.
        vault = tmp_path / "data" / "ExitDesk" / "vaults" / "default"
        vault.mkdir(parents=True)
        (vault / "keyslots.json").write_text("{}", encoding="utf-8")
    started = _show_first_screen(tmp_path)
    assert started["shown"] == ["UnlockWindow" if screen == "unlock" else "FirstRunWizard"]
    assert _loaded_too_early(started["modules"]) == []
