"""The council's meetings: what the page reads, the proposal of a new one, and their edits."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hromada_desk.domain.council import CouncilBody, Meeting, MeetingStatus, propose_meeting
from hromada_desk.services import protocol
from hromada_desk.services.edit import ALL, Edit, Insertion, Writes
from hromada_desk.storage import community_repo, council_repo, work_plan_repo
from hromada_desk.storage.council_repo import (
    find_meeting,
    get_meeting,
    get_snapshot,
    list_meetings,
    next_meeting_number,
)
from hromada_desk.storage.database import CommunityFile

__all__ = [
    "add_meeting",
    "delete_meeting",
    "finalise",
    "find_meeting",
    "get_meeting",
    "get_snapshot",
    "hold",
    "list_meetings",
    "next_meeting_number",
    "propose",
    "reopen",
    "replace_meeting",
]

WHAT = "meetings"


def propose(cf: CommunityFile, day: dt.date) -> Meeting:
    """A new meeting on ``day``: the next free number of its year, the administrative centre
    as the place, the standard title, the chair and the secretary to sign."""
    community = community_repo.get_community(cf)
    centre = next(
        (
            s.display_name
            for s in community_repo.list_settlements(cf, include_archived=False)
            if s.admin_center
        ),
        "",
    )
    return propose_meeting(
        day,
        council_repo.next_meeting_number(cf, day.year),
        community.council_name_genitive if community else "",
        centre,
        council_repo.list_members(cf),
        community.council_body if community else CouncilBody.COORDINATION_COUNCIL,
    )


def add_meeting(meeting: Meeting) -> Insertion[int]:
    """Store a new meeting with everything that belongs to it; the key is its id."""
    meeting.id = None

    def restore(cf: CommunityFile, meeting_id: int) -> None:
        council_repo.restore_meeting(cf, dataclasses.replace(meeting, id=meeting_id))

    return Insertion(
        lambda cf: council_repo.add_meeting(cf, meeting), restore, council_repo.delete_meeting, WHAT
    )


def replace_meeting(old: Meeting, new: Meeting) -> Edit:
    """Rewrite a stored meeting (same id) as edited."""
    return Writes(
        lambda cf: council_repo.replace_meeting(cf, new),
        lambda cf: council_repo.replace_meeting(cf, old),
        WHAT,
    )


def delete_meeting(cf: CommunityFile, meeting: Meeting) -> Edit | None:
    """Delete a stored meeting with its agenda, texts, attendance and assignments; undo
    restores it as the file held it, with its frozen protocol if it had one, the status of
    each assignment, and the work plan's questions it took and the plan it adopted. None
    when it is not stored."""
    if meeting.id is None:
        return None
    meeting_id = meeting.id
    stored = council_repo.get_meeting(cf, meeting_id) or meeting
    snapshot = council_repo.get_snapshot(cf, meeting_id)
    links = work_plan_repo.meeting_links(cf, meeting_id)

    def restore(cf: CommunityFile) -> None:
        with cf.atomic():
            council_repo.restore_meeting(cf, stored)
            if snapshot is not None:
                council_repo.save_snapshot(cf, meeting_id, *snapshot)
            work_plan_repo.link_meeting(cf, meeting_id, links)

    linked = bool(links.adopted or links.questions)
    return Writes(
        lambda cf: council_repo.delete_meeting(cf, meeting_id), restore, ALL if linked else WHAT
    )


def hold(meeting: Meeting) -> Edit:
    """A planned meeting has taken place: its protocol can now be written (a draft); undo
    makes it planned again."""
    if meeting.status is not MeetingStatus.PLANNED:
        raise ValueError("only a planned meeting is held")
    held = dataclasses.replace(meeting, status=MeetingStatus.DRAFT)
    return replace_meeting(meeting, held)


def finalise(meeting: Meeting) -> Edit:
    """Freeze the protocol as it reads now; undo reopens it; redo puts back the very protocol
    that was frozen (not one made from the records as they are by then)."""
    meeting_id = meeting.id
    frozen: list[tuple[str, str]] = []

    def apply(cf: CommunityFile) -> None:
        if frozen and meeting_id is not None:
            council_repo.save_snapshot(cf, meeting_id, *frozen[0])
            return
        protocol.finalise(cf, meeting)
        if meeting_id is not None:
            frozen[:] = [
                snapshot
                for snapshot in [council_repo.get_snapshot(cf, meeting_id)]
                if snapshot is not None
            ]

    return Writes(apply, lambda cf: protocol.reopen(cf, meeting), WHAT)


def reopen(meeting: Meeting) -> Edit:
    """Open a finalised protocol for editing again; undo puts back the protocol that was
    frozen, word for word and with its date — the legal record, not a new one."""
    meeting_id = meeting.id
    discarded: list[tuple[str, str]] = []

    def apply(cf: CommunityFile) -> None:
        if meeting_id is not None:
            discarded[:] = [
                snapshot
                for snapshot in [council_repo.get_snapshot(cf, meeting_id)]
                if snapshot is not None
            ]
        protocol.reopen(cf, meeting)

    def revert(cf: CommunityFile) -> None:
        if discarded and meeting_id is not None:
            council_repo.save_snapshot(cf, meeting_id, *discarded[0])
        else:
            protocol.finalise(cf, meeting)

    return Writes(apply, revert, WHAT)
