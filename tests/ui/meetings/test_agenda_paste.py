"""Pasting a meeting's agenda copied from Word into the agenda editor: the preview, the
items and speakers it adds, saving them, and what it refuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from hromada_desk.storage import council_repo
from hromada_desk.ui.meetings.agenda_paste import ListedItemsModel
from tests.ui.clipboard import press_ctrl_v


def seed_agenda(seed_text: str) -> str:
    start = seed_text.index("ПОРЯДОК ДЕННИЙ")
    end = seed_text.index("\n", seed_text.index("Доповідачі:", start))
    return seed_text[start:end].replace("\n", "\r\n")  # as Word puts it on the clipboard


def paste(qtbot, page, text: str):
    """The text on the clipboard, Ctrl+V on the list of items; the preview it opens."""
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentWidget(agenda)
    press_ctrl_v(qtbot, agenda.items_view, text)
    dialog = agenda.paste_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_seed_agenda_pasted_into_a_new_meeting_is_saved_with_its_speakers(
    qtbot, page, session, seed_text
):
    page.new_button.click()
    dialog = paste(qtbot, page, seed_agenda(seed_text))

    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, ListedItemsModel.NUMBER).data() == "1"
    speakers = dialog.model.index(1, ListedItemsModel.SPEAKERS).data()
    assert speakers == "заступник голови координаційної ради Чухрай С.А."
    assert "ПОРЯДОК ДЕННИЙ" in dialog.notes_label.text()  # a heading, left out
    assert not dialog.refusals_label.isVisible()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    agenda = page.editor.agenda
    assert agenda.model.rowCount() == 3
    assert agenda.current_row() == 0  # the first pasted item is shown in the form
    assert page.save_button.isEnabled()
    assert page.save()
    saved = max(council_repo.list_meetings(session.cf), key=lambda m: m.id or 0)
    members = {m.id: m.name.short for m in council_repo.list_members(session.cf)}
    items = saved.agenda
    assert items[1].title == "Про стан домашнього насильства в Ланнівській громаді."
    # the demo's members are chosen as themselves, with the role the agenda prints
    assert [(members.get(s.member_id), s.role) for s in items[0].speakers] == [
        ("Удовиченко К.О.", "голова координаційної ради")
    ]
    assert [(members.get(s.member_id), s.role) for s in items[2].speakers] == [
        ("Швирид І.В.", "секретар координаційної ради")
    ]


def test_pasted_items_follow_those_already_on_the_agenda_and_cancel_adds_nothing(qtbot, page):
    page.new_button.click()
    agenda = page.editor.agenda
    agenda.add_item()
    agenda.item_form.title_edit.setPlainText("Про затвердження протоколу")
    dialog = paste(qtbot, page, "1. Про звіт\nДоповідач: Чухрай С.А.\n")
    assert dialog.model.index(0, ListedItemsModel.NUMBER).data() == "2"
    assert "1" in dialog.summary.text()
    dialog.cancel_button.click()
    assert agenda.model.rowCount() == 1

    dialog = paste(qtbot, page, "1. Про звіт\nДоповідач: Чухрай С.А.\n")
    dialog.add_button.click()
    assert [item.title for item in agenda.items()] == ["Про затвердження протоколу", "Про звіт"]


def test_text_that_is_no_agenda_is_named_and_adds_nothing(qtbot, page):
    page.new_button.click()
    dialog = paste(qtbot, page, "Шановні колеги!\nпросимо бути вчасно\n")

    assert dialog.model.rowCount() == 0
    assert not dialog.add_button.isEnabled()
    assert dialog.refusals_label.isVisible()
    assert "«Шановні колеги!»" in dialog.refusals_label.text()
    dialog.reject()
    assert page.editor.agenda.model.rowCount() == 0


def test_an_empty_clipboard_is_said_on_the_pages_message_line(qtbot, page):
    page.new_button.click()
    QGuiApplication.clipboard().setText(" \r\n")
    page.editor.agenda.paste_button.click()

    assert page.editor.agenda.paste_dialog is None
    assert page.message_line.kind == "error"
    assert "Word" in page.message_line.message()


def test_a_finalised_meetings_agenda_takes_no_paste(qtbot, page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.protocol.finalise()  # the demo's meeting, shown when the page opens
    agenda = page.editor.agenda
    assert agenda.read_only
    assert not agenda.paste_button.isEnabled()
    assert not agenda.paste_action.isEnabled()
    QGuiApplication.clipboard().setText("1. Про звіт\n")
    agenda.paste_agenda()
    assert agenda.paste_dialog is None
