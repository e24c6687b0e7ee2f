"""A read-only table model: settlements down, years across, population totals in the cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from hromada_desk.domain.records import Population, Settlement

_Index = QModelIndex | QPersistentModelIndex


class PopulationOverviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._settlements: list[Settlement] = []
        self._years: list[int] = []
        self._totals: dict[tuple[int, int], int] = {}
        self._locale = QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine)

    def set_data(self, settlements: list[Settlement],
                 population: dict[int, list[Population]]) -> None:
        self.beginResetModel()
        self._settlements = list(settlements)
        self._years = sorted(population)
        self._totals = {(row.settlement_id, year): row.total
                        for year, rows in population.items() for row in rows}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._settlements) + (1 if self._years else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._years)

    def _is_total_row(self, row: int) -> bool:
        return row == len(self._settlements)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if self._is_total_row(row):
                    return self.tr("Total")
                return self._settlements[row].display_name
            value = self._value(row, self._years[column - 1])
            return "" if value is None else self._locale.toString(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total_row(row):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value(self, row: int, year: int) -> int | None:
        if self._is_total_row(row):
            values = [self._totals.get((s.id or 0, year)) for s in self._settlements]
            return sum(v for v in values if v is not None)
        return self._totals.get((self._settlements[row].id or 0, year))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Settlement")
        return str(self._years[section - 1])
