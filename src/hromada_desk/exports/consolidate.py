"""The rayon's consolidated workbook (XLSX): communities' populations and indicators by year,
their needs calculations, and the calculation for the rayon as a whole, printable on A4."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk import APP_NAME
from hromada_desk.documents.consolidation import ConsolidatedData, ServiceLine
from hromada_desk.documents.figures import total_of
from hromada_desk.domain.disclosure import suppressed, suppression_note
from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.numbers import format_number
from hromada_desk.exports import xlsx, xlsx_stream
from hromada_desk.exports.consolidate_rayon import population_notes, write_missing
from hromada_desk.exports.statistics import TOTAL_LABEL, StatisticsOptions

COMMUNITIES_SHEET = "Громади"
INDICATORS_SHEET = "Показники"
CALCULATIONS_SHEET = "Розрахунок громад"
RAYON_SHEET = "Район"
SKIPPED_LABEL = "Пропущені файли"
REPLACED_LABEL = "Громади, подані кількома різними файлами (узято новіший файл)"
SHELTER_RULE = (
    "Мінімальні вимоги Методики передбачають щонайменше один притулок у кожному "
    "районі; в одному приміщенні — від 6 до 20 сімейних місць (оптимально 12–15)."
)
# How the cells of each kind of row look, column by column (xlsx.put_row).
_TOTAL = xlsx.Look(bold=True, fill=xlsx.TOTAL_FILL)
_POPULATION_ROW = (xlsx.PLAIN, xlsx.WRAPPED, *[xlsx.PLAIN] * 4, xlsx.WRAPPED)
_POPULATION_TOTAL = (*[_TOTAL] * 6, xlsx.Look(fill=xlsx.TOTAL_FILL))
_INDICATOR_ROW = (xlsx.PLAIN, xlsx.WRAPPED, *[xlsx.CENTERED] * len(INDICATORS))
_INDICATOR_TOTAL = (
    _TOTAL,
    _TOTAL,
    *[xlsx.Look(bold=True, fill=xlsx.TOTAL_FILL, align=xlsx.CENTER)] * len(INDICATORS),
)
_NEEDED = xlsx.Look(bold=True, wrap=True)
_SERVICE_ROWS = {
    needed: (xlsx.PLAIN, xlsx.WRAPPED, xlsx.PLAIN, xlsx.WRAPPED, *[xlsx.CENTERED] * 3, look)
    for needed, look in ((True, _NEEDED), (False, xlsx.WRAPPED))
}
_NO_CALCULATION_ROW = (xlsx.PLAIN, xlsx.WRAPPED, xlsx.PLAIN, xlsx.WRAPPED, *[xlsx.PLAIN] * 4)


def _rayon_label(data: ConsolidatedData) -> str:
    return f"{data.rayon} район" if data.rayon else "район"


def export_consolidated(
    data: ConsolidatedData, path: Path, options: StatisticsOptions | None = None
) -> Path:
    options = options or StatisticsOptions()
    label = _rayon_label(data)
    wb = xlsx.new_workbook(f"Зведення громад: {label}", APP_NAME)
    shown_years = ", ".join(str(y) for y in data.years)
    wb.properties.subject = (
        f"Населення, показники і розрахунок потреб за Методикою № 787: "
        f"{len(data.communities)} громад, {shown_years}"
    )
    wb.properties.keywords = "Методика 787; зведення; район"
    subtitle = (
        f"{label[:1].upper()}{label[1:]}; громад: {len(data.communities)}; роки: {shown_years}"
    )
    write_communities(wb, subtitle, data)
    write_indicator_table(wb, subtitle, data, options.suppress_below)
    write_community_calculations(wb, subtitle, data, options.suppress_below)
    write_rayon(wb, subtitle, data)
    return xlsx.save_atomically(wb, path)


def _replaced_notes(data: ConsolidatedData) -> list[tuple[str, bool]]:
    """Which file was taken for a community given in several, and which were left out."""
    if not data.replaced:
        return []
    paths = {v.path for r in data.replaced for v in (r.taken, *r.left_out)}
    names = [path.name for path in paths]

    def label(path: Path) -> str:  # the file's name, or its path where two names are one
        return path.name if names.count(path.name) == 1 else str(path)

    return [(REPLACED_LABEL, True), *((r.text(label), False) for r in data.replaced)]


def write_communities(wb: Workbook, subtitle: str, data: ConsolidatedData) -> None:
    ws = xlsx_stream.new_sheet(wb, COMMUNITIES_SHEET)
    xlsx.title(ws, "Чисельність населення громад району станом на 01 січня")
    note = subtitle
    if data.skipped:
        note += f"; пропущено непридатних файлів: {len(data.skipped)} (див. нижче)"
    if data.replaced:
        note += (
            f"; громад, поданих кількома файлами: {len(data.replaced)} (узято новіші, див. нижче)"
        )
    xlsx.put(ws, 2, 1, note, border=False)
    xlsx.header_row(ws, 3, ["Рік", "Громада", "усього", "чоловіки", "жінки", "діти", "Файл"])
    widths = [7, 52, 10, 10, 10, 10, 26]
    xlsx.widths(ws, widths)
    row = 4
    with xlsx.fitted_rows(ws, 4):
        for year in data.years:
            present = [c for c in data.communities if year in c.years]
            for community in present:
                figures = community.years[year].population
                parts = figures.parts() if figures else (None,) * 4
                xlsx.put_row(
                    ws, row, (year, community.name, *parts, community.file), _POPULATION_ROW
                )
                row += 1
            total = total_of(c.years[year].population for c in present)
            parts = total.parts() if total else (None,) * 4
            xlsx.put_row(
                ws,
                row,
                (year, TOTAL_LABEL, *parts, f"громад: {len(present)}"),
                _POPULATION_TOTAL,
            )
            row += 1
    notes: list[tuple[str, bool]] = []
    if data.without_data:
        notes.append(("Громади без даних за вибрані роки: " + ", ".join(data.without_data), False))
    if data.duplicates:
        notes.append(
            (
                "Файли, зазначені повторно або однакові з іншими (враховано один раз): "
                + ", ".join(p.name for p in data.duplicates),
                False,
            )
        )
    notes += _replaced_notes(data)
    if data.skipped:
        notes.append((SKIPPED_LABEL, True))
        notes += [(str(bad), False) for bad in data.skipped]
    row += 1
    for text, bold in notes:
        xlsx.merged_note(ws, row, text, 7, sum(widths), bold=bold)
        row += 1
    ws.freeze_panes = "C4"
    xlsx.print_setup(ws, "1:3")


def write_indicator_table(
    wb: Workbook, subtitle: str, data: ConsolidatedData, suppress_below: int | None
) -> None:
    ws = xlsx_stream.new_sheet(wb, INDICATORS_SHEET)
    xlsx.title(ws, "Показники додатка 1 до Методики № 787 за громадами")
    note = subtitle
    if suppress_below:
        note += f" ({suppression_note(suppress_below)})"
    xlsx.put(ws, 2, 1, note, border=False)
    xlsx.header_row(ws, 3, ["Рік", "Громада", *(i.code for i in INDICATORS)])
    widths = [7, 52, *([8] * len(INDICATORS))]
    xlsx.widths(ws, widths)
    row = 4
    with xlsx.fitted_rows(ws, 4):
        for year in data.years:
            present = [c for c in data.communities if year in c.years]
            for community in present:
                values = community.years[year].indicators
                xlsx.put_row(
                    ws,
                    row,
                    (
                        year,
                        community.name,
                        *(suppressed(values.get(i.code), suppress_below) for i in INDICATORS),
                    ),
                    _INDICATOR_ROW,
                )
                row += 1
            totals = []
            for indicator in INDICATORS:
                entered = [
                    c.years[year].indicators[indicator.code]
                    for c in present
                    if indicator.code in c.years[year].indicators
                ]
                totals.append(suppressed(sum(entered) if entered else None, suppress_below))
            xlsx.put_row(ws, row, (year, TOTAL_LABEL, *totals), _INDICATOR_TOTAL)
            row += 1
    row += 1
    xlsx.put(ws, row, 1, "Показники", bold=True, border=False)
    row += 1
    for indicator in INDICATORS:
        xlsx.put(ws, row, 1, indicator.code, border=False)
        cell = xlsx.put(ws, row, 2, indicator.wording, wrap=True, border=False)
        cell.alignment = xlsx.WRAP
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=2 + len(INDICATORS))
        lines = max(1, -(-len(indicator.wording) // int(sum(widths[1:]) * 1.05)))
        ws.row_dimensions[row].height = xlsx.LINE_HEIGHT * lines
        row += 1
    ws.freeze_panes = "C4"
    xlsx.print_setup(ws, "1:3")


def _service_rows(
    services: tuple[ServiceLine, ...], suppress_below: int | None
) -> list[tuple[str, int | str | object, int, object, str]]:
    rows: list[tuple[str, int | str | object, int, object, str]] = []
    for service in services:
        if service.persons is not None:
            need = "направляти до центру області" if service.persons else "ні"
            rows.append(
                (
                    service.label,
                    suppressed(service.persons, suppress_below),
                    service.existing,
                    None,
                    need,
                )
            )
        else:
            rows.append(
                (
                    service.label,
                    service.required,
                    service.existing,
                    service.deficit,
                    "так" if service.need else "ні",
                )
            )
    return rows


def write_community_calculations(
    wb: Workbook, subtitle: str, data: ConsolidatedData, suppress_below: int | None
) -> None:
    ws = xlsx_stream.new_sheet(wb, CALCULATIONS_SHEET)
    xlsx.title(
        ws,
        "Розрахунок потреб громад у спеціалізованих службах підтримки (Методика № 787, додаток 2)",
    )
    xlsx.put(
        ws, 2, 1, subtitle + "; параметри розрахунку — як у файлі кожної громади", border=False
    )
    xlsx.header_row(
        ws,
        3,
        [
            "Рік",
            "Громада",
            "Населення",
            "Служба",
            "Потрібно",
            "Наявно",
            "Нестача",
            "Запропонована потреба",
        ],
    )
    xlsx.widths(ws, [7, 50, 11, 38, 10, 9, 10, 18])
    with xlsx.fitted_rows(ws, 4):
        _calculation_rows(ws, data, suppress_below)
    ws.freeze_panes = "C4"
    xlsx.print_setup(ws, "1:3")


def _calculation_rows(ws: Worksheet, data: ConsolidatedData, suppress_below: int | None) -> None:
    row = 4
    for year in data.years:
        for community in data.communities:
            entry = community.years.get(year)
            if entry is None:
                continue
            population = entry.population.total if entry.population else None
            if entry.services is None:
                problem = f"Розрахунок неможливий: {entry.problem}"
                xlsx.put_row(
                    ws,
                    row,
                    (year, community.name, population, problem, None, None, None, None),
                    _NO_CALCULATION_ROW,
                )
                row += 1
                continue
            for label, required, existing, deficit, need in _service_rows(
                entry.services, suppress_below
            ):
                xlsx.put_row(
                    ws,
                    row,
                    (year, community.name, population, label, required, existing, deficit, need),
                    _SERVICE_ROWS[need == "так"],
                )
                row += 1


def write_rayon(wb: Workbook, subtitle: str, data: ConsolidatedData) -> None:
    ws = xlsx_stream.new_sheet(wb, RAYON_SHEET)
    widths = [8, 26, 40, 10, 11, 10, 55]
    total_width = sum(widths)
    xlsx.title(
        ws,
        f"Розрахунок потреб для району в цілому ({_rayon_label(data)}; Методика № 787, додаток 2)",
    )
    xlsx.put(ws, 2, 1, subtitle, border=False)
    xlsx.merged_note(
        ws,
        3,
        "Населені пункти розрахунку — громади з їхньою чисельністю "
        "населення (Д = Р); показники і наявні служби громад додано; "
        "параметри Методики — типові. Служба первинного консультування тут "
        "рахується по одному фахівцю на громаду; за населеними пунктами — "
        "див. аркуш «Розрахунок громад». " + " ".join(population_notes(data)),
        7,
        total_width,
    )
    xlsx.merged_note(ws, 4, SHELTER_RULE, 7, total_width, bold=True)
    xlsx.header_row(
        ws,
        5,
        [
            "Рік",
            "Громад у розрахунку",
            "Населення району, осіб",
            "Наявно місць",
            "Сімейних місць притулку (А : 10 000)",
            "Нестача",
            "Висновок щодо притулку",
        ],
    )
    xlsx.widths(ws, widths)
    with xlsx.fitted_rows(ws, 5):
        row = 6
        for year in data.years:
            entry = data.rayon_years[year]
            xlsx.put(ws, row, 1, year)
            xlsx.put(ws, row, 2, entry.communities, align=xlsx.CENTER)
            xlsx.put(ws, row, 3, entry.population, align=xlsx.CENTER)
            if entry.result is not None:
                shelter = entry.result.services["shelter"]
                xlsx.put(ws, row, 4, shelter.existing, align=xlsx.CENTER)
                xlsx.put(ws, row, 5, shelter.required, align=xlsx.CENTER)
                xlsx.put(ws, row, 6, shelter.deficit, align=xlsx.CENTER)
                xlsx.put(
                    ws, row, 7, _shelter_verdict(shelter.required, shelter.existing), wrap=True
                )
            else:
                for column in range(4, 7):
                    xlsx.put(ws, row, column, None)
                xlsx.put(ws, row, 7, entry.problem, wrap=True)
            row += 1
        first_detail = row + 1
        xlsx.header_row(
            ws,
            first_detail,
            ["Рік", "Служба", "Розрахунок", "Наявно", "Потрібно", "Нестача", "Висновок"],
        )
        row = first_detail + 1
        for year in data.years:
            entry = data.rayon_years[year]
            if entry.result is None:
                xlsx.put(ws, row, 1, year)
                xlsx.put(ws, row, 2, f"Розрахунок неможливий: {entry.problem}", wrap=True)
                row += 1
                continue
            for service in entry.result.services.values():
                xlsx.put(ws, row, 1, year)
                xlsx.put(ws, row, 2, service.facts.label, wrap=True)
                xlsx.put(ws, row, 3, "\n".join(service.steps), wrap=True)
                medical = service.facts.counts_persons
                for column, value in (
                    (4, service.existing),
                    (5, service.required),
                    (6, None if medical else service.deficit),
                ):
                    xlsx.put(ws, row, column, value, align=xlsx.CENTER)
                xlsx.put(ws, row, 7, service.conclusion, wrap=True)
                row += 1
    row += 1
    for year in data.years:
        result = data.rayon_years[year].result
        if result is not None:
            xlsx.merged_note(
                ws, row, f"{year}: {_rayon_wording(result.conclusion)}", 7, total_width
            )
            row += 1
    for text, bold in _replaced_notes(data):
        xlsx.merged_note(ws, row, text, 7, total_width, bold=bold)
        row += 1
    row = write_missing(ws, row + 1, data, total_width)
    ws.freeze_panes = "B6"
    xlsx.print_setup(ws, "1:2")


def _shelter_verdict(places: Fraction, existing: int) -> str:
    shown = format_number(places)
    if existing >= 1:
        return f"Розрахункова кількість сімейних місць для району — {shown}; наявно {existing}."
    return (
        f"Розрахункова кількість сімейних місць для району — {shown}; притулку немає, "
        "а Методика передбачає щонайменше один притулок у районі."
    )


def _rayon_wording(conclusion: str) -> str:
    return conclusion.replace("на території громади", "на території району")
