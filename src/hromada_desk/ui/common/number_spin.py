"""A spin box for whole numbers that shows them by the one rule of domain.numbers (7130,
10 000): the same digits as the documents and the text beside it."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from hromada_desk.domain.numbers import GROUP_SEPARATOR, format_number
from hromada_desk.domain.parsing import WholeNumberError, parse_figure

_SPACES = (" ", GROUP_SEPARATOR, "\u202f")


class NumberSpinBox(QSpinBox):
    """QSpinBox showing «10 000» (a no-break space from five digits on) and reading a number
    typed with or without spaces, or pasted from a spreadsheet («40,00» of a «Number» cell,
    with the cell's line break)."""

    def textFromValue(self, value: int) -> str:
        return format_number(value)

    def valueFromText(self, text: str) -> int:
        digits = self._digits(text)
        return int(digits) if digits.lstrip("-").isdigit() else self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        digits = self._digits(text)
        if digits in ("", "-"):
            return QValidator.State.Intermediate, text, position
        if not digits.lstrip("-").isdigit():
            return self._pasted(text, position)
        inside = self.minimum() <= int(digits) <= self.maximum()
        return (
            QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
            text,
            position,
        )

    def _pasted(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        """A figure as a spreadsheet copies it (``parsing.parse_figure``), shown as this box
        shows it; anything else is refused."""
        inner = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        try:
            number = parse_figure(inner, max(self.maximum(), 0))
        except WholeNumberError:
            number = None
        if number is None:
            return QValidator.State.Invalid, text, position
        shown = self.prefix() + self.textFromValue(number) + self.suffix()
        inside = self.minimum() <= number <= self.maximum()
        state = QValidator.State.Acceptable if inside else QValidator.State.Intermediate
        return state, shown, len(shown)

    def _digits(self, text: str) -> str:
        text = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        for space in _SPACES:
            text = text.replace(space, "")
        return text.strip()
