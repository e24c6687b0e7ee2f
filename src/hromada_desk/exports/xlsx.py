"""Shared pieces of the XLSX exports: text that never turns into a formula, styles, print
setup and the atomic save. Imported only when a workbook is written (openpyxl is slow)."""

from __future__ import annotations

import contextlib
import functools
import io
import math
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk.domain.typography import plain_text
from hromada_desk.exports import xlsx_stream
from hromada_desk.exports.xlsx_stream import StreamedSheet

RATIO_FORMAT = "0.000"
# The workbook's own typeface and size named in full: a bold font with neither prints, in
# LibreOffice, in another typeface than the text beside it.
FONT_NAME, FONT_SIZE = "Calibri", 11
BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
TITLE = Font(name=FONT_NAME, size=13, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="999999")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
TOP = Alignment(vertical="top")
LINE_HEIGHT = 15.0  # points per line of 11-point text


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    *,
    bold: bool = False,
    wrap: bool = False,
    border: bool = True,
    fill: PatternFill | None = None,
    align: Alignment | None = None,
) -> Any:
    """Write one value with its proper type: text stays text whatever it starts with
    (=, +, -, @ never become a formula), whole numbers are int, ratios float «0.000»; a
    manual line break pasted from Word is a line break (``typography.plain_text``: Excel
    refuses the character itself). ``align``: an alignment set last, as
    ``put(…).alignment = align`` sets it."""
    value, number_format = (plain_text(value), None) if type(value) is str else _typed(value)
    if isinstance(ws, StreamedSheet):  # the same styles, in the same order, made once
        return ws.put(row, column, value, *_styled(number_format, bold, wrap, border, fill, align))
    cell = ws.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    if number_format is not None:
        cell.number_format = number_format
    if bold:
        cell.font = BOLD
    cell.alignment = WRAP if wrap else TOP
    if border:
        cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    return cell


class Look:
    """How ``put`` writes the cells of a column (its keywords), for rows written at once
    (``put_row``). Known by identity: make each once (a module's constant)."""

    __slots__ = ("align", "bold", "border", "fill", "wrap")

    def __init__(
        self,
        *,
        bold: bool = False,
        wrap: bool = False,
        border: bool = True,
        fill: PatternFill | None = None,
        align: Alignment | None = None,
    ) -> None:
        self.bold, self.wrap, self.border, self.fill, self.align = bold, wrap, border, fill, align

    def put(self, ws: Worksheet, row: int, column: int, value: Any) -> Any:
        return put(
            ws,
            row,
            column,
            value,
            bold=self.bold,
            wrap=self.wrap,
            border=self.border,
            fill=self.fill,
            align=self.align,
        )

    def styled(self, number_format: str | None) -> tuple[tuple[Any, ...], Alignment]:
        """``_styled`` for a value of ``number_format`` in this look's column."""
        known = _LOOKS.get((self, number_format))
        if known is None:
            known = _LOOKS[self, number_format] = _styled(
                number_format, self.bold, self.wrap, self.border, self.fill, self.align
            )
        return known


_LOOKS: dict[tuple[Look, str | None], tuple[tuple[Any, ...], Alignment]] = {}
PLAIN, WRAPPED, CENTERED = Look(), Look(wrap=True), Look(align=CENTER)


def put_row(
    ws: Worksheet, row: int, values: Sequence[Any], looks: Sequence[Look], start: int = 1
) -> None:
    """``put`` for each of ``values`` from column ``start`` on, with the ``Look`` of its
    column: the same cells, which a streamed sheet writes at once (nothing more can be put
    into the row then)."""
    if not isinstance(ws, StreamedSheet):
        for column, (value, look) in enumerate(zip(values, looks, strict=True), start):
            look.put(ws, row, column, value)
        return
    cells = []
    for value, look in zip(values, looks, strict=True):
        if type(value) is str:
            value, number_format = plain_text(value), None
        elif value is None or type(value) is int:  # most cells, at once
            number_format = None
        else:
            value, number_format = _typed(value)
        steps, alignment = _LOOKS.get((look, number_format)) or look.styled(number_format)
        cells.append((value, steps, alignment))
    ws.write_row(row, start, cells)


def _typed(value: Any) -> tuple[Any, str | None]:
    """The value as the workbook holds it, and its number format (None: General)."""
    if value is None or type(value) is int or type(value) is str:  # most cells, at once
        return value, None
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return value.numerator, None
        return float(value), RATIO_FORMAT
    if isinstance(value, float):
        return (value, RATIO_FORMAT) if not value.is_integer() else (int(value), None)
    return value, None


_STYLED: dict[tuple[Any, ...], tuple[tuple[Any, ...], Alignment]] = {}


def _styled(
    number_format: str | None,
    bold: bool,
    wrap: bool,
    border: bool,
    fill: PatternFill | None,
    align: Alignment | None,
) -> tuple[tuple[Any, ...], Alignment]:
    """What ``put`` sets on a cell, in its order, as a streamed sheet records it, and the
    alignment set last; made once for each style. The fill and alignment are known by their
    ids: hashing openpyxl's style objects is what made writing slow (the cached steps keep
    them, so their ids stay their own)."""
    key = (number_format, bold, wrap, border, id(fill), id(align))
    known = _STYLED.get(key)
    if known is None:
        steps: tuple[Any, ...] = ("number_format", number_format) if number_format else ()
        if bold:
            steps += ("font", BOLD)
        steps += ("alignment", WRAP if wrap else TOP)
        if border:
            steps += ("border", BORDER)
        if fill is not None:
            steps += ("fill", fill)
        if align is not None:
            steps += ("alignment", align)
        known = _STYLED[key] = (steps, align if align is not None else WRAP if wrap else TOP)
    return known


def header_row(ws: Worksheet, row: int, texts: Sequence[str], start: int = 1) -> None:
    for i, text in enumerate(texts):
        cell = put(ws, row, start + i, text, bold=True, fill=HEADER_FILL)
        cell.alignment = CENTER


def title(ws: Worksheet, text: str, row: int = 1, *, size_font: Font = TITLE) -> None:
    cell = put(ws, row, 1, text, border=False)
    cell.font = size_font


def widths(ws: Worksheet, values: Iterable[float]) -> None:
    for i, width in enumerate(values, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def fit_rows(ws: Worksheet, first_row: int) -> None:
    """Row heights for wrapped text (Excel does not grow rows written by a program)."""
    column_widths = {key: dim.width for key, dim in ws.column_dimensions.items()}
    for row in ws.iter_rows(min_row=first_row):
        height = row_height(row, column_widths)
        if height is not None:
            ws.row_dimensions[row[0].row].height = height


@contextlib.contextmanager
def fitted_rows(ws: Worksheet, first_row: int) -> Iterator[None]:
    """The rows written inside, from ``first_row`` on, fitted to their wrapped text: at the
    end (``fit_rows``), or as they are written in a streamed sheet (``xlsx_stream``), whose
    column widths must then be set before."""
    if not isinstance(ws, StreamedSheet):
        yield
        fit_rows(ws, first_row)
        return
    column_widths = {key: dim.width for key, dim in ws.column_dimensions.items()}
    ws.fit(first_row, lambda cells: _height(cells, column_widths))
    yield
    ws.end_fit()


def row_height(cells: Sequence[Any], column_widths: dict[str, float]) -> float | None:
    """The height wrapped text needs in a row of cells; None: one line is enough."""
    return _height([(c.column, c.value, c.alignment) for c in cells], column_widths)


def _height(cells: Sequence[tuple[int, Any, Any]], column_widths: dict[str, float]) -> float | None:
    """``row_height`` of cells given as (column, value, alignment)."""
    lines = 1
    for column, value, alignment in cells:
        if type(value) is not str or alignment is None or not alignment.wrap_text:
            continue
        width = column_widths.get(get_column_letter(column)) or 10
        lines = max(lines, _lines(value, max(1.0, width * 0.95)))
    return LINE_HEIGHT * lines if lines > 1 else None


@functools.lru_cache(maxsize=4096)
def _lines(text: str, per_line: float) -> int:
    """How many lines ``text`` takes at ``per_line`` characters a line (once for a text
    that comes again in its column, as a community's name does on each of its rows)."""
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def merged_note(
    ws: Worksheet, row: int, text: str, last_column: int, width: float, *, bold: bool = False
) -> None:
    """A wrapped text across columns A…last_column, with a height that fits it."""
    cell = put(ws, row, 1, text, wrap=True, border=False, bold=bold)
    cell.alignment = WRAP
    if last_column > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    lines = max(1, -(-len(text) // int(width * 1.05)))
    ws.row_dimensions[row].height = LINE_HEIGHT * lines


def print_setup(ws: Worksheet, title_rows: str, *, landscape: bool = True) -> None:
    """A4, landscape by default, fit to one page wide, header rows repeated on each page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def new_workbook(title_text: str, creator: str) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = title_text
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.language = "uk-UA"
    return wb


def save_atomically(wb: Workbook, path: Path) -> Path:
    """Save the workbook to ``path`` whole or not at all (``output.write_document``)."""
    from hromada_desk.exports.output import write_document

    content = io.BytesIO()
    if any(isinstance(ws, StreamedSheet) for ws in wb.worksheets):
        xlsx_stream.save(wb, content)
    else:
        wb.save(content)
    return write_document(path, content.getvalue())
