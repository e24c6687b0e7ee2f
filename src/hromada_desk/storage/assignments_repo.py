"""Reading and writing the assignments of decisions and the status recorded for each.

An assignment is written with its meeting (``council_repo`` calls ``write_item``); its status
is written on its own (``set_mark``) and survives a rewrite of the meeting, which keeps each
assignment's id and the status the file holds for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from hromada_desk.domain.assignments import (
    Assignment,
    AssignmentStatus,
    GivenAssignment,
    StatusMark,
    responsible_name,
)
from hromada_desk.domain.deadlines import Deadline
from hromada_desk.domain.names import PersonName
from hromada_desk.storage.database import CommunityFile

Marks = Mapping[int, StatusMark | None]  # assignment id → the status the file holds


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _mark(row: dict) -> StatusMark | None:
    if row["status"] is None:
        return None
    return StatusMark(
        AssignmentStatus(row["status"]),
        dt.date.fromisoformat(row["status_date"]),
        row["status_note"],
    )


def _assignment(row: dict) -> Assignment:
    return Assignment(
        id=row["id"],
        text=row["text"],
        responsible=row["responsible"],
        member_id=row["member_id"],
        deadline=Deadline(_date(row["deadline_date"]), row["deadline_text"]),
        mark=_mark(row),
    )


def member_names(cf: CommunityFile) -> dict[int, str]:
    """Every member's short name («Удовиченко К.О.») by id."""
    return {
        r["id"]: PersonName.of(r["surname"], r["given_name"], r["patronymic"]).short
        for r in cf.query("SELECT id, surname, given_name, patronymic FROM member")
    }


def write_item(
    cf: CommunityFile,
    item_id: int,
    assignments: Iterable[Assignment],
    marks: Marks,
    names: Mapping[int, str],
) -> None:
    """Insert an agenda item's assignments in order, each under its id when it has one (so
    that a rewritten meeting keeps them), with the status ``marks`` holds for that id, else
    its own. A member's name is written beside the member's id: it stays when the member is
    deleted. Ids are given back to the records."""
    for position, assignment in enumerate(assignments, 1):
        mark = assignment.mark
        if assignment.id is not None and assignment.id in marks:
            mark = marks[assignment.id]
        responsible = assignment.responsible.strip()
        if assignment.member_id is not None:
            responsible = names.get(assignment.member_id, responsible)
        deadline = assignment.deadline
        assignment.id = cf.db.execute(
            """INSERT INTO assignment (id, agenda_item_id, position_in_item, text, member_id,
                   responsible, deadline_date, deadline_text, status, status_date, status_note)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                assignment.id,
                item_id,
                position,
                assignment.text.strip(),
                assignment.member_id,
                responsible,
                deadline.day.isoformat() if deadline.day else None,
                "" if deadline.day else deadline.text.strip(),
                mark.status.value if mark else None,
                mark.day.isoformat() if mark else None,
                mark.note if mark else "",
            ),
        ).lastrowid
        assignment.mark = mark


def meeting_marks(cf: CommunityFile, meeting_id: int | None) -> dict[int, StatusMark | None]:
    """The status the file holds for each assignment of a meeting."""
    return {
        row["id"]: _mark(row)
        for row in cf.query(
            """SELECT a.id, a.status, a.status_date, a.status_note FROM assignment a
           JOIN agenda_item i ON i.id = a.agenda_item_id WHERE i.meeting_id = ?""",
            [meeting_id],
        )
    }


def read_meeting(cf: CommunityFile, meeting_id: int) -> dict[int, list[Assignment]]:
    """A meeting's assignments by agenda item id, in order."""
    found: dict[int, list[Assignment]] = {}
    for row in cf.query(
        """SELECT a.* FROM assignment a JOIN agenda_item i ON i.id = a.agenda_item_id
               WHERE i.meeting_id = ? ORDER BY a.agenda_item_id, a.position_in_item""",
        [meeting_id],
    ):
        found.setdefault(row["agenda_item_id"], []).append(_assignment(row))
    return found


def get_mark(cf: CommunityFile, assignment_id: int) -> StatusMark | None:
    row = next(
        cf.query(
            "SELECT status, status_date, status_note FROM assignment WHERE id = ?", [assignment_id]
        ),
        None,
    )
    return _mark(row) if row else None


def set_mark(cf: CommunityFile, assignment_id: int, mark: StatusMark | None) -> None:
    """Record an assignment's status (None: no status recorded); nothing else changes."""
    from hromada_desk.storage import checked

    checked.mark(mark)
    with cf.atomic():
        cursor = cf.db.execute(
            "UPDATE assignment SET status = ?, status_date = ?, status_note = ? WHERE id = ?",
            (
                mark.status.value if mark else None,
                mark.day.isoformat() if mark else None,
                mark.note if mark else "",
                assignment_id,
            ),
        )
        if cursor.rowcount != 1:
            raise LookupError(f"no assignment {assignment_id}")


def list_given(cf: CommunityFile) -> list[GivenAssignment]:
    """Every assignment with the meeting and the agenda item that gave it, oldest meeting
    first, in the order of its agenda."""
    names = member_names(cf)
    given = []
    for row in cf.query(
        """SELECT a.*, m.id AS m_id, m.number AS m_number, m.date AS m_date,
                      i.position_in_agenda AS i_number, i.title AS i_title
               FROM assignment a JOIN agenda_item i ON i.id = a.agenda_item_id
               JOIN meeting m ON m.id = i.meeting_id
               ORDER BY m.date, m.number, i.position_in_agenda, a.position_in_item"""
    ):
        assignment = _assignment(row)
        given.append(
            GivenAssignment(
                assignment,
                row["m_id"],
                row["m_number"],
                dt.date.fromisoformat(row["m_date"]),
                row["i_number"],
                row["i_title"],
                responsible_name(assignment, names),
            )
        )
    return given


def assigned_to(cf: CommunityFile, member_id: int) -> list[int]:
    """The assignments a member answers for (to link them again when a deletion is undone:
    deleting the member leaves them with the name alone)."""
    return [
        r["id"]
        for r in cf.query("SELECT id FROM assignment WHERE member_id = ? ORDER BY id", [member_id])
    ]


def rename_member(cf: CommunityFile, member_id: int) -> None:
    """Inside the caller's transaction: the member's assignments carry their name as it is
    now, which is what they keep if the member is deleted later."""
    row = next(
        cf.query("SELECT surname, given_name, patronymic FROM member WHERE id = ?", [member_id]),
        None,
    )
    if row is not None:
        name = PersonName.of(row["surname"], row["given_name"], row["patronymic"]).short
        cf.db.execute(
            "UPDATE assignment SET responsible = ? WHERE member_id = ?", [name, member_id]
        )


def link_member(cf: CommunityFile, member_id: int, assignment_ids: Iterable[int]) -> None:
    """The member answers for these assignments again (a deletion undone)."""
    with cf.atomic():
        cf.db.conn.executemany(
            "UPDATE assignment SET member_id = ? WHERE id = ?",
            [(member_id, i) for i in assignment_ids],
        )
