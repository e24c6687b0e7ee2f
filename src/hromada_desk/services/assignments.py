"""The assignments decisions gave: what the pages read, recording a status (an edit beside the
protocol, which a finalised meeting keeps frozen), the table of their state, and what is due."""

from __future__ import annotations

import datetime as dt

from hromada_desk.documents.assignments import AssignmentsReport, report_rows
from hromada_desk.domain.assignments import GivenAssignment, StatusMark
from hromada_desk.domain.council import MeetingStatus
from hromada_desk.domain.due import DueEntry, DueInput, MeetingOutline, PlanPeriod, what_is_due
from hromada_desk.domain.validation import errors, validate_mark
from hromada_desk.errors import InputError
from hromada_desk.services.edit import Edit, Writes
from hromada_desk.storage import assignments_repo, community_repo, council_repo
from hromada_desk.storage.assignments_repo import list_given
from hromada_desk.storage.database import CommunityFile

__all__ = ["due_on", "list_given", "open_given", "report_for", "set_status"]

# Pages that show assignments listen for this; a meeting's own edits say «meetings».
WHAT = "assignments"


def open_given(cf: CommunityFile, before: dt.date | None = None) -> list[GivenAssignment]:
    """The assignments still expected (no status, in progress, not done), oldest meeting
    first; with ``before``, only those given at meetings before that day."""
    return [
        g
        for g in list_given(cf)
        if g.assignment.is_open and (before is None or g.meeting_day < before)
    ]


def _given(cf: CommunityFile, assignment_id: int) -> GivenAssignment:
    found = next((g for g in list_given(cf) if g.assignment.id == assignment_id), None)
    if found is None:
        raise InputError("Цього доручення вже немає у файлі (засідання могли видалити).")
    return found


def set_status(cf: CommunityFile, assignment_id: int, mark: StatusMark | None) -> Edit | None:
    """Record an assignment's status, day and note (None: no status); undo puts back the
    status it had. None when nothing changes. The protocol of the meeting that gave it, if
    finalised, stays as it was frozen: the status lives beside it."""
    given = _given(cf, assignment_id)
    if mark is not None:
        problems = errors(validate_mark(mark, given.meeting_day))
        if problems:
            raise InputError(
                f"Стан не записано: {problems[0].message}.",
                "Виправте дату чи примітку й повторіть.",
            )
    before = given.assignment.mark
    if before == mark:
        return None
    return Writes(
        lambda cf: assignments_repo.set_mark(cf, assignment_id, mark),
        lambda cf: assignments_repo.set_mark(cf, assignment_id, before),
        WHAT,
    )


def report_for(cf: CommunityFile, today: dt.date, *, open_only: bool) -> AssignmentsReport:
    """The table of the assignments' state on ``today``: every assignment, or only those
    still on the council's control."""
    community = community_repo.get_community(cf)
    return AssignmentsReport(
        council_name=community.council_name if community else "",
        council_name_genitive=community.council_name_genitive if community else "",
        as_of=today,
        open_only=open_only,
        rows=report_rows(list_given(cf), today, open_only=open_only),
    )


def due_input(cf: CommunityFile) -> DueInput:
    """The records the due list is made from."""
    from hromada_desk.storage import plans_repo, work_plan_repo

    meetings = [
        MeetingOutline(
            m.id or 0,
            m.number,
            m.date,
            m.status is MeetingStatus.PLANNED,
            tuple(item.title for item in m.agenda),
        )
        for m in council_repo.list_meetings(cf)
    ]
    years = community_repo.data_years(cf)
    return DueInput(
        assignments=list_given(cf),
        meetings=meetings,
        work_plans=work_plan_repo.list_plans(cf),
        indicators={year: len(community_repo.get_indicators(cf, year)) for year in years},
        population_years=frozenset(community_repo.population_years(cf)),
        action_plans=[
            PlanPeriod(p.id or 0, p.title, p.period_start, p.period_end)
            for p in plans_repo.list_plans(cf)
        ],
    )


def due_on(cf: CommunityFile, today: dt.date) -> list[DueEntry]:
    """What is due on ``today`` (domain.due): no network, only the file."""
    return what_is_due(due_input(cf), today)
