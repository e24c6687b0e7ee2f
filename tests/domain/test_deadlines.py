"""Deadlines as councils word them, when they fall due, and the checks of an assignment."""

from __future__ import annotations

import datetime as dt

import pytest

from hromada_desk.domain.assignments import (
    Assignment,
    AssignmentStatus,
    GivenAssignment,
    StatusMark,
    responsible_name,
)
from hromada_desk.domain.deadlines import (
    Cadence,
    Deadline,
    next_due,
    parse_deadline,
    pasted_day,
    period_end,
    schedule,
)
from hromada_desk.domain.validation import errors, validate_assignment

GIVEN = dt.date(2024, 6, 30)


@pytest.mark.parametrize(
    ("typed", "once"),
    [
        ("10.12.2024", dt.date(2024, 12, 10)),
        ("До 10 грудня", dt.date(2024, 12, 10)),
        ("до 10 січня", dt.date(2025, 1, 10)),  # the first 10 January after the meeting
        ("до 15 березня 2026 року", dt.date(2026, 3, 15)),
        ("до 01.03.2025", dt.date(2025, 3, 1)),
        ("Грудень", dt.date(2024, 12, 31)),
        ("Листопад-грудень", dt.date(2024, 12, 31)),
        ("березень 2025 року", dt.date(2025, 3, 31)),
        ("І квартал", dt.date(2025, 3, 31)),  # Cyrillic «І»
        ("I квартал 2024", dt.date(2024, 3, 31)),  # Latin «I», a year named
        ("IV квартал", dt.date(2024, 12, 31)),
        ("3-й квартал", dt.date(2024, 9, 30)),
        ("ІІ півріччя", dt.date(2024, 12, 31)),
        ("Протягом року", dt.date(2024, 12, 31)),
        ("до кінця 2025 року", dt.date(2025, 12, 31)),
    ],
)
def test_a_deadline_in_words_falls_due_on_one_day(typed, once):
    assert schedule(parse_deadline(typed), GIVEN).once == once


@pytest.mark.parametrize(
    ("typed", "cadence"),
    [
        ("Щокварталу", Cadence.QUARTERLY),
        ("щоквартально", Cadence.QUARTERLY),
        ("Щомісяця", Cadence.MONTHLY),
        ("щомісячно", Cadence.MONTHLY),
        ("Щопівроку", Cadence.HALF_YEARLY),
        ("Щорічно", Cadence.YEARLY),
    ],
)
def test_a_recurring_deadline_comes_back_at_the_end_of_each_period(typed, cadence):
    deadline = parse_deadline(typed)
    assert schedule(deadline, GIVEN).every is cadence
    today = dt.date(2024, 11, 5)
    assert next_due(deadline, GIVEN, today) == period_end(cadence, today) >= today


@pytest.mark.parametrize("typed", ["Постійно", "постійно", "За потреби", ""])
def test_a_standing_or_unreadable_deadline_never_falls_due(typed):
    assert next_due(parse_deadline(typed), GIVEN, dt.date(2030, 1, 1)) is None


def test_only_a_whole_date_is_kept_as_a_date_and_labels_read_as_typed():
    assert parse_deadline(" 10.12.2024 ") == Deadline(dt.date(2024, 12, 10))
    assert parse_deadline("10.12.2024").label == "10.12.2024"
    assert parse_deadline("31.02.2024") == Deadline(None, "31.02.2024")
    assert parse_deadline("  До   10 грудня ").label == "До 10 грудня"
    assert Deadline().is_empty and not parse_deadline("Постійно").is_empty


def test_period_ends():
    day = dt.date(2024, 2, 10)
    assert period_end(Cadence.MONTHLY, day) == dt.date(2024, 2, 29)
    assert period_end(Cadence.QUARTERLY, day) == dt.date(2024, 3, 31)
    assert period_end(Cadence.HALF_YEARLY, day) == dt.date(2024, 6, 30)
    assert period_end(Cadence.YEARLY, day) == dt.date(2024, 12, 31)


def _given(assignment: Assignment) -> GivenAssignment:
    return GivenAssignment(assignment, 1, 1, GIVEN, 2, "Про стан", "ССД")


def test_overdue_is_an_open_assignment_whose_day_has_passed():
    late = Assignment("Звіт", "ССД", deadline=Deadline(dt.date(2024, 9, 1)))
    assert _given(late).is_overdue(dt.date(2024, 9, 2))
    assert not _given(late).is_overdue(dt.date(2024, 9, 1))
    late.mark = StatusMark(AssignmentStatus.NOT_DONE, dt.date(2024, 9, 5))
    assert late.is_open and _given(late).is_overdue(dt.date(2024, 9, 6))
    late.mark = StatusMark(AssignmentStatus.DONE, dt.date(2024, 9, 5), "виконано")
    assert not late.is_open and not _given(late).is_overdue(dt.date(2024, 9, 6))
    recurring = Assignment("Звіт", "ССД", deadline=Deadline(None, "Щокварталу"))
    assert not _given(recurring).is_overdue(dt.date(2025, 9, 6))
    assert _given(late).meeting_label == "№1 від 30.06.2024"


def test_statuses_read_as_documents_word_them():
    assert [s.label for s in AssignmentStatus] == [
        "виконано",
        "виконується",
        "не виконано",
        "знято з контролю",
    ]
    assert [s.closes for s in AssignmentStatus] == [True, False, False, True]
    assert Assignment("x", "y").status_label == "стан не зазначено"


def test_a_member_is_named_as_now_and_a_deleted_one_as_stored():
    assignment = Assignment("Звіт", "Удовиченко К.О.", member_id=7)
    assert responsible_name(assignment, {7: "Удовиченко-Нова К.О."}) == "Удовиченко-Нова К.О."
    assert responsible_name(assignment, {}) == "Удовиченко К.О."


def _messages(assignment: Assignment) -> list[str]:
    return [f.message for f in errors(validate_assignment(assignment, GIVEN, "доручення 1"))]


def test_an_assignment_needs_what_and_who():
    assert _messages(Assignment(" ", "")) == [
        "Доручення не може бути порожнім",
        "Відповідальний не може бути порожнім",
    ]
    assert _messages(Assignment("Звіт", "", member_id=3)) == []


def test_a_deadline_before_the_meeting_is_refused_with_both_days():
    assert _messages(Assignment("Звіт", "ССД", deadline=Deadline(dt.date(2024, 6, 1)))) == [
        "Термін виконання (01.06.2024) раніше за дату засідання (30.06.2024)"
    ]
    assert _messages(Assignment("Звіт", "ССД", deadline=parse_deadline("до 01.03.2024"))) == [
        "Термін виконання (01.03.2024) раніше за дату засідання (30.06.2024)"
    ]
    assert _messages(Assignment("Звіт", "ССД", deadline=parse_deadline("31.02.2025"))) == [
        "Термін виконання: дати «31.02.2025» немає в календарі"
    ]
    assert _messages(Assignment("Звіт", "ССД", deadline=Deadline(GIVEN))) == []


def test_a_status_is_not_recorded_before_the_meeting_and_its_note_has_a_limit():
    early = StatusMark(AssignmentStatus.DONE, dt.date(2024, 6, 29))
    assert _messages(Assignment("Звіт", "ССД", mark=early)) == [
        "Дата зміни стану (29.06.2024) раніше за дату засідання (30.06.2024)"
    ]
    long = StatusMark(AssignmentStatus.DONE, GIVEN, "я" * 5001)
    assert _messages(Assignment("Звіт", "ССД", mark=long)) == [
        "Примітка до стану: задовгий текст (5001 символів), найбільше 5000"
    ]


@pytest.mark.parametrize(
    ("pasted", "day"),
    [
        ("30.06.2023", dt.date(2023, 6, 30)),
        (" 30.06.2023\r\n", dt.date(2023, 6, 30)),  # a spreadsheet's cell
        ("30.06.2023 року", dt.date(2023, 6, 30)),
        ("30.06.2023 р.", dt.date(2023, 6, 30)),
        ("2023-06-30", dt.date(2023, 6, 30)),
        ("30 червня 2023 року", dt.date(2023, 6, 30)),
        ("1 СІЧНЯ 2024 р.", dt.date(2024, 1, 1)),
        ("30 червня", None),  # which year?
        ("до 30 червня 2023 року", None),  # words around it: not a date
        ("31.02.2023", None),
        ("30.06.23", None),
        ("30.06.1899", None),  # before the years the program keeps
    ],
)
def test_a_pasted_day_is_read_whole(pasted, day):
    assert pasted_day(pasted) == day
