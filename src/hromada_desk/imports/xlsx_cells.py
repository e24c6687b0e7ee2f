"""A worksheet's cells streamed: values, formulas with their stored results, merged ranges."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from openpyxl.utils import column_index_from_string, get_column_letter

from hromada_desk.domain.parsing import shown
from hromada_desk.imports.xlsx_package import MAIN_NS, Handlers, Package, damaged

MAX_SHARED_STRINGS = 200_000  # a template has two or three per settlement
MAX_TEXT = 32_767  # the most characters Excel keeps in a cell
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384

_COORDINATE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]{1,4})?")
_LONGEST_NUMBER = 400  # digits; Python's int() refuses more than 4,300 on its own

# The elements that matter, in either namespace of the sheet (transitional or strict).
(
    _SHEET_DATA,
    _ROW,
    _CELL,
    _VALUE,
    _FORMULA,
    _INLINE,
    _TEXT,
    _PHONETIC,
    _MERGE,
    _STRING,
    _STRINGS,
    _CELL_FORMATS,
    _FORMAT,
    _NUMBER_FORMAT,
) = range(14)
_TAGS = {
    f"{ns} {tag}": code
    for ns in MAIN_NS
    for tag, code in (
        ("sheetData", _SHEET_DATA),
        ("row", _ROW),
        ("c", _CELL),
        ("v", _VALUE),
        ("f", _FORMULA),
        ("is", _INLINE),
        ("t", _TEXT),
        ("rPh", _PHONETIC),
        ("mergeCell", _MERGE),
        ("si", _STRING),
        ("sst", _STRINGS),
        ("cellXfs", _CELL_FORMATS),
        ("xf", _FORMAT),
        ("numFmt", _NUMBER_FORMAT),
    )
}


class Cell(NamedTuple):
    """A cell's value: text, a number, a boolean, an error («#DIV/0!») as text, or None.
    ``formula``: the value is the result the spreadsheet stored for a formula (None when it
    stored none); ``date``: a number shown as a date."""

    value: str | int | float | bool | None
    formula: bool = False
    date: bool = False


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (row, column)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # min/max col/row
    rows: int = 0  # row elements, however many were kept

    def get(self, row: int, column: int) -> Cell | None:
        return self.cells.get((row, column))

    def value(self, row: int, column: int) -> str | int | float | bool | None:
        cell = self.cells.get((row, column))
        return None if cell is None else cell.value


def coordinate(text: str) -> tuple[int, int] | None:
    """«C7» → (7, 3); None for anything that is not a cell within a sheet's bounds."""
    match = _COORDINATE.fullmatch(text)
    if match is None:
        return None
    letters, digits = match.groups()
    column, row = column_index_from_string(letters.upper()), int(digits)
    return (row, column) if 1 <= row <= MAX_ROW and 1 <= column <= MAX_COLUMN else None


def _number(text: str) -> int | float | str:
    """A stored number; text that is none (or has digits other than 0–9) stays text, to be
    refused by whoever expected a number."""
    text = text.strip()
    if len(text) > _LONGEST_NUMBER:
        return text
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text)
    return text


class _Text:
    """Text of the element being read (while ``active``), refused past Excel's length for a
    cell; ``where`` names the element in that refusal (worked out only then)."""

    def __init__(self, package: Package, where: Callable[[], str]) -> None:
        self.package, self.where = package, where
        self.parts: list[str] = []
        self.length = 0
        self.active = False

    def add(self, data: str) -> None:
        if not self.active:
            return
        self.length += len(data)
        if self.length > MAX_TEXT:
            raise damaged(self.package.path, f"{self.where()}: текст довший за {MAX_TEXT} символів")
        self.parts.append(data)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        self.length = 0
        return text


class _StringsReader:
    """One pass over the shared strings part (phonetic runs left out), refused past
    MAX_SHARED_STRINGS whether the part declares them or holds them."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.strings: list[str] = []
        self.phonetic = 0
        self.text = _Text(package, lambda: f"спільний рядок {len(self.strings)}")
        self.handlers = Handlers(self.start, self.end, self.text.add)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = _TAGS.get(name)
        if tag == _STRINGS:
            for key in ("count", "uniqueCount"):
                declared = attributes.get(key, "")
                if (
                    declared.isascii()
                    and declared.isdigit()
                    and len(declared) < 12
                    and int(declared) > MAX_SHARED_STRINGS
                ):
                    raise _too_many_strings(self.package, int(declared))
        elif tag == _STRING and len(self.strings) >= MAX_SHARED_STRINGS:
            raise _too_many_strings(self.package, len(self.strings) + 1)
        elif tag == _PHONETIC:
            self.phonetic += 1
        elif tag == _TEXT and not self.phonetic:
            self.text.active = True

    def end(self, name: str) -> None:
        tag = _TAGS.get(name)
        self.text.active = False
        if tag == _PHONETIC:
            self.phonetic -= 1
        elif tag == _STRING:
            self.strings.append(self.text.take())


def read_shared_strings(package: Package, part: str | None) -> list[str]:
    """The workbook's shared strings, at most MAX_SHARED_STRINGS of them."""
    if part is None:
        return []
    reader = _StringsReader(package)
    package.parse(part, reader.handlers)
    return reader.strings


def _too_many_strings(package: Package, count: int) -> Exception:
    return damaged(
        package.path, f"у ній {count} спільних рядків, а шаблон має до {MAX_SHARED_STRINGS}"
    )


def read_date_styles(package: Package, part: str | None) -> frozenset[int]:
    """The cell styles that show a number as a date or time (such a number is no count)."""
    if part is None:
        return frozenset()
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    custom: dict[str, str] = {}
    formats: list[str] = []
    inside = {"cell formats": False}

    def start(name: str, attributes: dict[str, str]) -> None:
        tag = _TAGS.get(name)
        if tag == _NUMBER_FORMAT:
            custom[attributes.get("numFmtId", "")] = attributes.get("formatCode", "")
        elif tag == _CELL_FORMATS:
            inside["cell formats"] = True
        elif tag == _FORMAT and inside["cell formats"]:
            formats.append(attributes.get("numFmtId", "0"))

    def end(name: str) -> None:
        if _TAGS.get(name) == _CELL_FORMATS:
            inside["cell formats"] = False

    package.parse(part, Handlers(start, end))
    dates = set()
    for style, number_format in enumerate(formats):
        code = custom.get(number_format)
        if (
            code is None
            and number_format.isascii()
            and number_format.isdigit()
            and len(number_format) < 6
        ):
            code = BUILTIN_FORMATS.get(int(number_format))
        if code and is_date_format(code):
            dates.add(style)
    return frozenset(dates)


class _CellState:
    """The cell being read (one per cell of a big sheet: a plain class with slots)."""

    __slots__ = ("column", "formula", "inline", "kind", "row", "stored", "style")

    def __init__(self, row: int, column: int, kind: str, style: str) -> None:
        self.row, self.column, self.kind, self.style = row, column, kind, style
        self.formula = False
        self.stored: str | None = None  # the text of <v>, when there is one
        self.inline: str | None = None  # the text of <is>, when there is one


class _SheetReader:
    """One pass over a sheet part, keeping the cells of rows 1…``rows`` and columns
    1…``columns``, every merged range, and refusing a sheet of more than ``max_rows`` rows."""

    def __init__(
        self,
        package: Package,
        sheet: Sheet,
        strings: Sequence[str],
        dates: frozenset[int],
        rows: int,
        columns: int,
        max_rows: int,
    ) -> None:
        self.package, self.sheet, self.strings, self.dates = package, sheet, strings, dates
        self.rows, self.columns, self.max_rows = rows, columns, max_rows
        self.in_data = False
        self.row = self.column = 0
        self.skip_row = False
        self.cell: _CellState | None = None
        self.reading: str | None = None  # "stored" or "inline" while their text is read
        self.phonetic = 0
        self.text = _Text(package, self.where_cell)
        self.handlers = Handlers(self.start, self.end, self.text.add)

    def where(self, row: int, column: int) -> str:
        return f"Аркуш «{shown(self.sheet.name)}», {get_column_letter(column)}{row}"

    def where_cell(self) -> str:
        return self.where(self.cell.row, self.cell.column) if self.cell else ""

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = _TAGS.get(name)
        if tag is None:
            return
        cell = self.cell
        if tag == _CELL and self.in_data:  # the commonest first: this runs for every cell
            self.start_cell(attributes)
        elif tag == _VALUE and cell is not None:
            self.reading = "stored"
            self.text.active = True
        elif tag == _ROW and self.in_data:
            self.start_row(attributes.get("r"))
        elif tag == _SHEET_DATA:
            self.in_data = True
        elif tag == _MERGE and not self.in_data:
            self.merge(attributes.get("ref", ""))
        elif cell is None:
            return
        elif tag == _INLINE:
            self.reading = "inline"
        elif tag == _TEXT and self.reading == "inline" and not self.phonetic:
            self.text.active = True
        elif tag == _FORMULA:
            cell.formula = True
        elif tag == _PHONETIC:
            self.phonetic += 1

    def end(self, name: str) -> None:
        tag = _TAGS.get(name)
        if tag is None:
            return
        self.text.active = False
        cell = self.cell
        if cell is None:
            if tag == _SHEET_DATA:
                self.in_data = False
        elif tag == _CELL:
            self.finish(cell)
            self.cell = None
        elif tag == _VALUE and self.reading == "stored":
            cell.stored = self.text.take()
            self.reading = None
        elif tag == _INLINE and self.reading == "inline":
            cell.inline = self.text.take()
            self.reading = None
        elif tag == _PHONETIC:
            self.phonetic -= 1

    def start_row(self, number: str | None) -> None:
        self.sheet.rows += 1
        if self.sheet.rows > self.max_rows:
            raise damaged(
                self.package.path,
                f"аркуш «{shown(self.sheet.name)}» має понад "
                f"{self.max_rows} рядків, а шаблон — менше",
            )
        if number is None:
            self.row += 1
        elif (
            number.isascii()
            and number.isdigit()
            and 1 <= len(number) <= 7
            and 1 <= int(number) <= MAX_ROW
        ):
            self.row = int(number)
        else:
            raise damaged(
                self.package.path,
                f"аркуш «{shown(self.sheet.name)}» має рядок із номером «{shown(number)}»",
            )
        self.column = 0
        self.skip_row = self.row > self.rows  # its cells are not read at all

    def start_cell(self, attributes: dict[str, str]) -> None:
        """The cell to read, or None (``self.cell``) for one outside the rows and columns
        asked for: its value is then not even looked at."""
        self.cell, self.reading, self.phonetic = None, None, 0
        if self.skip_row:
            return
        reference = attributes.get("r")
        if reference is None:
            row, column = self.row, self.column + 1
        else:
            found = coordinate(reference)
            if found is None:
                raise damaged(
                    self.package.path,
                    f"аркуш «{shown(self.sheet.name)}» має клітинку «{shown(reference)}»",
                )
            row, column = found
        self.column = column
        if row <= self.rows and column <= self.columns:
            self.cell = _CellState(row, column, attributes.get("t", "n"), attributes.get("s", "0"))

    def finish(self, cell: _CellState) -> None:
        value: str | int | float | bool | None
        date = False
        stored = cell.stored
        if cell.kind == "inlineStr":
            value = cell.inline
        elif stored is None:
            value = None
        elif cell.kind == "s":
            value = self.shared(stored, cell)
        elif cell.kind == "b":
            value = {"1": True, "0": False, "true": True, "false": False}.get(stored, stored)
        elif cell.kind in ("str", "e"):
            value = stored
        elif cell.kind == "d":
            value, date = stored, True
        elif not stored.strip():
            value = None  # a number cell that stores nothing (a formula not yet worked out)
        else:
            value = _number(stored)
            date = (
                not isinstance(value, str)
                and cell.style.isascii()
                and cell.style.isdigit()
                and len(cell.style) < 7
                and int(cell.style) in self.dates
            )
        if (cell.row, cell.column) in self.sheet.cells:  # or a sheet could make us read
            raise damaged(
                self.package.path,  # one cell a million times
                f"{self.where(cell.row, cell.column)} записано в книзі двічі",
            )
        if value is not None or cell.formula:
            self.sheet.cells[(cell.row, cell.column)] = Cell(value, cell.formula, date)

    def shared(self, stored: str, cell: _CellState) -> str:
        index = stored.strip()
        if not (
            index.isascii()
            and index.isdigit()
            and len(index) < 10
            and int(index) < len(self.strings)
        ):
            raise damaged(
                self.package.path,
                f"{self.where(cell.row, cell.column)} посилається на спільний "
                f"рядок «{shown(stored)}», а їх у книзі {len(self.strings)}",
            )
        return self.strings[int(index)]

    def merge(self, reference: str) -> None:
        corners = [
            found for part in reference.split(":", 1) if (found := coordinate(part)) is not None
        ]
        if not corners or len(corners) != len(reference.split(":", 1)):
            raise damaged(
                self.package.path,
                f"аркуш «{shown(self.sheet.name)}» має об’єднання клітинок «{shown(reference)}»",
            )
        rows, columns = [row for row, _ in corners], [column for _, column in corners]
        self.sheet.merges.append((min(columns), min(rows), max(columns), max(rows)))


def read_sheet(
    package: Package,
    name: str,
    part: str,
    strings: Sequence[str],
    dates: frozenset[int],
    *,
    rows: int,
    columns: int,
    max_rows: int,
) -> Sheet:
    """The cells of rows 1…``rows``, columns 1…``columns`` of sheet ``name`` (its XML
    ``part``) and its merged ranges; a sheet of more than ``max_rows`` rows is refused."""
    sheet = Sheet(name)
    reader = _SheetReader(package, sheet, strings, dates, rows, columns, max_rows)
    package.parse(part, reader.handlers)
    return sheet
