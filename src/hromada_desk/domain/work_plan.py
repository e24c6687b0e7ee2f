"""The council's work plan for a year: the questions it means to consider, by quarter, adopted
at a meeting; each question goes into the agenda of the meeting held for its quarter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

QUARTERS = (1, 2, 3, 4)
QUARTER_NAMES = {1: "І квартал", 2: "ІІ квартал", 3: "ІІІ квартал", 4: "IV квартал"}
ADOPTION_TITLE = "Про затвердження плану роботи координаційної ради на {year} рік"
ADOPTION_DECISION = "Затвердити план роботи координаційної ради на {year} рік (додається)."


@dataclass(slots=True)
class PlannedQuestion:
    """A question planned for a quarter, with who prepares it; ``meeting_id``: the meeting
    whose agenda it went into (None while it waits)."""

    quarter: int
    title: str
    responsible: str = ""
    meeting_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class WorkPlan:
    year: int
    questions: list[PlannedQuestion] = field(default_factory=list)
    adopted_meeting_id: int | None = None  # the meeting that adopted it
    id: int | None = None

    @property
    def title(self) -> str:
        return f"План роботи координаційної ради на {self.year} рік"

    def in_quarter(self, quarter: int) -> list[PlannedQuestion]:
        return [q for q in self.questions if q.quarter == quarter]

    def waiting(self, quarter: int) -> list[PlannedQuestion]:
        """The quarter's questions not yet in any meeting's agenda."""
        return [q for q in self.in_quarter(quarter) if q.meeting_id is None]


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> dt.date:
    return dt.date(year, quarter * 3, 30 if quarter in (2, 3) else 31)


def adoption_title(year: int) -> str:
    """«Про затвердження плану роботи координаційної ради на 2025 рік»."""
    return ADOPTION_TITLE.format(year=year)
