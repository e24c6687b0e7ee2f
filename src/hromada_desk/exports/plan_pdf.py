"""The action plan (and its execution report) as an A4 landscape PDF table, as the seed sets it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as RLTable

from hromada_desk.documents.metadata import Metadata
from hromada_desk.domain.plans import ActionPlan, MeasureReport, PlanGoal, PlanMeasure, PlanSection
from hromada_desk.exports.fonts import RegisteredFamily
from hromada_desk.exports.pdf_document import PageLayout, render_document
from hromada_desk.exports.pdf_text import escape, fitted
from hromada_desk.exports.plan_text import (
    PLAN_COLUMNS,
    REPORT_COLUMNS,
    SIGNATURE_LINE,
    SUMMARY_COLUMNS,
    TOTAL,
    approval_text,
    execution_rows,
    footnote_lines,
    goal_heading,
    goal_indicators,
    measure_label,
    money,
    one_line,
    paragraphs,
    parties,
    period_words,
    plan_metadata,
    report_name,
    report_title,
    section_heading,
    signatory,
    status_text,
    summary,
    title_lines,
)

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TEXT_HEIGHT = PAGE_HEIGHT - 2 * MARGIN
PAGE_NUMBER_BASELINE = PAGE_HEIGHT - 12 * mm  # inside the top margin
BODY_SIZE, CELL_SIZE, TITLE_SIZE, PAGE_NUMBER_SIZE = 12, 11, 14, 12
PAGE = PageLayout(
    PAGE_WIDTH,
    PAGE_HEIGHT,
    MARGIN,
    MARGIN,
    MARGIN,
    MARGIN,
    BODY_SIZE,
    PAGE_NUMBER_SIZE,
    PAGE_NUMBER_BASELINE,
)
FONT_LINE = 1.15
PAD_X, PAD_TOP, PAD_BOTTOM = 3.0, 2.0, 4.0
RULE = 0.5
SPLIT_LINES = 3  # the fewest lines of a row left at the foot of a page when it is split
PLAN_WIDTHS = (50 * mm, 80 * mm, 58 * mm, 24 * mm, 45 * mm)  # 257 mm: the text width

Cell = list[Flowable]


def make_styles(family: RegisteredFamily) -> dict[str, ParagraphStyle]:
    def style(
        name: str,
        size: float = CELL_SIZE,
        *,
        bold: bool = False,
        align: int = TA_LEFT,
        after: float = 0,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=family.bold if bold else family.regular,
            fontSize=size,
            leading=size * FONT_LINE,
            alignment=align,
            spaceAfter=after,
            allowWidows=0,
            allowOrphans=0,
        )

    return {
        "title": style("title", TITLE_SIZE, bold=True, align=TA_CENTER),
        "approval": style("approval", BODY_SIZE),
        "head": style("head", bold=True, align=TA_CENTER),
        "section": style("section", bold=True, align=TA_CENTER),
        "cell": style("cell"),
        "cell_bold": style("cell_bold", bold=True),
        "cell_centre": style("cell_centre", align=TA_CENTER),
        "cell_right": style("cell_right", align=TA_RIGHT),
        "note": style("note", BODY_SIZE, align=TA_JUSTIFY),
        "sign": style("sign", BODY_SIZE),
        "sign_right": style("sign_right", BODY_SIZE, align=TA_RIGHT),
    }


@dataclass(slots=True)
class Row:
    """A row of a paged table: one cell across the whole width (``span``), or one cell per
    column after the group column; ``group`` names the group cell it sits beside."""

    cells: list[Cell]
    span: bool = False
    group: int | None = None


def _cell_height(cell: Cell, width: float) -> float:
    return sum(p.wrap(width - 2 * PAD_X, PAGE_HEIGHT)[1] for p in cell) + PAD_TOP + PAD_BOTTOM


def _split_cell(cell: Cell, width: float, height: float) -> tuple[Cell, Cell] | None:
    """The cell's paragraphs that fit ``height`` and those that follow, cutting between lines;
    None if not even a line fits."""
    inner, room = width - 2 * PAD_X, height - PAD_TOP - PAD_BOTTOM
    first: Cell = []
    for i, paragraph in enumerate(cell):
        h = paragraph.wrap(inner, PAGE_HEIGHT)[1]
        if h <= room:
            first.append(paragraph)
            room -= h
            continue
        parts = paragraph.split(inner, room) if room > 0 else []
        if len(parts) == 2:
            return [*first, parts[0]], [parts[1], *cell[i + 1 :]]
        return (first, cell[i:]) if first else None
    return first, []


class PagedTable(Flowable):
    """A table laid out page by page by this code rather than by reportlab: the header row on
    every page, group cells (goals) spanning their rows and repeated on the next page when the
    rows go on, a full-width row kept with the row after it, and a row taller than a page cut
    between lines: a row that does not fit the rest of a page goes on in a continuation row on
    the next when at least SPLIT_LINES of its lines fit, else moves there whole."""

    def __init__(
        self,
        widths: Sequence[float],
        header: Cell | list[Cell],
        rows: list[Row],
        groups: Sequence[Callable[[], Cell]] = (),
        font: str = "",
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.header: list[Cell] = header
        self.rows = rows
        self.groups = groups
        self.font = font
        self.has_groups = bool(groups)

    def _rest(self, rows: list[Row]) -> PagedTable:
        return PagedTable(self.widths, self.header, rows, self.groups, self.font)

    # Platypus asks for the height first: saying "more than there is" makes it call split,
    # where the page's part is chosen.
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        return self.width, availHeight + 1

    def _data_widths(self) -> list[float]:
        return self.widths[1:] if self.has_groups else self.widths

    def _row_height(self, row: Row) -> float:
        if row.span:
            return _cell_height(row.cells[0], sum(self.widths))
        return max(_cell_height(c, w) for c, w in zip(row.cells, self._data_widths(), strict=True))

    def _group_height(self, group: int | None) -> float:
        if group is None or not self.has_groups:
            return 0.0
        return _cell_height(self.groups[group](), self.widths[0])

    def _split_row(self, row: Row, height: float) -> tuple[Row, Row] | None:
        firsts, rests = [], []
        for cell, width in zip(row.cells, self._data_widths(), strict=True):
            parts = _split_cell(cell, width, height)
            if parts is None:
                return None
            firsts.append(parts[0])
            rests.append(parts[1])
        return replace(row, cells=firsts), replace(row, cells=rests)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        header_height = max(
            _cell_height(c, w) for c, w in zip(self.header, self.widths, strict=True)
        )
        room = availHeight - header_height
        capacity = TEXT_HEIGHT - header_height
        least = SPLIT_LINES * CELL_SIZE * FONT_LINE + PAD_TOP + PAD_BOTTOM
        rows = list(self.rows)
        taken: list[Row] = []
        used = 0.0
        group, group_start, group_rows = None, 0.0, 0.0
        i = 0
        while i < len(rows):
            row = rows[i]
            height = self._row_height(row)
            if row.span:
                following = 0.0  # the next row's first lines (and its goal) come along
                if i + 1 < len(rows):
                    following = max(
                        min(self._row_height(rows[i + 1]), least),
                        self._group_height(rows[i + 1].group),
                    )
                if used + height + min(following, capacity / 2) > room and taken:
                    break
                taken.append(row)
                used += height
                group = None
                i += 1
                continue
            if row.group != group or group is None:
                group, group_start, group_rows = row.group, used, 0.0
            group_cell = self._group_height(group)
            if group_start + max(group_rows + height, group_cell) <= room:
                taken.append(row)
                group_rows += height
                used = group_start + max(group_rows, group_cell)
                i += 1
                continue
            left = room - group_start - group_rows
            if left >= least and group_start + group_cell <= room:
                parts = self._split_row(row, left)
                if (
                    parts is not None
                    and group_start + max(group_rows + self._row_height(parts[0]), group_cell)
                    <= room
                ):
                    taken.append(parts[0])
                    rows[i] = parts[1]
            break
        while taken and taken[-1].span and i < len(rows):  # never a section alone at the foot
            taken.pop()
            i -= 1
        if not self.rows:  # a plan without measures: the header alone
            return [self._table([])]
        if not taken:
            return []
        table = self._table(taken)
        return [table, self._rest(rows[i:])] if i < len(rows) else [table]

    def _table(self, rows: list[Row]) -> RLTable:
        ncols = len(self.widths)
        data: list[list[Any]] = [list(self.header)]
        heights = [max(_cell_height(c, w) for c, w in zip(self.header, self.widths, strict=True))]
        commands: list[tuple[Any, ...]] = []
        runs: list[tuple[int, int, int]] = []  # group, first row, last row
        for row in rows:
            r = len(data)
            if row.span:
                data.append([row.cells[0]] + [""] * (ncols - 1))
                commands.append(("SPAN", (0, r), (-1, r)))
            else:
                lead: list[Any] = []
                if self.has_groups:
                    if runs and runs[-1][0] == row.group and runs[-1][2] == r - 1:
                        runs[-1] = (runs[-1][0], runs[-1][1], r)
                        lead = [""]
                    else:
                        runs.append((row.group if row.group is not None else -1, r, r))
                        lead = [self.groups[row.group]() if row.group is not None else ""]
                data.append(lead + list(row.cells))
            heights.append(self._row_height(row))
        for group, first, last in runs:
            if group < 0:
                continue
            needed = self._group_height(group) - sum(heights[first : last + 1])
            if needed > 0:
                heights[last] += needed
            if last > first:
                commands.append(("SPAN", (0, first), (0, last)))
        table = RLTable(data, colWidths=self.widths, rowHeights=heights, hAlign="LEFT")
        table.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.font, CELL_SIZE),
                ("GRID", (0, 0), (-1, -1), RULE, colors.black),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
                *commands,
            ]
        )
        return table

    def draw(self) -> None:  # never drawn itself: split always hands over real tables
        pass


def paragraph(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    return Paragraph(fitted(text, style, width - 2 * PAD_X), style)


def header_cells(
    texts: Sequence[str], widths: Sequence[float], styles: dict[str, ParagraphStyle]
) -> list[Cell]:
    return [[paragraph(t, styles["head"], w)] for t, w in zip(texts, widths, strict=True)]


def title_block(
    lines: Sequence[str], approval: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = []
    if approval:
        width = 100 * mm
        box = RLTable(
            [[Paragraph(fitted(approval, styles["approval"], width), styles["approval"])]],
            colWidths=[width],
            hAlign="RIGHT",
        )
        box.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles["approval"].fontName, BODY_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        story += [box, Spacer(1, 10)]
    story += [
        Paragraph(fitted(line, styles["title"], TEXT_WIDTH), styles["title"]) for line in lines
    ]
    story.append(Spacer(1, 10))
    return story


def signature_block(
    position: str, name: str, line: str, styles: dict[str, ParagraphStyle]
) -> RLTable:
    widths = [110 * mm, 60 * mm, TEXT_WIDTH - 170 * mm]
    table = RLTable(
        [
            [
                Paragraph(escape(position), styles["sign"]),
                Paragraph(line, styles["sign"]),
                Paragraph(escape(name), styles["sign_right"]),
            ]
        ],
        colWidths=widths,
        hAlign="LEFT",
    )
    table.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), styles["sign"].fontName, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 24),
        ]
    )
    return table


def render(story: list[Flowable], meta: Metadata, family: RegisteredFamily) -> bytes:
    """The PDF's bytes: landscape A4, 20 mm margins, page numbers from page 2; the same
    story and metadata always give the same bytes."""
    return render_document(story, meta, family, PAGE)


def closing(
    notes: Sequence[str], position: str, name: str, line: str, styles: dict[str, ParagraphStyle]
) -> Flowable:
    """Footnotes and the signature, on one page together."""
    parts: list[Flowable] = [Spacer(1, 8)]
    parts += [Paragraph(escape(n), styles["note"]) for n in notes]
    if position or name:
        parts.append(signature_block(position, name, line, styles))
    return KeepTogether(parts)


# -- the documents ---------------------------------------------------------------------------


def _goal_cell(
    goal: PlanGoal,
    styles: dict[str, ParagraphStyle],
    width: float = PLAN_WIDTHS[0],
    *,
    indicators: bool = True,
) -> Callable[[], Cell]:
    def make() -> Cell:
        cell = [
            paragraph(goal_heading(goal), styles["cell_bold"], width),
            paragraph(one_line(goal.text), styles["cell"], width),
        ]
        if indicators and goal_indicators(goal):
            cell.append(paragraph(goal_indicators(goal), styles["cell"], width))
        return cell

    return make


def _section_cell(section: PlanSection, styles: dict[str, ParagraphStyle]) -> Cell:
    title, statement = section_heading(section)
    return [paragraph(t, styles["section"], TEXT_WIDTH) for t in (title, statement) if t]


def plan_story(plan: ActionPlan, family: RegisteredFamily) -> list[Flowable]:
    styles = make_styles(family)
    widths = PLAN_WIDTHS
    rows: list[Row] = []
    groups: list[Callable[[], Cell]] = []
    for section in plan.sections:
        rows.append(Row([_section_cell(section, styles)], span=True))
        for goal in section.goals:
            groups.append(_goal_cell(goal, styles))
            measures = goal.measures or [PlanMeasure(number="", text="")]
            for m in measures:
                rows.append(
                    Row(
                        [
                            [paragraph(measure_label(m), styles["cell"], widths[1])],
                            [paragraph(p, styles["cell"], widths[2]) for p in parties(m)],
                            [
                                paragraph(p, styles["cell"], widths[3])
                                for p in paragraphs(m.deadline)
                            ],
                            [
                                paragraph(p, styles["cell"], widths[4])
                                for p in paragraphs(m.funding)
                            ],
                        ],
                        group=len(groups) - 1,
                    )
                )
    story = title_block(title_lines(plan), approval_text(plan), styles)
    story.append(
        PagedTable(widths, header_cells(PLAN_COLUMNS, widths, styles), rows, groups, family.regular)
    )
    position, name = signatory(plan)
    story.append(closing(footnote_lines(plan), position, name, SIGNATURE_LINE, styles))
    return story


def render_plan(plan: ActionPlan, family: RegisteredFamily, author: str = "") -> bytes:
    return render(plan_story(plan, family), plan_metadata(plan, author=author), family)


REPORT_WIDTHS = (45 * mm, 72 * mm, 45 * mm, 25 * mm, 46 * mm, 24 * mm)  # 257 mm
SUMMARY_WIDTHS = (67 * mm, *(25 * mm,) * 6, 40 * mm)  # 257 mm


def _summary_table(
    plan: ActionPlan,
    reports: Mapping[int, MeasureReport],
    styles: dict[str, ParagraphStyle],
    font: str,
) -> RLTable:
    per_section, total = summary(plan, reports)
    header = [*SUMMARY_COLUMNS, "Витрачено коштів, грн"]
    data: list[list[Any]] = [
        [paragraph(h, styles["head"], w) for h, w in zip(header, SUMMARY_WIDTHS, strict=True)]
    ]
    for name, counts, style in [
        *((n, c, "cell") for n, c in per_section),
        (TOTAL, total, "cell_bold"),
    ]:
        data.append(
            [
                paragraph(name, styles[style], SUMMARY_WIDTHS[0]),
                *(Paragraph(str(n), styles["cell_centre"]) for n in counts.row()),
                Paragraph(money(counts.spent), styles["cell_right"]),
            ]
        )
    table = RLTable(data, colWidths=list(SUMMARY_WIDTHS), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, CELL_SIZE),
            ("GRID", (0, 0), (-1, -1), RULE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ]
    )
    return table


def report_story(
    plan: ActionPlan, reports: Mapping[int, MeasureReport], period: str, family: RegisteredFamily
) -> list[Flowable]:
    styles = make_styles(family)
    widths = REPORT_WIDTHS
    rows: list[Row] = []
    groups: list[Callable[[], Cell]] = []
    goal: PlanGoal | None = None
    section: PlanSection | None = None
    for row in execution_rows(plan, reports):
        if row.section is not section:
            section = row.section
            rows.append(Row([_section_cell(row.section, styles)], span=True))
        if row.goal is not goal:
            goal = row.goal
            groups.append(_goal_cell(goal, styles, widths[0], indicators=False))
        m, report = row.measure, row.report
        status = styles["cell_bold"] if report is None else styles["cell"]
        rows.append(
            Row(
                [
                    [paragraph(measure_label(m), styles["cell"], widths[1])],
                    [paragraph(p, styles["cell"], widths[2]) for p in parties(m)],
                    [paragraph(status_text(report), status, widths[3])],
                    [
                        paragraph(p, styles["cell"], widths[4])
                        for p in paragraphs(report.done if report else "")
                    ],
                    [
                        Paragraph(
                            money(report.money_spent if report else None), styles["cell_right"]
                        )
                    ],
                ],
                group=len(groups) - 1,
            )
        )
    story = title_block(report_title(plan, period), "", styles)
    story.append(
        PagedTable(
            widths,
            header_cells(("Ціль", *REPORT_COLUMNS), widths, styles),
            rows,
            groups,
            family.regular,
        )
    )
    story.append(Spacer(1, 12))
    story.append(
        KeepTogether(
            [
                Paragraph(escape(f"Підсумок виконання за {period_words(period)}"), styles["title"]),
                Spacer(1, 6),
                _summary_table(plan, reports, styles, family.regular),
            ]
        )
    )
    position, name = signatory(plan)
    story.append(closing(footnote_lines(plan), position, name, SIGNATURE_LINE, styles))
    return story


def render_report(
    plan: ActionPlan,
    reports: Mapping[int, MeasureReport],
    period: str,
    family: RegisteredFamily,
    author: str = "",
) -> bytes:
    meta = plan_metadata(
        plan,
        f"Звіт про виконання плану дій за {period_words(period)}",
        author,
        report_name(plan, period),
    )
    return render(report_story(plan, reports, period, family), meta, family)
