"""The form of one agenda item: title, speakers, the СЛУХАЛИ / ВИСТУПИЛИ / ВИРІШИЛИ texts, the
vote and the needs calculations attached to it."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.assignments import Assignment
from hromada_desk.domain.council import AgendaItem, CouncilBody, Member, Speaker, Votes
from hromada_desk.domain.parsing import one_line
from hromada_desk.services.speaker_texts import Field, Proposal, proposals
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.text_limit import limit_plain_text
from hromada_desk.ui.meetings.agenda_models import SpeakersModel
from hromada_desk.ui.meetings.assignments import (
    AssignmentDialog,
    AssignmentsModel,
    fit_columns,
)

MAX_VOTES = limits.MAX_VOTES
# Document words: the protocol prints them so, whatever the interface language.
HEARD, SPOKE, DECIDED = "СЛУХАЛИ", "ВИСТУПИЛИ", "ВИРІШИЛИ"
_TOO_MANY_VOTES = "QLabel { color: #b3261e; }"


class _TextEdit(QPlainTextEdit):
    """A text field that asks for ``lines`` lines and grows into whatever room there is (the
    default size hint, about ten lines each, would make the item's form scroll)."""

    def __init__(self, lines: int, limit: int = limits.AGENDA_TEXT) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.limit = limit_plain_text(self, limit)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _page(*parts: QWidget | QGridLayout | QHBoxLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    texts = 0
    for part in parts:
        if isinstance(part, QPlainTextEdit):  # the first text takes most of the room
            layout.addWidget(part, 3 if texts == 0 else 1)
            texts += 1
        elif isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return page


def _tool_button() -> QToolButton:
    button = QToolButton()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class AgendaItemForm(QScrollArea):
    """Edits the item it is given, in place. On a small screen it scrolls down, never
    sideways."""

    edited = Signal()
    # The status of a stored assignment (its id) is to be recorded: the page does it, as an
    # edit of its own beside the protocol (a finalised one too).
    status_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speakers_model = SpeakersModel(self)
        self.assignments_model = AssignmentsModel(self)
        self._item: AgendaItem | None = None
        self._members: dict[int, Member] = {}
        self._day = dt.date.today()  # the meeting's: deadlines may not come before it
        self.status_allowed = False  # the file can be written: a status may be recorded
        self._years: list[int] = []
        self._present = 0
        self._loading = False
        self.read_only = False
        self.body = CouncilBody.COORDINATION_COUNCIL  # names the roles of members speaking

        self.title_label = QLabel()
        self.title_edit = _TextEdit(2, limits.AGENDA_TITLE)
        self.title_edit.setMaximumHeight(self.title_edit.minimumHeight() + 20)
        self.title_label.setBuddy(self.title_edit)
        self.speakers_label = QLabel()
        self.speaker_combo = QComboBox()
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.speaker_combo.setMinimumContentsLength(10)
        self.speakers_label.setBuddy(self.speaker_combo)
        self.add_speaker_button = QPushButton()
        self.remove_speaker_button = QPushButton()
        self.speakers_view = QTableView()
        self.speakers_view.setModel(self.speakers_model)
        self.speakers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speakers_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.speakers_view.setTabKeyNavigation(False)
        self.speakers_view.horizontalHeader().setStretchLastSection(True)
        self.speakers_view.setColumnWidth(
            SpeakersModel.SPEAKER, self.speakers_view.fontMetrics().horizontalAdvance("M") * 13
        )
        row_height = self.speakers_view.fontMetrics().height() + 8
        self.speakers_view.verticalHeader().setDefaultSectionSize(row_height)
        self.speakers_view.setFixedHeight(row_height * 3 + 4)

        self.heard_edit = _TextEdit(5)
        self.years_label = QLabel()
        self.years_label.setWordWrap(True)
        self.year_checks: dict[int, QCheckBox] = {}
        self.years_row = QHBoxLayout()
        self.years_row.addStretch(1)
        self.heard_closing_label = QLabel()
        self.heard_closing_label.setWordWrap(True)
        self.heard_closing_edit = _TextEdit(2)
        self.heard_closing_label.setBuddy(self.heard_closing_edit)
        self.spoke_edit = _TextEdit(3)
        self.decided_edit = _TextEdit(4)
        self.voted_check = QCheckBox()
        self.votes_hint = QLabel()
        self.votes_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.votes_hint.setWordWrap(True)
        self.vote_spins: list[QSpinBox] = []
        self.vote_labels: list[QLabel] = []
        votes_grid = QGridLayout()  # labels above the numbers: narrow windows too
        votes_grid.setHorizontalSpacing(12)
        for column in range(3):
            label, spin = QLabel(), QSpinBox()
            spin.setRange(0, MAX_VOTES)
            label.setBuddy(spin)
            votes_grid.addWidget(label, 0, column)
            votes_grid.addWidget(spin, 1, column)
            self.vote_labels.append(label)
            self.vote_spins.append(spin)
        votes_grid.setColumnStretch(3, 1)
        self.in_favour_spin, self.against_spin, self.abstained_spin = self.vote_spins

        # The decision's assignments, printed under it with their responsible and deadline.
        self.assignments_label = QLabel()
        self.assignments_view = QTableView()
        self.assignments_view.setModel(self.assignments_model)
        self.assignments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assignments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assignments_view.setTabKeyNavigation(False)
        self.assignments_view.setWordWrap(False)
        self.assignments_view.verticalHeader().hide()
        self.assignments_view.verticalHeader().setDefaultSectionSize(row_height)
        assignments_header = self.assignments_view.horizontalHeader()
        assignments_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        assignments_header.setSectionResizeMode(
            AssignmentsModel.TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.assignments_view.setMinimumWidth(
            self.assignments_view.fontMetrics().horizontalAdvance("M") * 20
        )
        self.assignments_view.setFixedHeight(row_height * 4 + 6)
        self.assignments_label.setBuddy(self.assignments_view)
        # Tool buttons two by two: four push buttons in a row would widen the form past a
        # small screen's width.
        self.add_assignment_button = _tool_button()
        self.edit_assignment_button = _tool_button()
        self.remove_assignment_button = _tool_button()
        self.status_button = _tool_button()
        assignment_buttons = QGridLayout()
        for place, button in enumerate(
            (
                self.add_assignment_button,
                self.edit_assignment_button,
                self.status_button,
                self.remove_assignment_button,
            )
        ):
            assignment_buttons.addWidget(button, place // 2, place % 2)
        self.assignments_box = QWidget()
        assignments_layout = QVBoxLayout(self.assignments_box)
        assignments_layout.setContentsMargins(0, 4, 0, 0)
        assignments_layout.addWidget(self.assignments_label)
        assignments_layout.addWidget(self.assignments_view)
        assignments_layout.addLayout(assignment_buttons)

        # The calculation tables are printed inside СЛУХАЛИ, between its two texts; the vote
        # follows the decision.
        vote_head = QHBoxLayout()
        vote_head.addWidget(self.voted_check)
        vote_head.addWidget(self.votes_hint, 1)
        # One under another, as the protocol prints them: none hidden behind a tab, each
        # a few lines high; the form scrolls.
        self.texts = QWidget()
        self.text_headings: list[QLabel] = []
        texts_layout = QVBoxLayout(self.texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        for heading, part in (
            (
                HEARD,
                _page(
                    self.heard_edit,
                    self.years_label,
                    self.years_row,
                    self.heard_closing_label,
                    self.heard_closing_edit,
                ),
            ),
            (SPOKE, _page(self.spoke_edit)),
            (DECIDED, _page(self.decided_edit, vote_head, votes_grid, self.assignments_box)),
        ):
            label = QLabel(f"{heading}:")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.text_headings.append(label)
            texts_layout.addWidget(label)
            texts_layout.addWidget(part)

        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker_combo, 1)
        speaker_row.addWidget(self.add_speaker_button)
        speakers_row = QHBoxLayout()
        speakers_row.addWidget(self.speakers_view, 1)
        speakers_row.addWidget(self.remove_speaker_button, 0, Qt.AlignmentFlag.AlignTop)
        # Openings for the speaker and names in the wrong case: proposed, applied on request.
        self.proposals_box = QWidget()
        self.proposals_layout = QVBoxLayout(self.proposals_box)
        self.proposals_layout.setContentsMargins(0, 0, 0, 0)
        self.proposals_layout.setSpacing(2)
        self.shown_proposals: list[Proposal] = []

        self.form = QWidget()
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.speakers_label)
        layout.addLayout(speaker_row)
        layout.addLayout(speakers_row)
        layout.addWidget(self.proposals_box)  # above the texts: seen without scrolling
        layout.addWidget(self.texts, 1)
        self.setWidget(self.form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.add_speaker_button.clicked.connect(self.add_speaker)
        line = self.speaker_combo.lineEdit()
        if line is not None:  # Enter in the field adds the speaker too
            line.returnPressed.connect(self.add_speaker)
        self.remove_speaker_button.clicked.connect(self.remove_speaker)
        self.speakers_view.selectionModel().currentChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        self.speakers_model.edited.connect(self._store)
        for edit in (
            self.title_edit,
            self.heard_edit,
            self.heard_closing_edit,
            self.spoke_edit,
            self.decided_edit,
        ):
            edit.textChanged.connect(self._store)
        self.voted_check.toggled.connect(self._voted_toggled)
        self.add_assignment_button.clicked.connect(self.add_assignment)
        self.edit_assignment_button.clicked.connect(self.edit_assignment)
        self.remove_assignment_button.clicked.connect(self.remove_assignment)
        self.status_button.clicked.connect(self.request_status)
        self.assignments_view.doubleClicked.connect(lambda _index: self._open_assignment())
        self.assignments_view.selectionModel().currentChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        for spin in self.vote_spins:
            spin.valueChanged.connect(lambda _value: self._store())
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Tit&le of the item:"))
        self.title_edit.setAccessibleName(self.tr("Title of the item"))
        self.speakers_label.setText(self.tr("Spea&kers (Доповідач):"))
        self.speaker_combo.setAccessibleName(self.tr("Speaker to add"))
        self.speaker_combo.setToolTip(
            self.tr("Choose a member of the council, or type the name of someone else")
        )
        line = self.speaker_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("a member, or type a name"))
        self.add_speaker_button.setText(self.tr("Add"))
        self.add_speaker_button.setAccessibleName(self.tr("Add the speaker"))
        self.remove_speaker_button.setText(self.tr("Remove"))
        self.remove_speaker_button.setAccessibleName(self.tr("Remove the selected speaker"))
        self.speakers_view.setAccessibleName(self.tr("Speakers of the item"))
        self.texts.setAccessibleName(self.tr("Texts of the item"))
        for label, tip in zip(
            self.text_headings,
            (
                self.tr(
                    "What the speaker reported, the needs calculations attached to it and "
                    "the text after their tables"
                ),
                self.tr("Who else spoke (optional)"),
                self.tr("What the council decided, and the vote"),
            ),
            strict=True,
        ):
            label.setToolTip(tip)
        self.heard_edit.setAccessibleName(self.tr("Heard (СЛУХАЛИ)"))
        self.heard_closing_label.setText(
            self.tr("After the calculation tables (printed w&hen a calculation is attached):")
        )
        self.heard_closing_edit.setAccessibleName(self.tr("Heard, after the calculation tables"))
        self.spoke_edit.setAccessibleName(self.tr("Spoke (ВИСТУПИЛИ)"))
        self.decided_edit.setAccessibleName(self.tr("Decided (ВИРІШИЛИ)"))
        self.voted_check.setText(self.tr("The council v&oted"))
        self.voted_check.setToolTip(
            self.tr("Leave unticked if the item was only taken into account without a vote")
        )
        for label, text in zip(
            self.vote_labels,
            (self.tr("For:"), self.tr("Against:"), self.tr("Abstained:")),
            strict=True,
        ):
            label.setText(text)
        for spin, name in zip(
            self.vote_spins,
            (self.tr("Votes for"), self.tr("Votes against"), self.tr("Abstained")),
            strict=True,
        ):
            spin.setAccessibleName(name)
        self.assignments_label.setText(self.tr("Assi&gnments of the decision (доручення):"))
        self.assignments_label.setToolTip(
            self.tr("The protocol prints each under the decision with its responsible and deadline")
        )
        self.assignments_view.setAccessibleName(self.tr("Assignments of the decision"))
        self.add_assignment_button.setText(self.tr("Add assignment…"))
        self.edit_assignment_button.setText(self.tr("Change…"))
        self.edit_assignment_button.setAccessibleName(self.tr("Change the selected assignment"))
        self.remove_assignment_button.setText(self.tr("Remove"))
        self.remove_assignment_button.setAccessibleName(self.tr("Remove the selected assignment"))
        self.status_button.setText(self.tr("Status…"))
        self.status_button.setToolTip(
            self.tr(
                "Record whether the saved assignment is done, with a note; the protocol does not "
                "change"
            )
        )
        self.speakers_model.retranslate()
        self.assignments_model.retranslate()
        fit_columns(
            self.assignments_view,
            {
                AssignmentsModel.RESPONSIBLE: 11,
                AssignmentsModel.DEADLINE: 8,
                AssignmentsModel.STATUS: 9,
            },
        )
        self._show_votes_hint()
        self._label_years()
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the form needs in this language and with these years."""
        self.setMinimumWidth(
            self.form.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        )

    def tab_chain(self) -> list[QWidget]:
        """The form's fields in the order Tab visits them."""
        return [
            self.title_edit,
            self.speaker_combo,
            self.add_speaker_button,
            self.speakers_view,
            self.remove_speaker_button,
            self.heard_edit,
            *self.year_checks.values(),
            self.heard_closing_edit,
            self.spoke_edit,
            self.decided_edit,
            self.voted_check,
            *self.vote_spins,
            self.assignments_view,
            self.add_assignment_button,
            self.edit_assignment_button,
            self.remove_assignment_button,
            self.status_button,
        ]

    # -- contents ----------------------------------------------------------------------------
    def show_item(self, item: AgendaItem | None) -> None:
        """Edit ``item`` (None: nothing to edit)."""
        self._item = item
        self._loading = True
        try:
            self.speakers_model.set_speakers(item.speakers if item else [], self._members)
            self.title_edit.setPlainText(item.title if item else "")
            self.heard_edit.setPlainText(item.heard if item else "")
            self.heard_closing_edit.setPlainText(item.heard_closing if item else "")
            self.spoke_edit.setPlainText(item.spoke if item else "")
            self.decided_edit.setPlainText(item.decided if item else "")
            votes = item.votes if item else None
            self.voted_check.setChecked(votes is not None)
            values = (votes.in_favour, votes.against, votes.abstained) if votes else (0, 0, 0)
            for spin, value in zip(self.vote_spins, values, strict=True):
                spin.setValue(value)
            for year, box in self.year_checks.items():
                box.setChecked(item is not None and year in item.calculation_years)
            self._show_assignments()
        finally:
            self._loading = False
        self.form.setEnabled(item is not None)
        self._update_buttons()
        self._show_votes_hint()
        self._show_proposals()

    def set_members(self, members: list[Member], day: dt.date) -> None:
        """Speakers are chosen from these, the members of the council on ``day`` first."""
        self._members = {m.id: m for m in members if m.id is not None}
        self._day = day
        text = self.speaker_combo.currentText()
        self.speaker_combo.clear()
        for member in sorted(members, key=lambda m: not m.is_member_on(day)):
            self.speaker_combo.addItem(member.name.short, member.id)
        self.speaker_combo.setCurrentIndex(-1)
        self.speaker_combo.setEditText(text)
        self.speakers_model.set_speakers(self._item.speakers if self._item else [], self._members)
        self._show_assignments()

    def set_years(self, years: list[int]) -> None:
        """One box per year that can be attached (with figures, or attached already)."""
        if years == sorted(self.year_checks):
            return
        for box in self.year_checks.values():
            self.years_row.removeWidget(box)
            box.deleteLater()
        self.year_checks = {}
        for position, year in enumerate(years):
            box = QCheckBox(str(year))
            box.toggled.connect(lambda _checked: self._store())
            self.years_row.insertWidget(position, box)
            self.year_checks[year] = box
        self._label_years()
        self._fit_width()
        self.show_item(self._item)

    def set_present(self, present: int) -> None:
        self._present = present
        self._show_votes_hint()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.speakers_model.read_only = read_only
        self.speakers_model.flags_changed()
        for edit in (
            self.title_edit,
            self.heard_edit,
            self.heard_closing_edit,
            self.spoke_edit,
            self.decided_edit,
        ):
            edit.setReadOnly(read_only)
        for spin in self.vote_spins:
            spin.setReadOnly(read_only)
        self._update_buttons()

    def show_vote(self) -> None:
        """Scroll to the vote (a refusal concerns it)."""
        self.ensureWidgetVisible(self.voted_check)

    # -- showing -----------------------------------------------------------------------------
    def _label_years(self) -> None:
        if self.year_checks:
            self.years_label.setText(self.tr("Attach the needs calculation of:"))
        else:
            self.years_label.setText(
                self.tr(
                    "No year has population figures yet: no needs calculation can be attached "
                    "(the population is entered on the «Settlements and population» page)."
                )
            )
        for year, box in self.year_checks.items():
            box.setAccessibleName(fill(self.tr("Attach the needs calculation of %1"), year))

    def _show_votes_hint(self) -> None:
        if not self.voted_check.isChecked():
            self.votes_hint.setText("")
            return
        total = sum(spin.value() for spin in self.vote_spins)
        if total > self._present:
            self.votes_hint.setText(
                fill(self.tr("%1 votes, more than the %2 present"), total, self._present)
            )
            self.votes_hint.setStyleSheet(_TOO_MANY_VOTES)
        else:
            self.votes_hint.setText(fill(self.tr("%1 votes of %2 present"), total, self._present))
            self.votes_hint.setStyleSheet("")

    def _update_buttons(self) -> None:
        editable = not self.read_only
        self.speaker_combo.setEnabled(editable)
        self.add_speaker_button.setEnabled(editable)
        self.remove_speaker_button.setEnabled(
            editable and self.speakers_view.currentIndex().isValid()
        )
        self.voted_check.setEnabled(editable)
        chosen = self.current_assignment()
        self.add_assignment_button.setEnabled(editable)
        self.edit_assignment_button.setEnabled(editable and chosen is not None)
        self.remove_assignment_button.setEnabled(editable and chosen is not None)
        self.status_button.setEnabled(
            self.status_allowed and chosen is not None and chosen.id is not None
        )
        for spin in self.vote_spins:
            spin.setEnabled(self.voted_check.isChecked())
        for box in self.year_checks.values():
            box.setEnabled(editable)

    # -- assignments -------------------------------------------------------------------------
    def _show_assignments(self) -> None:
        names = {i: m.name.short for i, m in self._members.items()}
        row = self.assignments_view.currentIndex().row()
        self.assignments_model.set_assignments(
            self._item.assignments if self._item is not None else [], names
        )
        if 0 <= row < self.assignments_model.rowCount():
            self.assignments_view.setCurrentIndex(self.assignments_model.index(row, 0))

    def current_assignment(self) -> Assignment | None:
        index = self.assignments_view.currentIndex()
        return self.assignments_model.assignment(index.row()) if index.isValid() else None

    def assignment_dialog(self, assignment: Assignment | None) -> AssignmentDialog:
        """The dialog that writes ``assignment`` (None: a new one); tests drive it."""
        return AssignmentDialog(assignment, list(self._members.values()), self._day, self)

    def _ask_assignment(self, assignment: Assignment | None) -> Assignment | None:
        dialog = self.assignment_dialog(assignment)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_assignment

    def add_assignment(self) -> None:
        item = self._item
        if item is None or self.read_only:
            return
        assignment = self._ask_assignment(None)
        if assignment is None:
            return
        item.assignments.append(assignment)
        self._show_assignments()
        self.assignments_view.setCurrentIndex(
            self.assignments_model.index(len(item.assignments) - 1, 0)
        )
        self._assignments_edited()

    def edit_assignment(self) -> None:
        item, chosen = self._item, self.current_assignment()
        if item is None or chosen is None or self.read_only:
            return
        changed = self._ask_assignment(chosen)
        if changed is None or changed == chosen:
            return
        item.assignments[item.assignments.index(chosen)] = changed
        self._show_assignments()
        self._assignments_edited()

    def remove_assignment(self) -> None:
        item, chosen = self._item, self.current_assignment()
        if item is None or chosen is None or self.read_only:
            return
        row = item.assignments.index(chosen)
        del item.assignments[row]
        self._show_assignments()
        if item.assignments:
            self.assignments_view.setCurrentIndex(
                self.assignments_model.index(min(row, len(item.assignments) - 1), 0)
            )
        self._assignments_edited()

    def request_status(self) -> None:
        chosen = self.current_assignment()
        if chosen is not None and chosen.id is not None and self.status_allowed:
            self.status_requested.emit(chosen.id)

    def _open_assignment(self) -> None:
        if not self.read_only:
            self.edit_assignment()
        else:
            self.request_status()

    def show_marks(self) -> None:
        """The statuses changed meanwhile (the item's assignments were given them)."""
        self._show_assignments()

    def _assignments_edited(self) -> None:
        self._update_buttons()
        if not self._loading:
            self.edited.emit()

    # -- edits -------------------------------------------------------------------------------
    def _store(self) -> None:
        """The form's fields into the item."""
        item = self._item
        if self._loading or item is None or self.read_only:
            return
        item.title = self.title_edit.toPlainText()
        item.heard = self.heard_edit.toPlainText()
        item.heard_closing = self.heard_closing_edit.toPlainText()
        item.spoke = self.spoke_edit.toPlainText()
        item.decided = self.decided_edit.toPlainText()
        item.votes = (
            Votes(*(spin.value() for spin in self.vote_spins))
            if self.voted_check.isChecked()
            else None
        )
        item.calculation_years = sorted(
            year for year, box in self.year_checks.items() if box.isChecked()
        )
        self._show_votes_hint()
        self._show_proposals()
        self.edited.emit()

    # -- proposals ---------------------------------------------------------------------------
    def _show_proposals(self) -> None:
        """What the texts could begin with, and the names typed in the wrong case."""
        while self.proposals_layout.count():
            taken = self.proposals_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        item = self._item
        found = (
            []
            if item is None or self.read_only
            else proposals(item, list(self._members.values()), self.body)
        )
        self.shown_proposals = found
        for proposal in found:
            self.proposals_layout.addWidget(self._proposal_row(proposal))
        self.proposals_box.setVisible(bool(found))

    def _proposal_row(self, proposal: Proposal) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        where = HEARD if proposal.field is Field.HEARD else DECIDED
        if proposal.correction is not None:
            label.setText(
                fill(
                    self.tr("%1: «%2» — in this place the case wants «%3»"),
                    where,
                    proposal.correction.found,
                    proposal.text,
                )
            )
            button = QPushButton(self.tr("Correct"))
        else:
            label.setText(fill(self.tr("%1 could begin: «%2…»"), where, proposal.text.strip()))
            button = QPushButton(self.tr("Insert"))
        button.setAccessibleName(label.text())
        button.clicked.connect(lambda _checked=False, p=proposal: self.apply_proposal(p))
        line.addWidget(label, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def apply_proposal(self, proposal: Proposal) -> None:
        """Write the proposal into its field as an edit the field's own undo takes back."""
        edit = self.heard_edit if proposal.field is Field.HEARD else self.decided_edit
        if self.read_only or edit.isReadOnly():
            return
        current = edit.toPlainText()
        if proposal.apply(current) == current:
            return  # the text moved on since the proposal was made
        correction = proposal.correction
        if correction is not None and any(ord(ch) > 0xFFFF for ch in current[: correction.end]):
            edit.setPlainText(proposal.apply(current))  # Qt counts such characters twice
            return
        cursor = QTextCursor(edit.document())
        if correction is not None:
            cursor.setPosition(correction.start)
            cursor.setPosition(correction.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(proposal.text)
        edit.setFocus()

    def _voted_toggled(self, checked: bool) -> None:
        if checked and not self._loading and not any(spin.value() for spin in self.vote_spins):
            # The usual outcome: everyone present in favour.
            self._loading = True
            self.in_favour_spin.setValue(self._present)
            self._loading = False
        self._update_buttons()
        self._store()

    def add_speaker(self) -> None:
        text = one_line(self.speaker_combo.currentText())
        if self._item is None or self.read_only or not text:
            return
        found = self.speaker_combo.findText(text, Qt.MatchFlag.MatchExactly)
        member = self._members.get(self.speaker_combo.itemData(found)) if found >= 0 else None
        if member is not None:
            # The agenda prints the role first: «голова координаційної ради Удовиченко К.О.».
            speaker = Speaker(member.id, "", member.role.label_in(self.body))
        else:
            speaker = Speaker(None, text, "")
        row = self.speakers_model.add(speaker)
        self.speaker_combo.setCurrentIndex(-1)
        self.speaker_combo.setEditText("")
        self.speakers_view.setCurrentIndex(self.speakers_model.index(row, SpeakersModel.ROLE))
        self._update_buttons()

    def remove_speaker(self) -> None:
        current = self.speakers_view.currentIndex()
        if current.isValid() and not self.read_only:
            self.speakers_model.remove(current.row())
        self._update_buttons()


def chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
