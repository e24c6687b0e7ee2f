"""The records a coordination council keeps, as plain dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from hromada_desk.domain import limits
from hromada_desk.domain.names import Gender, PersonName

# Kept here too because the records and their users have always taken them from here.
MIN_YEAR = limits.MIN_YEAR
MAX_YEAR = limits.MAX_YEAR
MAX_POPULATION = limits.MAX_POPULATION


class SettlementKind(StrEnum):
    CITY = "city"
    SETTLEMENT = "settlement"
    VILLAGE = "village"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def abbreviation(self) -> str:
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    SettlementKind.CITY: ("місто", "м."),
    SettlementKind.SETTLEMENT: ("селище", "с-ще"),
    SettlementKind.VILLAGE: ("село", "с."),
}


class CouncilRole(StrEnum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    SECRETARY = "secretary"
    MEMBER = "member"

    @property
    def label(self) -> str:
        """The role as a document names it: «голова координаційної ради»."""
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    CouncilRole.CHAIR: "голова координаційної ради",
    CouncilRole.DEPUTY_CHAIR: "заступник голови координаційної ради",
    CouncilRole.SECRETARY: "секретар координаційної ради",
    CouncilRole.MEMBER: "член координаційної ради",
}


class MeetingKind(StrEnum):
    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class MeasureStatus(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    NOT_STARTED = "not_started"

    @property
    def label(self) -> str:
        return {
            MeasureStatus.DONE: "виконано",
            MeasureStatus.IN_PROGRESS: "виконується",
            MeasureStatus.NOT_DONE: "не виконано",
            MeasureStatus.NOT_STARTED: "не розпочато",
        }[self]


@dataclass(slots=True)
class Community:
    name: str
    council_name: str
    council_name_genitive: str
    executive_committee: str
    oblast: str = ""
    rayon: str = ""

    @property
    def region(self) -> str:
        """«Полтавська область, Полтавський район» (either part may be unknown)."""
        parts = []
        if self.oblast:
            parts.append(f"{self.oblast} область")
        if self.rayon:
            parts.append(f"{self.rayon} район")
        return ", ".join(parts)


@dataclass(slots=True)
class Settlement:
    name: str
    kind: SettlementKind = SettlementKind.VILLAGE
    admin_center: bool = False
    area_km2: float | None = None
    starosta_district: str = ""
    distance_km: float | None = None
    archived: bool = False
    id: int | None = None

    @property
    def display_name(self) -> str:
        """«с-ще Ланна», «с. Коржиха»."""
        return f"{self.kind.abbreviation} {self.name}"


@dataclass(slots=True)
class Population:
    """The population of one settlement on 1 January of a year."""

    settlement_id: int
    year: int
    total: int
    men: int | None = None
    women: int | None = None
    children: int | None = None

    @property
    def breakdown(self) -> tuple[int | None, int | None, int | None]:
        return (self.men, self.women, self.children)


@dataclass(slots=True)
class Member:
    name: PersonName
    position: str
    role: CouncilRole = CouncilRole.MEMBER
    organisation: str = ""
    phone: str = ""
    member_from: dt.date | None = None
    member_to: dt.date | None = None
    id: int | None = None

    @property
    def gender(self) -> Gender | None:
        return self.name.gender

    def is_member_on(self, day: dt.date) -> bool:
        if self.member_from is not None and day < self.member_from:
            return False
        return not (self.member_to is not None and day > self.member_to)


@dataclass(slots=True)
class Speaker:
    """A speaker on an agenda item: a council member or a name typed by hand."""

    member_id: int | None = None
    name: str = ""
    role: str = ""


@dataclass(slots=True)
class Votes:
    in_favour: int
    against: int = 0
    abstained: int = 0

    @property
    def total(self) -> int:
        return self.in_favour + self.against + self.abstained


@dataclass(slots=True)
class AgendaItem:
    title: str
    speakers: list[Speaker] = field(default_factory=list)
    heard: str = ""
    heard_closing: str = ""
    spoke: str = ""
    decided: str = ""
    votes: Votes | None = None
    calculation_years: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class Attendance:
    member_id: int
    present: bool = True
    absence_reason: str = ""


@dataclass(slots=True)
class Guest:
    name: str
    position: str = ""


@dataclass(slots=True)
class Signature:
    member_id: int
    role: str


@dataclass(slots=True)
class Meeting:
    number: int
    date: dt.date
    place: str
    title: str
    kind: MeetingKind = MeetingKind.REGULAR
    status: MeetingStatus = MeetingStatus.DRAFT
    attendance: list[Attendance] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    id: int | None = None

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def label(self) -> str:
        """«№1/2023», the form the command line takes."""
        return f"{self.number}/{self.year}"


@dataclass(slots=True)
class PlanMeasure:
    number: str
    text: str
    coordinator: str = ""
    involved: str = ""
    deadline: str = ""
    funding: str = ""
    id: int | None = None


@dataclass(slots=True)
class PlanGoal:
    number: int
    text: str
    indicators: str = ""
    measures: list[PlanMeasure] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class PlanSection:
    title: str
    statement: str = ""
    goals: list[PlanGoal] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class Footnote:
    marker: str
    text: str


@dataclass(slots=True)
class ActionPlan:
    title: str
    period_start: int
    period_end: int
    approved_by: str = ""
    approved_date: dt.date | None = None
    approved_number: str = ""
    signatory_position: str = ""
    signatory_name: str = ""
    sections: list[PlanSection] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    id: int | None = None

    @property
    def measures(self) -> list[PlanMeasure]:
        return [m for s in self.sections for g in s.goals for m in g.measures]


@dataclass(slots=True)
class MeasureReport:
    measure_id: int
    period: str
    status: MeasureStatus
    done: str = ""
    money_spent: float | None = None
