"""What table cells and small fields accept and give: counts, decimals, clipboard blocks,
settlement kinds, and the warning icon the tables mark a cell with."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeAlias

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hromada_desk.domain.parsing import (
    WHOLE_PATTERN,
    NumberProblem,
    WholeNumberError,
    parse_figure,
)
from hromada_desk.domain.records import MAX_POPULATION, SettlementKind
from hromada_desk.ui.common.i18n import fill

Index: TypeAlias = QModelIndex | QPersistentModelIndex

# -- whole numbers ---------------------------------------------------------------------------

# Spaces people and spreadsheets put between thousands: normal, no-break, narrow, thin.
_SPACES = re.compile("[ \u00a0\u202f\u2009]")
_DECIMAL = re.compile(rf"{WHOLE_PATTERN}(?:[.,][0-9]+)?")
# What is wrong with a refused count (the domain's reasons, named for the tables).
CountProblem = NumberProblem


class CellError(ValueError):
    """Text a cell or field cannot take; ``str()`` says why, for a person."""


class CountInputError(CellError):
    """Text that is not a whole number from 0 to ``maximum``; ``problem`` says what is wrong,
    so that a table can word it its own way."""

    def __init__(
        self, text: str, maximum: int, problem: CountProblem = CountProblem.NOT_WHOLE
    ) -> None:
        super().__init__(text)
        self.text, self.maximum, self.problem = text, maximum, problem

    @property
    def too_large(self) -> bool:
        return self.problem is CountProblem.TOO_LARGE

    def describe(self) -> str:
        """Why the text was refused, for a message line."""
        if self.too_large:
            return fill(
                QCoreApplication.translate(
                    "CountInput", "“%1” is too large: the largest number accepted is %2."
                ),
                self.text.strip(),
                self.maximum,
            )
        return fill(
            QCoreApplication.translate("CountInput", "“%1” is not a whole number of 0 or more."),
            self.text.strip(),
        )

    def __str__(self) -> str:
        return self.describe()


def parse_count(text: str, maximum: int = MAX_POPULATION) -> int | None:
    """A whole number from 0 to ``maximum`` from typed or pasted text, as
    ``domain.parsing.parse_figure`` reads it («1 762», «1 762,00» from a spreadsheet);
    refusals raise CountInputError."""
    try:
        return parse_figure(text, maximum)
    except WholeNumberError as exc:
        raise CountInputError(text, maximum, exc.problem) from None


# -- decimals --------------------------------------------------------------------------------


def parse_decimal(text: str, maximum: float) -> float | None:
    """A number from 0 to ``maximum`` with a decimal comma or point: «12,5» → 12.5, empty text
    → None. Anything else (signs, words, exponents, more than ``maximum``) raises ValueError;
    the caller says which field it was."""
    stripped = text.strip()
    if not stripped:
        return None
    if not _DECIMAL.fullmatch(stripped):
        raise ValueError(stripped)
    value = float(_SPACES.sub("", stripped).replace(",", "."))
    if value > maximum:
        raise ValueError(stripped)
    return value


def format_decimal(value: float | None) -> str:
    """A stored decimal as a field shows it for editing: «12,5», «30»; None → empty. Exact,
    so that saving an untouched field writes the same number back."""
    if value is None:
        return ""
    text = format(Decimal(repr(value)).normalize(), "f")
    return text.replace(".", ",")


# -- clipboard blocks ------------------------------------------------------------------------


# A cell as Excel, LibreOffice and Google Sheets copy one that holds a line break (a title
# wrapped with Alt+Enter): in quotes, a quote inside it doubled, ended by a tab, a line's end
# or the end of the text.
_QUOTED_CELL = re.compile(r'"((?:[^"]|"")*)"(?=[\t\n]|\Z)')
_PLAIN_CELL = re.compile(r"[^\t\n]*")


def parse_block(text: str) -> list[list[str]]:
    """Tab-separated text from Excel or LibreOffice: rows by newline, cells by tab; the
    newline Excel puts after the last row is not an extra row.

    A quoted cell that holds a line break, a tab or a doubled quote is one cell, unquoted
    («"Чисельність\nнаселення"» is a title over one column, not two rows): that is how a
    spreadsheet copies such a cell. Any other quote is the cell's own text («"Нива"» stays
    as typed)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rows: list[list[str]] = []
    row: list[str] = []
    at = 0
    while True:
        quoted = _QUOTED_CELL.match(text, at) if text.startswith('"', at) else None
        if quoted is not None and any(mark in quoted[1] for mark in ("\n", "\t", '""')):
            row.append(quoted[1].replace('""', '"'))
            at = quoted.end()
        else:
            plain = _PLAIN_CELL.match(text, at)
            assert plain is not None  # it matches the empty text too
            row.append(plain[0])
            at = plain.end()
        if at < len(text) and text[at] == "\t":
            at += 1
            continue
        rows.append(row)
        row = []
        if at >= len(text) - 1:  # the end, or the newline after the last row
            break
        at += 1
    return rows


def format_block(cells: Mapping[tuple[int, int], str]) -> str:
    """Cells by (row, column) as tab-separated rows of the block they span, as Excel pastes
    them; a cell of the block that is not given is empty."""
    if not cells:
        return ""
    rows = [row for row, _column in cells]
    columns = [column for _row, column in cells]
    return "\n".join(
        "\t".join(cells.get((row, column), "") for column in range(min(columns), max(columns) + 1))
        for row in range(min(rows), max(rows) + 1)
    )


# -- settlement kinds ------------------------------------------------------------------------

# The usual order of a council's list: villages are most of it.
KINDS = (SettlementKind.VILLAGE, SettlementKind.SETTLEMENT, SettlementKind.CITY)


def kind_label(kind: SettlementKind) -> str:
    """The kind as the interface names it (documents use ``kind.label``)."""
    return {
        SettlementKind.VILLAGE: QCoreApplication.translate("SettlementKind", "village"),
        SettlementKind.SETTLEMENT: QCoreApplication.translate("SettlementKind", "settlement"),
        SettlementKind.CITY: QCoreApplication.translate("SettlementKind", "city"),
    }[kind]


def fill_kind_combo(combo: QComboBox) -> None:
    """The three kinds, each item's data the kind's value («village»)."""
    for kind in KINDS:
        combo.addItem(kind_label(kind), kind.value)


class KindDelegate(QStyledItemDelegate):
    """Edits a settlement's kind with a list of the three kinds. The model's edit value may be
    the kind's value («village») or its label; the editor writes back the value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        fill_kind_combo(combo)
        header = index.model().headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        if isinstance(header, str):
            combo.setAccessibleName(header)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(value)
            if found < 0:
                found = editor.findText(str(value))
            editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# -- icons -----------------------------------------------------------------------------------

# The style's icons, made once per style: a grid asks for one per marked cell it paints.
_ICONS: dict[tuple[str, QStyle.StandardPixmap], QIcon] = {}


def _standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    key = (style.name(), pixmap)
    icon = _ICONS.get(key)
    if icon is None:
        icon = _ICONS[key] = style.standardIcon(pixmap)
    return icon


def warning_icon() -> QIcon:
    return _standard_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def error_icon() -> QIcon:
    return _standard_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
