"""The «Action plan» page driven as a person would: the tree, the forms, the execution reports."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from hromada_desk.domain.plans import (
    ActionPlan,
    MeasureReport,
    MeasureStatus,
    PlanGoal,
    PlanMeasure,
    PlanSection,
    next_measure_number,
)
from hromada_desk.storage import plans_repo
from hromada_desk.ui.plan.forms import format_money
from hromada_desk.ui.plan.page import PlanPage
from hromada_desk.ui.plan.tree import NodeKind, PlanTreeModel, plan_periods

DISPLAY = Qt.ItemDataRole.DisplayRole
SECTIONS = ["Політика", "Попередження", "Захист та послуги", "Притягнення кривдника"]
MEASURES = (
    [f"1.{i}" for i in range(1, 4)]
    + [f"2.{i}" for i in range(1, 10)]
    + [f"3.{i}" for i in range(1, 9)]
    + [f"4.{i}" for i in range(1, 5)]
)


@pytest.fixture
def page(qtbot, session):
    page = PlanPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def stored_plan(session):
    (plan,) = plans_repo.list_plans(session.cf)
    return plan


def measure(session, number: str):
    return next(m for m in stored_plan(session).measures if m.number == number)


def select_measure(page, session, number: str) -> None:
    page.select((NodeKind.MEASURE, measure(session, number).id))
    assert page.editor.heading.text().endswith(number)


def choose_period(page, period: str) -> None:
    page.period_combo.setCurrentIndex(page.period_combo.findData(period))
    assert page.period == period


def status_cell(page, session, number: str) -> str:
    index = page.model.index_of(
        (NodeKind.MEASURE, measure(session, number).id), PlanTreeModel.STATUS
    )
    return page.model.data(index, DISPLAY)


def message(page) -> str:
    return page.message_line.message() if page.message_line.isVisible() else ""


def test_the_model_passes_the_model_tester(qtmodeltester, page, session):
    plans_repo.set_report(
        session.cf, MeasureReport(measure(session, "1.1").id, page.period, MeasureStatus.DONE)
    )
    page.refresh()
    qtmodeltester.check(page.model)
    choose_period(page, "2023-Q2")
    qtmodeltester.check(page.model)


def test_the_demo_plan_appears_in_order(page, session):
    model = page.model
    assert page.title() and page.plan_title.full_text().startswith("План дій")
    assert not page.plan_combo.isVisible()  # one plan: its title instead of a list
    sections = [model.index(row, 0) for row in range(model.rowCount())]
    assert [model.data(i, DISPLAY) for i in sections] == SECTIONS
    goals = [model.index(0, 0, s) for s in sections]
    assert all(model.rowCount(s) == 1 for s in sections)
    assert [model.data(g, DISPLAY).split(".")[0] for g in goals] == [
        "Goal 1",
        "Goal 2",
        "Goal 3",
        "Goal 4",
    ]
    numbers = [
        model.data(model.index(row, 0, g), DISPLAY).split(" ")[0]
        for g in goals
        for row in range(model.rowCount(g))
    ]
    assert numbers == MEASURES and len(numbers) == 24
    assert model.data(model.index(7, 0, goals[1]), DISPLAY).startswith(
        "2.8 Проведення просвітницької роботи"
    )
    assert page.tree.isExpanded(goals[2])
    # Nothing reported yet: no status, and each goal counts its measures.
    assert model.data(model.index(0, 1, goals[0]), DISPLAY) == ""
    assert model.data(model.index(0, 1, sections[0]), DISPLAY) == "0 of 3 done"


def test_the_periods_are_the_plan_years_and_their_quarters(page, session):
    periods = [page.period_combo.itemData(i) for i in range(page.period_combo.count())]
    assert periods == plan_periods(stored_plan(session))
    assert periods[:6] == ["2023", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024"]
    assert len(periods) == 15
    # this year, or the plan's nearest year (2023–2025) when it does not cover today
    assert page.period == str(min(max(dt.date.today().year, 2023), 2025))
    assert page.period_combo.itemText(periods.index("2024-Q3")) == "2024, quarter 3"


def test_every_field_has_a_label_and_a_name(page):
    editor = page.editor
    for form in (editor.section_form, editor.goal_form, editor.measure_form, editor.report_form):
        for field in form.fields():
            assert field.accessibleName(), field
            label = form.form.labelForField(field)
            assert isinstance(label, QLabel) and "&" in label.text()
            assert label.buddy() is field
    for label in (page.period_label, page.plan_label, page.tree_label):
        assert label.buddy() is not None and "&" in label.text()


def mnemonics(page) -> list[str]:
    """The Alt+letter keys of the labels and buttons a person can use right now."""
    letters = []
    for widget in page.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            found = re.search(r"&(\w)", widget.text())
            if found:
                letters.append(found.group(1).casefold())
    return sorted(letters)


def test_no_two_keys_are_the_same(page, session):
    plan = stored_plan(session)
    menus = {"f", "e", "s", "h"}  # File, Edit, Settings, Help in the main window
    for key in (
        (NodeKind.SECTION, plan.sections[0].id),
        (NodeKind.GOAL, plan.sections[0].goals[0].id),
        (NodeKind.MEASURE, plan.measures[0].id),
    ):
        page.select(key)
        # Every button enabled: Save (Ctrl+S, no letter: it saves the report too) and Discard.
        page.editor.record_form().fields()[1].setPlainText("x")  # a paragraph field
        page.editor.report_form.done_edit.setPlainText("x")
        letters = mnemonics(page)
        assert len(letters) == len(set(letters)), (key, letters)
        assert not menus & set(letters), (key, letters)
        page.discard_changes()
    assert len(letters) == 14  # the page's 4, the measure's 6, its report's 3, Discard


def test_editing_a_measure_deadline_saves_and_undoes(page, session):
    select_measure(page, session, "1.1")
    assert page.editor.measure_form.deadline_edit.text() == "Щомісячно"
    assert not page.editor.save_button.isEnabled()
    page.editor.measure_form.deadline_edit.setText("Щокварталу")
    assert page.editor.save_button.isEnabled()
    page.editor.save_button.click()
    assert measure(session, "1.1").deadline == "Щокварталу"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit measure 1.1"
    assert not page.editor.save_button.isEnabled()  # the form now shows what is stored
    assert measure(session, "1.2").deadline == "Постійно"  # only that measure

    session.undo_stack.undo()
    assert measure(session, "1.1").deadline == "Щомісячно"
    assert page.editor.measure_form.deadline_edit.text() == "Щомісячно"
    session.undo_stack.redo()
    assert measure(session, "1.1").deadline == "Щокварталу"
    assert page.editor.measure_form.deadline_edit.text() == "Щокварталу"
    assert page.current_node().key == (NodeKind.MEASURE, measure(session, "1.1").id)


def test_saving_an_unchanged_form_writes_nothing(page, session):
    select_measure(page, session, "2.1")
    page.editor.measure_form.deadline_edit.setText("Постійно ")  # only a space more
    page.save_changes()
    assert session.undo_stack.count() == 0


def test_a_measure_needs_its_text(page, session):
    select_measure(page, session, "3.2")
    page.editor.measure_form.text_edit.setPlainText("   ")
    page.editor.save_button.click()
    assert "cannot be empty" in message(page) and page.message_line.kind == "error"
    assert measure(session, "3.2").text.startswith("Забезпечення належного")
    assert session.undo_stack.count() == 0


def test_editing_a_section_and_a_goal(page, session):
    plan = stored_plan(session)
    page.select((NodeKind.SECTION, plan.sections[3].id))
    assert page.editor.forms.currentWidget() is page.editor.section_form
    page.editor.section_form.statement_edit.setPlainText("Кривдники відповідають за свої дії.")
    title = plan.sections[3].title
    page.editor.section_form.title_edit.setText(title.replace(" ", "\t", 1) + "\r\n")  # Word
    page.save_changes()
    assert stored_plan(session).sections[3].statement == "Кривдники відповідають за свої дії."
    assert stored_plan(session).sections[3].title == title  # on one line

    page.select((NodeKind.GOAL, plan.sections[2].goals[0].id))
    assert page.editor.forms.currentWidget() is page.editor.goal_form
    assert page.editor.goal_form.number_spin.value() == 3
    page.editor.goal_form.indicators_edit.setPlainText("Кількість осіб, які отримали послуги")
    page.save_changes()
    assert stored_plan(session).sections[2].goals[0].indicators == (
        "Кількість осіб, які отримали послуги"
    )
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert stored_plan(session).sections[2].goals[0].indicators == ""


def test_leaving_an_edited_item_saves_it(page, session):
    select_measure(page, session, "4.1")
    page.editor.measure_form.funding_edit.setPlainText("Кошти громади")
    select_measure(page, session, "4.2")  # another click in the tree
    assert measure(session, "4.1").funding == "Кошти громади"
    assert page.editor.measure_form.number_edit.text() == "4.2"
    assert session.undo_stack.count() == 1


def test_leaving_an_item_that_cannot_be_saved_keeps_it(page, session):
    select_measure(page, session, "4.1")
    page.editor.measure_form.number_edit.setText("")
    page.select((NodeKind.MEASURE, measure(session, "4.2").id))
    assert page.current_node().key == (NodeKind.MEASURE, measure(session, "4.1").id)
    assert page.editor.measure_form.number_edit.text() == ""  # what was typed is kept
    assert "cannot be empty" in message(page)
    page.editor.discard_button.click()
    assert page.editor.measure_form.number_edit.text() == "4.1"


def test_setting_a_status_for_2024(page, session):
    choose_period(page, "2024")
    select_measure(page, session, "2.8")
    assert page.editor.report_box.isEnabled() and "2.8" in page.editor.report_box.title()
    assert page.editor.report_form.status_combo.currentData() is None
    form = page.editor.report_form
    form.status_combo.setCurrentIndex(form.status_combo.findData(MeasureStatus.DONE.value))
    assert form.status_combo.currentText() == "виконано"
    form.done_edit.setPlainText("Проведено 4 лекції для учнів 8–11 класів")
    form.money_edit.setText("1 500,50")
    page.editor.report_button.click()

    measure_id = measure(session, "2.8").id
    assert plans_repo.get_report(session.cf, measure_id, "2024") == MeasureReport(
        measure_id, "2024", MeasureStatus.DONE, "Проведено 4 лекції для учнів 8–11 класів", 1500.5
    )
    assert plans_repo.get_report(session.cf, measure_id, "2023") is None
    assert status_cell(page, session, "2.8") == "виконано"
    goal = page.model.index_of(
        (NodeKind.GOAL, stored_plan(session).sections[1].goals[0].id), PlanTreeModel.STATUS
    )
    assert page.model.data(goal, DISPLAY) == "1 of 9 done"
    assert form.money_edit.text() == "1500,50"
    assert session.undo_stack.undoText() == "Report on measure 2.8 for 2024"
    # Another period shows its own (empty) report.
    choose_period(page, "2023")
    assert status_cell(page, session, "2.8") == ""
    assert page.editor.report_form.status_combo.currentData() is None
    choose_period(page, "2024")
    assert status_cell(page, session, "2.8") == "виконано"

    session.undo_stack.undo()
    assert plans_repo.get_report(session.cf, measure_id, "2024") is None
    assert status_cell(page, session, "2.8") == ""
    assert page.editor.report_form.done_edit.toPlainText() == ""
    session.undo_stack.redo()
    assert plans_repo.get_report(session.cf, measure_id, "2024").money_spent == 1500.5
    assert status_cell(page, session, "2.8") == "виконано"


def test_changing_a_report_and_undoing_restores_the_previous_one(page, session):
    measure_id = measure(session, "3.4").id
    before = MeasureReport(measure_id, "2025", MeasureStatus.IN_PROGRESS, "Розпочато", 200.0)
    plans_repo.set_report(session.cf, before)
    page.refresh()  # written behind the page's back
    choose_period(page, "2025")
    select_measure(page, session, "3.4")
    form = page.editor.report_form
    assert form.status_combo.currentText() == "виконується"
    assert form.money_edit.text() == "200"
    form.status_combo.setCurrentIndex(form.status_combo.findData(MeasureStatus.NOT_DONE.value))
    page.save_report()
    assert plans_repo.get_report(session.cf, measure_id, "2025").status is MeasureStatus.NOT_DONE
    session.undo_stack.undo()
    assert plans_repo.get_report(session.cf, measure_id, "2025") == before
    # Back to «not reported» with the fields emptied removes the report.
    form.status_combo.setCurrentIndex(0)
    form.done_edit.setPlainText("")
    form.money_edit.setText("")
    page.save_report()
    assert plans_repo.get_report(session.cf, measure_id, "2025") is None
    assert session.undo_stack.undoText() == "Remove the report on measure 3.4 for 2025"
    session.undo_stack.undo()
    assert plans_repo.get_report(session.cf, measure_id, "2025") == before


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("багато", "is not a sum of money"),
        ("-1", "cannot be negative"),
        ("1,505", "more than two decimals"),
        ("1e3", "is not a sum of money"),
    ],
)
def test_bad_money_is_refused(page, session, typed, why):
    choose_period(page, "2024")
    select_measure(page, session, "2.8")
    form = page.editor.report_form
    form.status_combo.setCurrentIndex(form.status_combo.findData(MeasureStatus.DONE.value))
    form.money_edit.setText(typed)
    page.editor.report_button.click()
    assert why in message(page) and page.message_line.kind == "error"
    assert page.focusWidget() is form.money_edit
    assert plans_repo.get_report(session.cf, measure(session, "2.8").id, "2024") is None
    assert session.undo_stack.count() == 0
    assert form.money_edit.text() == typed  # kept, to be corrected


def test_notes_without_a_status_are_refused(page, session):
    select_measure(page, session, "1.3")
    page.editor.report_form.done_edit.setPlainText("Зібрано дані")
    page.save_report()
    assert "Choose a status" in message(page)
    assert session.undo_stack.count() == 0


def test_changing_the_period_saves_the_report_typed_for_the_previous_one(page, session):
    choose_period(page, "2024-Q1")
    select_measure(page, session, "1.1")
    form = page.editor.report_form
    form.status_combo.setCurrentIndex(form.status_combo.findData(MeasureStatus.DONE.value))
    choose_period(page, "2024-Q2")
    report = plans_repo.get_report(session.cf, measure(session, "1.1").id, "2024-Q1")
    assert report is not None and report.status is MeasureStatus.DONE
    assert form.status_combo.currentData() is None  # 2024-Q2 has none


def test_add_and_delete_a_measure(page, session):
    plan = stored_plan(session)
    goal = plan.sections[0].goals[0]
    page.select((NodeKind.GOAL, goal.id))
    page.add_button.click()
    assert page.editor.measure_form.number_edit.text() == "1.4"
    assert not page.editor.report_box.isEnabled()
    page.editor.measure_form.text_edit.setPlainText("Навчання членів координаційної ради")
    page.editor.measure_form.deadline_edit.setText("Щороку")
    page.editor.save_button.click()
    added = measure(session, "1.4")
    assert (added.text, added.deadline) == ("Навчання членів координаційної ради", "Щороку")
    assert page.current_node().key == (NodeKind.MEASURE, added.id)
    assert page.model.rowCount(page.model.index_of((NodeKind.GOAL, goal.id))) == 4
    assert session.undo_stack.undoText() == "Add measure 1.4"
    session.undo_stack.undo()
    assert len(stored_plan(session).measures) == 24
    session.undo_stack.redo()
    assert measure(session, "1.4").id == added.id

    # Deleting 2.3 takes its reports; undo puts both back in place.
    number = "2.3"
    deleted = measure(session, number)
    plans_repo.set_report(session.cf, MeasureReport(deleted.id, "2023", MeasureStatus.DONE))
    select_measure(page, session, number)
    page.delete_button.click()
    assert number not in [m.number for m in stored_plan(session).measures]
    assert page.editor.heading.text().endswith("2.4")  # the next measure is selected
    session.undo_stack.undo()
    assert [m.number for m in stored_plan(session).sections[1].goals[0].measures][:4] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
    ]
    assert plans_repo.get_report(session.cf, deleted.id, "2023") is not None


def test_an_untouched_new_measure_is_dropped_when_leaving(page, session):
    page.select((NodeKind.GOAL, stored_plan(session).sections[3].goals[0].id))
    page.add_button.click()
    select_measure(page, session, "4.1")
    assert session.undo_stack.count() == 0 and len(stored_plan(session).measures) == 24


def test_the_next_measure_number():
    goal = PlanGoal(2, "Ціль", measures=[PlanMeasure(n, "Захід") for n in ("2.1", "2.2", "2.9")])
    assert next_measure_number(goal) == "2.10"
    assert next_measure_number(PlanGoal(3, "Ціль")) == "3.1"


def test_money_is_shown_as_documents_write_it():
    assert format_money(None) == ""
    assert format_money(1500.5) == "1500,50"
    assert format_money(12345.0) == "12\u00a0345"
    assert format_money(0.1) == "0,10"


def test_renumbering_a_goal(page, session):
    plan = stored_plan(session)
    page.select((NodeKind.GOAL, plan.sections[1].goals[0].id))
    page.editor.goal_form.number_spin.setValue(7)
    page.save_changes()
    assert stored_plan(session).sections[1].goals[0].number == 7
    assert page.model.data(
        page.model.index_of((NodeKind.GOAL, plan.sections[1].goals[0].id)), DISPLAY
    ).startswith("Goal 7.")


def test_several_plans_and_a_goal_number_taken(page, session):
    second = ActionPlan(
        "План дій на 2026 – 2027 роки",
        2026,
        2027,
        sections=[
            PlanSection(
                "Політика",
                goals=[
                    PlanGoal(1, "Перша ціль", measures=[PlanMeasure("1.1", "Засідання")]),
                    PlanGoal(2, "Друга ціль"),
                ],
            )
        ],
    )
    plans_repo.add_plan(session.cf, second)
    page.refresh()
    assert page.plan_combo.isVisible() and page.plan_combo.count() == 2
    assert page.plan_combo.currentData() != second.id  # the plan shown before stays
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(second.id))
    assert page.model.rowCount() == 1
    assert [page.period_combo.itemData(i) for i in (0, 5)] == ["2026", "2027"]
    page.select((NodeKind.GOAL, second.sections[0].goals[1].id))
    page.editor.goal_form.number_spin.setValue(1)
    page.save_changes()
    assert "already has a goal 1" in message(page)
    assert [g.number for g in plans_repo.get_plan(session.cf, second.id).sections[0].goals] == [
        1,
        2,
    ]


def test_without_a_file_the_page_is_disabled(page, session):
    session.close()
    assert not page.isEnabled()
    assert page.model.rowCount(QModelIndex()) == 0


# -- a plan from nothing ----------------------------------------------------------------------


def accept_dialog(monkeypatch, fill_in):
    """The plan dialog, filled in by ``fill_in`` and accepted as a person would."""
    from hromada_desk.ui.plan.plan_dialog import PlanDialog

    def run(dialog):
        fill_in(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", run)


def test_the_no_plan_hint_goes_when_there_is_a_plan(page, session):
    """Another file opened (or a plan made elsewhere): the hint of the file without a plan
    does not stay under the new file's plan."""
    plan = stored_plan(session)
    plans_repo.delete_plan(session.cf, plan.id)
    page.refresh()
    assert "no action plan yet" in message(page)
    plans_repo.add_plan(session.cf, plan)
    page.refresh()
    assert "no action plan yet" not in message(page)
    assert page.tree.isEnabled()


def test_a_plan_made_from_nothing_then_copied_into_the_next_period(page, session, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    plans_repo.delete_plan(session.cf, stored_plan(session).id)
    page.refresh()
    assert "no action plan yet" in message(page)
    assert page.structure.plan_button.isEnabled() and not page.tree.isEnabled()

    def first(dialog):
        dialog.start_spin.setValue(2026)
        dialog.approved_by_edit.setText("рішення\tвиконавчого комітету\r\n")  # from Word
        assert dialog.contents_combo.currentData() == "areas"

    accept_dialog(monkeypatch, first)
    page.structure.new_plan_action.trigger()
    plan = stored_plan(session)
    assert (plan.period_start, plan.period_end) == (2026, 2028)
    assert plan.approved_by == "рішення виконавчого комітету"  # its pasted break dropped
    assert plan.title.endswith("на 2026–2028 роки")
    assert [s.title for s in plan.sections] == SECTIONS
    assert page.tree.isEnabled() and page.model.rowCount() == 4

    page.select((NodeKind.SECTION, plan.sections[1].id))
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *args, **kwargs: ("Діти знають, куди звернутися", True),
    )
    page.structure.add_goal_action.trigger()
    goal = stored_plan(session).sections[1].goals[0]
    assert (goal.number, goal.text) == (1, "Діти знають, куди звернутися")
    assert page.current_node().key == (NodeKind.GOAL, goal.id)  # its form shows it
    page.add_button.click()
    page.editor.measure_form.text_edit.setPlainText("Уроки в школах")
    assert page.save_changes()
    assert [m.number for m in stored_plan(session).measures] == ["1.1"]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Освіта", True))
    page.structure.add_section_action.trigger()
    assert stored_plan(session).sections[-1].title == "Освіта"
    session.undo_stack.undo()
    assert len(stored_plan(session).sections) == 4

    def copy(dialog):
        assert dialog.start_spin.value() == 2029  # the period after the last plan's
        dialog.contents_combo.setCurrentIndex(dialog.contents_combo.count() - 1)

    accept_dialog(monkeypatch, copy)
    page.structure.new_plan_action.trigger()
    newest, older = plans_repo.list_plans(session.cf)
    assert (newest.period_start, newest.approved_by, older.approved_by) == (
        2029,
        "",
        "рішення виконавчого комітету",
    )
    assert [m.text for m in newest.measures] == ["Уроки в школах"]
    assert page.plan.id == newest.id and page.plan_combo.isVisible()

    accept_dialog(monkeypatch, lambda dialog: dialog.number_edit.setText("17"))
    page.structure.details_action.trigger()
    assert plans_repo.get_plan(session.cf, newest.id).approved_number == "17"


def test_one_save_writes_the_measure_and_its_execution(page, session, qtbot):
    select_measure(page, session, "1.1")
    page.editor.measure_form.deadline_edit.setText("Щокварталу")
    form = page.editor.report_form
    form.status_combo.setCurrentIndex(form.status_combo.findData(MeasureStatus.DONE.value))
    form.done_edit.setPlainText("Проведено чотири засідання")
    assert page.editor.save_button.isEnabled() and not page.editor.report_button.isVisible()
    qtbot.keyClick(
        page.editor.measure_form.deadline_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert measure(session, "1.1").deadline == "Щокварталу"
    report = plans_repo.get_report(session.cf, measure(session, "1.1").id, page.period)
    assert report.done == "Проведено чотири засідання"
    assert not page.has_unsaved_changes() and not page.editor.save_button.isEnabled()
