"""The protocol as a PDF (reportlab platypus), laid out after ДСТУ 4163:2020."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as RLTable

from hromada_desk.domain.typography import as_printed
from hromada_desk.exports import official_page as page
from hromada_desk.exports.fonts import RegisteredFamily
from hromada_desk.exports.pdf_document import PageLayout, render_document
from hromada_desk.exports.pdf_text import escape, fitted, ukrainian_hyphenator
from hromada_desk.exports.protocol_text import (
    CONTINUED,
    DRAFT_MARK,
    SIGNATURE_LINE,
    Block,
    DateLine,
    Metadata,
    Para,
    Signatures,
    Style,
    Table,
    column_widths,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT, MARGIN_RIGHT = page.MARGIN_LEFT_MM * mm, page.MARGIN_RIGHT_MM * mm
MARGIN_TOP, MARGIN_BOTTOM = page.MARGIN_TOP_MM * mm, page.MARGIN_BOTTOM_MM * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE, TABLE_SIZE, TITLE_SIZE = page.BODY_SIZE, page.TABLE_SIZE, page.TITLE_SIZE
PAGE_NUMBER_SIZE, LINE_SPACING = page.PAGE_NUMBER_SIZE, page.LINE_SPACING
FONT_LINE = 1.15  # a Times-like font's natural line height, in ems (Word's «single»)
INDENT = page.INDENT_MM * mm
CELL_PADDING = 2.5
RULE = 0.5  # table lines, in points
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
PAGE_NUMBER_BASELINE = PAGE_HEIGHT - page.PAGE_NUMBER_FROM_TOP_MM * mm
PAGE = PageLayout(
    PAGE_WIDTH,
    PAGE_HEIGHT,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARGIN_BOTTOM,
    BODY_SIZE,
    PAGE_NUMBER_SIZE,
    PAGE_NUMBER_BASELINE,
)
FIRST_LINES = 3 * BODY_SIZE * FONT_LINE * LINE_SPACING  # of a paragraph kept with its heading
ROW_LINES = 3  # the fewest lines of a split row on either page
FIRST_ROWS = 2  # rows of a table of one-line rows kept with the header and the heading


class _Paragraph(Paragraph):
    """A paragraph laid out once per width: reportlab lays a table cell out again at every
    page split and before drawing it (some five times in all), though the lines depend on
    the width alone. Same bytes, a sixth less rendering time for the demo protocol."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_at or "blPara" not in self.__dict__:  # split drops it
            super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self.width, self.height


def _styles(family: RegisteredFamily, hyphenate: bool = False) -> dict[str, ParagraphStyle]:
    """The paragraph styles; with ``hyphenate`` justified text is hyphenated in Ukrainian."""
    hyphenator = ukrainian_hyphenator() if hyphenate else None

    def style(
        name: str,
        *,
        size: float = BODY_SIZE,
        bold: bool = False,
        align: int = TA_JUSTIFY,
        indent: float = 0,
        before: float = 0,
        after: float = 0,
    ) -> ParagraphStyle:
        spacing = 1.0 if size == TABLE_SIZE else LINE_SPACING  # tables are set single
        extra: dict[str, Any] = {}
        if hyphenator is not None and align == TA_JUSTIFY:
            extra["hyphenationLang"] = hyphenator
        return ParagraphStyle(
            name,
            fontName=family.bold if bold else family.regular,
            fontSize=size,
            leading=size * FONT_LINE * spacing,
            alignment=align,
            firstLineIndent=indent,
            spaceBefore=before,
            spaceAfter=after,
            allowWidows=0,
            allowOrphans=0,
            **extra,
        )

    return {
        Style.HEADER: style("header", bold=True, align=TA_CENTER),
        Style.TITLE: style(
            "title", size=TITLE_SIZE, bold=True, align=TA_CENTER, before=18, after=6
        ),
        Style.SUBTITLE: style("subtitle", bold=True, align=TA_CENTER, after=12),
        Style.SECTION: style("section", bold=True, align=TA_CENTER, before=12, after=6),
        Style.LABEL: style("label", bold=True, align=TA_LEFT, before=6),
        Style.ITEM: style("item", bold=True, indent=INDENT, before=12),
        Style.BODY: style("body", indent=INDENT),
        Style.NOTE: style("note", size=TABLE_SIZE, indent=INDENT, before=4),
        "date_left": style("date_left", align=TA_LEFT),
        "date_centre": style("date_centre", align=TA_CENTER),
        "date_right": style("date_right", align=TA_RIGHT),
        "cell": style("cell", size=TABLE_SIZE, align=TA_LEFT),
        "cell_centre": style("cell_centre", size=TABLE_SIZE, align=TA_CENTER),
        "cell_bold": style("cell_bold", size=TABLE_SIZE, bold=True, align=TA_LEFT),
        "cell_bold_centre": style("cell_bold_centre", size=TABLE_SIZE, bold=True, align=TA_CENTER),
        "sign_role": style("sign_role", align=TA_LEFT),
        "sign_line": style("sign_line", align=TA_CENTER),
        "sign_name": style("sign_name", align=TA_RIGHT),
    }


def _column_widths(table: Table, styles: dict[str, ParagraphStyle]) -> list[float]:
    regular, bold = styles["cell"], styles["cell_bold"]

    @functools.cache
    def measure(text: str, is_bold: bool) -> float:
        style = bold if is_bold else regular
        return float(stringWidth(as_printed(text), style.fontName, style.fontSize))

    return column_widths(table, TEXT_WIDTH, measure, 2 * CELL_PADDING + 1)


class _ClosedTable(RLTable):
    """A table whose part on each page is closed by a line at the page's foot, also where
    a row continues on the next page (reportlab leaves such a row open), and which never
    carries just a line or two of a row over to the next page. With ``continued`` set (a
    paragraph per data row), a row that goes on on the next page names itself there:
    «Притулок … (продовження)»."""

    continued: list[Paragraph] | None = None

    def _split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued is not None:
            tail = parts[1]
            rows = len(tail._cellvalues) - 1  # the header is repeated
            names = self.continued[len(self.continued) - rows :]
            tail.continued = names
            first = tail._cellvalues[1][0]
            if (
                self.splitInRow
                and names
                and not any(
                    isinstance(p, Flowable) for p in (first if isinstance(first, list) else [first])
                )
            ):
                tail._cellvalues[1][0] = [names[0]]
                tail._argH[1] = None  # as tall as the name needs, if taller than the rest
        return parts

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self._split(availWidth, availHeight)
        if len(parts) == 2 and self.splitInRow:
            tail = parts[1]
            tail.wrap(availWidth, PAGE_HEIGHT)
            # reportlab's own check of the carried-over part counts the whole table, so
            # a row's last line could open the next page: split that much higher instead.
            short = self.splitInRow - tail._rowHeights[1]
            if short > 0:
                parts = self._split(availWidth, availHeight - short) or parts
        if len(parts) == 2 and isinstance(parts[0], RLTable):
            parts[0].setStyle([("LINEBELOW", (0, -1), (-1, -1), RULE, colors.black)])
        return parts


class _WithNotes(Flowable):
    """A table and the notes under it: the notes never start a page without the table's
    last lines (the table is split higher up, so that its end goes over with them)."""

    def __init__(self, table: RLTable, notes: list[Flowable]) -> None:
        super().__init__()
        self.table, self.notes = table, notes
        self.start_height = getattr(table, "start_height", FIRST_LINES)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # More than there is: the frame then calls split, which hands over the real parts.
        return availWidth, availHeight + 1

    def _notes_height(self, width: float) -> float:
        return sum(_height(note, width) for note in self.notes)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # the table's space before and after it counted, and the notes' own space before
        # (the frame lets the larger of two spaces stand: this errs on the safe side)
        notes = self._notes_height(availWidth) + self.table.getSpaceAfter()
        before = self.table.getSpaceBefore()
        _, table = self.table.wrap(availWidth, availHeight)
        if before + table + notes <= availHeight:
            return [self.table, *self.notes]
        for room in (availHeight - before - notes, availHeight - before):
            parts = self.table.split(availWidth, room) if room > 0 else []
            if len(parts) == 2:
                return [parts[0], _WithNotes(parts[1], self.notes)]
        if availHeight >= TEXT_HEIGHT - 1:  # a fresh page, and still no way: as it comes
            return [self.table, *self.notes]
        return []  # to the next page, whole

    def draw(self) -> None:  # never drawn itself: split always hands over the parts
        pass


def _table(table: Table, styles: dict[str, ParagraphStyle]) -> RLTable:
    widths = _column_widths(table, styles)
    inner = [w - 2 * CELL_PADDING for w in widths]
    data: list[list[Any]] = [
        [
            _Paragraph(
                fitted(text, styles["cell_bold_centre"], inner[i]), styles["cell_bold_centre"]
            )
            for i, text in enumerate(table.header)
        ]
    ]
    last = len(table.rows) - 1
    for r, row in enumerate(table.rows):
        bold = table.total_row and r == last
        cells = []
        for i, cell in enumerate(row):
            name = "cell_bold" if bold else "cell"
            if table.centred[i]:
                name += "_centre"
            cells.append(
                [_Paragraph(fitted(line, styles[name], inner[i]), styles[name]) for line in cell]
                or ""
            )
        data.append(cells)
    # Tall rows (Annex 2) split inside the row, at the page's end, so that a page is never
    # left half empty; reportlab's default row-boundary split would put the rest, with its
    # repeated header, on the same page. Rows of one line (populations) split between rows.
    tall = any(len(cell) > 1 for row in table.rows for cell in row)
    line = TABLE_SIZE * FONT_LINE
    header = max(p.wrap(inner[i], PAGE_HEIGHT)[1] for i, p in enumerate(data[0])) + 5
    least = ROW_LINES * line + 5 if tall else 0  # of a split row, on either page
    result = _ClosedTable(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        splitByRow=0 if tall else 1,
        splitInRow=least,
    )
    # What must fit below a heading kept with the table: the header and the first lines.
    result.start_height = header + (least if tall else FIRST_ROWS * (line + 5))
    if table.continued:
        result.continued = [
            _Paragraph(
                fitted(
                    f"{row[0][0]} {CONTINUED}" if row[0] else CONTINUED, styles["cell"], inner[0]
                ),
                styles["cell"],
            )
            for row in table.rows
        ]
    result.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), styles["cell"].fontName, TABLE_SIZE),
            ("GRID", (0, 0), (-1, -1), RULE, colors.black),
            # A row split across pages loses the line under the repeated header without this.
            ("LINEBELOW", (0, 0), (-1, 0), RULE, colors.black),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    result.spaceBefore, result.spaceAfter = 4, 8
    return result


def _borderless(
    rows: list[list[Any]],
    widths: Sequence[float],
    font: str,
    *,
    valign: str = "TOP",
    top: float = 0,
) -> RLTable:
    table = RLTable(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        [
            # Cells hold paragraphs, but reportlab still selects the cell font: make it ours,
            # or the PDF would reference an unembedded Helvetica.
            ("FONT", (0, 0), (-1, -1), font, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def _date_line(block: DateLine, styles: dict[str, ParagraphStyle]) -> RLTable:
    cells = [
        _Paragraph(escape(text), styles[name])
        for text, name in (
            (block.left, "date_left"),
            (block.centre, "date_centre"),
            (block.right, "date_right"),
        )
    ]
    table = _borderless([cells], [TEXT_WIDTH / 3] * 3, styles["body"].fontName)
    table.spaceBefore = table.spaceAfter = 12  # a cell paragraph's own spacing is not applied
    return table


def _signatures(block: Signatures, styles: dict[str, ParagraphStyle]) -> RLTable:
    name_style, line_style = styles["sign_name"], styles["sign_line"]
    name_width = min(
        max(
            stringWidth(as_printed(name), name_style.fontName, name_style.fontSize)
            for _, name in block.lines
        )
        + 2,
        65 * mm,
    )
    line_width = stringWidth(SIGNATURE_LINE, line_style.fontName, line_style.fontSize) + 16
    role_width = TEXT_WIDTH - name_width - line_width
    rows = [
        [
            _Paragraph(escape(role), styles["sign_role"]),
            _Paragraph(SIGNATURE_LINE, line_style),
            _Paragraph(escape(name), name_style),
        ]
        for role, name in block.lines
    ]
    return _borderless(
        rows, [role_width, line_width, name_width], styles["body"].fontName, valign="BOTTOM", top=30
    )


def _paragraph(block: Para, styles: dict[str, ParagraphStyle]) -> Paragraph:
    text = escape(block.text)
    if block.lead:
        text = f"<b>{escape(block.lead)}</b> {text}"
    return _Paragraph(text, styles[block.style])


def _height(flowable: Flowable, width: float = TEXT_WIDTH) -> float:
    _, height = flowable.wrap(width, PAGE_HEIGHT)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _kept_with_next(flowables: list[Flowable], keep: list[bool]) -> list[Flowable]:
    """Headings and labels stay on the page of what follows them: before each run of them,
    a conditional page break asks for their height plus the first lines of the next block.

    (reportlab's own keepWithNext wraps the whole next block in a KeepTogether, which
    moves long paragraphs to the next page and breaks a table's repeated header.)
    """
    story: list[Flowable] = []
    i = 0
    while i < len(flowables):
        if not keep[i]:
            story.append(flowables[i])
            i += 1
            continue
        j, needed = i, 0.0
        while j < len(flowables) and keep[j]:
            needed += _height(flowables[j])
            j += 1
        if j < len(flowables):
            following = flowables[j]
            if isinstance(following, Paragraph):
                needed += min(_height(following), FIRST_LINES)
            else:  # a table (laid out only once, by the frame), or the signatures
                needed += getattr(following, "start_height", FIRST_LINES)
        story.append(CondPageBreak(min(needed, TEXT_HEIGHT / 2)))
        story += flowables[i:j]
        i = j
    return story


def _story(blocks: Sequence[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    keep: list[bool] = []
    for block in blocks:
        if (
            isinstance(block, Para)
            and block.with_table
            and story
            and isinstance(story[-1], _ClosedTable | _WithNotes)
        ):
            table = story.pop()
            notes = (
                [*table.notes, _paragraph(block, styles)]
                if isinstance(table, _WithNotes)
                else [_paragraph(block, styles)]
            )
            story.append(_WithNotes(table.table if isinstance(table, _WithNotes) else table, notes))
            continue
        if isinstance(block, Para):
            story.append(_paragraph(block, styles))
        elif isinstance(block, DateLine):
            story.append(_date_line(block, styles))
        elif isinstance(block, Table):
            story.append(_table(block, styles))
        else:
            # A signature never starts a page alone: it takes the text before it along, and
            # the labels kept with it («Витяг вірний») with the paragraph before them.
            before: list[Flowable] = []
            while story:
                before.insert(0, story.pop())
                if not keep.pop():
                    break
            story.append(KeepTogether([*before, Spacer(1, 6), _signatures(block, styles)]))
        keep.append(isinstance(block, Para) and block.keep_with_next)
    return _kept_with_next(story, keep)


def render_pdf(
    blocks: Sequence[Block],
    meta: Metadata,
    family: RegisteredFamily,
    *,
    draft: bool = False,
    hyphenate: bool = False,
) -> bytes:
    """The PDF's bytes; the same blocks and metadata always give the same bytes. A draft
    says «ПРОЄКТ» on every page; ``hyphenate`` hyphenates justified text in Ukrainian."""
    return render_document(
        _story(blocks, _styles(family, hyphenate)),
        meta,
        family,
        PAGE,
        mark=DRAFT_MARK if draft else "",
    )
