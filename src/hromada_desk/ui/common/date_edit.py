"""A date field that takes a date typed as on paper: «15.11.2026» as well as «15112026»."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR

DATE_FORMAT = "dd.MM.yyyy"
SEPARATORS = frozenset("./-,")


class DateEdit(QDateEdit):
    """QDateEdit in dd.MM.yyyy with a calendar. Qt moves to the next part of the date by
    itself once a day or month is complete, and moves again on the dot typed after it: so
    «15.11.2026» lands the month in the year. Here a dot that follows such a move is the one
    the person meant, and is taken as done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self._moved_by_itself = False

    def validate(self, text: str, pos: int) -> Any:
        """Qt's check of the text, and a date pasted as documents and spreadsheets give it,
        which Qt refuses without a word: a cell's «30.06.2023» and its line break,
        «30.06.2023 року», «30 червня 2023 року» become «30.06.2023»."""
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state != QValidator.State.Invalid:
            return result
        from hromada_desk.domain.deadlines import pasted_day

        day = pasted_day(text)
        if day is None:
            return result
        date = QDate(day.year, day.month, day.day)
        if not self.minimumDate() <= date <= self.maximumDate():
            return result
        shown = date.toString(self.displayFormat())
        return (QValidator.State.Acceptable, shown, len(shown))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in SEPARATORS and text and self._moved_by_itself:
            self._moved_by_itself = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSection() != section
