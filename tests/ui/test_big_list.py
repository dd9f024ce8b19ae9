"""Issue 14, finding 9: the participants list. Natural alias order, back to the top after a new
search or sort, overdue reviews and critical levels marked in words and bold, the urgent icon
legible on a selected row, every column visible at the default size, whole text of a cut cell."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from exitdesk.app.session import Options, create_vault
from exitdesk.domain import SafetyAssessment, SafetyLevel, Worker
from exitdesk.domain.views import ParticipantQuery, ParticipantSort
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participants.model import Column
from exitdesk.ui.shell import Shell
from exitdesk.vault import KdfParams
from exitdesk.vault.sort_keys import sort_key
from tests.ui.conftest import make_vault, unlock
from tests.ui.window_walk import hidden_columns


def _unlocked(qtbot: QtBot, shell: Shell):  # type: ignore[no-untyped-def]
    make_vault(shell.vaults_root)
    shell.start()
    qtbot.waitExposed(shell.unlock_window)
    return unlock(qtbot, shell)


def test_alias_sort_is_natural_in_the_vault(tmp_path: Path) -> None:
    created = create_vault(
        tmp_path / "v",
        "violet harbour ninety lanterns",
        Worker(name="T", party_id="fi-rise"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    session = created.session
    try:
        for alias in ("Aalto-79", "Aalto-8", "aalto-10", "Ärrä-2", "Aalto-080"):
            session.add_participant(alias)
        query = ParticipantQuery(sort=ParticipantSort.ALIAS, limit=50)
        aliases = [s.alias for s in session.summaries(query)]
        assert aliases == ["Aalto-8", "aalto-10", "Aalto-79", "Aalto-080", "Ärrä-2"]
    finally:
        session.lock()
    assert sort_key("Aalto-8") < sort_key("Aalto-79")


def test_a_vault_with_old_sort_keys_is_rekeyed_on_unlock(tmp_path: Path) -> None:
    from exitdesk.app.session import open_vault

    created = create_vault(
        tmp_path / "v",
        "violet harbour ninety lanterns",
        Worker(name="T", party_id="fi-rise"),
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    session = created.session
    for alias in ("Aalto-79", "Aalto-8"):
        session.add_participant(alias)
    with session._write() as repos:  # an older release wrote plain text keys
        repos.conn.execute("UPDATE participants SET alias_sort = lower(alias)")
        repos.conn.execute("DELETE FROM meta WHERE key = 'sort_key_version'")
    session.lock()
    again = open_vault(
        tmp_path / "v",
        "violet harbour ninety lanterns",
        Options(kdf=KdfParams.FLOOR, use_keyring=False),
    )
    try:
        query = ParticipantQuery(sort=ParticipantSort.ALIAS, limit=50)
        assert [s.alias for s in again.summaries(query)] == ["Aalto-8", "Aalto-79"]
    finally:
        again.lock()


def test_a_new_sort_or_search_returns_to_the_top(qtbot: QtBot, shell: Shell) -> None:
    session = _unlocked(qtbot, shell)
    for number in range(120):
        session.add_participant(f"Kettu-{number}")
    page = shell.main_window.participants
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 100, timeout=10_000)
    bar = page.table.verticalScrollBar()
    page.table.scrollTo(page.model.index(99, 0))
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5_000)
    page.table.sortByColumn(Column.BIRTH_YEAR, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    QApplication.processEvents()
    assert bar.value() == 0
    page.table.scrollTo(page.model.index(99, 0))
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5_000)
    qtbot.keyClicks(page.search, "kettu")
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    QApplication.processEvents()
    assert bar.value() == 0


def _option(page, row: int, column: int, selected: bool = False) -> QStyleOptionViewItem:  # type: ignore[no-untyped-def]
    option = QStyleOptionViewItem()
    option.initFrom(page.table)
    option.rect = QRect(0, 0, page.table.columnWidth(column), 24)
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    page.delegate.initStyleOption(option, page.model.index(row, column))
    return option


def test_overdue_review_and_critical_level_stand_out_in_words(qtbot: QtBot, shell: Shell) -> None:
    session = _unlocked(qtbot, shell)
    today = session.clock().date()
    late = session.add_participant("Aaa-late").id
    fine = session.add_participant("Bbb-fine").id
    assert late is not None and fine is not None
    for pid, level, review in ((late, SafetyLevel.CRITICAL, today - timedelta(days=3)),
                               (fine, SafetyLevel.LOW, today + timedelta(days=30))):  # fmt: skip
        session.save_safety(
            SafetyAssessment(
                participant_id=pid,
                assessed_on=today - timedelta(days=10),
                level=level,
                review_on=review,
            )
        )
    page = shell.main_window.participants
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    overdue = _option(page, 0, Column.NEXT_REVIEW)
    assert "overdue" in overdue.text and overdue.font.bold()
    critical = _option(page, 0, Column.SAFETY)
    assert "(!)" in critical.text and critical.font.bold()
    calm = _option(page, 1, Column.NEXT_REVIEW)
    assert "overdue" not in calm.text and not calm.font.bold()
    assert not _option(page, 1, Column.SAFETY).font.bold()


def test_urgent_icon_keeps_a_light_edge_on_a_selected_row(qtbot: QtBot, shell: Shell) -> None:
    session = _unlocked(qtbot, shell)
    pid = session.add_participant("Kettu").id
    assert pid is not None
    session.save_safety(
        SafetyAssessment(
            participant_id=pid, assessed_on=date(2026, 11, 1), level=SafetyLevel.HIGH, urgent=True
        )
    )
    page = shell.main_window.participants
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    option = _option(page, 0, Column.ALIAS, selected=True)
    highlight = page.table.palette().color(page.table.palette().ColorRole.Highlight)
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(highlight)
    painter = QPainter(image)
    option.icon.paint(painter, QRect(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter,
                      option.icon.Mode.Selected)  # fmt: skip
    painter.end()
    colours = {QColor(image.pixel(x, y)).name() for x in range(32) for y in range(32)}
    light = [c for c in colours if QColor(c).lightness() > 230]
    assert light, "no light edge between the red icon and the selection colour"


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_default_column_widths_show_every_column(
    qtbot: QtBot, shell: Shell, translations: Translations, language: str
) -> None:
    translations.set_language(language)
    _unlocked(qtbot, shell)
    page = shell.main_window.participants
    qtbot.waitExposed(shell.main_window)
    QApplication.processEvents()
    assert hidden_columns(page.table) == []


def test_a_cut_cell_shows_its_whole_text_as_a_tooltip(qtbot: QtBot, shell: Shell) -> None:
    session = _unlocked(qtbot, shell)
    session.add_participant("Kettu", legal_name="Kalle " + "Pitkäsukunimi" * 6)
    page = shell.main_window.participants
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    option = _option(page, 0, Column.LEGAL_NAME)
    index = page.model.index(0, Column.LEGAL_NAME)
    assert page.delegate.tooltip(option, index).startswith("Kalle Pitkä")
    short = _option(page, 0, Column.BIRTH_YEAR)
    assert page.delegate.tooltip(short, page.model.index(0, Column.BIRTH_YEAR)) == ""
    assert isinstance(index, QModelIndex)
