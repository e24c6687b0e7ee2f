"""The list of the council's meetings on the «Засідання» page, as a table model."""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hromada_desk.domain.council import Meeting
from hromada_desk.ui.meetings.editor import kind_label, status_label

_Index: TypeAlias = QModelIndex | QPersistentModelIndex


def newest_first(meetings: list[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.year, m.number), reverse=True)


class MeetingListModel(QAbstractTableModel):
    """The meetings, newest first: «№1/2023», «30.06.2023», kind, draft or final."""

    NUMBER, DATE, KIND, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[Meeting] = []

    def reload(self, meetings: list[Meeting]) -> None:
        self.beginResetModel()
        self._meetings = newest_first(meetings)
        self.endResetModel()

    def meeting_at(self, row: int) -> Meeting | None:
        return self._meetings[row] if 0 <= row < len(self._meetings) else None

    def row_of(self, meeting_id: int | None) -> int:
        return next((row for row, m in enumerate(self._meetings) if m.id == meeting_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Number"), self.tr("Date"), self.tr("Kind"), self.tr("Protocol"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting, column = self._meetings[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return f"№{meeting.label}"
            if column == self.DATE:
                return f"{meeting.date:%d.%m.%Y}"
            if column == self.KIND:
                return kind_label(meeting.kind)
            return status_label(meeting.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return meeting.title
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.STATUS)
        if self._meetings:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._meetings) - 1, self.STATUS)
            )
