"""The council's yearly work plan: its edits, its adoption at a meeting, and its questions put
into the agenda of the meeting held for their quarter."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from hromada_desk.domain.council import AgendaItem, Meeting, MeetingStatus
from hromada_desk.domain.work_plan import ADOPTION_DECISION, WorkPlan, adoption_title
from hromada_desk.errors import InputError
from hromada_desk.services import meetings
from hromada_desk.services.edit import ALL, Edit, Insertion, Together, Writes
from hromada_desk.services.next_meeting import question_item
from hromada_desk.storage import work_plan_repo
from hromada_desk.storage.database import CommunityFile
from hromada_desk.storage.work_plan_repo import get_plan, list_plans, plan_for

__all__ = [
    "add_plan",
    "adopt_at",
    "delete_plan",
    "get_plan",
    "list_plans",
    "plan_for",
    "questions_into",
    "replace_plan",
]

WHAT = "work_plan"


def add_plan(plan: WorkPlan) -> Insertion[int]:
    """Store a new plan for its year; the key is its id."""
    plan.id = None

    def insert(cf: CommunityFile) -> int:
        if work_plan_repo.plan_for(cf, plan.year) is not None:
            raise InputError(
                f"План роботи на {plan.year} рік уже є у файлі.", "Відкрийте його і доповніть."
            )
        return work_plan_repo.add_plan(cf, plan)

    def restore(cf: CommunityFile, plan_id: int) -> None:
        work_plan_repo.add_plan(cf, dataclasses.replace(plan, id=plan_id))

    return Insertion(insert, restore, work_plan_repo.delete_plan, WHAT)


def replace_plan(old: WorkPlan, new: WorkPlan) -> Edit:
    return Writes(
        lambda cf: work_plan_repo.replace_plan(cf, new),
        lambda cf: work_plan_repo.replace_plan(cf, old),
        WHAT,
    )


def delete_plan(cf: CommunityFile, plan: WorkPlan) -> Edit | None:
    stored = work_plan_repo.get_plan(cf, plan.id) if plan.id is not None else None
    if stored is None:
        return None
    plan_id = stored.id or 0

    def restore(cf: CommunityFile) -> None:
        work_plan_repo.add_plan(cf, stored)

    return Writes(lambda cf: work_plan_repo.delete_plan(cf, plan_id), restore, WHAT)


def _editable(meeting: Meeting) -> None:
    if meeting.status is MeetingStatus.FINAL or meeting.id is None:
        raise InputError(
            f"Протокол засідання №{meeting.label} затверджено: його порядок денний не змінюють.",
            "Виберіть заплановане засідання або чернетку.",
        )


def adopt_at(cf: CommunityFile, plan: WorkPlan, meeting: Meeting) -> Edit:
    """The plan is adopted at ``meeting``: its agenda gets «Про затвердження плану роботи
    координаційної ради на РІК рік» (unless it has it) with the decision to adopt it, and the
    plan names the meeting. One undo step."""
    _editable(meeting)
    stored = work_plan_repo.get_plan(cf, plan.id) if plan.id is not None else None
    if stored is None:
        raise InputError("Спершу збережіть план роботи.")
    plan_id, before = stored.id or 0, stored.adopted_meeting_id
    title = adoption_title(stored.year)
    edits: list[Edit] = []
    if all(item.title != title for item in meeting.agenda):
        item = AgendaItem(title, decided=ADOPTION_DECISION.format(year=stored.year))
        edits.append(
            meetings.replace_meeting(
                meeting, dataclasses.replace(meeting, agenda=[*meeting.agenda, item])
            )
        )
    edits.append(
        Writes(
            lambda cf: work_plan_repo.set_adopted(cf, plan_id, meeting.id),
            lambda cf: work_plan_repo.set_adopted(cf, plan_id, before),
            WHAT,
        )
    )
    return Together(edits, ALL)


def questions_into(
    cf: CommunityFile,
    plan: WorkPlan,
    quarter: int,
    meeting: Meeting,
    question_ids: Sequence[int] | None = None,
) -> Edit | None:
    """The quarter's waiting questions (or those of ``question_ids``) become agenda items of
    ``meeting``, after its items, and know the meeting that took them. None when no
    question waits."""
    _editable(meeting)
    stored = work_plan_repo.get_plan(cf, plan.id) if plan.id is not None else None
    waiting = stored.waiting(quarter) if stored else []
    chosen = [q for q in waiting if question_ids is None or q.id in set(question_ids)]
    if not chosen:
        return None
    ids = [q.id for q in chosen if q.id is not None]
    new = dataclasses.replace(
        meeting, agenda=[*meeting.agenda, *(question_item(q) for q in chosen)]
    )
    meeting_id = meeting.id
    return Together(
        [
            meetings.replace_meeting(meeting, new),
            Writes(
                lambda cf: work_plan_repo.set_question_meetings(cf, dict.fromkeys(ids, meeting_id)),
                lambda cf: work_plan_repo.set_question_meetings(cf, dict.fromkeys(ids)),
                WHAT,
            ),
        ],
        ALL,
    )
