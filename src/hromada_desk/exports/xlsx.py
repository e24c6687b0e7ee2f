"""Shared pieces of the XLSX exports: text that never turns into a formula, styles, print
setup and the atomic save. Imported only when a workbook is written (openpyxl is slow)."""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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


def put(ws: Worksheet, row: int, column: int, value: Any, *, bold: bool = False,
        wrap: bool = False, border: bool = True, fill: PatternFill | None = None) -> Any:
    """Write one value with its proper type: text stays text whatever it starts with
    (=, +, -, @ never become a formula), whole numbers are int, ratios float «0.000»."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
    elif isinstance(value, Fraction):
        if value.denominator == 1:
            cell.value = value.numerator
        else:
            cell.value = float(value)
            cell.number_format = RATIO_FORMAT
    elif isinstance(value, float) and not value.is_integer():
        cell.value = value
        cell.number_format = RATIO_FORMAT
    elif isinstance(value, float):
        cell.value = int(value)
    else:
        cell.value = value
    if bold:
        cell.font = BOLD
    cell.alignment = WRAP if wrap else TOP
    if border:
        cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    return cell


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
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or cell.alignment is None:
                continue
            if not cell.alignment.wrap_text:
                continue
            width = column_widths.get(cell.column_letter) or 10
            per_line = max(1.0, width * 0.95)
            count = sum(max(1, math.ceil(len(part) / per_line))
                        for part in cell.value.split("\n"))
            lines = max(lines, count)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = LINE_HEIGHT * lines


def merged_note(ws: Worksheet, row: int, text: str, last_column: int, width: float,
                *, bold: bool = False) -> None:
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
    wb.save(content)
    return write_document(path, content.getvalue())
