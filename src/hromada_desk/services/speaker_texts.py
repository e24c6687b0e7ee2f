"""What the agenda item's form proposes about its texts: the openings after СЛУХАЛИ and
ВИРІШИЛИ for the item's first speaker, in the right case and gender, and the corrections of
members' names typed in the wrong case. Proposals only: the person applies them or not."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hromada_desk.domain.council import AgendaItem, CouncilBody, Member
from hromada_desk.domain.declension import (
    Correction,
    KnownPerson,
    check_heard,
    check_information,
    decided_opening,
    heard_opening,
)


class Field(StrEnum):
    HEARD = "heard"
    DECIDED = "decided"


@dataclass(frozen=True, slots=True)
class Proposal:
    """An opening to put at the start of an empty field, or a correction of a stretch of
    text (``correction``); ``text`` is what would be written."""

    field: Field
    text: str
    correction: Correction | None = None

    def apply(self, current: str) -> str:
        """The field's text with the proposal made; unchanged if the text moved on since."""
        if self.correction is not None:
            return self.correction.apply(current)
        return current if current.strip() else self.text


def known_people(members: list[Member], body: CouncilBody) -> list[KnownPerson]:
    """The members as texts name them: with their council role and position."""
    return [
        KnownPerson(
            m.name, tuple(r for r in (m.role.label_in(body), m.role.label, m.position) if r)
        )
        for m in members
    ]


def _first_speaker(item: AgendaItem, members: dict[int, Member]) -> tuple[str, Member] | None:
    for speaker in item.speakers:
        member = members.get(speaker.member_id) if speaker.member_id is not None else None
        if member is not None:
            return speaker.role or member.role.label, member
    return None


def proposals(
    item: AgendaItem, members: list[Member], body: CouncilBody = CouncilBody.COORDINATION_COUNCIL
) -> list[Proposal]:
    """The openings for empty СЛУХАЛИ / ВИРІШИЛИ fields of an item whose speaker is a
    member, and the corrections of members' names in the wrong case in both texts."""
    found: list[Proposal] = []
    speaker = _first_speaker(item, {m.id: m for m in members if m.id is not None})
    if speaker is not None:
        role, member = speaker
        if not item.heard.strip():
            found.append(Proposal(Field.HEARD, heard_opening(role, member.name)))
        if not item.decided.strip():
            found.append(Proposal(Field.DECIDED, decided_opening(role, member.name)))
    people = known_people(members, body)
    found += [Proposal(Field.HEARD, c.proposed, c) for c in check_heard(item.heard, people)]
    found += [
        Proposal(Field.DECIDED, c.proposed, c) for c in check_information(item.decided, people)
    ]
    return found
