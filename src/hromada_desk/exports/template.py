"""The fill-in workbook for one year's figures, to send to starostas and services and read
back with ``hromada-desk import``: names locked, only whole numbers ≥ 0 accepted."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk.documents.template import (
    FIRST_ROW,
    HEADER_ROW,
    INDICATOR_COLUMN,
    INDICATORS_SHEET,
    INSTRUCTIONS_SHEET,
    MARKER_SHEET,
    POPULATION_COLUMNS,
    POPULATION_SHEET,
    TEMPLATE_FORMAT,
    TemplateData,
)
from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.exports import xlsx

_UNLOCKED = Protection(locked=False)
_INPUT_FILL = xlsx.PatternFill("solid", fgColor="FFF9DB")


def _whole_numbers(ws: Worksheet, area: str) -> None:
    rule = DataValidation(
        type="whole",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Лише цілі числа",
        error="Введіть ціле невід’ємне число (0, 1, 2 …) або залиште клітинку порожньою.",
    )
    ws.add_data_validation(rule)
    rule.add(area)


def _input_cell(ws: Worksheet, coordinate: str) -> None:
    cell = ws[coordinate]
    cell.protection = _UNLOCKED
    cell.fill = _INPUT_FILL
    cell.border = xlsx.BORDER


def export_template(data: TemplateData, path: Path) -> Path:
    wb = xlsx.new_workbook(
        f"Шаблон показників за {data.year} рік: {data.community}", data.community
    )
    ws = wb.create_sheet(INSTRUCTIONS_SHEET)
    lines = [
        f"Шаблон даних громади «{data.community}» за {data.year} рік",
        "",
        "1. На аркуші «Населення» внесіть чисельність населення кожного населеного пункту "
        f"станом на 01 січня {data.year} року: усього, чоловіки, жінки, діти.",
        "2. На аркуші «Показники» внесіть 12 показників додатка 1 до Методики № 787 за рік.",
        "3. Вносьте лише цілі невід’ємні числа. Порожня клітинка означає «без змін»: "
        "дані, які вже є у файлі громади, залишаться як були.",
        "4. Назви населених пунктів і показників змінювати не можна; не додавайте й не "
        "видаляйте рядків, не об’єднуйте клітинок.",
        "5. Збережіть книгу у форматі .xlsx і передайте секретареві координаційної ради. "
        "Вона переноситься до програми командою «hromada-desk import» повністю або "
        "(якщо є помилка) не переноситься зовсім.",
    ]
    for row, text in enumerate(lines, 1):
        xlsx.put(ws, row, 1, text, wrap=True, border=False)
    ws["A1"].font = xlsx.TITLE
    xlsx.widths(ws, [110])
    xlsx.fit_rows(ws, 1)
    ws.protection.sheet = True
    xlsx.print_setup(ws, "1:1")

    ws = wb.create_sheet(POPULATION_SHEET)
    xlsx.title(ws, f"Чисельність населення станом на 01 січня {data.year} року")
    xlsx.put(ws, 2, 1, data.community, border=False)
    xlsx.header_row(
        ws, HEADER_ROW, ["Населений пункт", "Тип", "Усього", "Чоловіки", "Жінки", "Діти"]
    )
    last = FIRST_ROW + len(data.places) - 1
    for row, place in enumerate(data.places, FIRST_ROW):
        xlsx.put(ws, row, 1, place.name)
        xlsx.put(ws, row, 2, place.kind.abbreviation)
        for column in POPULATION_COLUMNS:
            _input_cell(ws, f"{column}{row}")
    _whole_numbers(ws, f"C{FIRST_ROW}:F{last}")
    xlsx.widths(ws, [30, 7, 11, 11, 11, 11])
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.protection.sheet = True
    xlsx.print_setup(ws, f"1:{HEADER_ROW}", landscape=False)

    ws = wb.create_sheet(INDICATORS_SHEET)
    xlsx.title(ws, f"Показники додатка 1 до Методики № 787 за {data.year} рік")
    xlsx.put(ws, 2, 1, data.community, border=False)
    xlsx.header_row(ws, HEADER_ROW, ["№", "Показник", "Значення"])
    for row, indicator in enumerate(INDICATORS, FIRST_ROW):
        xlsx.put(ws, row, 1, indicator.code)
        xlsx.put(ws, row, 2, indicator.wording, wrap=True)
        _input_cell(ws, f"{INDICATOR_COLUMN}{row}")
    _whole_numbers(ws, f"C{FIRST_ROW}:C{FIRST_ROW + len(INDICATORS) - 1}")
    xlsx.widths(ws, [6, 80, 12])
    xlsx.fit_rows(ws, FIRST_ROW)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.protection.sheet = True
    xlsx.print_setup(ws, f"1:{HEADER_ROW}")

    ws = wb.create_sheet(MARKER_SHEET)
    for row, (key, value) in enumerate(
        [("format", TEMPLATE_FORMAT), ("community", data.community), ("year", data.year)], 1
    ):
        xlsx.put(ws, row, 1, key, border=False)
        xlsx.put(ws, row, 2, value, border=False)
    for row, place in enumerate(data.places, FIRST_ROW):
        # the settlement behind each row of «Населення», by the same row number: what it is
        # (name, kind, code once settlements have one), never an id of this file
        xlsx.put(ws, row, 1, "settlement", border=False)
        xlsx.put(ws, row, 2, place.name, border=False)
        xlsx.put(ws, row, 3, place.kind.value, border=False)
        if place.code:
            xlsx.put(ws, row, 4, place.code, border=False)
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
    wb.active = 0
    return xlsx.save_atomically(wb, path)
