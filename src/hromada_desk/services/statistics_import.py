"""Yearly figures from a filled-in template: each row matched to a settlement of the file by
what it is (name and kind), what would change (old → new) and what looks wrong, and applying
every change in one transaction or none at all."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hromada_desk.documents.template import (
    MAX_TEMPLATE_PLACES,
    NOTHING_CHANGED,
    PARTS,
    FilledRow,
    FilledTemplate,
    PlaceKey,
    TemplateData,
    TemplatePlace,
)
from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.parsing import name_key, shown
from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.domain.validation import (
    Finding,
    check_year,
    errors,
    validate_indicators,
    validate_population,
)
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile

PART_NAMES = {"total": "усього", "men": "чоловіки", "women": "жінки", "children": "діти"}
SHOWN_PROBLEMS = 3  # the first few rows that match wrongly; the rest are counted


@dataclass(frozen=True, slots=True)
class Change:
    what: str
    old: int | None
    new: int
    formula: bool = False

    def __str__(self) -> str:
        old = "—" if self.old is None else str(self.old)
        source = " (з формули)" if self.formula else ""
        return f"{self.what}: {old} → {self.new}{source}"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    year: int
    changes: tuple[Change, ...]
    population: tuple[Population, ...]
    indicators: dict[str, int]
    warnings: tuple[Finding, ...] = ()


def template_for(cf: CommunityFile, year: int) -> TemplateData:
    community = community_repo.get_community(cf)
    if community is None:
        raise InputError(f"У файлі «{cf.path.name}» немає даних громади.")
    places = tuple(
        TemplatePlace(s.name, s.kind, s.katottg or "")
        for s in community_repo.list_settlements(cf, include_archived=False)
    )
    if not places:
        raise InputError(f"У файлі «{cf.path.name}» немає населених пунктів.")
    if len(places) > MAX_TEMPLATE_PLACES:
        raise InputError(
            f"У файлі «{cf.path.name}» {len(places)} населених пунктів; шаблон "
            f"буває щонайбільше на {MAX_TEMPLATE_PLACES}."
        )
    return TemplateData(community.name, year, places)


def place_key(settlement: Settlement) -> PlaceKey:
    """What identifies a settlement of the file to a template row: its codifier code where
    it has one (a row with the same code is it whatever either name says), its name and
    kind."""
    return PlaceKey(settlement.name, settlement.kind, settlement.katottg or "")


def _candidates(
    row: PlaceKey,
    by_code: dict[str, list[Settlement]],
    by_name: dict[tuple[str, SettlementKind], list[tuple[PlaceKey, Settlement]]],
) -> list[Settlement]:
    """The settlements a row may be: the one with its code where both sides have codes,
    else those of its name and kind (without one whose own code says it is another)."""
    if row.code and row.code in by_code:
        return by_code[row.code]
    return [
        settlement
        for key, settlement in by_name.get((name_key(row.name), row.kind), [])
        if not (row.code and key.code)
    ]


def match_rows(
    rows: Sequence[FilledRow], places: Iterable[tuple[PlaceKey, Settlement]]
) -> dict[int, Settlement]:
    """Each row's settlement (by row number), among ``places`` (each settlement of the file
    with its key). A row that matches none, a row that matches two, or two rows that match
    one refuse the whole import, naming the rows."""
    by_code: dict[str, list[Settlement]] = defaultdict(list)
    by_name: dict[tuple[str, SettlementKind], list[tuple[PlaceKey, Settlement]]] = defaultdict(list)
    for key, settlement in places:
        if key.code:
            by_code[key.code].append(settlement)
        by_name[(name_key(key.name), key.kind)].append((key, settlement))
    problems: list[tuple[int, str]] = []
    matched: dict[int, Settlement] = {}
    rows_of: dict[int, list[FilledRow]] = defaultdict(list)
    for row in rows:
        found = _candidates(row.place, by_code, by_name)
        if len(found) > 1:  # one in use and the others archived: the one in use
            found = [s for s in found if not s.archived] or found
        if not found:
            problems.append(
                (
                    row.row,
                    f"Аркуш «{row.sheet}», {row.label}: у файлі громади "
                    "немає такого населеного пункту",
                )
            )
        elif len(found) > 1:
            problems.append(
                (
                    row.row,
                    f"Аркуш «{row.sheet}», {row.label}: у файлі громади "
                    "кілька населених пунктів з такою назвою і типом",
                )
            )
        else:
            matched[row.row] = found[0]
            rows_of[found[0].id or 0].append(row)
    for same in rows_of.values():
        if len(same) > 1:
            labels = [f"{r.row} ({r.place.label})" for r in same]
            listed = ", ".join(labels[:-1]) + " і " + labels[-1]
            both = "обидва" if len(same) == 2 else "усі"
            problems.append(
                (
                    same[0].row,
                    f"Аркуш «{same[0].sheet}», рядки {listed}: {both} "
                    "відповідають одному населеному пункту",
                )
            )
    if problems:
        problems.sort()
        text = "; ".join(problem for _, problem in problems[:SHOWN_PROBLEMS])
        more = f" (і ще {len(problems) - SHOWN_PROBLEMS})" if len(problems) > SHOWN_PROBLEMS else ""
        raise InputError(
            f"{text}{more}. {NOTHING_CHANGED}", "Створіть новий шаблон із цього файлу громади."
        )
    return matched


def _refuse(findings: Iterable[Finding]) -> None:
    """The domain's rules, checked here as the write would check them: a dry run refuses
    exactly what the import refuses, before anything is written."""
    problems = errors(findings)
    if problems:
        text = "; ".join(
            f"{f.subject}: {f.message}" if f.subject else f.message
            for f in problems[:SHOWN_PROBLEMS]
        )
        more = f" (і ще {len(problems) - SHOWN_PROBLEMS})" if len(problems) > SHOWN_PROBLEMS else ""
        raise InputError(f"Шаблон: {text}{more}. {NOTHING_CHANGED}")


def plan_import(cf: CommunityFile, filled: FilledTemplate) -> ImportPlan:
    """Compare the filled template with the file; refuse one made for another community,
    a row that names no settlement of the file and anything the write would refuse."""
    community = community_repo.get_community(cf)
    name = community.name if community else ""
    if filled.community != name:
        raise InputError(
            f"Шаблон створено для громади «{shown(filled.community)}», а файл "
            f"«{cf.path.name}» — громади «{name}». {NOTHING_CHANGED}"
        )
    year = filled.year
    _refuse(check_year(year))
    settlements = community_repo.list_settlements(cf)
    matched = match_rows(filled.rows, [(place_key(s), s) for s in settlements])
    names = _names(settlements)
    stored = {p.settlement_id: p for p in community_repo.get_population(cf, year)}
    previous = {p.settlement_id: p.total for p in community_repo.get_population(cf, year - 1)}
    changes: list[Change] = []
    rows: list[Population] = []
    findings: list[Finding] = []
    for row in filled.rows:
        place = matched[row.row]
        settlement_id = place.id or 0
        old = stored.get(settlement_id)
        if old is None and row.cells and "total" not in row.cells:
            where = next(iter(row.cells.values())).where
            raise InputError(
                f"{where}: для «{place.name}» за {year} рік ще немає даних, тому "
                f"потрібне й значення «усього». {NOTHING_CHANGED}"
            )
        values = {part: getattr(old, part) if old else None for part in PARTS}
        row_changed = False
        for part, cell in row.cells.items():
            if values[part] != cell.value:
                changes.append(
                    Change(
                        f"Населення, {names[settlement_id]}, {PART_NAMES[part]}",
                        values[part],
                        cell.value,
                        cell.formula,
                    )
                )
                values[part] = cell.value
                row_changed = True
        if row_changed:
            total = values["total"]
            assert total is not None  # checked above: a new row has its total
            new = Population(
                settlement_id, year, total, values["men"], values["women"], values["children"]
            )
            rows.append(new)
            findings += validate_population(new, names[settlement_id], previous.get(settlement_id))
    stored_indicators = community_repo.get_indicators(cf, year)
    indicators: dict[str, int] = {}
    for indicator in INDICATORS:
        filled_cell = filled.indicators.get(indicator.code)
        if filled_cell is not None and stored_indicators.get(indicator.code) != filled_cell.value:
            changes.append(
                Change(
                    f"Показник {indicator.code}",
                    stored_indicators.get(indicator.code),
                    filled_cell.value,
                    filled_cell.formula,
                )
            )
            indicators[indicator.code] = filled_cell.value
    if indicators:
        findings += validate_indicators(year, {**stored_indicators, **indicators})
    _refuse(findings)
    return ImportPlan(
        year, tuple(changes), tuple(rows), indicators, tuple(f for f in findings if not f.is_error)
    )


def _names(settlements: Sequence[Settlement]) -> dict[int, str]:
    """How a change names each settlement: by its name, with its kind («с-ще Ланна») when
    another settlement of the file has the same name."""
    count: dict[str, int] = defaultdict(int)
    for settlement in settlements:
        count[name_key(settlement.name)] += 1
    return {
        s.id or 0: s.display_name if count[name_key(s.name)] > 1 else s.name for s in settlements
    }


def apply_import(cf: CommunityFile, plan: ImportPlan) -> None:
    """Every change of the plan in one transaction: all of them, or (on any error) none."""
    with cf.atomic():
        community_repo.replace_population(
            cf, [(row.settlement_id, row.year, row) for row in plan.population]
        )
        community_repo.replace_indicators(cf, plan.year, plan.indicators)
