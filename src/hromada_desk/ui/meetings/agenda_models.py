"""The tables of the meeting editor's «Agenda» tab: the items in their order, and the speakers
of one item."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hromada_desk.domain.council import AgendaItem, Member, Speaker
from hromada_desk.domain.parsing import one_line
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.rows_model import RowsTableModel

_Index: TypeAlias = QModelIndex | QPersistentModelIndex


def copy_item(item: AgendaItem) -> AgendaItem:
    return dataclasses.replace(
        item,
        speakers=[dataclasses.replace(s) for s in item.speakers],
        votes=dataclasses.replace(item.votes) if item.votes else None,
        calculation_years=list(item.calculation_years),
        assignments=[dataclasses.replace(a) for a in item.assignments],
    )


class AgendaModel(QAbstractListModel):
    """The items as the agenda numbers them: «1. Про …»."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = [copy_item(item) for item in items]
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return self._items

    def item(self, row: int) -> AgendaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def add(self, item: AgendaItem) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            self._renumber(row)

    def move(self, row: int, step: int) -> int:
        """Move an item one place up (-1) or down (1); its new row, or -1."""
        target = row + step
        if (
            step not in (-1, 1)
            or not (0 <= row < len(self._items))
            or not (0 <= target < len(self._items))
        ):
            return -1
        # Qt's destination is the row the item goes before, counted before the move.
        self.beginMoveRows(
            QModelIndex(), row, row, QModelIndex(), target + 1 if step > 0 else target
        )
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self._renumber(min(row, target))
        return target

    def title_changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def _renumber(self, first: int) -> None:
        if first < len(self._items):
            self.dataChanged.emit(self.index(first, 0), self.index(len(self._items) - 1, 0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        title = one_line(self._items[index.row()].title)
        if role == Qt.ItemDataRole.DisplayRole:
            return fill(self.tr("%1. %2"), index.row() + 1, title or self.tr("(no title yet)"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None


class SpeakersModel(RowsTableModel):
    """The speakers of one item (its own list, edited in place): a member or a typed name, and
    the role the agenda prints before the name."""

    SPEAKER, ROLE = range(2)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speakers: list[Speaker] = []
        self._members: dict[int, Member] = {}
        self.read_only = False

    def set_speakers(self, speakers: list[Speaker], members: dict[int, Member]) -> None:
        self.beginResetModel()
        self._speakers = speakers
        self._members = members
        self.endResetModel()

    def add(self, speaker: Speaker) -> int:
        row = len(self._speakers)
        self.beginInsertRows(QModelIndex(), row, row)
        self._speakers.append(speaker)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._speakers):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._speakers[row]
            self.endRemoveRows()
            self.edited.emit()

    def name(self, speaker: Speaker) -> str:
        member = self._members.get(speaker.member_id) if speaker.member_id else None
        return member.name.short if member is not None else speaker.name

    def rows(self) -> list[Any]:
        return self._speakers

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Speaker"), self.tr("Role, as the agenda prints it"))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        speaker = self._speakers[index.row()]
        if self.read_only or (index.column() == self.SPEAKER and speaker.member_id):
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        speaker = self._speakers[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if index.column() == self.SPEAKER:
            if role == Qt.ItemDataRole.ToolTipRole and speaker.member_id:
                member = self._members.get(speaker.member_id)
                return member.name.full if member else None
            return self.name(speaker)
        return speaker.role

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        speaker = self._speakers[index.row()]
        if index.column() == self.SPEAKER:
            speaker.name = str(value)
        else:
            speaker.role = str(value)
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    def flags_changed(self) -> None:
        if self._speakers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._speakers) - 1, 1))
