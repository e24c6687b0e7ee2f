"""The list of settlements typed into the «New community file» wizard, as a table model."""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from hromada_desk.domain.records import SettlementKind
from hromada_desk.services.new_community import NewSettlement, settlement_key
from hromada_desk.ui.common.cells import kind_label
from hromada_desk.ui.common.rows_model import RowsTableModel

_Index: TypeAlias = QModelIndex | QPersistentModelIndex


class SettlementListModel(RowsTableModel):
    """The settlements typed in the wizard or taken from the codifier: name, kind, a tick for
    the centre, and the codifier code (not edited: a renamed settlement keeps its code)."""

    NAME, KIND, CENTRE, CODE = range(4)
    # A name typed in the list was refused (empty or already there): what was typed.
    name_refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NewSettlement] = []

    def settlements(self) -> tuple[NewSettlement, ...]:
        return tuple(self._rows)

    def contains(self, name: str, *, except_row: int | None = None) -> bool:
        key = settlement_key(name)
        return any(
            settlement_key(s.name) == key for row, s in enumerate(self._rows) if row != except_row
        )

    def add(self, name: str, kind: SettlementKind) -> None:
        # The first settlement people type is almost always the centre.
        centre = not self._rows
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(NewSettlement(" ".join(name.split()), kind, centre))
        self.endInsertRows()

    def replace(self, settlements: tuple[NewSettlement, ...]) -> None:
        """The whole list at once (a community chosen in the codifier)."""
        self.beginResetModel()
        self._rows = list(settlements)
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def rows(self) -> list[Any]:
        return self._rows

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Administrative centre"),
            self.tr("Codifier code"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CODE:
            return flags
        if index.column() == self.CENTRE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        settlement, column = self._rows[index.row()], index.column()
        if column == self.NAME and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return settlement.name
        if column == self.KIND:
            if role == Qt.ItemDataRole.DisplayRole:
                return kind_label(settlement.kind)
            if role == Qt.ItemDataRole.EditRole:
                return settlement.kind.value
        if column == self.CENTRE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if settlement.admin_center else Qt.CheckState.Unchecked
        if column == self.CODE and role == Qt.ItemDataRole.DisplayRole:
            return settlement.katottg or self.tr("not in the codifier")
        if (
            column == self.CODE
            and role == Qt.ItemDataRole.ForegroundRole
            and not settlement.katottg
        ):
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        settlement = self._rows[row]
        if column == self.NAME and role == Qt.ItemDataRole.EditRole:
            name = " ".join(str(value).split())
            if not name or self.contains(name, except_row=row):
                self.name_refused.emit(name)
                return False
            self._rows[row] = settlement._replace(name=name)
        elif column == self.KIND and role == Qt.ItemDataRole.EditRole:
            self._rows[row] = settlement._replace(kind=SettlementKind(value))
        elif column == self.CENTRE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            # One administrative centre: ticking one clears the others.
            self._rows = [
                s._replace(admin_center=(r == row) if checked else s.admin_center and r != row)
                for r, s in enumerate(self._rows)
            ]
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rows) - 1, column),
                [Qt.ItemDataRole.CheckStateRole],
            )
            return True
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True
