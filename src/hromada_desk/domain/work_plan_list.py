"""A year's work plan read from a pasted text: the table of a plan in Word or Excel («№ |
Питання | Відповідальні | Термін») or its lines under quarter headings («І квартал»).

A question's quarter comes from its own term cell («ІІ квартал», «березень», «до 30.06»),
else from the quarter heading above it. A line of a Word cell broken over two lines goes on
the question above (its title, or who prepares it). A question with no quarter is refused
with the reason, and nothing of it is added.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field

from hromada_desk.domain.agenda_list import ITEM_START
from hromada_desk.domain.deadlines import parse_deadline, schedule
from hromada_desk.domain.member_list import line_cells
from hromada_desk.domain.parsing import one_line, shown
from hromada_desk.domain.pasted_rows import row_shown
from hromada_desk.domain.validation import errors, validate_work_plan
from hromada_desk.domain.work_plan import PlannedQuestion, WorkPlan, quarter_of

# «кв.», «кв» as plans abbreviate «квартал».
_ABBREVIATED = re.compile(r"(?<=\S)\s*\bкв\b\.?", re.IGNORECASE)
# A whole year is no quarter: «протягом року», «2025 рік».
_YEAR_ONLY = re.compile(r"\bро(?:к|ку)\b|\bрік\b", re.IGNORECASE)
_QUARTER_WORDS = re.compile(
    r"квартал|півріч|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|\d{1,2}\.\d{1,2}",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^(?:№|питання|зміст|назва|перелік|відповідальн|термін|строк)", re.IGNORECASE)


class Left(enum.Enum):
    HEADER = "header"  # a table's heading row
    NO_QUARTER = "no_quarter"  # a question whose quarter neither it nor a heading gives
    INVALID = "invalid"  # a question the file cannot hold (detail: the finding, Ukrainian)


@dataclass(frozen=True, slots=True)
class LeftLine:
    line: int
    text: str
    why: Left
    detail: str = ""


@dataclass(slots=True)
class WorkPlanList:
    questions: list[PlannedQuestion] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line each question starts on
    left: list[LeftLine] = field(default_factory=list)


def quarter_in(text: str, year: int) -> int | None:
    """The quarter a term names in ``year``: «ІІ квартал», «II кв.», «березень», «до
    30.06.2025»; None for a whole year («протягом року») or words naming no time."""
    text = _ABBREVIATED.sub(" квартал", one_line(text))
    if not _QUARTER_WORDS.search(text) or (
        _YEAR_ONLY.search(text) and "квартал" not in text.lower()
    ):
        return None
    day = schedule(parse_deadline(text), dt.date(year, 1, 1)).once
    return quarter_of(day) if day is not None and day.year == year else None


_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.)]?\s")


def _rows(text: str, year: int) -> list[tuple[int, list[str]]]:
    """The pasted lines as the table's rows: a row with fewer cells than the table has (Word
    puts a cell's second paragraph on a line of its own) is joined up with the lines that
    follow it, its cells glued where they broke. The table's width is its heading row's, or
    that of a row with a term; with neither known, no lines are joined."""
    rows: list[tuple[int, list[str]]] = []
    width = 0
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, start=1):
        cells = line_cells(raw)
        if not cells:
            continue
        starts = bool(_NUMBERED.match(raw)) or bool(ITEM_START.match(cells[0]))
        heading = len(cells) == 1 and _is_quarter_heading(cells[0], year)
        previous = rows[-1][1] if rows else []
        short = 1 < len(previous) < width and not any(quarter_in(c, year) for c in previous[1:])
        if short and not starts and not heading:
            previous[-1] = f"{previous[-1]}; {cells[0]}"
            previous.extend(cells[1:])
            continue
        rows.append((number, list(cells)))
        if _HEADER.match(cells[0]) and not ITEM_START.match(cells[0]):
            width = len(cells) - (1 if cells[0].startswith("№") else 0)
        elif any(quarter_in(cell, year) for cell in cells[1:]):
            width = max(width, len(cells))
    return rows


def _is_quarter_heading(text: str, year: int) -> bool:
    return len(text) < 40 and quarter_in(text, year) is not None


def read_work_plan(text: str, year: int) -> WorkPlanList:
    """The questions a pasted ``text`` plans for ``year``, in its order."""
    result = WorkPlanList()
    quarter: int | None = None  # the quarter heading above
    last: PlannedQuestion | None = None
    for number, cells in _rows(text, year):
        if len(cells) == 1 and _is_quarter_heading(cells[0], year):
            quarter = quarter_in(cells[0], year)  # «І квартал», «ІІ квартал 2025 року»
            last = None
            continue
        if _HEADER.match(cells[0]) and not ITEM_START.match(cells[0]):
            result.left.append(LeftLine(number, shown(row_shown(cells)), Left.HEADER))
            continue
        if len(cells) == 1 and last is not None and not ITEM_START.match(cells[0]):
            last.title = f"{last.title} {cells[0]}"  # a title broken over two lines
            continue
        title, rest = cells[0], cells[1:]
        terms = [(cell, quarter_in(cell, year)) for cell in rest]
        own = next((found for _cell, found in terms if found is not None), None)
        responsible = "; ".join(cell for cell, found in terms if found is None)
        chosen = own if own is not None else quarter
        if chosen is None:
            result.left.append(LeftLine(number, shown(row_shown(cells)), Left.NO_QUARTER))
            last = None
            continue
        last = PlannedQuestion(chosen, title.rstrip(" ;"), responsible)
        result.questions.append(last)
        result.lines.append(number)
    return _checked(result, year)


def _checked(found: WorkPlanList, year: int) -> WorkPlanList:
    """The questions the file can hold; the others left out with the field named."""
    result = WorkPlanList(left=list(found.left))
    for line, question in zip(found.lines, found.questions, strict=True):
        problems = errors(validate_work_plan(WorkPlan(year, [question])))
        if problems:
            result.left.append(
                LeftLine(line, shown(question.title), Left.INVALID, problems[0].message)
            )
        else:
            result.questions.append(question)
            result.lines.append(line)
    result.left.sort(key=lambda left: left.line)
    return result
