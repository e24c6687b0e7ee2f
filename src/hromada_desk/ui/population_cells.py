"""The population grid's cells: its columns, what a typed or pasted cell means, and many cells
planned as one edit that writes them all or refuses them all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from typing import TypeAlias

from PySide6.QtCore import QCoreApplication, QLocale

from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile
from hromada_desk.ui.cells import CellError, CountInputError, CountProblem, kind_label, parse_count
from hromada_desk.ui.i18n import fill
from hromada_desk.ui.session import ALL

translate = QCoreApplication.translate


class Column(IntEnum):
    NAME = 0
    KIND = 1
    TOTAL = 2
    MEN = 3
    WOMEN = 4
    CHILDREN = 5


NUMBER_COLUMNS = (Column.TOTAL, Column.MEN, Column.WOMEN, Column.CHILDREN)
FIELDS = {Column.TOTAL: "total", Column.MEN: "men", Column.WOMEN: "women",
          Column.CHILDREN: "children"}
BREAKDOWN = ("men", "women", "children")

# (row, column, what was typed or pasted)
Cells: TypeAlias = Sequence[tuple[int, int, object]]
# (settlement id, year, its figures; None: none)
Figures: TypeAlias = tuple[tuple[int, int, Population | None], ...]


def column_title(column: int) -> str:
    return {
        Column.NAME: translate("PopulationTable", "Settlement"),
        Column.KIND: translate("PopulationTable", "Kind"),
        Column.TOTAL: translate("PopulationTable", "Total"),
        Column.MEN: translate("PopulationTable", "Men"),
        Column.WOMEN: translate("PopulationTable", "Women"),
        Column.CHILDREN: translate("PopulationTable", "Children"),
    }[Column(column)]


def count_problem(error: CountInputError) -> str:
    """Why a figure was refused, in the grid's words (it counts people)."""
    text = error.text.strip()
    if error.problem is CountProblem.NEGATIVE:
        return fill(translate("PopulationTable", "«%1»: a number of people cannot be negative"),
                    text)
    if error.problem is CountProblem.TOO_LARGE:
        return fill(translate(
            "PopulationTable", "«%1» is larger than %2, the largest number allowed"),
            text, QLocale().toString(error.maximum))
    return fill(translate(
        "PopulationTable", "«%1» is not a whole number (type digits only, e.g. 1762)"), text)


def parse_kind(text: str) -> SettlementKind:
    """The kind from what a person types or pastes: «село», «с.», «village» …"""
    wanted = text.strip().casefold()
    for kind in SettlementKind:
        names = {kind.value, kind.label, kind.abbreviation, kind_label(kind)}
        if wanted in {n.casefold() for n in names}:
            return kind
    raise CellError(fill(translate(
        "PopulationTable", "«%1» is not a kind of settlement (місто, селище or село)"),
        text.strip()))


def parse_name(text: str) -> str:
    """A name, without the kind abbreviation a copied «с. Коржиха» carries."""
    name = text.strip()
    for kind in SettlementKind:
        prefix = kind.abbreviation + " "
        if name.startswith(prefix):
            name = name[len(prefix):].strip()
            break
    if not name:
        raise CellError(translate("PopulationTable", "the name of a settlement cannot be empty"))
    return name


@dataclasses.dataclass(frozen=True, slots=True)
class PopulationEdit:
    """What one edit writes and what undoing it puts back."""

    settlements: tuple[Settlement, ...] = ()
    old_settlements: tuple[Settlement, ...] = ()
    population: Figures = ()
    old_population: Figures = ()

    @property
    def empty(self) -> bool:
        return not self.settlements and not self.population

    @property
    def what(self) -> str:
        if self.settlements and self.population:
            return ALL
        return "settlements" if self.settlements else "population"

    @staticmethod
    def _write(cf: CommunityFile, settlements: Sequence[Settlement],
               population: Iterable[tuple[int, int, Population | None]]) -> None:
        with cf.atomic():
            for settlement in settlements:
                community_repo.update_settlement(cf, settlement)
            community_repo.replace_population(cf, population)

    def apply(self, cf: CommunityFile) -> None:
        self._write(cf, self.settlements, self.population)

    def revert(self, cf: CommunityFile) -> None:
        self._write(cf, self.old_settlements, self.old_population)


class CellEdits:
    """Plans edits of one year's grid as the model shows it: the settlements in their rows,
    the year's figures and the previous year's. It reads, never writes; the model writes the
    planned ``PopulationEdit`` through the session as one undo step.

    Its refusals keep the model's translation context: they are the grid's messages, shown
    where the model's own are."""

    def __init__(self, year: int, settlements: Sequence[Settlement],
                 rows: Mapping[int, Population], previous: Mapping[int, Population]) -> None:
        self.year = year
        self.settlements = settlements
        self.rows = rows
        self.previous = previous

    def from_cells(self, cells: Cells) -> PopulationEdit:
        """The edit typed or pasted cells make; CellError names the first refused cell."""
        renamed: dict[int, Settlement] = {}
        figures: dict[int, dict[str, int | None]] = {}
        first_cell: dict[tuple[int, str], tuple[int, int]] = {}
        for row, column, value in cells:
            if not 0 <= row < len(self.settlements):  # the total row, or beyond the rows
                continue
            text = "" if value is None else str(value)
            settlement = self.settlements[row]
            sid = settlement.id or 0
            try:
                if column == Column.NAME:
                    base = renamed.get(sid, settlement)
                    renamed[sid] = dataclasses.replace(base, name=parse_name(text))
                elif column == Column.KIND:
                    base = renamed.get(sid, settlement)
                    renamed[sid] = dataclasses.replace(base, kind=parse_kind(text))
                else:
                    field = FIELDS[Column(column)]
                    figures.setdefault(sid, {})[field] = parse_count(text)
                    first_cell.setdefault((sid, field), (row, column))
            except CountInputError as exc:
                raise self._refusal(row, column, count_problem(exc)) from None
            except CellError as exc:
                raise self._refusal(row, column, str(exc)) from None

        population: list[tuple[int, int, Population | None]] = []
        old_population: list[tuple[int, int, Population | None]] = []
        for sid, written in figures.items():
            current = self.rows.get(sid)
            new = self._combine(sid, self.year, current, written)
            if new is None and any(written.get(f) is not None for f in BREAKDOWN):
                field = next(f for f in BREAKDOWN if written.get(f) is not None)
                row, column = first_cell[(sid, field)]
                raise self._refusal(row, column, translate(
                    "PopulationTableModel", "enter the total first; men, women and children "
                    "are kept only with a total"))
            if new != current:
                population.append((sid, self.year, new))
                old_population.append((sid, self.year, current))
        changed = [s for s in renamed.values()
                   if s != next(o for o in self.settlements if o.id == s.id)]
        old = [next(o for o in self.settlements if o.id == s.id) for s in changed]
        return PopulationEdit(tuple(changed), tuple(old), tuple(population),
                              tuple(old_population))

    def from_previous_year(self) -> PopulationEdit:
        """Last year's figures in this year's empty cells of the current settlements."""
        population: list[tuple[int, int, Population | None]] = []
        old: list[tuple[int, int, Population | None]] = []
        for settlement in self.settlements:
            before = self.previous.get(settlement.id or 0)
            if settlement.archived or before is None:
                continue
            current = self.rows.get(settlement.id or 0)
            new = Population(before.settlement_id, self.year, before.total, before.men,
                             before.women, before.children)
            if current is not None:
                new = Population(
                    current.settlement_id, self.year, current.total,
                    *(getattr(current, f) if getattr(current, f) is not None
                      else getattr(before, f) for f in BREAKDOWN))
            if new != current:
                population.append((new.settlement_id, self.year, new))
                old.append((new.settlement_id, self.year, current))
        return PopulationEdit(population=tuple(population), old_population=tuple(old))

    def _refusal(self, row: int, column: int, reason: str) -> CellError:
        return CellError(fill(translate("PopulationTableModel", "Not saved — %1, %2: %3."),
                              self.settlements[row].name, column_title(column), reason))

    @staticmethod
    def _combine(sid: int, year: int, current: Population | None,
                 written: dict[str, int | None]) -> Population | None:
        """The settlement-year after the written cells; None when it has no total."""
        total = written.get("total", current.total if current else None)
        if total is None:
            return None
        parts = {f: written.get(f, getattr(current, f) if current else None) for f in BREAKDOWN}
        return Population(sid, year, total, parts["men"], parts["women"], parts["children"])
