"""Leaks (issue 10, deliver 7): a scripted session over the CLI and the window — two vaults, ten
participants with distinctive canary names and notes, contacts, consent, export, import,
search, lock — then a scan of everything the session could have written: the vault folders,
the temporary folder, the home folder's config, cache and state, Qt's settings and file-dialog
history, any log. No canary and no key material may be found; after the window locks itself
on idle, no widget and no model still holds participant data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, open_vault
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participants.new_dialog import NewParticipantDialog
from exitdesk.ui.settings import Settings
from exitdesk.ui.shell import Shell
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.window import PAGE_EXCHANGE
from exitdesk.vault import KdfParams, keys
from tests.cli.conftest import PASSPHRASE, Result, isolated_env, runner
from tests.harness.leaks import (
    Secret,
    find_in_files,
    find_in_texts,
    read_all,
    widget_texts,
)
from tests.ui.conftest import IdleClock
from tests.ui.exchange_support import click

ALIASES = [f"Quokkacanary{n:02d}" for n in range(10)]
LEGAL_NAMES = [f"Zembla Vortigern{n:02d}" for n in range(10)]
NOTES = [f"Marzipanotter{n:02d} said the brother is afraid" for n in range(10)]
GUI_ALIAS = "Wombatcanary99"
CANARIES = [*ALIASES, *LEGAL_NAMES, *NOTES, GUI_ALIAS, "Marzipanotter", "Zembla"]
_RECOVERY = re.compile(r"^\s+(\d{6}(?:-\d{6}){7})$", re.MULTILINE)


def _ok(result: Result) -> str:
    assert result.code == 0, result.err
    return result.out


def _cli_session(root: Path) -> tuple[dict[str, str], list[Path]]:
    """The CLI half; returns the recovery codes by vault and the bundles written."""
    env = isolated_env(root)
    env.update(
        {
            "TMPDIR": str(root / "tmp"),
            "XDG_CACHE_HOME": str(root / "xdg-cache"),
            # One throttle/anchor folder for the CLI and the window: the same machine.
            "EXITDESK_STATE_DIR": str(root / "xdg-state" / "ExitDesk"),
        }
    )
    (root / "tmp").mkdir()
    (root / "home").mkdir()
    run = runner(env)
    rise, aggredi, out = root / "vaults" / "rise", root / "vaults" / "aggredi", root / "out"
    out.mkdir()
    codes = {}
    for vault, worker, party in ((rise, "Aino W", "fi-rise"), (aggredi, "Bertta W", "fi-aggredi")):
        made = _ok(run("init", "--vault", vault, "--worker", worker, "--party", party))
        match = _RECOVERY.search(made)
        assert match is not None, made
        codes[vault.name] = match.group(1)
    for me, them in ((rise, aggredi), (aggredi, rise)):
        card = out / f"{them.name}.card"
        card.write_text(_ok(run("identity", "--vault", them)), encoding="utf-8")
        added = _ok(run("contact", "add", "--vault", me, card))
        number = re.search(r"Safety number: ([\d ]+)", added)
        assert number is not None
        _ok(run("contact", "verify", "--vault", me, "1", *number.group(1).split()))
    ids = []
    for alias, legal, note in zip(ALIASES, LEGAL_NAMES, NOTES, strict=True):
        details = ["--alias", alias, "--legal-name", legal, "--note", note]
        details += ["--parties", "fi-rise,fi-aggredi", "--birth-year", "1990"]
        ids.append(_ok(run("participant", "add", "--vault", rise, *details)).strip())
    _ok(run("note", "add", "--vault", rise, "--participant", ids[0], "--text", NOTES[0]))
    bundles = []
    for n, pid in enumerate(ids[:2]):
        terms = ["--categories", "identity,status", "--purpose", "support after release"]
        terms += ["--days", "30", "--method", "paper-form"]
        _ok(run("consent", "grant", "--vault", rise, "--participant", pid, "--to", "1", *terms))
        bundle = out / f"case-{n}.exitbundle"
        _ok(run("export", "--vault", rise, "--participant", pid, "--to", "1", "--out", bundle))
        bundles.append(bundle)
    _ok(run("import", "--vault", aggredi, bundles[0]))
    assert ALIASES[0] in _ok(run("participant", "list", "--vault", aggredi, "--search", "quokka"))
    assert ALIASES[3] in _ok(run("participant", "list", "--vault", rise, "--search", ALIASES[3]))
    _ok(run("note", "list", "--vault", rise, "--participant", ids[0]))
    _ok(run("check", "--vault", rise))
    return codes, bundles


@pytest.fixture
def gui(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Shell, IdleClock]]:
    monkeypatch.setenv("EXITDESK_STATE_DIR", str(tmp_path / "xdg-state" / "ExitDesk"))
    tasks = TaskRunner()
    translations = Translations()
    clock = IdleClock()
    shell = Shell(
        Settings.in_file(tmp_path / "xdg-config" / "ExitDesk" / "ExitDesk.ini"),
        translations,
        tasks,
        vaults_root=tmp_path / "vaults",
        options=Options(kdf=KdfParams.FLOOR, use_keyring=False),
        idle_clock=clock,
        idle_check_ms=50,
    )
    qtbot.addWidget(shell.unlock_window)
    qtbot.addWidget(shell.main_window)
    yield shell, clock
    shell.shutdown()
    tasks.shutdown()


def _window_session(qtbot: QtBot, shell: Shell, clock: IdleClock, bundle: Path) -> list[str]:
    """The window half on the receiving vault: unlock, search, a new participant, an import;
    then idle until it locks. Returns what the widgets still hold."""
    shell.start()
    window = shell.unlock_window
    index = window.vault.findData(str(shell.vaults_root / "aggredi"))
    assert index >= 0
    window.vault.setCurrentIndex(index)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(shell.unlocked, timeout=20_000):
        click(qtbot, window.unlock_button)
    main = shell.main_window
    model = main.participants.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=10_000)
    qtbot.keyClicks(main.participants.search, "quokka")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=10_000)
    main.participants.search.clear()

    click(qtbot, main.participants.add_button)
    new = main.participants.findChild(NewParticipantDialog)
    assert new is not None
    qtbot.keyClicks(new.alias, GUI_ALIAS)
    with qtbot.waitSignal(new.participantAdded, timeout=10_000):
        click(qtbot, new.buttons.button(QDialogButtonBox.StandardButton.Save))

    main.show_page(PAGE_EXCHANGE)
    page = main.exchange
    page.tabs.setCurrentWidget(page.importer)
    page.choose_bundles = lambda _parent, _title: [bundle]
    click(qtbot, page.importer.open_button)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.refusal is not None, timeout=10_000)
    assert dialog.refusal is None, dialog.refusal
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click(qtbot, dialog.import_button)
    # The walk can see: before the lock, the list shows what the vault holds.
    qtbot.waitUntil(lambda: bool(find_in_texts(widget_texts([main]), [ALIASES[0]])), timeout=10_000)

    session = shell.session
    assert session is not None
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        clock.advance(60 * 60)
    qtbot.waitUntil(lambda: session.is_locked, timeout=5_000)
    tops = [w for w in QApplication.topLevelWidgets() if isinstance(w, QWidget)]
    return widget_texts(tops)


def test_a_whole_session_leaves_no_canary_and_no_key_material(
    qtbot: QtBot, tmp_path: Path, gui: tuple[Shell, IdleClock]
) -> None:
    codes, bundles = _cli_session(tmp_path)
    shell, clock = gui
    after_lock = _window_session(qtbot, shell, clock, bundles[1])
    assert find_in_texts(after_lock, CANARIES) == []

    dialog_history = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    files = read_all([tmp_path], extra=[dialog_history])
    assert any(p.name == "vault.db" for p in files) and len(files) > 10

    secrets = [Secret.text(f"canary {c}", c) for c in CANARIES]
    secrets.append(Secret.text("the passphrase", PASSPHRASE))
    secrets.append(Secret.text("an age secret key", "AGE-SECRET-KEY-1"))
    for name, code in codes.items():
        secrets.append(Secret.text(f"{name} recovery code", code))
        secrets.append(Secret.text(f"{name} recovery code digits", code.replace("-", "")))
        with open_vault(tmp_path / "vaults" / name, PASSPHRASE) as session:
            vault = session.vault
            data_key = keys.export_key(vault._slots, vault._kek)  # type: ignore[arg-type]
            identity = session.context.identity
            signing = identity.signing_private.private_bytes_raw()
        secrets += [
            Secret.raw(f"{name} data key", data_key),
            Secret.text(f"{name} data key (hex)", data_key.hex()),
            Secret.raw(f"{name} signing key", signing),
            Secret.text(f"{name} signing key (hex)", signing.hex()),
        ]
    assert find_in_files(files, secrets) == []
    # The scan can see: the same search finds a canary put where a leak would be.
    planted = {tmp_path / "tmp" / "planted": ALIASES[4].encode("utf-16-le")}
    assert find_in_files(planted, secrets) != []
