"""The exchange page driven through its real widgets against two real vaults: contacts and their
safety numbers, my card, import preview and refusal, drops, and conflicts side by side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Session
from exitdesk.domain import DataCategory, FixedClock
from exitdesk.exchange import Identity, make_card
from exitdesk.ui.exchange.import_dialog import ImportDialog
from exitdesk.ui.exchange.page import ExchangePage
from exitdesk.ui.messages import Tone
from exitdesk.ui.tasks import TaskRunner
from tests.ui.exchange_support import NOW, befriend, click, dump, grant, make_session

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


def _page(qtbot: QtBot, runner: TaskRunner, session: Session) -> ExchangePage:
    holder = QWidget()
    qtbot.addWidget(holder)
    page = ExchangePage(runner, holder)
    holder.resize(1000, 700)
    holder.show()
    with qtbot.waitSignal(page.contacts.loaded, timeout=10_000):
        page.set_session(session)
    return page


def _send_case(a: Session, b: Session, out: Path) -> int:
    """A exports a participant to B; returns the participant's id at A."""
    b_at_a, _ = befriend(a, b)
    p = a.add_participant(
        "Kettu", legal_name="Qwertz Zyxw", birth_year=1990, parties=frozenset({"fi-rise", "fi-krp"})
    )
    assert p.id is not None
    grant(a, p.id, b_at_a, ALL)
    a.exchange.export(p.id, b_at_a, out)
    return p.id


def _open_import(qtbot: QtBot, page: ExchangePage, path: Path) -> ImportDialog:
    page.choose_bundles = lambda _parent, _title: [path]
    page.tabs.setCurrentWidget(page.importer)
    click(qtbot, page.importer.open_button)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.refusal is not None, timeout=10_000)
    return dialog


def test_contact_from_card_file_shows_number_and_qr_and_verifies_only_the_right_number(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    card = tmp_path / "card.txt"
    card.write_text(b.exchange.my_card(), encoding="utf-8")
    page = _page(qtbot, runner, a)
    panel = page.contacts
    assert panel.list.count() == 0
    asked: list[str] = []

    def choose(_parent: QWidget, title: str) -> Path:
        asked.append(title)
        return card

    panel.choose_card = choose
    click(qtbot, panel.add_file_button)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    assert asked == ["Open a contact card"]
    assert "was added" in panel.message.text()
    assert "not verified" in panel.list.item(0).text()

    detail = panel.detail
    contact = a.exchange.contacts()[0]
    assert detail.contact is not None and detail.contact.id == contact.id
    shown = detail.number.text()
    assert shown.split() == contact.safety_number.split()
    assert len(shown.split()) == 12 and all(len(g) == 5 for g in shown.split())
    pixmap = detail.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 0
    image = pixmap.toImage()
    colours = {image.pixelColor(x, y).lightness() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}  # fmt: skip
    assert min(colours) < 50 and max(colours) > 200, "a real code: dark and light modules"

    # A wrong number (one digit off) is refused in plain words and changes nothing.
    right = b.exchange.add_contact(a.exchange.my_card()).contact.safety_number
    wrong = ("1" if right[0] != "1" else "2") + right[1:]
    qtbot.keyClicks(detail.typed, wrong)
    click(qtbot, detail.verify_button)
    qtbot.waitUntil(lambda: "does not match" in detail.message.text(), timeout=10_000)
    assert not a.exchange.contact(contact.id).verified
    assert "not verified" in panel.list.item(0).text()

    # The right number, typed as read aloud without spaces, verifies.
    detail.typed.clear()
    qtbot.keyClicks(detail.typed, right.replace(" ", ""))
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        qtbot.keyClick(detail.typed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.list.item(0).text().endswith("— verified"), timeout=10_000)
    assert a.exchange.contact(contact.id).verified
    assert "match" in detail.message.text()
    assert detail.state.text().startswith("Verified")


def test_pasted_card_and_my_card_copy_and_save(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    page = _page(qtbot, runner, a)
    click(qtbot, page.contacts.paste_button)
    dialog = page.contacts.paste_dialog
    assert dialog is not None
    dialog.text.setPlainText(b.exchange.my_card())
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: page.contacts.list.count() == 1, timeout=10_000)
    assert page.contacts.list.item(0).text().startswith("Bertta (")

    # Garbage pasted: one plain line, no new contact.
    click(qtbot, page.contacts.paste_button)
    dialog = page.contacts.paste_dialog
    assert dialog is not None
    dialog.text.setPlainText("hello, this is not a card")
    click(qtbot, dialog.add_button)
    # Shown as an error (in the palette-derived error colour), not as plain information.
    qtbot.waitUntil(lambda: page.contacts.message.tone is Tone.ERROR, timeout=10_000)
    assert "\n" not in page.contacts.message.text()
    assert len(a.exchange.contacts()) == 1

    mine = page.my_card
    page.tabs.setCurrentWidget(mine)
    qtbot.waitUntil(lambda: mine.copy_button.isEnabled(), timeout=10_000)
    click(qtbot, mine.copy_button)
    assert QGuiApplication.clipboard().text() == a.exchange.my_card()
    assert page.clipboard.pending
    page.set_session(None)  # locking clears what we put there
    assert QGuiApplication.clipboard().text() == ""
    assert mine.card.toPlainText() == ""

    with qtbot.waitSignal(mine.loaded, timeout=10_000):
        page.set_session(a)
    page.tabs.setCurrentWidget(mine)
    offered: list[str] = []

    def save(_parent: QWidget, _title: str, name: str) -> Path:
        offered.append(name)
        return tmp_path / name

    mine.choose_path = save
    click(qtbot, mine.save_button)
    qtbot.waitUntil(lambda: (tmp_path / "contact-card.txt").exists(), timeout=10_000)
    assert offered == ["contact-card.txt"]
    assert (tmp_path / "contact-card.txt").read_text(encoding="utf-8") == a.exchange.my_card()


def test_import_preview_counts_and_writes_nothing_until_confirmed(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    bundle = tmp_path / "bundle-0000.exitbundle"
    _send_case(a, b, bundle)
    page = _page(qtbot, runner, b)
    before = dump(b)
    dialog = _open_import(qtbot, page, bundle)

    assert dialog.heading.text() == "Verified. Nothing has been written yet."
    details = dialog.details.text()
    assert "Signed by Aino (" in details
    assert "A case transfer." in details
    assert "New records: 2" in details  # identity and stage
    assert "Conflicts to resolve: 0" in details
    assert "Qwertz" not in dialog.windowTitle()
    assert dump(b) == before, "previewing wrote nothing"
    assert dialog.import_button.isEnabled()

    changed: list[object] = []
    page.vaultChanged.connect(lambda: changed.append(True))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click(qtbot, dialog.import_button)
    assert dialog.heading.text() == "Imported."
    assert "Records added: 2. Records updated: 0." in dialog.details.text()
    assert not dialog.import_button.isVisible()
    assert changed == [True]
    from exitdesk.domain.views import ParticipantQuery

    assert [s.alias for s in b.summaries(ParticipantQuery())] == ["Kettu"]
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: page.import_dialog is None)


def test_tampered_bundle_is_refused_with_one_line_and_the_vault_unchanged(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    bundle = tmp_path / "bundle-1111.exitbundle"
    _send_case(a, b, bundle)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "bundle-2222.exitbundle"
    tampered.write_bytes(bytes(data))
    page = _page(qtbot, runner, b)
    before = dump(b)

    dialog = _open_import(qtbot, page, tampered)
    assert dialog.heading.text() == "This bundle was refused. Nothing was changed."
    reason = dialog.details.text()
    assert reason and "\n" not in reason and "Traceback" not in reason
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "&Close"
    assert dump(b) == before

    # An empty file too.
    empty = tmp_path / "bundle-3333.exitbundle"
    empty.write_bytes(b"")
    dialog = _open_import(qtbot, page, empty)
    assert dialog.refusal and not dialog.import_button.isEnabled()
    assert dump(b) == before


def test_a_bundle_dropped_on_the_window_opens_the_preview(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    bundle = tmp_path / "bundle-4444.exitbundle"
    _send_case(a, b, bundle)
    page = _page(qtbot, runner, b)
    window = page.window()
    assert window is not page and window.acceptDrops()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    ignored = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    # Qt delivers drops only during a real drag, which offscreen tests cannot start; hand the
    # event to the filter the page installed on its window, as Qt would.
    assert not page.eventFilter(window, ignored)
    assert page.import_dialog is None, "only bundle files are taken"

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    assert page.eventFilter(window, drop)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert "New records: 2" in dialog.details.text()


def test_conflict_side_by_side_then_take_theirs_and_keep_mine(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    first = tmp_path / "1.exitbundle"
    pid_a = _send_case(a, b, first)
    pid_b = b.exchange.import_bundle(first.read_bytes()).participant_id
    assert pid_b is not None
    b_at_a = a.exchange.contacts()[0].id
    here = b.participant(pid_b)
    b.update_participant(here.model_copy(update={"institution": "Kylmäkoski prison",
                                                 "birth_year": 1991}))  # fmt: skip
    there = a.participant(pid_a)
    a.update_participant(there.model_copy(update={"institution": "Helsinki probation"}))
    second = tmp_path / "2.exitbundle"
    a.exchange.export(pid_a, b_at_a, second)

    page = _page(qtbot, runner, b)
    dialog = _open_import(qtbot, page, second)
    assert "Conflicts to resolve: 1" in dialog.details.text()
    with qtbot.waitSignal(page.conflicts.loaded, timeout=10_000):
        click(qtbot, dialog.import_button)
    assert "1 conflict waits in the Conflicts tab" in dialog.details.text()
    click(qtbot, dialog.close_button)

    panel = page.conflicts
    page.tabs.setCurrentWidget(panel)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Conf&licts (1)"
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Kettu: identity (from Aino (")
    mine, theirs = panel.fields("mine"), panel.fields("theirs")
    assert mine["Institution"] == "Kylmäkoski prison"
    assert theirs["Institution"] == "Helsinki probation"
    assert mine["Year of birth"] == "1991" and theirs["Year of birth"] == "1990"
    assert mine["Alias"] == theirs["Alias"] == "Kettu"
    shown = "".join(mine.values()) + "".join(theirs.values())
    assert "{" not in shown and '"' not in shown, "readable values, no JSON"
    assert panel.theirs_label.text().startswith("Inc&oming from Aino")
    assert b.participant(pid_b).institution == "Kylmäkoski prison", "never overwritten"

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, panel.take_button)
    assert b.participant(pid_b).institution == "Helsinki probation"
    assert b.exchange.conflicts() == []
    assert panel.count() == 0 and panel.empty.isVisible()
    assert "incoming version" in panel.message.text()

    # A second round, this time keeping this vault's version.
    b.update_participant(b.participant(pid_b).model_copy(update={"contact": "040 123"}))
    a.update_participant(a.participant(pid_a).model_copy(update={"contact": "050 999"}))
    third = tmp_path / "3.exitbundle"
    a.exchange.export(pid_a, b_at_a, third)
    b.exchange.import_bundle(third.read_bytes())
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.reload()
    assert panel.fields("mine")["Contact details"] == "040 123"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, panel.keep_button)
    assert b.participant(pid_b).contact == "040 123"
    assert b.exchange.conflicts() == []


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context><name>ExchangePage</name>
<message><source>&amp;Contacts</source><translation>&amp;Yhteystiedot</translation></message>
</context>
<context><name>ContactDetail</name>
<message><source>Verif&amp;y</source><translation>&amp;Vahvista</translation></message>
</context>
<context><name>ConflictsPanel</name>
<message><source>&amp;Keep mine</source><translation>&amp;Pidä omani</translation></message>
</context>
</TS>
"""


def test_a_language_switch_retranslates_the_page(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator

    source = tmp_path / "test_fi.ts"
    source.write_text(_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "test_fi.qm")], check=True,
                   capture_output=True)  # fmt: skip
    page = _page(qtbot, runner, pair[0])
    assert page.tabs.tabText(0) == "&Contacts"
    translator = QTranslator()
    assert translator.load(str(tmp_path / "test_fi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.tabs.tabText(0) == "&Yhteystiedot")
        assert page.contacts.detail.verify_button.text() == "&Vahvista"
        assert page.conflicts.keep_button.text() == "&Pidä omani"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "&Contacts")
    assert page.contacts.detail.verify_button.text() == "Verif&y"


def test_a_contact_is_verified_with_the_keyboard_only(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session]
) -> None:
    a, b = pair
    a.exchange.add_contact(b.exchange.my_card())
    heard = b.exchange.add_contact(a.exchange.my_card()).contact.safety_number
    page = _page(qtbot, runner, a)
    panel = page.contacts
    panel.window().activateWindow()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.detail.contact is not None
    # Alt+N is the mnemonic of "Number they read to you".
    qtbot.keyClick(panel.list, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.detail.typed.hasFocus())
    qtbot.keyClicks(panel.detail.typed, heard)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        qtbot.keyClick(panel.detail.typed, Qt.Key.Key_Return)
    assert a.exchange.contacts()[0].verified


def test_an_acknowledgement_not_saved_waits_in_the_outbox_until_written(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    bundle = tmp_path / "bundle-0000.exitbundle"
    pid = _send_case(a, b, bundle)
    b.exchange.import_bundle(bundle.read_bytes())
    withdrawal = tmp_path / "bundle-0001.exitbundle"
    a.exchange.withdraw_consent(a.consents(pid)[0].id, withdrawal)

    page = _page(qtbot, runner, b)
    assert page.outbox.status.text() == "Nothing waits in the outbox"
    assert not page.outbox.write_button.isEnabled()
    page.choose_ack_path = lambda _parent, _title, _name: None  # the worker cancels the save
    dialog = _open_import(qtbot, page, withdrawal)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.outbox.pending == 1, timeout=10_000)
    assert page.outbox.status.text() == "1 file waits in the outbox to be sent"

    folder = tmp_path / "usb"
    folder.mkdir()
    page.outbox.choose_folder = lambda _parent, _title: folder
    click(qtbot, page.outbox.write_button)
    qtbot.waitUntil(lambda: page.outbox.pending == 0 and any(folder.iterdir()), timeout=10_000)
    qtbot.waitUntil(lambda: "Wrote 1 file" in page.outbox.status.text(), timeout=10_000)
    (ack,) = folder.iterdir()
    assert ack.name.startswith("ack-")
    assert "confirms deleting" in a.exchange.import_bundle(ack.read_bytes()).plan.describe()


def test_a_card_with_a_verified_contacts_name_and_other_keys_is_shown_as_same_name_and_party(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Session, Session], tmp_path: Path
) -> None:
    a, b = pair
    b_at_a, _ = befriend(a, b)
    card = tmp_path / "card.txt"
    card.write_text(make_card(Identity.generate("Bertta", "fi-krp"), a.clock), encoding="utf-8")
    page = _page(qtbot, runner, a)
    panel = page.contacts
    panel.choose_card = lambda _parent, _title: card
    click(qtbot, panel.add_file_button)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)
    assert "but other keys was added as a new, unverified contact" in panel.message.text()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(f"not verified, same name and party as {b_at_a} Bertta" in t for t in texts)
    assert any(t.endswith("— verified") for t in texts)
    assert panel.detail.state.text().startswith("Same name and party as contact")
    assert a.exchange.contact(b_at_a).verified
