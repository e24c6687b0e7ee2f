"""What a pasted list of council members will add: each person to tick, with the role and the
position read from the line, and the lines left out with the reason; «Add» writes the ticked
ones as one undo step, «Cancel» nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.member_list import ListedMember, MemberList, Passed
from hromada_desk.domain.membership import SINGLE_ROLES
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.preview_parts import ListPreview
from hromada_desk.ui.common.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ListedMembersModel(RowsTableModel):
    """One row per person read: ticked to add, the line, the name, the role, the position."""

    NAME, LINE, ROLE, POSITION = range(4)

    def __init__(self, listed: list[ListedMember], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listed = listed
        self.ticked = [True] * len(listed)

    def rows(self) -> list[object]:
        return list(self._listed)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Line"), self.tr("Role"), self.tr("Position"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._listed[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            ticked = self.ticked[index.row()]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            member = item.member
            if column == self.NAME:  # a name written out in full, initials as lists show them
                name = member.name
                return name.full if len(name.given_name) > 1 else name.short
            if column == self.LINE:
                return str(item.line)
            if column == self.ROLE:
                return member.role.label  # document text, as the list of members shows it
            return member.position
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def chosen(self) -> list[Member]:
        return [
            item.member for item, ticked in zip(self._listed, self.ticked, strict=True) if ticked
        ]


class MemberListDialog(ListPreview):
    """The people a pasted list names, to tick, and the lines it leaves out."""

    def __init__(
        self, listed: MemberList, current: list[Member], parent: QWidget | None = None
    ) -> None:
        """``current``: the council's current members, whose single roles the list may repeat."""
        super().__init__(parent)
        self.listed = listed
        self.current = current
        self.setWindowTitle(self.tr("Paste a list of members"))
        self.model = ListedMembersModel(listed.members, self)
        self.build(
            model=self.model,
            name=self.tr("Members to add"),
            stretch=ListedMembersModel.POSITION,
            rows=len(listed.members),
            refusals=self._refusals(),
            notes=self._notes(),
            accept="",
            cancel=self.tr("Cancel"),
            hint=self.tr(
                "Roles and positions are read from each line; correct them afterwards in the "
                "member's form. Undo (Ctrl+Z) removes the whole list again."
            ),
            size=(860, 520),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = self.accept_button
        self.model.dataChanged.connect(lambda *_args: self._update())
        self._update()

    def chosen(self) -> list[Member]:
        """The ticked people, in the order of the list."""
        return self.model.chosen()

    def _update(self) -> None:
        count = len(self.chosen())
        self.add_button.setText(
            self.tr("Add %n member(s)", None, count) if count else self.tr("Add")
        )
        self.add_button.setEnabled(count > 0)
        if self.listed.members:
            self.summary.setText(
                self.tr(
                    "The pasted list names %n person(s) not yet in the council. Untick anyone "
                    "who is not a member.",
                    None,
                    len(self.listed.members),
                )
            )
        else:
            self.summary.setText(
                self.tr("The pasted text names no one who could be added to the council.")
            )

    # -- texts ------------------------------------------------------------------------------
    def _refusals(self) -> list[str]:
        refused = self.listed.refused
        if not refused:
            return []
        lines = [self.tr("Not added:")]
        for passed in refused:
            if passed.why is Passed.INVALID:
                lines.append(
                    fill(self.tr("line %1: «%2» — %3"), passed.line, passed.text, passed.detail)
                )
            else:
                lines.append(
                    fill(
                        self.tr("line %1: «%2» — no surname with a given name or initials"),
                        passed.line,
                        passed.text,
                    )
                )
        lines.append(
            self.tr(
                "A line names one person, the name first or last: «Удовиченко К.О. – посада», "
                "«Удовиченко Костянтин Олександрович, посада», «посада – Удовиченко К.О.»."
            )
        )
        return lines

    def _notes(self) -> list[str]:
        lines = []
        for passed in self.listed.passed:
            if passed.why is Passed.HEADING:
                lines.append(
                    fill(self.tr("Line %1 is a heading, left out: «%2»"), passed.line, passed.text)
                )
            elif passed.why is Passed.PRESENT:
                lines.append(
                    fill(
                        self.tr("Line %1: %2 is already in the list of members, left out"),
                        passed.line,
                        passed.detail,
                    )
                )
        for role in SINGLE_ROLES:
            named = [i.member for i in self.listed.members if i.member.role is role]
            holders = [m for m in self.current if m.role is role]
            if len(named) + len(holders) < 2:
                continue
            who = ", ".join(m.name.short for m in [*holders, *named])
            if role is CouncilRole.CHAIR:
                text = self.tr(
                    "Note: a council has one chair, and with this list it has several: %1. Untick "
                    "one, or later set «Member to» for the previous chair."
                )
            else:
                text = self.tr(
                    "Note: a council has one secretary, and with this list it has several: %1. "
                    "Untick one, or later set «Member to» for the previous secretary."
                )
            lines.append(fill(text, who))
        return lines
