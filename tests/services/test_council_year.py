"""The council's year without Qt, on the demo file: assignments on decisions and their status
(beside a finalised protocol, which stays as it was), the next meeting made from the last,
the work plan's questions put into a meeting; each edit applied, undone and redone."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from hromada_desk.domain.assignments import Assignment, AssignmentStatus, StatusMark
from hromada_desk.domain.council import AgendaItem, MeetingStatus
from hromada_desk.domain.deadlines import Deadline, parse_deadline
from hromada_desk.domain.work_plan import PlannedQuestion, WorkPlan, adoption_title
from hromada_desk.errors import InputError
from hromada_desk.services import assignments, meetings, members, next_meeting, protocol
from hromada_desk.services import work_plan as work_plans
from hromada_desk.storage import council_repo, work_plan_repo
from hromada_desk.storage.database import open_file
from tests.services.test_edits_round_trip import round_trip

HELD = dt.date(2023, 6, 30)  # the demo's meeting №1
NEXT = dt.date(2023, 9, 15)


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def give_assignments(cf, *, finalise: bool = True):
    """Meeting №1/2023 with two decisions carrying three assignments, finalised."""
    meeting = council_repo.find_meeting(cf, 1, 2023)
    chair = meeting.signatures[0].member_id
    meeting.agenda[1].assignments = [
        Assignment(
            "Надати інформацію про кількість звернень",
            "Сектор превенції поліції",
            deadline=Deadline(dt.date(2023, 8, 1)),
        ),
        Assignment(
            "Провести інформаційну кампанію",
            member_id=chair,
            deadline=parse_deadline("До 10 грудня"),
        ),
    ]
    meeting.agenda[2].assignments = [
        Assignment("Звітувати про роботу служби", "ЦНСП", deadline=parse_deadline("Щокварталу"))
    ]
    council_repo.replace_meeting(cf, meeting)
    meeting = council_repo.get_meeting(cf, meeting.id)
    if finalise:
        protocol.finalise(cf, meeting, now=dt.datetime(2023, 7, 1, 9, 0))
        meeting = council_repo.get_meeting(cf, meeting.id)
    return meeting


def all_assignments(meeting):
    return [a for item in meeting.agenda for a in item.assignments]


# -- assignments and their status ------------------------------------------------------------


def test_the_protocol_carries_the_assignments_under_their_decisions(cf):
    meeting = give_assignments(cf, finalise=False)
    data = protocol.build_protocol(cf, meeting)
    chair = council_repo.get_member(cf, meeting.signatures[0].member_id)
    assert [
        [(a.text, a.responsible, a.deadline) for a in item.assignments] for item in data.items
    ] == [
        [],
        [
            ("Надати інформацію про кількість звернень", "Сектор превенції поліції", "01.08.2023"),
            ("Провести інформаційну кампанію", chair.name.short, "До 10 грудня"),
        ],
        [("Звітувати про роботу служби", "ЦНСП", "Щокварталу")],
    ]
    from hromada_desk.documents.protocol import from_json, to_json

    assert from_json(to_json(data)).items == data.items


def test_a_status_is_recorded_undone_and_redone_and_the_frozen_protocol_stays(cf):
    meeting = give_assignments(cf)
    frozen = council_repo.get_snapshot(cf, meeting.id)
    first = all_assignments(meeting)[0]
    mark = StatusMark(AssignmentStatus.DONE, dt.date(2023, 9, 15), "інформацію надано")
    edit = assignments.set_status(cf, first.id, mark)
    assert edit is not None and edit.what == "assignments"
    round_trip(cf, edit)
    assert council_repo.get_meeting(cf, meeting.id).agenda[1].assignments[0].mark == mark
    assert council_repo.get_snapshot(cf, meeting.id) == frozen
    assert council_repo.get_meeting(cf, meeting.id).status is MeetingStatus.FINAL
    assert assignments.set_status(cf, first.id, mark) is None  # nothing changes
    assert [g.assignment.text for g in assignments.open_given(cf)] == [
        "Провести інформаційну кампанію",
        "Звітувати про роботу служби",
    ]


def test_a_status_before_the_meeting_is_refused_with_both_days(cf):
    first = all_assignments(give_assignments(cf))[0]
    with pytest.raises(
        InputError,
        match=r"Дата зміни стану \(29.06.2023\) раніше за дату "
        r"засідання \(30.06.2023\)",
    ):
        assignments.set_status(
            cf, first.id, StatusMark(AssignmentStatus.DONE, dt.date(2023, 6, 29))
        )


def test_the_protocol_pdf_is_the_same_before_and_after_statuses_change(cf, tmp_path):
    from hromada_desk.exports.protocol import export_protocol

    meeting = give_assignments(cf)
    before = export_protocol(protocol.protocol_for(cf, meeting), tmp_path / "a.pdf")
    for assignment in all_assignments(meeting):
        edit = assignments.set_status(
            cf, assignment.id, StatusMark(AssignmentStatus.WITHDRAWN, NEXT, "знято")
        )
        edit.apply(cf)
    meeting = council_repo.get_meeting(cf, meeting.id)
    after = export_protocol(protocol.protocol_for(cf, meeting), tmp_path / "b.pdf")
    assert before.read_bytes() == after.read_bytes()
    assert assignments.open_given(cf) == []


def test_deleting_a_responsible_member_keeps_the_name_and_undo_links_them_again(cf):
    new = members.add_member(
        dataclasses.replace(council_repo.list_members(cf)[0], id=None, phone="050")
    )
    new.apply(cf)
    meeting = council_repo.find_meeting(cf, 1, 2023)
    meeting.agenda[0].assignments = [Assignment("Підготувати звіт", member_id=new.key.id)]
    council_repo.replace_meeting(cf, meeting)
    member = council_repo.get_member(cf, new.key.id)
    edit = members.delete_member(cf, member)
    assert edit.what == "all"
    round_trip(cf, edit)
    kept = council_repo.find_meeting(cf, 1, 2023).agenda[0].assignments[0]
    assert (kept.member_id, kept.responsible) == (None, member.name.short)
    edit.revert(cf)
    assert council_repo.find_meeting(cf, 1, 2023).agenda[0].assignments[0].member_id == member.id


def test_a_planned_meeting_is_not_finalised_until_held(cf):
    meeting = council_repo.find_meeting(cf, 1, 2023)
    planned = dataclasses.replace(meeting, status=MeetingStatus.PLANNED)
    meetings.replace_meeting(meeting, planned).apply(cf)
    planned = council_repo.get_meeting(cf, meeting.id)
    with pytest.raises(InputError, match="лише заплановане"):
        protocol.finalise(cf, planned)
    held = meetings.hold(planned)
    round_trip(cf, held)
    assert council_repo.get_meeting(cf, meeting.id).status is MeetingStatus.DRAFT


# -- the next meeting from the last ----------------------------------------------------------


def test_the_next_meeting_opens_with_the_standing_items_and_the_open_assignments(cf):
    previous = give_assignments(cf)
    first = all_assignments(previous)[0]
    assignments.set_status(
        cf,
        first.id,
        StatusMark(AssignmentStatus.IN_PROGRESS, dt.date(2023, 8, 2), "зібрано частково"),
    ).apply(cf)
    proposal = next_meeting.propose_next(cf, NEXT, today=dt.date(2023, 9, 1))
    meeting = proposal.meeting
    assert proposal.previous.id == previous.id
    assert (meeting.number, meeting.date, meeting.place, meeting.status) == (
        2,
        NEXT,
        previous.place,
        MeetingStatus.PLANNED,
    )
    assert [a.member_id for a in meeting.attendance] == [a.member_id for a in previous.attendance]
    assert all(a.present and not a.absence_reason for a in meeting.attendance)
    assert meeting.signatures == previous.signatures
    assert [i.title for i in meeting.agenda] == [
        "Про затвердження протоколу попереднього засідання",
        "Про виконання попередніх доручень",
    ]
    assert meeting.agenda[0].decided == (
        "Затвердити протокол засідання координаційної ради №1 від 30.06.2023."
    )
    report = meeting.agenda[1].heard
    assert report.splitlines()[1:] == [
        "1) Надати інформацію про кількість звернень (засідання №1 від 30.06.2023, питання 2)."
        " Відповідальний: Сектор превенції поліції. Термін: 01.08.2023 (прострочено)."
        " Стан: виконується (02.08.2023: зібрано частково).",
        f"2) Провести інформаційну кампанію (засідання №1 від 30.06.2023, питання 2)."
        f" Відповідальний: {proposal.open_assignments[1].responsible}. Термін: До 10 грудня."
        " Стан: стан не зазначено.",
        "3) Звітувати про роботу служби (засідання №1 від 30.06.2023, питання 3)."
        " Відповідальний: ЦНСП. Термін: Щокварталу. Стан: стан не зазначено.",
    ]
    assert len(proposal.open_assignments) == 3


def test_numbering_restarts_with_the_year_and_a_past_day_makes_a_draft(cf):
    give_assignments(cf)
    proposal = next_meeting.propose_next(cf, dt.date(2024, 2, 1), today=dt.date(2024, 3, 1))
    assert (proposal.meeting.number, proposal.meeting.status) == (1, MeetingStatus.DRAFT)


def test_unfinished_items_are_offered_and_the_chosen_ones_stored_as_one_edit(cf):
    meeting = council_repo.find_meeting(cf, 1, 2023)
    meeting.agenda[2].decided = "Розгляд питання перенести на наступне засідання."
    meeting.agenda.append(AgendaItem("Про різне"))
    council_repo.replace_meeting(cf, meeting)
    proposal = next_meeting.propose_next(cf, NEXT, today=NEXT)
    assert [i.title for i in proposal.offered] == [meeting.agenda[2].title, "Про різне"]
    assert all(i.id is None and not i.decided for i in proposal.offered)
    edit = next_meeting.create_next(proposal, offered=[1])
    round_trip(cf, edit)
    stored = council_repo.find_meeting(cf, 2, 2023)
    assert [i.title for i in stored.agenda][2:] == ["Про різне"]
    assert stored.status is MeetingStatus.DRAFT


# -- the work plan ---------------------------------------------------------------------------


def _plan(cf) -> WorkPlan:
    edit = work_plans.add_plan(
        WorkPlan(
            2023,
            [
                PlannedQuestion(3, "Про стан роботи з кривдниками", "Сектор превенції"),
                PlannedQuestion(3, "Про підготовку до акції «16 днів проти насильства»"),
                PlannedQuestion(4, adoption_title(2024)),
            ],
        )
    )
    round_trip(cf, edit)
    return work_plan_repo.get_plan(cf, edit.key)


def test_the_quarters_questions_are_offered_and_go_into_the_next_meeting(cf):
    plan = _plan(cf)
    proposal = next_meeting.propose_next(cf, NEXT, today=dt.date(2023, 9, 1))
    assert [q.title for q in proposal.planned] == [q.title for q in plan.in_quarter(3)]
    edit = next_meeting.create_next(proposal, planned=[proposal.planned[0].id])
    assert edit.what == "all"
    round_trip(cf, edit)
    stored = council_repo.find_meeting(cf, 2, 2023)
    assert stored.agenda[-1].title == "Про стан роботи з кривдниками"
    assert stored.agenda[-1].speakers[0].name == "Сектор превенції"
    plan = work_plan_repo.get_plan(cf, plan.id)
    assert [q.meeting_id for q in plan.questions] == [stored.id, None, None]
    assert [q.title for q in plan.waiting(3)] == [
        "Про підготовку до акції «16 днів проти насильства»"
    ]


def test_questions_go_into_a_planned_meeting_and_deleting_it_gives_them_back(cf):
    plan = _plan(cf)
    meeting = council_repo.find_meeting(cf, 1, 2023)
    edit = work_plans.questions_into(cf, plan, 3, meeting)
    round_trip(cf, edit)
    assert [i.title for i in council_repo.get_meeting(cf, meeting.id).agenda][3:] == [
        q.title for q in plan.in_quarter(3)
    ]
    assert (
        work_plans.questions_into(
            cf, work_plan_repo.get_plan(cf, plan.id), 3, council_repo.get_meeting(cf, meeting.id)
        )
        is None
    )
    deletion = meetings.delete_meeting(cf, council_repo.get_meeting(cf, meeting.id))
    round_trip(cf, deletion)
    assert work_plan_repo.get_plan(cf, plan.id).waiting(3) != []


def test_a_plan_is_adopted_at_a_meeting_with_its_agenda_item(cf):
    plan = _plan(cf)
    meeting = council_repo.find_meeting(cf, 1, 2023)
    edit = work_plans.adopt_at(cf, plan, meeting)
    round_trip(cf, edit)
    stored = council_repo.get_meeting(cf, meeting.id)
    assert stored.agenda[-1].title == adoption_title(2023)
    assert work_plan_repo.get_plan(cf, plan.id).adopted_meeting_id == meeting.id
    protocol.finalise(cf, stored)
    with pytest.raises(InputError, match="затверджено"):
        work_plans.questions_into(cf, plan, 3, council_repo.get_meeting(cf, meeting.id))


def test_a_second_plan_for_a_year_is_refused(cf):
    _plan(cf)
    with pytest.raises(InputError, match="2023 рік уже є"):
        work_plans.add_plan(WorkPlan(2023)).apply(cf)
