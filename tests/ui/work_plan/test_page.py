"""The «План роботи ради» page: a plan for a year, its questions by quarter (each change one
undo step), adopted at a meeting, a question put into a meeting's agenda."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from hromada_desk.domain.council import MeetingStatus
from hromada_desk.domain.work_plan import PlannedQuestion, adoption_title
from hromada_desk.services import meetings as meetings_service
from hromada_desk.storage import council_repo, work_plan_repo
from hromada_desk.ui.work_plan.page import QuestionDialog, QuestionsModel, WorkPlanPage

YEAR = 2023


@pytest.fixture
def page(qtbot, session):
    page = WorkPlanPage(session)
    qtbot.addWidget(page)
    page.resize(900, 440)
    page.show()
    qtbot.waitExposed(page)
    return page


def answering(monkeypatch, *questions):
    answers = list(questions)
    monkeypatch.setattr(WorkPlanPage, "_ask", lambda self, _current: answers.pop(0))


def planned(session) -> list[PlannedQuestion]:
    return work_plan_repo.plan_for(session.cf, YEAR).questions


def test_a_plan_with_questions_adopted_and_put_into_a_meeting(
    page, session, monkeypatch, qtmodeltester
):
    assert page.title() == "Council's work plan"
    assert page.adopted_label.text().startswith("No work plan yet")
    assert not page.add_button.isEnabled()
    assert page.create_plan(YEAR)
    assert page.year_combo.currentData() == YEAR
    assert not page.create_plan(YEAR)  # one plan a year
    answering(
        monkeypatch,
        PlannedQuestion(4, "Про стан запобігання домашньому насильству", "ЦНАП"),
        PlannedQuestion(3, "Про виконання плану дій за півріччя", "Відділ освіти"),
    )
    page.add_question()
    page.add_question()
    qtmodeltester.check(page.model)
    assert [page.model.index(r, QuestionsModel.QUARTER).data() for r in range(2)] == [
        "ІІІ квартал",
        "IV квартал",
    ]
    assert page.model.index(0, QuestionsModel.MEETING).data() == "waiting"
    assert len(planned(session)) == 2

    page.view.setCurrentIndex(page.model.index(0, 0))
    answering(monkeypatch, dataclasses.replace(page.model.question(0), responsible="ЦСС"))
    page.edit_question()
    assert page.model.index(0, QuestionsModel.RESPONSIBLE).data() == "ЦСС"
    session.undo_stack.undo()
    assert page.model.index(0, QuestionsModel.RESPONSIBLE).data() == "Відділ освіти"

    # Adopted at the demo meeting (a draft): its agenda gets the item.
    meeting = council_repo.find_meeting(session.cf, 1, YEAR)
    assert page.open_meetings() == [meeting]
    assert page.adopt_at(meeting)
    assert page.adopted_label.text() == "Adopted at meeting №1/2023 of 30.06.2023."
    assert council_repo.find_meeting(session.cf, 1, YEAR).agenda[-1].title == adoption_title(YEAR)

    # A question into the meeting's agenda.
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert page.into_button.isEnabled()
    assert page.put_into(council_repo.find_meeting(session.cf, 1, YEAR))
    stored = council_repo.find_meeting(session.cf, 1, YEAR)
    assert stored.agenda[-1].title == "Про виконання плану дій за півріччя"
    assert page.model.index(0, QuestionsModel.MEETING).data() == "№1/2023"
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert not page.into_button.isEnabled()
    session.undo_stack.undo()  # one step: the item and the link
    assert page.model.index(0, QuestionsModel.MEETING).data() == "waiting"

    page.view.setCurrentIndex(page.model.index(1, 0))
    page.remove_question()
    assert [q.title for q in planned(session)] == ["Про виконання плану дій за півріччя"]


def test_a_question_moves_up_and_down_within_its_quarter(page, session, monkeypatch):
    assert page.create_plan(YEAR)
    first, second, third = (
        PlannedQuestion(2, "Про роботу мобільної бригади", "ЦСС"),
        PlannedQuestion(2, "Про навчання фахівців", "Відділ освіти"),
        PlannedQuestion(3, "Про виконання плану дій за півріччя", "ЦНАП"),
    )
    answering(monkeypatch, first, second, third)
    for _ in range(3):
        page.add_question()

    def titles():
        return [q.title for q in planned(session)]

    page.view.setCurrentIndex(page.model.index(0, 0))  # the first of the II quarter
    assert not page.up_button.isEnabled() and page.down_button.isEnabled()
    page.down_button.click()
    assert titles() == [second.title, first.title, third.title]
    assert page.model.question(page.view.currentIndex().row()).title == first.title  # it moved
    # The last of its quarter: the III quarter's question is not its neighbour.
    assert page.up_button.isEnabled() and not page.down_button.isEnabled()
    assert not page.move_question(1)
    assert titles() == [second.title, first.title, third.title]
    page.view.setCurrentIndex(page.model.index(2, 0))  # alone in its quarter
    assert not page.up_button.isEnabled() and not page.down_button.isEnabled()

    session.undo_stack.undo()  # one step
    assert titles() == [first.title, second.title, third.title]
    assert session.undo_stack.undoText() == "Add a question to the work plan"
    session.undo_stack.redo()
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.up_button.click()
    assert titles() == [first.title, second.title, third.title]


def test_a_finalised_meeting_takes_no_question(page, session, monkeypatch):
    assert page.create_plan(YEAR)
    meeting = council_repo.find_meeting(session.cf, 1, YEAR)
    assert session.run("final", meetings_service.finalise(meeting))
    assert page.open_meetings() == []
    final = council_repo.find_meeting(session.cf, 1, YEAR)
    assert final.status is MeetingStatus.FINAL
    assert not page.adopt_at(final)
    assert page.message_line.kind == "error"


def test_the_question_dialog_wants_a_question(qtbot):
    dialog = QuestionDialog(None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Write the question."
    dialog.quarter_combo.setCurrentIndex(2)
    dialog.title_edit.setPlainText("Про  стан\nроботи")
    dialog.responsible_edit.setText("ЦНАП")
    dialog.accept()
    assert dialog.result_question == PlannedQuestion(3, "Про стан роботи", "ЦНАП")


def test_screenshot(page, qtbot):
    page.create_plan(dt.date.today().year)
    page.grab().save("/tmp/shots/work_plan_page.png")


PASTED_PLAN = (
    "№\tПитання\tВідповідальні\tТермін\r\n"
    "1.\tПро затвердження плану роботи\tСекретар ради\tІ квартал\r\n"
    "2.\tПро стан домашнього насильства\tСектор превенції\r\n"
    "ЦНСП\tІІ кв.\r\n"
    "3.\tПро звіт служби\tСлужба у справах дітей\tпротягом року\r\n"
)


def test_a_work_plan_pasted_from_word_is_added_as_one_undo_step(qtbot, page, session):
    from hromada_desk.ui.work_plan.list_paste import ListedQuestionsModel
    from tests.ui.clipboard import press_ctrl_v

    assert page.create_plan(YEAR)
    press_ctrl_v(qtbot, page.view, PASTED_PLAN)
    dialog = page.paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, ListedQuestionsModel.QUARTER).data() == "ІІ квартал"
    assert dialog.model.index(1, ListedQuestionsModel.RESPONSIBLE).data() == (
        "Сектор превенції; ЦНСП"
    )
    assert "«Про звіт служби" in dialog.refusals_label.text()  # «протягом року»: no quarter
    assert (
        "«№ · Питання · Відповідальні · Термін»" in dialog.notes_label.text()
    )  # the heading row, left out
    dialog.add_button.click()

    assert [(q.quarter, q.title) for q in planned(session)] == [
        (1, "Про затвердження плану роботи"),
        (2, "Про стан домашнього насильства"),
    ]
    assert "2" in page.message_line.message()
    session.undo_stack.undo()
    assert planned(session) == []


def test_pasting_into_no_plan_or_from_an_empty_clipboard_adds_nothing(qtbot, page, session):
    from PySide6.QtGui import QGuiApplication

    assert not page.paste_button.isEnabled()  # no plan for the year yet
    QGuiApplication.clipboard().setText(PASTED_PLAN)
    page.paste_questions()
    assert page.paste_dialog is None

    assert page.create_plan(YEAR)
    QGuiApplication.clipboard().setText("\r\n")
    page.paste_button.click()
    assert page.paste_dialog is None
    assert page.message_line.kind == "error"
    assert planned(session) == []
