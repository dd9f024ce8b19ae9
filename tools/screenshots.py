"""Screenshots of the main screens from the real app, rendered offscreen against a temporary
demo vault (nothing touches your own vaults, settings or keyring).

    python tools/screenshots.py [--out docs/screenshots] [--participants 300] [--language en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "violet harbour ninety lanterns"  # noqa: S105 - the throwaway demo vault's


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--language", choices=("en", "fi", "sv"), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory(prefix="exitdesk-shots-") as scratch:
        os.environ["EXITDESK_STATE_DIR"] = str(Path(scratch) / "throttle")
        return _shoot(Path(scratch), args.out, args.participants, args.language)


def _shoot(scratch: Path, out: Path, participants: int, language: str) -> int:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from exitdesk.app.session import Options, create_vault
    from exitdesk.domain import Worker
    from exitdesk.ui.i18n import Translations
    from exitdesk.ui.settings import LANGUAGE, Settings
    from exitdesk.ui.shell import Shell
    from exitdesk.ui.tasks import TaskRunner
    from exitdesk.ui.widgets import icon
    from exitdesk.vault import KdfParams

    app = QApplication.instance() or QApplication(["exitdesk"])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("ExitDesk")
    app.setWindowIcon(icon("app"))
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings.in_file(scratch / "settings.ini")
    settings.set(LANGUAGE, language)
    translations = Translations(app)
    translations.set_language(language)
    runner = TaskRunner(app)
    root = scratch / "vaults"
    root.mkdir()

    def wait(condition: Callable[[], bool], seconds: float = 120.0) -> None:
        timer = QElapsedTimer()
        timer.start()
        while not condition():
            app.processEvents()
            if timer.elapsed() > seconds * 1000:
                line = condition.__code__.co_firstlineno
                raise SystemExit(f"timed out waiting for the window (line {line})")
            time.sleep(0.005)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        sys.stdout.write(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")

    shell = Shell(
        settings,
        translations,
        runner,
        vaults_root=root,
        options=Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    # 1. First run, with the fields filled in as a worker would.
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    wizard.resize(720, 520)
    wizard.worker_page.name.setText("Aino Virtanen")
    save(wizard, "01-first-run")
    wizard.next()
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.confirm.setText(PASSPHRASE)
    save(wizard, "02-first-run-passphrase")
    wizard.close()
    shell._drop_wizard()

    # A demo vault made through the services, as the CLI's demo command does.
    created = create_vault(
        root / "default",
        PASSPHRASE,
        Worker(name="Aino Virtanen", party_id="fi-rise"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    with created.session as session:
        session.generate_demo(participants, seed=3)

    # 2. Unlock.
    shell.show_unlock()
    unlock = shell.unlock_window
    unlock.passphrase.setText("x" * 12)
    save(unlock, "03-unlock")
    unlock.passphrase.setText(PASSPHRASE)
    unlock.try_unlock()
    wait(lambda: shell.session is not None)
    window = shell.main_window
    window.resize(1200, 720)
    page = window.participants
    wait(lambda: page.model.rowCount() > 0 and not page.model.loading)
    wait(lambda: page.banner.isVisible(), 10)
    save(window, "04-participants")

    page.new_participant()
    from exitdesk.ui.participants.new_dialog import NewParticipantDialog

    dialog = page.findChild(NewParticipantDialog)
    assert dialog is not None
    dialog.alias.setText("Kettu")
    dialog.note.setPlainText("Says the robbery was planned by Matti Meikäläinen.")
    save(dialog, "05-new-participant")
    dialog.reject()

    # The detail view of the first participant with an urgent safety flag, if it ships.
    page.urgent_only.setChecked(True)
    wait(lambda: page.model.query.urgent_only and not page.model.loading)
    page.open_participant_at(0)
    if page.detail is not None:
        for _ in range(50):
            app.processEvents()
            time.sleep(0.01)
        save(window, "09-participant-view")
        page.close_detail()
    page.urgent_only.setChecked(False)

    # Exchange: a colleague at Aggredi sent their card; it is added and shown unverified, with
    # the safety number to read aloud and its QR code.
    bertta = Worker(name="Bertta Laine", party_id="fi-aggredi")
    colleague = create_vault(
        root / "colleague", PASSPHRASE, bertta, Options(kdf=KdfParams.FLOOR, use_keyring=False)
    )
    with colleague.session as other:
        card = other.exchange.my_card()
    window.show_page(1)
    contacts = window.exchange.contacts
    contacts.add_card(card)
    wait(lambda: len(contacts.contacts()) == 1)
    contacts.reload(select=contacts.contacts()[0].id)
    wait(lambda: contacts.current() is not None)
    save(window, "10-exchange")

    window.show_page(2)
    wait(lambda: window.audit.model.rowCount() > 0 and bool(window.audit.chain_state.text()))
    wait(lambda: "Checking" not in window.audit.chain_state.text())
    save(window, "06-audit-log")
    window.show_page(3)
    save(window, "07-settings")
    window.show_page(4)
    save(window, "08-about")
    window.show_page(0)
    shell.shutdown()
    runner.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
