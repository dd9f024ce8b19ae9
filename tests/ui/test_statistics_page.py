"""The Statistics screen on a real vault: it shows only the suppressed tables (a group of fewer
than five is "<5", never its count), saves the CSV files and a real PDF into the chosen folder,
and sends a statistics bundle that the coordinator's vault accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from exitdesk.app.exchange import ContactView
from exitdesk.app.session import Options, Session, create_vault
from exitdesk.app.statistics import period, read_statistics_bundle, vault_statistics
from exitdesk.domain import Worker
from exitdesk.domain.statistics import Dimension
from exitdesk.domain.statistics_csv import to_csv
from exitdesk.domain.suppression import publish
from exitdesk.ui.i18n import Translations
from exitdesk.ui.messages import Tone
from exitdesk.ui.shell import Shell
from exitdesk.ui.statistics import StatisticsPage
from exitdesk.ui.window import PAGE_STATISTICS
from exitdesk.vault import KdfParams
from tests.ui.conftest import make_vault, unlock
from tests.ui.exchange_support import PASSPHRASE, befriend
from tests.ui.window_walk import problems


def _page_with_caseload(qtbot: QtBot, shell: Shell) -> tuple[Session, StatisticsPage]:
    make_vault(shell.vaults_root)
    shell.start()
    qtbot.waitExposed(shell.unlock_window)
    session = unlock(qtbot, shell)
    # Six at assessment (a birth year opens the case there) and one enquiry.
    for i in range(6):
        session.add_participant(f"P{i}", birth_year=1990)
    session.add_participant("Kettu")
    window = shell.main_window
    window.show_page(PAGE_STATISTICS)
    page = window.statistics
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.shown is not None and len(page.tables) == 4, timeout=20_000)
    return session, page


def _cells(view: QTableWidget) -> dict[tuple[str, str], str]:
    return {
        (view.verticalHeaderItem(r).text(), view.horizontalHeaderItem(c).text()): (
            view.item(r, c).text()
        )
        for r in range(view.rowCount())
        for c in range(view.columnCount())
    }


def test_the_screen_shows_the_suppressed_tables_never_a_small_count(
    qtbot: QtBot, shell: Shell
) -> None:
    session, page = _page_with_caseload(qtbot, shell)
    assert page.shown is not None
    when, on_screen = page.shown
    stage_by_age = next(
        view
        for view, table in zip(page.tables, on_screen.tables, strict=True)
        if table.key == (Dimension.STAGE, Dimension.AGE)
    )
    cells = _cells(stage_by_age)
    # One person at enquiry: the row's total says "<5", and no cell anywhere says 1.
    assert cells[("enquiry", "Total")] == "<5"
    for view in page.tables:
        shown = {item for item in _cells(view).values()}
        assert "1" not in shown
        assert view.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers
    # What is on screen is the service's published tables, cell by cell.
    published = publish(vault_statistics(session.context, when))
    for view, table in zip(page.tables, published.tables, strict=True):
        for r, row in enumerate(table.rows):
            for c, col in enumerate(table.cols):
                shown = table.cells[(row, col)]
                assert view.item(r, c).text() == str(getattr(shown, "value", shown))


def test_a_period_that_runs_backwards_is_refused_beside_the_dates(
    qtbot: QtBot, shell: Shell
) -> None:
    _, page = _page_with_caseload(qtbot, shell)
    page.from_date.setDate(QDate(2026, 6, 1))
    page.to_date.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: page.status.tone is Tone.ERROR, timeout=10_000)
    assert "start before it ends" in page.status.text()
    assert page.tables == [] and not page.save_button.isEnabled()


def test_saving_writes_the_csv_files_and_a_pdf_into_the_chosen_folder(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    session, page = _page_with_caseload(qtbot, shell)
    out = tmp_path / "published"
    page.choose_folder = lambda parent, title: out
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.tone is Tone.SUCCESS, timeout=20_000)
    assert page.shown is not None
    expected = to_csv(publish(vault_statistics(session.context, page.shown[0])))
    assert {p.name for p in out.iterdir()} == {*expected, "statistics.pdf"}
    for name, text in expected.items():
        assert (out / name).read_text(encoding="utf-8") == text
    assert "<5" in (out / "stage.csv").read_text(encoding="utf-8")
    assert (out / "statistics.pdf").read_bytes().startswith(b"%PDF")
    said = page.status.text()
    assert str(out) in said and "not encrypted" in said and "de-identified" in said


def test_sending_writes_a_bundle_the_coordinator_accepts(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    session, page = _page_with_caseload(qtbot, shell)
    coordinator = create_vault(
        tmp_path / "coordinator",
        PASSPHRASE,
        Worker(name="Cecilia", party_id="fi-krp"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    ).session
    try:
        at_sender, _ = befriend(session, coordinator)
        offered: list[ContactView] = []

        def choose(parent: object, contacts: list[ContactView]) -> ContactView:
            offered.extend(contacts)
            return next(c for c in contacts if c.id == at_sender)

        bundle = tmp_path / "statistics.exitbundle"
        page.choose_contact = choose
        page.choose_bundle = lambda parent, title, name: bundle
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.status.tone is Tone.SUCCESS, timeout=20_000)
        assert [c.id for c in offered] == [at_sender]
        assert bundle.name in page.status.text()
        sender, _, exact = read_statistics_bundle(coordinator.context, bundle)
        assert sender == session.exchange.identity().fingerprint
        assert exact.total == 7 and exact.margin(Dimension.STAGE)["enquiry"] == 1
        assert exact.as_of == period(session.context, None, None).last
    finally:
        coordinator.lock()


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_the_counted_screen_passes_the_window_walk_in_each_language(
    qtbot: QtBot, shell: Shell, translations: Translations, language: str
) -> None:
    translations.set_language(language)
    _, page = _page_with_caseload(qtbot, shell)
    window = shell.main_window
    window.show()
    qtbot.waitExposed(window)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        trouble = problems(window, language)
        assert not trouble, f"{page.tabs.tabText(index)}: {trouble}"
    # The window's shortcuts reach the page: Ctrl+5, its place in the sidebar.
    window.show_page(0)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page


def test_with_no_verified_contact_the_screen_says_where_to_add_one(
    qtbot: QtBot, shell: Shell
) -> None:
    _, page = _page_with_caseload(qtbot, shell)
    asked: list[object] = []
    page.choose_contact = lambda parent, contacts: asked.append(contacts)  # type: ignore[func-returns-value]
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.tone is Tone.ERROR, timeout=10_000)
    assert "No verified contact yet" in page.status.text() and asked == []


def test_locking_leaves_no_table_on_the_screen(qtbot: QtBot, shell: Shell) -> None:
    _, page = _page_with_caseload(qtbot, shell)
    shell.lock()
    assert page.tables == [] and page.tabs.count() == 0 and page.shown is None
    assert not page.save_button.isEnabled() and not page.send_button.isEnabled()
