"""The assignments decisions gave: what the pages read, recording a status (an edit beside the
protocol, which a finalised meeting keeps frozen), and the table of their state."""

from __future__ import annotations

import datetime as dt

from hromada_desk.documents.assignments import AssignmentsReport, report_rows
from hromada_desk.domain.assignments import GivenAssignment, StatusMark
from hromada_desk.domain.validation import errors, validate_mark
from hromada_desk.errors import InputError
from hromada_desk.services.edit import Edit, Writes
from hromada_desk.storage import assignments_repo, community_repo
from hromada_desk.storage.assignments_repo import list_given
from hromada_desk.storage.database import CommunityFile

__all__ = ["list_given", "open_given", "report_for", "set_status"]

# Pages that show assignments listen for this; a meeting's own edits say «meetings».
WHAT = "assignments"


def open_given(cf: CommunityFile, before: dt.date | None = None) -> list[GivenAssignment]:
    """The assignments still expected (no status, in progress, not done), oldest meeting
    first; with ``before``, only those given at meetings before that day."""
    return [g for g in list_given(cf) if g.assignment.is_open
            and (before is None or g.meeting_day < before)]


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
            raise InputError(f"Стан не записано: {problems[0].message}.",
                             "Виправте дату чи примітку й повторіть.")
    before = given.assignment.mark
    if before == mark:
        return None
    return Writes(lambda cf: assignments_repo.set_mark(cf, assignment_id, mark),
                  lambda cf: assignments_repo.set_mark(cf, assignment_id, before), WHAT)


def report_for(cf: CommunityFile, today: dt.date, *, open_only: bool) -> AssignmentsReport:
    """The table of the assignments' state on ``today``: every assignment, or only those
    still on the council's control."""
    community = community_repo.get_community(cf)
    return AssignmentsReport(
        council_name=community.council_name if community else "",
        council_name_genitive=community.council_name_genitive if community else "",
        as_of=today, open_only=open_only,
        rows=report_rows(list_given(cf), today, open_only=open_only))
