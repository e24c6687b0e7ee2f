"""The undoable edits of the «Засідання» page. Each writes a whole meeting, or its protocol's
state, in one transaction through the session, and knows how to take it back."""

from __future__ import annotations

import datetime as dt

from hromada_desk.domain.council import Meeting
from hromada_desk.services import protocol
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import CommunityFile
from hromada_desk.ui.meetings.editor import proposed_signatures, standard_title
from hromada_desk.ui.session import Session

WHAT = "meetings"


def propose(cf: CommunityFile, day: dt.date) -> Meeting:
    """A new meeting on ``day``: the next free number of its year, the administrative centre
    as the place, the standard title, the chair and the secretary to sign."""
    community = community_repo.get_community(cf)
    centre = next((s.display_name for s in community_repo.list_settlements(
        cf, include_archived=False) if s.admin_center), "")
    return Meeting(
        number=council_repo.next_meeting_number(cf, day.year), date=day, place=centre,
        title=standard_title(community.council_name_genitive if community else ""),
        signatures=proposed_signatures(council_repo.list_members(cf), day))


def add(session: Session, meeting: Meeting, text: str) -> bool:
    """Store a new meeting; undo deletes it, redo puts it back under the same id."""
    meeting.id = None
    added: list[bool] = []

    def apply(cf: CommunityFile) -> None:
        if added:
            council_repo.restore_meeting(cf, meeting)
        else:
            council_repo.add_meeting(cf, meeting)
            added.append(True)

    return session.execute(text, apply,
                           lambda cf: council_repo.delete_meeting(cf, meeting.id or 0), WHAT)


def replace(session: Session, old: Meeting, new: Meeting, text: str) -> bool:
    return session.execute(text, lambda cf: council_repo.replace_meeting(cf, new),
                           lambda cf: council_repo.replace_meeting(cf, old), WHAT)


def delete(session: Session, meeting: Meeting, text: str) -> bool:
    """Delete a stored meeting; undo restores it, with its frozen protocol if it had one."""
    if session.cf is None or meeting.id is None:
        return False
    meeting_id = meeting.id
    snapshot = council_repo.get_snapshot(session.cf, meeting_id)

    def restore(cf: CommunityFile) -> None:
        with cf.atomic():
            council_repo.restore_meeting(cf, meeting)
            if snapshot is not None:
                council_repo.save_snapshot(cf, meeting_id, *snapshot)

    # A meeting goes with its agenda, texts, attendance and frozen protocol: many values.
    return session.execute(text, lambda cf: council_repo.delete_meeting(cf, meeting_id),
                           restore, WHAT, before="delete")


def finalise(session: Session, meeting: Meeting, text: str) -> bool:
    return session.execute(text, lambda cf: protocol.finalise(cf, meeting),
                           lambda cf: protocol.reopen(cf, meeting), WHAT)


def reopen(session: Session, meeting: Meeting, text: str) -> bool:
    return session.execute(text, lambda cf: protocol.reopen(cf, meeting),
                           lambda cf: protocol.finalise(cf, meeting), WHAT)
