"""The «Район» sheet's words on the rayon's communities, counted against the codifier: how many
sent data, whether D is the rayon's population, and those that did not send data."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk.documents.consolidation import ConsolidatedData
from hromada_desk.domain.parsing import shown
from hromada_desk.exports import xlsx

MISSING_LABEL = "не надійшли дані"
LINK_HINT = (
    "пов’яжіть файл громади з кодифікатором (у програмі: «Громада» → «Пов’язати з "
    "кодифікатором»; у командному рядку: hromada-desk link ФАЙЛ)"
)


def _years(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


def _for_year(data: ConsolidatedData, year: int) -> str:
    entry = data.rayon_years[year]
    present = [rayon for rayon in data.coverage if rayon.sent.get(year)]
    if not present:
        return (
            f"громад району в {data.edition} не визначено, тож Д = Р — сума населення "
            "громад, що надіслали дані"
            if data.edition
            else "Д = Р — сума населення громад, що надіслали дані"
        )
    counted = "; ".join(rayon.sentence(year) for rayon in present)
    if entry.whole:
        return (
            f"{counted} (за {data.edition}), тож Д = Р — населення району: сума "
            "населення всіх його громад"
        )
    return (
        f"{counted} (за {data.edition}); Д = Р — сума населення лише громад, що надіслали "
        "дані, а не населення району, тож розрахунок для району неповний"
    )


def population_notes(data: ConsolidatedData) -> list[str]:
    """What D is in each year («2023: Надійшли дані 1 з 24 громад Полтавського району …»),
    years of the same words together; and the communities the codifier does not know."""
    said: dict[str, list[int]] = {}
    for year in data.years:
        said.setdefault(_for_year(data, year), []).append(year)
    notes = [
        f"{_years(years)}: {text[:1].upper()}{text[1:]}."
        if len(said) > 1 or len(data.years) > 1
        else f"{text[:1].upper()}{text[1:]}."
        for text, years in said.items()
    ]
    if data.not_in_codifier:
        names = ", ".join(f"«{shown(name, 300)}»" for name in data.not_in_codifier)
        notes.append(
            f"Не знайдено в {data.edition}: {names} — їхні дані враховано, але чи "
            "всі громади району надіслали дані, без них не перевірити; "
            f"{LINK_HINT}."
        )
    return notes


def write_missing(ws: Worksheet, row: int, data: ConsolidatedData, width: float) -> int:
    """Each rayon's communities that sent no data, with their codes and the years; the row
    after them."""
    for rayon in data.coverage:
        missing: dict[tuple[str, str], list[int]] = {}
        for year in data.years:
            for unit in rayon.missing(year):
                missing.setdefault(unit, []).append(year)
        if not missing:
            continue
        xlsx.merged_note(
            ws,
            row,
            f"Громади {rayon.genitive}, від яких {MISSING_LABEL} "
            f"({len(missing)}, за {rayon.edition})",
            7,
            width,
            bold=True,
        )
        xlsx.header_row(ws, row + 1, ["Рік", "Код КАТОТТГ", "Громада"])
        row += 2
        for (code, title), years in missing.items():
            xlsx.put(ws, row, 1, years[0] if len(years) == 1 else _years(years), wrap=True)
            xlsx.put(ws, row, 2, code)
            xlsx.put(ws, row, 3, title, wrap=True)
            row += 1
        row += 1
    return row
