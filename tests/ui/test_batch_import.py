"""Several bundle files imported at once from the exchange page, through its real widgets against
two real vaults: a caseload hand-over with a tampered file among it, one sender's files chosen
newest first, drops, a batch that fails as a whole, the replies saved to a folder, and a lock."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from exitdesk.app.exchange.batch import REFUSALS
from exitdesk.app.session import Session
from exitdesk.domain import DataCategory, FixedClock, Meeting
from exitdesk.domain.views import ParticipantQuery
from exitdesk.ui.exchange.batch_dialog import BatchImportDialog
from exitdesk.ui.exchange.import_dialog import ImportDialog
from exitdesk.ui.exchange.page import ExchangePage
from exitdesk.ui.i18n import Translations
from exitdesk.ui.messages import Tone
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import user_message
from exitdesk.vault.errors import DiskFullError
from tests.ui.exchange_support import NOW, add_shared, befriend, click, dump, grant, make_session
from tests.ui.test_exchange_page import _page

ALL = [DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN, DataCategory.MEETINGS]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    clock = FixedClock(NOW)
    a = make_session(tmp_path / "a", "Aino", "fi-rise", clock)
    b = make_session(tmp_path / "b", "Bertta", "fi-krp", clock)
    yield a, b
    a.lock()
    b.lock()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _consented(a: Session, b: Session, aliases: list[str]) -> tuple[int, list[int]]:
    """Aino's participants ``aliases``, each consenting to Bertta; (Bertta's id at Aino, ids)."""
    b_at_a, _ = befriend(a, b)
    ids = []
    for alias in aliases:
        p = add_shared(a, alias, "fi-krp")
        assert p.id is not None
        grant(a, p.id, b_at_a, ALL)
        ids.append(p.id)
    return b_at_a, ids


def _caseload(a: Session, b: Session, aliases: list[str], folder: Path) -> list[Path]:
    """Aino hands ``aliases`` over to Bertta: one hand-over file each, in the order of ids."""
    b_at_a, ids = _consented(a, b, aliases)
    folder.mkdir()
    done = a.exchange.send_caseload(b_at_a, folder, ids)
    assert done.not_sent == ()
    order = {pid: n for n, pid in enumerate(ids)}
    return [result.path for pid, result in sorted(done.sent, key=lambda s: order[s[0]])]


def _aliases(session: Session) -> set[str]:
    return {s.alias for s in session.summaries(ParticipantQuery())}


def _open_many(qtbot: QtBot, page: ExchangePage, paths: list[Path]) -> BatchImportDialog:
    page.choose_bundles = lambda _parent, _title: list(paths)
    page.tabs.setCurrentWidget(page.importer)
    click(qtbot, page.importer.open_button)
    dialog = page.batch_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.files) == len(paths), timeout=10_000)
    return dialog


def _import_all(qtbot: QtBot, dialog: BatchImportDialog) -> None:
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        click(qtbot, dialog.import_button)
        # The work runs on the task runner; until its result is back the dialog is busy.
        assert dialog.progress.isVisible()
        assert not dialog.import_button.isEnabled() and not dialog.close_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), "Escape does not leave an import half-reported"


def _rows(dialog: BatchImportDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_a_tampered_file_is_refused_and_the_good_ones_are_imported(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    first, second, third = _caseload(a, b, ["Kettu", "Karhu", "Ilves"], tmp_path / "caseload")
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x01
    second.write_bytes(bytes(data))
    with pytest.raises(REFUSALS) as refusal:  # the reason the services give for this file
        b.exchange.preview_import(bytes(data))
    reason = user_message(refusal.value)
    missing = tmp_path / "caseload" / "gone.exitbundle"
    page = _page(qtbot, runner, b)
    changed: list[bool] = []
    page.vaultChanged.connect(lambda: changed.append(True))

    dialog = _open_many(qtbot, page, [first, second, missing, third])
    assert page.import_dialog is None, "several files do not open the one-file preview"
    assert dialog.heading.text() == "4 bundle files to import."
    assert "1 file could not be read and will be left out." in dialog.summary.text()
    unreadable = "Refused: cannot read gone.exitbundle: there is no such file"
    assert _rows(dialog)[2] == (missing.name, unreadable)
    assert dialog.import_button.isEnabled()
    assert _aliases(b) == set(), "nothing is written before Import all"

    _import_all(qtbot, dialog)

    rows = _rows(dialog)
    assert [name for name, _ in rows] == [first.name, second.name, missing.name, third.name]
    for _, text in (rows[0], rows[3]):
        assert text.startswith("Imported: hand-over from Aino ("), text
        assert text.endswith(": 2 added, 0 updated"), text  # the participant, the consent
    assert rows[1] == (second.name, f"Refused: {reason}")
    assert "\n" not in reason and "Traceback" not in reason
    assert dialog.heading.text() == "Import finished."
    summary = dialog.summary.text()
    assert "2 files imported." in summary
    assert "2 files refused; nothing from them was written." in summary
    assert _aliases(b) == {"Kettu", "Ilves"}
    assert changed == [True]
    assert not dialog.import_button.isVisible()
    assert dialog.close_button.text() == "&Close"


@pytest.mark.parametrize(
    ("language", "row"),
    [
        ("fi", "Tuotu: luovutus lähettäjältä Aino (Rikosseuraamuslaitos): 2 lisätty, 0 päivitetty"),
        ("sv", "Importerad: överlämnande från Aino (Brottspåföljdsmyndigheten): 2 tillagda, "
               "0 uppdaterade"),
    ],
)  # fmt: skip
def test_each_files_row_says_what_it_did_in_the_workers_language(
    qtbot: QtBot,
    runner: TaskRunner,
    pair: tuple[Session, Session],
    tmp_path: Path,
    translations: Translations,
    language: str,
    row: str,
) -> None:
    a, b = pair
    files = _caseload(a, b, ["Kettu", "Karhu"], tmp_path / "caseload")
    assert translations.set_language(language)
    dialog = _open_many(qtbot, _page(qtbot, runner, b), files)
    _import_all(qtbot, dialog)
    assert [text for _, text in _rows(dialog)] == [row, row]


def test_one_senders_files_chosen_newest_first_both_import(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    b_at_a, (pid,) = _consented(a, b, ["Kettu"])
    older, newer = tmp_path / "bundle-a.exitbundle", tmp_path / "bundle-b.exitbundle"
    a.exchange.export(pid, b_at_a, older)
    a.add_meeting(Meeting(participant_id=pid, on=date(2026, 11, 2), summary="Housing visit"))
    a.exchange.export(pid, b_at_a, newer)
    page = _page(qtbot, runner, b)

    dialog = _open_many(qtbot, page, [newer, older])
    _import_all(qtbot, dialog)

    assert [f.refused for f in dialog.files] == [None, None]
    (newer_row, older_row) = _rows(dialog)
    assert newer_row[1].startswith("Imported: update from Aino (")
    assert older_row[1].startswith("Imported: case from Aino (")
    assert _aliases(b) == {"Kettu"}
    (mine,) = b.summaries(ParticipantQuery())
    assert [m.summary for m in b.meetings(mine.id)] == ["Housing visit"]


def test_one_file_still_opens_the_preview(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    (only,) = _caseload(a, b, ["Kettu"], tmp_path / "caseload")
    page = _page(qtbot, runner, b)
    page.choose_bundles = lambda _parent, _title: [only]
    page.tabs.setCurrentWidget(page.importer)
    click(qtbot, page.importer.open_button)
    dialog = page.import_dialog
    assert isinstance(dialog, ImportDialog) and page.batch_dialog is None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.heading.text() == "Verified. Nothing has been written yet."
    assert _aliases(b) == set()


def test_several_files_dropped_on_the_window_open_the_batch(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    files = _caseload(a, b, ["Kettu", "Karhu"], tmp_path / "caseload")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a bundle", encoding="utf-8")
    page = _page(qtbot, runner, b)
    window = page.window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in [files[0], notes, files[1]]])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    # Offscreen tests cannot start a real drag; hand the event to the page's window filter.
    assert page.eventFilter(window, drop)
    dialog = page.batch_dialog
    assert dialog is not None and page.import_dialog is None
    qtbot.waitUntil(lambda: len(dialog.files) == 2, timeout=10_000)
    assert [f.name for f in dialog.files] == [files[0].name, files[1].name]
    _import_all(qtbot, dialog)
    assert _aliases(b) == {"Kettu", "Karhu"}


def test_a_fault_of_the_whole_batch_imports_none_and_says_so_in_one_line(
    qtbot: QtBot,
    runner: TaskRunner,
    pair: tuple[Session, Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = pair
    files = _caseload(a, b, ["Kettu", "Karhu"], tmp_path / "caseload")
    from exitdesk.app.exchange import batch

    real = batch.apply_import
    calls: list[int] = []

    def full_disk_on_the_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise DiskFullError("the disk is full; nothing was written")
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "apply_import", full_disk_on_the_second)
    page = _page(qtbot, runner, b)
    before = dump(b)
    dialog = _open_many(qtbot, page, files)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.failure is not None, timeout=20_000)

    assert dialog.heading.text() == "Nothing was imported."
    assert dialog.heading.tone is Tone.ERROR
    assert dialog.summary.text() == dialog.failure and "\n" not in dialog.failure
    assert dump(b) == before
    assert dialog.import_button.isEnabled(), "the files can be tried again"


def test_replies_stay_in_the_outbox_when_the_folder_is_read_only_then_are_written(
    qtbot: QtBot,
    runner: TaskRunner,
    pair: tuple[Session, Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = pair
    files = _caseload(a, b, ["Kettu", "Karhu"], tmp_path / "caseload")
    page = _page(qtbot, runner, b)
    dialog = _open_many(qtbot, page, files)
    assert not dialog.save_replies_button.isVisible()
    _import_all(qtbot, dialog)
    assert "2 replies to the senders wait in the outbox." in dialog.summary.text()
    assert len(b.exchange.outbox()) == 2
    qtbot.waitUntil(lambda: page.outbox.pending == 2, timeout=10_000)

    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o555)
    # Tests may run as root, who writes anywhere: refuse a folder without write permission as
    # the kernel would refuse anyone else.
    from exitdesk.app.exchange import outbox

    real = outbox.write_outgoing_file

    def as_a_user(path: Path, data: bytes, **kwargs: bool) -> Path:
        if not os.stat(path.parent).st_mode & stat.S_IWUSR:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, data, **kwargs)

    monkeypatch.setattr(outbox, "write_outgoing_file", as_a_user)
    chosen = [locked]
    asked: list[str] = []

    def choose(_parent: object, title: str) -> Path:
        asked.append(title)
        return chosen[0]

    dialog.choose_folder = choose
    click(qtbot, dialog.save_replies_button)
    qtbot.waitUntil(lambda: dialog.replies_note is not None, timeout=10_000)
    assert asked == ["Choose a folder for the replies"]
    message = dialog.replies_label.text()
    assert message == "cannot write to the folder read-only; 2 file(s) stay in the outbox"
    assert dialog.replies_label.tone is Tone.ERROR
    assert list(locked.iterdir()) == []
    assert len(b.exchange.outbox()) == 2
    assert _aliases(b) == {"Kettu", "Karhu"}, "the import stands"
    assert dialog.save_replies_button.isEnabled()

    usb = tmp_path / "usb"
    usb.mkdir()
    chosen[0] = usb
    click(qtbot, dialog.save_replies_button)
    qtbot.waitUntil(lambda: len(list(usb.iterdir())) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.replies_label.tone is Tone.SUCCESS, timeout=10_000)
    assert dialog.replies_label.text() == "2 reply files saved. Send them to the senders."
    assert b.exchange.outbox() == []
    assert not dialog.save_replies_button.isVisible()
    qtbot.waitUntil(lambda: page.outbox.pending == 0, timeout=10_000)
    # The replies are the senders' acknowledgements: Aino imports them and the cases leave her.
    acks = [(p.name, p.read_bytes()) for p in sorted(usb.iterdir())]
    assert all(item.refused is None for item in a.exchange.import_bundles(acks))
    assert _aliases(a) == set()


def test_the_batch_closes_on_lock(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    files = _caseload(a, b, ["Kettu", "Karhu"], tmp_path / "caseload")
    page = _page(qtbot, runner, b)
    dialog = _open_many(qtbot, page, files)
    assert dialog.isVisible()
    closed: list[bool] = []
    dialog.destroyed.connect(lambda *_: closed.append(True))
    page.set_session(None)
    assert page.batch_dialog is None
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
