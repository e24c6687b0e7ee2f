"""The community's action plan: sections, goals, measures and reports on their execution."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum


class MeasureStatus(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    NOT_STARTED = "not_started"

    @property
    def label(self) -> str:
        return {
            MeasureStatus.DONE: "виконано",
            MeasureStatus.IN_PROGRESS: "виконується",
            MeasureStatus.NOT_DONE: "не виконано",
            MeasureStatus.NOT_STARTED: "не розпочато",
        }[self]


@dataclass(slots=True)
class PlanMeasure:
    number: str
    text: str
    coordinator: str = ""
    involved: str = ""
    deadline: str = ""
    funding: str = ""
    id: int | None = None


@dataclass(slots=True)
class PlanGoal:
    number: int
    text: str
    indicators: str = ""
    measures: list[PlanMeasure] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class PlanSection:
    title: str
    statement: str = ""
    goals: list[PlanGoal] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class Footnote:
    marker: str
    text: str


@dataclass(slots=True)
class ActionPlan:
    title: str
    period_start: int
    period_end: int
    approved_by: str = ""
    approved_date: dt.date | None = None
    approved_number: str = ""
    signatory_position: str = ""
    signatory_name: str = ""
    sections: list[PlanSection] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    id: int | None = None

    @property
    def period(self) -> str:
        """«2024–2026», or «2026» for a plan of one year."""
        return period_text(self.period_start, self.period_end)

    @property
    def measures(self) -> list[PlanMeasure]:
        return [m for s in self.sections for g in s.goals for m in g.measures]


@dataclass(slots=True)
class MeasureReport:
    measure_id: int
    period: str
    status: MeasureStatus
    done: str = ""
    money_spent: float | None = None


def next_measure_number(goal: PlanGoal) -> str:
    """«2.10» after 2.1 … 2.9; a goal without numbered measures starts at «2.1»."""
    pattern = re.compile(rf"{goal.number}\.(\d+)")
    taken = [
        int(m.group(1)) for m in (pattern.fullmatch(x.number.strip()) for x in goal.measures) if m
    ]
    return f"{goal.number}.{max(taken, default=len(goal.measures)) + 1}"


def goal_numbers_beside(plan: ActionPlan | None, goal: PlanGoal) -> set[int]:
    """The numbers the other goals of a goal's section hold (a goal may not take one)."""
    for section in plan.sections if plan is not None else []:
        if any(g.id == goal.id for g in section.goals):
            return {g.number for g in section.goals if g.id != goal.id}
    return set()


# The policy areas into which the Methodology's action plans are divided (the Kremenchuk
# seed's sections): offered as the sections of a new plan.
POLICY_AREAS = ("Політика", "Попередження", "Захист та послуги", "Притягнення кривдника")


def period_text(start: int, end: int) -> str:
    """Years from ``start`` to ``end``: «2024–2026»; one year alone: «2026»."""
    return str(start) if start == end else f"{start}–{end}"


def plan_title(start: int, end: int) -> str:
    """The usual title of a plan for a period (the Kremenchuk seed's wording): «на 2024–2026
    роки», «на 2026 рік»."""
    years = "рік" if start == end else "роки"
    return (
        "План дій із запобігання та протидії домашньому насильству та насильству за "
        f"ознакою статі на {period_text(start, end)} {years}"
    )


def next_goal_number(plan: ActionPlan) -> int:
    """Goals are numbered through the whole plan (Ціль 1 … in the seed): the next free one."""
    return max((g.number for s in plan.sections for g in s.goals), default=0) + 1


def copied_plan(plan: ActionPlan, start: int, end: int, title: str) -> ActionPlan:
    """Last period's plan as the start of a new one: sections, goals and measures (without
    ids or execution reports) under a new period and title, not yet approved."""
    return ActionPlan(
        title=title,
        period_start=start,
        period_end=end,
        signatory_position=plan.signatory_position,
        signatory_name=plan.signatory_name,
        sections=[
            PlanSection(
                s.title,
                s.statement,
                [
                    PlanGoal(
                        g.number,
                        g.text,
                        g.indicators,
                        [
                            PlanMeasure(
                                m.number, m.text, m.coordinator, m.involved, m.deadline, m.funding
                            )
                            for m in g.measures
                        ],
                    )
                    for g in s.goals
                ],
            )
            for s in plan.sections
        ],
        footnotes=[Footnote(f.marker, f.text) for f in plan.footnotes],
    )
