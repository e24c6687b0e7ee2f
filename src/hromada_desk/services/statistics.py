"""The statistics workbook's content: populations, indicators, services and the needs
calculation of a range of years, gathered from a community file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from hromada_desk.domain.needs import NeedsResult, calculate
from hromada_desk.domain.parsing import shown, whole_in
from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR
from hromada_desk.errors import InputError
from hromada_desk.services import needs
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile

# (total, men, women, children) of one settlement in one year
Figures = tuple[int, int | None, int | None, int | None]


@dataclass(frozen=True, slots=True)
class PopulationRow:
    """One line of the population sheet: a settlement (or a community) by year."""

    name: str
    kind: str
    by_year: dict[int, Figures]


@dataclass(frozen=True, slots=True)
class StatisticsData:
    community: str
    council: str
    region: str
    years: tuple[int, ...]
    population: tuple[PopulationRow, ...]
    indicators: dict[int, dict[str, int]]
    existing: dict[int, dict[str, int]]
    results: dict[int, NeedsResult] = field(default_factory=dict)
    # why a year has no calculation (no population, an indicator missing)
    problems: dict[int, str] = field(default_factory=dict)


def parse_years(text: str) -> tuple[int, int]:
    """«2023» → (2023, 2023); «2022-2023» → (2022, 2023)."""
    first, dash, last = text.strip().replace("–", "-").partition("-")
    start = whole_in(first, MIN_YEAR, MAX_YEAR)
    end = whole_in(last, MIN_YEAR, MAX_YEAR) if dash else start
    if start is None or end is None or start > end:
        raise InputError(f"Роки вказують як РІК або РІК-РІК від {MIN_YEAR} до {MAX_YEAR}, "
                         f"перший не пізніше за другий (наприклад 2022-2023), а не "
                         f"«{shown(text)}».")
    return start, end


def statistics_for(cf: CommunityFile, years: tuple[int, int] | None = None) -> StatisticsData:
    """Everything the workbook shows for ``years`` (all years with data by default)."""
    community = community_repo.get_community(cf)
    if community is None:
        raise InputError(f"У файлі «{cf.path.name}» немає даних громади.")
    available = community_repo.data_years(cf)
    chosen = [y for y in available if years is None or years[0] <= y <= years[1]]
    if not chosen:
        have = ", ".join(str(y) for y in available) or "жодного"
        wanted = f"{years[0]}–{years[1]}" if years and years[0] != years[1] else (
            str(years[0]) if years else "")
        raise InputError(f"За {wanted} у файлі «{cf.path.name}» немає даних (є роки: {have}).")
    settlements = community_repo.list_settlements(cf)
    by_id: dict[int, dict[int, Figures]] = {s.id or 0: {} for s in settlements}
    for year in chosen:
        for row in community_repo.get_population(cf, year):
            by_id[row.settlement_id][year] = (row.total, row.men, row.women, row.children)
    rows = tuple(PopulationRow(s.name, s.kind.abbreviation, by_id[s.id or 0])
                 for s in settlements if not s.archived or by_id[s.id or 0])
    results, problems = {}, {}
    for year in chosen:
        try:
            results[year] = calculate(needs.input_from_file(cf, year))
        except InputError as exc:
            problems[year] = exc.message
    return StatisticsData(
        community=community.name, council=community.council_name, region=community.region,
        years=tuple(chosen), population=rows,
        indicators={y: community_repo.get_indicators(cf, y) for y in chosen},
        existing={y: community_repo.get_existing_services(cf, y) for y in chosen},
        results=results, problems=problems)


def sum_figures(figures: Sequence[Figures | None]) -> Figures | None:
    """The total of several settlements' figures; a part is summed only where present."""
    present = [f for f in figures if f is not None]
    if not present:
        return None
    parts: list[int | None] = []
    for i in range(1, 4):
        values = [f[i] for f in present if f[i] is not None]
        parts.append(sum(v for v in values if v is not None) if values else None)
    return (sum(f[0] for f in present), parts[0], parts[1], parts[2])
