"""The statistics workbook's data (documents.statistics) gathered from a community file."""

from __future__ import annotations

from hromada_desk.documents.figures import Headcount
from hromada_desk.documents.statistics import PopulationRow, StatisticsData
from hromada_desk.domain.needs import calculate
from hromada_desk.domain.parsing import shown, whole_in
from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR
from hromada_desk.errors import InputError
from hromada_desk.services import needs
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile


def parse_years(text: str) -> tuple[int, int]:
    """«2023» → (2023, 2023); «2022-2023» → (2022, 2023)."""
    first, dash, last = text.strip().replace("–", "-").partition("-")
    start = whole_in(first, MIN_YEAR, MAX_YEAR)
    end = whole_in(last, MIN_YEAR, MAX_YEAR) if dash else start
    if start is None or end is None or start > end:
        raise InputError(
            f"Роки вказують як РІК або РІК-РІК від {MIN_YEAR} до {MAX_YEAR}, "
            f"перший не пізніше за другий (наприклад 2022-2023), а не "
            f"«{shown(text)}»."
        )
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
        wanted = (
            f"{years[0]}–{years[1]}"
            if years and years[0] != years[1]
            else (str(years[0]) if years else "")
        )
        raise InputError(f"За {wanted} у файлі «{cf.path.name}» немає даних (є роки: {have}).")
    settlements = community_repo.list_settlements(cf)
    by_id: dict[int, dict[int, Headcount]] = {s.id or 0: {} for s in settlements}
    for year in chosen:
        for row in community_repo.get_population(cf, year):
            by_id[row.settlement_id][year] = Headcount.of(row)
    rows = tuple(
        PopulationRow(s.name, s.kind, by_id[s.id or 0])
        for s in settlements
        if not s.archived or by_id[s.id or 0]
    )
    results, problems = {}, {}
    for year in chosen:
        try:
            results[year] = calculate(needs.input_from_file(cf, year))
        except InputError as exc:
            problems[year] = exc.message
    return StatisticsData(
        community=community.name,
        council=community.council_name,
        region=community.region,
        years=tuple(chosen),
        population=rows,
        indicators={y: community_repo.get_indicators(cf, y) for y in chosen},
        existing={y: community_repo.get_existing_services(cf, y) for y in chosen},
        results=results,
        problems=problems,
    )
