"""A meeting's protocol built from the records, frozen when finalised, then read from that."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hromada_desk.documents.protocol import (
    PersonLine,
    ProtocolAssignment,
    ProtocolData,
    ProtocolItem,
    from_json,
    to_json,
)
from hromada_desk.domain.assignments import responsible_name
from hromada_desk.domain.council import CouncilBody, Meeting, MeetingStatus, Member
from hromada_desk.domain.decisions import Contradiction, contradictions
from hromada_desk.domain.numbers import format_number
from hromada_desk.errors import InputError
from hromada_desk.services.needs import needs_year_for
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import CommunityFile


def _speaker(member: Member | None, name: str, role: str) -> str:
    """«голова координаційної ради Удовиченко К.О.», as the agenda prints a speaker."""
    who = member.name.short if member is not None else name
    return f"{role} {who}".strip() if role else who


def _position(member: Member) -> str:
    return member.position or member.organisation


def _person(member: Member, body: CouncilBody, reason: str = "") -> PersonLine:
    """«Удовиченко К.О. – голова координаційної ради, сільський голова»: the role in the
    council first (chair, deputy, secretary), then the position."""
    role = member.role.label_in(body) if member.role.leads else ""
    return PersonLine(member.name.short, _position(member), reason, role)


def build_protocol(cf: CommunityFile, meeting: Meeting) -> ProtocolData:
    """The protocol of a meeting from the live records (drafts, and at finalising)."""
    community = community_repo.get_community(cf)
    if community is None:
        raise InputError("У файлі немає даних громади: заповніть сторінку «Громада».")
    members = {m.id: m for m in council_repo.list_members(cf)}
    names = {i: m.name.short for i, m in members.items() if i is not None}
    body = community.council_body
    present: list[PersonLine] = []
    absent: list[PersonLine] = []
    for entry in meeting.attendance:
        line = _person(members[entry.member_id], body, entry.absence_reason)
        (present if entry.present else absent).append(line)
    items = []
    for item in meeting.agenda:
        years = []
        for year in item.calculation_years:
            try:
                years.append(needs_year_for(cf, year))
            except InputError as exc:
                raise InputError(
                    f"Питання «{item.title}»: розрахунок за {year} рік неможливий. {exc.message}"
                ) from exc
        votes = item.votes
        items.append(
            ProtocolItem(
                title=item.title,
                speakers=tuple(
                    _speaker(members.get(s.member_id) if s.member_id else None, s.name, s.role)
                    for s in item.speakers
                ),
                heard=item.heard,
                heard_closing=item.heard_closing,
                spoke=item.spoke,
                decided=item.decided,
                votes=(votes.in_favour, votes.against, votes.abstained) if votes else None,
                years=tuple(years),
                assignments=tuple(
                    ProtocolAssignment(a.text, responsible_name(a, names), a.deadline.label)
                    for a in item.assignments
                ),
            )
        )
    return ProtocolData(
        executive_committee=community.executive_committee,
        council_name=community.council_name,
        council_name_genitive=community.council_name_genitive,
        community_name=community.name,
        number=meeting.number,
        date=meeting.date.isoformat(),
        place=meeting.place,
        title=meeting.title,
        kind=meeting.kind.value,
        present=tuple(present),
        absent=tuple(absent),
        guests=tuple(PersonLine(g.name, g.position) for g in meeting.guests),
        items=tuple(items),
        signatures=tuple((s.role, members[s.member_id].name.signature) for s in meeting.signatures),
        body_genitive=body.genitive,
        time=meeting.time.strip(),
    )


def protocol_for(cf: CommunityFile, meeting: Meeting) -> ProtocolData:
    """The protocol as it stands: the snapshot of a finalised meeting, else the live records."""
    if meeting.status is MeetingStatus.FINAL and meeting.id is not None:
        stored = council_repo.get_snapshot(cf, meeting.id)
        if stored is not None:
            return from_json(*stored)
    return build_protocol(cf, meeting)


@dataclass(frozen=True, slots=True)
class ItemContradiction:
    """An agenda item whose texts say there is no need while its calculation finds one."""

    number: int
    title: str
    found: Contradiction

    def describe(self) -> str:
        """In Ukrainian, for the command line."""
        found = self.found
        return (
            f"питання {self.number}: текст каже «{found.phrase}», а розрахунок за "
            f"{found.year} рік показує потребу: {found.service} — потрібно "
            f"{format_number(found.required)}, наявно {found.existing}."
        )


def decision_contradictions(data: ProtocolData) -> list[ItemContradiction]:
    """Where the protocol's texts (after the tables, the decision) contradict the needs
    calculation attached to the same item. Said to the person; the document is unchanged."""
    found = []
    for number, item in enumerate(data.items, 1):
        texts = (item.heard_closing, item.decided, item.spoke)
        for contradiction in contradictions(texts, (year.result for year in item.years)):
            found.append(ItemContradiction(number, item.title, contradiction))
    return found


def finalise(cf: CommunityFile, meeting: Meeting, *, now: dt.datetime | None = None) -> None:
    """Freeze the meeting's content and attached calculations (one transaction)."""
    if meeting.id is None:
        raise ValueError("the meeting must be stored first")
    if meeting.status is MeetingStatus.PLANNED:
        raise InputError(
            f"Засідання №{meeting.label} лише заплановане: протокол затверджують "
            "після того, як засідання відбулося.",
            "Спершу позначте, що засідання відбулося.",
        )
    moment = (now or dt.datetime.now()).isoformat(timespec="seconds")
    data = build_protocol(cf, meeting)
    council_repo.save_snapshot(cf, meeting.id, to_json(data), moment)


def reopen(cf: CommunityFile, meeting: Meeting) -> None:
    """Make a finalised meeting editable again (its snapshot is discarded)."""
    if meeting.id is not None:
        council_repo.drop_snapshot(cf, meeting.id)
