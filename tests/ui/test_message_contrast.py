"""Error text is readable on a dark palette as well as on a light one: the colour actually painted
reaches the WCAG 2 contrast of 4.5:1 against the background painted behind it. The contrast is
computed here from the pixels, not taken from the code that chose the colour."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from exitdesk.domain import FixedClock
from exitdesk.ui.exchange.page import ExchangePage
from exitdesk.ui.messages import Tone, tone_colour
from exitdesk.ui.participant.plan_dialogs import GoalDialog
from exitdesk.ui.shell import Shell
from exitdesk.ui.tasks import TaskRunner
from tests.ui.conftest import make_vault
from tests.ui.exchange_support import NOW, click, make_session

WCAG_AA = 4.5


def _dark_palette() -> QPalette:
    """A dark theme as a desktop would set one: every role derived from a dark button and
    window colour, then the text and list colours of common dark themes."""
    palette = QPalette(QColor("#3a3a3a"), QColor("#2d2d2d"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _luminance(colour: QColor) -> float:
    def linear(value: int) -> float:
        channel = value / 255
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def _contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def painted_contrast(label: QLabel) -> tuple[float, QColor, QColor]:
    """The contrast between the text and the background as painted on screen: the window is
    rendered, the label's area cut out; the commonest pixel is the background, the pixel that
    differs most from it is the text (glyph stems are painted in the full text colour)."""
    assert label.text(), "nothing is shown"
    window = label.window()
    area = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    image = window.grab(area).toImage()
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    text = max((QColor.fromRgb(rgb) for rgb in counts), key=lambda c: _contrast(c, background))
    return _contrast(text, background), text, background


def assert_readable(label: QLabel) -> None:
    ratio, text, background = painted_contrast(label)
    assert ratio >= WCAG_AA, (
        f"{label.objectName() or 'message'} painted {text.name()} on {background.name()}: "
        f"contrast {ratio:.2f}:1, below {WCAG_AA}:1"
    )


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The whole application in the default (light) or a dark palette, restored afterwards."""
    previous = QGuiApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(_dark_palette())
    yield request.param
    QApplication.setPalette(previous)


def test_wrong_passphrase_message_is_readable(
    palette: str, qtbot: QtBot, shell: Shell, vaults_root: Path
) -> None:
    make_vault(vaults_root)
    shell.start()
    window = shell.unlock_window
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.passphrase, "not the passphrase at all")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open this vault" in window.message.text(), timeout=10_000)
    assert_readable(window.message)


def test_refused_contact_card_message_is_readable(
    palette: str, qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "a", "Aino", "fi-rise", FixedClock(NOW))
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        page = ExchangePage(runner, holder)
        holder.resize(1000, 700)
        holder.show()
        qtbot.waitExposed(holder)
        with qtbot.waitSignal(page.contacts.loaded, timeout=10_000):
            page.set_session(session)
        click(qtbot, page.contacts.paste_button)
        dialog = page.contacts.paste_dialog
        assert dialog is not None
        dialog.text.setPlainText("hello, this is not a card")
        click(qtbot, dialog.add_button)
        qtbot.waitUntil(lambda: bool(page.contacts.message.text()), timeout=10_000)
        assert_readable(page.contacts.message)
    finally:
        session.lock()


def test_form_error_stays_readable_when_the_theme_turns_dark_while_it_shows(
    qapp: QApplication, qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "a", "Aino", "fi-rise", FixedClock(NOW))
    previous = QGuiApplication.palette()
    try:
        participant = session.add_participant("Kettu")
        assert participant.id is not None
        dialog = GoalDialog(session, runner, participant.id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.accept()  # no goal typed: the form says so instead of saving
        qtbot.waitUntil(lambda: dialog.error.isVisible() and bool(dialog.error.text()))
        assert_readable(dialog.error)

        QApplication.setPalette(_dark_palette())  # the desktop switches to its dark theme
        qtbot.wait(50)
        assert_readable(dialog.error)
    finally:
        QApplication.setPalette(previous)
        session.lock()


@pytest.mark.parametrize(
    ("window", "base"),
    [
        ("#efefef", "#ffffff"),  # Qt's light default
        ("#2d2d2d", "#1e1e1e"),  # a common dark theme
        ("#000000", "#000000"),  # high contrast, black
        ("#ffffff", "#ffffff"),  # high contrast, white
        ("#002b36", "#073642"),  # Solarized dark
        ("#fdf6e3", "#eee8d5"),  # Solarized light
        ("#3c3f41", "#2b2b2b"),  # an IDE's dark grey
    ],
)
@pytest.mark.parametrize("tone", [Tone.ERROR, Tone.SUCCESS])
def test_error_and_all_clear_colours_reach_the_contrast_on_many_themes(
    qapp: QApplication, window: str, base: str, tone: Tone
) -> None:
    palette = QPalette(QColor(window), QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    colour = tone_colour(tone, palette)
    for background in (window, base):
        assert _contrast(colour, QColor(background)) >= WCAG_AA, (colour.name(), background)
