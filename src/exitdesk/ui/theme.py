"""The window's colour scheme: the system's, light, dark or high contrast. Chosen in Settings,
applied to the whole application at once; icons follow through ``ui.icons``."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from exitdesk.domain.messages import QT_TRANSLATE_NOOP

THEMES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Theme", "As the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}

_Role = QPalette.ColorRole
# window, base, alternate base, text, button, highlight, highlighted text, link
_SCHEMES: dict[str, tuple[str, ...]] = {
    "light": (
        "#f4f5f7", "#ffffff", "#eef1f5", "#1b1f24", "#e9ecf0", "#1f5f8b", "#ffffff", "#1f5f8b",
    ),
    "dark": (
        "#202328", "#17191d", "#24282e", "#e8eaed", "#2d3137", "#4a90c8", "#0b0c0e", "#8ab4f8",
    ),
    "high_contrast": (
        "#000000", "#000000", "#101010", "#ffffff", "#000000", "#ffd400", "#000000", "#ffd400",
    ),
}  # fmt: skip

# The platform's own palette and style, kept from before the first switch.
_system: dict[int, tuple[QPalette, str]] = {}


def palette_for(name: str) -> QPalette | None:
    """The palette of a scheme; None for "system" (the platform's own)."""
    colours = _SCHEMES.get(name)
    if colours is None:
        return None
    window, base, alternate, text, button, highlight, highlighted, link = map(QColor, colours)
    palette = QPalette()
    for role, colour in (
        (_Role.Window, window), (_Role.WindowText, text), (_Role.Base, base),
        (_Role.AlternateBase, alternate), (_Role.Text, text), (_Role.Button, button),
        (_Role.ButtonText, text), (_Role.Highlight, highlight),
        (_Role.HighlightedText, highlighted), (_Role.Link, link), (_Role.ToolTipBase, base),
        (_Role.ToolTipText, text), (_Role.PlaceholderText, text.darker(140)),
    ):  # fmt: skip
        palette.setColor(role, colour)
    disabled = QColor(text)
    disabled.setAlpha(150 if name != "high_contrast" else 200)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(name: str, app: QApplication | None = None) -> None:
    """Switch the whole application's colours; "system" gives back the platform's palette."""
    current = app or QApplication.instance()
    if not isinstance(current, QApplication):
        return
    key = id(current)
    if key not in _system:
        _system[key] = (QPalette(current.palette()), current.style().name())
    original_palette, original_style = _system[key]
    chosen = palette_for(name)
    if chosen is None:
        current.setStyle(QStyleFactory.create(original_style))
        current.setPalette(original_palette)
        return
    # Native styles (Windows, macOS) ignore much of a palette; Fusion draws with all of it.
    current.setStyle(QStyleFactory.create("Fusion"))
    current.setPalette(chosen)
