"""The «Attendance» tab of the meeting editor: who of the council was present, why the others
were absent, the invited guests, and whether the meeting had a quorum."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.council import Attendance, Guest, Member, has_quorum
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.kept_splitter import KeptSplitter
from hromada_desk.ui.common.preview_parts import paste_shortcut
from hromada_desk.ui.meetings.attendance_models import AttendanceModel, GuestsModel

if TYPE_CHECKING:  # loaded when a list is pasted
    from hromada_desk.ui.meetings.attendance_paste import AttendanceListDialog

# Limits of the community file (its schema refuses longer text).
REASON_LIMIT = limits.ABSENCE_REASON
GUEST_NAME_LIMIT = limits.GUEST_NAME
GUEST_POSITION_LIMIT = limits.GUEST_POSITION
# «More than half of the members» unless the council's regulations say otherwise.
DEFAULT_QUORUM_PERCENT = 50
_QUORUM_COLOURS = {True: "#2e7d32", False: "#b3261e"}


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AttendanceEditor(QWidget):
    """The members' ticks and reasons, the quorum, and the guests."""

    changed = Signal()
    notice = Signal(str)  # why a paste set nothing, for the page's message line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceModel(self)
        self.paste_dialog: AttendanceListDialog | None = None
        self.guests_model = GuestsModel(self)
        self._day = dt.date.today()
        self._all_members: list[Member] = []

        self.members_label = QLabel()
        self.members_view = _table(self.model)
        header = self.members_view.horizontalHeader()
        header.setSectionResizeMode(
            AttendanceModel.PRESENT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.members_label.setBuddy(self.members_view)
        self.all_present_button = QPushButton()
        self.paste_button = QPushButton()
        # Ctrl+V on the members' table: the same as «Paste list…»
        self.paste_action = paste_shortcut(self.members_view)
        self.quorum = QLabel()
        self.quorum.setTextFormat(Qt.TextFormat.PlainText)
        self.quorum.setWordWrap(True)  # two lines rather than a wider editor on a small screen
        font = self.quorum.font()
        font.setBold(True)
        self.quorum.setFont(font)
        self.quorum_label = QLabel()
        self.quorum_spin = QSpinBox()
        self.quorum_spin.setRange(0, 99)
        self.quorum_spin.setValue(DEFAULT_QUORUM_PERCENT)
        self.quorum_spin.setSuffix(" %")
        self.quorum_label.setBuddy(self.quorum_spin)

        self.guests_label = QLabel()
        self.guests_view = _table(self.guests_model)
        self.guests_view.setColumnWidth(
            GuestsModel.NAME, self.guests_view.fontMetrics().horizontalAdvance("M") * 16
        )
        self.guests_label.setBuddy(self.guests_view)
        # Two rows of guests in sight are enough: the members' table gets the height.
        self.guests_view.setMinimumHeight(self.guests_view.fontMetrics().height() * 5)
        self.guests_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.add_guest_button = QPushButton()
        self.remove_guest_button = QPushButton()

        quorum_row = QHBoxLayout()
        quorum_row.addWidget(self.quorum, 1)
        quorum_row.addWidget(self.quorum_label)
        quorum_row.addWidget(self.quorum_spin)
        members_header = QHBoxLayout()
        members_header.addWidget(self.members_label, 1)
        members_header.addWidget(self.all_present_button)
        members_header.addWidget(self.paste_button)
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addLayout(members_header)
        members_layout.addWidget(self.members_view, 1)
        members_layout.addLayout(quorum_row)

        self._guests_header = guests_header = QHBoxLayout()
        guests_header.addWidget(self.guests_label, 1)
        guests_header.addWidget(self.add_guest_button)
        guests_header.addWidget(self.remove_guest_button)
        self._guests_footer = QHBoxLayout()  # the buttons, when the editor is narrow
        self._guests_footer.addStretch(1)
        guests_box = QWidget()
        guests_layout = QVBoxLayout(guests_box)
        guests_layout.setContentsMargins(0, 0, 0, 0)
        guests_layout.addLayout(guests_header)
        guests_layout.addWidget(self.guests_view, 1)
        guests_layout.addLayout(self._guests_footer)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(members_box)
        self.splitter.addWidget(guests_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 150])
        self.kept_splitter = KeptSplitter(self.splitter, "attendance")
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        for first, second in (
            (self.all_present_button, self.members_view),
            (self.members_view, self.quorum_spin),
            (self.quorum_spin, self.add_guest_button),
            (self.add_guest_button, self.remove_guest_button),
            (self.remove_guest_button, self.guests_view),
        ):
            QWidget.setTabOrder(first, second)

        self.model.edited.connect(self._edited)
        self.guests_model.edited.connect(self.changed)
        self.all_present_button.clicked.connect(self.model.set_all_present)
        self.paste_button.clicked.connect(self.paste_list)
        self.paste_action.triggered.connect(self.paste_list)
        self.quorum_spin.valueChanged.connect(lambda _value: self.show_quorum())
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_guest_button.clicked.connect(self.remove_guest)
        self.guests_view.selectionModel().currentChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.members_label.setText(self.tr("Council mem&bers (tick those present):"))
        self.members_view.setAccessibleName(self.tr("Attendance of the council members"))
        self.members_view.setAccessibleDescription(
            self.tr(
                "Space ticks a member as present; type the reason for an absent member's absence"
            )
        )
        self.all_present_button.setText(self.tr("Ever&yone present"))
        self.all_present_button.setToolTip(
            self.tr("Tick every member of the council on the meeting's date as present")
        )
        self.paste_button.setText(self.tr("&Paste list…"))
        self.paste_button.setToolTip(
            self.tr(
                "Mark those present from a list copied in Word (a draft protocol's «Присутні:», "
                "«Відсутні:» and «Запрошені:»), a person a line; Ctrl+V on the table does the "
                "same"
            )
        )
        self.paste_button.setAccessibleName(self.tr("Paste the list of those present"))
        self.paste_action.setText(self.paste_button.accessibleName())
        self.quorum_label.setText(self.tr("Quorum: more &than"))
        self.quorum_spin.setAccessibleName(self.tr("Quorum: more than this share of the members"))
        self.quorum_spin.setToolTip(
            self.tr(
                "The share of the members that must be present, as the council's regulations say "
                "(usually more than half). Only used for this indicator; not stored."
            )
        )
        self.guests_label.setText(self.tr("&Invited:"))
        self.guests_view.setAccessibleName(self.tr("Invited guests"))
        self.add_guest_button.setText(self.tr("Add g&uest"))
        self.add_guest_button.setToolTip(self.tr("Add an invited person to the protocol"))
        self.remove_guest_button.setText(self.tr("Remo&ve guest"))
        self.remove_guest_button.setAccessibleName(self.tr("Remove the selected guest"))
        self.model.retranslate()
        self.guests_model.retranslate()
        self._fit_name_column()  # the headings' widths change with the language
        self.show_quorum()

    def set_compact(self, compact: bool) -> None:
        """The guests' buttons under their table, not beside its label, on a narrow page."""
        buttons = (self.add_guest_button, self.remove_guest_button)
        source, target = (
            (self._guests_header, self._guests_footer)
            if compact
            else (self._guests_footer, self._guests_header)
        )
        for button in buttons:
            source.removeWidget(button)
        for index, button in enumerate(buttons):
            target.insertWidget(index if compact else target.count(), button)

    # -- contents ----------------------------------------------------------------------------
    def set_attendance(
        self, members: list[Member], attendance: list[Attendance], guests: list[Guest], day: dt.date
    ) -> None:
        self._day = day
        self._all_members = list(members)
        self.model.set_attendance(members, attendance, day)
        self.guests_model.set_guests(guests)
        self._fit_name_column()
        self.show_quorum()
        self._update_buttons()

    def set_day(self, day: dt.date) -> None:
        if day != self._day:
            self._day = day
            self.model.set_day(day)
            self.show_quorum()

    def set_members(self, members: list[Member]) -> None:
        self._all_members = list(members)
        self.model.set_members(members, self._day)
        self._fit_name_column()
        self.show_quorum()

    def attendance(self) -> list[Attendance]:
        return self.model.attendance()

    def guests(self) -> list[Guest]:
        return self.guests_model.guests()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.guests_model.read_only = read_only
        self.model.flags_changed()
        self.guests_model.flags_changed()
        self.all_present_button.setEnabled(not read_only)
        self.paste_button.setEnabled(not read_only)
        self.paste_action.setEnabled(not read_only)
        self.add_guest_button.setEnabled(not read_only)
        self._update_buttons()

    def check(self) -> str:
        """Why the attendance cannot be stored, or ""."""
        for row, guest in enumerate(self.guests_model.guests(), 1):
            if not guest.name:
                return fill(self.tr("Invited guest %1 has a position but no name."), row)
            if len(guest.name) > GUEST_NAME_LIMIT or len(guest.position) > GUEST_POSITION_LIMIT:
                return fill(self.tr("The name or position of invited guest %1 is too long."), row)
        for entry in self.model.attendance():
            if len(entry.absence_reason) > REASON_LIMIT:
                return fill(
                    self.tr("A reason for absence is longer than %1 characters."), REASON_LIMIT
                )
        return ""

    # -- the quorum --------------------------------------------------------------------------
    @property
    def has_quorum(self) -> bool:
        return has_quorum(
            self.model.present_members, self.model.members_count, self.quorum_spin.value()
        )

    def _why_no_members(self) -> str:
        """Nobody is a member on the meeting's date: why, and where to put it right."""
        everyone = self._all_members
        if not everyone:
            return self.tr(
                "The council has no members yet: enter them on the «Council members» page."
            )
        later = sorted(
            m.member_from
            for m in everyone
            if m.member_from is not None and m.member_from > self._day
        )
        day = self._day.strftime("%d.%m.%Y")
        if later:
            return fill(
                self.tr(
                    "No council members on %1: their membership starts later (the earliest on "
                    "%2). If they were members then, correct «Member from» on the «Council "
                    "members» page."
                ),
                day,
                later[0].strftime("%d.%m.%Y"),
            )
        return fill(
            self.tr(
                "No council members on %1: every membership had ended by then (see «Member "
                "until» on the «Council members» page)."
            ),
            day,
        )

    def show_quorum(self) -> None:
        present, members = self.model.present_members, self.model.members_count
        if members == 0:
            text = self._why_no_members()
        elif self.has_quorum:
            text = fill(self.tr("Present %1 of %2 — quorum"), present, members)
        else:
            text = fill(self.tr("Present %1 of %2 — no quorum"), present, members)
        self.quorum.setText(text)
        self.quorum.setStyleSheet(
            f"QLabel {{ color: {_QUORUM_COLOURS[members > 0 and self.has_quorum]}; }}"
        )
        self.quorum.setAccessibleName(text)

    # -- actions -----------------------------------------------------------------------------
    def paste_list(self) -> None:
        """Read the clipboard as the lists of those present, absent and invited, and show the
        marks it would set, to confirm."""
        if self.model.read_only:
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.notice.emit(
                self.tr(
                    "The clipboard holds no text. Copy the list of those present in Word (a "
                    "person a line), then press «Paste list…» again."
                )
            )
            return
        from hromada_desk.domain.attendance_list import marks_after, read_attendance
        from hromada_desk.ui.meetings.attendance_paste import AttendanceListDialog

        listed = read_attendance(text, self._all_members)
        dialog = AttendanceListDialog(listed, self.model.marks(), self.model.current_ids(), self)

        def answered(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or self.model.read_only:
                return
            marks = [(m.id or 0, present, reason) for m, present, reason in self.model.marks()]
            self.model.set_marks(marks_after(listed, marks, self.model.current_ids()))
            self.guests_model.extend(listed.guests)

        dialog.finished.connect(answered)
        self.paste_dialog = dialog
        dialog.open()

    def add_guest(self) -> None:
        row = self.guests_model.add()
        index = self.guests_model.index(row, GuestsModel.NAME)
        self.guests_view.setCurrentIndex(index)
        self.guests_view.setFocus()
        self.guests_view.edit(index)

    def remove_guest(self) -> None:
        current = self.guests_view.currentIndex()
        if current.isValid():
            self.guests_model.remove(current.row())
        self._update_buttons()

    def _edited(self) -> None:
        self.show_quorum()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_guest_button.setEnabled(
            not self.guests_model.read_only and self.guests_view.currentIndex().isValid()
        )

    def _fit_name_column(self) -> None:
        self.members_view.resizeColumnToContents(AttendanceModel.NAME)
        # Room for a short reason, and never narrower than the column's heading
        # («Причина відсутності» is wider than fourteen M's).
        header = self.members_view.horizontalHeader()
        minimum = max(
            self.members_view.fontMetrics().horizontalAdvance("M") * 14,
            header.sectionSizeHint(AttendanceModel.REASON),
        )
        self.members_view.setColumnWidth(AttendanceModel.REASON, minimum)
