"""The Knowledge screen: offline search in the window's language, an entry with its source and
the reminder to check the current text, and a signed pack installed after its preview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.knowledge import send_pack, shipped_library
from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import FixedClock, Worker
from exitdesk.ui.i18n import Translations
from exitdesk.ui.knowledge import KnowledgePage
from exitdesk.ui.tasks import TaskRunner
from exitdesk.vault import KdfParams

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


def _vault(path: Path, name: str, party: str) -> Session:
    return create_vault(
        path,
        "correct horse battery staple",
        Worker(name=name, party_id=party),
        Options(kdf=KdfParams.FLOOR, clock=FixedClock(NOW), use_keyring=False),
    ).session


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[KnowledgePage, Session]]:
    session = _vault(tmp_path / "w", "Aino Worker", "fi-rise")
    runner = TaskRunner()
    shown = KnowledgePage(runner)
    shown.set_session(session)
    shown.show()
    qtbot.waitUntil(lambda: shown.results.count() == len(shipped_library()), timeout=10_000)
    yield shown, session
    shown.set_session(None)
    runner.shutdown()
    session.lock()
    # Deleted now: a later test's language switch must not reach it.
    shiboken6.delete(shown)


def test_search_narrows_the_list_and_shows_the_source_in_finnish(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    shown, _session = page
    translations = Translations(QCoreApplication.instance())
    translations.set_language("fi")
    try:
        shown.search.setText("sekretessbrytande")
        qtbot.waitUntil(lambda: shown.results.count() == 1, timeout=10_000)
        assert shown.results.item(0).text().startswith("Ruotsi:")
        text = shown.detail.toPlainText()
        assert "2009:400" in text and "tarkista" in text.lower()
        shown.search.setText("zzzqqq")
        qtbot.waitUntil(lambda: shown.results.count() == 0, timeout=10_000)
    finally:
        translations.set_language("en")


def test_a_pack_is_installed_after_its_preview_and_rolled_back(  # type: ignore[no-untyped-def]
    qtbot: QtBot, page, tmp_path: Path
) -> None:
    shown, session = page
    coordinator = _vault(tmp_path / "c", "Cecilia Coordinator", "se-socialstyrelsen")
    try:
        at_c = coordinator.exchange.add_contact(session.exchange.my_card()).contact
        at_w = session.exchange.add_contact(coordinator.exchange.my_card()).contact
        coordinator.exchange.verify_contact(at_c.id, at_w.safety_number)
        session.exchange.verify_contact(at_w.id, at_c.safety_number)
        entry = {e.id: e for e in shipped_library()}["safety-planning"]
        changed = entry.model_copy(
            update={"en": entry.en.model_copy(update={"title": "Safety planning, revised"})}
        )
        pack = tmp_path / "pack.exitbundle"
        send_pack(coordinator, [changed], [at_c.id], pack)
    finally:
        coordinator.lock()
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    shown.confirm = confirm
    shown.choose_pack = lambda _parent, _title: pack
    shown.install_pack()
    assert "changed: Safety planning, revised" in asked[0]
    qtbot.waitUntil(lambda: shown.version.text() == "Library version 1", timeout=10_000)
    titles = [shown.results.item(i).text() for i in range(shown.results.count())]
    assert "Safety planning, revised" in titles
    shown.roll_back()
    qtbot.waitUntil(lambda: shown.version.text() == "Library version 0", timeout=10_000)
