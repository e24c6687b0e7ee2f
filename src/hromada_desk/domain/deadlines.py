"""An assignment's deadline as a council words it («10.12.2024», «До 10 грудня», «Щокварталу»,
«Постійно») and, where the words allow, the day it falls due."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from hromada_desk.domain import limits


class Cadence(StrEnum):
    """A deadline that comes back: due at the end of every month, quarter, half-year, year."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


@dataclass(frozen=True, slots=True)
class Deadline:
    """A date, or the words of the decision (``text``); both empty: no deadline given."""

    day: dt.date | None = None
    text: str = ""

    @property
    def label(self) -> str:
        """As documents print it: «10.12.2024» or the words as typed."""
        return f"{self.day:%d.%m.%Y}" if self.day is not None else self.text.strip()

    @property
    def is_empty(self) -> bool:
        return self.day is None and not self.text.strip()


@dataclass(frozen=True, slots=True)
class Schedule:
    """What a deadline means from the day the assignment was given: one day (``once``), a
    recurring report (``every``), or neither («Постійно», words the program cannot read)."""

    once: dt.date | None = None
    every: Cadence | None = None


_MONTHS = {  # the stems of the nominative («грудень») and the genitive («грудня»)
    "січ": 1,
    "лют": 2,
    "берез": 3,
    "квіт": 4,
    "трав": 5,
    "черв": 6,
    "лип": 7,
    "серп": 8,
    "верес": 9,
    "жовт": 10,
    "листопад": 11,
    "груд": 12,
}
_MONTH = "(" + "|".join(_MONTHS) + r")[а-яіїєґ]*"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Roman numerals typed with the Cyrillic «І» or the Latin «I» (the two look alike).
_NUMERAL = "(iv|iii|ii|i|іv|ііі|іі|і|[1-4])"
_YEAR = r"(?:\s*([0-9]{4})(?:\s*(?:р\.?|року|рік))?)?"
_DATE = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})(?:\s*(?:р\.?|року))?")
_DAY_MONTH = re.compile(rf"([0-9]{{1,2}})\s+{_MONTH}{_YEAR}")
_QUARTER = re.compile(rf"\b{_NUMERAL}\s*(?:-?й\s*)?квартал[а-яі]*{_YEAR}")
_HALF = re.compile(rf"\b{_NUMERAL}\s*(?:-?е\s*)?півріччя{_YEAR}")
_MONTH_ONLY = re.compile(rf"(?:^|[\s-]){_MONTH}{_YEAR}\s*$")
_CADENCES = (
    (re.compile(r"щоміся|щомісяч|кожного місяця|щомісячно"), Cadence.MONTHLY),
    (re.compile(r"щокварт|кожного кварталу|щоквартально"), Cadence.QUARTERLY),
    (re.compile(r"щопівр|раз на півроку|кожного півріччя"), Cadence.HALF_YEARLY),
    (re.compile(r"щороку|щорічн|кожного року|щороч"), Cadence.YEARLY),
)
_YEAR_END = re.compile(
    rf"(?:протягом|до кінця|упродовж|впродовж)\s+(?:поточного\s+)?"
    rf"([0-9]{{4}}\s+)?рок[уі]{_YEAR}"
)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _roman(token: str) -> int:
    """«І», «ІІ» typed in Cyrillic or Latin letters, or a digit: 1…4."""
    return _ROMAN[token.replace("і", "i")]


def _month_end(year: int, month: int) -> dt.date | None:
    if not limits.MIN_YEAR <= year <= limits.MAX_YEAR:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if limits.MIN_DATE <= found <= limits.MAX_DATE else None


def _on_or_after(
    given: dt.date, year: str | None, make: Callable[[int], dt.date | None]
) -> dt.date | None:
    """The day ``make`` gives for the year named, or else the first on or after ``given``."""
    if year:
        return make(int(year))
    for candidate_year in (given.year, given.year + 1):
        found = make(candidate_year)
        if found is not None and found >= given:
            return found
    return None


def parse_deadline(text: str) -> Deadline:
    """A deadline as typed: a whole date («10.12.2024», «10.12.2024 р.») is kept as a date,
    anything else as words (checked by ``schedule`` when it falls due)."""
    stripped = " ".join(text.split())
    match = _DATE.fullmatch(stripped)
    if match:
        day = _safe(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if day is not None:
            return Deadline(day)
    return Deadline(None, stripped)


_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def parse_day(text: str) -> dt.date | None:
    """A day typed as «05.11.2024» or «2024-11-05» (ASCII digits only), within the years the
    program keeps; None for anything else."""
    stripped = text.strip()
    match = _ISO.fullmatch(stripped)
    if match:
        return _safe(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return parse_deadline(stripped).day if _DATE.fullmatch(stripped) else None


def pasted_day(text: str) -> dt.date | None:
    """The day a text copied from a document or a spreadsheet names, whole: «30.06.2023» with
    the line break a spreadsheet's cell is copied with, «30.06.2023 року», «2023-06-30»,
    «30 червня 2023 року»; None for anything else (a day without its year, words around it)."""
    folded = _fold(text)
    day = parse_day(folded)
    if day is not None:
        return day
    match = _DAY_MONTH.fullmatch(folded)
    if match is None or not match.group(3):
        return None
    return _safe(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))


def looks_like_date(text: str) -> bool:
    """Typed as a whole date («31.02.2024»), whether or not the calendar has it."""
    return _DATE.fullmatch(" ".join(text.split())) is not None


def schedule(deadline: Deadline, given: dt.date) -> Schedule:
    """When an assignment given on ``given`` (its meeting's day) falls due.

    «До 10 грудня» is the first 10 December on or after that day, «Грудень» and «Листопад-
    грудень» the month's last day, «ІІ квартал 2025» and «І півріччя» the last day of the
    period, «Протягом року» and «До кінця року» 31 December; «Щомісяця», «Щокварталу»,
    «Щопівроку», «Щороку» come back; «Постійно» and words not recognised fall due never."""
    if deadline.day is not None:
        return Schedule(once=deadline.day)
    text = _fold(deadline.text)
    if not text or "постійно" in text:
        return Schedule()
    for pattern, cadence in _CADENCES:
        if pattern.search(text):
            return Schedule(every=cadence)
    return Schedule(once=_one_day(text, given))


def _one_day(text: str, given: dt.date) -> dt.date | None:
    match = _DATE.search(text)
    if match:
        return _safe(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    match = _DAY_MONTH.search(text)
    if match:
        day, month = int(match.group(1)), _MONTHS[match.group(2)]
        return _on_or_after(given, match.group(3), lambda year: _safe(year, month, day))
    match = _QUARTER.search(text)
    if match:
        quarter = _roman(match.group(1))
        return _on_or_after(given, match.group(2), lambda year: _month_end(year, quarter * 3))
    match = _HALF.search(text)
    if match:
        half = _roman(match.group(1))
        if half > 2:
            return None
        return _on_or_after(given, match.group(2), lambda year: _month_end(year, half * 6))
    match = _YEAR_END.search(text)
    if match:
        named = (match.group(1) or "").strip() or match.group(2)
        return _on_or_after(given, named, lambda year: _safe(year, 12, 31))
    match = _MONTH_ONLY.search(text)
    if match:
        month = _MONTHS[match.group(1)]
        return _on_or_after(given, match.group(2), lambda year: _month_end(year, month))
    return None


_PERIOD_MONTHS = {
    Cadence.MONTHLY: 1,
    Cadence.QUARTERLY: 3,
    Cadence.HALF_YEARLY: 6,
    Cadence.YEARLY: 12,
}


def period_end(cadence: Cadence, day: dt.date) -> dt.date:
    """The last day of the month, quarter, half-year or year ``day`` falls in."""
    months = _PERIOD_MONTHS[cadence]
    last_month = ((day.month - 1) // months + 1) * months
    return dt.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])


def next_due(deadline: Deadline, given: dt.date, today: dt.date) -> dt.date | None:
    """The day the assignment is next due: its one day (even if it has passed), or the end of
    the current period of a recurring one; None when it never falls due."""
    planned = schedule(deadline, given)
    if planned.every is not None:
        return period_end(planned.every, max(today, given))
    return planned.once
