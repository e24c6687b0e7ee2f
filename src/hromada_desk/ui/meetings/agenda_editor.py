"""The «Agenda» tab of the meeting editor: the items in their order on the left, the selected
item's form on the right."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.council import AgendaItem, Member, Speaker
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.validation import errors, validate_assignment
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.kept_splitter import KeptSplitter
from hromada_desk.ui.common.preview_parts import paste_shortcut
from hromada_desk.ui.meetings.agenda_item_form import AgendaItemForm, chain_tab_order
from hromada_desk.ui.meetings.agenda_models import AgendaModel, copy_item

if TYPE_CHECKING:  # loaded when an agenda is pasted
    from hromada_desk.ui.meetings.agenda_paste import AgendaListDialog

# Limits of the community file.
TITLE_LIMIT = limits.AGENDA_TITLE
TEXT_LIMIT = limits.AGENDA_TEXT
SPEAKER_NAME_LIMIT = limits.SPEAKER_NAME
SPEAKER_ROLE_LIMIT = limits.SPEAKER_ROLE
ITEMS_MIN_WIDTH, ITEMS_WIDTH = 120, 280
ROW_GAP = 8


class _SpacedRows(QStyledItemDelegate):
    """A little room between the items, whose titles run over several lines."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_GAP)


def _item_button() -> QToolButton:
    # Tool buttons: push buttons are at least 80 pixels wide, and two of them side by side
    # would keep the list of items too wide for a small screen.
    button = QToolButton()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class AgendaEditor(QWidget):
    """Items on the left (add, remove, move up and down); the selected item's form on the
    right, which edits the item in place."""

    changed = Signal()
    notice = Signal(str)  # why a paste added nothing, for the page's message line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self._years: list[int] = []
        self._members: list[Member] = []
        self.read_only = False
        self.compact = False
        self.paste_dialog: AgendaListDialog | None = None

        self.items_label = QLabel()
        self.items_label.setWordWrap(True)  # the list may be narrow on a small screen
        # Whole titles, wrapped: they are long and often differ only towards their ends.
        self.items_view = QTableView()
        self.items_view.setModel(self.model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setWordWrap(True)
        self.items_view.setTabKeyNavigation(False)
        self.items_view.setShowGrid(False)
        self.items_view.setItemDelegate(_SpacedRows(self.items_view))
        self.items_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_view.horizontalHeader().hide()
        self.items_view.horizontalHeader().setStretchLastSection(True)
        self.items_view.verticalHeader().hide()
        self.items_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.items_view.setMinimumWidth(ITEMS_MIN_WIDTH)
        self.items_label.setBuddy(self.items_view)
        self.add_button = _item_button()
        self.remove_button = _item_button()
        self.up_button = _item_button()
        self.down_button = _item_button()
        self.paste_button = _item_button()
        # Ctrl+V on the list of items, and its context menu: the same as «Paste agenda…»
        self.paste_action = paste_shortcut(self.items_view)
        self.items_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.item_form = AgendaItemForm()

        # A narrow page shows the items in a drop-down list above the form: the item being
        # written gets the whole width.
        self.items_combo = QComboBox()
        self.items_combo.setModel(self.model)
        self.items_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.items_combo.setMinimumContentsLength(16)
        self.items_combo_label = QLabel()
        self.items_combo_label.setBuddy(self.items_combo)
        self.top_bar = QWidget()
        self._top_bar_layout = top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.items_combo_label)
        top.addWidget(self.items_combo, 1)
        self.top_bar.hide()
        self._buttons = buttons = QGridLayout()
        self.left = left = QWidget()
        self.set_compact(False)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items_label)
        left_layout.addWidget(self.items_view, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.item_form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([ITEMS_WIDTH, 3 * ITEMS_WIDTH])
        # the list of items made wider for long titles stays so for the next meeting and start
        self.kept_splitter = KeptSplitter(self.splitter, "agenda")
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.splitter)
        self._chain_tab_order()
        self.items_combo.activated.connect(self._select)

        self.items_view.selectionModel().currentRowChanged.connect(
            lambda now, _before: self._show(now.row())
        )
        self.items_view.selectionModel().currentRowChanged.connect(
            lambda now, _before: self.items_combo.setCurrentIndex(now.row())
        )
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.paste_button.clicked.connect(self.paste_agenda)
        self.paste_action.triggered.connect(self.paste_agenda)
        self.item_form.edited.connect(self._item_edited)
        self.retranslate()
        self._show(-1)

    def retranslate(self) -> None:
        self.items_label.setText(self.tr("Agenda &items:"))
        self.items_combo_label.setText(self.tr("&Item:"))
        self.items_combo.setAccessibleName(self.tr("Agenda item shown"))
        self.items_view.setAccessibleName(self.tr("Agenda items"))
        self.add_button.setText(self.tr("Add i&tem"))
        self.add_button.setToolTip(self.tr("Add an item at the end of the agenda"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected item"))
        self.up_button.setText(self.tr("&Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected item up"))
        self.down_button.setText(self.tr("Do&wn"))
        self.down_button.setAccessibleName(self.tr("Move the selected item down"))
        self._name_paste_button()
        self.paste_button.setToolTip(
            self.tr(
                "Add the items of an agenda copied in Word (a notice or a draft protocol): "
                "numbered items, each with its «Доповідач: …» line; Ctrl+V on the list does "
                "the same"
            )
        )
        self.paste_button.setAccessibleName(self.tr("Paste an agenda"))
        self.paste_action.setText(self.paste_button.accessibleName())
        self.item_form.retranslate()

    def set_compact(self, compact: bool) -> None:
        """Narrow: the items in a drop-down list with the buttons beside it, above the form,
        which gets the whole width. Wide: the list on the left, its buttons two by two."""
        buttons = (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        )
        for button in buttons:
            self._buttons.removeWidget(button)
            self._top_bar_layout.removeWidget(button)
        if compact:
            for button in buttons:
                self._top_bar_layout.addWidget(button)
        else:  # two by two, «Paste agenda…» across the two columns under them
            for position, button in enumerate(buttons[:-1]):
                self._buttons.addWidget(button, position // 2, position % 2)
            self._buttons.addWidget(self.paste_button, 2, 0, 1, 2)
        self.top_bar.setVisible(compact)
        self.left.setVisible(not compact)
        self.compact = compact
        self._name_paste_button()

    def _name_paste_button(self) -> None:
        # In the narrow arrangement the buttons share a line with the drop-down of items:
        # the short text keeps it within a laptop's screen at 150 %.
        if self.compact:
            self.paste_button.setText(self.tr("&Paste…"))
        else:
            self.paste_button.setText(self.tr("&Paste agenda…"))

    def _chain_tab_order(self) -> None:
        chain_tab_order(
            [
                self.items_view,
                self.add_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                self.paste_button,
                *self.item_form.tab_chain(),
            ]
        )

    # -- contents ----------------------------------------------------------------------------
    def set_items(self, items: list[AgendaItem], *, row: int = 0) -> None:
        self.model.set_items(items)
        self._offer_years()
        self._select(min(row, len(items) - 1))

    def items(self) -> list[AgendaItem]:
        """The agenda as it would be stored."""
        return [
            dataclasses.replace(
                copy_item(item),
                title=one_line(item.title),
                heard=item.heard.strip(),
                heard_closing=item.heard_closing.strip(),
                spoke=item.spoke.strip(),
                decided=item.decided.strip(),
                speakers=[
                    Speaker(
                        s.member_id,
                        one_line(s.name) if not s.member_id else s.name,
                        one_line(s.role),
                    )
                    for s in item.speakers
                ],
            )
            for item in self.model.items()
        ]

    def set_members(self, members: list[Member], day: dt.date) -> None:
        self._members = list(members)
        self.item_form.set_members(members, day)

    def set_years(self, years: list[int]) -> None:
        """The years with population figures (a calculation needs them), offered for
        attaching."""
        self._years = list(years)
        self._offer_years()

    def _offer_years(self) -> None:
        attached = (item.calculation_years for item in self.model.items())
        self.item_form.set_years(sorted(set(self._years).union(*attached)))
        self._chain_tab_order()

    def set_present(self, present: int) -> None:
        self.item_form.set_present(present)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.item_form.set_read_only(read_only)
        self._update_buttons()

    def current_row(self) -> int:
        index = self.items_view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_item(self) -> AgendaItem | None:
        return self.model.item(self.current_row())

    def check(self, present: int, day: dt.date | None = None) -> str:
        """Why the agenda cannot be stored, or "". The item concerned is shown. With the
        meeting's ``day``, its assignments' deadlines are checked against it."""
        for row, item in enumerate(self.items()):
            number = row + 1
            problem = ""
            if not item.title:
                problem = fill(self.tr("Agenda item %1 has no title."), number)
            elif len(item.title) > TITLE_LIMIT:
                problem = fill(
                    self.tr("The title of agenda item %1 is longer than %2 characters."),
                    number,
                    TITLE_LIMIT,
                )
            elif any(not s.member_id and not s.name for s in item.speakers):
                problem = fill(self.tr("A speaker of agenda item %1 has no name."), number)
            elif any(
                len(s.name) > SPEAKER_NAME_LIMIT or len(s.role) > SPEAKER_ROLE_LIMIT
                for s in item.speakers
            ):
                problem = fill(
                    self.tr("A speaker's name or role in agenda item %1 is too long."), number
                )
            elif any(
                len(text) > TEXT_LIMIT
                for text in (item.heard, item.heard_closing, item.spoke, item.decided)
            ):
                problem = fill(
                    self.tr("A text of agenda item %1 is longer than %2 characters."),
                    number,
                    TEXT_LIMIT,
                )
            elif missing := [y for y in item.calculation_years if y not in self._years]:
                problem = fill(
                    self.tr(
                        "Agenda item %1: the needs calculation of %2 cannot be made, that year has "
                        "no population figures. Enter them on the «Settlements and population» "
                        "page, or untick the year."
                    ),
                    number,
                    missing[0],
                )
            elif item.votes is not None and item.votes.total > present:
                problem = fill(
                    self.tr(
                        "Agenda item %1: %2 votes are counted, but only %3 "
                        "members are present. Correct the vote or the "
                        "attendance."
                    ),
                    number,
                    item.votes.total,
                    present,
                )
                self.item_form.show_vote()
            else:
                problem = self._assignment_problem(item, number, day)
            if problem:
                self._select(row)
                return problem
        return ""

    def _assignment_problem(self, item: AgendaItem, number: int, day: dt.date | None) -> str:
        for place, assignment in enumerate(item.assignments, 1):
            found = errors(validate_assignment(assignment, day))
            if not found:
                continue
            if found[0].code == "deadline_before_meeting" and day is not None:
                return fill(
                    self.tr(
                        "Agenda item %1, assignment %2: the deadline %3 is before the meeting "
                        "(%4). Change the deadline or the date of the meeting."
                    ),
                    number,
                    place,
                    assignment.deadline.label,
                    f"{day:%d.%m.%Y}",
                )
            if found[0].code == "empty" and not assignment.text.strip():
                return fill(
                    self.tr("Agenda item %1, assignment %2 does not say what is assigned."),
                    number,
                    place,
                )
            if found[0].code == "empty":
                return fill(
                    self.tr("Agenda item %1, assignment %2 has no responsible."), number, place
                )
            return fill(
                self.tr("Agenda item %1, assignment %2: %3."), number, place, found[0].message
            )
        return ""

    # -- the selected item -------------------------------------------------------------------
    def _select(self, row: int) -> None:
        if row < 0:
            self.items_view.setCurrentIndex(QModelIndex())
            self._show(-1)
        else:
            self.items_view.setCurrentIndex(self.model.index(row, 0))
            self._show(row)

    def _show(self, row: int) -> None:
        self.item_form.show_item(self.model.item(row))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        editable = not self.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.paste_button.setEnabled(editable)
        self.paste_action.setEnabled(editable)

    def _item_edited(self) -> None:
        self.model.title_changed(self.current_row())
        self.changed.emit()

    # -- edits -------------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.read_only:
            return
        row = self.model.add(AgendaItem(title=""))
        self._select(row)
        self.item_form.title_edit.setFocus()
        self.changed.emit()

    def paste_agenda(self) -> None:
        """Read the clipboard as an agenda and show the items it would add, to confirm."""
        if self.read_only:
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.notice.emit(
                self.tr(
                    "The clipboard holds no text. Copy the agenda in Word (numbered items, each "
                    "with its «Доповідач: …» line), then press «Paste agenda…» again."
                )
            )
            return
        from hromada_desk.domain.agenda_list import read_agenda
        from hromada_desk.ui.meetings.agenda_paste import AgendaListDialog

        agenda = read_agenda(text, self._members)
        dialog = AgendaListDialog(agenda, self.model.rowCount(), self._members, self)

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._add_items([listed.item for listed in agenda.items])

        dialog.finished.connect(answered)
        self.paste_dialog = dialog
        dialog.open()

    def _add_items(self, items: list[AgendaItem]) -> None:
        if not items or self.read_only:
            return
        first = self.model.rowCount()
        for item in items:
            self.model.add(item)
        self._offer_years()
        self._select(first)
        self.changed.emit()

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0 or self.read_only:
            return
        self.model.remove(row)
        self._select(min(row, self.model.rowCount() - 1))
        self.changed.emit()

    def move_item(self, step: int) -> None:
        if self.read_only:
            return
        row = self.model.move(self.current_row(), step)
        if row >= 0:
            self._select(row)
            self.changed.emit()
