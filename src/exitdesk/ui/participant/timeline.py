"""The lifecycle history drawn as a horizontal timeline: one marker per state change, the state
above it and the date below; the same facts are in the accessible description."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exitdesk.domain import LifecycleState, Participant
from exitdesk.ui.participant.labels import DomainText, format_date, party_name
from exitdesk.ui.retranslate import RetranslateMixin

_ENDED = QColor("#6b6b6b")
_STEP = QColor("#0072B2")
_MARKER = 6.0


@dataclass(frozen=True)
class TimelineEvent:
    state: LifecycleState
    at: datetime | None
    ended_by: str = ""


class LifecycleTimeline(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[TimelineEvent] = []
        self.setMinimumHeight(78)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslateUi()

    def sizeHint(self) -> QSize:
        return QSize(480, 84)

    def set_participant(self, participant: Participant) -> None:
        words = DomainText()
        events: list[TimelineEvent] = []
        # The history records changes; the first state (an enquiry) began when the case opened.
        if not participant.history or participant.history[0].state is not LifecycleState.ENQUIRY:
            events.append(TimelineEvent(LifecycleState.ENQUIRY, participant.created_at))
        for event in participant.history:
            who = ""
            if event.ended_by is not None:
                who = (
                    words.ended_by_participant()
                    if event.ended_by.participant
                    else party_name(event.ended_by.party_id or "")
                )
            events.append(TimelineEvent(event.state, event.at, who))
        self._events = events
        self._describe()
        self.update()

    def events(self) -> list[TimelineEvent]:
        return list(self._events)

    def retranslateUi(self) -> None:
        self.setAccessibleName(self.tr("Lifecycle timeline"))
        self._describe()

    def _label(self, event: TimelineEvent) -> str:
        state = DomainText().state(event.state)
        if event.ended_by:
            return self.tr("%1 by %2").replace("%1", state).replace("%2", event.ended_by)
        return state

    def _describe(self) -> None:
        self.setAccessibleDescription(
            "; ".join(f"{self._label(e)} {format_date(e.at)}".strip() for e in self._events)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        metrics = QFontMetrics(self.font())
        count = len(self._events)
        if count:
            left, right = 40.0, self.width() - 40.0
            y = self.height() / 2
            painter.setPen(QPen(text, 2))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            step = (right - left) / max(1, count - 1)
            slot = max(40.0, step)
            for index, item in enumerate(self._events):
                x = left + step * index if count > 1 else (left + right) / 2
                colour = _ENDED if item.state is LifecycleState.ENDED else _STEP
                painter.setPen(QPen(colour, 2))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x, y), _MARKER, _MARKER)
                painter.setPen(text)
                label = metrics.elidedText(self._label(item), Qt.TextElideMode.ElideRight,
                                           int(slot))  # fmt: skip
                box = QRectF(x - slot / 2, y - _MARKER - 4 - metrics.height(), slot,
                             metrics.height())  # fmt: skip
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
                box = QRectF(x - slot / 2, y + _MARKER + 4, slot, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, format_date(item.at))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
