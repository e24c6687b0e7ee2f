"""The council's members read from a pasted list: the composition as a council head's order, an
earlier protocol or a table in Word or Excel gives it.

A person a line, the name first: «Удовиченко К.О. – голова координаційної ради, сільський
голова», «ЧУХРАЙ Сергій Андрійович  перший заступник сільського голови;», or table cells
(«1 | Швирид І.В. | спеціаліст…»). The position may come first too («Сільський голова –
Удовиченко К.О.»). The council's role named in the position (голова, заступник голови,
секретар координаційної ради, комісії or робочої групи) becomes the member's role, and the
rest of the position stays the position. Headings («Присутні:», «ПІБ | Посада»), numbers and
list marks are left out; a line naming no one is refused with its reason, and nothing of it
is written.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hromada_desk.domain import parsing
from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.council_body import CouncilBody
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.parsing import LATIN_LOOKALIKES, as_cyrillic, one_line, shown
from hromada_desk.domain.pasted_rows import row_shown
from hromada_desk.domain.typography import as_printed
from hromada_desk.domain.validation import errors, validate_member

# Ukrainian letters, and the Latin ones typed for them by mistake («I» for «І»): a name
# written so is read, and stored in Cyrillic (parsing.as_cyrillic).
_UPPER = "А-ЯІЇЄҐ" + LATIN_LOOKALIKES[13:]
_LOWER = "а-яіїєґ" + LATIN_LOOKALIKES[:13]
_APOSTROPHE = "'’ʼ`"
# A surname: one word or two joined by a hyphen, in capitals or not («Загороднікова»,
# «КОСАЧ-КВІТКА», «Мар’янчук»).
_SURNAME = (
    rf"[{_UPPER}][{_UPPER}{_LOWER}{_APOSTROPHE}]+(?:-[{_UPPER}][{_UPPER}{_LOWER}{_APOSTROPHE}]+)?"
)
# A given name or patronymic written out: a capital, then small letters.
_WORD = rf"[{_UPPER}][{_LOWER}{_APOSTROPHE}]+(?:-[{_UPPER}][{_LOWER}{_APOSTROPHE}]+)?"
_PATRONYMIC = (
    rf"[{_UPPER}][{_LOWER}{_APOSTROPHE}]+(?:ович|евич|йович|івна|ївна|овна|ич|ична|інична)"
)
_INITIAL = rf"[{_UPPER}]"
# A person's name as lists write it: «Удовиченко К.О.», «УДОВИЧЕНКО Костянтин Олександрович».
NAME = (
    rf"(?P<surname>{_SURNAME})\s+(?:"
    rf"(?P<i1>{_INITIAL})\.\s*(?:(?P<i2>{_INITIAL})(?:\.|\b))?"
    rf"|(?P<given>{_WORD})(?:\s+(?P<patronymic>{_PATRONYMIC}))?"
    r")"
)
# What may stand between the name and the position: «, -», «–», «:», «,», two spaces or one.
_BETWEEN = r"\s*(?:,\s*)?(?:[-–—:]\s*)?(?:,\s*)?"
_NAME_FIRST = re.compile(rf"^{NAME}(?![{_LOWER}{_UPPER}]){_BETWEEN}(?P<rest>.*)$")
_NAME_LAST = re.compile(rf"^(?P<rest>.+?)\s*[-–—:,]\s*{NAME}\s*[.;,]?$")
_NAME_ONLY = re.compile(rf"^{NAME}\s*[.;,]?$")

# A row number or a list mark before the person («1.», «2)», «–», «•»), and a cell of one.
LIST_MARKS = "-–—•·*▪●○◦"
_MARK = re.compile(rf"^(?:\d{{1,3}}\s*[.)]?|[{LIST_MARKS}])\s+")
_NUMBER_CELL = re.compile(r"^\d{1,3}\s*[.)]?$")
_PHONE = re.compile(r"^\+?[\d\s()‐-]{7,20}$")
# The first words of a table's heading row: «ПІБ», «П.І.Б.», «Прізвище, ім’я…», «№ з/п».
_HEADING = re.compile(r"^(?:№|п\.?\s*і\.?\s*б|піб|прізвище|посада|склад)", re.IGNORECASE)

_BODIES = "|".join(re.escape(body.genitive) for body in CouncilBody)
_ROLES = (
    (CouncilRole.DEPUTY_CHAIR, rf"заступни(?:к|ця)\s+голови\s+(?:{_BODIES})"),
    (CouncilRole.CHAIR, rf"голов(?:а|уюч(?:ий|а))\s+(?:{_BODIES})"),
    (CouncilRole.SECRETARY, rf"секретар(?:ка)?\s+(?:{_BODIES})"),
    (CouncilRole.MEMBER, rf"член(?:киня)?\s+(?:{_BODIES})"),
)
_ROLE_PHRASES = [
    (role, re.compile(rf"(?:^|[,;]\s*|\s)(?:{words})(?=$|[\s,;.])", re.IGNORECASE))
    for role, words in _ROLES
]
_SEPARATORS = " ,;:-–—"
SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True, slots=True)
class ListedMember:
    """A member read from line ``line`` (from 1) of the pasted text."""

    line: int
    member: Member


class Passed(enum.Enum):
    """Why a line adds no one."""

    HEADING = "heading"  # «Присутні:», a table's heading row
    PRESENT = "present"  # already a member, or named earlier in the list
    UNREAD = "unread"  # no surname with a given name or initials at its start or end
    INVALID = "invalid"  # a name, but a field the file cannot hold


@dataclass(frozen=True, slots=True)
class PassedLine:
    """A line not read as a member. ``detail``: the person's list form (PRESENT), or the
    finding that refuses the record, in Ukrainian (INVALID)."""

    line: int
    text: str  # the line as a message may quote it
    why: Passed
    detail: str = ""

    @property
    def refused(self) -> bool:
        """Not a heading nor someone already listed: a line the person has to look at."""
        return self.why in (Passed.UNREAD, Passed.INVALID)


@dataclass(frozen=True, slots=True)
class MemberList:
    members: list[ListedMember]
    passed: list[PassedLine]

    @property
    def refused(self) -> list[PassedLine]:
        return [line for line in self.passed if line.refused]


def _capitalised(word: str) -> str:
    """«КОСАЧ-КВІТКА» → «Косач-Квітка»; a name written in small letters after the first stays."""
    if not word.isupper():
        return word
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def _initials(text: str | None) -> str:
    return (text or "").replace(".", "")


def name_of(found: re.Match[str]) -> PersonName:
    """The name a match of NAME holds, in Cyrillic letters."""
    surname = as_cyrillic(_capitalised(found["surname"]))
    if found["i1"] is not None:
        return PersonName.of(
            surname, as_cyrillic(_initials(found["i1"])), as_cyrillic(_initials(found["i2"]))
        )
    return PersonName.of(
        surname, as_cyrillic(found["given"]), as_cyrillic(found["patronymic"] or "")
    )


def role_in(position: str) -> tuple[CouncilRole, str]:
    """The council role a position names, and the position without it: «голова координаційної
    ради, сільський голова» → (CHAIR, «сільський голова»)."""
    for role, phrase in _ROLE_PHRASES:
        found = phrase.search(position)
        if found is not None:
            rest = position[: found.start()] + " " + position[found.end() :]
            return role, _tidy_position(rest)
    return CouncilRole.MEMBER, _tidy_position(position)


def _tidy_position(text: str) -> str:
    text = one_line(text).strip(_SEPARATORS)
    text = re.sub(r"\s+([,;])", r"\1", text)
    text = re.sub(r"([,;])(?:\s*[,;])+", r"\1", text)
    # A full stop ending a sentence goes; one ending an abbreviation («обл.», «т.в.о.») stays.
    if text.endswith(".") and re.search(rf"[{_LOWER}]{{5,}}\.$", text):
        text = text[:-1]
    text = text.strip(_SEPARATORS)
    # «Сільський голова – Бондар І.В.»: in the list the position follows the name, in small
    # letters; an abbreviation («КУ «Центр…»», «ЦНАП») keeps its capitals.
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        text = text[0].lower() + text[1:]
    return text


def line_cells(line: str) -> list[str]:
    """A pasted line's cells (tab-separated), tidied, without a row number or list mark."""
    # Word's optional hyphen too: a name or position is matched and stored without it
    cells = [one_line(as_printed(cell).replace(SOFT_HYPHEN, "")) for cell in line.split("\t")]
    cells = [cell for cell in cells if cell]
    if len(cells) > 1 and _NUMBER_CELL.match(cells[0]):
        cells = cells[1:]
    if cells:
        cells[0] = _MARK.sub("", cells[0], count=1)
    return cells


def _is_heading(cells: Sequence[str]) -> bool:
    if len(cells) == 1 and cells[0].endswith(":"):
        return True
    return bool(_HEADING.match(cells[0])) and not _NAME_FIRST.match(cells[0])


def read_person(cells: Sequence[str]) -> tuple[PersonName, str, str] | None:
    """The name, position and phone of a line's cells; None when no name is found."""
    phone = ""
    rest = [cell for cell in cells[1:] if not _PHONE.match(cell)]
    phones = [cell for cell in cells[1:] if _PHONE.match(cell)]
    if phones:
        phone = phones[0]
    first = cells[0]
    if rest:  # a table row: the name has a cell of its own (or the position does)
        found = _NAME_ONLY.match(first)
        if found is not None:
            return name_of(found), ", ".join(rest), phone
        found = _NAME_ONLY.match(rest[-1])
        if found is not None:
            return name_of(found), ", ".join([first, *rest[:-1]]), phone
        first = " ".join([first, *rest])
    found = _NAME_FIRST.match(first)
    if found is not None:
        return name_of(found), found["rest"], phone
    found = _NAME_LAST.match(first)
    if found is not None:
        return name_of(found), found["rest"], phone
    return None


def name_key(name: PersonName) -> str:
    """The same for «Удовиченко К.О.», «УДОВИЧЕНКО К. О.» and «Удовиченко Костянтин О.», and
    for a record typed with a Latin look-alike letter (parsing.name_key)."""
    return parsing.name_key(name.short)


def read_member_list(text: str, present: Iterable[Member] = ()) -> MemberList:
    """The members a pasted ``text`` lists; ``present``: the council's members already in the
    file, whom the list does not add again."""
    known = {name_key(member.name) for member in present}
    members: list[ListedMember] = []
    passed: list[PassedLine] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        cells = line_cells(line)
        if not cells:
            continue
        echo = shown(row_shown(cells))
        if _is_heading(cells):
            passed.append(PassedLine(number, echo, Passed.HEADING))
            continue
        read = read_person(cells)
        if read is None:
            passed.append(PassedLine(number, echo, Passed.UNREAD))
            continue
        name, position, phone = read
        role, position = role_in(position)
        member = Member(name, position, role, phone=one_line(phone))
        problems = errors(validate_member(member))
        if problems:
            passed.append(PassedLine(number, echo, Passed.INVALID, problems[0].message))
            continue
        key = name_key(name)
        if key in known:
            passed.append(PassedLine(number, echo, Passed.PRESENT, name.short))
            continue
        known.add(key)
        members.append(ListedMember(number, member))
    return MemberList(members, passed)
