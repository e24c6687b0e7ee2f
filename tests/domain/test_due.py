"""What is due on a day, as a pure function of the records."""

from __future__ import annotations

import datetime as dt

import pytest

from hromada_desk.domain.assignments import (
    Assignment,
    AssignmentStatus,
    GivenAssignment,
    StatusMark,
)
from hromada_desk.domain.deadlines import Deadline
from hromada_desk.domain.due import (
    DueInput,
    DueKind,
    MeetingOutline,
    PlanPeriod,
    days_word,
    what_is_due,
)
from hromada_desk.domain.work_plan import PlannedQuestion, WorkPlan

GIVEN = dt.date(2024, 3, 1)
TODAY = dt.date(2024, 6, 10)
ALL_FIGURES = {2023: 12}
POPULATION = frozenset({2023})


def given(text: str, deadline: Deadline, mark: StatusMark | None = None) -> GivenAssignment:
    return GivenAssignment(
        Assignment(text, "ССД", deadline=deadline, mark=mark, id=len(text)),
        1,
        1,
        GIVEN,
        2,
        "Про стан",
        "ССД",
    )


def due(today: dt.date = TODAY, **records) -> list:
    records.setdefault("indicators", ALL_FIGURES)
    records.setdefault("population_years", POPULATION)
    return what_is_due(DueInput(**records), today)


def test_late_assignments_come_first_oldest_deadline_first_then_those_due_soon():
    entries = due(
        assignments=[
            given("Пізно", Deadline(dt.date(2024, 6, 1))),
            given("Дуже пізно", Deadline(dt.date(2024, 5, 1))),
            given("Скоро", Deadline(dt.date(2024, 7, 10))),  # 30 days on: listed
            given("Нескоро", Deadline(dt.date(2024, 7, 11))),
            given(
                "Виконано",
                Deadline(dt.date(2024, 5, 1)),
                StatusMark(AssignmentStatus.DONE, dt.date(2024, 5, 2)),
            ),
            given("Постійно", Deadline(None, "Постійно")),
            given("Щомісяця", Deadline(None, "Щомісяця")),
        ]
    )
    assert [(e.kind, e.day) for e in entries] == [
        (DueKind.OVERDUE, dt.date(2024, 5, 1)),
        (DueKind.OVERDUE, dt.date(2024, 6, 1)),
        (DueKind.SOON, dt.date(2024, 6, 30)),
        (DueKind.SOON, dt.date(2024, 7, 10)),
    ]
    assert entries[0].text == (
        "Прострочено на 40 днів (термін 01.05.2024): Дуже пізно — ССД (засідання №1 від 01.03.2024)"
    )
    assert entries[2].text.startswith("Термін 30.06.2024 (за 20 днів): Щомісяця")


def test_the_next_planned_meeting_with_its_questions():
    meetings = [
        MeetingOutline(1, 1, dt.date(2024, 3, 1), False, ("Старе",)),
        MeetingOutline(3, 3, dt.date(2024, 9, 20), True, ("Пізніше",)),
        MeetingOutline(2, 2, dt.date(2024, 6, 11), True, ("Про одне", "Про інше")),
    ]
    [entry] = due(meetings=meetings)
    assert (entry.kind, entry.ref, entry.day) == (DueKind.MEETING, 2, dt.date(2024, 6, 11))
    assert entry.text == "Наступне засідання №2 — 11.06.2024 (завтра), питань порядку денного: 2"
    assert entry.details == ("1. Про одне", "2. Про інше")


def test_without_a_planned_meeting_the_work_plans_waiting_questions():
    plan = WorkPlan(
        2024,
        [
            PlannedQuestion(2, "Взято", meeting_id=5),
            PlannedQuestion(3, "Про кривдників"),
            PlannedQuestion(3, "Про акцію"),
        ],
        id=7,
    )
    [entry] = due(work_plans=[plan])
    assert entry.kind is DueKind.QUESTIONS and entry.ref == 7
    assert entry.text == (
        "План роботи на 2024 рік: ІІІ квартал — засідання ще не заплановано, питань: 2"
    )
    assert entry.details == ("1. Про кривдників", "2. Про акцію")


@pytest.mark.parametrize(
    ("today", "shown"),
    [
        (dt.date(2024, 10, 25), False),
        (dt.date(2024, 10, 26), True),
        (dt.date(2024, 11, 25), True),
        (dt.date(2024, 12, 10), True),
        (dt.date(2024, 12, 11), False),
    ],
)
def test_the_campaign_is_shown_a_month_ahead_and_while_it_runs(today, shown):
    kinds = [e.kind for e in due(today)]
    assert (DueKind.CAMPAIGN in kinds) is shown


def test_last_years_figures_missing_or_incomplete():
    assert [e.text for e in due(indicators={}, population_years=frozenset())] == [
        "Показники за 2023 рік не внесено",
        "Чисельність населення за 2023 рік не внесено",
    ]
    assert [e.text for e in due(indicators={2023: 5})] == [
        "Показники за 2023 рік внесено не всі (5 з 12)"
    ]


def test_an_action_plan_ending_this_year_without_a_successor():
    ending = PlanPeriod(1, "План  дій", 2022, 2024)
    assert [e.text for e in due(action_plans=[ending])] == [
        "План дій «План дій» (2022–2024) закінчується цього року, наступного плану немає"
    ]
    assert due(action_plans=[ending, PlanPeriod(2, "Новий", 2025, 2027)]) == []
    assert due(action_plans=[PlanPeriod(1, "Старий", 2020, 2023)]) == []
    one_year = PlanPeriod(3, "План дій на 2024 рік", 2024, 2024)
    assert [e.text for e in due(action_plans=[one_year])] == [
        "План дій «План дій на 2024 рік» (2024) закінчується цього року, наступного плану немає"
    ]


def test_days_in_ukrainian():
    assert [days_word(n) for n in (1, 2, 5, 11, 12, 21, 22, 25, 111)] == [
        "1 день",
        "2 дні",
        "5 днів",
        "11 днів",
        "12 днів",
        "21 день",
        "22 дні",
        "25 днів",
        "111 днів",
    ]
