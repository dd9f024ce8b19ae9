"""GUI test fixtures: a temporary settings file, vault folder and throttle state, an in-memory
keyring, one task runner, and the real shell with an injectable idle clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import Worker
from exitdesk.ui.i18n import Translations
from exitdesk.ui.settings import Settings
from exitdesk.ui.shell import Shell
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams
from tests.support.keyring_memory import MemoryKeyring

PASSPHRASE = "violet harbour ninety lanterns"
WORKER = Worker(name="Testi Työntekijä", party_id="fi-rise")


@dataclass
class IdleClock:
    """Monotonic seconds that only move when a test says so."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setenv("EXITDESK_STATE_DIR", str(tmp_path / "throttle"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def vaults_root(tmp_path: Path) -> Path:
    root = tmp_path / "vaults"
    root.mkdir()
    return root


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: object) -> Iterator[Translations]:
    """English as the app starts it (main.py): with its catalogue of plural forms installed,
    so windows say "1 record", never "1 record(s)"."""
    english = Translations()
    english.set_language("en")
    yield english


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    chosen = Translations()
    yield chosen
    chosen.set_language("en")


@pytest.fixture
def idle_clock() -> IdleClock:
    return IdleClock()


@pytest.fixture
def shell(
    qtbot: QtBot,
    settings: Settings,
    translations: Translations,
    runner: TaskRunner,
    vaults_root: Path,
    idle_clock: IdleClock,
) -> Iterator[Shell]:
    app_shell = Shell(
        settings,
        translations,
        runner,
        vaults_root=vaults_root,
        options=Options(kdf=KdfParams.FLOOR),
        idle_clock=idle_clock,
        idle_check_ms=50,
    )
    qtbot.addWidget(app_shell.unlock_window)
    qtbot.addWidget(app_shell.main_window)
    yield app_shell
    app_shell.shutdown()


def make_vault(vaults_root: Path, name: str = "default") -> Path:
    """A vault made directly through the services (faster than the wizard), then locked."""
    created = create_vault(vaults_root / name, PASSPHRASE, WORKER, Options(kdf=KdfParams.FLOOR))
    created.session.lock()
    return vaults_root / name


def unlock(qtbot: QtBot, shell: Shell, passphrase: str = PASSPHRASE) -> Session:
    window = shell.unlock_window
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(shell.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, _left())
    assert shell.session is not None
    return shell.session


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
