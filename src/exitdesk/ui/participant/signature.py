"""An on-screen signature: a pad the participant signs with mouse or pen, and a small dialog
around it with clear and accept."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from exitdesk.ui.retranslate import RetranslateMixin

_INK = QColor(20, 20, 60)
_PEN_WIDTH = 2.5
_MIN_STROKE = 4.0


class SignaturePad(RetranslateMixin, QWidget):
    """Collects strokes as painter paths; ``png()`` gives the signature on white, or ``b""``
    when nothing was drawn."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setMinimumSize(QSize(360, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(Qt.GlobalColor.white))
        self.setPalette(palette)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Sign here with the mouse, a pen or a finger. Use Clear to start again.")
        )

    # -- state -----------------------------------------------------------------------------
    def is_empty(self) -> bool:
        # A tap leaves a dot, not a signature: only strokes that travel a little count.
        def travels(path: QPainterPath) -> bool:
            box = path.boundingRect()
            return box.width() + box.height() > _MIN_STROKE

        return not any(travels(path) for path in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def png(self) -> bytes:
        if self.is_empty():
            return b""
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.12 accepts only a str format at run time, though its stubs say bytes.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    # -- input -----------------------------------------------------------------------------
    def _begin(self, point: QPointF) -> None:
        self._current = QPainterPath(point)
        self._strokes.append(self._current)

    def _extend(self, point: QPointF) -> None:
        if self._current is None:
            return
        self._current.lineTo(point)
        self.update()

    def _finish(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._finish()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # A pen reports tablet events first; handling them keeps the stroke at the pen's full
        # resolution instead of the synthesised mouse events.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._finish()
        event.accept()

    # -- drawing ---------------------------------------------------------------------------
    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(_INK, _PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._strokes:
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # A baseline shows where to sign, as on paper.
        painter.setPen(QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        self._paint_strokes(painter)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()


class SignatureDialog(RetranslateMixin, QDialog):
    """Lets the participant sign; ``signature_png`` holds the PNG once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signature_png = b""
        self.pad = SignaturePad(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Our own accept button: the box resets a standard button's text on a language change.
        self.accept_button = QPushButton(self)
        self.accept_button.setDefault(True)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("On-screen signature"))
        self.hint.setText(self.tr("Ask the participant to sign in the white area."))
        self.clear_button.setText(self.tr("C&lear"))
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.accept_button.setText(self.tr("&Accept signature"))

    def _update_ok(self) -> None:
        self.accept_button.setEnabled(not self.pad.is_empty())

    def accept(self) -> None:
        self.signature_png = self.pad.png()
        if not self.signature_png:
            return
        super().accept()
