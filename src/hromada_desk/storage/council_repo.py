"""Reading and writing council members and meetings with their agenda."""

from __future__ import annotations

import datetime as dt

from hromada_desk.domain.council import (
    AgendaItem,
    Attendance,
    CouncilRole,
    Guest,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    Signature,
    Speaker,
    Votes,
)
from hromada_desk.domain.names import PersonName
from hromada_desk.storage import assignments_repo, checked
from hromada_desk.storage.database import CommunityFile


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _member(row: dict) -> Member:
    return Member(
        id=row["id"],
        name=PersonName.of(row["surname"], row["given_name"], row["patronymic"], row["gender"]),
        position=row["position"],
        role=CouncilRole(row["role"]),
        organisation=row["organisation"],
        phone=row["phone"],
        member_from=_date(row["member_from"]),
        member_to=_date(row["member_to"]),
    )


def list_members(cf: CommunityFile) -> list[Member]:
    return [_member(r) for r in cf.query("SELECT * FROM member ORDER BY sort_order, id")]


# A member's columns, as _member_values gives them (sort_order and id apart).
_MEMBER_COLUMNS = (
    "surname",
    "given_name",
    "patronymic",
    "gender",
    "position",
    "organisation",
    "phone",
    "role",
    "member_from",
    "member_to",
)


def _member_values(member: Member) -> tuple[object, ...]:
    name = member.name
    return (
        name.surname,
        name.given_name,
        name.patronymic,
        name.gender.value if name.gender else None,
        member.position,
        member.organisation,
        member.phone,
        member.role.value,
        _iso(member.member_from),
        _iso(member.member_to),
    )


def add_member(cf: CommunityFile, member: Member) -> int:
    checked.member(member)
    with cf.atomic():
        order = next(cf.query("SELECT coalesce(max(sort_order), 0) + 1 AS n FROM member"))
        cursor = cf.db.execute(
            f"""INSERT INTO member ({", ".join(_MEMBER_COLUMNS)}, sort_order)
               VALUES ({", ".join("?" * (len(_MEMBER_COLUMNS) + 1))})""",
            (*_member_values(member), order["n"]),
        )
    member.id = cursor.lastrowid
    return member.id or 0


def _status(status: MeetingStatus) -> tuple[str, int]:
    """The status and planned columns: a planned meeting is a draft not yet held."""
    if status is MeetingStatus.PLANNED:
        return MeetingStatus.DRAFT.value, 1
    return status.value, 0


# A meeting's own columns, as _meeting_values gives them (its id apart).
_MEETING_COLUMNS = ("year", "number", "date", "place", "title", "kind", "status", "planned", "time")


def _meeting_values(meeting: Meeting) -> tuple[object, ...]:
    return (
        meeting.year,
        meeting.number,
        meeting.date.isoformat(),
        meeting.place,
        meeting.title,
        meeting.kind.value,
        *_status(meeting.status),
        meeting.time.strip(),
    )


def add_meeting(cf: CommunityFile, meeting: Meeting) -> int:
    """Store a whole meeting (attendance, guests, agenda, speakers, signatures) at once."""
    checked.meeting(meeting)
    with cf.atomic():
        meeting_id = cf.db.execute(
            f"""INSERT INTO meeting ({", ".join(_MEETING_COLUMNS)})
               VALUES ({", ".join("?" * len(_MEETING_COLUMNS))})""",
            _meeting_values(meeting),
        ).lastrowid
        _add_meeting_parts(cf, meeting_id, meeting)
    meeting.id = meeting_id
    return meeting_id or 0


def _add_meeting_parts(
    cf: CommunityFile,
    meeting_id: int | None,
    meeting: Meeting,
    marks: assignments_repo.Marks | None = None,
) -> None:
    """Everything of a meeting but its own row; ``marks``: the statuses the file held for
    its assignments before it was rewritten (they are not the meeting form's to change)."""
    cf.db.conn.executemany(
        """INSERT INTO attendance (meeting_id, member_id, present, absence_reason)
           VALUES (?, ?, ?, ?)""",
        [(meeting_id, a.member_id, int(a.present), a.absence_reason) for a in meeting.attendance],
    )
    cf.db.conn.executemany(
        "INSERT INTO guest (meeting_id, position_in_list, name, position) VALUES (?,?,?,?)",
        [(meeting_id, i, g.name, g.position) for i, g in enumerate(meeting.guests, 1)],
    )
    cf.db.conn.executemany(
        """INSERT INTO meeting_signature (meeting_id, position_in_list, member_id, role)
           VALUES (?, ?, ?, ?)""",
        [(meeting_id, i, s.member_id, s.role) for i, s in enumerate(meeting.signatures, 1)],
    )
    names = (
        assignments_repo.member_names(cf)
        if any(item.assignments for item in meeting.agenda)
        else {}
    )
    for position, item in enumerate(meeting.agenda, 1):
        item.id = _add_agenda_item(cf, meeting_id, position, item)
        assignments_repo.write_item(cf, item.id, item.assignments, marks or {}, names)


def _add_agenda_item(
    cf: CommunityFile, meeting_id: int | None, position: int, item: AgendaItem
) -> int:
    votes = item.votes
    item_id = cf.db.execute(
        """INSERT INTO agenda_item (meeting_id, position_in_agenda, title, heard, heard_closing,
               spoke, decided, votes_for, votes_against, votes_abstained)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            meeting_id,
            position,
            item.title,
            item.heard,
            item.heard_closing,
            item.spoke,
            item.decided,
            votes.in_favour if votes else None,
            votes.against if votes else None,
            votes.abstained if votes else None,
        ),
    ).lastrowid
    cf.db.conn.executemany(
        """INSERT INTO agenda_speaker (agenda_item_id, position_in_list, member_id, name, role)
           VALUES (?, ?, ?, ?, ?)""",
        [(item_id, i, s.member_id, s.name, s.role) for i, s in enumerate(item.speakers, 1)],
    )
    cf.db.conn.executemany(
        "INSERT INTO agenda_calculation (agenda_item_id, year) VALUES (?, ?)",
        [(item_id, year) for year in item.calculation_years],
    )
    return item_id or 0


def list_meetings(cf: CommunityFile) -> list[Meeting]:
    """All meetings, newest first, with everything that belongs to them."""
    ids = [r["id"] for r in cf.query("SELECT id FROM meeting ORDER BY date DESC, number DESC")]
    return [m for m in (get_meeting(cf, i) for i in ids) if m is not None]


def find_meeting(cf: CommunityFile, number: int, year: int) -> Meeting | None:
    row = next(
        cf.query("SELECT id FROM meeting WHERE number = ? AND year = ?", [number, year]), None
    )
    return get_meeting(cf, row["id"]) if row else None


def get_meeting(cf: CommunityFile, meeting_id: int) -> Meeting | None:
    row = next(cf.query("SELECT * FROM meeting WHERE id = ?", [meeting_id]), None)
    if row is None:
        return None
    meeting = Meeting(
        id=row["id"],
        number=row["number"],
        date=dt.date.fromisoformat(row["date"]),
        place=row["place"],
        title=row["title"],
        kind=MeetingKind(row["kind"]),
        status=MeetingStatus.PLANNED if row["planned"] else MeetingStatus(row["status"]),
        time=row["time"],
    )
    meeting.attendance = [
        Attendance(r["member_id"], bool(r["present"]), r["absence_reason"])
        for r in cf.query(
            """SELECT a.* FROM attendance a JOIN member m ON m.id = a.member_id
               WHERE a.meeting_id = ? ORDER BY m.sort_order, m.id""",
            [meeting_id],
        )
    ]
    meeting.guests = [
        Guest(r["name"], r["position"])
        for r in cf.query(
            "SELECT * FROM guest WHERE meeting_id = ? ORDER BY position_in_list", [meeting_id]
        )
    ]
    meeting.signatures = [
        Signature(r["member_id"], r["role"])
        for r in cf.query(
            "SELECT * FROM meeting_signature WHERE meeting_id = ? ORDER BY position_in_list",
            [meeting_id],
        )
    ]
    assignments = assignments_repo.read_meeting(cf, meeting_id)
    for item_row in cf.query(
        "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position_in_agenda", [meeting_id]
    ):
        votes = None
        if item_row["votes_for"] is not None:
            votes = Votes(
                item_row["votes_for"], item_row["votes_against"], item_row["votes_abstained"]
            )
        item = AgendaItem(
            id=item_row["id"],
            title=item_row["title"],
            heard=item_row["heard"],
            heard_closing=item_row["heard_closing"],
            spoke=item_row["spoke"],
            decided=item_row["decided"],
            votes=votes,
            assignments=assignments.get(item_row["id"], []),
        )
        item.speakers = [
            Speaker(r["member_id"], r["name"], r["role"])
            for r in cf.query(
                """SELECT * FROM agenda_speaker WHERE agenda_item_id = ?
                   ORDER BY position_in_list""",
                [item.id],
            )
        ]
        item.calculation_years = [
            r["year"]
            for r in cf.query(
                "SELECT year FROM agenda_calculation WHERE agenda_item_id = ? ORDER BY year",
                [item.id],
            )
        ]
        meeting.agenda.append(item)
    return meeting


def get_member(cf: CommunityFile, member_id: int) -> Member | None:
    row = next(cf.query("SELECT * FROM member WHERE id = ?", [member_id]), None)
    return _member(row) if row else None


def update_member(cf: CommunityFile, member: Member) -> None:
    checked.member(member)
    with cf.atomic():
        cf.db.execute(
            f"""UPDATE member SET {", ".join(f"{c} = ?" for c in _MEMBER_COLUMNS)}
               WHERE id = ?""",
            (*_member_values(member), member.id),
        )
        if member.id is not None:
            assignments_repo.rename_member(cf, member.id)


def member_is_used(cf: CommunityFile, member_id: int) -> bool:
    """Whether a meeting refers to the member (then the record can only be ended, not deleted)."""
    row = next(
        cf.query(
            """SELECT EXISTS (SELECT 1 FROM attendance WHERE member_id = :id)
               OR EXISTS (SELECT 1 FROM agenda_speaker WHERE member_id = :id)
               OR EXISTS (SELECT 1 FROM meeting_signature WHERE member_id = :id) AS used""",
            {"id": member_id},
        )
    )
    return bool(row["used"])


def delete_member(cf: CommunityFile, member_id: int) -> None:
    with cf.atomic():
        cf.db.execute("DELETE FROM member WHERE id = ?", [member_id])


def restore_member(cf: CommunityFile, member: Member, order: int) -> None:
    """Put back a member removed by ``delete_member`` under the same id (undo)."""
    checked.member(member)
    with cf.atomic():
        cf.db.execute(
            "INSERT INTO member (id, surname, given_name, sort_order) VALUES (?,?,?,?)",
            (member.id, member.name.surname, member.name.given_name, order),
        )
        update_member(cf, member)


def member_order(cf: CommunityFile, member_id: int) -> int:
    row = next(cf.query("SELECT sort_order FROM member WHERE id = ?", [member_id]))
    return int(row["sort_order"])


def next_meeting_number(cf: CommunityFile, year: int) -> int:
    """Numbering restarts each year: the first free number after the highest one."""
    row = next(
        cf.query("SELECT coalesce(max(number), 0) + 1 AS n FROM meeting WHERE year = ?", [year])
    )
    return int(row["n"])


def replace_meeting(cf: CommunityFile, meeting: Meeting) -> None:
    """Rewrite an existing meeting (same id) with everything that belongs to it, at once."""
    checked.meeting(meeting)
    with cf.atomic():
        cf.db.execute(
            f"""UPDATE meeting SET {", ".join(f"{c} = ?" for c in _MEETING_COLUMNS)}
               WHERE id = ?""",
            (*_meeting_values(meeting), meeting.id),
        )
        marks = assignments_repo.meeting_marks(cf, meeting.id)
        for table in ("attendance", "guest", "meeting_signature", "agenda_item"):
            cf.db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting.id])
        _add_meeting_parts(cf, meeting.id, meeting, marks)


def delete_meeting(cf: CommunityFile, meeting_id: int) -> None:
    with cf.atomic():
        cf.db.execute("DELETE FROM meeting WHERE id = ?", [meeting_id])


def restore_meeting(cf: CommunityFile, meeting: Meeting) -> None:
    """Insert a deleted meeting again under its old id (undo of a deletion)."""
    checked.meeting(meeting)
    with cf.atomic():
        cf.db.execute(
            f"""INSERT INTO meeting (id, {", ".join(_MEETING_COLUMNS)})
               VALUES ({", ".join("?" * (len(_MEETING_COLUMNS) + 1))})""",
            (meeting.id, *_meeting_values(meeting)),
        )
        _add_meeting_parts(cf, meeting.id, meeting)


def save_snapshot(cf: CommunityFile, meeting_id: int, content: str, finalised_at: str) -> None:
    """Freeze a meeting: its snapshot (JSON) is stored and the meeting becomes final."""
    with cf.atomic():
        cf.db.execute(
            """INSERT INTO meeting_snapshot (meeting_id, finalised_at, content) VALUES (?, ?, ?)
               ON CONFLICT (meeting_id) DO UPDATE SET finalised_at = excluded.finalised_at,
                   content = excluded.content""",
            [meeting_id, finalised_at, content],
        )
        cf.db.execute("UPDATE meeting SET status = 'final', planned = 0 WHERE id = ?", [meeting_id])


def get_snapshot(cf: CommunityFile, meeting_id: int) -> tuple[str, str] | None:
    """(content, finalised_at) of a finalised meeting."""
    row = next(
        cf.query(
            "SELECT content, finalised_at FROM meeting_snapshot WHERE meeting_id = ?", [meeting_id]
        ),
        None,
    )
    return (row["content"], row["finalised_at"]) if row else None


def drop_snapshot(cf: CommunityFile, meeting_id: int) -> None:
    """Reopen a finalised meeting for editing."""
    with cf.atomic():
        cf.db.execute("DELETE FROM meeting_snapshot WHERE meeting_id = ?", [meeting_id])
        cf.db.execute("UPDATE meeting SET status = 'draft' WHERE id = ?", [meeting_id])
