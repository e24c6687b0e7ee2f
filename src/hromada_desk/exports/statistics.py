"""The statistics workbook (XLSX): populations, indicators, existing services and the needs
calculation by year, laid out for a rayon official to read, check and print on A4."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.workbook import Workbook

from hromada_desk.documents.figures import total_of
from hromada_desk.documents.statistics import PopulationRow, StatisticsData
from hromada_desk.domain.disclosure import suppressed, suppression_note
from hromada_desk.domain.indicators import INDICATORS, SERVICES
from hromada_desk.domain.methodology import MINIMUM_REQUIREMENTS
from hromada_desk.domain.needs import NeedsResult
from hromada_desk.exports import xlsx

POPULATION_SHEET = "Населення"
INDICATORS_SHEET = "Показники"
SERVICES_SHEET = "Наявні служби"
TOTAL_LABEL = "Всього"
_PARTS = ("усього", "чоловіки", "жінки", "діти")


@dataclass(frozen=True, slots=True)
class StatisticsOptions:
    # counts 1 … suppress_below-1 of the indicators print as «<N» (small numbers identify people)
    suppress_below: int | None = None


def calculation_sheet_name(year: int) -> str:
    return f"Розрахунок {year}"


def export_statistics(
    data: StatisticsData, path: Path, options: StatisticsOptions = StatisticsOptions()
) -> Path:
    wb = xlsx.new_workbook(f"Статистика: {data.community}", data.council or data.community)
    subtitle = ", ".join(p for p in (data.community, data.region) if p)
    write_population(wb, subtitle, data.years, data.population, "Населений пункт")
    write_indicators(wb, subtitle, data.years, data.indicators, options.suppress_below)
    write_services(wb, subtitle, data.years, data.existing)
    for year in data.years:
        write_calculation(
            wb,
            calculation_sheet_name(year),
            subtitle,
            year,
            data.results.get(year),
            data.problems.get(year, ""),
        )
    return xlsx.save_atomically(wb, path)


def write_population(
    wb: Workbook,
    subtitle: str,
    years: Sequence[int],
    rows: Sequence[PopulationRow],
    first_header: str,
) -> None:
    ws = wb.create_sheet(POPULATION_SHEET)
    xlsx.title(ws, "Чисельність населення станом на 01 січня")
    xlsx.put(ws, 2, 1, subtitle, border=False)
    xlsx.header_row(ws, 3, [first_header, "Тип"])
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    ws.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)
    for i, year in enumerate(years):
        column = 3 + 4 * i
        xlsx.header_row(ws, 3, [f"{year} рік", "", "", ""], column)
        ws.merge_cells(start_row=3, start_column=column, end_row=3, end_column=column + 3)
        xlsx.header_row(ws, 4, _PARTS, column)
    row = 5
    for entry in rows:
        xlsx.put(ws, row, 1, entry.name)
        xlsx.put(ws, row, 2, entry.kind.abbreviation)
        for i, year in enumerate(years):
            figures = entry.by_year.get(year)
            parts = figures.parts() if figures else (None,) * 4
            for j in range(4):
                xlsx.put(ws, row, 3 + 4 * i + j, parts[j])
        row += 1
    xlsx.put(ws, row, 1, TOTAL_LABEL, bold=True, fill=xlsx.TOTAL_FILL)
    xlsx.put(ws, row, 2, None, fill=xlsx.TOTAL_FILL)
    for i, year in enumerate(years):
        total = total_of(r.by_year.get(year) for r in rows)
        parts = total.parts() if total else (None,) * 4
        for j in range(4):
            xlsx.put(ws, row, 3 + 4 * i + j, parts[j], bold=True, fill=xlsx.TOTAL_FILL)
    xlsx.widths(ws, [28, 7, *([10] * 4 * len(years))])
    ws.freeze_panes = "C5"
    xlsx.print_setup(ws, "1:4")


def write_indicators(
    wb: Workbook,
    subtitle: str,
    years: Sequence[int],
    values: Mapping[int, Mapping[str, int]],
    suppress_below: int | None = None,
) -> None:
    ws = wb.create_sheet(INDICATORS_SHEET)
    xlsx.title(ws, "Показники додатка 1 до Методики № 787")
    note = subtitle
    if suppress_below:
        note += f" ({suppression_note(suppress_below)})"
    xlsx.put(ws, 2, 1, note, border=False)
    xlsx.header_row(ws, 3, ["№", "Показник", *(f"{y} рік" for y in years)])
    for row, indicator in enumerate(INDICATORS, 4):
        xlsx.put(ws, row, 1, indicator.code)
        xlsx.put(ws, row, 2, indicator.wording, wrap=True)
        for i, year in enumerate(years):
            cell = xlsx.put(
                ws, row, 3 + i, suppressed(values.get(year, {}).get(indicator.code), suppress_below)
            )
            cell.alignment = xlsx.CENTER
    xlsx.widths(ws, [6, 80, *([11] * len(years))])
    ws.freeze_panes = "C4"
    xlsx.fit_rows(ws, 4)
    xlsx.print_setup(ws, "1:3")


def write_services(
    wb: Workbook, subtitle: str, years: Sequence[int], values: Mapping[int, Mapping[str, int]]
) -> None:
    ws = wb.create_sheet(SERVICES_SHEET)
    xlsx.title(ws, "Наявні спеціалізовані служби підтримки постраждалих")
    xlsx.put(ws, 2, 1, subtitle, border=False)
    xlsx.header_row(ws, 3, ["Служба", "Одиниця", *(f"{y} рік" for y in years)])
    for row, service in enumerate(SERVICES, 4):
        xlsx.put(ws, row, 1, service.name, wrap=True)
        xlsx.put(ws, row, 2, service.unit, wrap=True)
        for i, year in enumerate(years):
            cell = xlsx.put(ws, row, 3 + i, values.get(year, {}).get(service.key))
            cell.alignment = xlsx.CENTER
    xlsx.widths(ws, [70, 16, *([11] * len(years))])
    ws.freeze_panes = "C4"
    xlsx.fit_rows(ws, 4)
    xlsx.print_setup(ws, "1:3")


def write_calculation(
    wb: Workbook,
    sheet: str,
    subtitle: str,
    year: int,
    result: NeedsResult | None,
    problem: str = "",
) -> None:
    ws = wb.create_sheet(sheet)
    xlsx.title(
        ws,
        f"Розрахунок потреб у спеціалізованих службах підтримки за {year} рік "
        "(Методика № 787, додаток 2)",
    )
    if result is None:
        xlsx.put(ws, 2, 1, subtitle, border=False)
        xlsx.put(ws, 3, 1, f"Розрахунок неможливий: {problem}", border=False)
        xlsx.widths(ws, [100])
        xlsx.print_setup(ws, "1:1")
        return
    xlsx.put(ws, 2, 1, f"{subtitle}; населення: {result.population} осіб.", border=False)
    xlsx.put(ws, 3, 1, result.basis, wrap=True, border=False)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=7)
    xlsx.header_row(
        ws,
        4,
        ["Служба", "Мінімальні вимоги", "Розрахунок", "Наявно", "Потрібно", "Нестача", "Висновок"],
    )
    row = 5
    for service in result.services.values():
        xlsx.put(ws, row, 1, service.name, wrap=True)
        xlsx.put(ws, row, 2, "\n".join(MINIMUM_REQUIREMENTS[service.key]), wrap=True)
        xlsx.put(ws, row, 3, "\n".join(service.steps), wrap=True)
        # a service whose figure is persons to refer has nothing «required» to create
        persons = service.facts.counts_persons
        for column, value in (
            (4, service.existing),
            (5, None if persons else service.required),
            (6, None if persons else service.deficit),
        ):
            cell = xlsx.put(ws, row, column, value)
            cell.alignment = xlsx.CENTER
        xlsx.put(ws, row, 7, service.conclusion, wrap=True)
        row += 1
    for change in result.parameter_changes:
        xlsx.put(ws, row, 1, f"Змінено параметр: {change.describe()}", border=False)
        row += 1
    xlsx.put(ws, row, 1, "Висновок", bold=True, wrap=True, border=False)
    conclusion = xlsx.put(ws, row, 2, result.conclusion, wrap=True, border=False)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
    conclusion.alignment = xlsx.WRAP
    xlsx.widths(ws, [30, 45, 30, 9, 10, 10, 45])
    ws.freeze_panes = "B5"
    xlsx.fit_rows(ws, 5)
    # the merged conclusion spans columns B…G: its height follows their joint width
    ws.row_dimensions[row].height = xlsx.LINE_HEIGHT * max(
        1, -(-len(result.conclusion) // int(149 * 1.1))
    )
    ws.row_dimensions[3].height = xlsx.LINE_HEIGHT * max(1, -(-len(result.basis) // int(179 * 1.1)))
    xlsx.print_setup(ws, "1:4")
