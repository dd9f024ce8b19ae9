"""Screenshots of the main screens from the real app, rendered offscreen against a temporary
demo vault (nothing touches your own vaults, settings or keyring).

    python tools/screenshots.py [--out docs/screenshots] [--participants 300] [--language en]
                                [--theme system] [--only participants participant-view ...]

The English window in the system palette writes the numbered set (``04-participants.png``); a
translated or themed run writes the same shots named by what differs, without the number
(``fi-participant-view.png``, ``dark-participants.png``, ``fi-dark-statistics.png``), so they sit
beside the set the README shows. ``--only`` names the shots to write (the names without number).
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
THEMES = ("system", "light", "dark", "high_contrast")
# Every shot in the order taken; the number is part of the English set's file names only.
SHOTS = (
    "01-first-run",
    "02-first-run-passphrase",
    "03-unlock",
    "04-participants",
    "05-new-participant",
    "09-participant-view",
    "10-exchange",
    "13-export-blocked",
    "06-audit-log",
    "11-knowledge",
    "12-statistics",
    "07-settings",
    "08-about",
)


def _slug(shot: str) -> str:
    return shot.split("-", 1)[1]


def file_name(shot: str, language: str, theme: str) -> str:
    """``04-participants.png`` for English in the system palette, else e.g.
    ``fi-dark-participants.png``."""
    differs = [part for part in (language, theme) if part not in ("en", "system")]
    if not differs:
        return f"{shot}.png"
    return "-".join([*differs, _slug(shot)]).replace("_", "-") + ".png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--language", choices=("en", "fi", "sv"), default="en")
    parser.add_argument("--theme", choices=THEMES, default="system")
    parser.add_argument(
        "--only", nargs="+", choices=[_slug(s) for s in SHOTS], metavar="SHOT", default=None
    )
    args = parser.parse_args(argv)
    wanted = {s for s in SHOTS if args.only is None or _slug(s) in args.only}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory(prefix="exitdesk-shots-") as scratch:
        os.environ["EXITDESK_STATE_DIR"] = str(Path(scratch) / "throttle")
        shot = Shot(args.out, args.language, args.theme, wanted)
        return _shoot(Path(scratch), args.participants, shot)


class Shot:
    """Where the shots go and which of them to write."""

    def __init__(self, out: Path, language: str, theme: str, wanted: set[str]) -> None:
        self.out = out
        self.language = language
        self.theme = theme
        self.wanted = wanted


def _shoot(scratch: Path, participants: int, shot: Shot) -> int:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication, QSplitter, QWidget

    from exitdesk.app.session import Options, create_vault
    from exitdesk.demo.words import load_word_lists
    from exitdesk.domain import Worker
    from exitdesk.domain.consent import DataCategory
    from exitdesk.domain.views import ParticipantQuery
    from exitdesk.ui.exchange.export_wizard import ExportWizard
    from exitdesk.ui.i18n import Translations
    from exitdesk.ui.messages import Tone
    from exitdesk.ui.participant.view import ParticipantView
    from exitdesk.ui.participants.model import ParticipantRole
    from exitdesk.ui.participants.new_dialog import NewParticipantDialog
    from exitdesk.ui.settings import LANGUAGE, THEME, Settings
    from exitdesk.ui.shell import Shell
    from exitdesk.ui.tasks import TaskRunner
    from exitdesk.ui.theme import apply_theme
    from exitdesk.ui.widgets import icon
    from exitdesk.ui.window import (
        PAGE_ABOUT,
        PAGE_AUDIT,
        PAGE_EXCHANGE,
        PAGE_KNOWLEDGE,
        PAGE_PARTICIPANTS,
        PAGE_SETTINGS,
        PAGE_STATISTICS,
    )
    from exitdesk.vault import KdfParams

    app = QApplication.instance() or QApplication(["exitdesk"])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("ExitDesk")
    app.setWindowIcon(icon("app"))
    shot.out.mkdir(parents=True, exist_ok=True)
    settings = Settings.in_file(scratch / "settings.ini")
    settings.set(LANGUAGE, shot.language)
    settings.set(THEME, shot.theme)
    # As the app starts: the chosen scheme for the whole application, then the language.
    apply_theme(settings.get(THEME), app)
    translations = Translations(app)
    translations.set_language(shot.language)
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

    def settle(rounds: int = 5) -> None:
        for _ in range(rounds):
            app.processEvents()
            time.sleep(0.01)

    def save(widget: QWidget, name: str) -> None:
        assert name in SHOTS, name
        settle()
        if name not in shot.wanted:
            return
        path = shot.out / file_name(name, shot.language, shot.theme)
        widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file, still lossless
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
    live = shell.session
    assert live is not None
    window = shell.main_window
    window.resize(1200, 720)
    page = window.participants
    wait(lambda: page.model.rowCount() > 0 and not page.model.loading)
    wait(lambda: page.banner.isVisible(), 10)
    save(window, "04-participants")

    # A new participant under an alias the demo generator would give, one not taken yet.
    page.new_participant()
    dialog = page.findChild(NewParticipantDialog)
    assert dialog is not None
    dialog.alias.setText(f"{load_word_lists().aliases[3]}-{participants + 1}")
    dialog.note.setPlainText("Says the robbery was planned by Matti Meikäläinen.")
    save(dialog, "05-new-participant")
    dialog.reject()

    # The detail view of the first participant with an urgent safety flag, if it ships.
    page.urgent_only.setChecked(True)
    wait(lambda: page.model.query.urgent_only and not page.model.loading)
    if shot.language in PLACES:
        # The demo writes its places in English; a translated shot shows the place as a worker
        # there would have typed it.
        shown = live.participant(int(page.model.data(page.model.index(0, 0), ParticipantRole.ID)))
        place = PLACES[shot.language].get(shown.institution or "")
        if place is not None:
            live.update_participant(shown.model_copy(update={"institution": place}))
    page.open_participant_at(0)
    if page.detail is not None:
        settle(50)
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
    window.show_page(PAGE_EXCHANGE)
    contacts = window.exchange.contacts
    contacts.add_card(card)
    wait(lambda: len(contacts.contacts()) == 1)
    contacts.reload(select=contacts.contacts()[0].id)
    wait(lambda: contacts.current() is not None)
    save(window, "10-exchange")

    # Export's dead end: Bertta read her number aloud and is verified; the participant's consent
    # to share with Aggredi leaves identity out, so the wizard says so and offers the way on.
    bertta_id = contacts.contacts()[0].id
    live.exchange.verify_contact(bertta_id, live.exchange.contact(bertta_id).safety_number)
    blocked = next(
        row.id
        for row in live.summaries(ParticipantQuery(parties=frozenset({"fi-aggredi"}), limit=200))
        if live.consents(row.id)
        and live.exchange.allowed_categories(row.id, bertta_id)[DataCategory.IDENTITY]
        and live.exchange.export_consent(row.id, bertta_id) is not None
    )
    window.show_page(PAGE_PARTICIPANTS)
    page.open_participant(blocked)
    detail = page.detail
    assert isinstance(detail, ParticipantView)
    detail.export_case()
    export = detail.export_wizard
    assert isinstance(export, ExportWizard)
    wait(lambda: export.participant is not None and export.contact_page.chosen() is not None)
    export.next()
    wait(lambda: export.categories_page.scope is not None)
    save(export, "13-export-blocked")
    export.close()
    page.close_detail()

    window.show_page(PAGE_AUDIT)
    # The chain's check has answered once its line is no longer the neutral "Checking…".
    wait(
        lambda: window.audit.model.rowCount() > 0 and window.audit.chain_state.tone is not Tone.INFO
    )
    save(window, "06-audit-log")

    # Knowledge: the offline library, searched in the window's own language.
    window.show_page(PAGE_KNOWLEDGE)
    library = window.knowledge
    wait(lambda: library.results.count() > 0)
    everything = library.results.count()
    library.search.setText(SEARCH[shot.language])
    wait(lambda: 0 < library.results.count() < everything)
    # The divider dragged right a little, as a worker would to read the titles whole.
    divider = library.findChild(QSplitter)
    assert divider is not None
    divider.setSizes([380, 1])
    save(window, "11-knowledge")

    window.show_page(PAGE_STATISTICS)
    statistics = window.statistics
    wait(lambda: statistics.tabs.count() > 0)
    save(window, "12-statistics")
    window.show_page(PAGE_SETTINGS)
    save(window, "07-settings")
    window.show_page(PAGE_ABOUT)
    save(window, "08-about")
    window.show_page(PAGE_PARTICIPANTS)
    shell.shutdown()
    runner.shutdown()
    return 0


# The place of the participant the translated shots show (the demo's seed 3 draws it).
PLACES = {"fi": {"Kuopio Prison": "Kuopion vankila"}, "sv": {"Kuopio Prison": "Kuopio fängelse"}}
# What the Knowledge shot types: a word that finds a few entries in that language.
SEARCH = {"en": "safety", "fi": "turvallisuus", "sv": "säkerhet"}


if __name__ == "__main__":
    raise SystemExit(main())
