"""What a pasted agenda will add to the meeting: its items with their speakers, and the lines
left out with the reason; «Add» puts the items after the agenda's own (the meeting is written
when it is saved), «Cancel» nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from hromada_desk.domain.agenda_list import AgendaList, ListedItem, Skipped
from hromada_desk.domain.council import Member, Speaker
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.preview_parts import ListPreview
from hromada_desk.ui.common.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


def speaker_text(speaker: Speaker, members: dict[int, Member]) -> str:
    """«голова координаційної ради Удовиченко К.О.», as the agenda prints a speaker."""
    member = members.get(speaker.member_id) if speaker.member_id is not None else None
    who = member.name.short if member is not None else speaker.name
    return f"{speaker.role} {who}".strip()


class ListedItemsModel(RowsTableModel):
    """One row per item read: its number in the agenda, the title, the speakers."""

    NUMBER, TITLE, SPEAKERS = range(3)

    def __init__(
        self,
        listed: list[ListedItem],
        first: int,
        members: dict[int, Member],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._listed = listed
        self._first = first
        self._members = members

    def rows(self) -> list[object]:
        return list(self._listed)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Item"), self.tr("Speakers"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._listed[index.row()].item
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NUMBER:
                return str(self._first + index.row())
            if column == self.TITLE:
                return item.title
            return "; ".join(speaker_text(s, self._members) for s in item.speakers)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgendaListDialog(ListPreview):
    """The items a pasted agenda names, after the ``present`` items already on the agenda."""

    def __init__(
        self,
        agenda: AgendaList,
        present: int,
        members: list[Member],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.agenda = agenda
        self.setWindowTitle(self.tr("Paste the agenda"))
        count = len(agenda.items)
        by_id = {m.id: m for m in members if m.id is not None}
        self.model = ListedItemsModel(agenda.items, present + 1, by_id, self)
        self.build(
            model=self.model,
            name=self.tr("Items to add"),
            stretch=ListedItemsModel.TITLE,
            rows=count,
            refusals=self._refusals(),
            notes=self._notes(),
            accept=self.tr("Add %n item(s)", None, count) if count else self.tr("Add"),
            cancel=self.tr("Cancel"),
            hint=self.tr(
                "A speaker who is a member of the council is chosen as that member; anyone "
                "else keeps the name as written. The meeting is written when you save it."
            ),
        )
        self.add_button = self.accept_button
        if not count:
            summary = self.tr("The pasted text has no agenda item: nothing to add.")
        elif present:
            summary = fill(
                self.tr("%n item(s) will follow the %1 already on the agenda.", None, count),
                present,
            )
        else:
            summary = self.tr("The agenda will have %n item(s).", None, count)
        self.summary.setText(summary)

    def _refusals(self) -> list[str]:
        lines = []
        for skipped in self.agenda.skipped:
            if skipped.why is Skipped.INVALID:
                lines.append(
                    fill(self.tr("line %1: «%2» — %3"), skipped.line, skipped.text, skipped.detail)
                )
            elif skipped.why is Skipped.UNREAD:
                lines.append(
                    fill(
                        self.tr("line %1: «%2» — neither an item nor its speakers"),
                        skipped.line,
                        skipped.text,
                    )
                )
        if not lines:
            return []
        return [
            self.tr("Not added:"),
            *lines,
            self.tr(
                "An item starts with its number («1. Про …») or with «Про»; its speakers follow "
                "on a line of their own («Доповідач: голова координаційної ради Удовиченко К.О.»)."
            ),
        ]

    def _notes(self) -> list[str]:
        return [
            fill(self.tr("Line %1 is a heading, left out: «%2»"), skipped.line, skipped.text)
            for skipped in self.agenda.skipped
            if skipped.why is Skipped.HEADING
        ]
