"""What is due on a day: assignments past their deadline or due within 30 days, the next
planned meeting and its questions (or the work plan's questions still waiting for one), the
campaign «16 днів проти насильства», last year's figures not yet entered, an action plan
that ends this year without a successor. A pure function of the records and the day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from hromada_desk.domain.assignments import GivenAssignment
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.plans import period_text
from hromada_desk.domain.work_plan import QUARTER_NAMES, WorkPlan, quarter_of

SOON_DAYS = 30  # an assignment, a meeting or the campaign this close is listed
CAMPAIGN = "«16 днів проти насильства»"
CAMPAIGN_START = (11, 25)  # 25 November
CAMPAIGN_END = (12, 10)  # 10 December, Human Rights Day


class DueKind(StrEnum):
    OVERDUE = "overdue"  # an open assignment past its deadline
    SOON = "soon"  # an open assignment due within SOON_DAYS
    MEETING = "meeting"  # the next planned meeting, with its questions
    QUESTIONS = "questions"  # the work plan's questions of a quarter without a meeting yet
    CAMPAIGN = "campaign"
    FIGURES = "figures"  # last year's figures missing
    ACTION_PLAN = "action_plan"  # ends this year, nothing follows it


@dataclass(frozen=True, slots=True)
class MeetingOutline:
    """What the due list needs of a meeting."""

    id: int
    number: int
    day: dt.date
    planned: bool
    agenda: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlanPeriod:
    """What the due list needs of an action plan."""

    id: int
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DueInput:
    assignments: Sequence[GivenAssignment] = ()
    meetings: Sequence[MeetingOutline] = ()
    work_plans: Sequence[WorkPlan] = ()
    indicators: Mapping[int, int] = field(default_factory=dict)  # year → values entered
    population_years: frozenset[int] = frozenset()
    action_plans: Sequence[PlanPeriod] = ()


@dataclass(frozen=True, slots=True)
class DueEntry:
    kind: DueKind
    text: str  # one line, Ukrainian
    day: dt.date | None = None  # the day it concerns (a deadline, a meeting, a start)
    details: tuple[str, ...] = ()  # a meeting's questions
    ref: int | None = None  # the assignment, meeting or plan it is about


def days_word(count: int) -> str:
    """«1 день», «3 дні», «11 днів»."""
    if count % 10 == 1 and count % 100 != 11:
        return f"{count} день"
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return f"{count} дні"
    return f"{count} днів"


def _when(day: dt.date, today: dt.date) -> str:
    left = (day - today).days
    return "сьогодні" if left == 0 else "завтра" if left == 1 else f"за {days_word(left)}"


def _assignment_line(entry: GivenAssignment) -> str:
    text = " ".join(entry.assignment.text.split())
    return f"{text} — {entry.responsible} (засідання {entry.meeting_label})"


def _assignments(given: Sequence[GivenAssignment], today: dt.date) -> list[DueEntry]:
    overdue, soon = [], []
    for entry in given:
        due = entry.due(today)
        if not entry.assignment.is_open or due is None:
            continue
        if due < today:
            late = (today - due).days
            overdue.append(
                (
                    due,
                    DueEntry(
                        DueKind.OVERDUE,
                        f"Прострочено на {days_word(late)} (термін {due:%d.%m.%Y}): "
                        f"{_assignment_line(entry)}",
                        due,
                        ref=entry.assignment.id,
                    ),
                )
            )
        elif (due - today).days <= SOON_DAYS:
            soon.append(
                (
                    due,
                    DueEntry(
                        DueKind.SOON,
                        f"Термін {due:%d.%m.%Y} ({_when(due, today)}): {_assignment_line(entry)}",
                        due,
                        ref=entry.assignment.id,
                    ),
                )
            )
    return [e for _, e in sorted(overdue, key=lambda p: p[0])] + [
        e for _, e in sorted(soon, key=lambda p: p[0])
    ]


def _next_meeting(data: DueInput, today: dt.date) -> list[DueEntry]:
    planned = sorted(
        (m for m in data.meetings if m.planned and m.day >= today), key=lambda m: (m.day, m.number)
    )
    if planned:
        meeting = planned[0]
        return [
            DueEntry(
                DueKind.MEETING,
                f"Наступне засідання №{meeting.number} — {meeting.day:%d.%m.%Y} "
                f"({_when(meeting.day, today)}), питань порядку денного: {len(meeting.agenda)}",
                meeting.day,
                tuple(f"{i}. {title}" for i, title in enumerate(meeting.agenda, 1)),
                meeting.id,
            )
        ]
    plan = next((p for p in data.work_plans if p.year == today.year), None)
    if plan is None:
        return []
    for quarter in range(quarter_of(today), 5):
        waiting = plan.waiting(quarter)
        if waiting:
            return [
                DueEntry(
                    DueKind.QUESTIONS,
                    f"План роботи на {plan.year} рік: {QUARTER_NAMES[quarter]} — "
                    f"засідання ще не заплановано, питань: {len(waiting)}",
                    None,
                    tuple(f"{i}. {q.title}" for i, q in enumerate(waiting, 1)),
                    plan.id,
                )
            ]
    return []


def _campaign(today: dt.date) -> list[DueEntry]:
    start = dt.date(today.year, *CAMPAIGN_START)
    end = dt.date(today.year, *CAMPAIGN_END)
    if start <= today <= end:
        return [
            DueEntry(
                DueKind.CAMPAIGN,
                f"Триває щорічна акція {CAMPAIGN}: з {start:%d.%m.%Y} по {end:%d.%m.%Y}",
                start,
            )
        ]
    if 0 < (start - today).days <= SOON_DAYS:
        return [
            DueEntry(
                DueKind.CAMPAIGN,
                f"Щорічна акція {CAMPAIGN} — з {start:%d.%m.%Y} "
                f"по {end:%d.%m.%Y} (початок {_when(start, today)})",
                start,
            )
        ]
    return []


def _figures(data: DueInput, today: dt.date) -> list[DueEntry]:
    year = today.year - 1
    found = []
    entered = data.indicators.get(year, 0)
    if entered == 0:
        found.append(DueEntry(DueKind.FIGURES, f"Показники за {year} рік не внесено"))
    elif entered < len(INDICATOR_CODES):
        found.append(
            DueEntry(
                DueKind.FIGURES,
                f"Показники за {year} рік внесено не всі ({entered} з {len(INDICATOR_CODES)})",
            )
        )
    if year not in data.population_years:
        found.append(DueEntry(DueKind.FIGURES, f"Чисельність населення за {year} рік не внесено"))
    return found


def _action_plans(data: DueInput, today: dt.date) -> list[DueEntry]:
    if any(p.end > today.year for p in data.action_plans):
        return []
    return [
        DueEntry(
            DueKind.ACTION_PLAN,
            f"План дій «{' '.join(p.title.split())}» "
            f"({period_text(p.start, p.end)}) закінчується цього року, наступного плану немає",
            dt.date(p.end, 12, 31),
            ref=p.id,
        )
        for p in data.action_plans
        if p.end == today.year
    ]


def what_is_due(data: DueInput, today: dt.date) -> list[DueEntry]:
    """Everything due on ``today``, most pressing first: overdue assignments (oldest deadline
    first), those due soon, the next meeting, the campaign, the figures, the action plan."""
    return [
        *_assignments(data.assignments, today),
        *_next_meeting(data, today),
        *_campaign(today),
        *_figures(data, today),
        *_action_plans(data, today),
    ]
