"""The editable population grid of one year: its table model, writing every edit at once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.records import Population, Settlement
from hromada_desk.domain.validation import Finding, validate_population
from hromada_desk.services import population as service
from hromada_desk.services.population import PopulationEdit
from hromada_desk.ui.common.cells import CellError, error_icon, kind_label, warning_icon
from hromada_desk.ui.common.i18n import fill

# Column and NUMBER_COLUMNS are the grid's layout for the views and pages that show it.
from hromada_desk.ui.population.cells import (
    FIELDS,
    NUMBER_COLUMNS,
    CellEdits,
    Column,
    PastePreview,
    column_title,
)
from hromada_desk.ui.session import Session

_Index: TypeAlias = QModelIndex | QPersistentModelIndex

# Asked for every cell each time the grid is painted: made once, not per call (combining
# Qt's flags and looking up its enums are Python calls, a few microseconds each).
_TOTAL_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _TOTAL_ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBER_COLUMNS = frozenset(int(c) for c in NUMBER_COLUMNS)
_FIELDS = {int(column): field for column, field in FIELDS.items()}


class _Totals:
    """The total row: each figure summed over the rows that have it (None: none has it).
    Summed once per reload, then kept up to date row by row, not summed again each time a
    cell of the total row is painted or a figure changes."""

    def __init__(self, rows: Iterable[Population]) -> None:
        self._sums = dict.fromkeys(FIELDS.values(), 0)
        self._counts = dict.fromkeys(FIELDS.values(), 0)
        for row in rows:
            self.add(row, 1)

    def add(self, row: Population | None, sign: int) -> None:
        """Count ``row`` in (sign 1) or out (sign -1)."""
        if row is None:
            return
        for field in self._sums:
            value = getattr(row, field)
            if value is not None:
                self._sums[field] += sign * value
                self._counts[field] += sign

    def get(self, field: str) -> int | None:
        return self._sums[field] if self._counts[field] else None


class PopulationTableModel(QAbstractTableModel):
    """Settlements down, name, kind and the year's figures across, a «Total» row at the bottom.

    Every edit is written at once as one undoable step through the session; text that cannot
    be saved is refused and ``message`` says why.
    """

    message = Signal(str, str)  # text, kind («info» or «error»: a refusal)

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
        self._totals = _Totals(())
        self._positions: dict[int, int] = {}  # settlement id → its row
        self._everything: list[Settlement] = []  # archived ones too
        self._edits = CellEdits(0, [], {}, {})  # plans edits of the rows above
        self.last_write_ok = True

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the selected year again; True when the rows themselves changed (a reset)."""
        cf, year = self.session.cf, self.session.year
        settlements: list[Settlement] = []
        everything: list[Settlement] = []
        rows: dict[int, Population] = {}
        previous: dict[int, Population] = {}
        hidden: list[str] = []
        if cf is not None and year is not None:
            everything = service.list_settlements(cf)
            settlements = [s for s in everything if self.show_archived or not s.archived]
            rows = {p.settlement_id: p for p in service.get_population(cf, year)}
            previous = {p.settlement_id: p for p in service.get_population(cf, year - 1)}
            shown = {s.id for s in settlements}
            hidden = [s.name for s in everything if s.id not in shown and s.id in rows]
        reset = [s.id for s in settlements] != [
            s.id for s in self._settlements
        ] or year != self.year
        if reset:
            self.beginResetModel()
        self.year, self._settlements, self._rows, self._previous = year, settlements, rows, previous
        self._hidden_in_total = hidden
        self._totals = _Totals(rows.values())
        self._positions = {s.id or 0: row for row, s in enumerate(settlements)}
        self._everything = everything
        self._edits = CellEdits(year or 0, settlements, rows, previous, everything)
        self._findings = {}
        for settlement in settlements:
            self._validate(settlement)
        if reset:
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )
        return reset

    def _validate(self, settlement: Settlement) -> None:
        sid = settlement.id or 0
        row, before = self._rows.get(sid), self._previous.get(sid)
        found = (
            validate_population(row, settlement.name, before.total if before else None)
            if row is not None
            else []
        )
        if found:
            self._findings[sid] = found
        else:
            self._findings.pop(sid, None)

    def show_edit(self, edit: PopulationEdit, applied: bool) -> bool:
        """Show a figures edit done, undone or redone, without reading the year again: only
        its rows and the total change (a grid of 10 000 settlements answers a typed figure
        at once). False when it cannot be shown so: read the year again."""
        if self.year is None:
            return False
        settlements = edit.settlements if applied else edit.old_settlements
        figures = edit.population if applied else edit.old_population
        by_id = {s.id: i for i, s in enumerate(self._everything)}
        if any(s.id not in by_id for s in settlements):
            return False
        changed: set[int] = set()  # settlement ids
        for settlement in settlements:
            self._everything[by_id[settlement.id]] = settlement
            row = self._positions.get(settlement.id or 0)
            if row is not None:
                self._settlements[row] = settlement
                changed.add(settlement.id or 0)
        hidden_changed = False
        for sid, year, figure in figures:
            if year == self.year:
                self._totals.add(self._rows.get(sid), -1)
                self._totals.add(figure, 1)
                target = self._rows
            elif year == self.year - 1:
                target = self._previous
            else:
                continue  # another year: not on this grid
            if figure is None:
                target.pop(sid, None)
            else:
                target[sid] = figure
            changed.add(sid)
            hidden_changed |= sid not in self._positions
        if hidden_changed:
            shown = self._positions
            self._hidden_in_total = [
                s.name for s in self._everything if (s.id or 0) not in shown and s.id in self._rows
            ]
        rows = sorted(self._positions[sid] for sid in changed if sid in self._positions)
        for row in rows:
            self._validate(self._settlements[row])
        last = len(Column) - 1
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))
        total = len(self._settlements)
        self.dataChanged.emit(self.index(total, 0), self.index(total, last))
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    # -- what the page asks -----------------------------------------------------------------
    @property
    def settlement_count(self) -> int:
        return len(self._settlements)

    def settlement_at(self, row: int) -> Settlement | None:
        return self._settlements[row] if 0 <= row < len(self._settlements) else None

    def row_of(self, settlement_id: int | None) -> int:
        return self._positions.get(settlement_id or 0, -1) if settlement_id else -1

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
        field = _FIELDS[column]
        if self.is_total_row(row):
            return self._totals.get(field)
        population = self._rows.get(self._settlements[row].id or 0)
        return None if population is None else getattr(population, field)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _TOTAL_ROW_FLAGS if self.is_total_row(index.row()) else _EDITABLE_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (_DISPLAY, _EDIT):
            return self.text(row, column, edit=role == _EDIT)
        if role == _ALIGNMENT:
            return _NUMBER_ALIGNMENT if column in _NUMBER_COLUMNS else None
        if self.is_total_row(row):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and self._hidden_in_total:
                return fill(
                    self.tr("Includes archived settlements that are not shown: %1"),
                    ", ".join(self._hidden_in_total),
                )
            return None
        settlement = self._settlements[row]
        findings = self._findings.get(settlement.id or 0, [])
        if role == Qt.ItemDataRole.ForegroundRole and settlement.archived:
            return QBrush(
                QGuiApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            )
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TOTAL and findings:
            return error_icon() if any(f.is_error for f in findings) else warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(settlement, column, findings)
        return None

    def _tooltip(self, settlement: Settlement, column: int, findings: list[Finding]) -> str | None:
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
        return str(number) if edit else format_number(number)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
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
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.is_total_row(index.row())
        ):
            return False
        return self.write_cells([(index.row(), index.column(), value)])

    # -- writing ----------------------------------------------------------------------------
    def write_cells(
        self,
        cells: Sequence[tuple[int, int, object]],
        undo_text: str | None = None,
        *,
        before: str | None = None,
    ) -> bool:
        """Write typed or pasted cells (row, column, text) as one transaction and one undo
        step. Nothing is written when any cell is refused; ``message`` names the first one.
        ``before``: keep a «before-…» backup first (see ``Session.execute``)."""
        self.last_write_ok = False
        if self.year is None:
            return False
        try:
            edit = self._edits.from_cells(cells)
        except CellError as exc:
            self.message.emit(str(exc), "error")
            return False
        if not edit.empty:
            text = undo_text or self._undo_text(cells)
            if not self.session.run(text, edit, before=before):
                return False
        self.last_write_ok = True
        self.message.emit("", "info")  # an earlier refusal no longer applies
        return True

    # -- pasting blocks ---------------------------------------------------------------------
    @property
    def edits(self) -> CellEdits:
        """Plans edits and pastes of the rows shown (it reads, never writes)."""
        return self._edits

    def write_paste(
        self, preview: PastePreview, new: Sequence[tuple[Settlement, Population | None]]
    ) -> bool:
        """Write a previewed paste and the new settlements chosen as one transaction and one
        undo step, after a «before-paste» backup; nothing is written if that fails."""
        if self.year != preview.year:
            return False
        if preview.edit.empty and not new:
            return False
        if preview.named:
            count = len(preview.edit.population) + len(new)
            text = self.tr("Paste figures of %n settlement(s)", None, count)
        else:
            text = self.tr("Paste %n cells", None, len(preview.changes))
        return self.session.run(text, service.paste(preview.edit, new), before="paste")

    def fill_from_previous_year(self) -> int:
        """Copy last year's figures into this year's empty cells of the current settlements
        as one undo step; returns how many settlements got figures."""
        year = self.year
        if year is None:
            return 0
        edit = self._edits.from_previous_year()
        if edit.empty:
            return 0
        text = fill(self.tr("Fill %1 from %2"), year, year - 1)
        done = self.session.run(text, edit, before="fill")
        return len(edit.population) if done else 0

    def _undo_text(self, cells: Sequence[tuple[int, int, object]]) -> str:
        if len(cells) == 1:
            row, column, _value = cells[0]
            name = self._settlements[row].name
            if column == Column.NAME:
                return fill(self.tr("Rename %1"), name)
            if column == Column.KIND:
                return fill(self.tr("Change the kind of %1"), name)
            return fill(
                self.tr("Change %1 of %2, %3"), column_title(column).lower(), name, self.year
            )
        return self.tr("Change %n cells", None, len(cells))
