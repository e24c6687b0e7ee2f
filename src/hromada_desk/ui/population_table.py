"""The editable population grid of one year: its table model, writing every edit at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.domain.validation import Finding, validate_population
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile
from hromada_desk.ui.cells import (
    CellError,
    CountInputError,
    CountProblem,
    error_icon,
    kind_label,
    parse_count,
    warning_icon,
)
from hromada_desk.ui.i18n import fill
from hromada_desk.ui.session import ALL, Session

_Index: TypeAlias = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate


class Column(IntEnum):
    NAME = 0
    KIND = 1
    TOTAL = 2
    MEN = 3
    WOMEN = 4
    CHILDREN = 5


NUMBER_COLUMNS = (Column.TOTAL, Column.MEN, Column.WOMEN, Column.CHILDREN)
_FIELDS = {Column.TOTAL: "total", Column.MEN: "men", Column.WOMEN: "women",
           Column.CHILDREN: "children"}
_BREAKDOWN = ("men", "women", "children")


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
class _Edit:
    """What one edit writes and what undoing it puts back."""

    settlements: tuple[Settlement, ...] = ()
    old_settlements: tuple[Settlement, ...] = ()
    population: tuple[tuple[int, int, Population | None], ...] = ()
    old_population: tuple[tuple[int, int, Population | None], ...] = ()

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


def _sums(rows: Iterable[Population]) -> dict[str, int | None]:
    """The total row: each figure summed over the rows that have it (None: none has it).
    Summed once per reload, not each time a cell of the total row is painted."""
    sums: dict[str, int | None] = dict.fromkeys(_FIELDS.values())
    for row in rows:
        for field in _FIELDS.values():
            value = getattr(row, field)
            if value is not None:
                sums[field] = (sums[field] or 0) + value
    return sums


class PopulationTableModel(QAbstractTableModel):
    """Settlements down, name, kind and the year's figures across, a «Total» row at the bottom.

    Every edit is written at once as one undoable step through the session; text that cannot
    be saved is refused and ``message`` says why.
    """

    message = Signal(str, bool)  # text, is it a refusal

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_archived = False
        self.year: int | None = None
        self._settlements: list[Settlement] = []
        self._rows: dict[int, Population] = {}
        self._previous: dict[int, Population] = {}
        self._hidden_in_total: list[str] = []
        self._findings: dict[int, list[Finding]] = {}
        self._totals: dict[str, int | None] = {}
        self.last_write_ok = True

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the selected year again; True when the rows themselves changed (a reset)."""
        cf, year = self.session.cf, self.session.year
        settlements: list[Settlement] = []
        rows: dict[int, Population] = {}
        previous: dict[int, Population] = {}
        hidden: list[str] = []
        if cf is not None and year is not None:
            everything = community_repo.list_settlements(cf)
            settlements = [s for s in everything if self.show_archived or not s.archived]
            rows = {p.settlement_id: p for p in community_repo.get_population(cf, year)}
            previous = {p.settlement_id: p for p in community_repo.get_population(cf, year - 1)}
            shown = {s.id for s in settlements}
            hidden = [s.name for s in everything if s.id not in shown and s.id in rows]
        reset = ([s.id for s in settlements] != [s.id for s in self._settlements]
                 or year != self.year)
        if reset:
            self.beginResetModel()
        self.year, self._settlements, self._rows, self._previous = year, settlements, rows, previous
        self._hidden_in_total = hidden
        self._totals = _sums(rows.values())
        self._findings = {}
        for settlement in settlements:
            row = rows.get(settlement.id or 0)
            if row is not None:
                before = previous.get(settlement.id or 0)
                found = validate_population(row, settlement.name,
                                            before.total if before else None)
                if found:
                    self._findings[settlement.id or 0] = found
        if reset:
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(Column) - 1))
        return reset

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(Column) - 1))

    # -- what the page asks -----------------------------------------------------------------
    @property
    def settlement_count(self) -> int:
        return len(self._settlements)

    def settlement_at(self, row: int) -> Settlement | None:
        return self._settlements[row] if 0 <= row < len(self._settlements) else None

    def row_of(self, settlement_id: int | None) -> int:
        for row, settlement in enumerate(self._settlements):
            if settlement.id == settlement_id:
                return row
        return -1

    def warnings(self) -> list[tuple[str, Finding]]:
        """(settlement name, finding) in the order of the rows."""
        return [(s.name, f) for s in self._settlements for f in self._findings.get(s.id or 0, [])]

    @property
    def hidden_in_total(self) -> list[str]:
        """Archived settlements not shown whose figures the total row still counts."""
        return list(self._hidden_in_total)

    @property
    def has_figures(self) -> bool:
        """Whether the selected year has any settlement's figures."""
        return bool(self._rows)

    @property
    def has_previous_year(self) -> bool:
        return bool(self._previous)

    # -- the Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._settlements:
            return 0
        return len(self._settlements) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def is_total_row(self, row: int) -> bool:
        return row == len(self._settlements)

    def value(self, row: int, column: int) -> int | None:
        """A number cell's value; the total row sums every figure of the year."""
        field = _FIELDS[Column(column)]
        if self.is_total_row(row):
            return self._totals.get(field)
        population = self._rows.get(self._settlements[row].id or 0)
        return None if population is None else getattr(population, field)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.is_total_row(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.is_total_row(row):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and self._hidden_in_total:
                return fill(self.tr("Includes archived settlements that are not shown: %1"),
                            ", ".join(self._hidden_in_total))
            return None
        settlement = self._settlements[row]
        findings = self._findings.get(settlement.id or 0, [])
        if role == Qt.ItemDataRole.ForegroundRole and settlement.archived:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                          QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TOTAL and findings:
            return error_icon() if any(f.is_error for f in findings) else warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(settlement, column, findings)
        return None

    def _tooltip(self, settlement: Settlement, column: Column,
                 findings: list[Finding]) -> str | None:
        if column == Column.TOTAL and findings:
            return "\n".join(f.message for f in findings)
        if column == Column.NAME:
            notes = []
            if settlement.admin_center:
                notes.append(self.tr("Administrative centre"))
            if settlement.archived:
                notes.append(self.tr("Archived: not counted as part of the community any more"))
            return "\n".join(notes) or None
        return None

    def text(self, row: int, column: int, *, edit: bool = False) -> str:
        """What a cell shows; ``edit``: the plain form for editing and copying (1762)."""
        if self.is_total_row(row):
            if column == Column.NAME:
                return self.tr("Total")
            if column == Column.KIND:
                return ""
        else:
            settlement = self._settlements[row]
            if column == Column.NAME:
                return settlement.name if edit else settlement.display_name
            if column == Column.KIND:
                return kind_label(settlement.kind)
        number = self.value(row, column)
        if number is None:
            return ""
        return str(number) if edit else QLocale().toString(number)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(section)
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.TOTAL:
                return self.tr("Population on 1 January of the year")
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.CHILDREN:
                return self.tr("Children under 18")
        # No super() here: PySide6 6.12 on Python 3.11 hands back an empty QVariant as a None
        # it does not own, and returning that None corrupts its reference count.
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or self.is_total_row(index.row())):
            return False
        return self.write_cells([(index.row(), index.column(), value)])

    # -- writing ----------------------------------------------------------------------------
    def write_cells(self, cells: Sequence[tuple[int, int, object]],
                    undo_text: str | None = None) -> bool:
        """Write typed or pasted cells (row, column, text) as one transaction and one undo
        step. Nothing is written when any cell is refused; ``message`` names the first one."""
        self.last_write_ok = False
        if self.year is None:
            return False
        try:
            edit = self._plan(cells)
        except CellError as exc:
            self.message.emit(str(exc), True)
            return False
        if not edit.empty:
            text = undo_text or self._undo_text(cells)
            if not self.session.execute(text, edit.apply, edit.revert, edit.what):
                return False
        self.last_write_ok = True
        self.message.emit("", False)  # an earlier refusal no longer applies
        return True

    def _refusal(self, row: int, column: int, reason: str) -> CellError:
        return CellError(fill(self.tr("Not saved — %1, %2: %3."), self._settlements[row].name,
                              column_title(column), reason))

    def _plan(self, cells: Sequence[tuple[int, int, object]]) -> _Edit:
        year = self.year or 0
        renamed: dict[int, Settlement] = {}
        figures: dict[int, dict[str, int | None]] = {}
        first_cell: dict[tuple[int, str], tuple[int, int]] = {}
        for row, column, value in cells:
            if self.is_total_row(row) or not 0 <= row < len(self._settlements):
                continue
            text = "" if value is None else str(value)
            settlement = self._settlements[row]
            sid = settlement.id or 0
            try:
                if column == Column.NAME:
                    base = renamed.get(sid, settlement)
                    renamed[sid] = dataclasses.replace(base, name=parse_name(text))
                elif column == Column.KIND:
                    base = renamed.get(sid, settlement)
                    renamed[sid] = dataclasses.replace(base, kind=parse_kind(text))
                else:
                    field = _FIELDS[Column(column)]
                    figures.setdefault(sid, {})[field] = parse_count(text)
                    first_cell.setdefault((sid, field), (row, column))
            except CountInputError as exc:
                raise self._refusal(row, column, count_problem(exc)) from None
            except CellError as exc:
                raise self._refusal(row, column, str(exc)) from None

        population: list[tuple[int, int, Population | None]] = []
        old_population: list[tuple[int, int, Population | None]] = []
        for sid, written in figures.items():
            current = self._rows.get(sid)
            new = self._combine(sid, year, current, written)
            if new is None and any(written.get(f) is not None for f in _BREAKDOWN):
                field = next(f for f in _BREAKDOWN if written.get(f) is not None)
                row, column = first_cell[(sid, field)]
                raise self._refusal(row, column, self.tr(
                    "enter the total first; men, women and children are kept only with a "
                    "total"))
            if new != current:
                population.append((sid, year, new))
                old_population.append((sid, year, current))
        changed = [s for s in renamed.values()
                   if s != next(o for o in self._settlements if o.id == s.id)]
        old = [next(o for o in self._settlements if o.id == s.id) for s in changed]
        return _Edit(tuple(changed), tuple(old), tuple(population), tuple(old_population))

    @staticmethod
    def _combine(sid: int, year: int, current: Population | None,
                 written: dict[str, int | None]) -> Population | None:
        """The settlement-year after the written cells; None when it has no total."""
        total = written.get("total", current.total if current else None)
        if total is None:
            return None
        parts = {f: written.get(f, getattr(current, f) if current else None) for f in _BREAKDOWN}
        return Population(sid, year, total, parts["men"], parts["women"], parts["children"])

    def _undo_text(self, cells: Sequence[tuple[int, int, object]]) -> str:
        if len(cells) == 1:
            row, column, _value = cells[0]
            name = self._settlements[row].name
            if column == Column.NAME:
                return fill(self.tr("Rename %1"), name)
            if column == Column.KIND:
                return fill(self.tr("Change the kind of %1"), name)
            return fill(self.tr("Change %1 of %2, %3"), column_title(column).lower(), name,
                        self.year)
        return self.tr("Change %n cells", None, len(cells))

    def fill_from_previous_year(self) -> int:
        """Copy last year's figures into this year's empty cells of the current settlements
        as one undo step; returns how many settlements got figures."""
        year = self.year
        if year is None:
            return 0
        population: list[tuple[int, int, Population | None]] = []
        old: list[tuple[int, int, Population | None]] = []
        for settlement in self._settlements:
            before = self._previous.get(settlement.id or 0)
            if settlement.archived or before is None:
                continue
            current = self._rows.get(settlement.id or 0)
            new = Population(before.settlement_id, year, before.total, before.men, before.women,
                             before.children)
            if current is not None:
                new = Population(
                    current.settlement_id, year, current.total,
                    *(getattr(current, f) if getattr(current, f) is not None
                      else getattr(before, f) for f in _BREAKDOWN))
            if new != current:
                population.append((new.settlement_id, year, new))
                old.append((new.settlement_id, year, current))
        if not population:
            return 0
        edit = _Edit(population=tuple(population), old_population=tuple(old))
        text = fill(self.tr("Fill %1 from %2"), year, year - 1)
        return len(population) if self.session.execute(text, edit.apply, edit.revert,
                                                       edit.what) else 0
