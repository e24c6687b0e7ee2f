"""The meeting editor: a meeting's details, attendance and agenda in three tabs. It edits a
copy and hands back the whole Meeting; the page stores it as one undoable edit."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.assignments import StatusMark
from hromada_desk.domain.council import (
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    valid_time,
)
from hromada_desk.domain.parsing import one_line
from hromada_desk.ui.common.date_edit import DateEdit
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.text_limit import limit_plain_text
from hromada_desk.ui.meetings.agenda_editor import AgendaEditor
from hromada_desk.ui.meetings.attendance_editor import AttendanceEditor
from hromada_desk.ui.meetings.signers import SignersEditor

PLACE_LIMIT = limits.MEETING_PLACE
TITLE_LIMIT = limits.MEETING_TITLE
MAX_NUMBER = limits.MAX_MEETING_NUMBER
FORM_MAX_WIDTH = 720


def kind_label(kind: MeetingKind) -> str:
    """The kind as the interface names it («чергове» in Ukrainian)."""
    return {
        MeetingKind.REGULAR: QCoreApplication.translate("MeetingKind", "regular"),
        MeetingKind.EXTRAORDINARY: QCoreApplication.translate("MeetingKind", "extraordinary"),
    }[kind]


def status_label(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingStatus", "planned"),
        MeetingStatus.DRAFT: QCoreApplication.translate("MeetingStatus", "draft"),
        MeetingStatus.FINAL: QCoreApplication.translate("MeetingStatus", "final"),
    }[status]


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MeetingEditor(QWidget):
    """Details, attendance and agenda of one meeting; ``value()`` is the edited Meeting."""

    changed = Signal()
    date_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting: Meeting | None = None  # as loaded: id, status, signatures
        self._baseline: Meeting | None = None
        self._members: list[Member] = []
        self._loading = False
        self.read_only = False

        self.number_label = QLabel()
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, MAX_NUMBER)
        self.number_spin.setPrefix("№ ")
        self.number_label.setBuddy(self.number_spin)
        self.year_label = QLabel()
        self.date_label = QLabel()
        self.date_edit = DateEdit()
        self.date_label.setBuddy(self.date_edit)
        self.time_label = QLabel()
        self.time_edit = QLineEdit()
        self.time_edit.setMaxLength(5)
        self.time_edit.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"([01]?[0-9]|2[0-3])?(:[0-5]?[0-9]?)?"), self.time_edit
            )
        )
        self.time_edit.setFixedWidth(self.time_edit.fontMetrics().horizontalAdvance("00:00") + 24)
        self.time_label.setBuddy(self.time_edit)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_label.setBuddy(self.kind_combo)
        self.place_label = QLabel()
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(PLACE_LIMIT)
        self.place_label.setBuddy(self.place_edit)
        self.title_label = QLabel()
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_limit = limit_plain_text(self.title_edit, TITLE_LIMIT)
        self.title_edit.setFixedHeight(self.title_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.title_label.setBuddy(self.title_edit)
        self.signatures_label = QLabel()
        self.signers = SignersEditor()
        self.signatures_label.setBuddy(self.signers.propose_button)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number_spin)
        number_row.addWidget(self.year_label)
        number_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.number_label, number_row)
        date_row = self._left(self.date_edit)
        date_row.insertSpacing(1, 12)
        date_row.insertWidget(2, self.time_label)
        date_row.insertWidget(3, self.time_edit)
        form.addRow(self.date_label, date_row)
        form.addRow(self.kind_label, self._left(self.kind_combo))
        form.addRow(self.place_label, self.place_edit)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.signatures_label, self.signers)
        details = QWidget()
        details.setMaximumWidth(FORM_MAX_WIDTH)
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addStretch(1)
        self.details = QScrollArea()
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QScrollArea.Shape.NoFrame)

        self.attendance = AttendanceEditor()
        self.agenda = AgendaEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.attendance, "")
        self.tabs.addTab(self.agenda, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for first, second in (
            (self.tabs, self.number_spin),
            (self.number_spin, self.date_edit),
            (self.date_edit, self.time_edit),
            (self.time_edit, self.kind_combo),
            (self.kind_combo, self.place_edit),
            (self.place_edit, self.title_edit),
        ):
            QWidget.setTabOrder(first, second)

        self.number_spin.valueChanged.connect(lambda _value: self._edited())
        self.date_edit.dateChanged.connect(lambda _date: self._date_changed())
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._edited())
        self.place_edit.textChanged.connect(lambda _text: self._edited())
        self.time_edit.textChanged.connect(lambda _text: self._edited())
        self.title_edit.textChanged.connect(self._edited)
        self.attendance.changed.connect(self._attendance_changed)
        self.agenda.changed.connect(self._edited)
        self.signers.changed.connect(self._edited)
        self.retranslate()
        self.clear()

    @staticmethod
    def _left(widget: QWidget) -> QHBoxLayout:
        """A short field that does not stretch across the form."""
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("D&etails"))
        self.tabs.setTabText(1, self.tr("&Attendance"))
        self.tabs.setTabText(2, self.tr("A&genda"))
        self.number_label.setText(self.tr("N&umber:"))
        self.number_spin.setAccessibleName(self.tr("Number of the meeting in its year"))
        self.number_spin.setToolTip(self.tr("Numbering starts again at 1 each year"))
        self.date_label.setText(self.tr("Da&te of the meeting:"))
        self.date_edit.setAccessibleName(self.tr("Date of the meeting"))
        self.time_label.setText(self.tr("&Begins at:"))
        self.time_edit.setAccessibleName(self.tr("Time the meeting begins"))
        self.time_edit.setPlaceholderText(self.tr("10:00"))
        self.time_edit.setToolTip(
            self.tr("Printed in the notice of the meeting; may be left empty")
        )
        self.kind_label.setText(self.tr("&Kind:"))
        for index, kind in enumerate(MeetingKind):
            self.kind_combo.setItemText(index, kind_label(kind))
        self.kind_combo.setAccessibleName(self.tr("Kind of meeting"))
        self.place_label.setText(self.tr("P&lace:"))
        self.place_edit.setAccessibleName(self.tr("Place of the meeting"))
        self.place_edit.setPlaceholderText(self.tr("e.g. с-ще Ланна"))
        self.title_label.setText(self.tr("T&itle:"))
        self.title_edit.setAccessibleName(self.tr("Title of the meeting"))
        self.title_edit.setToolTip(self.tr("The line under «ПРОТОКОЛ» in the protocol"))
        self.signatures_label.setText(self.tr("Signed by:"))
        self.signers.retranslate()
        self.attendance.retranslate()
        self.agenda.retranslate()
        self._show_year()

    def set_compact(self, compact: bool) -> None:
        """The tabs' compact arrangements, for a narrow page. The attendance keeps its wide
        one: a narrow page gives the editor the whole width (the meetings in a drop-down)."""
        self.agenda.set_compact(compact)

    # -- contents ----------------------------------------------------------------------------
    def load(
        self, meeting: Meeting, members: list[Member], years: list[int], *, read_only: bool
    ) -> None:
        """Edit a copy of ``meeting``; what it is now counts as unchanged."""
        previous = self._meeting
        same = previous is not None and meeting.id is not None and previous.id == meeting.id
        row = max(0, self.agenda.current_row()) if same else 0  # an undo keeps one's place
        self._loading = True
        try:
            self._meeting = meeting
            self._members = list(members)
            self.number_spin.setValue(meeting.number)
            self.date_edit.setDate(_date(meeting.date))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(meeting.kind.value)))
            self.place_edit.setText(meeting.place)
            self.time_edit.setText(meeting.time)
            self.title_edit.setPlainText(meeting.title)
            self.attendance.set_attendance(
                members, meeting.attendance, meeting.guests, meeting.date
            )
            self.agenda.set_members(members, meeting.date)
            self.agenda.set_years(years)
            self.agenda.set_items(meeting.agenda, row=row)
            self.agenda.set_present(self.attendance.model.present_count)
            self.signers.set_signatures(members, meeting.signatures, meeting.date)
            self.set_read_only(read_only)
        finally:
            self._loading = False
        self._show_year()
        self.setEnabled(True)
        self._baseline = self.value()

    def clear(self) -> None:
        """Nothing to edit."""
        self._loading = True
        try:
            self._meeting = None
            self.number_spin.setValue(1)
            self.place_edit.clear()
            self.time_edit.clear()
            self.title_edit.clear()
            self.attendance.set_attendance([], [], [], dt.date.today())
            self.agenda.set_items([])
            self.signers.set_signatures([], [], dt.date.today())
        finally:
            self._loading = False
        self._baseline = None
        self._show_year()
        self.setEnabled(False)

    @property
    def meeting(self) -> Meeting | None:
        """The meeting as it was loaded."""
        return self._meeting

    def detach(self) -> None:
        """The stored meeting is gone (an undo): keep the edits as a new, unsaved meeting."""
        if self._meeting is not None:
            self._meeting = dataclasses.replace(self._meeting, id=None, status=MeetingStatus.DRAFT)
            for item in self.agenda.model.items():
                item.id = None

    def value(self) -> Meeting:
        """The meeting as edited, ready to store."""
        loaded = self._meeting
        return Meeting(
            number=self.number_spin.value(),
            date=self.day,
            place=one_line(self.place_edit.text()),
            title=one_line(self.title_edit.toPlainText()),
            kind=MeetingKind(self.kind_combo.currentData()),
            time=one_line(self.time_edit.text()),
            status=loaded.status if loaded else MeetingStatus.DRAFT,
            attendance=self.attendance.attendance(),
            guests=self.attendance.guests(),
            agenda=self.agenda.items(),
            signatures=self.signers.value(),
            id=loaded.id if loaded else None,
        )

    def is_modified(self) -> bool:
        return self._baseline is not None and self.value() != self._baseline

    def set_mark(self, assignment_id: int, mark: StatusMark | None) -> None:
        """A status recorded beside the protocol while the meeting is being edited: shown,
        and not an edit of the form (the baseline gets it too)."""
        items = list(self.agenda.model.items())
        if self._baseline is not None:
            items += self._baseline.agenda
        for item in items:
            for assignment in item.assignments:
                if assignment.id == assignment_id:
                    assignment.mark = mark
        self.agenda.item_form.show_marks()

    @property
    def day(self) -> dt.date:
        qdate = self.date_edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_members(self, members: list[Member]) -> None:
        """The council's list changed elsewhere; the edits stay."""
        self._members = list(members)
        self.attendance.set_members(members)
        self.agenda.set_members(members, self.day)
        self.signers.set_members(members, self.day)

    def set_years(self, years: list[int]) -> None:
        self.agenda.set_years(years)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (
            self.number_spin,
            self.date_edit,
            self.place_edit,
            self.title_edit,
            self.time_edit,
        ):
            widget.setReadOnly(read_only)
        self.kind_combo.setEnabled(not read_only)
        self.attendance.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        self.signers.set_read_only(read_only)

    def check(self) -> str:
        """Why the meeting cannot be stored as it is (the tab concerned is shown), or ""."""
        value = self.value()
        if len(value.title) > TITLE_LIMIT:
            self.tabs.setCurrentWidget(self.details)
            return fill(self.tr("The title is longer than %1 characters."), TITLE_LIMIT)
        if not valid_time(value.time):
            self.tabs.setCurrentWidget(self.details)
            self.time_edit.setFocus()
            return self.tr(
                "Write the time the meeting begins as hours and minutes, e.g. "
                "10:00, or leave it empty."
            )
        problem = self.attendance.check()
        if problem:
            self.tabs.setCurrentWidget(self.attendance)
            return problem
        problem = self.agenda.check(self.attendance.model.present_count, self.day)
        if problem:
            self.tabs.setCurrentWidget(self.agenda)
        return problem

    # -- showing -----------------------------------------------------------------------------
    def _show_year(self) -> None:
        self.year_label.setText(fill(self.tr("of %1"), self.day.year))

    # -- edits -------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _date_changed(self) -> None:
        if self._loading:
            return
        day = self.day
        self._show_year()
        self.attendance.set_day(day)
        self.agenda.set_members(self._members, day)
        self.signers.set_members(self._members, day)
        self.agenda.set_present(self.attendance.model.present_count)
        self.date_edited.emit()
        self.changed.emit()

    def _attendance_changed(self) -> None:
        self.agenda.set_present(self.attendance.model.present_count)
        self._edited()
