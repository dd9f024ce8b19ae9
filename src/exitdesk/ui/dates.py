"""How the window shows and takes dates: the language's own format with a four-digit year (ISO
8601 for English, which has no one Nordic convention), weeks from the locale's first day, and
calendars that open at today rather than at the minimum date."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from exitdesk.ui.retranslate import RetranslateMixin

ISO_FORMAT = "yyyy-MM-dd"


def _english(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.English


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year widened to four digits; ISO for English
    (en_US's M/d/yy reads 03/04/26 three ways) and where the locale gives no year at all."""
    chosen = locale if locale is not None else QLocale()
    if _english(chosen):
        return ISO_FORMAT
    pattern = chosen.dateFormat(QLocale.FormatType.ShortFormat)
    if "y" not in pattern:
        return ISO_FORMAT
    return re.sub(r"y+", "yyyy", pattern)


def first_day_of_week(locale: QLocale | None = None) -> Qt.DayOfWeek:
    """Monday for English (ISO 8601, as in Finland and Sweden), else the locale's own."""
    chosen = locale if locale is not None else QLocale()
    return Qt.DayOfWeek.Monday if _english(chosen) else chosen.firstDayOfWeek()


def format_day(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


class DateEdit(RetranslateMixin, QDateEdit):
    """A date field with a calendar pop-up that follows the language (format and first day of
    the week) and whose calendar opens at today when the field holds its "no date" minimum."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._watched: list[QWidget] = []
        self._advanced = False
        self.setCalendarPopup(True)
        self._apply_locale()

    def set_today(self, today: date) -> None:
        self._today = today

    def _today_q(self) -> QDate:
        if self._today is None:
            return QDate.currentDate()
        return QDate(self._today.year, self._today.month, self._today.day)

    def _apply_locale(self) -> None:
        self.setLocale(QLocale())
        self.setDisplayFormat(date_format())
        calendar = self.calendarWidget()
        if calendar is not None:
            calendar.setLocale(QLocale())
            calendar.setFirstDayOfWeek(first_day_of_week())
            if calendar not in self._watched:
                self._watched.append(calendar)
                calendar.installEventFilter(self)

    def retranslateUi(self) -> None:
        self._apply_locale()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt moves to the next part by itself once a part is complete (a four-digit year, a
        # day of 4); the separator typed next would skip a whole part ("2031-05-04" became
        # 2031-03-05). A separator right after such a move is the one the worker meant.
        text = event.text()
        if self._advanced and text and not text.isdigit() and text.isprintable():
            self._advanced = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt shows the pop-up at the field's date; a "no date" field would open in 2000.
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget():
            shown = self._today_q() if self.date() == self.minimumDate() else self.date()
            self.calendarWidget().setCurrentPage(shown.year(), shown.month())
        return super().eventFilter(watched, event)
