"""A line chart of progress ratings (0–10) over time, one line per goal, drawn with QPainter
because the Essentials wheel has no QtCharts."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exitdesk.domain import ProgressRating
from exitdesk.ui.participant.labels import format_date
from exitdesk.ui.retranslate import RetranslateMixin

# Colour-blind-safe palette (Okabe–Ito); markers differ too so colour is never the only cue.
SERIES_COLOURS = (
    QColor("#0072B2"),
    QColor("#D55E00"),
    QColor("#009E73"),
    QColor("#CC79A7"),
    QColor("#E69F00"),
    QColor("#56B4E9"),
    QColor("#000000"),
)
_MARGIN_LEFT = 44
_MARGIN_RIGHT = 16
_MARGIN_TOP = 14
_LEGEND_ROW = 18
_MARKER = 4.0


@dataclass(frozen=True)
class Series:
    label: str
    ratings: tuple[ProgressRating, ...]


class ProgressChart(RetranslateMixin, QWidget):
    """Ratings over time per goal: y axis 0–10, x axis dates, a legend below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[Series] = []
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslateUi()

    # -- data ------------------------------------------------------------------------------
    def set_series(self, series: list[Series]) -> None:
        self._series = [s for s in series if s.ratings]
        self._describe()
        self.updateGeometry()
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def point_count(self) -> int:
        return sum(len(s.ratings) for s in self._series)

    def colour_of(self, index: int) -> QColor:
        return SERIES_COLOURS[index % len(SERIES_COLOURS)]

    # -- text ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setAccessibleName(self.tr("Progress chart"))
        self._describe()

    def _describe(self) -> None:
        # Screen readers cannot see lines; the description carries the same data as text.
        if not self._series:
            self.setAccessibleDescription(self.tr("No progress ratings yet."))
            return
        parts = []
        for s in self._series:
            points = ", ".join(
                self.tr("%1: %2 of 10").replace("%1", format_date(r.on)).replace("%2", str(r.score))
                for r in s.ratings
            )
            parts.append(f"{s.label} — {points}")
        self.setAccessibleDescription("; ".join(parts))

    # -- geometry --------------------------------------------------------------------------
    def _date_range(self) -> tuple[date, date]:
        days = [r.on for s in self._series for r in s.ratings]
        first, last = min(days), max(days)
        if first == last:
            # One date would give a zero-width axis; centre it in a week either side.
            first, last = first - timedelta(days=7), last + timedelta(days=7)
        return first, last

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        legend_height = max(1, len(self._series)) * _LEGEND_ROW + 6
        bottom = metrics.height() + 10 + legend_height
        return QRectF(
            _MARGIN_LEFT,
            _MARGIN_TOP,
            max(10, self.width() - _MARGIN_LEFT - _MARGIN_RIGHT),
            max(10, self.height() - _MARGIN_TOP - bottom),
        )

    def point_position(self, series_index: int, rating_index: int) -> QPointF:
        """Where a rating is drawn, in widget coordinates (tests and hit-testing use this)."""
        rating = self._series[series_index].ratings[rating_index]
        plot = self._plot_rect()
        first, last = self._date_range()
        span = (last - first).days
        x = plot.left() + plot.width() * (rating.on - first).days / span
        y = plot.bottom() - plot.height() * rating.score / 10
        return QPointF(x, y)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        if not self._series:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No progress ratings yet.")
            )
            painter.end()
            return
        plot = self._plot_rect()
        self._paint_axes(painter, plot, text)
        for index, s in enumerate(self._series):
            self._paint_series(painter, index, s)
        self._paint_legend(painter, plot, text)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_axes(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        grid = QColor(text)
        grid.setAlpha(40)
        for score in range(0, 11, 2):
            y = plot.bottom() - plot.height() * score / 10
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label_rect = QRectF(0, y - metrics.height() / 2, _MARGIN_LEFT - 6, metrics.height())
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score)
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        first, last = self._date_range()
        y_text = plot.bottom() + 4
        for when, align in (
            (first, Qt.AlignmentFlag.AlignLeft),
            (first + (last - first) / 2, Qt.AlignmentFlag.AlignHCenter),
            (last, Qt.AlignmentFlag.AlignRight),
        ):
            label = format_date(when)
            width = metrics.horizontalAdvance(label) + 4
            x = plot.left() + plot.width() * (when - first).days / (last - first).days
            if align == Qt.AlignmentFlag.AlignLeft:
                left = x
            elif align == Qt.AlignmentFlag.AlignRight:
                left = x - width
            else:
                left = x - width / 2
            painter.drawText(QRectF(left, y_text, width, metrics.height()), align, label)

    def _paint_series(self, painter: QPainter, index: int, s: Series) -> None:
        colour = self.colour_of(index)
        painter.setPen(QPen(colour, 2))
        points = [self.point_position(index, i) for i in range(len(s.ratings))]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for point in points:
            self._paint_marker(painter, index, point)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_marker(self, painter: QPainter, index: int, at: QPointF) -> None:
        box = QRectF(at.x() - _MARKER, at.y() - _MARKER, 2 * _MARKER, 2 * _MARKER)
        if index % 3 == 0:
            painter.drawEllipse(box)
        elif index % 3 == 1:
            painter.drawRect(box)
        else:
            painter.drawPolygon([QPointF(at.x(), box.top()), box.bottomRight(), box.bottomLeft()])

    def _paint_legend(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        top = plot.bottom() + metrics.height() + 10
        for index, s in enumerate(self._series):
            y = top + index * _LEGEND_ROW
            colour = self.colour_of(index)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour)
            self._paint_marker(painter, index, QPointF(plot.left() + 6, y + _LEGEND_ROW / 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text)
            label = metrics.elidedText(s.label, Qt.TextElideMode.ElideRight, int(plot.width()) - 24)
            painter.drawText(
                QRectF(plot.left() + 18, y, plot.width() - 18, _LEGEND_ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
