"""A whole caseload handed over from the exchange page's Contacts tab, through its real widgets
against real vaults: the preview's split (consented adults go; no consent, a consent to someone
else and a minor without the guardian's stay, each with its reason), the folder and the confirm,
the files the colleague imports and whose acknowledgements remove the cases, a cancelled folder
choice, a folder that refuses the files, an unverified contact, a lock, and Finnish."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Session
from exitdesk.domain import DataCategory, FixedClock
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.exchange.caseload_dialog import CaseloadDialog
from exitdesk.ui.exchange.page import ExchangePage
from exitdesk.ui.i18n import Translations
from exitdesk.ui.messages import Tone
from exitdesk.ui.tasks import TaskRunner
from tests.ui.exchange_support import NOW, add_shared, befriend, click, dump, grant, make_session
from tests.ui.test_exchange_page import _page
from tests.ui.window_walk import problems

ALL = [DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN, DataCategory.MEETINGS]
NEUTRAL = re.compile(r"bundle-[0-9a-f]{8}\.exitbundle")


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Session, Session, Session]]:
    clock = FixedClock(NOW)
    a = make_session(tmp_path / "a", "Aino", "fi-rise", clock)
    b = make_session(tmp_path / "b", "Bertta", "fi-krp", clock)
    c = make_session(tmp_path / "c", "Cecilia", "fi-aggredi", clock)
    yield a, b, c
    for session in (a, b, c):
        session.lock()


def _caseload(a: Session, b: Session, c: Session) -> int:
    """Aino's caseload: Kettu and Ilves consent to Bertta; Karhu has no consent; Susi's names
    Cecilia; Nuori's names Bertta but Nuori is 16 now, without a guardian's co-consent.
    Returns Bertta's id at Aino."""
    b_at_a, _ = befriend(a, b)
    c_at_a, _ = befriend(a, c)
    for alias in ("Kettu", "Ilves", "Nuori"):
        p = add_shared(a, alias, "fi-krp")
        assert p.id is not None
        grant(a, p.id, b_at_a, ALL)
    add_shared(a, "Karhu", "fi-krp")
    susi = add_shared(a, "Susi", "fi-aggredi")
    assert susi.id is not None
    grant(a, susi.id, c_at_a, ALL)
    nuori = next(s for s in a.summaries(ParticipantQuery()) if s.alias == "Nuori")
    young = a.participant(nuori.id).model_copy(update={"birth_year": a.clock().year - 16})
    a.update_participant(young)
    return b_at_a


def _aliases(session: Session) -> set[str]:
    return {s.alias for s in session.summaries(ParticipantQuery())}


def _select(qtbot: QtBot, page: ExchangePage, contact_id: int) -> None:
    panel = page.contacts
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == contact_id:
            panel.list.setCurrentItem(item)
    current = panel.current()
    assert current is not None and current.id == contact_id


def _open(qtbot: QtBot, page: ExchangePage, contact_id: int) -> CaseloadDialog:
    _select(qtbot, page, contact_id)
    click(qtbot, page.contacts.detail.caseload_button)
    dialog = page.caseload_dialog
    assert dialog is not None
    # The preview runs on the task runner: until its result is back the dialog only waits.
    assert dialog.preview is None and dialog.progress.isVisible()
    assert dialog.table.rowCount() == 0
    assert not dialog.send_button.isEnabled() and not dialog.folder_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def _rows(dialog: CaseloadDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def _hand_over(qtbot: QtBot, dialog: CaseloadDialog) -> None:
    """Confirm, and check the dialog waits (busy, buttons off, Escape ignored) meanwhile."""
    with qtbot.waitSignal(dialog.handedOver, timeout=20_000):
        click(qtbot, dialog.send_button)
        assert dialog.progress.isVisible()
        assert not dialog.send_button.isEnabled() and not dialog.close_button.isEnabled()
        assert not dialog.folder_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), "Escape does not leave a hand-over half-reported"


def test_the_caseload_is_previewed_confirmed_written_imported_and_acknowledged(
    qtbot: QtBot, runner: TaskRunner, trio: tuple[Session, Session, Session], tmp_path: Path
) -> None:
    a, b, c = trio
    b_at_a = _caseload(a, b, c)
    label = a.exchange.contact(b_at_a).label
    page = _page(qtbot, runner, a)
    changed: list[bool] = []
    page.vaultChanged.connect(lambda: changed.append(True))
    before = dump(a)

    dialog = _open(qtbot, page, b_at_a)

    assert dialog.heading.text() == f"2 cases can be handed over to {label}."
    summary = dialog.summary.text()
    assert "Each case goes in its own file, under that participant's own consent." in summary
    assert (
        f"The cases stay in this vault until {label}'s acknowledgements are imported; then they "
        "are removed from it." in summary
    )
    assert "3 cases stay here; the reasons are in the list." in summary
    rows = dict(_rows(dialog))
    assert rows["Kettu"] == rows["Ilves"] == "Goes: 2 records"  # the participant, the consent
    assert rows["Karhu"].startswith(
        f"Stays here: no live consent lets this participant's data go to {label}"
    )
    assert rows["Susi"].startswith("Stays here: no live consent")
    assert rows["Nuori"] == (
        "Stays here: the participant may be under 18: record the guardian's or social services' "
        "co-consent"
    )
    assert all("\n" not in text and "Traceback" not in text for text in rows.values())
    assert dialog.send_button.text() == "&Hand over 2 cases"
    assert not dialog.send_button.isEnabled(), "no folder chosen yet"
    assert dump(a) == before, "the preview writes nothing"

    folder = tmp_path / "usb"
    folder.mkdir()
    dialog.choose_folder = lambda _parent, _title: folder
    click(qtbot, dialog.folder_button)
    assert dialog.folder_label.text() == f"Folder: {folder}"
    _hand_over(qtbot, dialog)

    files = sorted(folder.iterdir())
    assert len(files) == 2
    assert all(NEUTRAL.fullmatch(f.name) for f in files), "no participant data in file names"
    assert dialog.heading.text() == f"2 cases handed over to {label}."
    assert dialog.heading.tone is Tone.SUCCESS
    assert f"2 files written into {folder}. Give them to your colleague." in dialog.summary.text()
    assert "3 cases stayed here; the reasons are in the list." in dialog.summary.text()
    done = dict(_rows(dialog))
    assert {done["Kettu"], done["Ilves"]} == {f"Handed over: {f.name}" for f in files}
    assert done["Karhu"] == rows["Karhu"] and done["Nuori"] == rows["Nuori"]
    assert not dialog.send_button.isVisible() and dialog.close_button.text() == "&Close"
    assert changed == [True]
    assert _aliases(a) == {"Kettu", "Ilves", "Karhu", "Susi", "Nuori"}, "until acknowledged"

    taken = b.exchange.import_bundles([(f.name, f.read_bytes()) for f in files])
    assert [item.refused for item in taken] == [None, None]
    assert _aliases(b) == {"Kettu", "Ilves"}
    acks = tmp_path / "acks"
    acks.mkdir()
    back = [(p.name, p.read_bytes()) for p in b.exchange.write_outbox(acks)]
    assert [item.refused for item in a.exchange.import_bundles(back)] == [None, None]
    assert _aliases(a) == {"Karhu", "Susi", "Nuori"}
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: page.caseload_dialog is None, timeout=10_000)


def test_cancelling_the_folder_choice_writes_nothing(
    qtbot: QtBot, runner: TaskRunner, trio: tuple[Session, Session, Session], tmp_path: Path
) -> None:
    a, b, c = trio
    b_at_a = _caseload(a, b, c)
    page = _page(qtbot, runner, a)
    before = dump(a)
    dialog = _open(qtbot, page, b_at_a)
    asked: list[str] = []

    def cancelled(_parent: object, title: str) -> None:
        asked.append(title)
        return None

    dialog.choose_folder = cancelled
    click(qtbot, dialog.folder_button)

    assert asked == ["Choose a folder for the hand-over files"]
    assert dialog.folder is None and not dialog.send_button.isEnabled()
    dialog.hand_over()  # even asked directly, nothing goes without a folder
    assert not dialog.progress.isVisible()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: page.caseload_dialog is None, timeout=10_000)
    assert dump(a) == before
    assert [p for p in tmp_path.rglob("*.exitbundle")] == []


def test_a_folder_that_refuses_the_files_changes_nothing_and_says_so_in_one_line(
    qtbot: QtBot,
    runner: TaskRunner,
    trio: tuple[Session, Session, Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, c = trio
    b_at_a = _caseload(a, b, c)
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o555)
    # Tests may run as root, who writes anywhere: refuse a folder without write permission as
    # the kernel would refuse anyone else.
    from exitdesk.app.exchange import export

    real = export.write_outgoing_file

    def as_a_user(path: Path, data: bytes, **kwargs: bool) -> Path:
        if not os.stat(path.parent).st_mode & stat.S_IWUSR:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, data, **kwargs)

    monkeypatch.setattr(export, "write_outgoing_file", as_a_user)
    page = _page(qtbot, runner, a)
    before = dump(a)
    dialog = _open(qtbot, page, b_at_a)
    chosen = [locked]
    dialog.choose_folder = lambda _parent, _title: chosen[0]
    click(qtbot, dialog.folder_button)
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.failure is not None, timeout=20_000)

    assert dialog.heading.text() == "Nothing was handed over."
    assert dialog.heading.tone is Tone.ERROR
    assert dialog.summary.text() == dialog.failure
    assert dialog.failure == "The operating system refused a file operation. Nothing was changed."
    assert list(locked.iterdir()) == []
    assert dump(a) == before
    assert dialog.send_button.isEnabled(), "another folder can be tried"

    chosen[0] = tmp_path / "usb"
    chosen[0].mkdir()
    click(qtbot, dialog.folder_button)
    _hand_over(qtbot, dialog)
    assert len(list(chosen[0].iterdir())) == 2


def test_the_button_waits_for_a_verified_contact(
    qtbot: QtBot, runner: TaskRunner, trio: tuple[Session, Session, Session]
) -> None:
    a, b, _ = trio
    b_at_a = a.exchange.add_contact(b.exchange.my_card()).contact.id
    page = _page(qtbot, runner, a)
    _select(qtbot, page, b_at_a)
    button = page.contacts.detail.caseload_button
    assert button.isVisible() and not button.isEnabled()
    assert button.text() == "Han&d over caseload…"
    page.contacts.detail._caseload_requested()
    assert page.caseload_dialog is None


def test_the_dialog_closes_on_lock(
    qtbot: QtBot, runner: TaskRunner, trio: tuple[Session, Session, Session]
) -> None:
    a, b, c = trio
    b_at_a = _caseload(a, b, c)
    page = _page(qtbot, runner, a)
    dialog = _open(qtbot, page, b_at_a)
    assert dialog.isVisible()
    closed: list[bool] = []
    dialog.destroyed.connect(lambda *_: closed.append(True))
    page.set_session(None)
    assert page.caseload_dialog is None
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    assert not page.contacts.detail.caseload_button.isVisible()


@pytest.mark.parametrize(
    ("language", "heading", "goes", "stays", "button"),
    [
        ("fi", "2 asiaa voidaan luovuttaa taholle Bertta (Keskusrikospoliisi).",
         "Siirtyy: 2 merkintää", "Jää tänne: mikään voimassa oleva suostumus ei salli",
         "&Luovuta 2 asiaa"),
        ("sv", "2 ärenden kan lämnas över till Bertta (Centralkriminalpolisen).",
         "Lämnas över: 2 uppgifter", "Stannar här: inget gällande samtycke tillåter",
         "&Lämna över 2 ärenden"),
    ],
)  # fmt: skip
def test_the_dialog_speaks_the_workers_language(
    qtbot: QtBot,
    runner: TaskRunner,
    trio: tuple[Session, Session, Session],
    translations: Translations,
    language: str,
    heading: str,
    goes: str,
    stays: str,
    button: str,
) -> None:
    a, b, c = trio
    b_at_a = _caseload(a, b, c)
    assert translations.set_language(language)
    dialog = _open(qtbot, _page(qtbot, runner, a), b_at_a)
    assert dialog.heading.text() == heading
    rows = dict(_rows(dialog))
    assert rows["Kettu"] == goes
    assert rows["Karhu"].startswith(stays), rows["Karhu"]
    staying = {"fi": "3 asiaa jää tänne; syyt näkyvät luettelossa.",
               "sv": "3 ärenden stannar här; skälen står i listan."}  # fmt: skip
    assert dialog.summary.text().splitlines()[-1] == staying[language]
    assert dialog.send_button.text() == button


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_clash_clip_or_english_left_on_the_contact_or_in_the_dialog(
    qtbot: QtBot,
    runner: TaskRunner,
    trio: tuple[Session, Session, Session],
    translations: Translations,
    tmp_path: Path,
    language: str,
) -> None:
    a, b, c = trio
    b_at_a = _caseload(a, b, c)
    assert translations.set_language(language)
    page = _page(qtbot, runner, a)
    _select(qtbot, page, b_at_a)
    found = {"contact": problems(page.window(), language)}
    dialog = _open(qtbot, page, b_at_a)
    found["preview"] = problems(dialog, language)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog.choose_folder = lambda _parent, _title: folder
    click(qtbot, dialog.folder_button)
    _hand_over(qtbot, dialog)
    found["result"] = problems(dialog, language)
    assert not any(found.values()), found
