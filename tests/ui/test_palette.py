"""Issue 14, finding 10: in a dark or high-contrast palette every icon keeps its contrast (the
line icons are drawn in the palette's text colour), Settings offers the colour schemes, and the
message boxes use the app's own icons instead of the platform's stock ones."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import exitdesk.ui
from exitdesk.domain import DataCategory
from exitdesk.ui.exchange.export_wizard import CategoriesPage, Scope
from exitdesk.ui.i18n import Translations
from exitdesk.ui.icons import icon, icons_dir
from exitdesk.ui.settings import THEME, Settings
from exitdesk.ui.settings_dialog import SettingsPanel
from exitdesk.ui.theme import THEMES, apply_theme
from exitdesk.ui.widgets import show_error

# WCAG's minimum for graphics a user must see (1.4.11, non-text contrast).
MIN_CONTRAST = 3.0


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def best_contrast(picture: QIcon, background: QColor) -> float:
    """The strongest contrast any opaque part of the icon has against the background."""
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    picture.paint(painter, QRect(0, 0, 48, 48), Qt.AlignmentFlag.AlignCenter)
    painter.end()
    return max(
        contrast(QColor(image.pixel(x, y)), background) for x in range(48) for y in range(48)
    )


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("system")


ICONS = sorted(p.stem for p in icons_dir().glob("*.svg"))


@pytest.mark.parametrize("scheme", ["dark", "high_contrast", "light"])
def test_every_icon_renders_with_contrast(themed: None, scheme: str) -> None:
    apply_theme(scheme)
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    weak = {name: round(best_contrast(icon(name), background), 2) for name in ICONS}
    weak = {name: value for name, value in weak.items() if value < MIN_CONTRAST}
    assert not weak, f"icons without contrast on {background.name()}: {weak}"


def test_settings_offer_the_colour_schemes_and_apply_them(
    qtbot: QtBot, themed: None, settings: Settings, translations: Translations
) -> None:
    panel = SettingsPanel(settings, translations)
    qtbot.addWidget(panel)
    codes = [panel.theme.itemData(i) for i in range(panel.theme.count())]
    assert codes == list(THEMES) == ["system", "light", "dark", "high_contrast"]
    panel.theme.setCurrentIndex(codes.index("dark"))
    assert settings.get(THEME) == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    panel.theme.setCurrentIndex(codes.index("high_contrast"))
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")


def test_error_boxes_use_the_apps_own_warning_icon(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, ValueError("x"))
    boxes = [w for w in parent.findChildren(QMessageBox)]
    assert boxes
    box = boxes[0]
    assert box.icon() == QMessageBox.Icon.NoIcon  # not the platform's stock icon
    assert not box.iconPixmap().isNull()
    box.close()


@pytest.mark.parametrize("scheme", sorted(THEMES))
def test_why_an_export_category_is_refused_is_readable_in_every_scheme(
    qtbot: QtBot, themed: None, scheme: str
) -> None:
    apply_theme(scheme)
    page = CategoriesPage()
    qtbot.addWidget(page)
    refused = "consent 7 does not cover identity for Bertta Laine"
    page.set_scope(Scope({DataCategory.IDENTITY: refused}, None))
    page.show()
    reason = page.reasons[DataCategory.IDENTITY]
    reason.ensurePolished()
    text = reason.palette().color(QPalette.ColorRole.WindowText)
    window = page.palette().color(QPalette.ColorRole.Window)
    # WCAG's minimum for body text (1.4.3).
    assert contrast(text, window) >= 4.5, (text.name(), window.name())


def test_no_style_sheet_fixes_a_text_colour_without_its_background() -> None:
    """A fixed text colour on the theme's background is unreadable in one of the schemes (a
    dark grey on the dark window): a style sheet that sets ``color`` sets its background too."""
    offenders = []
    for path in sorted((Path(exitdesk.ui.__file__).parent).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setStyleSheet"
            ):
                continue
            text = " ".join(
                n.value
                for n in ast.walk(node)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            )
            if re.search(r"(?<![-\w])color\s*:", text) and "background" not in text:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
