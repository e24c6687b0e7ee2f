"""Action plans: what the plan page reads, and the edits of sections, goals, measures, reports."""

from __future__ import annotations

import dataclasses

from hromada_desk.domain.plans import (
    ActionPlan,
    MeasureReport,
    PlanGoal,
    PlanMeasure,
    PlanSection,
)
from hromada_desk.services.edit import Edit, Insertion, Writes
from hromada_desk.storage import plans_repo
from hromada_desk.storage.database import CommunityFile
from hromada_desk.storage.plans_repo import get_report, get_reports, list_plans

__all__ = [
    "add_goal",
    "add_measure",
    "add_plan",
    "add_section",
    "delete_measure",
    "get_report",
    "get_reports",
    "list_plans",
    "save_plan",
    "save_record",
    "set_report",
]

WHAT = "plan"
Record = PlanSection | PlanGoal | PlanMeasure


def _write_record(cf: CommunityFile, record: Record) -> None:
    if isinstance(record, PlanSection):
        plans_repo.update_section(cf, record)
    elif isinstance(record, PlanGoal):
        plans_repo.update_goal(cf, record)
    else:
        plans_repo.update_measure(cf, record)


def save_record(before: Record, after: Record) -> Edit:
    """A section, goal or measure as its form now holds it (its goals or measures are left
    as they are)."""
    if type(before) is not type(after):
        raise TypeError(f"{type(before).__name__} saved as {type(after).__name__}")
    return Writes(lambda cf: _write_record(cf, after), lambda cf: _write_record(cf, before), WHAT)


def add_measure(goal: PlanGoal, measure: PlanMeasure) -> Insertion[int]:
    """Add a measure at the end of a goal; the key is its id."""
    goal_id = goal.id or 0

    def restore(cf: CommunityFile, measure_id: int) -> None:
        plans_repo.add_measure(cf, goal_id, dataclasses.replace(measure, id=measure_id))

    return Insertion(
        lambda cf: plans_repo.add_measure(cf, goal_id, dataclasses.replace(measure)),
        restore,
        plans_repo.delete_measure,
        WHAT,
    )


def delete_measure(cf: CommunityFile, measure: PlanMeasure) -> Edit | None:
    """Delete a measure with its execution reports (the later measures of its goal move up);
    undo puts both back in place. None when the measure is not in the file."""
    measure_id = measure.id or 0
    place = plans_repo.measure_place(cf, measure_id)
    if place is None:
        return None
    reports = plans_repo.measure_reports(cf, measure_id)

    def put_back(cf: CommunityFile) -> None:
        plans_repo.add_measure(cf, place[0], measure, place[1], reports)

    return Writes(lambda cf: plans_repo.delete_measure(cf, measure_id), put_back, WHAT)


def _write_report(
    cf: CommunityFile, measure_id: int, period: str, report: MeasureReport | None
) -> None:
    """Store a measure's report for a period, or remove it (None: not reported)."""
    if report is None:
        plans_repo.delete_report(cf, measure_id, period)
    else:
        plans_repo.set_report(cf, report)


def set_report(
    measure_id: int, period: str, before: MeasureReport | None, after: MeasureReport | None
) -> Edit:
    """A measure's execution in a period (None: not reported)."""
    return Writes(
        lambda cf: _write_report(cf, measure_id, period, after),
        lambda cf: _write_report(cf, measure_id, period, before),
        WHAT,
    )


def add_plan(plan: ActionPlan) -> Insertion[int]:
    """A new plan, empty or with its sections, goals and measures; the key is its id. Redo
    puts it back with the same ids throughout."""
    kept: list[ActionPlan] = []

    def insert(cf: CommunityFile) -> int:
        stored = _copy(plan)
        plan_id = plans_repo.add_plan(cf, stored)
        kept.append(stored)  # with every id the file gave
        return plan_id

    def restore(cf: CommunityFile, _plan_id: int) -> None:
        plans_repo.add_plan(cf, _copy(kept[-1]))

    return Insertion(insert, restore, plans_repo.delete_plan, WHAT)


def _copy(plan: ActionPlan) -> ActionPlan:
    return dataclasses.replace(
        plan,
        sections=[
            dataclasses.replace(
                s,
                goals=[
                    dataclasses.replace(g, measures=[dataclasses.replace(m) for m in g.measures])
                    for g in s.goals
                ],
            )
            for s in plan.sections
        ],
        footnotes=[dataclasses.replace(f) for f in plan.footnotes],
    )


def save_plan(before: ActionPlan, after: ActionPlan) -> Edit:
    """A plan's title, period and approval (its contents are left as they are)."""
    return Writes(
        lambda cf: plans_repo.update_plan(cf, after),
        lambda cf: plans_repo.update_plan(cf, before),
        WHAT,
    )


def add_section(plan_id: int, section: PlanSection) -> Insertion[int]:
    """A section at the end of a plan; the key is its id."""

    def restore(cf: CommunityFile, section_id: int) -> None:
        plans_repo.add_section(cf, plan_id, dataclasses.replace(section, id=section_id))

    return Insertion(
        lambda cf: plans_repo.add_section(cf, plan_id, dataclasses.replace(section)),
        restore,
        plans_repo.delete_section,
        WHAT,
    )


def add_goal(section_id: int, goal: PlanGoal) -> Insertion[int]:
    """A goal in a section; the key is its id."""

    def restore(cf: CommunityFile, goal_id: int) -> None:
        plans_repo.add_goal(cf, section_id, dataclasses.replace(goal, id=goal_id))

    return Insertion(
        lambda cf: plans_repo.add_goal(cf, section_id, dataclasses.replace(goal)),
        restore,
        plans_repo.delete_goal,
        WHAT,
    )
