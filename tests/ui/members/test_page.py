"""The «Council members» page driven as a person would: the list, the form and its buttons."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from hromada_desk.domain.council import CouncilRole
from hromada_desk.domain.names import Gender
from hromada_desk.storage import council_repo
from hromada_desk.storage.database import open_file
from hromada_desk.ui.members.model import Column
from hromada_desk.ui.members.page import MembersPage, Mode
from tests.ui.members.conftest import TODAY

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(make_page, session):
    return make_page(session)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying Ukrainian letters (QTest's keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds, delete it and type ``text``."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def names_in_list(page) -> list[str]:
    return [page.proxy.index(row, Column.NAME).data() for row in range(page.proxy.rowCount())]


def stored_names(session) -> list[str]:
    return [m.name.short for m in council_repo.list_members(session.cf)]


def select(qtbot, page, short_name: str) -> None:
    """Click the member's row in the list."""
    row = names_in_list(page).index(short_name)
    rect = page.view.visualRect(page.proxy.index(row, Column.NAME))
    qtbot.mouseClick(page.view.viewport(), LEFT, pos=rect.center())


def message(page) -> str:
    return page.message_label.text() if page.message_label.isVisible() else ""


def add_member(
    qtbot, page, surname: str = "Коваленко", given: str = "Марія", patronymic: str = "Петрівна"
) -> None:
    qtbot.mouseClick(page.new_button, LEFT)
    retype(qtbot, page.form.surname_edit, surname)
    retype(qtbot, page.form.given_name_edit, given)
    retype(qtbot, page.form.patronymic_edit, patronymic)
    page.form.gender_combo.setCurrentIndex(page.form.gender_combo.findData("f"))
    retype(qtbot, page.form.position_edit, "директор Ланнівського ліцею")
    qtbot.mouseClick(page.save_button, LEFT)


def test_the_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_the_demo_members_are_listed_with_their_roles(page):
    assert page.title() == "Council members"
    assert page.proxy.rowCount() == 10
    assert page.proxy.columnCount() == 4
    names = names_in_list(page)
    assert names[0] == "Удовиченко К.О."
    assert names[:3] == ["Удовиченко К.О.", "Чухрай С.А.", "Швирид І.В."]
    roles = [page.proxy.index(row, Column.ROLE).data() for row in range(3)]
    assert roles == [
        "голова координаційної ради",
        "заступник голови координаційної ради",
        "секретар координаційної ради",
    ]
    assert page.proxy.index(3, Column.ROLE).data() == "член координаційної ради"
    assert page.proxy.index(0, Column.POSITION).data() == "сільський голова"
    assert page.proxy.index(0, Column.PERIOD).data() == "from 28.06.2023"
    # The first member is open in the form.
    assert page.mode is Mode.EDIT
    assert page.form.surname_edit.text() == "Удовиченко"
    assert page.form.given_name_edit.text() == "Костянтин"
    assert page.form.short_preview.text() == "Удовиченко К.О."
    assert page.form.signature_preview.text() == "Костянтин УДОВИЧЕНКО"
    assert page.form.to_open.isChecked() and not page.form.to_edit.isEnabled()
    assert not page.save_button.isEnabled()


def test_adding_a_member_through_the_form(qtbot, page, session):
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.mode is Mode.NEW
    assert page.form.surname_edit.hasFocus()
    assert page.form.surname_edit.text() == ""
    assert not page.view.selectionModel().hasSelection()
    retype(qtbot, page.form.surname_edit, "Коваленко")
    retype(qtbot, page.form.given_name_edit, "Марія")
    # The preview follows the typing.
    assert page.form.short_preview.text() == "Коваленко М."
    retype(qtbot, page.form.patronymic_edit, "Петрівна")
    assert page.form.short_preview.text() == "Коваленко М.П."
    assert page.form.signature_preview.text() == "Марія КОВАЛЕНКО"
    page.form.gender_combo.setCurrentIndex(page.form.gender_combo.findData("f"))
    retype(qtbot, page.form.position_edit, "директор  Ланнівського ліцею")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, LEFT)

    members = council_repo.list_members(session.cf)
    assert len(members) == 11
    added = members[-1]
    assert added.name.short == "Коваленко М.П."
    assert added.name.gender is Gender.FEMALE
    assert added.position == "директор Ланнівського ліцею"
    assert added.role is CouncilRole.MEMBER
    # Membership from «not known», not today: else the meetings already held leave them out.
    assert (added.member_from, added.member_to) == (None, None)
    assert names_in_list(page)[-1] == "Коваленко М.П."
    assert page.mode is Mode.EDIT
    assert page.view.currentIndex().row() == 10
    assert "Коваленко М.П." in message(page)
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Add Коваленко М.П."
    order = council_repo.member_order(session.cf, added.id)

    session.undo_stack.undo()
    assert len(council_repo.list_members(session.cf)) == 10
    assert "Коваленко М.П." not in names_in_list(page)
    assert page.mode is Mode.NONE
    assert not page.delete_button.isEnabled()

    session.undo_stack.redo()
    restored = council_repo.get_member(session.cf, added.id)
    assert restored == added
    assert council_repo.member_order(session.cf, added.id) == order
    assert names_in_list(page)[-1] == "Коваленко М.П."


def test_enter_in_a_field_saves(qtbot, page, session):
    qtbot.mouseClick(page.new_button, LEFT)
    retype(qtbot, page.form.surname_edit, "Бондар")
    retype(qtbot, page.form.given_name_edit, "О")
    qtbot.keyClick(page.form.given_name_edit, Qt.Key.Key_Return)
    assert stored_names(session)[-1] == "Бондар О."


def test_ctrl_s_saves(qtbot, page, session):
    retype(qtbot, page.form.phone_edit, "050 123 45 67")
    assert page.has_unsaved_changes()
    qtbot.keyClick(page.form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert council_repo.list_members(session.cf)[0].phone == "050 123 45 67"
    assert not page.has_unsaved_changes()


def test_editing_a_position_is_one_undoable_edit(qtbot, page, session):
    select(qtbot, page, "Чухрай С.А.")
    assert page.form.surname_edit.text() == "Чухрай"
    before = council_repo.list_members(session.cf)[1]
    retype(qtbot, page.form.position_edit, "заступник сільського голови")
    assert "not saved" in page.form_heading.text()
    qtbot.mouseClick(page.save_button, LEFT)
    after = council_repo.get_member(session.cf, before.id)
    assert after.position == "заступник сільського голови"
    assert after.name == before.name and after.role is before.role
    assert page.proxy.index(1, Column.POSITION).data() == "заступник сільського голови"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit Чухрай С.А."
    assert not page.save_button.isEnabled()

    session.undo_stack.undo()
    assert council_repo.get_member(session.cf, before.id) == before
    assert page.form.position_edit.text() == "перший заступник сільського голови"
    assert page.proxy.index(1, Column.POSITION).data() == "перший заступник сільського голови"
    session.undo_stack.redo()
    assert page.form.position_edit.text() == "заступник сільського голови"


def test_saving_an_untouched_form_writes_nothing(qtbot, page, session):
    page.save()
    assert session.undo_stack.count() == 0
    assert not session.cf.changed


def test_an_empty_surname_is_refused(qtbot, page, session):
    qtbot.mouseClick(page.new_button, LEFT)
    retype(qtbot, page.form.given_name_edit, "Марія")
    qtbot.mouseClick(page.save_button, LEFT)
    assert len(council_repo.list_members(session.cf)) == 10
    assert session.undo_stack.count() == 0
    assert "surname" in message(page)
    assert page.form.surname_edit.hasFocus()
    # Nor can an existing member's surname be emptied.
    qtbot.mouseClick(page.revert_button, LEFT)
    select(qtbot, page, "Швирид І.В.")
    retype(qtbot, page.form.surname_edit, "   ")
    qtbot.mouseClick(page.save_button, LEFT)
    assert "Швирид І.В." in stored_names(session)
    assert "surname" in message(page)


def test_an_empty_given_name_is_refused(qtbot, page, session):
    retype(qtbot, page.form.given_name_edit, "")
    qtbot.mouseClick(page.save_button, LEFT)
    assert stored_names(session)[0] == "Удовиченко К.О."
    assert "given name" in message(page)
    assert session.undo_stack.count() == 0


def test_an_end_before_the_start_is_refused(qtbot, page, session):
    page.form.to_open.click()  # untick «still a member»
    assert page.form.to_edit.isEnabled()
    page.form.to_edit.setDate(QDate(2023, 1, 31))
    qtbot.mouseClick(page.save_button, LEFT)
    assert council_repo.list_members(session.cf)[0].member_to is None
    assert session.undo_stack.count() == 0
    assert "Member to" in message(page) and "earlier" in message(page)


def test_a_former_member_is_greyed_and_listed_after_the_current_ones(qtbot, page, session):
    page.form.to_open.click()
    page.form.to_edit.setDate(QDate(2024, 12, 31))
    qtbot.mouseClick(page.save_button, LEFT)
    assert council_repo.list_members(session.cf)[0].member_to == dt.date(2024, 12, 31)

    names = names_in_list(page)
    assert names[-1] == "Удовиченко К.О." and names[0] == "Чухрай С.А."
    last = page.proxy.rowCount() - 1
    assert page.proxy.index(last, Column.PERIOD).data() == "28.06.2023 – 31.12.2024"
    grey = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    foreground = page.model.data(
        page.model.index(
            page.model.row_of(council_repo.list_members(session.cf)[0].id), Column.NAME
        ),
        Qt.ItemDataRole.ForegroundRole,
    )
    assert isinstance(foreground, QBrush) and foreground.color() == grey
    assert page.model.data(page.model.index(0, Column.NAME), Qt.ItemDataRole.ForegroundRole) is None
    # The form still shows the member, now selected at the end of the list.
    assert page.view.currentIndex().row() == last

    # Sorting by a column keeps former members after the current ones, either way.
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.view.sortByColumn(Column.NAME, order)
        assert names_in_list(page)[-1] == "Удовиченко К.О."
    assert names_in_list(page)[0] == "Швирид І.В."  # descending, in Ukrainian order


def test_sorting_by_a_header_click(qtbot, page):
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(Column.NAME) + 10
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, 5))
    names = names_in_list(page)
    # Ukrainian alphabetical order: «І» after «З», «Ч», «Ш» at the end.
    assert names[:3] == ["Вийбер Н.П.", "Голик В.В.", "Загороднікова М.В."]
    assert names[-2:] == ["Чухрай С.А.", "Швирид І.В."]
    # The form still shows the member it showed, wherever the row went.
    assert page.form.surname_edit.text() == "Удовиченко"
    assert page.proxy.member_at(page.view.currentIndex().row()).name.surname == "Удовиченко"


def test_a_second_chair_is_a_warning_not_a_refusal(qtbot, page, session):
    select(qtbot, page, "Підгайна О.М.")
    page.form.role_combo.setCurrentIndex(page.form.role_combo.findData("chair"))
    assert "Удовиченко К.О." in message(page)  # said as soon as the role is chosen
    qtbot.mouseClick(page.save_button, LEFT)
    member = next(m for m in council_repo.list_members(session.cf) if m.name.surname == "Підгайна")
    assert member.role is CouncilRole.CHAIR
    assert "chair is already Удовиченко К.О." in message(page)
    # A second deputy is usual: no warning.
    select(qtbot, page, "Тимошко О.Р.")
    page.form.role_combo.setCurrentIndex(page.form.role_combo.findData("deputy_chair"))
    qtbot.mouseClick(page.save_button, LEFT)
    assert "already" not in message(page)


def test_a_former_chair_does_not_count(qtbot, page, session):
    page.form.to_open.click()
    page.form.to_edit.setDate(QDate(2024, 12, 31))
    qtbot.mouseClick(page.save_button, LEFT)
    select(qtbot, page, "Підгайна О.М.")
    page.form.role_combo.setCurrentIndex(page.form.role_combo.findData("chair"))
    qtbot.mouseClick(page.save_button, LEFT)
    assert "already" not in message(page)


def test_deleting_an_unused_member_can_be_undone(qtbot, page, session):
    add_member(qtbot, page)
    added = council_repo.list_members(session.cf)[-1]
    order = council_repo.member_order(session.cf, added.id)
    qtbot.mouseClick(page.delete_button, LEFT)
    question = page.delete_question
    assert question is not None and question.isVisible()
    assert "Коваленко М.П." in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    assert council_repo.get_member(session.cf, added.id) is None
    assert "Коваленко М.П." not in names_in_list(page)
    assert session.undo_stack.undoText() == "Delete Коваленко М.П."

    session.undo_stack.undo()
    assert council_repo.get_member(session.cf, added.id) == added
    assert council_repo.member_order(session.cf, added.id) == order
    assert names_in_list(page)[-1] == "Коваленко М.П."


def test_answering_no_keeps_the_member(qtbot, page, session):
    add_member(qtbot, page)
    qtbot.mouseClick(page.delete_button, LEFT)
    page.delete_question.button(QMessageBox.StandardButton.No).click()
    assert stored_names(session)[-1] == "Коваленко М.П."
    assert session.undo_stack.count() == 1


def test_a_member_named_in_a_meeting_cannot_be_deleted(qtbot, page, session):
    select(qtbot, page, "Швирид І.В.")
    qtbot.mouseClick(page.delete_button, LEFT)
    assert page.delete_question is None  # refused without asking
    assert "Швирид І.В." in stored_names(session)
    assert "cannot be deleted" in message(page)
    assert "Member to" in message(page)
    assert session.undo_stack.count() == 0


def test_leaving_a_changed_form_asks_first(qtbot, page, session):
    retype(qtbot, page.form.position_edit, "голова громади")
    select(qtbot, page, "Чухрай С.А.")
    question = page.unsaved_question
    assert question is not None and question.isVisible()
    # Until the answer the form and the selection stay on the member being edited.
    assert page.form.surname_edit.text() == "Удовиченко"
    assert page.view.currentIndex().row() == 0

    question.button(QMessageBox.StandardButton.Cancel).click()
    assert page.form.position_edit.text() == "голова громади"
    assert session.undo_stack.count() == 0

    select(qtbot, page, "Чухрай С.А.")
    page.unsaved_question.button(QMessageBox.StandardButton.Save).click()
    assert council_repo.list_members(session.cf)[0].position == "голова громади"
    assert page.form.surname_edit.text() == "Чухрай"
    assert page.view.currentIndex().row() == 1

    retype(qtbot, page.form.position_edit, "щось інше")
    qtbot.mouseClick(page.new_button, LEFT)
    page.unsaved_question.button(QMessageBox.StandardButton.Discard).click()
    assert page.mode is Mode.NEW
    assert council_repo.list_members(session.cf)[1].position == (
        "перший заступник сільського голови"
    )


def test_an_undo_does_not_eat_what_is_being_typed(qtbot, page, session):
    select(qtbot, page, "Чухрай С.А.")
    retype(qtbot, page.form.position_edit, "заступник")
    qtbot.mouseClick(page.save_button, LEFT)
    retype(qtbot, page.form.phone_edit, "0501234567")
    session.undo_stack.undo()
    assert council_repo.list_members(session.cf)[1].position == (
        "перший заступник сільського голови"
    )
    assert page.form.phone_edit.text() == "0501234567"
    assert page.form.position_edit.text() == "заступник"
    # Revert now brings back what the file holds after the undo.
    qtbot.mouseClick(page.revert_button, LEFT)
    assert page.form.position_edit.text() == "перший заступник сільського голови"
    assert page.form.phone_edit.text() == ""


def test_typing_is_kept_when_an_undo_removes_the_member(qtbot, page, session):
    add_member(qtbot, page)
    retype(qtbot, page.form.phone_edit, "0501234567")
    session.undo_stack.undo()  # the addition
    assert len(council_repo.list_members(session.cf)) == 10
    assert page.mode is Mode.NEW
    assert page.form.surname_edit.text() == "Коваленко"
    assert page.form.phone_edit.text() == "0501234567"
    assert "no longer in the list" in message(page)
    qtbot.mouseClick(page.save_button, LEFT)
    added = council_repo.list_members(session.cf)[-1]
    assert (added.name.short, added.phone) == ("Коваленко М.П.", "0501234567")


def test_the_start_can_be_unknown_and_set_again(qtbot, page, session):
    page.form.from_unknown.click()
    assert not page.form.from_edit.isEnabled()
    assert page.form.from_edit.text() == "—"
    qtbot.mouseClick(page.save_button, LEFT)
    assert council_repo.list_members(session.cf)[0].member_from is None
    assert page.proxy.index(0, Column.PERIOD).data() == ""
    page.form.from_unknown.click()  # untick: the date put aside comes back
    assert page.form.from_edit.isEnabled()
    assert page.form.from_edit.date() == QDate(2023, 6, 28)
    # A member whose start was never known starts from today when the box is unticked.
    qtbot.mouseClick(page.revert_button, LEFT)
    assert page.form.from_unknown.isChecked()
    page.form.from_unknown.click()
    assert page.form.from_edit.date() == QDate(2025, 3, 1)
    # Scrolling the date below the earliest one means «not known» too.
    page.form.from_edit.setDate(page.form.from_edit.minimumDate())
    assert page.form.from_unknown.isChecked()
    assert not page.is_dirty()


def test_retranslating_keeps_what_is_typed(qtbot, page):
    retype(qtbot, page.form.position_edit, "голова громади")
    page.retranslate()
    assert page.form.position_edit.text() == "голова громади"
    assert page.has_unsaved_changes()
    assert page.form.gender_combo.currentText() == "male"
    assert page.model.headerData(Column.ROLE, Qt.Orientation.Horizontal) == "Role in the council"


def test_a_read_only_file_cannot_be_edited(qtbot, session, demo_path):
    session.open(open_file(demo_path, readonly=True))
    page = MembersPage(session, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 10
    assert page.form.surname_edit.text() == "Удовиченко"
    assert page.form.surname_edit.isReadOnly()
    assert not page.form.role_combo.isEnabled()
    assert not page.new_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert not page.save_button.isEnabled()


def test_without_a_file_the_page_is_empty_and_disabled(page, session):
    session.close()
    assert not page.isEnabled()
    assert page.proxy.rowCount() == 0
    assert page.form.surname_edit.text() == ""
    assert page.mode is Mode.NONE


def test_labels_lead_to_their_fields_with_unique_mnemonics(page):
    texts = [label.text() for label in page.form.labels.values()]
    texts += [
        page.list_label.text(),
        page.new_button.text(),
        page.delete_button.text(),
        page.save_button.text(),
        page.revert_button.text(),
        page.form.from_unknown.text(),
        page.form.to_open.text(),
    ]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(letters) == len(set(letters))
    # Alt+F, E, S and H open the window's menus.
    assert not set(letters) & set("fesh")
    for label in page.form.labels.values():
        assert label.buddy() is not None and label.buddy().accessibleName()
    assert page.list_label.buddy() is page.view


def test_the_tab_order_follows_the_form(page):
    order = [page.form.surname_edit]
    widget = page.form.surname_edit
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [
        page.form.surname_edit,
        page.form.given_name_edit,
        page.form.patronymic_edit,
        page.form.gender_combo,
        page.form.role_combo,
    ]


def test_the_page_fits_a_small_screen(qtbot, page):
    page.resize(700, 480)
    qtbot.wait(10)
    QApplication.processEvents()
    for widget in (page.save_button, page.revert_button, page.new_button, page.delete_button):
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert page.rect().contains(corner), widget.text()
    assert page.form.position_edit.width() > 200
    assert page.view.height() > 100
