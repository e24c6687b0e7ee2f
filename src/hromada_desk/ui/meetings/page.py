"""The «Засідання» page: the council's meetings by year and number, and the editor of the
selected one — save, finalise and reopen the protocol, export it."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk import APP_NAME
from hromada_desk.domain.assignments import StatusMark
from hromada_desk.domain.council import Meeting, MeetingStatus
from hromada_desk.services import assignments
from hromada_desk.services import meetings as service
from hromada_desk.services.community import get_community
from hromada_desk.services.members import list_members
from hromada_desk.services.year_figures import population_years
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.responsive import CompactSwitch, settle_layouts
from hromada_desk.ui.meetings.assignments import StatusDialog, status_dialog_for
from hromada_desk.ui.meetings.editor import MeetingEditor
from hromada_desk.ui.meetings.meeting_list import MeetingListModel, newest_first
from hromada_desk.ui.meetings.next_meeting_dialog import NextMeetingDialog
from hromada_desk.ui.meetings.protocol_controls import ProtocolControls
from hromada_desk.ui.session import Session

# Below this page width the meetings go into a drop-down above the editor (see _arrange).
WIDE_WIDTH = 900


class MeetingsPage(Page):
    # community: the body; assignments: their statuses, recorded beside the protocol.
    topics = frozenset({"meetings", "members", "community", "assignments"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._cf: object = None  # the open file the editor's meeting belongs to
        self._is_new = False  # the editor holds a meeting not stored yet
        self._proposed_number: int | None = None
        self._quiet = False  # selecting a row ourselves: not the person's choice

        self.model = MeetingListModel(self)
        self.list_label = QLabel()
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The stretched last column never gets narrower than the default section size (100
        # pixels, more than «Протокол» needs), which would hide it behind a scroll bar in a
        # narrow list: let it shrink to its contents.
        header.setDefaultSectionSize(header.minimumSectionSize())
        header.setStretchLastSection(True)
        self.list_label.setBuddy(self.list_view)
        self.new_button = QPushButton()
        self.from_previous_button = QPushButton()
        self.delete_button = QPushButton()

        self.editor = MeetingEditor()
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)  # beside the heading; one line beside Save (compact)
        self.save_button = QPushButton()
        self.protocol = ProtocolControls(session, self)
        self.banner = self.protocol.banner
        self.finalise_button = self.protocol.finalise_button
        self.reopen_button = self.protocol.reopen_button
        self.export_buttons = self.protocol.export_buttons
        self.message_line = MessageLine()
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)

        self._list_buttons = list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        # on a line of its own: the list stays narrow
        self._list_buttons2 = QHBoxLayout()
        self._list_buttons2.addWidget(self.from_previous_button)
        self._list_buttons2.addStretch(1)
        self.list_pane = left = QWidget()
        self._list_layout = left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(list_buttons)
        left_layout.addLayout(self._list_buttons2)

        # A narrow page lists the meetings in a drop-down above the editor instead: the
        # meeting being written gets the whole width.
        self.meeting_combo = QComboBox()
        self.meeting_combo.setModel(self.model)
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_combo_label = QLabel()
        self.meeting_combo_label.setBuddy(self.meeting_combo)
        self._choose_row = choose_row = QHBoxLayout()
        self.choose_bar = QWidget()
        self.choose_bar.setLayout(choose_row)
        choose_row.setContentsMargins(0, 0, 0, 0)
        choose_row.addWidget(self.meeting_combo_label)
        choose_row.addWidget(self.meeting_combo)
        choose_row.addStretch(1)
        self.choose_bar.hide()
        self._title_row = title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(12)
        title_row.addWidget(self.state_label, 1)
        self.documents_button = self.protocol.documents_button
        if self.documents_button is not None:
            title_row.addWidget(self.documents_button)
        self._actions = actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.protocol)
        actions.addStretch(1)
        self.editor_pane = right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.choose_bar)
        right_layout.addLayout(title_row)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.message_line)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._list_sized = False  # the list is given its columns' width when next shown
        self._page_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # A narrow page (a laptop at 150 %) gets the compact editor, so that the list still
        # shows all its columns beside it.
        self.layout_switch = CompactSwitch(self, self._arrange, self._wide_width)

        chain: list[QWidget] = [
            self.list_view,
            self.new_button,
            self.from_previous_button,
            self.delete_button,
            self.save_button,
            self.protocol.hold_button,
            self.finalise_button,
            self.reopen_button,
            *self.export_buttons.values(),
            *([self.documents_button] if self.documents_button else []),
            self.editor.tabs,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.list_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda now, _before: self.meeting_combo.setCurrentIndex(now.row())
        )
        self.meeting_combo.activated.connect(
            lambda row: self.list_view.setCurrentIndex(self.model.index(row, 0))
        )
        self.new_button.clicked.connect(self.new_meeting)
        self.from_previous_button.clicked.connect(self.new_from_previous)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.editor.changed.connect(self._edited)
        self.editor.date_edited.connect(self._date_edited)
        self.editor.agenda.item_form.status_requested.connect(self.record_status)
        self.editor.agenda.notice.connect(lambda text: self.show_message(text, "error"))
        self.editor.attendance.notice.connect(lambda text: self.show_message(text, "error"))
        self.retranslate()

    @property
    def compact(self) -> bool:
        return self.layout_switch.compact

    def _arrange(self, compact: bool) -> None:
        """A narrow page: the meetings in a drop-down with New and Delete beside it, Save
        beside the heading, and the compact editor, all of the page's width."""
        for button in (self.new_button, self.delete_button):
            self._list_buttons.removeWidget(button)
            self._choose_row.removeWidget(button)
        self._list_buttons2.removeWidget(self.from_previous_button)
        self._actions.removeWidget(self.from_previous_button)
        if compact:  # the drop-down names the meeting: no heading, Save on its line
            self._actions.removeWidget(self.save_button)
            self._choose_row.insertWidget(2, self.new_button)
            self._choose_row.insertWidget(3, self.delete_button)
            self._choose_row.addWidget(self.save_button)
            # the line of the protocol's buttons has the room Save left
            self._actions.insertWidget(1, self.from_previous_button)
        else:
            self._choose_row.removeWidget(self.save_button)
            self._actions.insertWidget(0, self.save_button)
            self._list_buttons.insertWidget(0, self.new_button)
            self._list_buttons.insertWidget(1, self.delete_button)
            self._list_buttons2.insertWidget(0, self.from_previous_button)
        if self.documents_button is not None:  # beside the protocol's buttons: a line less
            self._title_row.removeWidget(self.documents_button)
            self._actions.removeWidget(self.documents_button)
            if compact:
                self._actions.insertWidget(
                    self._actions.indexOf(self.protocol) + 1, self.documents_button
                )
            else:
                self._title_row.addWidget(self.documents_button)
        self._title_row.removeWidget(self.state_label)
        self._actions.removeWidget(self.state_label)
        self._choose_row.removeWidget(self.state_label)
        if compact:  # «unsaved changes» beside Save, where the heading's line has room
            self._choose_row.insertWidget(
                self._choose_row.indexOf(self.save_button), self.state_label, 1
            )
            self.state_label.setWordWrap(False)  # the line has room: one line
            self.state_label.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        else:
            self.state_label.setWordWrap(True)
            self.state_label.setAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            self._title_row.addWidget(self.state_label, 1)
        self.list_pane.setVisible(not compact)
        self.choose_bar.setVisible(compact)
        self.heading.setVisible(not compact)
        self.editor.set_compact(compact)
        if self.isVisible():
            settle_layouts()  # the editor's minimum width in its new arrangement
            self._size_list()
        # Again at the next resize: the page may be getting a new width from its scroll area.
        self._list_sized = False

    def _list_width(self) -> int:
        """The list pane's width that shows every column of the list (and a scroll bar)."""
        view, header = self.list_view, self.list_view.horizontalHeader()
        columns = sum(
            max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(self.model.columnCount())
        )
        margins = self._list_layout.contentsMargins()
        return (
            columns
            + 2 * view.frameWidth()
            + view.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )

    def _wide_width(self) -> int:
        """The page's width with the list beside the wide editor; never less than
        WIDE_WIDTH, below which the agenda item's texts would be too narrow to write in
        (an empty list is narrow, the work is not)."""
        margins = self._page_layout.contentsMargins()
        return max(
            WIDE_WIDTH,
            margins.left()
            + margins.right()
            + self.splitter.handleWidth()
            + max(self.list_pane.minimumSizeHint().width(), self._list_width())
            + self.editor_pane.minimumSizeHint().width(),
        )

    def _size_list(self) -> None:
        """The list as wide as its columns, unless that squeezes the editor below its
        minimum: it is where the work is done."""
        width = self.splitter.width() - self.splitter.handleWidth()
        room = width - self.editor_pane.minimumSizeHint().width()
        left = max(self.list_pane.minimumSizeHint().width(), min(self._list_width(), room))
        self.splitter.setSizes([left, width - left])
        self._list_sized = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._list_sized:
            self._size_list()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._list_sized and self.isVisible():
            self._size_list()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Meetings")

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&Meetings of the council:"))
        self.meeting_combo_label.setText(self.tr("&Meeting:"))
        self.meeting_combo.setAccessibleName(self.tr("Meeting shown"))
        # shown while a new meeting is edited (no saved meeting chosen)
        self.meeting_combo.setPlaceholderText(self.tr("new, not saved"))
        self.list_view.setAccessibleName(self.tr("Meetings, newest first"))
        self.new_button.setText(self.tr("&New meeting"))
        self.new_button.setToolTip(
            self.tr("Start the protocol of a new meeting with the next free number of this year")
        )
        self.from_previous_button.setText(self.tr("Fr&om the previous…"))
        self.from_previous_button.setToolTip(
            self.tr(
                "A new meeting made from the previous one: the next number, the place, members and "
                "signers, «Про затвердження протоколу попереднього засідання» and «Про виконання "
                "попередніх доручень» with the open assignments, the unfinished items offered"
            )
        )
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected meeting"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.save_button.setToolTip(self.tr("Save the meeting (Ctrl+S); it can be undone"))
        self.save_action.setText(self.tr("Save the meeting"))
        self.protocol.retranslate()
        self.editor.retranslate()
        self.model.retranslate()
        self.message_line.clear()
        self.refresh()
        self.layout_switch.reset()  # the texts' widths decide what fits
        # The list's columns have other widths in the other language: «Protocol» was cut.
        self._list_sized = False
        if self.isVisible():
            settle_layouts()
            self._size_list()

    def refresh(self) -> None:
        cf = self.session.cf
        if cf is not self._cf:  # another file: nothing of the previous one stays
            self._cf = cf
            self._forget()
        self.setEnabled(cf is not None)
        if cf is None:
            self.model.reload([])
            self._update_state()
            return
        meetings = service.list_meetings(cf)
        self.model.reload(meetings)
        community = get_community(cf)
        if community is not None:  # the roles a member speaking is given
            self.editor.agenda.item_form.body = community.council_body
        members = list_members(cf)
        self.editor.set_years(population_years(cf))
        loaded = self.editor.meeting
        if self._is_new:
            self.editor.set_members(members)
        elif loaded is not None and loaded.id is not None:
            stored = service.get_meeting(cf, loaded.id)
            modified = self.editor.is_modified()
            if stored is None and modified:  # undone while being edited: keep what was typed
                self.editor.detach()
                self._is_new = True
                self.editor.set_members(members)
            elif stored is None:
                self.editor.clear()
            elif modified and stored.status is loaded.status:
                self.editor.set_members(members)
            else:
                self._load(stored)
        if self.editor.meeting is None and meetings:
            self._load(newest_first(meetings)[0])
        self._select_row()
        self._update_state()

    # -- showing ----------------------------------------------------------------------------
    def _load(self, meeting: Meeting) -> None:
        cf = self.session.cf
        if cf is None:
            return
        self._is_new = False
        self._proposed_number = None
        read_only = meeting.status is MeetingStatus.FINAL or cf.readonly
        self.editor.load(meeting, list_members(cf), population_years(cf), read_only=read_only)
        self._select_row()
        self._update_state()

    def _forget(self) -> None:
        self._is_new = False
        self._proposed_number = None
        self.editor.clear()

    def _select_row(self) -> None:
        meeting = self.editor.meeting
        row = -1 if self._is_new or meeting is None else self.model.row_of(meeting.id)
        self._quiet = True
        try:
            if row < 0:
                self.list_view.clearSelection()
                self.list_view.setCurrentIndex(QModelIndex())
            else:
                self.list_view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._quiet = False

    def _update_state(self) -> None:
        cf = self.session.cf
        meeting = self.editor.meeting
        writable = cf is not None and not cf.readonly
        final = meeting is not None and meeting.status is MeetingStatus.FINAL
        modified = self._is_new or self.editor.is_modified()
        label = self.editor.value().label if meeting is not None else ""
        if meeting is None:
            self.heading.setText(self.tr("No meeting selected"))
        elif self._is_new:
            self.heading.setText(fill(self.tr("New meeting №%1"), label))
        else:
            self.heading.setText(fill(self.tr("Meeting №%1"), label))
        if self._is_new:
            self.state_label.setText(self.tr("not saved yet"))
        elif modified:
            self.state_label.setText(self.tr("unsaved changes"))
        else:
            self.state_label.setText("")
        self.state_label.setStyleSheet("QLabel { color: #b3261e; }" if modified else "")
        self.new_button.setEnabled(writable)
        self.from_previous_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and meeting is not None)
        form = self.editor.agenda.item_form
        if form.status_allowed != writable:
            form.status_allowed = writable
            form.show_marks()
        editable = writable and meeting is not None and not final
        self.save_button.setEnabled(editable and modified)
        self.save_action.setEnabled(editable and modified)
        self.protocol.show_state(meeting, writable=writable)

    def _edited(self) -> None:
        if self.message_line.kind == "error":  # what was refused is being corrected
            self.message_line.clear()
        self._update_state()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.message_line.show_message(text, kind)

    def show_document(self, text: str, path: Path, kind: str = "info") -> None:
        self.message_line.show_document(text, path, kind)

    # -- choosing a meeting -----------------------------------------------------------------
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        chosen = self.model.meeting_at(current.row()) if current.isValid() else None
        loaded = self.editor.meeting
        if chosen is None or (not self._is_new and loaded is not None and loaded.id == chosen.id):
            return
        if not self.settle_unsaved():
            self._select_row()  # stay with the meeting being edited
            return
        cf = self.session.cf
        stored = service.get_meeting(cf, chosen.id) if cf and chosen.id else None
        if stored is not None:
            self.message_line.clear()
            self._load(stored)

    def has_unsaved_changes(self) -> bool:
        return self.editor.meeting is not None and (self._is_new or self.editor.is_modified())

    def settle_unsaved(self) -> bool:
        """Before leaving the meeting being edited: save, discard, or stay (False)."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            APP_NAME,
            fill(self.tr("Meeting №%1 has unsaved changes. Save them?"), self.editor.value().label),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- new, save, delete ------------------------------------------------------------------
    def new_meeting(self) -> None:
        cf = self.session.cf
        if cf is None or cf.readonly or not self.settle_unsaved():
            return
        meeting = service.propose(cf, dt.date.today())
        self.editor.load(meeting, list_members(cf), population_years(cf), read_only=False)
        self._is_new = True
        self._proposed_number = meeting.number
        self._select_row()
        self.editor.tabs.setCurrentWidget(self.editor.details)
        self.editor.date_edit.setFocus()
        self.show_message(
            self.tr(
                "A new meeting: check its date and number, tick who is "
                "present, write the agenda, then save it (Ctrl+S)."
            )
        )
        self._update_state()

    def next_meeting_dialog(self) -> NextMeetingDialog:
        """The dialog proposing the next meeting (tests drive it)."""
        return NextMeetingDialog(self.session, dt.date.today(), parent=self)

    def new_from_previous(self) -> None:
        """«Нове засідання на основі попереднього…»: stored at once as one undo step, then
        shown for writing."""
        cf = self.session.cf
        if cf is None or cf.readonly or not self.settle_unsaved():
            return
        dialog = self.next_meeting_dialog()
        if dialog.exec() == NextMeetingDialog.DialogCode.Accepted:
            self.create_from(dialog)

    def create_from(self, dialog: NextMeetingDialog) -> bool:
        cf, proposal, edit = self.session.cf, dialog.proposal, dialog.edit()
        if cf is None or proposal is None or edit is None:
            return False
        meeting = proposal.meeting
        if not self.session.run(
            fill(self.tr("New meeting №%1 from the previous one"), meeting.label), edit
        ):
            return False
        stored = service.find_meeting(cf, meeting.number, meeting.year)
        if stored is not None:
            self._load(stored)
            self.editor.tabs.setCurrentWidget(self.editor.agenda)
        self.show_message(
            fill(
                self.tr(
                    "Meeting №%1 is made from the previous one: check who is present and write the "
                    "agenda's texts."
                ),
                meeting.label,
            )
        )
        return True

    def _date_edited(self) -> None:
        cf = self.session.cf
        # A proposed number follows the year; one the person typed stays.
        if (
            cf is not None
            and self._is_new
            and self._proposed_number is not None
            and self.editor.number_spin.value() == self._proposed_number
        ):
            self._proposed_number = service.next_meeting_number(cf, self.editor.day.year)
            self.editor.number_spin.setValue(self._proposed_number)

    def refusal(self, meeting: Meeting) -> str:
        """Why ``meeting`` (the editor's) cannot be stored, or ""."""
        problem = self.editor.check()
        if problem or self.session.cf is None:
            return problem
        clash = service.find_meeting(self.session.cf, meeting.number, meeting.year)
        if clash is not None and clash.id != meeting.id:
            self.editor.tabs.setCurrentWidget(self.editor.details)
            self.editor.number_spin.setFocus()
            return fill(
                self.tr(
                    "There is already a meeting №%1 (of %2). Choose another "
                    "number; numbering starts again at 1 each year."
                ),
                clash.label,
                f"{clash.date:%d.%m.%Y}",
            )
        return ""

    def save(self) -> bool:
        """Write the edited meeting as one undoable edit; False if it was refused."""
        cf = self.session.cf
        if cf is None or cf.readonly or self.editor.meeting is None or self.editor.read_only:
            return False
        if not self.has_unsaved_changes():
            return True
        new = self.editor.value()
        problem = self.refusal(new)
        if problem:
            self.show_message(problem, "error")
            return False
        old = service.get_meeting(cf, new.id) if new.id is not None else None
        if old is None:
            added = service.add_meeting(new)
            written = self.session.run(fill(self.tr("Add meeting №%1"), new.label), added)
            stored_id = added.key
        else:
            written = self.session.run(
                fill(self.tr("Save meeting №%1"), new.label), service.replace_meeting(old, new)
            )
            stored_id = new.id
        if not written:
            return False
        stored = service.get_meeting(cf, stored_id or 0)
        if stored is not None:
            self._load(stored)
        self.show_message(fill(self.tr("Meeting №%1 saved."), new.label))
        return True

    def status_dialog(self, assignment_id: int) -> StatusDialog | None:
        """The dialog recording the status of a stored assignment (tests drive it)."""
        cf = self.session.cf
        given = (
            next((g for g in assignments.list_given(cf) if g.assignment.id == assignment_id), None)
            if cf is not None
            else None
        )
        if given is None:
            return None
        return status_dialog_for(given, parent=self)

    def record_status(self, assignment_id: int) -> None:
        """Ask for the status of an assignment and record it: an edit of its own (undone on
        its own), beside the protocol, which stays as it was finalised."""
        cf = self.session.cf
        dialog = self.status_dialog(assignment_id)
        if cf is None or cf.readonly or dialog is None:
            return
        if dialog.exec() != StatusDialog.DialogCode.Accepted:
            return
        self.apply_status(assignment_id, dialog.result_mark)

    def apply_status(self, assignment_id: int, mark: StatusMark | None) -> bool:
        cf = self.session.cf
        if cf is None:
            return False
        edit = assignments.set_status(cf, assignment_id, mark)
        if edit is None:
            return True
        if self.editor.is_modified() or self._is_new:
            self.editor.set_mark(assignment_id, mark)  # the form's edits stay
        written = self.session.run(self.tr("Record the status of an assignment"), edit)
        if written:
            self.show_message(self.tr("The status is recorded; the protocol stays as it was."))
        return written

    def delete_meeting(self) -> None:
        cf, loaded = self.session.cf, self.editor.meeting
        if cf is None or cf.readonly or loaded is None:
            return
        if self._is_new:
            if (
                self.editor.is_modified()
                and QMessageBox.question(self, APP_NAME, self.tr("Discard the new meeting?"))
                != QMessageBox.StandardButton.Yes
            ):
                return
            self._forget()
            self.message_line.clear()
            self.refresh()
            return
        meeting = service.get_meeting(cf, loaded.id or 0)
        edit = service.delete_meeting(cf, meeting) if meeting is not None else None
        if meeting is None or edit is None:
            return
        question = fill(
            self.tr("Delete meeting №%1 of %2 with its attendance and agenda?"),
            meeting.label,
            f"{meeting.date:%d.%m.%Y}",
        )
        if meeting.status is MeetingStatus.FINAL:
            question += "\n\n" + self.tr(
                "Its protocol is finalised: it is the record of the meeting."
            )
        question += "\n\n" + self.tr("Edit ▸ Undo brings it back.")
        if (
            QMessageBox.question(
                self,
                APP_NAME,
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._forget()  # the edits go with the meeting
        # A meeting goes with its agenda, texts, attendance and frozen protocol: many values.
        if self.session.run(
            fill(self.tr("Delete meeting №%1"), meeting.label), edit, before="delete"
        ):
            self.show_message(
                fill(self.tr("Meeting №%1 deleted; Edit ▸ Undo brings it back."), meeting.label)
            )
        else:
            self.refresh()  # not deleted (the window says why): show it again
