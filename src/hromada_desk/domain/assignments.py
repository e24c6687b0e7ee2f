"""Assignments (доручення) a decision gives: what, who answers for it, by when, and the status
the council last recorded (kept beside the protocol: a finalised protocol never changes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from hromada_desk.domain.deadlines import Deadline, next_due


class AssignmentStatus(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        """As documents word it: «виконано», «знято з контролю»."""
        return _STATUS_LABELS[self]

    @property
    def closes(self) -> bool:
        """Done, or taken off the council's control: nothing more is expected of it."""
        return self in (AssignmentStatus.DONE, AssignmentStatus.WITHDRAWN)


_STATUS_LABELS = {
    AssignmentStatus.DONE: "виконано",
    AssignmentStatus.IN_PROGRESS: "виконується",
    AssignmentStatus.NOT_DONE: "не виконано",
    AssignmentStatus.WITHDRAWN: "знято з контролю",
}
# How an assignment without a recorded status reads in a table.
NO_STATUS = "стан не зазначено"


@dataclass(frozen=True, slots=True)
class StatusMark:
    """The status as last recorded, on ``day``, with a note («звіт заслухано 12.03.2025»)."""

    status: AssignmentStatus
    day: dt.date
    note: str = ""

    @property
    def label(self) -> str:
        return self.status.label


@dataclass(slots=True)
class Assignment:
    """One assignment of a decision. ``member_id``: a council member answers for it (their
    name is ``responsible`` as it was written, kept when the member is deleted); otherwise
    ``responsible`` is typed freely (a department, an organisation, a person)."""

    text: str
    responsible: str = ""
    member_id: int | None = None
    deadline: Deadline = field(default_factory=Deadline)
    mark: StatusMark | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        """Still expected: no status yet, in progress, or not done (and not taken off)."""
        return self.mark is None or not self.mark.status.closes

    @property
    def status_label(self) -> str:
        return self.mark.label if self.mark is not None else NO_STATUS


@dataclass(frozen=True, slots=True)
class GivenAssignment:
    """An assignment with where it was given: the meeting (its number, year and day) and the
    agenda item (its number and title) whose decision gave it."""

    assignment: Assignment
    meeting_id: int
    meeting_number: int
    meeting_day: dt.date
    item_number: int
    item_title: str
    responsible: str  # as shown now: a member's current short name, else the stored text

    @property
    def meeting_label(self) -> str:
        """«№1 від 30.06.2023»."""
        return f"№{self.meeting_number} від {self.meeting_day:%d.%m.%Y}"

    def due(self, today: dt.date) -> dt.date | None:
        return next_due(self.assignment.deadline, self.meeting_day, today)

    def is_overdue(self, today: dt.date) -> bool:
        """Open, and its one day has passed (a recurring one never is: it comes back)."""
        if not self.assignment.is_open:
            return False
        due = self.due(today)
        return due is not None and due < today


def responsible_name(assignment: Assignment, member_names: dict[int, str]) -> str:
    """Who answers for it as documents show it now: a member by their current short name,
    else the name stored with the assignment (a typed one, or a deleted member's)."""
    if assignment.member_id is not None and assignment.member_id in member_names:
        return member_names[assignment.member_id]
    return assignment.responsible.strip()
