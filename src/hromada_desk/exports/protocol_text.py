"""A protocol as an ordered list of blocks (paragraphs, tables, signatures) that every format
prints the same way, so the PDF and the DOCX say the same thing in the same order."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from hromada_desk import APP_NAME, __version__
from hromada_desk.documents.figures import SettlementYear
from hromada_desk.documents.metadata import Metadata
from hromada_desk.documents.needs_year import NeedsYear
from hromada_desk.documents.protocol import (
    PersonLine,
    ProtocolAssignment,
    ProtocolData,
    ProtocolItem,
)
from hromada_desk.domain.indicators import INDICATORS, SERVICE_KEYS, SERVICES_BY_KEY
from hromada_desk.domain.methodology import CALCULATION_METHOD, MINIMUM_REQUIREMENTS
from hromada_desk.domain.needs import NeedsResult
from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.places import ukrainian_order
from hromada_desk.domain.records import settlement_label
from hromada_desk.domain.typography import plain_text, typeset

SIGNATURE_LINE = "________________"
DRAFT_MARK = "ПРОЄКТ"  # on every page of a protocol not yet finalised
BLANK = "__"
DASH = "–"

# Wording of Annex 1 and Annex 2 of the Methodology as the seed protocol quotes it.
ANNEX1_INTRO = (
    "Відповідно до додатку 1 Методики розрахунок мінімальних потреб територіальних "
    "громад у створенні спеціалізованих служб підтримки постраждалих від домашнього "
    "насильства та насильства за ознакою статі за {year} рік наступний:"
)
ANNEX1_CENTRE = "1. Населений пункт - адміністративний центр територіальної громади: "
ANNEX1_LIST = "2. Перелік населених пунктів, що входять до складу територіальної громади: "
ANNEX1_AREA = "3. Площа населених пунктів територіальної громади: "
ANNEX1_POPULATION = "4. Чисельність населення територіальної громади кожного населеного пункту:"
ANNEX1_SECTION5 = (
    "5. Показники для визначення соціальних груп осіб, які постраждали від "
    "домашнього насильства та насильства за ознакою статі (зазначаються "
    "кількісні дані):"
)
ANNEX1_SECTION6 = (
    "6. Аналіз статистики звернень та інших даних щодо визначення потреби "
    "територіальної громади у спеціалізованих службах підтримки постраждалих від "
    "домашнього насильства та насильства за ознакою статі:"
)
ANNEX2_INTRO = (
    "Відповідно до додатку 2 Методики показники розрахунку потреб територіальних "
    "громад у спеціалізованих службах для осіб, які постраждали від домашнього "
    "насильства та насильства за ознакою статі (згідно із рекомендаціями "
    "міжнародних організацій, які працюють у цій сфері) на {year} рік:"
)
POPULATION_HEADER = ("Населений пункт", "Чисельність населення")
BREAKDOWN_HEADER = ("Чоловіки", "Жінки", "Діти")
ANNEX2_HEADER = (
    "Назва спеціалізованої служби",
    "Мінімальні вимоги",
    "Орієнтовний розрахунок потреби",
    "Кількість створених установ, закладів",
    "Розрахунок, необхідна кількість",
)
TOTAL = "Всього"


class Style(StrEnum):
    """What a paragraph is; each format decides how that looks."""

    HEADER = "header"  # the executive committee, in capitals, centred
    TITLE = "title"  # «ПРОТОКОЛ»
    SUBTITLE = "subtitle"  # the meeting's title, centred
    SECTION = "section"  # «ПОРЯДОК ДЕННИЙ», centred
    LABEL = "label"  # «СЛУХАЛИ:», «Присутні члени комісії:», flush left, bold
    ITEM = "item"  # «1. Про …» opening an agenda item, bold
    BODY = "body"  # justified, first-line indent
    NOTE = "note"  # a smaller note under a table


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    style: Style = Style.BODY
    keep_with_next: bool = False
    lead: str = ""  # printed in bold before the text («ГОЛОСУВАЛИ:»)
    with_table: bool = False  # a note kept on the page of the table before it

    @property
    def full_text(self) -> str:
        return f"{self.lead} {self.text}".strip() if self.lead else self.text


@dataclass(frozen=True, slots=True)
class DateLine:
    """The date, the place and the number on one line: left, centre, right."""

    left: str
    centre: str
    right: str


Cell = tuple[str, ...]  # the paragraphs of one table cell


class TableKind(StrEnum):
    POPULATION = "population"
    ANNEX2 = "annex2"


@dataclass(frozen=True, slots=True)
class Table:
    kind: TableKind
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    weights: tuple[float, ...]  # relative column widths
    centred: tuple[bool, ...]  # numeric columns are centred
    total_row: bool = False  # the last row sums the others (printed in bold)
    # A row split across pages names itself again on the next: its first cell, followed by
    # «(продовження)».
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Signatures:
    """(role, «Костянтин УДОВИЧЕНКО») pairs; kept on the page of the text before them."""

    lines: tuple[tuple[str, str], ...]


Block = Para | DateLine | Table | Signatures


def _clean(text: str) -> str:
    """Line ends unified (Word's manual line break too: ``typography.plain_text``), tabs as
    spaces, other control characters dropped."""
    text = plain_text(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or (ch >= " " and ch != "\x7f"))


# Runs of spaces other than the no-break ones (which keep «10 000» and «№ 3» together).
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")


def _squeezed(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _paragraphs(text: str, style: Style = Style.BODY) -> list[Para]:
    return [Para(_squeezed(line), style) for line in _clean(text).split("\n") if line.strip()]


def _one_line(text: str) -> str:
    return _squeezed(_clean(text))


def split_executive_committee(text: str) -> list[str]:
    """«Виконавчий комітет Ланнівської сільської ради» → the seed's two capitalised lines."""
    text = _one_line(text)
    head = "виконавчий комітет"
    if text.casefold().startswith(head) and len(text) > len(head):
        return [text[: len(head)].upper(), text[len(head) :].strip().upper()]
    return [text.upper()] if text else []


def _person(line: PersonLine, *, with_reason: bool = False) -> str:
    text = _one_line(line.name)
    # The role in the council first, then the position (a version-1 protocol has no role).
    position = ", ".join(part for part in (_one_line(line.role), _one_line(line.position)) if part)
    if position:
        text += f" {DASH} {position}"
    reason = _one_line(line.reason)
    if with_reason and reason:
        text += f" ({reason})"
    return text


def speakers_para(item: ProtocolItem) -> Para | None:
    speakers = [_one_line(s) for s in item.speakers if s.strip()]
    if not speakers:
        return None
    lead = "Доповідач:" if len(speakers) == 1 else "Доповідачі:"
    return Para(f"{lead} {', '.join(speakers)}")


def _settlement_label(settlement: SettlementYear) -> str:
    return settlement_label(_one_line(settlement.name), settlement.kind)


def _area(settlements: Sequence[SettlementYear]) -> str:
    known = [s for s in settlements if s.area_km2 is not None]
    if not known:
        return BLANK
    parts = [
        f"{_settlement_label(s)} – "
        + (f"{format_number(s.area_km2)} км²" if s.area_km2 is not None else BLANK)
        for s in settlements
    ]
    if len(known) == len(settlements):
        total = format_number(sum(float(s.area_km2 or 0) for s in settlements))
        return f"{total} км² ({'; '.join(parts)})"
    return "; ".join(parts)


def population_table(settlements: Sequence[SettlementYear]) -> Table:
    """Section 4: settlements in alphabetical order, with the breakdown where it was given."""
    ordered = sorted(settlements, key=lambda s: ukrainian_order(_one_line(s.name)))
    breakdown = any(
        part is not None
        for s in ordered
        for part in (s.headcount.men, s.headcount.women, s.headcount.children)
    )
    count = 4 if breakdown else 1  # total, men, women, children
    rows = []
    for settlement in ordered:
        rows.append(
            (
                (_one_line(settlement.name),),
                *(
                    (format_number(value) if value is not None else "",)
                    for value in settlement.headcount.parts()[:count]
                ),
            )
        )
    totals = [sum(s.headcount.parts()[i] or 0 for s in ordered) for i in range(count)]
    rows.append(((TOTAL,), *((format_number(t),) for t in totals)))
    header = POPULATION_HEADER + (BREAKDOWN_HEADER if breakdown else ())
    weights = (3.0, 2.2, 1.5, 1.5, 1.5) if breakdown else (3.0, 2.0)
    return Table(
        TableKind.POPULATION,
        header,
        tuple(rows),
        weights[: len(header)],
        (False, *([True] * count)),
        total_row=True,
    )


# Relative widths of Annex 2's columns. Version 1 gave the worked numbers (mostly one short
# line) the widest column; now the Methodology's requirements, the longest text, get it.
ANNEX2_WEIGHTS = (3.3, 4.7, 4.2, 1.9, 2.9)
LEGACY_ANNEX2_WEIGHTS = (3.1, 3.85, 3.7, 2.2, 4.15)
CONTINUED = "(продовження)"


def annex2_table(result: NeedsResult, *, legacy: bool = False) -> Table:
    """Annex 2: per service the Methodology's texts, what exists and the worked numbers."""
    rows = []
    for key in SERVICE_KEYS:
        service = result.services[key]
        rows.append(
            (
                (SERVICES_BY_KEY[key].name,),
                MINIMUM_REQUIREMENTS[key],
                CALCULATION_METHOD[key],
                (str(service.existing),),
                tuple(service.steps),
            )
        )
    return Table(
        TableKind.ANNEX2,
        ANNEX2_HEADER,
        tuple(rows),
        LEGACY_ANNEX2_WEIGHTS if legacy else ANNEX2_WEIGHTS,
        (False, False, False, True, False),
        continued=not legacy,
    )


def _annex1(year: NeedsYear) -> list[Block]:
    settlements, data = year.settlements, year.input
    centres = [_settlement_label(s) for s in settlements if s.admin_center]
    blocks: list[Block] = [
        Para(ANNEX1_INTRO.format(year=data.year)),
        Para(ANNEX1_CENTRE + (", ".join(centres) or BLANK)),
        Para(ANNEX1_LIST + ", ".join(_settlement_label(s) for s in settlements) + "."),
        Para(ANNEX1_AREA + _area(settlements)),
        Para(ANNEX1_POPULATION, keep_with_next=True),
        population_table(settlements),
        Para(ANNEX1_SECTION5, keep_with_next=True),
    ]
    for section, heading in ((5, None), (6, ANNEX1_SECTION6)):
        if heading:
            blocks.append(Para(heading, keep_with_next=True))
        for indicator in INDICATORS:
            if indicator.section == section:
                value = data.indicators.get(indicator.code)
                shown = BLANK if value is None else format_number(value)
                blocks.append(Para(f"{indicator.wording}: {shown}"))
    return blocks


def _annex2(year: NeedsYear, legacy: bool) -> list[Block]:
    result = year.result
    blocks: list[Block] = [
        Para(ANNEX2_INTRO.format(year=year.year), keep_with_next=True),
        annex2_table(result, legacy=legacy),
    ]
    notes = [f"Примітка. {result.basis}"]
    notes += [
        f"Змінено параметр розрахунку: {change.describe()}." for change in result.parameter_changes
    ]
    # The notes belong to the table: they do not start a page without its last lines.
    blocks += [Para(note, Style.NOTE, with_table=not legacy) for note in notes]
    return blocks


def item_blocks(number: int, item: ProtocolItem, legacy: bool = True) -> Iterator[Block]:
    """An agenda item as the protocol records it: its title, СЛУХАЛИ with the attached
    calculations, ВИСТУПИЛИ, ВИРІШИЛИ, ГОЛОСУВАЛИ."""
    yield Para(f"{number}. {_one_line(item.title)}", Style.ITEM, keep_with_next=True)
    yield Para("СЛУХАЛИ:", Style.LABEL, keep_with_next=True)
    yield from _paragraphs(item.heard)
    for year in item.years:
        yield from _annex1(year)
    for year in item.years:
        yield from _annex2(year, legacy)
    yield from _paragraphs(item.heard_closing)
    if item.spoke.strip():
        yield Para("ВИСТУПИЛИ:", Style.LABEL, keep_with_next=True)
        yield from _paragraphs(item.spoke)
    if item.decided.strip() or item.assignments:
        yield Para("ВИРІШИЛИ:", Style.LABEL, keep_with_next=True)
        yield from _paragraphs(item.decided)
    for assignment in item.assignments:  # a protocol without any prints as it always did
        yield from assignment_blocks(assignment)
    if item.votes is not None:
        in_favour, against, abstained = item.votes
        yield Para(
            f"за {DASH} {in_favour}, проти {DASH} {against}, утрималися {DASH} {abstained}",
            lead="ГОЛОСУВАЛИ:",
        )


def assignment_blocks(assignment: ProtocolAssignment) -> list[Para]:
    """An assignment under the decision: what, then «Відповідальний: …», «Термін: …»."""
    blocks = _paragraphs(assignment.text)
    if assignment.responsible.strip():
        blocks.append(Para(_one_line(assignment.responsible), lead="Відповідальний:"))
    if assignment.deadline.strip():
        blocks.append(Para(_one_line(assignment.deadline), lead="Термін:"))
    return blocks


def _people(label: str, lines: Iterable[PersonLine], *, with_reason: bool = False) -> list[Para]:
    people = [Para(_person(line, with_reason=with_reason)) for line in lines]
    if not people:
        return []
    return [Para(label, Style.LABEL, keep_with_next=True), *people]


def header_blocks(data: ProtocolData, title: str = "ПРОТОКОЛ") -> list[Block]:
    """The executive committee, the document's name, the meeting's title, the date line."""
    blocks: list[Block] = [
        Para(line, Style.HEADER) for line in split_executive_committee(data.executive_committee)
    ]
    blocks.append(Para(title, Style.TITLE))
    if data.title.strip():
        blocks.append(Para(_one_line(data.title), Style.SUBTITLE))
    blocks.append(DateLine(f"{data.day:%d.%m.%Y} року", _one_line(data.place), f"№{data.number}"))
    return blocks


def protocol_blocks(data: ProtocolData) -> list[Block]:
    """The whole protocol, in the order of the seed protocol (typeset unless it was finalised
    under the rules of version 1: see documents.protocol)."""
    blocks = header_blocks(data)
    body = _one_line(data.body_genitive)
    blocks += _people(f"Присутні члени {body}:", data.present)
    blocks += _people(f"Відсутні члени {body}:", data.absent, with_reason=True)
    blocks += _people("Запрошені:", data.guests)
    if data.items:
        blocks.append(Para("ПОРЯДОК ДЕННИЙ", Style.SECTION, keep_with_next=True))
        for number, item in enumerate(data.items, 1):
            speakers = speakers_para(item)
            blocks.append(
                Para(f"{number}. {_one_line(item.title)}", keep_with_next=speakers is not None)
            )
            if speakers is not None:
                blocks.append(speakers)
        for number, item in enumerate(data.items, 1):
            blocks += list(item_blocks(number, item, data.legacy))
    blocks += signature_blocks(data)
    return blocks if data.legacy else typeset_blocks(blocks)


def signature_blocks(data: ProtocolData) -> list[Block]:
    if not data.signatures:
        return []
    return [Signatures(tuple((_one_line(role), _one_line(name)) for role, name in data.signatures))]


def typeset_blocks(blocks: Iterable[Block]) -> list[Block]:
    """Every text of the blocks typeset (domain.typography): apostrophes, dashes, «№ 1»,
    no-break spaces."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(
                dataclasses.replace(block, text=typeset(block.text), lead=typeset(block.lead))
            )
        elif isinstance(block, DateLine):
            out.append(DateLine(typeset(block.left), typeset(block.centre), typeset(block.right)))
        elif isinstance(block, Table):
            out.append(
                dataclasses.replace(
                    block,
                    header=tuple(typeset(text) for text in block.header),
                    rows=tuple(
                        tuple(tuple(typeset(line) for line in cell) for cell in row)
                        for row in block.rows
                    ),
                )
            )
        else:
            out.append(
                Signatures(tuple((typeset(role), typeset(name)) for role, name in block.lines))
            )
    return out


def metadata(data: ProtocolData) -> Metadata:
    moment = dt.datetime.combine(data.day, dt.time())
    if data.finalised_at:
        with contextlib.suppress(ValueError):  # a damaged stamp: the meeting's date stands
            moment = dt.datetime.fromisoformat(data.finalised_at).replace(tzinfo=None)
    return Metadata(
        title=f"Протокол №{data.number} засідання координаційної ради від {data.day:%d.%m.%Y}",
        author=_one_line(data.council_name or data.executive_committee),
        subject=_one_line(data.title),
        creator=f"{APP_NAME} {__version__}",
        language="uk-UA",
        moment=moment,
    )


def word_pieces(word: str, breaks: str = "-/") -> list[str]:
    """The parts of a compound word a line may break after: «соціально-», «психологічного»."""
    return re.split(f"(?<=[{re.escape(breaks)}])(?=.)", word)


def column_widths(
    table: Table,
    total: float,
    measure: Callable[[str, bool], float],
    padding: float,
    breaks: str = "-/",
) -> list[float]:
    """Column widths in the block's proportions, widened where a column's longest word would
    not fit: first keeping compound words whole, else letting them break after a hyphen.

    ``measure(text, bold)`` gives a text's width in the unit of ``total``; ``padding`` is what
    a cell adds on both sides together.
    """
    widths = [total * w / sum(table.weights) for w in table.weights]
    columns: list[list[tuple[str, bool]]] = [[(text, True)] for text in table.header]
    for r, row in enumerate(table.rows):
        bold = table.total_row and r == len(table.rows) - 1
        for i, cell in enumerate(row):
            columns[i] += [(line, bold) for line in cell]

    def needed(split: bool) -> list[float]:
        return [
            max(
                (
                    measure(part, bold)
                    for text, bold in column
                    for word in text.split()
                    for part in (word_pieces(word, breaks) if split else [word])
                ),
                default=0,
            )
            + padding
            for column in columns
        ]

    for split in (False, True):
        minimum = needed(split)
        if sum(minimum) <= total:
            break
    else:
        return widths  # nothing fits: words will break where they must
    short = [i for i, w in enumerate(widths) if w < minimum[i]]
    lacking = sum(minimum[i] - widths[i] for i in short)
    spare = {i: max(0.0, widths[i] - minimum[i]) for i in range(len(widths)) if i not in short}
    spare_total = sum(spare.values())
    for i in short:
        widths[i] = minimum[i]
    for i, extra in spare.items():
        widths[i] -= lacking * extra / spare_total if spare_total else 0
    return widths


def block_texts(blocks: Iterable[Block]) -> list[str]:
    """Every piece of text in reading order: paragraphs, then cells row by row (a cell's
    paragraphs joined by line breaks). Tests compare formats with it; fonts are checked on it."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            texts.append(block.full_text)
        elif isinstance(block, DateLine):
            texts += [block.left, block.centre, block.right]
        elif isinstance(block, Table):
            texts += block.header
            texts += ["\n".join(cell) for row in block.rows for cell in row]
        else:
            for role, name in block.lines:
                texts += [role, SIGNATURE_LINE, name]
    return texts
