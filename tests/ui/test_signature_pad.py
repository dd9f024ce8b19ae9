"""The signature pad turns mouse strokes into a PNG and forgets them on clear."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from exitdesk.ui.participant.signature import SignatureDialog, SignaturePad


def _sign(qtbot: QtBot, pad: SignaturePad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 90))
    for x in range(40, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x // 20 % 3) * 20))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(310, 80))


def _dark_pixels(png: bytes) -> int:
    image = QImage.fromData(png)
    assert not image.isNull()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_drawing_gives_a_png_and_clear_empties_it(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty()
    assert pad.png() == b""

    with qtbot.waitSignal(pad.changed):
        _sign(qtbot, pad)
    png = pad.png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert _dark_pixels(png) > 20

    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.png() == b""


def test_a_click_without_a_stroke_is_not_a_signature(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(90, 70))
    # Taps leave dots, not a signature: nothing to accept.
    assert pad.is_empty()
    assert pad.png() == b""


def test_dialog_accepts_only_a_drawn_signature(qtbot: QtBot) -> None:
    dialog = SignatureDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.accept_button
    assert not ok.isEnabled()

    _sign(qtbot, dialog.pad)
    assert ok.isEnabled()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert not ok.isEnabled()

    _sign(qtbot, dialog.pad)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.signature_png.startswith(b"\x89PNG")
