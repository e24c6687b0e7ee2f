"""Marking those present from a list copied in Word: the preview of the marks, applying them
to a new meeting, saving it, and what is left out."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from hromada_desk.storage import council_repo
from hromada_desk.ui.meetings.attendance_paste import MarksModel
from tests.ui.clipboard import press_ctrl_v

LIST = (
    "Присутні члени комісії:\r\n"
    "Удовиченко К.О., - голова координаційної ради, сільський голова\r\n"
    "Чухрай С.А.  заступник голови комісії\r\n"
    "Петренко О.І. – юрист\r\n"
    "Відсутні: Швирид І.В. (відпустка)\r\n"
    "Запрошені:\r\n"
    "Іваненко Марія Петрівна – директорка школи\r\n"
)


def paste(qtbot, page, text: str):
    """The text on the clipboard, Ctrl+V on the members' table; the preview it opens."""
    attendance = page.editor.attendance
    page.editor.tabs.setCurrentWidget(attendance)
    press_ctrl_v(qtbot, attendance.members_view, text)
    dialog = attendance.paste_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def marks(page) -> dict[str, tuple[bool, str]]:
    return {m.name.short: (p, r) for m, p, r in page.editor.attendance.model.marks()}


def test_a_pasted_list_marks_a_new_meeting_and_is_saved_with_it(qtbot, page, session):
    page.new_button.click()
    page.editor.date_edit.setDate(QDate(2023, 6, 30))  # the demo's members are current
    dialog = paste(qtbot, page, LIST)

    rows = {
        dialog.model.index(r, MarksModel.MEMBER).data(): dialog.model.index(r, MarksModel.MARK)
        for r in range(dialog.model.rowCount())
    }
    assert rows["Удовиченко К.О."].data() == "present"
    assert rows["Швирид І.В."].data() == "absent: відпустка"
    assert rows["Голик В.В."].data() == "absent"  # not named among those present
    assert isinstance(rows["Удовиченко К.О."].data(Qt.ItemDataRole.FontRole), QFont)  # a change
    assert "Петренко О.І." in dialog.refusals_label.text()  # not a member: left out
    assert "Іваненко М.П." in dialog.notes_label.text()
    dialog.apply_button.click()

    now = marks(page)
    assert now["Удовиченко К.О."] == (True, "")
    assert now["Чухрай С.А."] == (True, "")
    assert now["Швирид І.В."] == (False, "відпустка")
    assert now["Голик В.В."][0] is False
    assert page.editor.attendance.model.present_count == 2
    assert [g.name for g in page.editor.attendance.guests()] == ["Іваненко М.П."]
    assert page.save()
    saved = max(council_repo.list_meetings(session.cf), key=lambda m: m.id or 0)
    assert sum(1 for a in saved.attendance if a.present) == 2
    members = {m.id: m.name.short for m in council_repo.list_members(session.cf)}
    reasons = {members[a.member_id]: a.absence_reason for a in saved.attendance}
    assert reasons["Швирид І.В."] == "відпустка"
    assert [(g.name, g.position) for g in saved.guests] == [("Іваненко М.П.", "директорка школи")]


def test_cancel_changes_no_mark_and_a_guest_is_not_added_twice(qtbot, page):
    page.new_button.click()
    page.editor.date_edit.setDate(QDate(2023, 6, 30))
    before = marks(page)
    paste(qtbot, page, LIST).cancel_button.click()
    assert marks(page) == before

    paste(qtbot, page, LIST).apply_button.click()
    paste(qtbot, page, LIST).apply_button.click()
    assert [g.name for g in page.editor.attendance.guests()] == ["Іваненко М.П."]


def test_text_naming_no_one_sets_nothing(qtbot, page):
    page.new_button.click()
    dialog = paste(qtbot, page, "Шановні колеги!\n")

    assert not dialog.apply_button.isEnabled()
    assert "«Шановні колеги!»" in dialog.refusals_label.text()
    dialog.reject()


def test_an_empty_clipboard_is_said_and_a_finalised_meeting_takes_no_list(qtbot, page, monkeypatch):
    attendance = page.editor.attendance
    QGuiApplication.clipboard().setText("")
    attendance.paste_button.click()
    assert attendance.paste_dialog is None
    assert page.message_line.kind == "error"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.protocol.finalise()
    assert not attendance.paste_button.isEnabled()
    QGuiApplication.clipboard().setText(LIST)
    attendance.paste_list()
    assert attendance.paste_dialog is None
