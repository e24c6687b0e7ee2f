"""Schema version 5 in the file: an upgrade keeps every meeting with what refers to it, planned
meetings are stored, assignments keep their ids and their status across a rewrite of their
meeting, and a deleted member's assignments keep the name."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from hromada_desk.domain.assignments import Assignment, AssignmentStatus, StatusMark
from hromada_desk.domain.council import MeetingStatus
from hromada_desk.domain.deadlines import Deadline
from hromada_desk.errors import StorageError
from hromada_desk.services import protocol
from hromada_desk.services.demo import fill_demo
from hromada_desk.storage import assignments_repo, council_repo
from hromada_desk.storage.backups import list_backups
from hromada_desk.storage.database import create_file, open_file, read_header
from hromada_desk.storage.schema import SCHEMA_VERSION
from tests.oldfiles import old_file

MEETING_TABLES = (
    "meeting",
    "attendance",
    "guest",
    "agenda_item",
    "agenda_speaker",
    "agenda_calculation",
    "meeting_signature",
    "meeting_snapshot",
)


def _finalised_demo(cf) -> None:
    fill_demo(cf)
    meeting = council_repo.list_meetings(cf)[0]
    protocol.finalise(cf, meeting, now=dt.datetime(2023, 7, 1, 9, 0))


def _rows(cf) -> dict[str, list[tuple]]:
    return {
        t: sorted(tuple(r.values()) for r in cf.query(f"SELECT * FROM {t}")) for t in MEETING_TABLES
    }


def test_an_upgrade_from_version_4_keeps_every_meeting_and_all_that_refers_to_it(tmp_path, policy):
    with create_file(tmp_path / "today.hromada", _finalised_demo) as today:
        expected = _rows(today)
    assert all(
        expected[t]
        for t in (
            "meeting",
            "attendance",
            "agenda_item",
            "agenda_speaker",
            "meeting_signature",
            "meeting_snapshot",
        )
    )
    path = tmp_path / "old.hromada"
    old_file(path, _finalised_demo, 4)
    assert read_header(path).user_version == 4
    with open_file(path, backups=policy) as cf:
        assert _rows(cf) == expected
    assert read_header(path).user_version == SCHEMA_VERSION
    assert any(f"before-v{SCHEMA_VERSION}" in backup.name for backup in list_backups(policy, path))


def test_a_read_only_open_of_a_version_4_file_keeps_its_meetings(tmp_path):
    path = tmp_path / "old.hromada"
    old_file(path, _finalised_demo, 4)
    with open_file(path, readonly=True) as cf:
        assert len(list(cf.query("SELECT * FROM agenda_item"))) == 3
        assert council_repo.list_meetings(cf)[0].status is MeetingStatus.FINAL
    assert read_header(path).user_version == 4


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def _with_assignments(cf):
    meeting = council_repo.list_meetings(cf)[0]
    meeting.agenda[1].assignments = [
        Assignment(
            "Подати звіт", "Служба у справах дітей", deadline=Deadline(dt.date(2023, 12, 10))
        ),
        Assignment(
            "Інформувати населення",
            member_id=meeting.attendance[0].member_id,
            deadline=Deadline(None, "Постійно"),
        ),
    ]
    council_repo.replace_meeting(cf, meeting)
    return council_repo.get_meeting(cf, meeting.id)


def test_a_planned_meeting_is_stored_and_read_back_and_is_a_draft_not_yet_held(cf):
    meeting = council_repo.list_meetings(cf)[0]
    meeting.status = MeetingStatus.PLANNED
    council_repo.replace_meeting(cf, meeting)
    assert council_repo.get_meeting(cf, meeting.id).status is MeetingStatus.PLANNED
    assert list(cf.query("SELECT status, planned FROM meeting")) == [
        {"status": "draft", "planned": 1}
    ]
    with pytest.raises(sqlite3.IntegrityError):
        cf.conn.execute("UPDATE meeting SET status = 'final'")  # held before finalised
    meeting.id = None
    meeting.number = 2
    council_repo.add_meeting(cf, meeting)
    council_repo.save_snapshot(cf, meeting.id, "{}", "2023-07-01T09:00:00")
    assert council_repo.get_meeting(cf, meeting.id).status is MeetingStatus.FINAL


def test_assignments_come_back_with_the_member_name_written_beside_the_member(cf):
    meeting = _with_assignments(cf)
    first, second = meeting.agenda[1].assignments
    assert (first.text, first.responsible, first.member_id) == (
        "Подати звіт",
        "Служба у справах дітей",
        None,
    )
    assert first.deadline == Deadline(dt.date(2023, 12, 10)) and first.mark is None
    member = council_repo.get_member(cf, second.member_id)
    assert second.responsible == member.name.short
    assert second.deadline == Deadline(None, "Постійно")
    assert [a.text for item in meeting.agenda for a in item.assignments] == [
        "Подати звіт",
        "Інформувати населення",
    ]


def test_a_status_survives_a_rewrite_of_the_meeting_from_an_older_copy(cf):
    meeting = _with_assignments(cf)
    first = meeting.agenda[1].assignments[0]
    mark = StatusMark(AssignmentStatus.DONE, dt.date(2023, 11, 1), "звіт подано")
    assignments_repo.set_mark(cf, first.id, mark)
    meeting.place = "с. Коржиха"  # the form still holds the status it loaded (none)
    council_repo.replace_meeting(cf, meeting)
    again = council_repo.get_meeting(cf, meeting.id)
    assert again.place == "с. Коржиха"
    assert [a.id for a in again.agenda[1].assignments] == [
        a.id for a in meeting.agenda[1].assignments
    ]
    assert again.agenda[1].assignments[0].mark == mark


def test_a_status_needs_its_day_and_is_checked_before_sql(cf):
    first = _with_assignments(cf).agenda[1].assignments[0]
    with pytest.raises(StorageError, match="Дата зміни стану"):
        assignments_repo.set_mark(
            cf, first.id, StatusMark(AssignmentStatus.DONE, dt.date(1900, 1, 1))
        )
    with pytest.raises(sqlite3.IntegrityError):
        cf.conn.execute("UPDATE assignment SET status = 'done' WHERE id = ?", [first.id])
    with pytest.raises(sqlite3.IntegrityError):
        cf.conn.execute(
            "UPDATE assignment SET deadline_text = 'Постійно' WHERE id = ?", [first.id]
        )  # a date and words at once


def test_an_empty_responsible_is_refused_with_the_field_named(cf):
    meeting = council_repo.list_meetings(cf)[0]
    meeting.agenda[0].assignments = [Assignment("Подати звіт", "  ")]
    with pytest.raises(StorageError, match="питання 1, доручення 1: Відповідальний не може"):
        council_repo.replace_meeting(cf, meeting)


def test_a_deleted_member_leaves_the_name_as_it_was(cf):
    meeting = _with_assignments(cf)
    second = meeting.agenda[1].assignments[1]
    member = council_repo.get_member(cf, second.member_id)
    member.name = type(member.name).of("Нова", member.name.given_name, member.name.patronymic)
    council_repo.update_member(cf, member)  # married: the assignment follows the name
    cf.conn.execute("DELETE FROM attendance WHERE member_id = ?", [member.id])
    cf.conn.execute("DELETE FROM agenda_speaker WHERE member_id = ?", [member.id])
    cf.conn.execute("DELETE FROM meeting_signature WHERE member_id = ?", [member.id])
    council_repo.delete_member(cf, member.id)
    kept = council_repo.get_meeting(cf, meeting.id).agenda[1].assignments[1]
    assert kept.member_id is None
    assert kept.responsible == member.name.short
    given = [g for g in assignments_repo.list_given(cf) if g.assignment.id == second.id]
    assert given[0].responsible == member.name.short
