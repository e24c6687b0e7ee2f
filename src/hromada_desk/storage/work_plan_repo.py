"""Reading and writing the council's yearly work plans and where their questions went."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hromada_desk.domain.work_plan import PlannedQuestion, WorkPlan
from hromada_desk.storage import checked
from hromada_desk.storage.database import CommunityFile


def _questions(cf: CommunityFile, plan_id: int) -> list[PlannedQuestion]:
    return [
        PlannedQuestion(r["quarter"], r["title"], r["responsible"], r["meeting_id"], r["id"])
        for r in cf.query(
            """SELECT * FROM work_plan_question WHERE plan_id = ?
                   ORDER BY quarter, position_in_quarter""",
            [plan_id],
        )
    ]


def _plan(cf: CommunityFile, row: dict) -> WorkPlan:
    return WorkPlan(row["year"], _questions(cf, row["id"]), row["adopted_meeting_id"], row["id"])


def list_plans(cf: CommunityFile) -> list[WorkPlan]:
    """Every work plan, the latest year first."""
    return [_plan(cf, r) for r in cf.query("SELECT * FROM work_plan ORDER BY year DESC")]


def plan_for(cf: CommunityFile, year: int) -> WorkPlan | None:
    row = next(cf.query("SELECT * FROM work_plan WHERE year = ?", [year]), None)
    return _plan(cf, row) if row else None


def get_plan(cf: CommunityFile, plan_id: int) -> WorkPlan | None:
    row = next(cf.query("SELECT * FROM work_plan WHERE id = ?", [plan_id]), None)
    return _plan(cf, row) if row else None


def _write_questions(cf: CommunityFile, plan: WorkPlan) -> None:
    positions: dict[int, int] = {}
    for question in plan.questions:
        positions[question.quarter] = positions.get(question.quarter, 0) + 1
        question.id = cf.db.execute(
            """INSERT INTO work_plan_question (id, plan_id, quarter, position_in_quarter, title,
                   responsible, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                question.id,
                plan.id,
                question.quarter,
                positions[question.quarter],
                question.title.strip(),
                question.responsible.strip(),
                question.meeting_id,
            ),
        ).lastrowid


def add_plan(cf: CommunityFile, plan: WorkPlan) -> int:
    """Store a plan with its questions (under their ids, when they have them: undo, redo)."""
    checked.work_plan(plan)
    with cf.atomic():
        plan.id = cf.db.execute(
            "INSERT INTO work_plan (id, year, adopted_meeting_id) VALUES (?, ?, ?)",
            (plan.id, plan.year, plan.adopted_meeting_id),
        ).lastrowid
        _write_questions(cf, plan)
    return plan.id or 0


def replace_plan(cf: CommunityFile, plan: WorkPlan) -> None:
    """Rewrite a stored plan (same id) with its questions as given."""
    checked.work_plan(plan)
    with cf.atomic():
        cf.db.execute(
            "UPDATE work_plan SET year = ?, adopted_meeting_id = ? WHERE id = ?",
            (plan.year, plan.adopted_meeting_id, plan.id),
        )
        cf.db.execute("DELETE FROM work_plan_question WHERE plan_id = ?", [plan.id])
        _write_questions(cf, plan)


def delete_plan(cf: CommunityFile, plan_id: int) -> None:
    with cf.atomic():
        cf.db.execute("DELETE FROM work_plan WHERE id = ?", [plan_id])


def set_question_meetings(cf: CommunityFile, meetings: Mapping[int, int | None]) -> None:
    """Where questions went: question id → the meeting whose agenda took it (None: back to
    waiting)."""
    with cf.atomic():
        cf.db.conn.executemany(
            "UPDATE work_plan_question SET meeting_id = ? WHERE id = ?",
            [(meeting, question) for question, meeting in meetings.items()],
        )


def set_adopted(cf: CommunityFile, plan_id: int, meeting_id: int | None) -> None:
    with cf.atomic():
        cf.db.execute(
            "UPDATE work_plan SET adopted_meeting_id = ? WHERE id = ?", [meeting_id, plan_id]
        )


@dataclass(frozen=True, slots=True)
class MeetingLinks:
    """What of the work plans names a meeting: deleting it unlinks them (ON DELETE SET
    NULL), undoing the deletion links them again."""

    adopted: tuple[int, ...]  # plans it adopted
    questions: tuple[int, ...]  # questions that went into its agenda


def meeting_links(cf: CommunityFile, meeting_id: int) -> MeetingLinks:
    return MeetingLinks(
        tuple(
            r["id"]
            for r in cf.query(
                "SELECT id FROM work_plan WHERE adopted_meeting_id = ? ORDER BY id", [meeting_id]
            )
        ),
        tuple(
            r["id"]
            for r in cf.query(
                "SELECT id FROM work_plan_question WHERE meeting_id = ? ORDER BY id", [meeting_id]
            )
        ),
    )


def link_meeting(cf: CommunityFile, meeting_id: int, links: MeetingLinks) -> None:
    with cf.atomic():
        cf.db.conn.executemany(
            "UPDATE work_plan SET adopted_meeting_id = ? WHERE id = ?",
            [(meeting_id, p) for p in links.adopted],
        )
        cf.db.conn.executemany(
            "UPDATE work_plan_question SET meeting_id = ? WHERE id = ?",
            [(meeting_id, q) for q in links.questions],
        )
