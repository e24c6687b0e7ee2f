"""What a meeting's protocol says, as plain data; and the frozen snapshot of finalised meetings.

A draft's protocol is built from the live records. Finalising stores the same data as JSON
(with each attached year's Annex 1 figures as a needs-input document), and from then on the
protocol is read from that snapshot only: a legal record does not change when figures are
corrected later. Exports (PDF, DOCX) take a ``ProtocolData`` and nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from hromada_desk.domain.council import Meeting, MeetingStatus, Member
from hromada_desk.domain.needs import NeedsInput, NeedsResult, calculate
from hromada_desk.errors import InputError
from hromada_desk.services.needs import input_from_document, year_document
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import CommunityFile

SNAPSHOT_VERSION = 1


@dataclass(frozen=True, slots=True)
class PersonLine:
    """«Удовиченко К.О.» and what follows the dash in the list of those present."""

    name: str
    position: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ProtocolItem:
    title: str
    speakers: tuple[str, ...]
    heard: str
    heard_closing: str = ""
    spoke: str = ""
    decided: str = ""
    votes: tuple[int, int, int] | None = None
    years: tuple[dict[str, Any], ...] = ()  # needs-input documents (services.needs)

    def calculations(self) -> list[tuple[NeedsInput, NeedsResult]]:
        """The attached years' calculations, recomputed exactly from the kept figures."""
        pairs = []
        for document in self.years:
            data = input_from_document(document)
            pairs.append((data, calculate(data)))
        return pairs


@dataclass(frozen=True, slots=True)
class ProtocolData:
    executive_committee: str
    council_name: str
    council_name_genitive: str
    community_name: str
    number: int
    date: str  # ISO
    place: str
    title: str
    kind: str
    present: tuple[PersonLine, ...]
    absent: tuple[PersonLine, ...] = ()
    guests: tuple[PersonLine, ...] = ()
    items: tuple[ProtocolItem, ...] = ()
    signatures: tuple[tuple[str, str], ...] = ()  # (role, «Костянтин УДОВИЧЕНКО»)
    finalised_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def label(self) -> str:
        return f"{self.number}/{self.day.year}"


def _speaker(member: Member | None, name: str, role: str) -> str:
    """«голова координаційної ради Удовиченко К.О.», as the agenda prints a speaker."""
    who = member.name.short if member is not None else name
    return f"{role} {who}".strip() if role else who


def _position(member: Member) -> str:
    return member.position or member.organisation


def build_protocol(cf: CommunityFile, meeting: Meeting) -> ProtocolData:
    """The protocol of a meeting from the live records (drafts, and at finalising)."""
    community = community_repo.get_community(cf)
    if community is None:
        raise InputError("У файлі немає даних громади: заповніть сторінку «Громада».")
    members = {m.id: m for m in council_repo.list_members(cf)}
    present: list[PersonLine] = []
    absent: list[PersonLine] = []
    for entry in meeting.attendance:
        member = members[entry.member_id]
        line = PersonLine(member.name.short, _position(member), entry.absence_reason)
        (present if entry.present else absent).append(line)
    items = []
    for item in meeting.agenda:
        years = []
        for year in item.calculation_years:
            try:
                years.append(year_document(cf, year))
            except InputError as exc:
                raise InputError(f"Питання «{item.title}»: розрахунок за {year} рік неможливий. "
                                 f"{exc.message}") from exc
        votes = item.votes
        items.append(ProtocolItem(
            title=item.title,
            speakers=tuple(_speaker(members.get(s.member_id) if s.member_id else None,
                                    s.name, s.role) for s in item.speakers),
            heard=item.heard, heard_closing=item.heard_closing, spoke=item.spoke,
            decided=item.decided,
            votes=(votes.in_favour, votes.against, votes.abstained) if votes else None,
            years=tuple(years)))
    return ProtocolData(
        executive_committee=community.executive_committee,
        council_name=community.council_name,
        council_name_genitive=community.council_name_genitive,
        community_name=community.name,
        number=meeting.number, date=meeting.date.isoformat(), place=meeting.place,
        title=meeting.title, kind=meeting.kind.value,
        present=tuple(present), absent=tuple(absent),
        guests=tuple(PersonLine(g.name, g.position) for g in meeting.guests),
        items=tuple(items),
        signatures=tuple((s.role, members[s.member_id].name.signature)
                         for s in meeting.signatures),
    )


def to_snapshot(data: ProtocolData) -> str:
    return json.dumps({"version": SNAPSHOT_VERSION, "protocol": asdict(data)},
                      ensure_ascii=False, sort_keys=True)


def from_snapshot(content: str, finalised_at: str | None = None) -> ProtocolData:
    raw = json.loads(content)
    if raw.get("version") != SNAPSHOT_VERSION:
        raise InputError("Знімок протоколу створено новішою версією програми.",
                         "Оновіть програму.")
    body = raw["protocol"]
    lines = {key: tuple(PersonLine(**p) for p in body[key])
             for key in ("present", "absent", "guests")}
    items = tuple(ProtocolItem(**{**item, "speakers": tuple(item["speakers"]),
                                  "votes": tuple(item["votes"]) if item["votes"] else None,
                                  "years": tuple(item["years"])})
                  for item in body["items"])
    return ProtocolData(**{**body, **lines, "items": items,
                           "signatures": tuple(tuple(s) for s in body["signatures"]),
                           "finalised_at": finalised_at or body.get("finalised_at")})


def protocol_for(cf: CommunityFile, meeting: Meeting) -> ProtocolData:
    """The protocol as it stands: the snapshot of a finalised meeting, else the live records."""
    if meeting.status is MeetingStatus.FINAL and meeting.id is not None:
        stored = council_repo.get_snapshot(cf, meeting.id)
        if stored is not None:
            return from_snapshot(*stored)
    return build_protocol(cf, meeting)


def finalise(cf: CommunityFile, meeting: Meeting, *, now: dt.datetime | None = None) -> None:
    """Freeze the meeting's content and attached calculations (one transaction)."""
    if meeting.id is None:
        raise ValueError("the meeting must be stored first")
    moment = (now or dt.datetime.now()).isoformat(timespec="seconds")
    data = build_protocol(cf, meeting)
    council_repo.save_snapshot(cf, meeting.id, to_snapshot(data), moment)


def reopen(cf: CommunityFile, meeting: Meeting) -> None:
    """Make a finalised meeting editable again (its snapshot is discarded)."""
    if meeting.id is not None:
        council_repo.drop_snapshot(cf, meeting.id)
