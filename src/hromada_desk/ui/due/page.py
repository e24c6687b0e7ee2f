"""The «Що на черзі» page: what is due today (assignments past or near their deadline, the
next planned meeting and its questions, last year's figures, an action plan ending without a
successor, the campaign dates), the assignments with their status (recorded here beside the
protocols), and the table of the open assignments saved as PDF or XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.assignments import GivenAssignment, StatusMark
from hromada_desk.domain.due import DueEntry, DueKind
from hromada_desk.errors import KnownError
from hromada_desk.services import assignments
from hromada_desk.ui.common.documents import remember, suggested_path
from hromada_desk.ui.common.errors import show_error
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.rows_model import RowsTableModel
from hromada_desk.ui.common.worker import Job, run_job
from hromada_desk.ui.meetings.assignments import (
    StatusDialog,
    fit_columns,
    status_dialog_for,
    status_text,
)
from hromada_desk.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
_LATE = QColor("#b3261e")


class GivenModel(RowsTableModel):
    """The assignments with the meeting that gave them: meeting, assignment, responsible,
    deadline, status; those past their deadline in red."""

    MEETING, TEXT, RESPONSIBLE, DEADLINE, STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GivenAssignment] = []
        self.today = dt.date.today()
        self.retranslate()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Meeting"),
            self.tr("Assignment"),
            self.tr("Responsible"),
            self.tr("Deadline"),
            self.tr("Status"),
        )

    def rows(self) -> list[Any]:
        return self._rows

    def reload(self, rows: list[GivenAssignment], today: dt.date) -> None:
        self.beginResetModel()
        self._rows, self.today = list(rows), today
        self.endResetModel()

    def given(self, row: int) -> GivenAssignment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, assignment_id: int | None) -> int:
        return next(
            (row for row, g in enumerate(self._rows) if g.assignment.id == assignment_id), -1
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        given = self.given(index.row()) if index.isValid() else None
        if given is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_LATE) if given.is_overdue(self.today) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        assignment, column = given.assignment, index.column()
        if column == self.MEETING:
            if role == Qt.ItemDataRole.ToolTipRole:
                return fill(
                    self.tr("Meeting %1, item %2: %3"),
                    given.meeting_label,
                    given.item_number,
                    given.item_title,
                )
            return given.meeting_label
        if column == self.TEXT:
            return (
                " ".join(assignment.text.split())
                if role == Qt.ItemDataRole.DisplayRole
                else assignment.text
            )
        if column == self.RESPONSIBLE:
            return given.responsible
        if column == self.DEADLINE:
            label = assignment.deadline.label
            if role == Qt.ItemDataRole.ToolTipRole and given.is_overdue(self.today):
                return fill(self.tr("%1 (overdue)"), label)  # the row is red
            return label
        if role == Qt.ItemDataRole.ToolTipRole and assignment.mark and assignment.mark.note:
            return f"{status_text(assignment)}: {assignment.mark.note}"
        return status_text(assignment)


class DuePage(Page):
    """What is due on the day, and the assignments the council keeps under control."""

    topics = frozenset(
        {
            "assignments",
            "meetings",
            "members",
            "work_plan",
            "plan",
            "indicators",
            "population",
            "settlements",
            "community",
        }
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.today_override: dt.date | None = None  # tests fix the day
        self.entries: list[DueEntry] = []
        self.export_job: Job | None = None

        self.due_label = QLabel()
        self.due_view = QListWidget()
        self.due_view.setWordWrap(True)
        self.due_view.setMinimumHeight(self.due_view.fontMetrics().height() * 4)
        self.due_label.setBuddy(self.due_view)
        self.model = GivenModel(self)
        self.assignments_label = QLabel()
        self.open_only_check = QCheckBox()
        self.open_only_check.setChecked(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GivenModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (GivenModel.MEETING, GivenModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 5)
        self.assignments_label.setBuddy(self.view)
        self.status_button = QPushButton()
        self.export_button = QPushButton()
        self.message_line = MessageLine()

        due_box = QVBoxLayout()
        due_box.addWidget(self.due_label)
        due_box.addWidget(self.due_view, 2)
        head = QHBoxLayout()
        head.addWidget(self.assignments_label)
        head.addStretch(1)
        head.addWidget(self.open_only_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(due_box, 2)
        layout.addLayout(head)
        layout.addWidget(self.view, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.message_line)

        self.open_only_check.toggled.connect(lambda _checked: self.refresh())
        self.status_button.clicked.connect(self.record_status)
        self.export_button.clicked.connect(self.export)
        self.view.doubleClicked.connect(lambda _index: self.record_status())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        self.due_view.itemActivated.connect(self._entry_chosen)
        self.retranslate()

    @property
    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("What is due")

    def retranslate(self) -> None:
        self.assignments_label.setText(self.tr("&Assignments of the council's decisions:"))
        self.view.setAccessibleName(self.tr("Assignments with their status"))
        self.open_only_check.setText(self.tr("Only those under c&ontrol"))
        self.open_only_check.setToolTip(self.tr("Hide the assignments done or taken off control"))
        self.status_button.setText(self.tr("Sta&tus…"))
        self.status_button.setToolTip(
            self.tr(
                "Record whether the selected assignment is done, with a note; the protocol that "
                "gave it does not change"
            )
        )
        self.export_button.setText(self.tr("E&xport the open assignments…"))
        self.export_button.setToolTip(
            self.tr(
                "The state of the assignments under control as a table (PDF or XLSX), for «Про "
                "виконання попередніх доручень»"
            )
        )
        self.due_view.setAccessibleName(self.tr("What is due"))
        self.model.retranslate()
        fit_columns(self.view, {GivenModel.RESPONSIBLE: 10, GivenModel.DEADLINE: 8})
        self.message_line.clear()
        self.refresh()

    def refresh(self) -> None:
        cf = self.session.cf
        self.setEnabled(cf is not None)
        today = self.today
        self.due_label.setText(fill(self.tr("&What is due on %1:"), f"{today:%d.%m.%Y}"))
        chosen = self.model.given(self.view.currentIndex().row())
        if cf is None:
            self.entries = []
            self.model.reload([], today)
        else:
            self.entries = assignments.due_on(cf, today)
            given = assignments.list_given(cf)
            if self.open_only_check.isChecked():
                given = [g for g in given if g.assignment.is_open]
            self.model.reload(given, today)
        self._show_entries()
        row = self.model.row_of(chosen.assignment.id) if chosen is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _show_entries(self) -> None:
        self.due_view.clear()
        for entry in self.entries:
            text = "\n".join([entry.text, *(f"    {line}" for line in entry.details)])
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, entry)
            if entry.kind is DueKind.OVERDUE:
                row.setForeground(QBrush(_LATE))
            self.due_view.addItem(row)
        if not self.entries:
            row = QListWidgetItem(
                self.tr(
                    "Nothing is due: no assignment is late or near its "
                    "deadline, and nothing else waits."
                )
            )
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due_view.addItem(row)

    def _update_buttons(self) -> None:
        cf = self.session.cf
        writable = cf is not None and not cf.readonly
        chosen = self.model.given(self.view.currentIndex().row())
        self.status_button.setEnabled(writable and chosen is not None)
        self.export_button.setEnabled(cf is not None)

    # -- status -----------------------------------------------------------------------------
    def _entry_chosen(self, row: QListWidgetItem) -> None:
        """An assignment of the due list is chosen in the table (its status is recorded
        there)."""
        entry = row.data(Qt.ItemDataRole.UserRole)
        if not isinstance(entry, DueEntry) or entry.kind not in (DueKind.OVERDUE, DueKind.SOON):
            return
        found = self.model.row_of(entry.ref)
        if found >= 0:
            self.view.setCurrentIndex(self.model.index(found, 0))
            self.record_status()

    def status_dialog(self) -> StatusDialog | None:
        """The dialog for the selected assignment (tests drive it)."""
        given = self.model.given(self.view.currentIndex().row())
        if given is None:
            return None
        return status_dialog_for(given, self.today, self)

    def record_status(self) -> None:
        cf = self.session.cf
        given = self.model.given(self.view.currentIndex().row())
        dialog = self.status_dialog()
        if cf is None or cf.readonly or given is None or dialog is None:
            return
        if dialog.exec() == StatusDialog.DialogCode.Accepted:
            self.apply_status(given.assignment.id or 0, dialog.result_mark)

    def apply_status(self, assignment_id: int, mark: StatusMark | None) -> bool:
        cf = self.session.cf
        if cf is None:
            return False
        edit = assignments.set_status(cf, assignment_id, mark)
        if edit is None:
            return True
        written = self.session.run(self.tr("Record the status of an assignment"), edit)
        if written:
            self.message_line.show_message(
                self.tr("The status is recorded; the protocol stays as it was.")
            )
        return written

    # -- export -----------------------------------------------------------------------------
    def choose_path(self) -> Path | None:
        pdf, xlsx = self.tr("PDF document (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        name = f"Стан виконання доручень {self.today:%d.%m.%Y}.pdf"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the open assignments"), suggested_path(name), f"{pdf};;{xlsx}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if chosen_filter == xlsx else ".pdf"))
        remember(path)
        return path

    def export(self) -> Job | None:
        """Ask where, then write the table of the open assignments in the background."""
        cf = self.session.cf
        if cf is None:
            return None
        path = self.choose_path()
        if path is None:
            return None
        from hromada_desk.exports.assignments import export_assignments
        from hromada_desk.settings import Settings

        report = assignments.report_for(cf, self.today, open_only=True)
        font = Settings().document_font
        self.export_job = run_job(
            self,
            self.tr("Exporting the open assignments…"),
            lambda _report: export_assignments(report, path, font_path=font),
            self._exported,
            self._failed,
        )
        return self.export_job

    def _exported(self, result: object) -> None:
        self.message_line.show_document(fill(self.tr("Saved to %1."), result), Path(str(result)))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error  # a bug: the crash handler reports it
        self.message_line.show_message(error.message, "error")
        show_error(self, error)
