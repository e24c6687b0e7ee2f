"""Assignments in the agenda item's form (added, changed, removed, saved with the meeting; bad
input said in the form) and the status recorded beside a finalised protocol."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog

from hromada_desk.domain.assignments import Assignment, AssignmentStatus, StatusMark
from hromada_desk.domain.deadlines import Deadline
from hromada_desk.services import meetings as meetings_service
from hromada_desk.storage import council_repo
from hromada_desk.ui.meetings.assignments import AssignmentDialog, StatusDialog

DAY = dt.date(2023, 6, 30)  # the demo meeting's


def select_item(page, row):
    agenda = page.editor.agenda
    agenda.items_view.setCurrentIndex(agenda.model.index(row, 0))
    return agenda.item_form


def given(monkeypatch, form, *assignments):
    """The assignment dialog answers with ``assignments`` in turn."""
    answers = list(assignments)
    monkeypatch.setattr(form, "_ask_assignment", lambda _current: answers.pop(0))


def demo(session):
    return council_repo.find_meeting(session.cf, 1, 2023)


def test_assignments_are_added_changed_removed_and_saved_with_the_item(
    page, session, monkeypatch, qtmodeltester
):
    form = select_item(page, 1)
    members = council_repo.list_members(session.cf)
    assert form.assignments_model.rowCount() == 0
    assert form.add_assignment_button.isEnabled()
    assert not form.edit_assignment_button.isEnabled()
    given(
        monkeypatch,
        form,
        Assignment(
            "Підготувати звіт",
            members[0].name.short,
            members[0].id,
            Deadline(dt.date(2023, 12, 10)),
        ),
        Assignment(
            "Провести інформаційну кампанію",
            "Служба у справах дітей",
            deadline=Deadline(None, "Щокварталу"),
        ),
    )
    form.add_assignment()
    form.add_assignment()
    qtmodeltester.check(form.assignments_model)
    assert [form.assignments_model.index(r, 1).data() for r in range(2)] == [
        members[0].name.short,
        "Служба у справах дітей",
    ]
    assert form.assignments_model.index(1, 2).data() == "Щокварталу"
    assert form.assignments_model.index(0, 3).data() == "no status"
    assert page.has_unsaved_changes()
    assert page.save()
    stored = demo(session).agenda[1].assignments
    assert [a.text for a in stored] == ["Підготувати звіт", "Провести інформаційну кампанію"]
    assert stored[0].member_id == members[0].id and all(a.id for a in stored)

    form = select_item(page, 1)
    form.assignments_view.setCurrentIndex(form.assignments_model.index(1, 0))
    given(monkeypatch, form, dataclasses.replace(stored[1], responsible="Відділ освіти"))
    form.edit_assignment()
    assert form.assignments_model.index(1, 1).data() == "Відділ освіти"
    form.assignments_view.setCurrentIndex(form.assignments_model.index(0, 0))
    form.remove_assignment()
    assert page.save()
    stored = demo(session).agenda[1].assignments
    assert [(a.text, a.responsible) for a in stored] == [
        ("Провести інформаційну кампанію", "Відділ освіти")
    ]
    session.undo_stack.undo()  # one step: the removal and the change
    assert len(demo(session).agenda[1].assignments) == 2


def test_the_dialog_says_what_is_wrong_and_stays_open(qtbot, session):
    members = council_repo.list_members(session.cf)
    dialog = AssignmentDialog(None, members, DAY)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Write what is assigned."
    dialog.text_edit.setPlainText("Підготувати звіт")
    dialog.accept()
    assert dialog.error_label.text().startswith("Say who is responsible")
    dialog.responsible_combo.setEditText("Відділ освіти")
    dialog.deadline_edit.setText("01.06.2023")
    dialog.accept()
    assert dialog.error_label.text() == (
        "The deadline 01.06.2023 is before the meeting (30.06.2023). An assignment is due on "
        "the day of the meeting or later."
    )
    assert not dialog.error_label.isHidden()
    dialog.deadline_edit.setText("31.02.2024")
    dialog.accept()
    assert "31.02.2024" in dialog.error_label.text()
    dialog.deadline_edit.setText("До 10 грудня")
    assert dialog.error_label.isHidden()  # typing clears the message
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_assignment == Assignment(
        "Підготувати звіт", "Відділ освіти", deadline=Deadline(None, "До 10 грудня")
    )


def test_a_member_chosen_is_linked(qtbot, session):
    members = council_repo.list_members(session.cf)
    dialog = AssignmentDialog(None, members, DAY)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("Звітувати")
    dialog.responsible_combo.setCurrentIndex(1)
    dialog.accept()
    chosen = dialog.result_assignment
    assert chosen is not None and chosen.member_id == dialog.responsible_combo.itemData(1)
    again = AssignmentDialog(chosen, members, DAY)
    qtbot.addWidget(again)
    assert again.responsible_combo.currentIndex() == 1
    assert again.value() == chosen


def test_saving_refuses_a_deadline_the_new_date_makes_early(page, session, monkeypatch):
    form = select_item(page, 0)
    given(
        monkeypatch,
        form,
        Assignment("Звітувати", "Відділ освіти", deadline=Deadline(dt.date(2023, 7, 15))),
    )
    form.add_assignment()
    page.editor.date_edit.setDate(page.editor.date_edit.date().addMonths(1))
    assert not page.save()
    assert page.message_line.text.text().startswith(
        "Agenda item 1, assignment 1: the deadline 15.07.2023 is before the meeting"
    )


def test_the_status_is_recorded_beside_a_finalised_protocol(page, session, monkeypatch):
    form = select_item(page, 1)
    given(monkeypatch, form, Assignment("Підготувати звіт", "Відділ освіти"))
    form.add_assignment()
    assert not form.status_button.isEnabled()  # not stored yet
    assert page.save()
    assert session.run("finalise", meetings_service.finalise(demo(session)))
    frozen = council_repo.get_snapshot(session.cf, demo(session).id)
    form = select_item(page, 1)
    form.assignments_view.setCurrentIndex(form.assignments_model.index(0, 0))
    assert form.read_only and not form.add_assignment_button.isEnabled()
    assert form.status_button.isEnabled()
    assignment_id = demo(session).agenda[1].assignments[0].id

    dialog = page.status_dialog(assignment_id)
    assert isinstance(dialog, StatusDialog)
    assert "Підготувати звіт" in dialog.description.text()
    assert "Given at meeting №" in dialog.description.text()  # as on «Що на черзі»
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("01.06.2023", "dd.MM.yyyy"))
    dialog.accept()
    assert dialog.error_label.text().startswith("The day of the change (01.06.2023) is before")
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("05.09.2023", "dd.MM.yyyy"))
    dialog.note_edit.setPlainText("Звіт заслухано")
    dialog.accept()
    mark = dialog.result_mark
    assert mark == StatusMark(AssignmentStatus.DONE, dt.date(2023, 9, 5), "Звіт заслухано")
    assert page.apply_status(assignment_id, mark)
    assert form.assignments_model.index(0, 3).data() == "done 05.09.2023"
    assert council_repo.get_snapshot(session.cf, demo(session).id) == frozen
    assert demo(session).status.value == "final"
    session.undo_stack.undo()
    assert demo(session).agenda[1].assignments[0].mark is None
    assert form.assignments_model.index(0, 3).data() == "no status"


def test_a_status_recorded_while_editing_keeps_the_edits(page, session, monkeypatch):
    form = select_item(page, 1)
    given(monkeypatch, form, Assignment("Підготувати звіт", "Відділ освіти"))
    form.add_assignment()
    assert page.save()
    form = select_item(page, 1)
    form.decided_edit.setPlainText("Інше рішення")
    assignment_id = demo(session).agenda[1].assignments[0].id
    mark = StatusMark(AssignmentStatus.IN_PROGRESS, dt.date(2023, 8, 1), "")
    assert page.apply_status(assignment_id, mark)
    assert page.has_unsaved_changes()
    assert form.decided_edit.toPlainText() == "Інше рішення"
    assert form.assignments_model.index(0, 3).data() == "in progress 01.08.2023"
    assert page.save()
    assert demo(session).agenda[1].assignments[0].mark == mark


def test_screenshots(page, qtbot, monkeypatch, session):
    page.resize(911, 442)
    form = select_item(page, 1)
    given(
        monkeypatch,
        form,
        Assignment(
            "Підготувати звіт про стан виконання",
            "Відділ освіти",
            deadline=Deadline(None, "До 10 грудня"),
        ),
    )
    form.add_assignment()
    form.ensureWidgetVisible(form.assignments_view)
    qtbot.wait(20)
    page.grab().save("/tmp/shots/agenda_assignments.png")
    dialog = AssignmentDialog(None, council_repo.list_members(session.cf), DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    qtbot.wait(20)
    dialog.grab().save("/tmp/shots/assignment_dialog.png")
    status = StatusDialog(
        Assignment("Підготувати звіт", "Відділ освіти"),
        DAY,
        "Підготувати звіт\nВідповідальний: Відділ освіти",
    )
    qtbot.addWidget(status)
    status.show()
    qtbot.wait(20)
    status.grab().save("/tmp/shots/status_dialog.png")
