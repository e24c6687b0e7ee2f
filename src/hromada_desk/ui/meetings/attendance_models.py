"""The tables of the meeting editor's «Attendance» tab: the council members' attendance and
the invited guests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from hromada_desk.domain.council import Attendance, Guest, Member
from hromada_desk.domain.parsing import one_line
from hromada_desk.ui.common.rows_model import RowsTableModel

_Index: TypeAlias = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(slots=True)
class _Row:
    member: Member
    present: bool
    reason: str
    current: bool  # a member of the council on the meeting's date


class AttendanceModel(RowsTableModel):
    """Every council member: a tick when present, the reason when absent. Members of the council
    on the meeting's date come first; the others are greyed and only kept when ticked or given
    a reason."""

    NAME, PRESENT, REASON, POSITION = range(4)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._order: list[int] = []  # member ids in the council's list order
        self.read_only = False

    def set_attendance(
        self, members: list[Member], attendance: list[Attendance], day: dt.date
    ) -> None:
        by_id = {a.member_id: a for a in attendance}
        rows = []
        for member in members:
            if member.id is None:
                continue
            entry = by_id.get(member.id)
            rows.append(
                _Row(
                    member,
                    entry.present if entry else False,
                    entry.absence_reason if entry else "",
                    member.is_member_on(day),
                )
            )
        self.beginResetModel()
        self._order = [row.member.id for row in rows if row.member.id is not None]
        self._rows = sorted(rows, key=lambda row: not row.current)  # stable: list order kept
        self.endResetModel()

    def set_day(self, day: dt.date) -> None:
        """Another date: who counts as a member may change; the ticks stay."""
        members = [
            row.member
            for row in sorted(self._rows, key=lambda row: self._order.index(row.member.id or 0))
        ]
        self.set_attendance(members, self.attendance(keep_all=True), day)

    def set_members(self, members: list[Member], day: dt.date) -> None:
        """The council's list changed elsewhere: show it, keeping the ticks and reasons."""
        self.set_attendance(members, self.attendance(keep_all=True), day)

    def attendance(self, *, keep_all: bool = False) -> list[Attendance]:
        """What is stored: members of the council on the date, and anyone else ticked or given
        a reason; in the council's list order."""
        by_id = {row.member.id: row for row in self._rows}
        entries = []
        for member_id in self._order:
            row = by_id[member_id]
            reason = "" if row.present else row.reason
            if keep_all or row.present or row.current or one_line(reason):
                entries.append(Attendance(member_id, row.present, reason))
        return entries

    def member_at(self, row: int) -> Member:
        return self._rows[row].member

    def set_all_present(self) -> None:
        for row in self._rows:
            if row.current:
                row.present = True
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.POSITION))
            self.edited.emit()

    def current_ids(self) -> set[int]:
        """The members of the council on the meeting's date."""
        return {row.member.id for row in self._rows if row.current and row.member.id is not None}

    def marks(self) -> list[tuple[Member, bool, str]]:
        """Each member shown: whether present, and the reason of an absence."""
        return [(row.member, row.present, row.reason) for row in self._rows]

    def set_marks(self, marks: list[tuple[bool, str]]) -> None:
        """Every member's (present, reason), in the order of ``marks()``: a pasted list's."""
        for row, (present, reason) in zip(self._rows, marks, strict=True):
            row.present, row.reason = present, reason
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.POSITION))
            self.edited.emit()

    @property
    def members_count(self) -> int:
        return sum(1 for row in self._rows if row.current)

    @property
    def present_members(self) -> int:
        """Members of the council on the date who are present (the quorum counts these)."""
        return sum(1 for row in self._rows if row.current and row.present)

    @property
    def present_count(self) -> int:
        """Everyone ticked present: the most votes an item can have."""
        return sum(1 for row in self._rows if row.present)

    # -- the model ---------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return self._rows

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Member"),
            self.tr("Present"),
            self.tr("Reason for absence"),
            self.tr("Position"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        row = self._rows[index.row()]
        if index.column() == self.PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == self.REASON and not row.present:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        member = row.member
        if role == Qt.ItemDataRole.ForegroundRole and not row.current:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if column == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return member.name.short
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [member.name.full, member.role.label]
                if not row.current:
                    lines.append(self.tr("Not a member of the council on the meeting's date."))
                return "\n".join(lines)
        elif column == self.PRESENT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("present") if row.present else self.tr("absent")
        elif column == self.REASON:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return "" if row.present else row.reason
            if role == Qt.ItemDataRole.ToolTipRole and not row.present and not self.read_only:
                return self.tr(
                    "Why the member was absent (printed in the protocol); "
                    "double-click or press F2 to type it."
                )
        elif column == self.POSITION and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return member.position or member.organisation
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            row.present = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), self.POSITION)
            )
        elif column == self.REASON and role == Qt.ItemDataRole.EditRole and not row.present:
            row.reason = str(value)
            self.dataChanged.emit(index, index, [role])
        else:
            return False
        self.edited.emit()
        return True

    def flags_changed(self) -> None:
        """After ``read_only`` changed: the views ask again what can be edited."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.POSITION))


class GuestsModel(RowsTableModel):
    """Invited persons: name and position, typed in the table."""

    NAME, POSITION = range(2)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Guest] = []
        self.read_only = False

    def set_guests(self, guests: list[Guest]) -> None:
        self.beginResetModel()
        self._rows = [Guest(g.name, g.position) for g in guests]
        self.endResetModel()

    def guests(self) -> list[Guest]:
        """The guests as stored: rows left entirely empty are not guests."""
        return [
            Guest(one_line(g.name), one_line(g.position))
            for g in self._rows
            if one_line(g.name) or one_line(g.position)
        ]

    def extend(self, guests: list[Guest]) -> None:
        """Guests at the end of the list; one already there (by name) is not added twice."""
        names = {one_line(g.name).casefold() for g in self._rows}
        new = [g for g in guests if one_line(g.name).casefold() not in names]
        if not new:
            return
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row + len(new) - 1)
        self._rows.extend(Guest(g.name, g.position) for g in new)
        self.endInsertRows()
        self.edited.emit()

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Guest(""))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rows(self) -> list[Any]:
        return self._rows

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Position"))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        guest = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return guest.name if index.column() == self.NAME else guest.position
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or role != Qt.ItemDataRole.EditRole:
            return False
        guest = self._rows[index.row()]
        if index.column() == self.NAME:
            guest.name = str(value)
        else:
            guest.position = str(value)
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    def flags_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.POSITION))
