"""A meeting's protocol with its calculations done, and its frozen snapshot as JSON."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from hromada_desk.documents.needs_year import NeedsYear, needs_year_from_json, needs_year_json
from hromada_desk.errors import InputError

# Finalising stores the protocol as JSON, each attached year as its figures (needs_year's
# document), and from then on the protocol is read from that snapshot only: a legal record
# does not change when figures are corrected later. ``from_json`` reads every version ever
# stored.
#
# Version 1 knew no council roles in the list of those present, no body name, no starting
# time, and its protocols were printed as typed: no typographic normalisation, no no-break
# spaces, no hyphenation, the annex tables as they were. A protocol finalised then is a
# record that was signed on paper; exporting it again must give that same document, so it
# keeps those rules (``typesetting`` 1) and is written back as version 1. One finalised from
# version 2 on is printed with the current rules (``typesetting`` 2). To have an old protocol
# printed the new way, the secretary reopens it and finalises it again: a visible decision,
# not a side effect of updating the program.
SNAPSHOT_VERSION = 2
LEGACY_TYPESETTING = 1
TYPESETTING = 2
LEGACY_BODY_GENITIVE = "комісії"  # what version 1 printed: «Присутні члени комісії:»


@dataclass(frozen=True, slots=True)
class PersonLine:
    """«Удовиченко К.О.» and what follows the dash in the list of those present."""

    name: str
    position: str
    reason: str = ""
    role: str = ""  # in the council, printed before the position: «голова координаційної ради»


@dataclass(frozen=True, slots=True)
class ProtocolAssignment:
    """An assignment under a decision, as the protocol gives it (what, «Відповідальний: …»,
    «Термін: …»); its later status is not the protocol's."""

    text: str
    responsible: str
    deadline: str = ""


@dataclass(frozen=True, slots=True)
class ProtocolItem:
    title: str
    speakers: tuple[str, ...]
    heard: str
    heard_closing: str = ""
    spoke: str = ""
    decided: str = ""
    votes: tuple[int, int, int] | None = None  # in favour, against, abstained
    years: tuple[NeedsYear, ...] = ()  # the attached calculations (Annex 1 and 2)
    assignments: tuple[ProtocolAssignment, ...] = ()  # given by the decision


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
    body_genitive: str = "координаційної ради"  # «Присутні члени координаційної ради:»
    time: str = ""  # «10:00»; empty when not set
    typesetting: int = TYPESETTING  # the document rules it is printed with (see above)

    @property
    def draft(self) -> bool:
        """Not finalised: every page of its document says «ПРОЄКТ»."""
        return self.finalised_at is None

    @property
    def legacy(self) -> bool:
        """Finalised by a version that printed protocols as typed (see SNAPSHOT_VERSION)."""
        return self.typesetting < TYPESETTING

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def label(self) -> str:
        return f"{self.number}/{self.day.year}"


def _person_json(line: PersonLine, legacy: bool) -> dict[str, str]:
    body = {"name": line.name, "position": line.position, "reason": line.reason}
    if not legacy:
        body["role"] = line.role
    return body


def _item_json(item: ProtocolItem) -> dict[str, Any]:
    body = {
        "title": item.title,
        "speakers": list(item.speakers),
        "heard": item.heard,
        "heard_closing": item.heard_closing,
        "spoke": item.spoke,
        "decided": item.decided,
        "votes": list(item.votes) if item.votes is not None else None,
        "years": [needs_year_json(year) for year in item.years],
    }
    if item.assignments:  # a protocol without any is stored as it always was
        body["assignments"] = [
            {"text": a.text, "responsible": a.responsible, "deadline": a.deadline}
            for a in item.assignments
        ]
    return body


def to_json(data: ProtocolData) -> str:
    """The snapshot a finalised meeting keeps (a protocol of version 1 written back as it was
    stored)."""
    legacy = data.legacy
    body: dict[str, Any] = {
        "executive_committee": data.executive_committee,
        "council_name": data.council_name,
        "council_name_genitive": data.council_name_genitive,
        "community_name": data.community_name,
        "number": data.number,
        "date": data.date,
        "place": data.place,
        "title": data.title,
        "kind": data.kind,
        "present": [_person_json(p, legacy) for p in data.present],
        "absent": [_person_json(p, legacy) for p in data.absent],
        "guests": [_person_json(p, legacy) for p in data.guests],
        "items": [_item_json(item) for item in data.items],
        "signatures": [list(s) for s in data.signatures],
        "finalised_at": data.finalised_at,
        "extra": data.extra,
    }
    if not legacy:
        body.update(body_genitive=data.body_genitive, time=data.time, typesetting=data.typesetting)
    return json.dumps(
        {"version": 1 if legacy else SNAPSHOT_VERSION, "protocol": body},
        ensure_ascii=False,
        sort_keys=True,
    )


def _people(body: dict[str, Any], key: str) -> tuple[PersonLine, ...]:
    return tuple(PersonLine(**p) for p in body.get(key, ()))


def _item(raw: dict[str, Any]) -> ProtocolItem:
    votes = raw.get("votes")
    return ProtocolItem(
        title=raw["title"],
        speakers=tuple(raw["speakers"]),
        heard=raw["heard"],
        heard_closing=raw.get("heard_closing", ""),
        spoke=raw.get("spoke", ""),
        decided=raw.get("decided", ""),
        votes=(votes[0], votes[1], votes[2]) if votes else None,
        years=tuple(needs_year_from_json(year) for year in raw.get("years", ())),
        assignments=tuple(
            ProtocolAssignment(str(a["text"]), str(a["responsible"]), str(a.get("deadline", "")))
            for a in raw.get("assignments", ())
        ),
    )


def from_json(content: str, finalised_at: str | None = None) -> ProtocolData:
    """A snapshot read back, its attached years calculated again from the figures it kept;
    ``finalised_at`` is the moment stored beside it."""
    raw = json.loads(content)
    version = raw.get("version")
    if version not in (1, SNAPSHOT_VERSION):
        raise InputError("Знімок протоколу створено новішою версією програми.", "Оновіть програму.")
    body = raw["protocol"]
    if version == 1:
        body_genitive, time, typesetting = LEGACY_BODY_GENITIVE, "", LEGACY_TYPESETTING
    else:
        body_genitive, time = str(body["body_genitive"]), str(body.get("time", ""))
        typesetting = int(body["typesetting"])
    return ProtocolData(
        executive_committee=body["executive_committee"],
        council_name=body["council_name"],
        council_name_genitive=body["council_name_genitive"],
        community_name=body["community_name"],
        number=body["number"],
        date=body["date"],
        place=body["place"],
        title=body["title"],
        kind=body["kind"],
        present=_people(body, "present"),
        absent=_people(body, "absent"),
        guests=_people(body, "guests"),
        items=tuple(_item(item) for item in body.get("items", ())),
        signatures=tuple((role, name) for role, name in body.get("signatures", ())),
        finalised_at=finalised_at or body.get("finalised_at"),
        extra=body.get("extra", {}),
        body_genitive=body_genitive,
        time=time,
        typesetting=typesetting,
    )
