"""What a pasted list of those present will set: each member's mark as it will be, the guests it
adds, and the lines and people it leaves out; «Apply» sets them in the editor (the meeting is
written when it is saved), «Cancel» nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from hromada_desk.domain.attendance_list import AttendanceList, marks_after
from hromada_desk.domain.council import Member
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.preview_parts import ListPreview
from hromada_desk.ui.common.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class MarksModel(RowsTableModel):
    """One row per member: the name and the mark the list gives, changes in bold."""

    MEMBER, MARK = range(2)

    def __init__(
        self, marks: list[tuple[Member, bool, str, bool]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._marks = marks

    def rows(self) -> list[object]:
        return list(self._marks)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Member"), self.tr("Will be"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        member, present, reason, changed = self._marks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.MEMBER:
                return member.name.short
            if present:
                return self.tr("present")
            return fill(self.tr("absent: %1"), reason) if reason else self.tr("absent")
        if role == Qt.ItemDataRole.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AttendanceListDialog(ListPreview):
    """The marks a pasted list gives the members, the guests it adds, what it leaves out."""

    def __init__(
        self,
        listed: AttendanceList,
        marks: list[tuple[Member, bool, str]],
        current: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.listed = listed
        self.setWindowTitle(self.tr("Paste those present"))
        found = marks_after(listed, [(m.id or 0, p, r) for m, p, r in marks], current)
        after = [
            (member, present, reason, (present, reason) != (was, was_reason))
            for (member, was, was_reason), (present, reason) in zip(marks, found, strict=True)
        ]
        changes = sum(1 for *_rest, changed in after if changed)
        self.model = MarksModel(after, self)
        self.build(
            model=self.model,
            name=self.tr("Attendance as it will be"),
            stretch=MarksModel.MARK,
            rows=len(after) if listed.names_anyone else 0,
            refusals=self._refusals(),
            notes=self._notes(),
            accept=self.tr("Apply"),
            cancel=self.tr("Cancel"),
            size=(720, 520),
        )
        self.apply_button = self.accept_button
        if not listed.names_anyone:
            summary = self.tr("The pasted text names no member of the council and no guest.")
        else:
            summary = self.tr(
                "%n member(s) will be marked otherwise than now (in bold).", None, changes
            )
            if listed.present:
                summary += " " + self.tr("Members the list does not name are marked absent.")
            elif listed.others_present:
                summary += " " + self.tr("Members the list does not name are marked present.")
        self.summary.setText(summary)

    def _refusals(self) -> list[str]:
        lines = []
        for unread in self.listed.unread:
            if unread.name is not None:
                lines.append(
                    fill(
                        self.tr(
                            "line %1: %2 is not a member of the council — add them on "
                            "«Council members» first, or among the invited"
                        ),
                        unread.line,
                        unread.name.short,
                    )
                )
            else:
                lines.append(
                    fill(self.tr("line %1: «%2» — no one named"), unread.line, unread.text)
                )
        return [self.tr("Left out:"), *lines] if lines else []

    def _notes(self) -> list[str]:
        if not self.listed.guests:
            return []
        names = ", ".join(guest.name for guest in self.listed.guests)
        return [fill(self.tr("Invited, added to the guests: %1"), names)]
