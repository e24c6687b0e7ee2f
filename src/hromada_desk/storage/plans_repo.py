"""Reading and writing action plans and their execution reports."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hromada_desk.domain.plans import (
    ActionPlan,
    Footnote,
    MeasureReport,
    MeasureStatus,
    PlanGoal,
    PlanMeasure,
    PlanSection,
)
from hromada_desk.storage import checked
from hromada_desk.storage.database import CommunityFile


def _plan_header(plan: ActionPlan) -> tuple[object, ...]:
    return (
        plan.title,
        plan.period_start,
        plan.period_end,
        plan.approved_by,
        plan.approved_date.isoformat() if plan.approved_date else None,
        plan.approved_number,
        plan.signatory_position,
        plan.signatory_name,
    )


def _insert_section(cf: CommunityFile, plan_id: int, position: int, section: PlanSection) -> None:
    section.id = cf.db.execute(
        """INSERT INTO plan_section (id, plan_id, position_in_plan, title, statement)
           VALUES (?, ?, ?, ?, ?)""",
        (section.id, plan_id, position, section.title, section.statement),
    ).lastrowid
    for goal in section.goals:
        _insert_goal(cf, section.id or 0, goal)


def _insert_goal(cf: CommunityFile, section_id: int, goal: PlanGoal) -> None:
    goal.id = cf.db.execute(
        """INSERT INTO plan_goal (id, section_id, number, text, indicators)
           VALUES (?, ?, ?, ?, ?)""",
        (goal.id, section_id, goal.number, goal.text, goal.indicators),
    ).lastrowid
    for m_pos, measure in enumerate(goal.measures, 1):
        measure.id = cf.db.execute(
            """INSERT INTO plan_measure (id, goal_id, position_in_goal, number, text,
                   coordinator, involved, deadline, funding)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                measure.id,
                goal.id,
                m_pos,
                measure.number,
                measure.text,
                measure.coordinator,
                measure.involved,
                measure.deadline,
                measure.funding,
            ),
        ).lastrowid


def add_plan(cf: CommunityFile, plan: ActionPlan) -> int:
    """Store a whole plan with its sections, goals, measures and footnotes in one transaction.
    Records that carry an id keep it (how undoing a deletion puts back what was there)."""
    checked.plan(plan)
    with cf.atomic():
        plan.id = cf.db.execute(
            """INSERT INTO action_plan (id, title, period_start, period_end, approved_by,
                   approved_date, approved_number, signatory_position, signatory_name)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (plan.id, *_plan_header(plan)),
        ).lastrowid
        for s_pos, section in enumerate(plan.sections, 1):
            _insert_section(cf, plan.id or 0, s_pos, section)
        cf.db.conn.executemany(
            """INSERT INTO plan_footnote (plan_id, position_in_plan, marker, text)
               VALUES (?, ?, ?, ?)""",
            [(plan.id, i, f.marker, f.text) for i, f in enumerate(plan.footnotes, 1)],
        )
    return plan.id or 0


def list_plans(cf: CommunityFile) -> list[ActionPlan]:
    ids = [
        r["id"] for r in cf.query("SELECT id FROM action_plan ORDER BY period_start DESC, id DESC")
    ]
    return [p for p in (get_plan(cf, i) for i in ids) if p is not None]


def get_plan(cf: CommunityFile, plan_id: int) -> ActionPlan | None:
    row = next(cf.query("SELECT * FROM action_plan WHERE id = ?", [plan_id]), None)
    if row is None:
        return None
    plan = ActionPlan(
        id=row["id"],
        title=row["title"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        approved_by=row["approved_by"],
        approved_date=dt.date.fromisoformat(row["approved_date"]) if row["approved_date"] else None,
        approved_number=row["approved_number"],
        signatory_position=row["signatory_position"],
        signatory_name=row["signatory_name"],
    )
    goals: dict[int, PlanGoal] = {}
    sections: dict[int, PlanSection] = {}
    for r in cf.query(
        "SELECT * FROM plan_section WHERE plan_id = ? ORDER BY position_in_plan", [plan_id]
    ):
        sections[r["id"]] = PlanSection(id=r["id"], title=r["title"], statement=r["statement"])
        plan.sections.append(sections[r["id"]])
    for r in cf.query(
        """SELECT g.* FROM plan_goal g JOIN plan_section s ON s.id = g.section_id
               WHERE s.plan_id = ? ORDER BY s.position_in_plan, g.number""",
        [plan_id],
    ):
        goals[r["id"]] = PlanGoal(
            id=r["id"], number=r["number"], text=r["text"], indicators=r["indicators"]
        )
        sections[r["section_id"]].goals.append(goals[r["id"]])
    for r in cf.query(
        """SELECT m.* FROM plan_measure m JOIN plan_goal g ON g.id = m.goal_id
               JOIN plan_section s ON s.id = g.section_id
               WHERE s.plan_id = ? ORDER BY s.position_in_plan, g.number, m.position_in_goal""",
        [plan_id],
    ):
        goals[r["goal_id"]].measures.append(
            PlanMeasure(
                id=r["id"],
                number=r["number"],
                text=r["text"],
                coordinator=r["coordinator"],
                involved=r["involved"],
                deadline=r["deadline"],
                funding=r["funding"],
            )
        )
    plan.footnotes = [
        Footnote(r["marker"], r["text"])
        for r in cf.query(
            "SELECT * FROM plan_footnote WHERE plan_id = ? ORDER BY position_in_plan", [plan_id]
        )
    ]
    return plan


def set_report(cf: CommunityFile, report: MeasureReport) -> None:
    checked.report(report)
    with cf.atomic():
        cf.db.execute(
            """INSERT INTO measure_report (measure_id, period, status, done, money_spent)
               VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (measure_id, period) DO UPDATE SET status = excluded.status,
                   done = excluded.done, money_spent = excluded.money_spent""",
            (
                report.measure_id,
                report.period,
                report.status.value,
                report.done,
                report.money_spent,
            ),
        )


def get_reports(cf: CommunityFile, period: str) -> list[MeasureReport]:
    return [
        MeasureReport(
            r["measure_id"], r["period"], MeasureStatus(r["status"]), r["done"], r["money_spent"]
        )
        for r in cf.query("SELECT * FROM measure_report WHERE period = ?", [period])
    ]


# -- editing a stored plan (each function one transaction; the interface keeps the previous
# -- state it read for undo) ---------------------------------------------------------------


def update_section(cf: CommunityFile, section: PlanSection) -> None:
    """Write a section's title and statement (its goals are left as they are)."""
    with cf.atomic():
        cf.db.execute(
            "UPDATE plan_section SET title = ?, statement = ? WHERE id = ?",
            (section.title, section.statement, section.id),
        )


def update_goal(cf: CommunityFile, goal: PlanGoal) -> None:
    """Write a goal's number, text and indicators (its measures are left as they are)."""
    with cf.atomic():
        cf.db.execute(
            "UPDATE plan_goal SET number = ?, text = ?, indicators = ? WHERE id = ?",
            (goal.number, goal.text, goal.indicators, goal.id),
        )


def update_measure(cf: CommunityFile, measure: PlanMeasure) -> None:
    checked.measure(measure)
    with cf.atomic():
        cf.db.execute(
            """UPDATE plan_measure SET number = ?, text = ?, coordinator = ?, involved = ?,
                   deadline = ?, funding = ? WHERE id = ?""",
            (
                measure.number,
                measure.text,
                measure.coordinator,
                measure.involved,
                measure.deadline,
                measure.funding,
                measure.id,
            ),
        )


def measure_place(cf: CommunityFile, measure_id: int) -> tuple[int, int] | None:
    """(goal id, position within the goal from 1) of a measure; None if there is none."""
    row = next(
        cf.query("SELECT goal_id, position_in_goal FROM plan_measure WHERE id = ?", [measure_id]),
        None,
    )
    return (row["goal_id"], row["position_in_goal"]) if row else None


def _shift_measures(cf: CommunityFile, goal_id: int, from_position: int, step: int) -> None:
    # Through negative positions: SQLite checks UNIQUE row by row, so moving every row by one
    # in place could collide with its neighbour half-way.
    cf.db.execute(
        """UPDATE plan_measure SET position_in_goal = -(position_in_goal + ?)
           WHERE goal_id = ? AND position_in_goal >= ?""",
        (step, goal_id, from_position),
    )
    cf.db.execute(
        """UPDATE plan_measure SET position_in_goal = -position_in_goal
           WHERE goal_id = ? AND position_in_goal < 0""",
        (goal_id,),
    )


def add_measure(
    cf: CommunityFile,
    goal_id: int,
    measure: PlanMeasure,
    position: int | None = None,
    reports: list[MeasureReport] | None = None,
) -> int:
    """Insert a measure into a goal, at the end or at ``position`` (the later ones move down).

    A measure with an id keeps it, and ``reports`` are stored with it: that is how undoing
    ``delete_measure`` puts back exactly what was there.
    """
    checked.measure(measure)
    with cf.atomic():
        count = next(
            cf.query("SELECT count(*) AS n FROM plan_measure WHERE goal_id = ?", [goal_id])
        )["n"]
        if position is None or position > count:
            position = count + 1
        else:
            _shift_measures(cf, goal_id, position, 1)
        measure.id = cf.db.execute(
            """INSERT INTO plan_measure (id, goal_id, position_in_goal, number, text,
                   coordinator, involved, deadline, funding)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                measure.id,
                goal_id,
                position,
                measure.number,
                measure.text,
                measure.coordinator,
                measure.involved,
                measure.deadline,
                measure.funding,
            ),
        ).lastrowid
        for report in reports or []:
            set_report(
                cf,
                MeasureReport(
                    measure.id or 0, report.period, report.status, report.done, report.money_spent
                ),
            )
    return measure.id or 0


def delete_measure(cf: CommunityFile, measure_id: int) -> None:
    """Remove a measure and its execution reports; the later measures of its goal move up."""
    with cf.atomic():
        place = measure_place(cf, measure_id)
        if place is None:
            return
        cf.db.execute("DELETE FROM plan_measure WHERE id = ?", [measure_id])
        _shift_measures(cf, place[0], place[1] + 1, -1)


def get_report(cf: CommunityFile, measure_id: int, period: str) -> MeasureReport | None:
    row = next(
        cf.query(
            "SELECT * FROM measure_report WHERE measure_id = ? AND period = ?", [measure_id, period]
        ),
        None,
    )
    return (
        MeasureReport(
            row["measure_id"],
            row["period"],
            MeasureStatus(row["status"]),
            row["done"],
            row["money_spent"],
        )
        if row
        else None
    )


def measure_reports(cf: CommunityFile, measure_id: int) -> list[MeasureReport]:
    """Every period's report of one measure, oldest period first."""
    return [
        MeasureReport(
            r["measure_id"], r["period"], MeasureStatus(r["status"]), r["done"], r["money_spent"]
        )
        for r in cf.query(
            "SELECT * FROM measure_report WHERE measure_id = ? ORDER BY period", [measure_id]
        )
    ]


def delete_report(cf: CommunityFile, measure_id: int, period: str) -> None:
    """Remove a measure's report for a period (the measure is then «not reported»)."""
    with cf.atomic():
        cf.db.execute(
            "DELETE FROM measure_report WHERE measure_id = ? AND period = ?", [measure_id, period]
        )


def delete_plan(cf: CommunityFile, plan_id: int) -> None:
    """Remove a plan with everything in it, its execution reports included."""
    with cf.atomic():
        cf.db.execute("DELETE FROM action_plan WHERE id = ?", [plan_id])


def update_plan(cf: CommunityFile, plan: ActionPlan) -> None:
    """Write a plan's title, period and approval (its sections are left as they are)."""
    checked.plan(dataclasses.replace(plan, sections=[], footnotes=[]))
    with cf.atomic():
        cf.db.execute(
            """UPDATE action_plan SET title = ?, period_start = ?, period_end = ?,
                   approved_by = ?, approved_date = ?, approved_number = ?,
                   signatory_position = ?, signatory_name = ? WHERE id = ?""",
            (*_plan_header(plan), plan.id),
        )


def add_section(cf: CommunityFile, plan_id: int, section: PlanSection) -> int:
    """Add a section (with its goals, if any) at the end of a plan; its id."""
    with cf.atomic():
        last = next(
            cf.query(
                "SELECT coalesce(max(position_in_plan), 0) AS n FROM plan_section WHERE plan_id = "
                "?",
                [plan_id],
            )
        )["n"]
        _insert_section(cf, plan_id, last + 1, section)
    return section.id or 0


def delete_section(cf: CommunityFile, section_id: int) -> None:
    with cf.atomic():
        cf.db.execute("DELETE FROM plan_section WHERE id = ?", [section_id])


def add_goal(cf: CommunityFile, section_id: int, goal: PlanGoal) -> int:
    """Add a goal (with its measures, if any) to a section; its id."""
    with cf.atomic():
        _insert_goal(cf, section_id, goal)
    return goal.id or 0


def delete_goal(cf: CommunityFile, goal_id: int) -> None:
    with cf.atomic():
        cf.db.execute("DELETE FROM plan_goal WHERE id = ?", [goal_id])
