"""«Нове засідання на основі попереднього»: the next meeting proposed from the last one — its
number, place, members and signers, the two standing items first, the previous meeting's
unfinished items and the work plan's questions for the quarter offered — and stored as one
edit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hromada_desk.domain.assignments import GivenAssignment
from hromada_desk.domain.council import (
    AgendaItem,
    Attendance,
    CouncilRole,
    Meeting,
    MeetingStatus,
    Member,
    Signature,
    Speaker,
    proposed_signatures,
)
from hromada_desk.domain.work_plan import PlannedQuestion, quarter_of
from hromada_desk.services import meetings
from hromada_desk.services.assignments import open_given
from hromada_desk.services.edit import ALL, Edit, Together, Writes
from hromada_desk.storage import council_repo, work_plan_repo
from hromada_desk.storage.database import CommunityFile

APPROVE_PROTOCOL = "Про затвердження протоколу попереднього засідання"
PREVIOUS_ASSIGNMENTS = "Про виконання попередніх доручень"
STANDING_TITLES = (APPROVE_PROTOCOL, PREVIOUS_ASSIGNMENTS)
# A decision that puts the question off to a later meeting.
_POSTPONED = re.compile(r"перенест|відклас|наступн\w* засіданн", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NextMeeting:
    """A proposal: ``meeting`` as it would be stored (its agenda the two standing items),
    and what may be added to its agenda."""

    meeting: Meeting
    previous: Meeting | None
    offered: tuple[AgendaItem, ...]  # the previous meeting's unfinished items
    planned: tuple[PlannedQuestion, ...]  # the work plan's waiting questions of the quarter
    open_assignments: tuple[GivenAssignment, ...]


def last_meeting(cf: CommunityFile, before: dt.date) -> Meeting | None:
    """The latest meeting before ``before`` (planned, held or finalised)."""
    return next((m for m in council_repo.list_meetings(cf) if m.date < before), None)


def is_unfinished(item: AgendaItem) -> bool:
    """No decision was written, or the decision put the question off."""
    if item.title in STANDING_TITLES:
        return False
    return not item.decided.strip() or bool(_POSTPONED.search(item.decided))


def _attendance(previous: Meeting | None, members: list[Member], day: dt.date) -> list[Attendance]:
    """The previous meeting's members who are still members on ``day``, then those who have
    joined since; all present until the secretary says otherwise."""
    current = {m.id: m for m in members if m.id is not None and m.is_member_on(day)}
    ids = [a.member_id for a in previous.attendance] if previous else []
    ids = [i for i in ids if i in current] + [i for i in current if i not in ids]
    return [Attendance(member_id) for member_id in ids]


def _signatures(previous: Meeting | None, members: list[Member], day: dt.date) -> list[Signature]:
    current = {m.id for m in members if m.is_member_on(day)}
    if (
        previous
        and previous.signatures
        and all(s.member_id in current for s in previous.signatures)
    ):
        return [Signature(s.member_id, s.role) for s in previous.signatures]
    return proposed_signatures(members, day)


def _speaker(members: list[Member], role: CouncilRole, day: dt.date) -> list[Speaker]:
    member = next((m for m in members if m.role is role and m.is_member_on(day)), None)
    if member is None or member.id is None:
        return []
    return [Speaker(member.id, role=role.label)]


def assignments_text(given: Sequence[GivenAssignment], today: dt.date) -> str:
    """What the secretary reports under «Про виконання попередніх доручень»: each open
    assignment with where it was given, who answers for it, its deadline and its state."""
    if not given:
        return (
            "Доручення, надані на попередніх засіданнях координаційної ради, виконано або "
            "знято з контролю."
        )
    lines = [
        f"Про стан виконання доручень, наданих на попередніх засіданнях координаційної "
        f"ради (станом на {today:%d.%m.%Y}):"
    ]
    for number, entry in enumerate(given, 1):
        assignment, mark = entry.assignment, entry.assignment.mark
        line = (
            f"{number}) {assignment.text.strip().rstrip('.')} (засідання "
            f"{entry.meeting_label}, питання {entry.item_number}). "
            f"Відповідальний: {entry.responsible}."
        )
        if not assignment.deadline.is_empty:
            late = " (прострочено)" if entry.is_overdue(today) else ""
            line += f" Термін: {assignment.deadline.label}{late}."
        state = assignment.status_label
        if mark is not None:
            note = f": {mark.note.strip()}" if mark.note.strip() else ""
            state += f" ({mark.day:%d.%m.%Y}{note})"
        lines.append(f"{line} Стан: {state}.")
    return "\n".join(lines)


def _standing_items(
    previous: Meeting | None,
    given: Sequence[GivenAssignment],
    members: list[Member],
    day: dt.date,
    today: dt.date,
) -> list[AgendaItem]:
    items = []
    if previous is not None:
        items.append(
            AgendaItem(
                title=APPROVE_PROTOCOL,
                speakers=_speaker(members, CouncilRole.CHAIR, day),
                decided=f"Затвердити протокол засідання координаційної ради №{previous.number} "
                f"від {previous.date:%d.%m.%Y}.",
            )
        )
    if previous is not None or given:
        items.append(
            AgendaItem(
                title=PREVIOUS_ASSIGNMENTS,
                speakers=_speaker(members, CouncilRole.SECRETARY, day),
                heard=assignments_text(given, today),
                decided="Інформацію взяти до відома. Доручення, виконання яких триває, залишити "
                "на контролі."
                if given
                else "Інформацію взяти до відома.",
            )
        )
    return items


def propose_next(
    cf: CommunityFile,
    day: dt.date,
    *,
    previous: Meeting | None = None,
    today: dt.date | None = None,
) -> NextMeeting:
    """The meeting after ``previous`` (by default the latest before ``day``), on ``day``:
    the next number of its year (numbering restarts each year), the previous place, title,
    members and signers (those still members then), planned if ``day`` is after ``today``.
    Its agenda opens with «Про затвердження протоколу попереднього засідання» and «Про
    виконання попередніх доручень», the latter's text listing the open assignments and
    their state on ``today``."""
    today = today or dt.date.today()
    previous = previous if previous is not None else last_meeting(cf, day)
    proposal = meetings.propose(cf, day)
    members = council_repo.list_members(cf)
    given = open_given(cf, before=day)
    meeting = Meeting(
        number=proposal.number,
        date=day,
        place=previous.place if previous and previous.place else proposal.place,
        title=previous.title if previous and previous.title else proposal.title,
        status=MeetingStatus.PLANNED if day > today else MeetingStatus.DRAFT,
        attendance=_attendance(previous, members, day),
        signatures=_signatures(previous, members, day),
        agenda=_standing_items(previous, given, members, day, today),
    )
    offered = tuple(
        AgendaItem(item.title, speakers=list(item.speakers), heard=item.heard)
        for item in (previous.agenda if previous else [])
        if is_unfinished(item)
    )
    plan = work_plan_repo.plan_for(cf, day.year)
    planned = tuple(plan.waiting(quarter_of(day))) if plan else ()
    return NextMeeting(meeting, previous, offered, planned, tuple(given))


def question_item(question: PlannedQuestion) -> AgendaItem:
    """A planned question as an agenda item: its title, who prepares it as the speaker."""
    speakers = [Speaker(name=question.responsible.strip())] if question.responsible.strip() else []
    return AgendaItem(question.title.strip(), speakers=speakers)


def create_next(
    proposal: NextMeeting, offered: Sequence[int] = (), planned: Sequence[int] = ()
) -> Edit:
    """Store the proposed meeting with the offered items chosen (their indexes) and the
    planned questions chosen (their ids) after the standing items; the questions then know
    the meeting that took them. One undo step."""
    questions = [q for q in proposal.planned if q.id in set(planned)]
    meeting = dataclasses.replace(
        proposal.meeting,
        agenda=[
            *proposal.meeting.agenda,
            *(proposal.offered[i] for i in offered),
            *(question_item(q) for q in questions),
        ],
    )
    insertion = meetings.add_meeting(meeting)
    ids = [q.id for q in questions if q.id is not None]

    def link(cf: CommunityFile) -> None:
        work_plan_repo.set_question_meetings(cf, dict.fromkeys(ids, insertion.key))

    unlink = Writes(
        link, lambda cf: work_plan_repo.set_question_meetings(cf, dict.fromkeys(ids)), "plan"
    )
    return Together([insertion, unlink], ALL if ids else meetings.WHAT)
