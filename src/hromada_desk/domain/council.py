"""What the coordination council keeps about itself: members, meetings, their protocols."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from hromada_desk.domain.assignments import Assignment

# Re-exported: its home is domain.council_body (the community's record needs it at start-up).
from hromada_desk.domain.council_body import CouncilBody as CouncilBody
from hromada_desk.domain.names import Gender, PersonName


class CouncilRole(StrEnum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    SECRETARY = "secretary"
    MEMBER = "member"

    @property
    def label(self) -> str:
        """The role as a document names it: «голова координаційної ради»."""
        return self.label_in(CouncilBody.COORDINATION_COUNCIL)

    def label_in(self, body: CouncilBody) -> str:
        """«голова комісії», «секретар робочої групи»."""
        return f"{_ROLE_WORDS[self]} {body.genitive}"

    @property
    def leads(self) -> bool:
        """Chair, deputy and secretary: their role comes before their position in the list
        of those present; an ordinary member's does not."""
        return self is not CouncilRole.MEMBER


_ROLE_WORDS = {
    CouncilRole.CHAIR: "голова",
    CouncilRole.DEPUTY_CHAIR: "заступник голови",
    CouncilRole.SECRETARY: "секретар",
    CouncilRole.MEMBER: "член",
}


class MeetingKind(StrEnum):
    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"


class MeetingStatus(StrEnum):
    """A meeting planned ahead (its agenda before it takes place), held and being written up
    (a draft protocol), or finalised (its protocol frozen)."""

    PLANNED = "planned"
    DRAFT = "draft"
    FINAL = "final"


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
    assignments: list[Assignment] = field(default_factory=list)  # given by the decision
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
    time: str = ""  # «10:00», when it begins (the notice says it); empty: not set
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


# The words of the seed protocol; only the council's name in the genitive changes.
STANDARD_TITLE = (
    "Засідання координаційної ради з питань запобігання та протидії домашньому "
    "насильству, насильству за ознакою статі та протидії торгівлі людьми на "
    "території населених пунктів {council}"
)
_SIGNING_ROLES = (CouncilRole.CHAIR, CouncilRole.SECRETARY)


def standard_title(council_name_genitive: str) -> str:
    return STANDARD_TITLE.format(council=council_name_genitive).strip()


def proposed_signatures(
    members: list[Member], day: dt.date, body: CouncilBody = CouncilBody.COORDINATION_COUNCIL
) -> list[Signature]:
    """The chair and the secretary of the council on that day sign, as in the seed protocol."""
    signatures = []
    for role in _SIGNING_ROLES:
        member = next((m for m in members if m.role is role and m.is_member_on(day)), None)
        if member is not None and member.id is not None:
            label = role.label_in(body)
            signatures.append(Signature(member.id, label[:1].upper() + label[1:]))
    return signatures


def propose_meeting(
    day: dt.date,
    number: int,
    council_name_genitive: str,
    place: str,
    members: list[Member],
    body: CouncilBody = CouncilBody.COORDINATION_COUNCIL,
) -> Meeting:
    """A new meeting on ``day`` with the given number: the standard title, held at ``place``
    (the administrative centre), the chair and the secretary to sign."""
    return Meeting(
        number=number,
        date=day,
        place=place,
        title=standard_title(council_name_genitive),
        signatures=proposed_signatures(members, day, body),
    )


def valid_time(text: str) -> bool:
    """«10:00», «9:30»: a time of day as a meeting's start is written; empty is no time."""
    hours, colon, minutes = text.strip().partition(":")
    return not text.strip() or (
        colon == ":"
        and hours.isdigit()
        and minutes.isdigit()
        and len(minutes) == 2
        and int(hours) < 24
        and int(minutes) < 60
        and len(hours) <= 2
    )


def has_quorum(present: int, members: int, percent: int) -> bool:
    """More than ``percent`` % of the members present (50: more than half)."""
    return members > 0 and present * 100 > members * percent
