"""Rows pasted from a spreadsheet into the population grid, matched to settlements by name."""

from __future__ import annotations

import difflib
import enum
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from hromada_desk.domain.parsing import WholeNumberError, name_key, parse_figure, parse_kind
from hromada_desk.domain.records import MAX_POPULATION, Settlement, SettlementKind

FIGURES = ("total", "men", "women", "children")
# The grid's columns, left to right, as the paste sees them.
COLUMNS = ("name", "kind", *FIGURES)

# Abbreviations a name may start with, as the grid copies it («с. Коржиха»).
_PREFIXES = (
    (SettlementKind.SETTLEMENT, re.compile(r"(?:с-ще|смт\.?)\s+", re.IGNORECASE)),
    (SettlementKind.VILLAGE, re.compile(r"с\.\s*", re.IGNORECASE)),
    (SettlementKind.CITY, re.compile(r"м\.\s*", re.IGNORECASE)),
)
_TOTAL_WORDS = ("всього", "усього", "разом", "загалом", "total")
_HEADER_WORDS = {
    "name": ("населений пункт", "населені пункти", "назва", "settlement", "name"),
    "kind": ("тип", "вид", "kind", "type"),
    "total": (
        "усього",
        "всього",
        "разом",
        "населення",
        "чисельність",
        "кількість населення",
        "total",
        "population",
    ),
    "men": ("чоловіки", "чоловіків", "men", "male"),
    "women": ("жінки", "жінок", "women", "female"),
    "children": ("діти", "дітей", "children"),
}
# A column of row numbers before the names («№», «№ з/п»), left out of a paste.
_ROW_NUMBER_TITLES = ("№", "№з/п", "№п/п", "з/п", "п/п", "n", "no", "#")
_YEAR_TITLE = re.compile(r"(?:(?:станом )?на )?(?:01\.01\.)?(?:19|20)\d\d(?: р(?:ік|\.)?)?")
# How alike two names must be for one to look like a misspelling of the other.
_LIKE = 0.85


class Skip(enum.Enum):
    HEADER = "header"
    TOTAL = "total"


class Problem(enum.Enum):
    REPEATED = "repeated"  # two rows of the block name one settlement
    AMBIGUOUS = "ambiguous"  # the name fits two settlements and no kind tells them apart
    NOT_A_KIND = "not_a_kind"  # the kind column holds something else
    NO_NAME = "no_name"  # figures without a name
    NUMBER_AS_NAME = "number_as_name"  # a number where the name goes


@dataclass(frozen=True, slots=True)
class PastedRow:
    """One row of the block: its line (from 1), the name without a kind abbreviation, the
    kind its kind column or abbreviation gives, and its figures as pasted (field, text)."""

    line: int
    name: str
    kind: SettlementKind | None
    figures: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    line: int
    reason: Skip
    text: str


@dataclass(frozen=True, slots=True)
class Refused:
    """Rows not pasted: ``lines`` of the block, ``text`` as pasted, ``settlements`` the ones
    an ambiguous name fits."""

    problem: Problem
    lines: tuple[int, ...]
    text: str
    settlements: tuple[Settlement, ...] = ()


@dataclass(frozen=True, slots=True)
class Matched:
    row: PastedRow
    settlement: Settlement


@dataclass(frozen=True, slots=True)
class Unknown:
    """A row that names no settlement; ``like`` is one it may have meant (a name spelt
    nearly the same, or the same name of another kind)."""

    row: PastedRow
    like: Settlement | None = None


@dataclass(frozen=True, slots=True)
class PastePlan:
    """What a pasted block is. ``named``: rows to match by name (``matched``, ``unknown``,
    ``refused``); otherwise figures to write where they land, ``rows`` (line, cells).
    Either way ``skipped`` holds the header and total rows left out."""

    named: bool
    matched: tuple[Matched, ...] = ()
    unknown: tuple[Unknown, ...] = ()
    refused: tuple[Refused, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    rows: tuple[tuple[int, tuple[str, ...]], ...] = ()
    fields: tuple[str, ...] = ()  # the figures the named rows carry
    extra_columns: int = 0  # named rows' columns beyond the children, left out


# -- reading cells ---------------------------------------------------------------------------


def normalise(name: str) -> str:
    """A name as matching compares it (domain.parsing.name_key), without a leading kind
    abbreviation."""
    return name_key(split_kind(name)[1])


def split_kind(text: str) -> tuple[SettlementKind | None, str]:
    """The kind a leading abbreviation gives and the name after it: «с. Коржиха» →
    (village, «Коржиха»); a name without one → (None, the name). A name wrapped in its
    cell («Нова\nЛанна», pasted from a spreadsheet) is one line: «Нова Ланна»."""
    name = " ".join(text.split())
    for kind, prefix in _PREFIXES:
        found = prefix.match(name)
        if found and name[found.end() :].strip():
            return kind, name[found.end() :].strip()
    return None, name


# A cell that is meant as a number, whether or not the grid can take it («12,5», «-5»,
# «10 000 001»): never a settlement's name.
_NUMBER_LIKE = re.compile(r"[-\u2212+]?\s*[0-9][0-9\s.,]*")


def _is_number(text: str) -> bool:
    """A figure, or text meant as one that the grid refuses with its reason (a fraction, a
    negative or too large a number), never taken for a name."""
    try:
        if parse_figure(text, MAX_POPULATION) is not None:
            return True
    except WholeNumberError:
        pass
    return _NUMBER_LIKE.fullmatch(text.strip()) is not None


def _words(text: str) -> str:
    return " ".join(text.replace(":", " ").split()).casefold().rstrip(".")


def _starts_with(text: str, words: Sequence[str]) -> bool:
    return any(text == w or text.startswith((w + " ", w + "(", w + ",")) for w in words)


def _header_column(text: str) -> str | None:
    words = _words(text)
    if _YEAR_TITLE.fullmatch(words):  # «2025», «станом на 01.01.2025»: the year's total
        return "total"
    return next((c for c, names in _HEADER_WORDS.items() if _starts_with(words, names)), None)


def _is_row_number_title(text: str) -> bool:
    return _words(text).replace(" ", "") in _ROW_NUMBER_TITLES


def is_total_row(name: str) -> bool:
    """«Всього», «Усього по громаді», «Total»: a sum, not a settlement."""
    return _starts_with(_words(name), _TOTAL_WORDS)


def _is_header(first: Sequence[str], rest: Sequence[Sequence[str]]) -> bool:
    """A first row of words over columns that hold numbers below, or of known titles."""
    cells = [c.strip() for c in first]
    if cells and _header_column(cells[0]) == "name":  # «Населений пункт», «Назва»
        return True
    if not any(cells) or any(_is_number(c) for c in cells if c):
        return False
    filled = [c for c in cells if c]
    # Two titles, or the only cell: one word like «Вид» may begin a settlement's name.
    if sum(1 for c in filled if _header_column(c)) >= min(2, len(filled)):
        return True
    return any(
        c
        and parse_kind(c) is None
        and any(column < len(row) and _is_number(row[column]) for row in rest)
        for column, c in enumerate(cells)
    )


# -- the plan --------------------------------------------------------------------------------


def plan_paste(
    settlements: Sequence[Settlement], block: Sequence[Sequence[str]], start: str
) -> PastePlan:
    """How a block pasted at column ``start`` (one of COLUMNS) is written: by name when it
    starts at the name column or its first column holds names, else figure by figure where
    it lands."""
    lines = _without_row_numbers(
        [(number, tuple(cells)) for number, cells in enumerate(block, start=1)]
    )
    skipped: list[Skipped] = []
    filled = [(n, cells) for n, cells in lines if any(c.strip() for c in cells)]
    if filled and _is_header(filled[0][1], [cells for _n, cells in filled[1:]]):
        header_line, header = filled[0]
        skipped.append(Skipped(header_line, Skip.HEADER, row_shown(header)))
        lines = [(n, cells) for n, cells in lines if n != header_line]
    else:
        header = ()
    if not _named(lines, start):
        return PastePlan(False, skipped=tuple(skipped), rows=tuple(lines))
    return _plan_named(settlements, lines, header, skipped)


def _without_row_numbers(
    lines: list[tuple[int, tuple[str, ...]]],
) -> list[tuple[int, tuple[str, ...]]]:
    """The block without a first column of row numbers (1, 2, 3 … beside the names, under
    «№» or «№ з/п» if there is a header), as tables in Word and Excel often have."""
    filled = [cells for _n, cells in lines if any(c.strip() for c in cells)]
    if not filled or any(len(cells) < 2 for cells in filled):
        return lines
    rows = filled[1:] if _is_row_number_title(filled[0][0]) or not filled[0][0].strip() else filled
    numbered = [cells for cells in rows if not is_total_row(cells[1])]
    if not numbered or not all(
        cells[0].strip().rstrip(".").isdigit() and cells[1].strip() and not _is_number(cells[1])
        for cells in numbered
    ):
        return lines
    return [(n, cells[1:]) for n, cells in lines]


def _named(lines: Sequence[tuple[int, tuple[str, ...]]], start: str) -> bool:
    if start == "name":
        return True
    firsts = [
        cells[0].strip()
        for _n, cells in lines
        if cells and cells[0].strip() and not is_total_row(cells[0])
    ]
    return (
        bool(firsts)
        and not any(_is_number(c) for c in firsts)
        and not all(parse_kind(c) is not None for c in firsts)
    )


def _layout(lines: Sequence[tuple[int, tuple[str, ...]]], header: Sequence[str]) -> list[str]:
    """What each column of named rows is: titles of a header if they all say, else the
    name, the kind if the second column holds kinds, and the figures in the grid's order."""
    titled = [_header_column(c) if c.strip() else "" for c in header]
    if (
        titled
        and None not in titled
        and titled[0] in ("name", "")
        and len([t for t in titled if t]) == len(set(t for t in titled if t))
    ):
        return ["name", *[t or "" for t in titled[1:]]]
    width = max((len(cells) for _n, cells in lines), default=1)
    seconds = [
        cells[1].strip()
        for _n, cells in lines
        if len(cells) > 1 and cells[1].strip() and not is_total_row(cells[0])
    ]
    if seconds:
        has_kind = any(parse_kind(c) for c in seconds) or not any(_is_number(c) for c in seconds)
    else:
        has_kind = width >= 3
    return ["name", *(["kind"] if has_kind else []), *FIGURES]


def _plan_named(
    settlements: Sequence[Settlement],
    lines: Sequence[tuple[int, tuple[str, ...]]],
    header: Sequence[str],
    skipped: list[Skipped],
) -> PastePlan:
    layout = _layout(lines, header)
    refused: list[Refused] = []
    rows: list[PastedRow] = []
    for line, cells in lines:
        if not any(c.strip() for c in cells):
            continue
        name_text = cells[0].strip()
        if is_total_row(name_text):
            skipped.append(Skipped(line, Skip.TOTAL, row_shown(cells)))
            continue
        row, problem = _read_row(line, cells, layout)
        if problem is not None:
            refused.append(problem)
        elif row is not None:
            rows.append(row)
    matched, unknown = _match(settlements, rows, refused)
    width = max((len(cells) for _n, cells in lines if any(c.strip() for c in cells)), default=0)
    extra = sum(
        1
        for column in range(len(layout), width)
        if any(column < len(cells) and cells[column].strip() for _n, cells in lines)
    )
    return PastePlan(
        True,
        tuple(matched),
        tuple(unknown),
        tuple(sorted(refused, key=lambda r: r.lines)),
        tuple(sorted(skipped, key=lambda s: s.line)),
        fields=tuple(f for f in layout if f in FIGURES),
        extra_columns=extra,
    )


def _read_row(
    line: int, cells: Sequence[str], layout: Sequence[str]
) -> tuple[PastedRow | None, Refused | None]:
    prefix_kind, name = split_kind(cells[0])
    if not name:
        return None, Refused(Problem.NO_NAME, (line,), row_shown(cells))
    if _is_number(name):
        return None, Refused(Problem.NUMBER_AS_NAME, (line,), name)
    kind = prefix_kind
    figures: list[tuple[str, str]] = []
    for column, what in enumerate(layout):
        text = cells[column].strip() if column < len(cells) else None
        if text is None or what in ("", "name"):
            continue
        if what == "kind":
            if text:
                kind = parse_kind(text)
                if kind is None:
                    return None, Refused(Problem.NOT_A_KIND, (line,), text)
        else:
            figures.append((what, text))
    return PastedRow(line, " ".join(name.split()), kind, tuple(figures)), None


def _match(
    settlements: Sequence[Settlement], rows: Sequence[PastedRow], refused: list[Refused]
) -> tuple[list[Matched], list[Unknown]]:
    by_name: dict[str, list[Settlement]] = defaultdict(list)
    for settlement in settlements:
        by_name[normalise(settlement.name)].append(settlement)
    targets: dict[object, list[PastedRow]] = defaultdict(list)
    found: dict[int, Settlement] = {}
    for row in rows:
        key = normalise(row.name)
        candidates = [s for s in by_name.get(key, []) if row.kind is None or s.kind is row.kind]
        if len(candidates) > 1:
            refused.append(Refused(Problem.AMBIGUOUS, (row.line,), row.name, tuple(candidates)))
        elif candidates:
            found[row.line] = candidates[0]
            targets[candidates[0].id].append(row)
        else:  # a new name: one row per name, unless kinds tell rows of one name apart
            targets[("new", key)].append(row)
    matched: list[Matched] = []
    unknown: list[Unknown] = []
    for target, group in targets.items():
        kinds = [r.kind for r in group]
        distinct = isinstance(target, tuple) and None not in kinds and len(set(kinds)) == len(kinds)
        if len(group) > 1 and not distinct:
            refused.append(Refused(Problem.REPEATED, tuple(r.line for r in group), group[0].name))
            continue
        for row in group:
            if row.line in found:
                matched.append(Matched(row, found[row.line]))
            else:
                unknown.append(Unknown(row, _like(row, by_name)))
    matched.sort(key=lambda m: m.row.line)
    unknown.sort(key=lambda u: u.row.line)
    return matched, unknown


def _like(row: PastedRow, by_name: dict[str, list[Settlement]]) -> Settlement | None:
    key = normalise(row.name)
    if by_name.get(key):
        return by_name[key][0]  # the same name, another kind
    close = difflib.get_close_matches(key, list(by_name), n=1, cutoff=_LIKE)
    return by_name[close[0]][0] if close else None


def row_shown(cells: Sequence[str]) -> str:
    """A pasted row on one line, as a message quotes it (a title wrapped in its cell is
    shown unwrapped)."""
    return " · ".join(" ".join(c.split()) for c in cells if c.strip())
