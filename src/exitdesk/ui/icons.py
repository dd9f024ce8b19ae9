"""The app's line icons, drawn in the palette's text colour at paint time, so they keep their
contrast in a dark or high-contrast palette (the SVGs are drawn in one dark ink, #2b3a4a)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

INK = "#2b3a4a"


def icons_dir() -> Path:
    return Path(str(resources.files("exitdesk").joinpath("resources", "icons")))


@cache
def _svg(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def ink_for(mode: QIcon.Mode) -> str:
    """The colour the icon's lines take: the palette's text colour for this mode."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class PaletteIconEngine(QIconEngine):
    """Renders one SVG with its ink replaced by the current palette's colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        text = _svg(self._name).replace(INK, ink_for(mode))
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return image

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at the device's pixel size, so lines stay sharp at 150% and 200%.
        image = self.pixmap(size * scale, mode, state)
        image.setDevicePixelRatio(scale)
        return image

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self._name)

    def key(self) -> str:
        return "exitdesk-palette-svg"

    def iconName(self) -> str:
        return self._name


@cache
def icon(name: str) -> QIcon:
    """An icon from the package resources in the palette's colours; scales cleanly."""
    return QIcon(PaletteIconEngine(name))
