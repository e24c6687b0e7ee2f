"""The «Члени ради» page: the council's members in a list, and a form to add, edit or delete one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.membership import check_period, is_current, role_clashes
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.validation import errors, validate_person
from hromada_desk.services import members as service
from hromada_desk.services.edit import Insertion
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.kept_splitter import KeptSplitter
from hromada_desk.ui.common.message_line import NoteLabel
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.preview_parts import paste_shortcut
from hromada_desk.ui.members.form import FORM_MAX_WIDTH, MemberForm, Mode, tidy
from hromada_desk.ui.members.model import MembersSortModel, MembersTableModel
from hromada_desk.ui.members.view import MembersView
from hromada_desk.ui.session import Session

if TYPE_CHECKING:  # the preview and the list's reading load when a list is pasted
    from hromada_desk.ui.members.list_paste import MemberListDialog


class MembersPage(Page):
    """The list of members above; below it, the form of the selected (or a new) member."""

    topics = frozenset({"members"})

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(session, parent)
        self.today = today
        self.mode = Mode.NONE
        self._baseline: Member | None = None  # what the form showed when it was opened
        self._shown_file: object = None  # the open file the list shows, compared by identity
        self._quiet = False  # set while the page itself moves the selection
        self.delete_question: QMessageBox | None = None
        self.unsaved_question: QMessageBox | None = None

        # -- the list ---------------------------------------------------------------------
        self.model = MembersTableModel(session, self, today=today)
        self.proxy = MembersSortModel(self.model, self)
        self.view = MembersView(self.proxy)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.view)
        self.new_button = QPushButton()
        self.paste_button = QPushButton()
        # Ctrl+V on the list: the same as «Paste members…»
        self.paste_action = paste_shortcut(self.view)
        self.list_dialog: MemberListDialog | None = None
        self.delete_button = QPushButton()

        # -- the form ---------------------------------------------------------------------
        self.form_heading = QLabel()
        font = self.form_heading.font()
        font.setBold(True)
        self.form_heading.setFont(font)
        self.form_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.form = MemberForm(today)
        self.save_button = QPushButton()
        self.save_action = QAction(self)  # Ctrl+S, as on the other pages with a «Save»
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)
        self.revert_button = QPushButton()
        self.message_label = NoteLabel()

        # -- layout -----------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(self.list_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.paste_button)
        top.addWidget(self.delete_button)
        list_box = QWidget()
        list_column = QVBoxLayout(list_box)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addLayout(top)
        list_column.addWidget(self.view, 1)

        form_box = QWidget()
        form_box.setMaximumWidth(FORM_MAX_WIDTH)
        form_column = QVBoxLayout(form_box)
        form_column.setContentsMargins(0, 6, 0, 0)
        form_column.addWidget(self.form_heading)
        form_column.addWidget(self.form)
        form_column.addStretch(1)
        # On a small screen the form scrolls rather than squeezing its fields.
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidget(form_box)
        self.form_area.setMinimumHeight(120)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.form_area)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.kept_splitter = KeptSplitter(self.splitter, "members")

        # Outside the scrolled form, so that the message and «Save» are always in sight;
        # as wide as the form, so that «Save» is under it.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        actions = QWidget()
        actions.setMaximumWidth(FORM_MAX_WIDTH)
        actions_column = QVBoxLayout(actions)
        actions_column.setContentsMargins(0, 0, 0, 0)
        actions_column.addWidget(self.message_label)
        actions_column.addLayout(buttons)
        actions_row = QHBoxLayout()
        actions_row.addWidget(actions, 1)
        actions_row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions_row)

        chain = [
            self.new_button,
            self.paste_button,
            self.delete_button,
            self.view,
            *self.form.focus_chain(),
            self.save_button,
            self.revert_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        # -- signals ----------------------------------------------------------------------
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_member)
        self.paste_button.clicked.connect(self.paste_list)
        self.paste_action.triggered.connect(self.paste_list)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form.changed.connect(self._update_state)
        self.form.role_changed.connect(self._role_changed)
        self.form.submitted.connect(self.save)

        self.retranslate()  # and refresh()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Council members")

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&Council members:"))
        self.view.setAccessibleName(self.tr("Council members"))
        self.view.setAccessibleDescription(
            self.tr(
                "Current members first, former members after them in grey; click a column "
                "heading to sort"
            )
        )
        self.new_button.setText(self.tr("Ne&w member"))
        self.new_button.setToolTip(self.tr("Start an empty form for a new member of the council"))
        self.new_button.setAccessibleName(self.tr("New member"))
        self.paste_button.setText(self.tr("Paste mem&bers…"))
        self.paste_button.setToolTip(
            self.tr(
                "Add the members of a list copied in Word or Excel (the council's composition, "
                "or those present in an earlier protocol): a person a line, «Surname I.P. – "
                "position»; Ctrl+V on the list does the same"
            )
        )
        self.paste_button.setAccessibleName(self.tr("Paste a list of members"))
        self.paste_action.setText(self.paste_button.accessibleName())
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Remove the selected member from the list (only one no meeting names)")
        )
        self.delete_button.setAccessibleName(self.tr("Delete the selected member"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.save_button.setToolTip(
            self.tr("Write the form to the file (Enter or Ctrl+S); Undo (Ctrl+Z) takes it back")
        )
        self.save_button.setAccessibleName(self.tr("Save the member"))
        self.save_action.setText(self.save_button.accessibleName())
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes typed into the form"))
        self.revert_button.setAccessibleName(self.tr("Revert the form"))
        self.message_label.setAccessibleName(self.tr("Message"))
        self.form.retranslate()
        self.model.retranslate()
        self.show_message("")
        self.refresh()

    def refresh(self) -> None:
        cf = self.session.cf
        self.model.reload()
        if cf is not self._shown_file:  # another file (or none): start from its first member
            self._shown_file = cf
            self.show_message("")
            self._open(self.proxy.member_at(0))
        elif self.mode is Mode.EDIT and self._baseline is not None:
            stored = next((m for m in self.model.members() if m.id == self._baseline.id), None)
            typing = self.is_dirty()
            if stored is None and typing:
                # Removed by an undo while being edited: what was typed is kept, as new.
                self.mode, self._baseline = Mode.NEW, self._blank()
                self.form.fill(dataclasses.replace(self.form.value(), id=None))
                self.show_message(
                    self.tr(
                        "The member in the form is no longer in the list (undone); «Save» adds "
                        "what the form holds as a new member."
                    )
                )
            elif stored is None:
                self._open(None)
            else:
                self._baseline = tidy(stored)
                # An undo while the person is typing must not eat what they typed.
                if not typing:
                    self.form.fill(stored)
        self.view.fit_columns()
        self.setEnabled(cf is not None)
        self._select_quietly()
        self._update_state()

    # -- showing ----------------------------------------------------------------------------
    def _select_quietly(self) -> None:
        """Show the member of the form selected in the list (none for a new one)."""
        self._quiet = True
        try:
            self.view.show_member(
                self._baseline.id if self.mode is Mode.EDIT and self._baseline is not None else None
            )
        finally:
            self._quiet = False

    def _update_state(self) -> None:
        cf = self.session.cf
        writable = cf is not None and not cf.readonly
        editing = self.mode is not Mode.NONE and writable
        self.form.set_editable(editing)
        dirty = self.is_dirty()
        self.save_button.setEnabled(editing and dirty)
        self.save_action.setEnabled(editing and dirty)
        self.revert_button.setEnabled(editing and dirty)
        self.new_button.setEnabled(writable)
        self.paste_button.setEnabled(writable)
        self.paste_action.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.mode is Mode.EDIT)
        if self.mode is Mode.NEW:
            heading = self.tr("New member")
        elif self.mode is Mode.EDIT and self._baseline is not None:
            heading = self._baseline.name.short
        elif cf is not None and self.model.rowCount():
            heading = self.tr("Select a member in the list, or press «New member».")
        else:
            heading = self.tr("No members yet: press «New member», or «Paste members…» for a list.")
        if dirty:
            heading = fill(self.tr("%1 (not saved)"), heading)
        self.form_heading.setText(heading)

    def show_message(self, text: str, kind: str = "info") -> None:
        """The line above «Save»: why something was refused, or what happened."""
        self.message_label.show_message(text, kind)

    # -- the form's state -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Whether the form has changes not yet saved."""
        return self.is_dirty()

    def is_dirty(self) -> bool:
        """Whether the form differs from the member it was opened with."""
        if self.mode is Mode.NONE or self._baseline is None:
            return False
        return self.form.value() != self._baseline

    def _blank(self) -> Member:
        # The start of membership is «not known» until typed: a member entered today has
        # usually been one for a while, and today's date would leave them out of the
        # meetings already held.
        return Member(PersonName("", ""), "")

    def _role_changed(self) -> None:
        if self.mode is Mode.NONE:
            return
        clashes = self._role_warnings(self.form.value())
        if clashes:
            self.show_message(clashes)
        elif not self.message_label.is_error:
            self.show_message("")

    def _role_warnings(self, member: Member) -> str:
        others = [m for m in self.model.members() if m.id != member.id]
        lines = []
        for finding in role_clashes(member, others, self.today()):
            holder = str(finding.params["holder"])
            if finding.params["role"] is CouncilRole.CHAIR:
                lines.append(
                    fill(
                        self.tr(
                            "Note: the chair is already %1, and a council has one chair. If the "
                            "chair has changed, set «Member to» for the previous one."
                        ),
                        holder,
                    )
                )
            else:
                lines.append(
                    fill(
                        self.tr(
                            "Note: the secretary is already %1, and a council has one secretary. "
                            "If "
                            "the secretary has changed, set «Member to» for the previous one."
                        ),
                        holder,
                    )
                )
        return "\n".join(lines)

    def _refusal(self, member: Member) -> tuple[str, QWidget] | None:
        """Why the form cannot be saved, and the field to correct; None when it can."""
        name = member.name
        if errors(validate_person(name.surname, name.given_name)):
            if not name.surname:
                return self.tr("Type the surname: it cannot be empty."), self.form.surname_edit
            return (
                self.tr("Type the given name, or at least its initial: it cannot be empty."),
                self.form.given_name_edit,
            )
        if errors(check_period(member.member_from, member.member_to)):
            return (self.tr("«Member to» cannot be earlier than «Member from»."), self.form.to_edit)
        return None

    # -- moving between members -------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        member = self.proxy.member_at(current.row()) if current.isValid() else None
        if (
            member is not None
            and self.mode is Mode.EDIT
            and self._baseline is not None
            and member.id == self._baseline.id
        ):
            return
        if self.is_dirty():
            self._select_quietly()  # stay on the form being typed until the person answers
            self._ask_about_changes(lambda: self._open(member))
            return
        self._open(member)

    def _open(self, member: Member | None) -> None:
        """Show a member of the list in the form (None: an empty form that cannot be edited)."""
        self.mode = Mode.EDIT if member is not None else Mode.NONE
        self._baseline = tidy(member) if member is not None else None
        self.show_message("")
        self.form.fill(member)
        self._select_quietly()
        self._update_state()

    def new_member(self) -> None:
        """An empty form; «Save» adds the member it describes."""
        if self.is_dirty():
            self._ask_about_changes(self._start_new)
            return
        self._start_new()

    def _start_new(self) -> None:
        self.mode, self._baseline = Mode.NEW, self._blank()
        self.show_message("")
        self.form.fill(self._baseline)
        self._select_quietly()
        self._update_state()
        self.form.surname_edit.setFocus()

    def revert(self) -> None:
        """Forget what was typed: the form shows the stored member again (or a blank one)."""
        self.form.fill(self._baseline if self.mode is not Mode.NONE else None)
        self.show_message("")
        self._update_state()

    def _ask_about_changes(self, then: Callable[[], None]) -> None:
        name = (
            self._baseline.name.short
            if self.mode is Mode.EDIT and self._baseline
            else self.tr("the new member")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            fill(self.tr("The form of %1 has changes that are not saved. Save them?"), name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered() -> None:
            button = box.standardButton(box.clickedButton())
            if button == QMessageBox.StandardButton.Save:
                if self.save():
                    then()
            elif button == QMessageBox.StandardButton.Discard:
                self.revert()
                then()

        box.finished.connect(lambda _result: answered())
        self.unsaved_question = box
        box.open()

    # -- writing ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the form as one undoable edit; False when it was refused or not written."""
        cf = self.session.cf
        if cf is None or cf.readonly or self.mode is Mode.NONE:
            return False
        member = self.form.value()
        refusal = self._refusal(member)
        if refusal is not None:
            text, field = refusal
            self.show_message(text, "error")
            field.setFocus()
            return False
        if not self.is_dirty():
            return True
        warnings = self._role_warnings(member)
        done = self._add(member) if self.mode is Mode.NEW else self._update(member)
        if done is not None:
            self.show_message("\n".join(t for t in (done, warnings) if t))
        return done is not None

    def _update(self, member: Member) -> str | None:
        cf = self.session.cf
        before = service.get_member(cf, member.id) if cf and member.id else None
        if before is None:
            return None
        text = fill(self.tr("Edit %1"), before.name.short)
        if not self.session.run(text, service.update_member(before, member)):
            return None
        return fill(self.tr("Saved: %1"), member.name.short)

    def _add(self, member: Member) -> str | None:
        edit = service.add_member(member)
        text = fill(self.tr("Add %1"), member.name.short)
        if not self.session.run(text, edit) or edit.key is None:
            return None
        added = edit.key.id
        self._open(next((m for m in self.model.members() if m.id == added), None))
        self.view.setFocus()
        return fill(self.tr("Added to the council: %1"), member.name.short)

    def paste_list(self) -> None:
        """Read the clipboard as a list of members and show whom it would add, to confirm."""
        cf = self.session.cf
        if cf is None or cf.readonly:
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_message(
                self.tr(
                    "The clipboard holds no text. Copy the list of members in Word or Excel (a "
                    "person a line: «Surname I.P. – position»), then press «Paste members…» again."
                ),
                "error",
            )
            return
        from hromada_desk.domain.member_list import read_member_list
        from hromada_desk.ui.members.list_paste import MemberListDialog

        members = self.model.members()
        today = self.today()
        dialog = MemberListDialog(
            read_member_list(text, members), [m for m in members if is_current(m, today)], self
        )

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._add_listed(dialog.chosen())

        dialog.finished.connect(answered)
        self.list_dialog = dialog
        dialog.open()

    def _add_listed(self, members: list[Member]) -> None:
        if not members:
            return
        edit = service.add_members(members)
        count = len(members)
        if not self.session.run(self.tr("Add %n member(s)", None, count), edit):
            return
        added = edit.edits[0].key if isinstance(edit.edits[0], Insertion) else None
        if not self.is_dirty() and added is not None:  # what is typed in the form stays
            self._open(next((m for m in self.model.members() if m.id == added.id), None))
        self.view.setFocus()
        self.show_message(
            self.tr(
                "Added to the council: %n member(s). Undo (Ctrl+Z) removes the whole list.",
                None,
                count,
            )
        )

    def delete_selected(self) -> None:
        """Ask, then delete the selected member; one a meeting names is refused."""
        cf = self.session.cf
        if cf is None or cf.readonly or self.mode is not Mode.EDIT or self._baseline is None:
            return
        member = service.get_member(cf, self._baseline.id or 0)
        if member is None:
            return
        if service.member_is_used(cf, member.id or 0):
            self.show_message(
                fill(
                    self.tr(
                        "%1 is named in a meeting's protocol, so the record cannot be deleted. To "
                        "record that the membership has ended, set «Member to» and save."
                    ),
                    member.name.short,
                ),
                "error",
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete a member"),
            fill(
                self.tr(
                    "Remove %1 from the list of council members? Undo (Ctrl+Z) can "
                    "bring the record back."
                ),
                member.name.short,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered() -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._delete(member)

        box.finished.connect(lambda _result: answered())
        self.delete_question = box
        box.open()

    def _delete(self, member: Member) -> None:
        cf = self.session.cf
        edit = service.delete_member(cf, member) if cf is not None else None
        if edit is None:
            return
        text = fill(self.tr("Delete %1"), member.name.short)
        if self.session.run(text, edit):
            self.show_message(
                fill(
                    self.tr("%1 deleted. Undo (Ctrl+Z) brings the record back."), member.name.short
                )
            )
