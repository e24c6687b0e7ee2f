"""A meeting's attendance read from a pasted text: the «Присутні: …», «Відсутні: …» and
«Запрошені: …» lists of a draft protocol in Word, a person a line.

The council's members named under «Присутні» (or under no heading) are present, those under
«Відсутні» absent, with the reason written in brackets («(відпустка)»); the people under
«Запрошені» are the guests. When the text names those present, the members it does not name
were absent; when it names only the absent, the others were present. Someone named as present
or absent who is not a member of the council is named, not added: the person is added to the
council first, or typed among the guests.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hromada_desk.domain.council import Guest, Member
from hromada_desk.domain.member_list import line_cells, name_key, read_person
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.parsing import one_line, shown
from hromada_desk.domain.pasted_rows import row_shown


class Section(enum.Enum):
    PRESENT = "present"
    ABSENT = "absent"
    INVITED = "invited"


_SECTION = re.compile(r"^(?P<word>присутн\w*|відсутн\w*|запрошен\w*)\b[^:]*:\s*(?P<rest>.*)$", re.I)
_WORDS = {"прис": Section.PRESENT, "відс": Section.ABSENT, "запр": Section.INVITED}
# A heading without its colon: «Присутні члени комісії».
_SECTION_WORD = re.compile(r"^(?P<word>присутн|відсутн|запрошен)\w*\b", re.I)
# The reason of an absence, in brackets at the end: «(відпустка)», «(лікарняний)».
_REASON = re.compile(r"\(([^()]+)\)\s*[.;,]?\s*$")


@dataclass(frozen=True, slots=True)
class Unread:
    """A line naming no one (UNREAD), or someone who is not a member of the council."""

    line: int
    text: str
    name: PersonName | None = None  # set: a person, not a member of the council


@dataclass(slots=True)
class AttendanceList:
    present: list[Member] = field(default_factory=list)
    absent: list[tuple[Member, str]] = field(default_factory=list)  # with the reason
    guests: list[Guest] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)

    @property
    def others_present(self) -> bool:
        """Whether the members the text does not name were present: only the absent named."""
        return not self.present and bool(self.absent)

    @property
    def names_anyone(self) -> bool:
        return bool(self.present or self.absent or self.guests)


def marks_after(
    listed: AttendanceList, marks: Sequence[tuple[int, bool, str]], current: set[int]
) -> list[tuple[bool, str]]:
    """Each member's (present, reason of absence) once ``listed`` is applied to ``marks``
    (member id, present, reason); ``current``: the ids of the members of the council on the
    meeting's date, whom a list that leaves them out marks (a former member stays as is)."""
    present = {m.id for m in listed.present}
    absent = {m.id: reason for m, reason in listed.absent}
    after = []
    for member_id, was_present, was_reason in marks:
        if member_id in present:
            after.append((True, ""))
        elif member_id in absent:
            after.append((False, absent[member_id] or was_reason))
        elif member_id in current:
            after.append((listed.others_present, was_reason))
        else:
            after.append((was_present, was_reason))
    return after


def read_attendance(text: str, members: Iterable[Member]) -> AttendanceList:
    """Who ``text`` says was present, absent and invited; ``members``: the council's."""
    by_key = {name_key(m.name): m for m in members if m.id is not None}
    result = AttendanceList()
    seen: set[int] = set()
    section = Section.PRESENT
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        cells = line_cells(line)
        if not cells:
            continue
        heading = _SECTION.match(cells[0])
        if heading is not None:
            section = _WORDS[heading["word"][:4].lower()]
            cells = [heading["rest"], *cells[1:]] if heading["rest"].strip() else cells[1:]
            if not cells:
                continue
        read = read_person(cells)
        word = _SECTION_WORD.match(cells[0]) if read is None and len(cells) == 1 else None
        if word is not None:
            section = _WORDS[word["word"][:4].lower()]
            continue
        if read is None:
            result.unread.append(Unread(number, shown(row_shown(cells))))
            continue
        name, rest, _phone = read
        if section is Section.INVITED:
            result.guests.append(Guest(name.short, one_line(rest).strip(" ,;.-–—")))
            continue
        member = by_key.get(name_key(name))
        if member is None or member.id is None:
            result.unread.append(Unread(number, shown(row_shown(cells)), name))
            continue
        if member.id in seen:
            continue
        seen.add(member.id)
        if section is Section.PRESENT:
            result.present.append(member)
        else:
            reason = _REASON.search(rest)
            result.absent.append((member, one_line(reason.group(1)) if reason else ""))
    return result
