"""The one way the window shows a line of status text (an error, an all-clear or plain
information), in colours derived from the palette so the text stays readable on light and dark
themes alike."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

# WCAG 2 asks 4.5:1 for body text; a little more leaves room for grey and tinted themes.
_TARGET_CONTRAST = 5.0


class Tone(Enum):
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


# The hues people read as "problem" and "all well"; on a light window they are used as they are
# (both pass 6:1 on white and on Qt's light grey), elsewhere made lighter or darker until they
# reach the target contrast.
_HUES = {Tone.ERROR: QColor("#b00020"), Tone.SUCCESS: QColor("#1b5e20")}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 for black, 1 for white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_colour(hue: QColor, backgrounds: Sequence[QColor]) -> QColor:
    """``hue`` itself if it reaches the target contrast on every background; otherwise the same
    hue and saturation made lighter (on dark backgrounds) or darker (on light ones) until it
    does. On a mid grey where no shade gets there, the shade with the most contrast."""

    def worst(colour: QColor) -> float:
        return min(contrast_ratio(colour, background) for background in backgrounds)

    if worst(hue) >= _TARGET_CONTRAST:
        return QColor(hue)
    white, black = QColor("white"), QColor("black")
    towards_light = worst(white) >= worst(black)
    # hslHueF() is -1 for a grey; a grey stays grey.
    hue_f, saturation, lightness = max(hue.hslHueF(), 0.0), hue.hslSaturationF(), hue.lightnessF()
    best = QColor(hue)
    for step in range(1, 101):
        if towards_light:
            shade = lightness + (1.0 - lightness) * step / 100
        else:
            shade = lightness * (1.0 - step / 100)
        candidate = QColor.fromHslF(hue_f, saturation, shade)
        if worst(candidate) > worst(best):
            best = candidate
        if worst(candidate) >= _TARGET_CONTRAST:
            return candidate
    return best


def tone_colour(tone: Tone, palette: QPalette) -> QColor:
    """The text colour for ``tone`` on a widget with ``palette``: the theme's own text colour for
    information, a readable shade of red or green for an error or an all-clear."""
    if tone is Tone.INFO:
        return palette.color(QPalette.ColorRole.WindowText)
    # Labels sit on the window colour, inside lists and scroll areas on the base colour, and
    # on tab and group-box panes that styles paint a shade lighter than the button colour.
    button = palette.color(QPalette.ColorRole.Button)
    backgrounds = (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
        button,
        button.lighter(125),
    )
    return readable_colour(_HUES[tone], backgrounds)


class MessageLabel(QLabel):
    """A label for a message: ``say`` sets the text, what screen readers announce, and a colour
    for its tone; the colour follows the palette when the theme changes."""

    def __init__(self, parent: QWidget | None = None, tone: Tone = Tone.INFO) -> None:
        super().__init__(parent)
        self._tone = tone
        self._applying = False
        self._apply_tone()

    @property
    def tone(self) -> Tone:
        return self._tone

    def set_tone(self, tone: Tone) -> None:
        self._tone = tone
        self._apply_tone()

    def say(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.set_tone(tone)
        self.setText(text)
        self.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        self.say(text, Tone.ERROR)

    def clear(self) -> None:
        super().clear()
        self.setAccessibleName("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_tone()

    def _apply_tone(self) -> None:
        # Setting our own palette sends another PaletteChange; the guard stops the echo.
        if self._applying:
            return
        self._applying = True
        try:
            own = QPalette()  # an empty resolve mask: every role still comes from the parent
            if self._tone is not Tone.INFO:
                own.setColor(QPalette.ColorRole.WindowText, tone_colour(self._tone, self.palette()))
            self.setPalette(own)
        finally:
            self._applying = False
