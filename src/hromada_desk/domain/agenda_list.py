"""A meeting's agenda read from a pasted text: the «ПОРЯДОК ДЕННИЙ» of a notice or a draft
protocol in Word, items numbered («1. Про …»), each followed by its speakers
(«Доповідач: голова координаційної ради Удовиченко К.О.»).

A speaker who is a member of the council (the same surname and initials) is taken as that
member, the words before the name as the role the agenda prints; anyone else is kept as the
name typed. Headings are left out; a line that is neither an item, nor its speakers, nor the
rest of an item's title broken over two lines, is named and not read.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from hromada_desk.domain.council import AgendaItem, Member, Speaker
from hromada_desk.domain.member_list import LIST_MARKS, NAME, SOFT_HYPHEN, name_key, name_of
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.parsing import one_line, shown
from hromada_desk.domain.typography import as_printed
from hromada_desk.domain.validation import errors, validate_agenda_item

_ITEM = re.compile(rf"^(?:(?P<number>\d{{1,2}})\s*[.)]\s*|[{LIST_MARKS}]\s+)?(?P<title>.+)$")
# An item without its number starts as items do, with a capital: «Про …», «Щодо …» (a title
# broken over two lines may go on «про роботу …»).
ITEM_START = re.compile(r"^(?:Про|Щодо|ПРО|ЩОДО)\s")
_SPEAKERS = re.compile(
    r"^(?:(?:спів)?(?:доповідачка|доповідачі|доповідач|доповідають)|інформують|інформує"
    r"|інформація)\b\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^порядок\s+денний\s*:?$", re.IGNORECASE)
_A_NAME = re.compile(NAME)
_ROLE_EDGES = " ,;:.-–—"


class Skipped(enum.Enum):
    HEADING = "heading"  # «ПОРЯДОК ДЕННИЙ»
    UNREAD = "unread"  # neither an item, nor speakers, nor the end of a title
    INVALID = "invalid"  # an item the file cannot hold (detail: the finding, Ukrainian)


@dataclass(frozen=True, slots=True)
class SkippedLine:
    line: int
    text: str  # as a message may quote it
    why: Skipped
    detail: str = ""


@dataclass(slots=True)
class ListedItem:
    """An item read from line ``line`` (from 1); ``members``: how many of its speakers were
    found among the council's members."""

    line: int
    item: AgendaItem
    members: int = 0


@dataclass(frozen=True, slots=True)
class AgendaList:
    items: list[ListedItem] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)


def _names(text: str) -> list[re.Match[str]]:
    """The names in ``text``, left to right. A surname in capitals needs initials or a
    patronymic: «начальник ЦНАП Петренко О.І.» names Петренко, not «Цнап П.»."""
    found = []
    position = 0
    while (match := _A_NAME.search(text, position)) is not None:
        surname = match["surname"]
        if surname.isupper() and match["i1"] is None and match["patronymic"] is None:
            position = match.start() + len(surname)
            continue
        found.append(match)
        position = match.end()
    return found


def _speaker(name: PersonName, role: str, by_key: dict[str, Member]) -> Speaker:
    member = by_key.get(name_key(name))
    if member is not None and member.id is not None:
        return Speaker(member.id, "", role)
    return Speaker(None, name.short, role)


def _speakers(text: str, by_key: dict[str, Member]) -> list[Speaker]:
    """«голова координаційної ради Удовиченко К.О.; Петренко О.І., начальник ЦНАП»: a
    speaker for each name, with the words around it as the role; a department named
    without a person is a speaker too, as written."""
    speakers: list[Speaker] = []
    for part in text.split(";"):
        part = one_line(part).strip(_ROLE_EDGES)
        if not part:
            continue
        names = _names(part)
        if not names:
            speakers.append(Speaker(None, part, ""))
        elif len(names) == 1:  # the role before the name, or after it
            (match,) = names
            before = part[: match.start()].strip(_ROLE_EDGES)
            after = part[match.end() :].strip(_ROLE_EDGES)
            speakers.append(_speaker(name_of(match), before or after, by_key))
        else:  # «голова Удовиченко К.О., секретар Швирид І.В.»: each role before its name
            start = 0
            for match in names:
                role = part[start : match.start()].strip(_ROLE_EDGES)
                start = match.end()
                speakers.append(_speaker(name_of(match), role, by_key))
    return speakers


def read_agenda(text: str, members: Iterable[Member] = ()) -> AgendaList:
    """The items a pasted ``text`` lists, with their speakers; ``members``: the council's, to
    recognise among the speakers."""
    by_key = {name_key(m.name): m for m in members}
    result = AgendaList()
    current: ListedItem | None = None
    awaiting = False  # «Доповідач:» alone on its line: the speakers are on the next
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, start=1):
        line = one_line(as_printed(raw).replace(SOFT_HYPHEN, ""))
        if not line:
            continue
        if _HEADING.match(line):
            result.skipped.append(SkippedLine(number, shown(line), Skipped.HEADING))
            continue
        speakers = _SPEAKERS.match(line)
        if speakers is not None and current is not None and not speakers["rest"].strip():
            awaiting = True
            continue
        item = _ITEM.match(line)
        title = item["title"].strip() if item is not None else ""
        numbered = item is not None and (item["number"] is not None or ITEM_START.match(title))
        if awaiting and current is not None and not numbered:
            awaiting = False
            speakers = _SPEAKERS.match(f"Доповідач: {line}")
        if speakers is not None and current is not None:
            found = _speakers(speakers["rest"], by_key)
            current.item.speakers.extend(found)
            current.members += sum(1 for speaker in found if speaker.member_id is not None)
            continue
        awaiting = False
        if numbered and speakers is None:
            current = ListedItem(number, AgendaItem(title.rstrip(" ;")))
            result.items.append(current)
            continue
        if current is not None and not current.item.speakers and speakers is None:
            # a title broken over two lines (a manual line break in Word)
            current.item.title = f"{current.item.title} {line}"
            continue
        result.skipped.append(SkippedLine(number, shown(line), Skipped.UNREAD))
    for listed in list(result.items):
        problems = errors(validate_agenda_item(listed.item))
        if problems:
            result.items.remove(listed)
            result.skipped.append(
                SkippedLine(
                    listed.line,
                    shown(listed.item.title),
                    Skipped.INVALID,
                    problems[0].message,
                )
            )
    result.skipped.sort(key=lambda skipped: skipped.line)
    return result
