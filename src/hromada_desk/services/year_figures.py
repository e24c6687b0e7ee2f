"""A year's indicators, existing services, rayon figures and calculation parameters, and edits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from hromada_desk.domain.records import Population
from hromada_desk.services.edit import ALL, Edit, Writes
from hromada_desk.storage import community_repo
from hromada_desk.storage.community_repo import (
    data_years,
    get_existing_services,
    get_indicators,
    get_parameters,
    get_rayon_figures,
    population_totals,
    population_years,
    settlement_totals,
)
from hromada_desk.storage.database import CommunityFile

if TYPE_CHECKING:
    from hromada_desk.services.statistics_import import ImportPlan

# The reads the indicator, needs and chart pages use, as storage has them.
__all__ = [
    "change_existing_services",
    "change_indicators",
    "change_parameters",
    "change_rayon_figures",
    "data_years",
    "get_existing_services",
    "get_indicators",
    "get_parameters",
    "get_rayon_figures",
    "import_template",
    "population_totals",
    "population_years",
    "reset_parameters",
    "settlement_totals",
]

Counts = Mapping[str, int | None]  # code → value; None: not entered


def change_indicators(cf: CommunityFile, year: int, changes: Counts) -> Edit | None:
    """Indicator values of a year (None removes one); None when nothing changes."""
    before = community_repo.get_indicators(cf, year)
    old = {code: before.get(code) for code in changes}
    after = dict(changes)
    if old == after:
        return None
    return Writes(
        lambda cf: community_repo.replace_indicators(cf, year, after),
        lambda cf: community_repo.replace_indicators(cf, year, old),
        "indicators",
    )


def change_existing_services(cf: CommunityFile, year: int, changes: Counts) -> Edit | None:
    """How many of each service the community already has in a year; None when nothing
    changes."""
    before = community_repo.get_existing_services(cf, year)
    old = {key: before.get(key) for key in changes}
    after = dict(changes)
    if old == after:
        return None
    return Writes(
        lambda cf: community_repo.replace_existing_services(cf, year, after),
        lambda cf: community_repo.replace_existing_services(cf, year, old),
        "services",
    )


RayonFigures = tuple[int | None, int | None]  # (population, cases) of the whole rayon


def change_rayon_figures(year: int, before: RayonFigures, after: RayonFigures) -> Edit:
    return Writes(
        lambda cf: community_repo.set_rayon_figures(cf, year, *after),
        lambda cf: community_repo.set_rayon_figures(cf, year, *before),
        "rayon",
    )


Parameter = tuple[str | None, str]  # (value as stored text or None for the default, reason)


def _set_parameters(cf: CommunityFile, year: int, values: Mapping[str, Parameter | None]) -> None:
    with cf.atomic():
        for name, value in values.items():
            community_repo.set_parameter(cf, year, name, *(value or (None, "")))


def change_parameters(cf: CommunityFile, year: int, edits: Mapping[str, Parameter]) -> Edit:
    """Changed calculation parameters of a year, each with its reason."""
    before = community_repo.get_parameters(cf, year)
    old: dict[str, Parameter | None] = {name: before.get(name) for name in edits}
    new = dict(edits)
    return Writes(
        lambda cf: _set_parameters(cf, year, new),
        lambda cf: _set_parameters(cf, year, old),
        "parameters",
    )


def reset_parameters(cf: CommunityFile, year: int) -> Edit | None:
    """Every parameter of a year back to the Methodology's value; None when none was
    changed."""
    before: dict[str, Parameter | None] = dict(community_repo.get_parameters(cf, year))
    if not before:
        return None
    defaults: dict[str, Parameter | None] = dict.fromkeys(before)
    return Writes(
        lambda cf: _set_parameters(cf, year, defaults),
        lambda cf: _set_parameters(cf, year, before),
        "parameters",
    )


def import_template(cf: CommunityFile, plan: ImportPlan) -> Edit:
    """A filled template's figures as one edit; undo puts back the rows and values it
    replaces as they are now, and removes again («not entered») those the file did not
    have."""
    from hromada_desk.services.statistics_import import apply_import

    stored = {row.settlement_id: row for row in community_repo.get_population(cf, plan.year)}
    old_rows: list[tuple[int, int, Population | None]] = [
        (row.settlement_id, plan.year, stored.get(row.settlement_id)) for row in plan.population
    ]
    now = community_repo.get_indicators(cf, plan.year)
    old_values: dict[str, int | None] = {code: now.get(code) for code in plan.indicators}

    def revert(target: CommunityFile) -> None:
        with target.atomic():
            community_repo.replace_population(target, old_rows)
            community_repo.replace_indicators(target, plan.year, old_values)

    return Writes(lambda target: apply_import(target, plan), revert, ALL)
