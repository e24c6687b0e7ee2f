"""The needs calculation as a use case: input from a community file, result as JSON or text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any, NoReturn

from hromada_desk.documents.figures import Headcount, SettlementYear
from hromada_desk.documents.needs_year import NeedsYear, parameters_from, whole
from hromada_desk.domain.methodology import METHODOLOGY_TITLE
from hromada_desk.domain.needs import (
    MEDICAL_INDICATOR,
    CounsellingBasis,
    NeedsInput,
    NeedsResult,
    RayonFigures,
    SettlementFigure,
    calculate,
)
from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.records import Population, Settlement
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile


def input_from_file(cf: CommunityFile, year: int) -> NeedsInput:
    """Read one year of Annex 1 from a community file."""
    community = community_repo.get_community(cf)
    rows = community_repo.get_population(cf, year)
    if not rows:
        _no_population(year, community_repo.population_years(cf))
    return needs_input(
        community.name if community else "",
        year,
        rows,
        {s.id or 0: s for s in community_repo.list_settlements(cf)},
        community_repo.get_parameters(cf, year),
        community_repo.get_indicators(cf, year),
        community_repo.get_existing_services(cf, year),
        community_repo.get_rayon_figures(cf, year),
    )


def input_from_figures(
    community: str, year: int, figures: community_repo.YearlyFigures
) -> NeedsInput:
    """``input_from_file`` from figures already read (``community_repo.yearly_figures``)."""
    rows = figures.population.get(year)
    if not rows:
        _no_population(year, sorted(figures.population))
    return needs_input(
        community,
        year,
        rows,
        figures.settlements,
        figures.parameters.get(year, {}),
        figures.indicators.get(year, {}),
        figures.existing.get(year, {}),
        figures.rayon.get(year, (None, None)),
    )


def _no_population(year: int, years: list[int]) -> NoReturn:
    shown = ", ".join(str(y) for y in years)
    others = f" (є роки: {shown})" if shown else ""  # a new file has none at all
    raise InputError(f"За {year} рік у файлі немає даних про населення{others}.")


def needs_input(
    community: str,
    year: int,
    rows: Sequence[Population],
    settlements: Mapping[int, Settlement],
    parameters: Mapping[str, tuple[str, str]],
    indicators: dict[str, int],
    existing: dict[str, int],
    rayon_figures: tuple[int | None, int | None],
) -> NeedsInput:
    """One year of Annex 1 from what a file holds for it (``rows`` not empty)."""
    settlement_figures = tuple(
        SettlementFigure(place.name, r.total, place.admin_center, place.starosta_district)
        for r in rows
        for place in [settlements[r.settlement_id]]
    )
    if sum(s.population for s in settlement_figures) == 0:
        raise InputError(f"За {year} рік загальна чисельність населення дорівнює нулю.")
    stored: dict[str, Any] = dict(parameters)
    served, reasons = None, {}
    if "served_population" in stored:
        value, reasons["served_population"] = stored.pop("served_population")
        served = whole(value, "served_population", minimum=1)
    checked = parameters_from(stored, served, where="", reasons=reasons)
    for code in (checked.cases_indicator, MEDICAL_INDICATOR):
        if code not in indicators:
            raise InputError(
                f"За {year} рік не внесено показник {code}: він потрібен для розрахунку."
            )
    rayon_population, rayon_cases = rayon_figures
    rayon = None
    if rayon_population and rayon_cases is not None:
        rayon = RayonFigures(rayon_population, rayon_cases)
    return NeedsInput(community, year, settlement_figures, indicators, existing, rayon, checked)


def settlement_years(cf: CommunityFile, year: int) -> tuple[SettlementYear, ...]:
    """The settlements with population figures in ``year``, as documents print them."""
    by_id = {s.id: s for s in community_repo.list_settlements(cf)}
    return tuple(
        SettlementYear(
            place.name,
            place.kind,
            Headcount.of(row),
            place.admin_center,
            place.starosta_district,
            place.area_km2,
        )
        for row in community_repo.get_population(cf, year)
        for place in [by_id[row.settlement_id]]
    )


def needs_year_for(cf: CommunityFile, year: int) -> NeedsYear:
    """One year of Annex 1 from a community file, calculated: what a protocol attaches
    (and, when it is finalised, keeps)."""
    data = input_from_file(cf, year)
    return NeedsYear(settlement_years(cf, year), data, calculate(data))


_PARAMETER_FIELDS = (
    "population_per_family_place",
    "brigade_cases_per_month",
    "months",
    "cases_indicator",
    "counselling_basis",
    "counselling_threshold",
    "served_population",
)


def _json_number(value: Fraction | int) -> int | float:
    fraction = Fraction(value)
    return fraction.numerator if fraction.denominator == 1 else float(fraction)


def result_as_json(result: NeedsResult, data: NeedsInput) -> dict[str, Any]:
    """The stable JSON contract: plain numbers at full precision, texts in Ukrainian."""
    services: dict[str, Any] = {}
    for key, service in result.services.items():
        entry: dict[str, Any] = {
            "existing": service.existing,
            "need": service.need,
            "steps": list(service.steps),
            "conclusion": service.conclusion,
        }
        if service.facts.counts_persons:
            entry["persons"] = _json_number(service.values["persons"])
        else:
            entry["required"] = _json_number(service.required)
            entry["deficit"] = _json_number(service.deficit)
        for name in ("E", "K", "C", "victims_per_month"):
            if name in service.values:
                entry[name] = _json_number(service.values[name])
        services[key] = entry
    parameters = data.parameters
    return {
        "community": data.community,
        "year": result.year,
        "population": result.population,
        "basis": "rayon" if data.rayon else "community",
        "basis_text": result.basis,
        "parameters": {
            name: (value.value if isinstance(value, CounsellingBasis) else value)
            for name in _PARAMETER_FIELDS
            for value in [getattr(parameters, name)]
        },
        "parameter_changes": [
            {
                "name": c.name,
                "default": _plain_json(c.default),
                "value": _plain_json(c.value),
                "reason": c.reason,
            }
            for c in result.parameter_changes
        ],
        "services": services,
        "conclusion": result.conclusion,
    }


def _plain_json(value: object) -> object:
    return value.value if isinstance(value, CounsellingBasis) else value


def result_as_text(result: NeedsResult, data: NeedsInput) -> str:
    """The calculation as a person reads it, numbers in the Ukrainian format."""
    lines = [
        f"Розрахунок потреб у спеціалізованих службах підтримки за {result.year} рік",
        f"({METHODOLOGY_TITLE})",
        f"Громада: {data.community}; населення: {format_number(result.population)} осіб у "
        f"{len(data.settlements)} населених пунктах",
        result.basis,
    ]
    for change in result.parameter_changes:
        lines.append(f"Змінено параметр: {change.describe()}")
    for number, service in enumerate(result.services.values(), 1):
        lines += ["", f"{number}. {service.name}"]
        lines += [f"   {step}" for step in service.steps]
        if not service.facts.counts_persons:
            lines.append(
                f"   Потрібно: {format_number(service.required)}; наявно: "
                f"{service.existing}; нестача: {format_number(service.deficit)}"
            )
        lines.append(f"   {service.conclusion}")
    lines += ["", result.conclusion]
    return "\n".join(lines)
