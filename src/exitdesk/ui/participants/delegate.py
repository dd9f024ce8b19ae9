"""How the participants table marks what needs attention: an overdue review and a critical
level say so in words and bold type (not by colour alone), the urgent icon keeps a white edge
on a selected row, and a cell cut short shows its whole text as a tooltip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from exitdesk.domain import SafetyLevel
from exitdesk.domain.views import ParticipantSummary
from exitdesk.ui.participants.model import Column, ParticipantRole
from exitdesk.ui.widgets import icons_dir

AnyIndex = QModelIndex | QPersistentModelIndex
# Dark enough on white and on the light alternate rows (contrast above 4.5:1).
ATTENTION = QColor("#a31515")


@cache
def _selected_warning() -> QIcon:
    """The urgent icon with a white edge, drawn as it is in the selected state too (Qt would
    otherwise tint it with the selection colour)."""
    path = str(icons_dir() / "warning-selected.svg")
    result = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        result.addFile(path, QSize(), mode)
    return result


class ParticipantDelegate(QStyledItemDelegate):
    """``today`` is the session's clock, so an overdue review is judged by the vault's date."""

    def __init__(self, today: Callable[[], date | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def overdue(self, item: ParticipantSummary) -> bool:
        today = self._today()
        return today is not None and item.next_review is not None and item.next_review < today

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        item = index.data(ParticipantRole.SUMMARY)
        if not isinstance(item, ParticipantSummary):
            return
        column = index.column()
        attention = False
        if column == Column.NEXT_REVIEW and self.overdue(item):
            option.text = self.tr("{date} (overdue)").format(date=option.text)
            attention = True
        elif column == Column.SAFETY and item.safety_level is SafetyLevel.CRITICAL:
            option.text = self.tr("{level} (!)").format(level=option.text)
            attention = True
        if attention:
            option.font.setBold(True)
            if not option.state & QStyle.StateFlag.State_Selected:
                option.palette.setColor(QPalette.ColorRole.Text, ATTENTION)
        if (
            column == Column.ALIAS
            and item.urgent
            and option.state & QStyle.StateFlag.State_Selected
        ):
            # The red triangle alone melts into a selection colour; this one has a white edge.
            option.icon = _selected_warning()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = self.tooltip(option, index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)

    def tooltip(self, option: QStyleOptionViewItem, index: AnyIndex) -> str:
        """The model's own tooltip, else the whole text when the cell cuts it short."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        if styled.text and self.sizeHint(styled, index).width() > option.rect.width():
            return f"{own}: {styled.text}" if own else styled.text
        return str(own) if own else ""
