"""Assignments (доручення) of a decision in the agenda item's form: their table, the dialog
that writes one (what, who is responsible, by when), and the dialog that records its status —
which lives beside the protocol, so it can be recorded after the protocol is finalised."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.assignments import (
    Assignment,
    AssignmentStatus,
    GivenAssignment,
    StatusMark,
    responsible_name,
)
from hromada_desk.domain.council import Member
from hromada_desk.domain.deadlines import looks_like_date, parse_deadline, schedule
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.validation import errors, validate_assignment, validate_mark
from hromada_desk.ui.common.date_edit import DateEdit
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.rows_model import RowsTableModel
from hromada_desk.ui.common.text_limit import limit_plain_text

_ERROR_STYLE = "QLabel { color: #b3261e; }"
Index = QModelIndex | QPersistentModelIndex


def status_name(status: AssignmentStatus | None) -> str:
    """The status as the interface names it («виконано» in Ukrainian); None: no status."""
    if status is None:
        return QCoreApplication.translate("AssignmentStatus", "no status")
    return {
        AssignmentStatus.DONE: QCoreApplication.translate("AssignmentStatus", "done"),
        AssignmentStatus.IN_PROGRESS: QCoreApplication.translate("AssignmentStatus", "in progress"),
        AssignmentStatus.NOT_DONE: QCoreApplication.translate("AssignmentStatus", "not done"),
        AssignmentStatus.WITHDRAWN: QCoreApplication.translate(
            "AssignmentStatus", "taken off control"
        ),
    }[status]


def status_text(assignment: Assignment) -> str:
    """«виконано 12.03.2025», or «стан не зазначено»."""
    mark = assignment.mark
    if mark is None:
        return status_name(None)
    return f"{status_name(mark.status)} {mark.day:%d.%m.%Y}"


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Columns of about so many «M» wide, never narrower than their heading (in the language
    shown)."""
    em = view.fontMetrics().horizontalAdvance("M")
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, max(em * width, header.sectionSizeHint(column)))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class AssignmentsModel(RowsTableModel):
    """The assignments of one decision: what, responsible, deadline, status."""

    TEXT, RESPONSIBLE, DEADLINE, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._assignments: list[Assignment] = []
        self._names: dict[int, str] = {}
        self.retranslate()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Assignment"),
            self.tr("Responsible"),
            self.tr("Deadline"),
            self.tr("Status"),
        )

    def rows(self) -> list[Any]:
        return self._assignments

    def set_assignments(self, assignments: list[Assignment], names: dict[int, str]) -> None:
        """Show ``assignments`` (the item's own list, edited in place)."""
        self.beginResetModel()
        self._assignments = assignments
        self._names = dict(names)
        self.endResetModel()

    def assignment(self, row: int) -> Assignment | None:
        return self._assignments[row] if 0 <= row < len(self._assignments) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        assignment = self.assignment(index.row()) if index.isValid() else None
        if assignment is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if column == self.TEXT:
            return one_line(assignment.text)
        if column == self.RESPONSIBLE:
            return responsible_name(assignment, self._names)
        if column == self.DEADLINE:
            return assignment.deadline.label
        if role == Qt.ItemDataRole.ToolTipRole and assignment.mark and assignment.mark.note:
            return f"{status_text(assignment)}: {assignment.mark.note}"
        return status_text(assignment)


class AssignmentDialog(QDialog):
    """Writes one assignment: what is assigned, who answers for it (a member chosen, or a
    name typed: a department, an organisation), and the deadline as the decision words it.
    Bad input is said in the dialog, which stays open until it is corrected."""

    def __init__(
        self,
        assignment: Assignment | None,
        members: list[Member],
        meeting_day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = assignment
        self._meeting_day = meeting_day
        self._members = {m.id: m for m in members if m.id is not None}
        self.result_assignment: Assignment | None = None

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_limit = limit_plain_text(self.text_edit, limits.ASSIGNMENT_TEXT)
        self.text_edit.setMinimumHeight(self.text_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.text_edit.setMaximumHeight(self.text_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.responsible_combo = QComboBox()
        self.responsible_combo.setEditable(True)
        self.responsible_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.responsible_combo.setMinimumContentsLength(20)
        line = self.responsible_combo.lineEdit()
        if line is not None:
            line.setMaxLength(limits.RESPONSIBLE)
        for member in sorted(members, key=lambda m: not m.is_member_on(meeting_day)):
            self.responsible_combo.addItem(member.name.short, member.id)
        self.deadline_edit = QLineEdit()
        self.deadline_edit.setMaxLength(limits.ASSIGNMENT_DEADLINE)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.text_label, self.responsible_label = QLabel(), QLabel()
        self.deadline_label = QLabel()
        self.deadline_hint = QLabel()
        self.deadline_hint.setWordWrap(True)
        self.text_label.setBuddy(self.text_edit)
        self.responsible_label.setBuddy(self.responsible_combo)
        self.deadline_label.setBuddy(self.deadline_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.text_label, self.text_edit)
        form.addRow(self.responsible_label, self.responsible_combo)
        form.addRow(self.deadline_label, self.deadline_edit)
        form.addRow("", self.deadline_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self.error_label.hide)
        self.deadline_edit.textChanged.connect(self.error_label.hide)
        self.responsible_combo.editTextChanged.connect(self.error_label.hide)

        if assignment is not None:
            self.text_edit.setPlainText(assignment.text)
            self.deadline_edit.setText(assignment.deadline.label)
            found = (
                self.responsible_combo.findData(assignment.member_id)
                if assignment.member_id is not None
                else -1
            )
            if found >= 0:
                self.responsible_combo.setCurrentIndex(found)
            else:
                self.responsible_combo.setCurrentIndex(-1)
                self.responsible_combo.setEditText(assignment.responsible)
        else:
            self.responsible_combo.setCurrentIndex(-1)
            self.responsible_combo.setEditText("")
        self.retranslate(adding=assignment is None)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def retranslate(self, *, adding: bool) -> None:
        self.setWindowTitle(self.tr("New assignment") if adding else self.tr("Assignment"))
        self.text_label.setText(self.tr("&What is assigned:"))
        self.text_edit.setAccessibleName(self.tr("What is assigned"))
        self.responsible_label.setText(self.tr("&Responsible:"))
        self.responsible_combo.setAccessibleName(self.tr("Responsible"))
        self.responsible_combo.setToolTip(
            self.tr(
                "Choose a member of the council, or type who answers for it (a department, an "
                "organisation, a person)"
            )
        )
        line = self.responsible_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("a member, or type a name"))
        self.deadline_label.setText(self.tr("&Deadline:"))
        self.deadline_edit.setAccessibleName(self.tr("Deadline"))
        self.deadline_edit.setPlaceholderText(self.tr("e.g. 10.12.2025"))
        self.deadline_hint.setText(
            self.tr(
                "A date, or words as the decision puts them: «До 10 грудня», «ІІ квартал», "
                "«Щокварталу», «Постійно». Empty: no deadline."
            )
        )

    def value(self) -> Assignment:
        """The assignment as the fields say (its id and status as they were)."""
        typed = one_line(self.responsible_combo.currentText())
        found = self.responsible_combo.findText(typed, Qt.MatchFlag.MatchExactly)
        member_id = self.responsible_combo.itemData(found) if found >= 0 and typed else None
        original = self._original
        return Assignment(
            text=self.text_edit.toPlainText().strip(),
            responsible=typed,
            member_id=member_id,
            deadline=parse_deadline(self.deadline_edit.text()),
            mark=original.mark if original else None,
            id=original.id if original else None,
        )

    def problem(self, assignment: Assignment) -> str:
        """Why the assignment cannot be kept, or "" (the field concerned takes the focus)."""
        if not assignment.text:
            self.text_edit.setFocus()
            return self.tr("Write what is assigned.")
        if not assignment.responsible:
            self.responsible_combo.setFocus()
            return self.tr(
                "Say who is responsible: choose a member of the council or type "
                "the name of a department, an organisation or a person."
            )
        deadline = assignment.deadline
        if deadline.day is None and looks_like_date(deadline.text):
            self.deadline_edit.setFocus()
            return fill(
                self.tr(
                    "There is no date «%1» in the calendar. Write the deadline as "
                    "day.month.year, e.g. 10.12.2025."
                ),
                deadline.text,
            )
        once = schedule(deadline, self._meeting_day).once
        if once is not None and once < self._meeting_day:
            self.deadline_edit.setFocus()
            return fill(
                self.tr(
                    "The deadline %1 is before the meeting (%2). An assignment is "
                    "due on the day of the meeting or later."
                ),
                f"{once:%d.%m.%Y}",
                f"{self._meeting_day:%d.%m.%Y}",
            )
        found = errors(
            validate_assignment(dataclasses.replace(assignment, mark=None), self._meeting_day)
        )
        return f"{found[0].message}." if found else ""

    def accept(self) -> None:
        assignment = self.value()
        problem = self.problem(assignment)
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self.result_assignment = assignment
        super().accept()


class StatusDialog(QDialog):
    """Records how an assignment stands: done, in progress, not done, taken off control, or
    no status; the day of the change and a note. The protocol that gave it stays as it was
    finalised."""

    NONE = ""

    def __init__(
        self,
        assignment: Assignment,
        given_on: dt.date,
        description: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._given_on = given_on
        self.result_mark: StatusMark | None = None
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.status_combo = QComboBox()
        self.day_edit = DateEdit()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_limit = limit_plain_text(self.note_edit, limits.STATUS_NOTE)
        self.note_edit.setMinimumHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        self.frozen_label = QLabel()
        self.frozen_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.status_label, self.day_label, self.note_label = QLabel(), QLabel(), QLabel()
        self.status_label.setBuddy(self.status_combo)
        self.day_label.setBuddy(self.day_edit)
        self.note_label.setBuddy(self.note_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.status_label, self.status_combo)
        form.addRow(self.day_label, self.day_edit)
        form.addRow(self.note_label, self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(self.frozen_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.day_edit.dateChanged.connect(self.error_label.hide)

        for status in AssignmentStatus:
            self.status_combo.addItem(status_name(status), status.value)
        self.status_combo.addItem(status_name(None), self.NONE)
        mark = assignment.mark
        day = mark.day if mark else max(today or dt.date.today(), given_on)
        self.status_combo.setCurrentIndex(
            self.status_combo.findData(mark.status.value if mark else AssignmentStatus.DONE.value)
        )
        self.day_edit.setDate(_qdate(day))
        self.note_edit.setPlainText(mark.note if mark else "")
        self.retranslate()
        self._status_chosen()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Status of the assignment"))
        self.status_label.setText(self.tr("&Status:"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.day_label.setText(self.tr("&Since:"))
        self.day_edit.setAccessibleName(self.tr("Day of the change"))
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("e.g. the report was heard at the meeting"))
        self.frozen_label.setText(
            self.tr(
                "The status is kept beside the protocol: a finalised protocol stays as it was "
                "signed."
            )
        )

    def _status_chosen(self) -> None:
        none = self.status_combo.currentData() == self.NONE
        self.day_edit.setEnabled(not none)
        self.note_edit.setEnabled(not none)
        self.error_label.hide()

    def value(self) -> StatusMark | None:
        data = self.status_combo.currentData()
        if data == self.NONE:
            return None
        return StatusMark(
            AssignmentStatus(data), _day(self.day_edit.date()), self.note_edit.toPlainText().strip()
        )

    def accept(self) -> None:
        mark = self.value()
        if mark is not None and mark.day < self._given_on:
            self.error_label.setText(
                fill(
                    self.tr(
                        "The day of the change (%1) is before the meeting that gave the assignment "
                        "(%2)."
                    ),
                    f"{mark.day:%d.%m.%Y}",
                    f"{self._given_on:%d.%m.%Y}",
                )
            )
            self.error_label.show()
            self.day_edit.setFocus()
            return
        found = errors(validate_mark(mark, self._given_on)) if mark is not None else []
        if found:
            self.error_label.setText(f"{found[0].message}.")
            self.error_label.show()
            return
        self.result_mark = mark
        super().accept()


def status_dialog_for(
    given: GivenAssignment, today: dt.date | None = None, parent: QWidget | None = None
) -> StatusDialog:
    """The status dialog of an assignment given at a meeting, described by what it is, who
    is responsible, its deadline and where it was given (the meetings and «Що на черзі»)."""
    text = fill(
        QCoreApplication.translate(
            "StatusDialog", "%1\nResponsible: %2. Deadline: %3. Given at meeting %4, item %5."
        ),
        given.assignment.text,
        given.responsible.rstrip("."),
        given.assignment.deadline.label or "—",
        given.meeting_label,
        given.item_number,
    )
    return StatusDialog(given.assignment, given.meeting_day, text, today, parent)
