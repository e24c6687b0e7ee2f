import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file
from hromada_desk.ui.community.page import CommunityPage


@pytest.fixture
def page(qtbot, session):
    page = CommunityPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def key_text(edit: QLineEdit, text: str) -> None:
    """Type ``text`` (QTest.keyClicks knows only ASCII; the names are Cyrillic)."""
    for char in text:
        QApplication.sendEvent(
            edit,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """What a person does: select all, delete, type, press Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    key_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def stored(session):
    return community_repo.get_community(session.cf)


def test_the_page_shows_the_demo_community(page):
    edits = page.edits
    assert edits["name"].text() == "Ланнівська сільська територіальна громада"
    assert edits["council_name"].text() == "Ланнівська сільська рада"
    assert edits["council_name_genitive"].text() == "Ланнівської сільської ради"
    assert edits["executive_committee"].text() == "Виконавчий комітет Ланнівської сільської ради"
    assert edits["oblast"].text() == "Полтавська"
    assert edits["rayon"].text() == "Полтавський"
    assert page.admin_center.text() == "с-ще Ланна"
    assert page.settlement_count.text() == "11"
    assert page.title() == "Community"
    assert not page.message.isVisibleTo(page)
    # Every editable field has a label that moves the focus to it.
    for field, edit in edits.items():
        assert page.labels[field].buddy() is edit
        assert "&" in page.labels[field].text()


def test_the_form_does_not_stretch_across_a_wide_page(page):
    assert page.edits["name"].width() < 800
    assert page.edits["name"].width() > 400  # long official names stay readable


def test_an_edit_is_written_and_can_be_undone_and_redone(qtbot, page, session):
    edit = page.edits["council_name_genitive"]
    type_into(qtbot, edit, "Ланнівської  сільської ради Полтавського району ")
    assert stored(session).council_name_genitive == (
        "Ланнівської сільської ради Полтавського району"
    )
    assert edit.text() == "Ланнівської сільської ради Полтавського району"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Change the council name in the genitive"

    session.undo_stack.undo()
    assert stored(session).council_name_genitive == "Ланнівської сільської ради"
    assert edit.text() == "Ланнівської сільської ради"
    # The other fields were written back unchanged.
    assert stored(session).name == "Ланнівська сільська територіальна громада"

    session.undo_stack.redo()
    assert stored(session).council_name_genitive == (
        "Ланнівської сільської ради Полтавського району"
    )
    assert edit.text() == "Ланнівської сільської ради Полтавського району"


def test_each_field_is_its_own_edit(qtbot, page, session):
    type_into(qtbot, page.edits["name"], "Ланнівська громада")
    type_into(qtbot, page.edits["oblast"], "Київська область")
    community = stored(session)
    assert (community.name, community.oblast) == ("Ланнівська громада", "Київська")
    assert page.edits["oblast"].text() == "Київська"
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    community = stored(session)
    assert (community.name, community.oblast) == ("Ланнівська громада", "Полтавська")
    session.undo_stack.undo()
    assert stored(session).name == "Ланнівська сільська територіальна громада"
    assert page.edits["name"].text() == "Ланнівська сільська територіальна громада"


def test_leaving_a_field_unchanged_writes_nothing(qtbot, page, session):
    edit = page.edits["rayon"]
    type_into(qtbot, edit, "Полтавський ")
    page.commit("executive_committee")
    assert session.undo_stack.count() == 0
    assert not session.cf.changed


@pytest.mark.parametrize("field", ["name", "council_name"])
def test_an_empty_name_is_refused(qtbot, page, session, field):
    before = getattr(stored(session), field)
    type_into(qtbot, page.edits[field], "   ")
    assert getattr(stored(session), field) == before
    assert page.edits[field].text() == before
    assert session.undo_stack.count() == 0
    assert page.message.isVisibleTo(page)
    assert "cannot be empty" in page.message.text()
    # The next accepted edit clears the message.
    type_into(qtbot, page.edits["rayon"], "Кременчуцький")
    assert stored(session).rayon == "Кременчуцький"
    assert not page.message.isVisibleTo(page)


def test_the_page_follows_changes_made_elsewhere(page, session):
    settlements = community_repo.list_settlements(session.cf)
    new_centre = next(s for s in settlements if s.name == "Куми")
    old_centre = next(s for s in settlements if s.admin_center)
    new_centre.admin_center = True  # update_settlement clears the previous centre
    session.execute(
        "Move the centre",
        lambda cf: community_repo.update_settlement(cf, new_centre),
        lambda cf: community_repo.update_settlement(cf, old_centre),
        "settlements",
    )
    assert page.admin_center.text() == "с. Куми"
    session.undo_stack.undo()
    assert page.admin_center.text() == "с-ще Ланна"


def test_an_undo_does_not_eat_what_is_being_typed(qtbot, page, session):
    type_into(qtbot, page.edits["rayon"], "Кременчуцький")
    oblast = page.edits["oblast"]
    oblast.setFocus()
    oblast.end(False)
    key_text(oblast, " нова")
    session.undo_stack.undo()
    assert stored(session).rayon == "Полтавський"
    assert page.edits["rayon"].text() == "Полтавський"
    assert oblast.text() == "Полтавська нова"


def test_a_read_only_file_cannot_be_edited(qtbot, session, demo_path):
    session.open(open_file(demo_path, readonly=True))
    page = CommunityPage(session)
    qtbot.addWidget(page)
    assert all(edit.isReadOnly() for edit in page.edits.values())
    assert page.edits["name"].text() == "Ланнівська сільська територіальна громада"


def test_without_a_file_the_page_is_empty_and_disabled(page, session):
    session.close()
    assert not page.isEnabled()
    assert page.edits["name"].text() == ""
    assert page.settlement_count.text() == "0"


def test_mnemonics_are_unique(page):
    letters = [
        text[text.index("&") + 1].lower()
        for text in (label.text() for label in page.labels.values())
    ]
    assert len(letters) == len(set(letters))
