"""Yearly figures from a filled-in template: what the template lists, what would change
(old → new), and applying every change in one transaction or none at all."""

from __future__ import annotations

from dataclasses import dataclass

from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.records import Population
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile

TEMPLATE_FORMAT = "hromada-desk/шаблон-показників/1"
PARTS = ("total", "men", "women", "children")
PART_NAMES = {"total": "усього", "men": "чоловіки", "women": "жінки", "children": "діти"}


@dataclass(frozen=True, slots=True)
class TemplatePlace:
    settlement_id: int
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class TemplateData:
    community: str
    year: int
    places: tuple[TemplatePlace, ...]


@dataclass(frozen=True, slots=True)
class FilledCell:
    """One filled-in value and where it stands («Аркуш «Населення», C7»)."""

    value: int
    where: str


@dataclass(frozen=True, slots=True)
class FilledTemplate:
    """What a person filled in; empty cells are absent and leave the stored value as it is."""

    community: str
    year: int
    population: dict[int, dict[str, FilledCell]]  # settlement id → part → value
    indicators: dict[str, FilledCell]


@dataclass(frozen=True, slots=True)
class Change:
    what: str
    old: int | None
    new: int

    def __str__(self) -> str:
        old = "—" if self.old is None else str(self.old)
        return f"{self.what}: {old} → {self.new}"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    year: int
    changes: tuple[Change, ...]
    population: tuple[Population, ...]
    indicators: dict[str, int]


def template_for(cf: CommunityFile, year: int) -> TemplateData:
    community = community_repo.get_community(cf)
    if community is None:
        raise InputError(f"У файлі «{cf.path.name}» немає даних громади.")
    places = tuple(TemplatePlace(s.id or 0, s.name, s.kind.abbreviation)
                   for s in community_repo.list_settlements(cf, include_archived=False))
    if not places:
        raise InputError(f"У файлі «{cf.path.name}» немає населених пунктів.")
    return TemplateData(community.name, year, places)


def plan_import(cf: CommunityFile, filled: FilledTemplate) -> ImportPlan:
    """Compare the filled template with the file; refuse one made for another community."""
    community = community_repo.get_community(cf)
    name = community.name if community else ""
    if filled.community != name:
        raise InputError(f"Шаблон створено для громади «{filled.community}», а файл "
                         f"«{cf.path.name}» — громади «{name}». Нічого не змінено.")
    year = filled.year
    places = {s.id: s for s in community_repo.list_settlements(cf)}
    stored = {p.settlement_id: p for p in community_repo.get_population(cf, year)}
    changes: list[Change] = []
    rows: list[Population] = []
    for settlement_id, cells in filled.population.items():
        place = places.get(settlement_id)
        if place is None:
            where = next(iter(cells.values())).where
            raise InputError(f"{where}: населеного пункту з цього рядка вже немає у файлі "
                             "громади; створіть новий шаблон. Нічого не змінено.")
        old = stored.get(settlement_id)
        if old is None and "total" not in cells:
            where = next(iter(cells.values())).where
            raise InputError(f"{where}: для «{place.name}» за {year} рік ще немає даних, тому "
                             "потрібне й значення «усього». Нічого не змінено.")
        values = {part: getattr(old, part) if old else None for part in PARTS}
        row_changed = False
        for part, cell in cells.items():
            if values[part] != cell.value:
                changes.append(Change(f"Населення, {place.name}, {PART_NAMES[part]}",
                                      values[part], cell.value))
                values[part] = cell.value
                row_changed = True
        if row_changed:
            total = values["total"]
            assert total is not None  # checked above: a new row has its total
            rows.append(Population(settlement_id, year, total, values["men"],
                                   values["women"], values["children"]))
    stored_indicators = community_repo.get_indicators(cf, year)
    indicators: dict[str, int] = {}
    for indicator in INDICATORS:
        filled_cell = filled.indicators.get(indicator.code)
        if (filled_cell is not None
                and stored_indicators.get(indicator.code) != filled_cell.value):
            changes.append(Change(f"Показник {indicator.code}",
                                  stored_indicators.get(indicator.code), filled_cell.value))
            indicators[indicator.code] = filled_cell.value
    return ImportPlan(year, tuple(changes), tuple(rows), indicators)


def apply_import(cf: CommunityFile, plan: ImportPlan) -> None:
    """Every change of the plan in one transaction: all of them, or (on any error) none."""
    with cf.atomic():
        community_repo.replace_population(
            cf, [(row.settlement_id, row.year, row) for row in plan.population])
        community_repo.replace_indicators(cf, plan.year, plan.indicators)
