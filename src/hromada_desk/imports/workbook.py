"""Reading a filled-in template (see documents/template.py) back: every value checked, every
error naming the sheet, the cell and what was expected."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import column_index_from_string, get_column_letter

from hromada_desk.documents.template import (
    FIRST_ROW,
    INDICATOR_COLUMN,
    INDICATORS_SHEET,
    MARKER_SHEET,
    MAX_TEMPLATE_PLACES,
    NOTHING_CHANGED,
    OLD_TEMPLATE_FORMATS,
    PARTS,
    POPULATION_COLUMNS,
    POPULATION_SHEET,
    TEMPLATE_FORMAT,
    FilledCell,
    FilledRow,
    FilledTemplate,
    PlaceKey,
)
from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.limits import MAX_POPULATION
from hromada_desk.domain.parsing import (
    NumberProblem,
    WholeNumberError,
    parse_kind,
    shown,
    whole_value,
)
from hromada_desk.domain.records import SettlementKind
from hromada_desk.errors import InputError
from hromada_desk.imports.xlsx_cells import (
    Cell,
    Sheet,
    read_date_styles,
    read_shared_strings,
    read_sheet,
)
from hromada_desk.imports.xlsx_package import open_package

# Population figures and indicator values alike: the schema refuses anything larger.
_LARGEST = MAX_POPULATION
_FORMAT_FAMILY = TEMPLATE_FORMAT.rsplit("/", 1)[0] + "/"
# Rows a sheet may have: a template's rows, and notes a person typed below them.
MAX_SHEET_ROWS = MAX_TEMPLATE_PLACES + FIRST_ROW + 1000
_NAME, _KIND = 1, 2  # columns A and B of «Населення»
_LAST_POPULATION_COLUMN = column_index_from_string(POPULATION_COLUMNS[-1])
_LAST_MARKER_COLUMN = 4  # D: a settlement's code, once templates carry it


def _where(sheet: str, row: int, column: int) -> str:
    return f"Аркуш «{sheet}», {get_column_letter(column)}{row}"


def _not_template(path: Path, why: str) -> InputError:
    return InputError(
        f"Книга «{path.name}» не створена з шаблону hromada-desk ({why}). {NOTHING_CHANGED}",
        "Створіть шаблон командою «hromada-desk template» і заповніть його.",
    )


def _whole(cell: Cell | None, where: str) -> FilledCell | None:
    """A filled cell as a whole number ≥ 0 (a formula's stored result too); None for an
    empty cell."""
    if cell is None:
        return None
    if cell.formula and cell.value is None:
        raise InputError(
            f"{where}: формула без збереженого значення; відкрийте книгу в Excel "
            f"чи LibreOffice, щоб її перерахувати, збережіть і повторіть. "
            f"{NOTHING_CHANGED}"
        )
    if cell.date:
        raise InputError(
            f"{where}: очікується ціле невід’ємне число, а в клітинці дата. {NOTHING_CHANGED}"
        )
    if isinstance(cell.value, bool):
        raise InputError(
            f"{where}: очікується ціле невід’ємне число, отримано логічне "
            f"значення «{'TRUE' if cell.value else 'FALSE'}». {NOTHING_CHANGED}"
        )
    try:
        value = whole_value(cell.value, _LARGEST)
    except WholeNumberError as exc:
        if exc.problem is NumberProblem.TOO_LARGE:
            raise InputError(
                f"{where}: число {exc.text} завелике, найбільше допустиме "
                f"{_LARGEST}. {NOTHING_CHANGED}"
            ) from None
        raise InputError(
            f"{where}: очікується ціле невід’ємне число, отримано «{exc.text}». {NOTHING_CHANGED}"
        ) from None
    return None if value is None else FilledCell(value, where, cell.formula)


def _check_merged(sheet: Sheet, first: int, last: int, last_row: int) -> None:
    """Merged cells in the area filled in: their values would be read from one cell only."""
    for min_col, min_row, max_col, max_row in sheet.merges:
        if min_row <= last_row and max_row >= FIRST_ROW and min_col <= last and max_col >= first:
            area = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
            raise InputError(
                f"Аркуш «{sheet.name}», {area}: об’єднані клітинки в області "
                f"введення; роз’єднайте їх. {NOTHING_CHANGED}"
            )


def _label(sheet: Sheet, row: int, column: int, expected: str) -> None:
    found = sheet.value(row, column)
    text = "" if found is None else str(found)
    if text.strip() != expected:
        raise InputError(
            f"{_where(sheet.name, row, column)}: очікується «{shown(expected)}», "
            f"знайдено «{shown(text)}»: рядки шаблону не можна змінювати, "
            f"додавати чи видаляти. {NOTHING_CHANGED}"
        )


def _header(path: Path, marker: Sheet) -> tuple[str, str, int]:
    """(format, community, year) from the hidden sheet."""
    key, version = marker.value(1, 1), marker.value(1, 2)
    if key != "format" or not isinstance(version, str):
        raise _not_template(path, "невідома позначка формату")
    if version not in (TEMPLATE_FORMAT, *OLD_TEMPLATE_FORMATS):
        if version.startswith(_FORMAT_FAMILY):
            raise InputError(
                f"Шаблон «{path.name}» створено новішою версією hromada-desk "
                f"(формат «{shown(version)}»). {NOTHING_CHANGED}",
                "Оновіть програму до найновішої версії.",
            )
        raise _not_template(path, "невідома позначка формату")
    community, year = marker.value(2, 2), marker.value(3, 2)
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    if not isinstance(community, str) or isinstance(year, bool) or not isinstance(year, int):
        raise _not_template(path, "пошкоджено позначку громади або року")
    return version, community, year


def _place_count(marker: Sheet) -> int:
    row = FIRST_ROW
    while marker.value(row, 1) == "settlement":
        row += 1
    return row - FIRST_ROW


def _places(path: Path, marker: Sheet, population: Sheet, version: str) -> list[PlaceKey]:
    """The settlement of each row of «Населення», from row FIRST_ROW on, by name and kind:
    format 1 wrote an id and a name (the id is of no use in another file; the kind is the one
    «Населення» shows), format 2 a name, a kind and room for a code."""
    places: list[PlaceKey] = []
    row = FIRST_ROW
    while marker.value(row, 1) == "settlement":
        if version == TEMPLATE_FORMAT:
            name, kind_text, code = (
                marker.value(row, 2),
                marker.value(row, 3),
                marker.value(row, 4),
            )
        else:
            name, kind_text, code = marker.value(row, 3), population.value(row, _KIND), None
        kind = parse_kind(kind_text) if isinstance(kind_text, str) else None
        if not isinstance(name, str) or (code is not None and not isinstance(code, str)):
            raise _not_template(path, "пошкоджено список населених пунктів")
        if kind is None:
            if version == TEMPLATE_FORMAT:
                raise _not_template(path, "пошкоджено список населених пунктів")
            raise InputError(
                f"{_where(POPULATION_SHEET, row, _KIND)}: очікується тип "
                f"населеного пункту (м., с-ще, с.), знайдено "
                f"«{shown(kind_text or '')}». {NOTHING_CHANGED}"
            )
        places.append(PlaceKey(name, kind, (code or "").strip()))
        row += 1
    if not places:
        raise _not_template(path, "немає списку населених пунктів")
    return places


def _population(
    sheet: Sheet, places: list[PlaceKey], labelled_kinds: bool
) -> tuple[FilledRow, ...]:
    columns = [column_index_from_string(column) for column in POPULATION_COLUMNS]
    first, last = columns[0], columns[-1]
    last_row = FIRST_ROW + len(places) - 1
    _check_merged(sheet, first, last, last_row + 1)
    rows = []
    for row, place in enumerate(places, FIRST_ROW):
        _label(sheet, row, _NAME, place.name)
        if labelled_kinds:
            _label(sheet, row, _KIND, SettlementKind(place.kind).abbreviation)
        cells = {}
        for part, column in zip(PARTS, columns, strict=True):
            filled = _whole(sheet.get(row, column), _where(sheet.name, row, column))
            if filled is not None:
                cells[part] = filled
        rows.append(FilledRow(sheet.name, row, place, cells))
    for column in range(_NAME, last + 1):
        cell = sheet.get(last_row + 1, column)
        if cell is not None and (cell.formula or cell.value not in (None, "")):
            raise InputError(
                f"{_where(sheet.name, last_row + 1, column)}: рядок поза "
                "шаблоном; нові населені пункти додають у програмі, потім "
                f"створюють новий шаблон. {NOTHING_CHANGED}"
            )
    return tuple(rows)


def _indicators(sheet: Sheet) -> dict[str, FilledCell]:
    column = column_index_from_string(INDICATOR_COLUMN)
    _check_merged(sheet, column, column, FIRST_ROW + len(INDICATORS) - 1)
    indicators = {}
    for row, indicator in enumerate(INDICATORS, FIRST_ROW):
        _label(sheet, row, 1, indicator.code)
        filled = _whole(sheet.get(row, column), _where(sheet.name, row, column))
        if filled is not None:
            indicators[indicator.code] = filled
    return indicators


def read_template(path: Path) -> FilledTemplate:
    """The values filled in a template; refuses anything that is not one, cell by cell.
    Only the hidden sheet, «Населення» and «Показники» are read (never «Інструкція»)."""
    with open_package(path) as package:
        sheets, strings_part, styles_part = package.sheets(package.workbook_part())
        if MARKER_SHEET not in sheets:
            raise _not_template(path, f"немає службового аркуша «{MARKER_SHEET}»")
        for name in (POPULATION_SHEET, INDICATORS_SHEET):
            if name not in sheets:
                raise _not_template(path, f"немає аркуша «{name}»")
        strings = read_shared_strings(package, strings_part)
        dates = read_date_styles(package, styles_part)

        def read(name: str, rows: int, columns: int) -> Sheet:
            return read_sheet(
                package,
                name,
                sheets[name],
                strings,
                dates,
                rows=rows,
                columns=columns,
                max_rows=MAX_SHEET_ROWS,
            )

        marker = read(MARKER_SHEET, MAX_SHEET_ROWS, _LAST_MARKER_COLUMN)
        version, community, year = _header(path, marker)
        count = _place_count(marker)
        # the rows the hidden sheet lists and one more, that must stay empty
        population = read(POPULATION_SHEET, FIRST_ROW + count, _LAST_POPULATION_COLUMN)
        indicators = read(
            INDICATORS_SHEET,
            FIRST_ROW + len(INDICATORS),
            column_index_from_string(INDICATOR_COLUMN),
        )
    places = _places(path, marker, population, version)
    filled_rows = _population(population, places, labelled_kinds=version == TEMPLATE_FORMAT)
    return FilledTemplate(community, year, filled_rows, _indicators(indicators))
