"""Pasting the council's members as a list copied from Word or Excel, on a new file and on
the demo: the preview, the ticks, one undo step, refusals and the clipboard left empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from hromada_desk.domain.council import CouncilRole
from hromada_desk.domain.records import Community
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import create_file, open_file
from hromada_desk.ui.members.list_paste import ListedMembersModel
from hromada_desk.ui.session import Session
from tests.ui.clipboard import press_ctrl_v


@pytest.fixture
def new_session(qapp, tmp_path, policy):
    """A community file as the wizard leaves it: the community, no members yet."""

    def fill(cf):
        community_repo.save_community(
            cf,
            Community("Вербівська", "Вербівська сільська рада", "Вербівської сільської ради", ""),
        )

    path = tmp_path / "Вербівська.hromada"
    create_file(path, fill, backups=policy).close()
    session = Session(policy)
    session.open(open_file(path, backups=policy))
    yield session
    session.close()


def paste(qtbot, page, text: str):
    """The text on the clipboard, Ctrl+V on the list; the preview it opens."""
    press_ctrl_v(qtbot, page.view, text)
    dialog = page.list_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def stored(session) -> list[tuple[str, CouncilRole, str]]:
    return [(m.name.short, m.role, m.position) for m in council_repo.list_members(session.cf)]


def seed_list(seed_text: str) -> str:
    start = seed_text.index("Присутні члени комісії:")
    end = seed_text.index("\n", seed_text.index("Голик В.В.", start))
    return seed_text[start:end].replace("\n", "\r\n")  # as Word puts it on the clipboard


def test_the_seed_protocols_list_pasted_into_a_new_file_makes_its_council(
    qtbot, make_page, new_session, seed_text
):
    page = make_page(new_session)
    dialog = paste(qtbot, page, seed_list(seed_text))

    assert dialog.model.rowCount() == 10
    assert dialog.model.index(0, ListedMembersModel.NAME).data() == "Удовиченко К.О."
    assert dialog.add_button.isEnabled()
    assert "10" in dialog.add_button.text()
    assert not dialog.refusals_label.isVisible()  # the heading is noted, not refused
    assert "Присутні члени комісії:" in dialog.notes_label.text()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    members = stored(new_session)
    assert [name for name, _, _ in members][:3] == ["Удовиченко К.О.", "Чухрай С.А.", "Швирид І.В."]
    assert len(members) == 10
    assert members[0][1:] == (CouncilRole.CHAIR, "сільський голова")
    assert members[2][1] is CouncilRole.SECRETARY
    assert page.proxy.rowCount() == 10
    assert "10" in page.message_label.text()
    # the first of them is open in the form, as after adding one
    assert page.form.surname_edit.text() == "Удовиченко"

    # one undo step takes the whole list back, and redo brings it again
    new_session.undo_stack.undo()
    assert stored(new_session) == []
    assert page.proxy.rowCount() == 0
    new_session.undo_stack.redo()
    assert len(stored(new_session)) == 10


def test_an_unticked_person_is_not_added(qtbot, make_page, new_session):
    page = make_page(new_session)
    dialog = paste(
        qtbot, page, "Коваль І.І. – голова комісії, сільський голова\nДоповідач: Сидоренко С.С.\n"
    )
    assert dialog.model.rowCount() == 2
    dialog.model.setData(
        dialog.model.index(1, ListedMembersModel.NAME),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert "1" in dialog.add_button.text()
    dialog.add_button.click()

    assert stored(new_session) == [("Коваль І.І.", CouncilRole.CHAIR, "сільський голова")]


def test_nothing_ticked_cannot_be_added_and_cancel_writes_nothing(qtbot, make_page, new_session):
    page = make_page(new_session)
    dialog = paste(qtbot, page, "Коваль І.І. – юрист")
    dialog.model.setData(
        dialog.model.index(0, ListedMembersModel.NAME),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not dialog.add_button.isEnabled()
    dialog.cancel_button.click()

    assert stored(new_session) == []
    assert not new_session.undo_stack.canUndo()


def test_lines_naming_no_one_are_shown_as_refused_and_add_nothing(qtbot, make_page, new_session):
    page = make_page(new_session)
    dialog = paste(qtbot, page, "начальник відділу освіти\nпсихолог\n")

    assert dialog.model.rowCount() == 0
    assert not dialog.add_button.isEnabled()
    assert dialog.refusals_label.isVisible()
    refusals = dialog.refusals_label.text()
    assert "1" in refusals and "«начальник відділу освіти»" in refusals
    assert "«психолог»" in refusals
    dialog.reject()
    assert stored(new_session) == []


def test_the_demos_members_are_not_added_twice_and_a_second_chair_is_noted(
    qtbot, make_page, session
):
    page = make_page(session)
    before = stored(session)
    dialog = paste(
        qtbot,
        page,
        "Удовиченко К.О. – голова координаційної ради, сільський голова\n"
        "Бондар Ігор Васильович – голова координаційної ради, секретар сільської ради\n",
    )

    assert dialog.model.rowCount() == 1  # Udovychenko is already a member
    notes = dialog.notes_label.text()
    assert "Удовиченко К.О." in notes  # already in the list, and the chair
    assert "Бондар І.В." in notes  # a second chair: a note, not a refusal
    dialog.add_button.click()

    after = stored(session)
    assert after[: len(before)] == before
    assert after[len(before) :] == [("Бондар І.В.", CouncilRole.CHAIR, "секретар сільської ради")]


def test_an_empty_clipboard_says_what_to_copy_and_opens_nothing(qtbot, make_page, new_session):
    page = make_page(new_session)
    QGuiApplication.clipboard().setText("  \n\t\n")
    page.paste_button.click()

    assert page.list_dialog is None
    assert page.message_label.is_error
    assert "Word" in page.message_label.text()


def test_a_file_opened_read_only_offers_no_paste(make_page, demo_path, policy):
    session = Session(policy)
    session.open(open_file(demo_path, readonly=True))
    try:
        page = make_page(session)
        assert not page.paste_button.isEnabled()
        assert not page.paste_action.isEnabled()
        QGuiApplication.clipboard().setText("Коваль І.І. – юрист")
        page.paste_list()
        assert page.list_dialog is None
    finally:
        session.close()


def test_ctrl_v_in_a_form_field_pastes_into_the_field_not_a_list(qtbot, make_page, new_session):
    page = make_page(new_session)
    page.new_button.click()
    QGuiApplication.clipboard().setText("Коваль")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.form.surname_edit.setFocus()
    qtbot.keyClick(page.form.surname_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert page.form.surname_edit.text() == "Коваль"
    assert page.list_dialog is None
