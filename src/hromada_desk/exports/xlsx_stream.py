"""Worksheets written out row by row while they are filled, so that a workbook of any length
takes the memory of one row (the rayon's consolidation of hundreds of community files).

``StreamedSheet`` is an openpyxl worksheet whose cells are light records: a row is turned
into XML as soon as a later row is begun, and only its text is kept (in a temporary file once
it grows). Everything but the rows (columns, panes, merged cells, print setup) stays
openpyxl's own. ``save`` writes the workbook as ``Workbook.save`` does; each sheet's XML is
byte for byte what openpyxl (with lxml, as installed with python-docx) writes for the same
cells, styles and rows: the tests compare the two.

What it asks of the caller: fill the rows in order (any order within a row); set a row's
height while the row is being filled; give the column widths before rows are fitted to
their wrapped text (``fit``); put every sheet of the workbook through it (the style ids are
given as rows are written, where openpyxl gives them when it saves). Values are numbers,
text or None; formulas and dates are refused. A row given whole (``write_row``, through
``xlsx.put_row``) is written at once, without a cell object for each of its values.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import shutil
import tempfile
import weakref
from collections.abc import Callable, Sequence
from io import BytesIO
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

# Rows are kept in memory up to this many bytes of XML, then in a temporary file.
SPOOL_BYTES = 256 * 1024
# How many cells' style steps a sheet keeps to know them again by their tuple alone.
_STEPS_KEPT = 256
# openpyxl cuts longer text to this length (Cell.check_string).
_MAX_TEXT = 32767

# A row's height from its cells, (column, value, alignment) each, left to right.
RowHeight = Callable[[Sequence[tuple[int, Any, Any]]], float | None]
# A cell of a row written at once (``StreamedSheet.write_row``): its value and its styles.
RowCell = tuple[Any, tuple[Any, ...], Any]


class LightCell:
    """What a cell of a streamed sheet was given: its value and, in order, its styles.

    The value is checked when the row is written: text (cut to openpyxl's length, without
    the control characters it refuses), a number or None. Text set through ``xlsx.put`` is
    text whatever it starts with; text set directly and starting with «=» would be a
    formula, which a streamed sheet refuses."""

    __slots__ = ("_alignment", "column", "row", "steps", "text", "value")

    def __init__(
        self,
        row: int,
        column: int,
        value: Any = None,
        text: bool = False,
        steps: tuple[Any, ...] = (),
        alignment: Any = None,
    ) -> None:
        self.row, self.column, self.value, self.text = row, column, value, text
        self.steps = steps  # name, object, name, object… in the order given
        self._alignment = alignment

    def _last(self, name: str) -> Any:
        steps = self.steps
        for i in range(len(steps) - 2, -1, -2):
            if steps[i] == name:
                return steps[i + 1]
        return None

    @property
    def number_format(self) -> Any:
        return self._last("number_format")

    @number_format.setter
    def number_format(self, value: Any) -> None:
        self.steps += ("number_format", value)

    @property
    def font(self) -> Any:
        return self._last("font")

    @font.setter
    def font(self, value: Any) -> None:
        self.steps += ("font", value)

    @property
    def alignment(self) -> Any:
        return self._alignment

    @alignment.setter
    def alignment(self, value: Any) -> None:
        self._alignment = value
        self.steps += ("alignment", value)

    @property
    def border(self) -> Any:
        return self._last("border")

    @border.setter
    def border(self, value: Any) -> None:
        self.steps += ("border", value)

    @property
    def fill(self) -> Any:
        return self._last("fill")

    @fill.setter
    def fill(self, value: Any) -> None:
        self.steps += ("fill", value)

    @property
    def data_type(self) -> str:
        """openpyxl's: «s» text, «n» a number or nothing (what else there is is refused)."""
        return _data_type(self.value, self.text)

    @data_type.setter
    def data_type(self, value: str) -> None:
        if value != "s":
            raise ValueError(f"a streamed sheet sets no data type but text, not {value!r}")
        self.text = True


class _Style:
    """A style as a streamed sheet met it: openpyxl's style array, the objects it was made
    of (kept, so that their ids in its key stay theirs), its attribute once written."""

    __slots__ = ("array", "attribute", "objects", "styled")

    def __init__(self, array: StyleArray, objects: list[Any]) -> None:
        self.array, self.objects = array, objects
        self.styled = any(array)
        self.attribute: bytes | None = None


class StreamedSheet(Worksheet):
    """A worksheet written out a row at a time (see the module's description)."""

    def __init__(self, parent: Workbook, title: str | None = None) -> None:
        super().__init__(parent, title)
        # closed once written into the workbook, or when the sheet goes (an export that
        # failed half-way)
        self._rows: IO[bytes] = tempfile.SpooledTemporaryFile(SPOOL_BYTES)  # noqa: SIM115
        weakref.finalize(self, self._rows.close)
        self._open_row: dict[int, LightCell] = {}
        self._open_index = 0  # the row being filled; those before it are written
        self._bounds: list[int] | None = None  # min row, min column, max row, max column
        self._fit_from: int | None = None
        self._fit_to: int | None = None
        self._row_height: RowHeight | None = None
        self._written = 0  # the last row written
        self._styles: dict[tuple[int, ...], _Style] = {}  # by the ids of the style steps
        self._by_steps: dict[int, tuple[tuple[Any, ...], _Style]] = {}  # by the steps' id
        self._row_attributes: dict[float, bytes] = {}
        self._letters: dict[int, bytes] = {}
        self._scratch: Any = None  # an openpyxl cell that makes the style arrays

    # -- filling -------------------------------------------------------------------------
    def cell(self, row: int, column: int, value: Any = None) -> LightCell:
        if row != self._open_index:
            self._begin(row)
        cell = self._open_row.get(column)
        if cell is None:
            if column < 1:
                raise ValueError("Row or column values must be at least 1")
            cell = self._open_row[column] = LightCell(row, column)
        if value is not None:
            cell.value = value
        return cell

    def put(
        self, row: int, column: int, value: Any, steps: tuple[Any, ...], alignment: Any
    ) -> LightCell:
        """A cell given its value (text stays text) and its styles (``LightCell.steps``,
        ``alignment`` the last among them) at once: ``xlsx.put``'s way in, the one each of
        a consolidation's cells takes."""
        if row != self._open_index:
            self._begin(row)
        cells = self._open_row
        cell = cells.get(column)
        text = isinstance(value, str)
        if text:
            value = value[:_MAX_TEXT]
        if cell is None and column >= 1:
            cell = cells[column] = LightCell(row, column, value, text, steps, alignment)
            return cell
        cell = self.cell(row, column)  # filled again (or refused)
        cell.value, cell.text = value, text
        cell.steps += steps
        cell._alignment = alignment
        return cell

    def write_row(self, row: int, start: int, cells: Sequence[RowCell]) -> None:
        """A whole row at once: ``cells`` (value, steps, alignment, as ``put`` takes them)
        from column ``start`` on, written as ``put`` one by one would write them, without a
        cell object each (the rows of a consolidation of hundreds of files). The row is then
        written: nothing more can be put into it."""
        if row < self._open_index or (row == self._open_index and self._open_row):
            for column, (value, steps, alignment) in enumerate(cells, start):
                self.put(row, column, value, steps, alignment)
            return
        if start < 1:
            raise ValueError("Row or column values must be at least 1")
        self._write_open_row()
        self._open_row = {}
        if not cells:
            self._open_index = row
            return
        by_steps, entries, column = self._by_steps, [], start
        for value, steps, alignment in cells:  # styles made in the order of the cells
            seen = by_steps.get(id(steps))
            style = seen[1] if seen is not None and seen[0] is steps else self._style_of(steps)
            entries.append((column, value, style, True, alignment))
            column += 1
        self._write(row, entries)
        self._open_index = row + 1

    def _begin(self, row: int) -> None:
        if row < self._open_index:
            raise ValueError(f"row {row} of a streamed sheet is already written")
        self._write_open_row()
        self._open_index = row

    def merge_cells(
        self,
        range_string: str | None = None,
        start_row: int | None = None,
        start_column: int | None = None,
        end_row: int | None = None,
        end_column: int | None = None,
    ) -> None:
        """As openpyxl records it (its merged cells hold nothing and are not written)."""
        merged = CellRange(
            range_string,
            min_col=start_column,
            min_row=start_row,
            max_col=end_column,
            max_row=end_row,
        )
        if merged.min_row < self._open_index:
            raise ValueError(f"rows of {merged.coord} are already written")
        self.cell(merged.min_row, merged.min_col)
        self.merged_cells.add(merged)
        self._extend(merged.min_row, merged.min_col, merged.max_row, merged.max_col)

    def fit(self, first_row: int, row_height: RowHeight) -> None:
        """Rows from ``first_row`` on, until ``end_fit``, get the height ``row_height``
        gives them (None: their own), as openpyxl's rows fitted once written: those left
        empty in between are written, as going through the rows makes them."""
        if first_row < self._open_index:
            raise ValueError(f"row {first_row} of a streamed sheet is already written")
        self._fit_from, self._fit_to, self._row_height = first_row, None, row_height

    def end_fit(self) -> None:
        """The rows fitted end with the last row begun so far."""
        last = self._bounds[2] if self._bounds is not None else 0
        self._fit_to = max(last, self._open_index if self._open_row else 0)

    def _fitted(self, row: int) -> bool:
        return (
            self._fit_from is not None
            and self._fit_from <= row
            and (self._fit_to is None or row <= self._fit_to)
        )

    def calculate_dimension(self) -> str:
        if self._bounds is None:
            return "A1:A1"
        min_row, min_col, max_row, max_col = self._bounds
        return f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"

    def _extend(self, min_row: int, min_col: int, max_row: int, max_col: int) -> None:
        if self._bounds is None:
            self._bounds = [min_row, min_col, max_row, max_col]
            return
        bounds = self._bounds
        bounds[0], bounds[1] = min(bounds[0], min_row), min(bounds[1], min_col)
        bounds[2], bounds[3] = max(bounds[2], max_row), max(bounds[3], max_col)

    # -- writing -------------------------------------------------------------------------
    def _style_of(self, steps: tuple[Any, ...]) -> _Style:
        """The style of a cell given ``steps``, made the first time through openpyxl itself,
        replaying the steps in their order so that fonts, fills… are numbered as openpyxl
        numbers them."""
        seen = self._by_steps.get(id(steps))  # the steps xlsx.put gives (one tuple a style)
        if seen is not None and seen[0] is steps:
            return seen[1]
        key = tuple(map(id, steps))
        known = self._styles.get(key)
        if known is None:
            if self._scratch is None:
                from openpyxl.cell.cell import Cell

                self._scratch = Cell(self)
            scratch = self._scratch
            scratch._style = StyleArray()
            for i in range(0, len(steps), 2):
                setattr(scratch, steps[i], steps[i + 1])
            known = self._styles[key] = _Style(StyleArray(scratch._style), list(steps))
        if len(self._by_steps) < _STEPS_KEPT:  # kept, so that no other tuple takes its id
            self._by_steps[id(steps)] = (steps, known)
        return known

    def _write_open_row(self) -> None:
        cells, row = self._open_row, self._open_index
        if not cells:
            return
        # styles first made in the order the cells were filled, as openpyxl makes them
        styles = {column: self._style_of(cell.steps) for column, cell in cells.items()}
        self._write(
            row,
            [
                (column, cell.value, styles[column], cell.text, cell._alignment)
                for column, cell in sorted(cells.items())
            ],
        )
        self._open_row = {}

    def _write(self, row: int, cells: list[tuple[int, Any, _Style, bool, Any]]) -> None:
        """Write row ``row`` of ``cells`` (column, value, style, text, alignment), left to
        right, with the empty rows before it that are fitted."""
        self._extend(row, cells[0][0], row, cells[-1][0])
        parts = [
            b'<row r="%d"></row>' % empty
            for empty in range(self._written + 1, row)
            if self._fitted(empty)
        ]
        dimension = self.row_dimensions.pop(row, None)  # a height set for the row
        start = None
        if self._fitted(row):
            assert self._row_height is not None
            height = self._row_height([(c[0], c[1], c[4]) for c in cells])
            if height is not None and dimension is None:
                start = self._fitted_start(row, height)
            elif height is not None:
                dimension.height = height
        if start is None:
            start = (
                b'<row r="%d">' % row
                if dimension is None
                else b'<row r="%d"%s>' % (row, _attributes(dict(dimension)))
            )
        parts.append(start)
        letters = self._letters
        for column, value, style, text, _ in cells:
            if value is None and not style.styled:
                continue
            letter = letters.get(column)
            if letter is None:
                letter = letters[column] = get_column_letter(column).encode()
            attribute = style.attribute
            if attribute is None:
                attribute = style.attribute = (
                    b' s="%d"' % self.parent._cell_styles.add(style.array) if style.styled else b""
                )
            # text and whole numbers, most cells, at once
            kind = type(value)
            end = (
                _text_xml(value)
                if kind is str and text
                else b' t="n"><v>%.16g</v></c>' % value
                if kind is int
                else _value_xml(value, text)
            )
            parts.append(b'<c r="%s%d"%s%s' % (letter, row, attribute, end))
        parts.append(b"</row>")
        self._rows.write(b"".join(parts))
        self._written = row

    def _fitted_start(self, row: int, height: float) -> bytes:
        attributes = self._row_attributes.get(height)
        if attributes is None:
            attributes = self._row_attributes[height] = _attributes(
                dict(RowDimension(self, index=row, ht=height))
            )
        return b'<row r="%d"%s>' % (row, attributes)

    def finish(self) -> None:
        """Write the last row; nothing more can be written."""
        self._write_open_row()
        self._open_row = {}
        self._open_index = 1 << 30

    def rows_xml(self) -> IO[bytes]:
        """Every row's XML, from the start (the sheet is finished)."""
        self.finish()
        if self.row_dimensions:
            raise ValueError(f"rows {sorted(self.row_dimensions)} have a height but no cell")
        self._rows.seek(0)
        return self._rows


def _data_type(value: Any, text: bool) -> str:
    """openpyxl's type of a value (``text``: a text set as text, never a formula)."""
    if value is None or type(value) is int or type(value) is float:
        return "n"
    if isinstance(value, str):
        if not text and len(value) > 1 and value.startswith("="):
            return "f"
        return "e" if not text and value in ERROR_CODES else "s"
    return "?"


def _value_xml(value: Any, text: bool) -> bytes:
    """A cell's type and value, the end of its element (``text``: a text set as text)."""
    if value is None:
        return b' t="n"></c>'
    if type(value) is int or type(value) is float:
        number = b"" if math.isnan(value) or math.isinf(value) else b"%.16g" % value
        return b' t="n"><v>%s</v></c>' % number
    data_type = _data_type(value, text)
    if data_type != "s":
        raise (TypeError if data_type == "?" else ValueError)(
            f"a streamed sheet holds numbers and text, no formula nor error: {value!r}"
        )
    return _text_xml(value)


@functools.lru_cache(maxsize=4096)
def _text_xml(value: str) -> bytes:
    """A text cell's type and value, the end of its element; made once for a text that
    comes again (a community's name and file on each of its rows, a service's label, «ні»)."""
    value = value[:_MAX_TEXT]
    if ILLEGAL_CHARACTERS_RE.search(value):
        raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
    if value == "":
        return b' t="inlineStr"></c>'
    preserve = b' xml:space="preserve"' if value != value.strip() else b""
    return b' t="inlineStr"><is><t%s>%s</t></is></c>' % (preserve, _text(value))


def _text(value: str) -> bytes:
    """Text as lxml writes it into an ASCII document: &, <, > and a carriage return
    escaped, everything outside ASCII as a numeric character reference."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r", "&#13;")
        .encode("ascii", "xmlcharrefreplace")
    )


def _attributes(values: dict[str, str]) -> bytes:
    """A row's attributes (numbers and flags: nothing to escape)."""
    return b"".join(b' %s="%s"' % (k.encode(), v.encode()) for k, v in values.items())


def _row_tag(row: int, values: dict[str, str]) -> bytes:
    return b'<row r="%d"%s>' % (row, _attributes(values))


class _Writer(ExcelWriter):
    """openpyxl's workbook writer, with a streamed sheet's rows put into its XML."""

    def write_worksheet(self, ws: Worksheet) -> None:
        if not isinstance(ws, StreamedSheet):
            raise TypeError("every sheet of a streamed workbook must be a StreamedSheet")
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        rows = ws.rows_xml()
        writer = WorksheetWriter(ws, out=BytesIO())
        writer.write()  # everything but the rows: ws holds no openpyxl cell
        shell = writer.out.getvalue()
        empty = (
            b"<sheetData></sheetData>" if b"<sheetData></sheetData>" in shell else b"<sheetData/>"
        )
        head, tail = shell.split(empty)
        ws._rels = writer._rels
        with self._archive.open(ws.path[1:], "w") as part:
            part.write(head + b"<sheetData>")
            shutil.copyfileobj(rows, part)
            part.write(b"</sheetData>" + tail)
        rows.close()
        self.manifest.append(ws)


def new_sheet(wb: Workbook, title: str) -> StreamedSheet:
    """A streamed sheet at the end of ``wb``; the sheets before it are finished (their last
    row written, as openpyxl writes the sheets one after another)."""
    for sheet in wb.worksheets:
        if isinstance(sheet, StreamedSheet):
            sheet.finish()
    ws = StreamedSheet(wb, title)
    wb._add_sheet(ws)
    return ws


def save(wb: Workbook, target: IO[bytes]) -> None:
    """``Workbook.save`` for a workbook of streamed sheets."""
    archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    _Writer(wb, archive).save()
