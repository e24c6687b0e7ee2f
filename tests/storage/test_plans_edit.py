"""Editing a stored action plan: sections, goals, measures and execution reports."""

import dataclasses

import pytest

from hromada_desk.domain.plans import MeasureReport, MeasureStatus, PlanMeasure
from hromada_desk.errors import StorageError
from hromada_desk.storage import plans_repo as repo
from hromada_desk.storage.database import open_file


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


@pytest.fixture
def plan(cf):
    (plan,) = repo.list_plans(cf)
    return plan


def numbers(cf, plan_id: int, goal: int) -> list[str]:
    plan = repo.get_plan(cf, plan_id)
    (found,) = [g for s in plan.sections for g in s.goals if g.number == goal]
    return [m.number for m in found.measures]


def test_update_section_goal_and_measure(cf, plan):
    section = dataclasses.replace(
        plan.sections[1], title="Попередження насильства", statement="Нове бажане становище"
    )
    goal = dataclasses.replace(plan.sections[2].goals[0], indicators="Кількість звернень")
    measure = dataclasses.replace(
        plan.sections[0].goals[0].measures[0], deadline="Щокварталу", funding="Кошти громади"
    )
    repo.update_section(cf, section)
    repo.update_goal(cf, goal)
    repo.update_measure(cf, measure)
    stored = repo.get_plan(cf, plan.id)
    assert (stored.sections[1].title, stored.sections[1].statement) == (
        "Попередження насильства",
        "Нове бажане становище",
    )
    assert len(stored.sections[1].goals[0].measures) == 9  # goals are left alone
    assert stored.sections[2].goals[0].indicators == "Кількість звернень"
    assert stored.sections[0].goals[0].measures[0] == measure
    assert stored.sections[0].goals[0].measures[1] == plan.sections[0].goals[0].measures[1]


def test_the_file_refuses_an_empty_measure_text(cf, plan):
    measure = dataclasses.replace(plan.measures[0], text="  ")
    with pytest.raises(StorageError, match="Не записано"):
        repo.update_measure(cf, measure)
    assert repo.get_plan(cf, plan.id).measures[0].text == plan.measures[0].text


def test_add_a_measure_at_the_end_and_in_the_middle(cf, plan):
    goal = plan.sections[0].goals[0]
    new_id = repo.add_measure(cf, goal.id, PlanMeasure("1.4", "Новий захід"))
    assert numbers(cf, plan.id, 1) == ["1.1", "1.2", "1.3", "1.4"]
    assert repo.measure_place(cf, new_id) == (goal.id, 4)
    repo.add_measure(cf, goal.id, PlanMeasure("1.1а", "Перший"), position=1)
    assert numbers(cf, plan.id, 1) == ["1.1а", "1.1", "1.2", "1.3", "1.4"]
    assert repo.measure_place(cf, new_id) == (goal.id, 5)


def test_delete_a_measure_and_put_it_back_with_its_reports(cf, plan):
    goal = plan.sections[1].goals[0]
    measure = goal.measures[2]  # 2.3
    reports = [
        MeasureReport(measure.id, "2023", MeasureStatus.DONE, "Проведено", 100.5),
        MeasureReport(measure.id, "2024-Q1", MeasureStatus.IN_PROGRESS),
    ]
    for report in reports:
        repo.set_report(cf, report)
    place = repo.measure_place(cf, measure.id)
    saved = repo.measure_reports(cf, measure.id)
    assert saved == reports

    repo.delete_measure(cf, measure.id)
    assert numbers(cf, plan.id, 2) == ["2.1", "2.2", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9"]
    assert repo.get_reports(cf, "2023") == []
    assert repo.measure_place(cf, goal.measures[3].id) == (goal.id, 3)

    repo.add_measure(cf, place[0], measure, place[1], saved)
    stored = repo.get_plan(cf, plan.id)
    assert stored.sections[1].goals[0].measures == goal.measures
    assert repo.measure_reports(cf, measure.id) == reports


def test_delete_a_missing_measure_does_nothing(cf, plan):
    repo.delete_measure(cf, 10_000)
    assert len(repo.get_plan(cf, plan.id).measures) == 24


def test_get_and_delete_a_report(cf, plan):
    measure_id = plan.measures[10].id
    assert repo.get_report(cf, measure_id, "2024") is None
    report = MeasureReport(measure_id, "2024", MeasureStatus.DONE, "Проведено 4 заходи", 1500.5)
    repo.set_report(cf, report)
    assert repo.get_report(cf, measure_id, "2024") == report
    assert repo.get_report(cf, measure_id, "2023") is None
    repo.delete_report(cf, measure_id, "2024")
    assert repo.get_report(cf, measure_id, "2024") is None
    assert repo.get_reports(cf, "2024") == []


def test_a_negative_sum_is_refused_by_the_file(cf, plan):
    report = MeasureReport(plan.measures[0].id, "2024", MeasureStatus.DONE, "", -1.0)
    with pytest.raises(StorageError, match="Не записано"):
        repo.set_report(cf, report)
    assert repo.get_report(cf, plan.measures[0].id, "2024") is None


def test_edits_on_a_read_only_file_are_refused(demo_path):
    with open_file(demo_path, readonly=True) as cf:
        (plan,) = repo.list_plans(cf)
        with pytest.raises(StorageError):
            repo.delete_report(cf, plan.measures[0].id, "2024")
