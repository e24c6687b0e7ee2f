"""The population grid's cells: its columns, what a typed or pasted cell means, many cells
planned as one edit that writes them all or refuses them all, and pasted blocks previewed."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import TypeAlias

from PySide6.QtCore import QCoreApplication

from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.parsing import parse_kind as parse_domain_kind
from hromada_desk.domain.parsing import shown
from hromada_desk.domain.pasted_rows import (
    COLUMNS,
    PastedRow,
    PastePlan,
    Problem,
    Refused,
    Skipped,
    plan_paste,
)
from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.domain.validation import errors, validate_settlement
from hromada_desk.services.population import PopulationEdit
from hromada_desk.ui.common.cells import (
    CellError,
    CountInputError,
    CountProblem,
    kind_label,
    parse_count,
)
from hromada_desk.ui.common.i18n import fill

translate = QCoreApplication.translate


class Column(IntEnum):
    NAME = 0
    KIND = 1
    TOTAL = 2
    MEN = 3
    WOMEN = 4
    CHILDREN = 5


NUMBER_COLUMNS = (Column.TOTAL, Column.MEN, Column.WOMEN, Column.CHILDREN)
FIELDS = {
    Column.TOTAL: "total",
    Column.MEN: "men",
    Column.WOMEN: "women",
    Column.CHILDREN: "children",
}
BREAKDOWN = ("men", "women", "children")

# (row, column, what was typed or pasted)
Cells: TypeAlias = Sequence[tuple[int, int, object]]


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
        return fill(
            translate("PopulationTable", "«%1»: a number of people cannot be negative"), text
        )
    if error.problem is CountProblem.TOO_LARGE:
        return fill(
            translate("PopulationTable", "«%1» is larger than %2, the largest number allowed"),
            text,
            format_number(error.maximum),
        )
    return fill(
        translate("PopulationTable", "«%1» is not a whole number (type digits only, e.g. 1762)"),
        text,
    )


def parse_kind(text: str) -> SettlementKind:
    """The kind from what a person types: «село», «с.», «смт», «village», or the kind's
    name in the interface's language."""
    kind = parse_domain_kind(text)
    if kind is not None:
        return kind
    wanted = text.strip().casefold()
    for kind in SettlementKind:
        if wanted == kind_label(kind).casefold():
            return kind
    raise CellError(
        fill(
            translate(
                "PopulationTable", "«%1» is not a kind of settlement (місто, селище or село)"
            ),
            text.strip(),
        )
    )


def parse_name(text: str) -> str:
    """A name, without the kind abbreviation a copied «с. Коржиха» carries."""
    name = text.strip()
    for kind in SettlementKind:
        prefix = kind.abbreviation + " "
        if name.startswith(prefix):
            name = name[len(prefix) :].strip()
            break
    if not name:
        raise CellError(translate("PopulationTable", "the name of a settlement cannot be empty"))
    return name


@dataclasses.dataclass(frozen=True, slots=True)
class FigureChange:
    """One figure a paste changes, as its preview lists it."""

    settlement: Settlement
    field: str
    old: int | None
    new: int | None


@dataclasses.dataclass(frozen=True, slots=True)
class Addition:
    """A pasted row that names no settlement, offered to be added with its figures; ``kind``
    None: the block does not say, the person chooses; ``like``: one it may have meant."""

    line: int
    name: str
    kind: SettlementKind | None
    figures: Population | None
    like: Settlement | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class PastePreview:
    """What a pasted block will write, shown before it is: the figures of settlements in
    the file (``edit`` and its ``changes``), settlements to add, rows left out and why."""

    year: int
    named: bool
    edit: PopulationEdit
    changes: tuple[FigureChange, ...]
    additions: tuple[Addition, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    refusals: tuple[str, ...] = ()
    extra_rows: int = 0
    extra_columns: int = 0


def what_to_paste() -> str:
    return translate(
        "PopulationTable",
        "Paste rows: name, [kind], total, men, women, children; a header row is skipped.",
    )


def _lines(lines: Sequence[int]) -> str:
    return ", ".join(str(line) for line in lines)


def describe_refusal(refused: Refused) -> str:
    """Why pasted rows are left out, naming them by their line in the block."""
    lines, text = _lines(refused.lines), shown(refused.text)
    if refused.problem is Problem.REPEATED:
        return fill(
            translate(
                "PopulationTable",
                "Rows %1: «%2» is there more than once; none of these rows is pasted.",
            ),
            lines,
            text,
        )
    if refused.problem is Problem.AMBIGUOUS:
        return fill(
            translate(
                "PopulationTable",
                "Row %1: «%2» could be %3; add the kind "
                "column (село, селище or місто) to tell them apart.",
            ),
            lines,
            text,
            ", ".join(s.display_name for s in refused.settlements),
        )
    if refused.problem is Problem.NOT_A_KIND:
        return fill(
            translate(
                "PopulationTable",
                "Row %1: «%2» is not a kind of settlement (місто, селище or село).",
            ),
            lines,
            text,
        )
    if refused.problem is Problem.NUMBER_AS_NAME:
        return fill(
            translate(
                "PopulationTable", "Row %1: «%2» is a number where the settlement's name goes. %3"
            ),
            lines,
            text,
            _what_to_paste(),
        )
    return fill(
        translate("PopulationTable", "Row %1: no settlement's name before «%2». %3"),
        lines,
        text,
        _what_to_paste(),
    )


def _what_to_paste() -> str:
    return translate(
        "PopulationTable",
        "Copy the settlements' names with the figures to their right (total, "
        "then men, women, children if you have them); a kind column, a header "
        "row and a column of row numbers may come along, they are understood.",
    )


def figure_changes(
    settlement: Settlement, old: Population | None, new: Population | None
) -> list[FigureChange]:
    before = {f: getattr(old, f) if old else None for f in FIELDS.values()}
    after = {f: getattr(new, f) if new else None for f in FIELDS.values()}
    return [
        FigureChange(settlement, f, before[f], after[f])
        for f in FIELDS.values()
        if before[f] != after[f]
    ]


class CellEdits:
    """Plans edits of one year's grid as the model shows it: the settlements in their rows,
    the year's figures and the previous year's. It reads, never writes; the model writes the
    planned ``PopulationEdit`` through the session as one undo step.

    Its refusals keep the model's translation context: they are the grid's messages, shown
    where the model's own are."""

    def __init__(
        self,
        year: int,
        settlements: Sequence[Settlement],
        rows: Mapping[int, Population],
        previous: Mapping[int, Population],
        everything: Sequence[Settlement] = (),
    ) -> None:
        self.year = year
        self.settlements = settlements
        self.rows = rows
        self.previous = previous
        self.everything = everything  # archived ones too: a pasted name may be one of them

    def plan_paste(self, block: Sequence[Sequence[str]], column: int) -> PastePlan:
        """How a block pasted at ``column`` is written: by name or where it lands."""
        return plan_paste(self.everything, block, COLUMNS[column])

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
                raise self._refusal(
                    row,
                    column,
                    translate(
                        "PopulationTableModel",
                        "enter the total first; men, women and children are kept only with a total",
                    ),
                )
            if new != current:
                population.append((sid, self.year, new))
                old_population.append((sid, self.year, current))
        changed = [
            s for s in renamed.values() if s != next(o for o in self.settlements if o.id == s.id)
        ]
        old = [next(o for o in self.settlements if o.id == s.id) for s in changed]
        return PopulationEdit(tuple(changed), tuple(old), tuple(population), tuple(old_population))

    def preview_cells(
        self,
        cells: Cells,
        skipped: Sequence[Skipped] = (),
        extra_rows: int = 0,
        extra_columns: int = 0,
    ) -> PastePreview:
        """The preview of figures pasted where they land; CellError names a refused cell."""
        edit = self.from_cells(cells)
        by_id = {s.id: s for s in self.settlements}
        changes = [
            change
            for (sid, _y, new), (_s, _o, old) in zip(
                edit.population, edit.old_population, strict=True
            )
            for change in figure_changes(by_id[sid], old, new)
        ]
        return PastePreview(
            self.year,
            False,
            edit,
            tuple(changes),
            skipped=tuple(skipped),
            extra_rows=extra_rows,
            extra_columns=extra_columns,
        )

    def preview_named(self, plan: PastePlan) -> PastePreview:
        """The preview of rows matched by name: a row that cannot be written is left out and
        named among the refusals; the others are pasted."""
        refusals = [describe_refusal(r) for r in plan.refused]
        population: list[tuple[int, int, Population | None]] = []
        old_population: list[tuple[int, int, Population | None]] = []
        changes: list[FigureChange] = []
        for match in plan.matched:
            sid = match.settlement.id or 0
            current = self.rows.get(sid)
            try:
                new = self._row_figures(match.row, sid, current)
            except CellError as exc:
                refusals.append(
                    self._row_refusal(match.row, match.settlement.display_name, str(exc))
                )
                continue
            if new != current:
                population.append((sid, self.year, new))
                old_population.append((sid, self.year, current))
                changes += figure_changes(match.settlement, current, new)
        additions: list[Addition] = []
        for unknown in plan.unknown:
            row = unknown.row
            try:
                problems = errors(validate_settlement(Settlement(row.name)))
                if problems:
                    raise CellError(problems[0].message)
                figures = self._row_figures(row, 0, None)
            except CellError as exc:
                refusals.append(self._row_refusal(row, row.name, str(exc)))
                continue
            additions.append(Addition(row.line, row.name, row.kind, figures, unknown.like))
        edit = PopulationEdit(population=tuple(population), old_population=tuple(old_population))
        return PastePreview(
            self.year,
            True,
            edit,
            tuple(changes),
            tuple(additions),
            plan.skipped,
            tuple(refusals),
            extra_columns=plan.extra_columns,
        )

    def _row_figures(
        self, row: PastedRow, sid: int, current: Population | None
    ) -> Population | None:
        written: dict[str, int | None] = {}
        for field, text in row.figures:
            try:
                written[field] = parse_count(text)
            except CountInputError as exc:
                title = column_title(next(c for c, f in FIELDS.items() if f == field))
                raise CellError(
                    fill(translate("PopulationTable", "%1: %2"), title, count_problem(exc))
                ) from None
        new = self._combine(sid, self.year, current, written)
        if new is None and any(written.get(f) is not None for f in BREAKDOWN):
            raise CellError(
                translate(
                    "PopulationTableModel",
                    "enter the total first; men, women and children are kept only with a total",
                )
            )
        return new

    @staticmethod
    def _row_refusal(row: PastedRow, name: str, reason: str) -> str:
        return fill(translate("PopulationTable", "Row %1, %2: %3."), row.line, shown(name), reason)

    def from_previous_year(self) -> PopulationEdit:
        """Last year's figures in this year's empty cells of the current settlements."""
        population: list[tuple[int, int, Population | None]] = []
        old: list[tuple[int, int, Population | None]] = []
        for settlement in self.settlements:
            before = self.previous.get(settlement.id or 0)
            if settlement.archived or before is None:
                continue
            current = self.rows.get(settlement.id or 0)
            new = Population(
                before.settlement_id,
                self.year,
                before.total,
                before.men,
                before.women,
                before.children,
            )
            if current is not None:
                new = Population(
                    current.settlement_id,
                    self.year,
                    current.total,
                    *(
                        getattr(current, f)
                        if getattr(current, f) is not None
                        else getattr(before, f)
                        for f in BREAKDOWN
                    ),
                )
            if new != current:
                population.append((new.settlement_id, self.year, new))
                old.append((new.settlement_id, self.year, current))
        return PopulationEdit(population=tuple(population), old_population=tuple(old))

    def _refusal(self, row: int, column: int, reason: str) -> CellError:
        return CellError(
            fill(
                translate("PopulationTableModel", "Not saved — %1, %2: %3."),
                self.settlements[row].name,
                column_title(column),
                reason,
            )
        )

    @staticmethod
    def _combine(
        sid: int, year: int, current: Population | None, written: dict[str, int | None]
    ) -> Population | None:
        """The settlement-year after the written cells; None when it has no total."""
        total = written.get("total", current.total if current else None)
        if total is None:
            return None
        parts = {f: written.get(f, getattr(current, f) if current else None) for f in BREAKDOWN}
        return Population(sid, year, total, parts["men"], parts["women"], parts["children"])
