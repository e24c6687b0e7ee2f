"""Reading a filled-in template (see exports/template.py) back: every value checked, every
error naming the sheet, the cell and what was expected."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import column_index_from_string
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.limits import MAX_POPULATION
from hromada_desk.errors import InputError
from hromada_desk.exports.template import (
    FIRST_ROW,
    INDICATOR_COLUMN,
    INDICATORS_SHEET,
    MARKER_SHEET,
    POPULATION_COLUMNS,
    POPULATION_SHEET,
)
from hromada_desk.services.statistics_import import (
    PARTS,
    TEMPLATE_FORMAT,
    FilledCell,
    FilledTemplate,
)

# Population figures and indicator values alike: the schema refuses anything larger.
_LARGEST = MAX_POPULATION
_NOTHING_CHANGED = "Нічого не змінено."


def _where(sheet: str, coordinate: str) -> str:
    return f"Аркуш «{sheet}», {coordinate}"


def _not_template(path: Path, why: str) -> InputError:
    return InputError(f"Книга «{path.name}» не створена з шаблону hromada-desk ({why}). "
                      f"{_NOTHING_CHANGED}",
                      "Створіть шаблон командою «hromada-desk template» і заповніть його.")


def _whole(value: Any, where: str) -> int | None:
    """A filled cell as a whole number ≥ 0; None for an empty cell."""
    shown = value
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return None
        if text.isdigit():
            value = int(text)
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{where}: очікується ціле невід’ємне число, отримано «{shown}». "
                         f"{_NOTHING_CHANGED}")
    if value > _LARGEST:
        raise InputError(f"{where}: число {value} завелике, найбільше допустиме {_LARGEST}. "
                         f"{_NOTHING_CHANGED}")
    return value


def _check_merged(ws: Worksheet, sheet: str, columns: tuple[str, ...], last_row: int) -> None:
    first = column_index_from_string(columns[0])
    last = column_index_from_string(columns[-1])
    for merged in ws.merged_cells.ranges:
        if (merged.min_row <= last_row and merged.max_row >= FIRST_ROW
                and merged.min_col <= last and merged.max_col >= first):
            raise InputError(f"{_where(sheet, merged.coord)}: об’єднані клітинки в області "
                             f"введення; роз’єднайте їх. {_NOTHING_CHANGED}")


def _label(ws: Worksheet, sheet: str, coordinate: str, expected: str) -> None:
    found = ws[coordinate].value
    if str(found or "").strip() != expected:
        raise InputError(f"{_where(sheet, coordinate)}: очікується «{expected}», знайдено "
                         f"«{found or ''}»: рядки шаблону не можна змінювати, додавати чи "
                         f"видаляти. {_NOTHING_CHANGED}")


def _open(path: Path) -> Any:
    if not path.is_file():
        raise InputError(f"Файл «{path}» не знайдено.")
    try:
        return openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            OSError) as exc:
        raise InputError(f"Файл «{path.name}» не є робочою книгою Excel (.xlsx), яку можна "
                         f"прочитати ({type(exc).__name__}). {_NOTHING_CHANGED}") from exc


def read_template(path: Path) -> FilledTemplate:
    """The values filled in a template; refuses anything that is not one, cell by cell."""
    wb = _open(path)
    if MARKER_SHEET not in wb.sheetnames:
        raise _not_template(path, f"немає службового аркуша «{MARKER_SHEET}»")
    for sheet in (POPULATION_SHEET, INDICATORS_SHEET):
        if sheet not in wb.sheetnames:
            raise _not_template(path, f"немає аркуша «{sheet}»")
    marker = wb[MARKER_SHEET]
    if (marker["A1"].value, marker["B1"].value) != ("format", TEMPLATE_FORMAT):
        raise _not_template(path, "невідома позначка формату")
    community, year = marker["B2"].value, marker["B3"].value
    if not isinstance(community, str) or not isinstance(year, int):
        raise _not_template(path, "пошкоджено позначку громади або року")

    places: list[tuple[int, int, str]] = []  # (row, settlement id, name)
    row = FIRST_ROW
    while marker.cell(row=row, column=1).value == "settlement":
        settlement_id, name = marker.cell(row=row, column=2).value, marker.cell(row=row,
                                                                                column=3).value
        if not isinstance(settlement_id, int) or not isinstance(name, str):
            raise _not_template(path, "пошкоджено список населених пунктів")
        places.append((row, settlement_id, name))
        row += 1
    if not places:
        raise _not_template(path, "немає списку населених пунктів")

    ws = wb[POPULATION_SHEET]
    last = places[-1][0]
    _check_merged(ws, POPULATION_SHEET, POPULATION_COLUMNS, last + 1)
    population: dict[int, dict[str, FilledCell]] = {}
    for row, settlement_id, name in places:
        _label(ws, POPULATION_SHEET, f"A{row}", name)
        cells = {}
        for part, column in zip(PARTS, POPULATION_COLUMNS, strict=True):
            where = _where(POPULATION_SHEET, f"{column}{row}")
            value = _whole(ws[f"{column}{row}"].value, where)
            if value is not None:
                cells[part] = FilledCell(value, where)
        if cells:
            population[settlement_id] = cells
    for column in ("A", *POPULATION_COLUMNS):
        if ws[f"{column}{last + 1}"].value not in (None, ""):
            raise InputError(f"{_where(POPULATION_SHEET, f'{column}{last + 1}')}: рядок поза "
                             "шаблоном; нові населені пункти додають у програмі, потім "
                             f"створюють новий шаблон. {_NOTHING_CHANGED}")

    ws = wb[INDICATORS_SHEET]
    last = FIRST_ROW + len(INDICATORS) - 1
    _check_merged(ws, INDICATORS_SHEET, (INDICATOR_COLUMN,), last)
    indicators = {}
    for row, indicator in enumerate(INDICATORS, FIRST_ROW):
        _label(ws, INDICATORS_SHEET, f"A{row}", indicator.code)
        where = _where(INDICATORS_SHEET, f"{INDICATOR_COLUMN}{row}")
        value = _whole(ws[f"{INDICATOR_COLUMN}{row}"].value, where)
        if value is not None:
            indicators[indicator.code] = FilledCell(value, where)
    return FilledTemplate(community, year, population, indicators)
