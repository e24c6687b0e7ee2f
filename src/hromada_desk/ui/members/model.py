"""The list of council members: a table model over the file's members, and its sorting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.membership import is_current
from hromada_desk.services.members import list_members
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.session import Session

_Index: TypeAlias = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate

DATE_FORMAT = "dd.MM.yyyy"
# The order roles are listed in when the list is sorted by role.
_ROLE_RANK = {role: rank for rank, role in enumerate(CouncilRole)}


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    POSITION = 2
    PERIOD = 3


def column_title(column: int) -> str:
    return {
        Column.NAME: translate("MembersTable", "Name"),
        Column.ROLE: translate("MembersTable", "Role in the council"),
        Column.POSITION: translate("MembersTable", "Position"),
        Column.PERIOD: translate("MembersTable", "Membership"),
    }[Column(column)]


def format_date(day: dt.date) -> str:
    """«28.06.2023», as documents write a date."""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def format_period(member: Member) -> str:
    """«з 28.06.2023», «28.06.2023 – 31.12.2024», «до 31.12.2024», or nothing when unknown."""
    start, end = member.member_from, member.member_to
    if start is not None and end is not None:
        return fill(translate("MembersTable", "%1 – %2"), format_date(start), format_date(end))
    if start is not None:
        return fill(translate("MembersTable", "from %1"), format_date(start))
    if end is not None:
        return fill(translate("MembersTable", "until %1"), format_date(end))
    return ""


class MembersTableModel(QAbstractTableModel):
    """Current members first in the council's own order, former members after them, greyed."""

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self._members: list[Member] = []
        self._current: list[bool] = []

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        cf = self.session.cf
        members = list_members(cf) if cf is not None else []
        today = self.today()
        # A stable sort: each group keeps the order of the file (the chair first).
        members.sort(key=lambda member: not is_current(member, today))
        self.beginResetModel()
        self._members = members
        self._current = [is_current(member, today) for member in members]
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._members:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._members) - 1, len(Column) - 1)
            )

    # -- reading ----------------------------------------------------------------------------
    def member_at(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def is_current_at(self, row: int) -> bool:
        return self._current[row] if 0 <= row < len(self._current) else False

    def row_of(self, member_id: int | None) -> int:
        for row, member in enumerate(self._members):
            if member.id == member_id:
                return row
        return -1

    def members(self) -> list[Member]:
        return list(self._members)

    def text(self, row: int, column: int) -> str:
        member = self._members[row]
        if column == Column.NAME:
            return member.name.short
        if column == Column.ROLE:
            return member.role.label  # document text, the same in every interface language
        if column == Column.POSITION:
            return member.position
        return format_period(member)

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not self._current[row]:
            return QBrush(
                QGuiApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        member = self._members[row]
        if column == Column.NAME:
            lines = [member.name.full, member.name.signature]
            if not self._current[row]:
                lines.append(self.tr("Former member"))
            return "\n".join(lines)
        if column == Column.POSITION:
            # Positions are long and the column is narrow: the whole text on pointing.
            return "\n".join(t for t in (member.position, member.organisation) if t) or None
        if column == Column.PERIOD and not self._current[row]:
            return self.tr("Former member")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(Column)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return column_title(section)
        # No super(): see PopulationTableModel.headerData (PySide6 6.12 and empty QVariants).
        return None


class MembersSortModel(QSortFilterProxyModel):
    """Sorts by the clicked column, Ukrainian alphabetical order for text, roles by rank,
    periods by date; current members stay before former ones whichever way it sorts."""

    def __init__(self, source: MembersTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members_model = source
        self.setSourceModel(source)
        self._collator = QCollator(QLocale(QLocale.Language.Ukrainian))
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    def member_at(self, row: int) -> Member | None:
        source = self.mapToSource(self.index(row, 0))
        return self.members_model.member_at(source.row()) if source.isValid() else None

    def row_of(self, member_id: int | None) -> int:
        source_row = self.members_model.row_of(member_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.members_model.index(source_row, 0)).row()

    def lessThan(self, left: _Index, right: _Index) -> bool:
        model = self.members_model
        left_current, right_current = (
            model.is_current_at(left.row()),
            model.is_current_at(right.row()),
        )
        if left_current != right_current:
            # Qt sorts descending by asking lessThan(right, left).
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return left_current if ascending else right_current
        first, second = model.member_at(left.row()), model.member_at(right.row())
        if first is None or second is None:
            return False
        column = left.column()
        if column == Column.ROLE:
            return _ROLE_RANK[first.role] < _ROLE_RANK[second.role]
        if column == Column.PERIOD:
            return _period_key(first) < _period_key(second)
        return (
            self._collator.compare(model.text(left.row(), column), model.text(right.row(), column))
            < 0
        )


def _period_key(member: Member) -> tuple[dt.date, dt.date]:
    return (member.member_from or dt.date.min, member.member_to or dt.date.max)
