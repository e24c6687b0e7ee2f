"""Streamed sheets (exports.xlsx_stream) write what openpyxl writes for the same cells, byte
for byte, while keeping no row once a later one is begun."""

from __future__ import annotations

import gc
import io
import zipfile
from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font

from hromada_desk.exports import xlsx, xlsx_stream
from hromada_desk.exports.xlsx_stream import LightCell, StreamedSheet

Fill = Callable[[object], None]


def parts(fill: Fill, *, streamed: bool) -> dict[str, bytes]:
    """Every part of the workbook ``fill`` makes, but the one with the time it was saved."""
    wb = xlsx.new_workbook("Перевірка", "hromada-desk")
    ws_factory = (
        (lambda title: xlsx_stream.new_sheet(wb, title))
        if streamed
        else (lambda title: wb.create_sheet(title))
    )
    fill(ws_factory)
    content = io.BytesIO()
    if streamed:
        xlsx_stream.save(wb, content)
    else:
        wb.save(content)
    with zipfile.ZipFile(content) as archive:
        return {
            name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"
        }


def same_as_openpyxl(fill: Fill) -> None:
    ours, theirs = parts(fill, streamed=True), parts(fill, streamed=False)
    assert list(ours) == list(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name


def two_sheets(new_sheet: Callable[[str], object]) -> None:
    ws = new_sheet("Перший")
    xlsx.title(ws, "Заголовок & <підзаголовок> — 1")
    xlsx.put(ws, 2, 1, "  з пробілами  ", border=False)
    xlsx.header_row(ws, 3, ["Рік", "Назва", "Число", "Частка", "Порожньо"])
    xlsx.widths(ws, [7, 20, 10, 10, 10])
    with xlsx.fitted_rows(ws, 4):
        row = 4
        for year in (2022, 2023):
            xlsx.put(ws, row, 1, year)
            xlsx.put(
                ws,
                row,
                2,
                "Довга назва громади, що не вміщається в один рядок стовпця\nі ще рядок\r",
                wrap=True,
            )
            xlsx.put(ws, row, 3, Fraction(7, 3)).alignment = xlsx.CENTER
            xlsx.put(ws, row, 4, 1.5, bold=True, fill=xlsx.TOTAL_FILL)
            xlsx.put(ws, row, 5, None)
            row += 2  # a row left empty inside the fitted rows
        xlsx.put(ws, row, 1, "=1+1")  # text, never a formula
        xlsx.put(ws, row, 3, "")
        xlsx.put(ws, row, 2, "😀 emoji, ї, €", bold=True)  # a row filled out of order
    note = xlsx.put(ws, row + 2, 1, "Примітка на всю ширину", wrap=True, border=False)
    note.alignment = xlsx.WRAP
    ws.merge_cells(start_row=row + 2, start_column=1, end_row=row + 2, end_column=5)
    ws.row_dimensions[row + 2].height = 45
    ws.freeze_panes = "C4"
    xlsx.print_setup(ws, "1:3")
    other = new_sheet("Другий")
    cell = xlsx.put(other, 1, 1, 12345678901)
    cell.font = Font(italic=True)  # a style first met on the second sheet
    xlsx.put(other, 1, 2, 0.0001)
    xlsx.put(other, 3, 7, -2.0)


def test_a_workbook_of_streamed_sheets_is_byte_for_byte_openpyxls():
    same_as_openpyxl(two_sheets)


def rows_at_once(new_sheet: Callable[[str], object]) -> None:
    """Rows written whole (xlsx.put_row) among cells put one by one."""
    ws = new_sheet("Рядки")
    xlsx.title(ws, "Рядки цілком")
    xlsx.widths(ws, [7, 12, 9, 9])
    total = xlsx.Look(bold=True, fill=xlsx.TOTAL_FILL, align=xlsx.CENTER)
    looks = (xlsx.PLAIN, xlsx.WRAPPED, xlsx.CENTERED, total)
    with xlsx.fitted_rows(ws, 3):
        xlsx.put_row(ws, 3, (2023, "Назва, що не вміщається в рядок", Fraction(5, 4), 7), looks)
        xlsx.put_row(ws, 4, (None, "=1+1", 2.0, None), looks)  # text stays text
        xlsx.put_row(ws, 5, ("з Word:\x0bрядок", "\x01"), (xlsx.WRAPPED, xlsx.PLAIN))
        # row 6 left empty inside the fitted rows
        ws.row_dimensions[7].height = 40  # a height given before the row is written
        xlsx.put_row(ws, 7, ("коротко", 0.125), (xlsx.PLAIN, total), start=2)
        xlsx.put(ws, 8, 1, "почато по одній")
        xlsx.put_row(ws, 8, ("далі рядком", 3), (xlsx.WRAPPED, total), start=2)  # row begun
        xlsx.put_row(ws, 9, (), ())
        xlsx.put_row(ws, 10, (Fraction(8, 2), ""), (total, xlsx.WRAPPED))
    ws.freeze_panes = "B3"


def test_rows_written_at_once_are_the_cells_put_one_by_one():
    same_as_openpyxl(rows_at_once)


def test_a_row_written_at_once_takes_nothing_more():
    wb = xlsx.new_workbook("Перевірка", "hromada-desk")
    ws = xlsx_stream.new_sheet(wb, "Аркуш")
    xlsx.put_row(ws, 2, ("а", 1), (xlsx.PLAIN, xlsx.PLAIN))
    gc.collect()
    assert not any(isinstance(o, LightCell) for o in gc.get_objects())  # no cell objects
    with pytest.raises(ValueError, match="already written"):
        xlsx.put(ws, 2, 3, "ще")
    xlsx.put(ws, 3, 1, "наступний")  # the next row is open
    xlsx_stream.save(wb, io.BytesIO())


# Text a person or a file might hold: any character XML allows (lxml refuses the rest).
TEXT = st.text(
    st.characters(
        blacklist_categories=["Cs"],
        blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"]
        + ["\ufffe", "\uffff"],
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            TEXT,
            st.integers(-(10**15), 10**15),
            st.none(),
            st.floats(allow_nan=False, allow_infinity=False),
            st.fractions(max_denominator=1000),
        ),
        min_size=1,
        max_size=8,
    ),
    st.booleans(),
)
def test_any_values_are_written_as_openpyxl_writes_them(values, wrap):
    looks = [xlsx.Look(wrap=wrap, bold=column % 2 == 0) for column in range(1, 9)]

    def fill(new_sheet):
        ws = new_sheet("Аркуш")
        xlsx.widths(ws, [5] * len(values))
        with xlsx.fitted_rows(ws, 1):
            for row in (1, 2):
                for column, value in enumerate(values, 1):
                    xlsx.put(ws, row, column, value, wrap=wrap, bold=column % 2 == 0)
            for row in (3, 4):  # the same cells a row at once
                xlsx.put_row(ws, row, values, looks[: len(values)])

    same_as_openpyxl(fill)


def test_rows_once_written_are_not_kept_nor_rewritten():
    wb = xlsx.new_workbook("Перевірка", "hromada-desk")
    ws = xlsx_stream.new_sheet(wb, "Аркуш")
    for row in range(1, 3001):
        for column in range(1, 6):
            xlsx.put(ws, row, column, f"{row}/{column}")
    gc.collect()
    assert sum(isinstance(o, LightCell) for o in gc.get_objects()) <= 5  # the open row
    assert ws._cells == {}
    with pytest.raises(ValueError, match="already written"):
        ws.cell(row=10, column=1)
    xlsx_stream.new_sheet(wb, "Наступний")  # finishes the first
    with pytest.raises(ValueError, match="already written"):
        ws.cell(row=3001, column=1)


def test_what_a_streamed_sheet_cannot_hold_is_refused():
    wb = xlsx.new_workbook("Перевірка", "hromada-desk")
    ws = xlsx_stream.new_sheet(wb, "Аркуш")
    ws.cell(row=1, column=1).value = True
    with pytest.raises(TypeError):
        xlsx_stream.save(wb, io.BytesIO())
    wb = xlsx.new_workbook("Перевірка", "hromada-desk")
    ws = xlsx_stream.new_sheet(wb, "Аркуш")
    ws.cell(row=1, column=2).value = "=SUM(A1:A2)"  # set directly, not through xlsx.put
    with pytest.raises(ValueError, match="formula"):
        xlsx_stream.save(wb, io.BytesIO())
    wb = xlsx.new_workbook("Перевірка", "hromada-desk")
    ws = xlsx_stream.new_sheet(wb, "Аркуш")
    xlsx.put(ws, 1, 1, 1)
    ws.row_dimensions[5].height = 30  # a height for a row that never gets a cell
    with pytest.raises(ValueError, match="no cell"):
        xlsx_stream.save(wb, io.BytesIO())
    assert isinstance(ws, StreamedSheet)
