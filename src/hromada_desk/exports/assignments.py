"""The state of the assignments as a table: PDF (an official A4 page) or XLSX (one row per
assignment, dates as dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hromada_desk import APP_NAME, __version__
from hromada_desk.documents.assignments import OVERDUE, TITLE, AssignmentRow, AssignmentsReport
from hromada_desk.documents.metadata import Metadata
from hromada_desk.domain.parsing import shown
from hromada_desk.domain.typography import plain_text
from hromada_desk.errors import InputError
from hromada_desk.exports.output import write_document

FORMATS = (".pdf", ".xlsx")
TEXT_WIDTH_MM = 170
HEADER = ("№ з/п", "Доручення", "Відповідальний", "Термін виконання", "Стан виконання")
WIDTHS_MM = (11, 62, 34, 28, 35)  # the official page's text width, 170 mm
PADDING, RULE = 3.0, 0.5
# A row is cut into rows of at most this share of the page (a note of 5000 characters is
# taller than a page, and reportlab moves a row to the next page whole).
ROW_SHARE = 0.45
NONE_OPEN = "Доручень на контролі немає."
NONE_GIVEN = "Доручень немає."
SHEET_HEADER = (
    "№ з/п",
    "Засідання",
    "Дата засідання",
    "№ питання",
    "Питання",
    "Доручення",
    "Відповідальний",
    "Термін виконання",
    "Строк",
    "Прострочено",
    "Стан виконання",
    "Дата зміни стану",
    "Примітка",
)
SHEET_WIDTHS = (7, 18, 12, 9, 40, 50, 28, 18, 12, 12, 18, 12, 40)
DATE_FORMAT = "DD.MM.YYYY"


def check_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"Стан виконання доручень можна зберегти лише як PDF або XLSX, а не "
            f"«{shown(Path(path).name)}».",
            "Вкажіть файл із розширенням .pdf або .xlsx.",
        )
    return suffix


def metadata(report: AssignmentsReport) -> Metadata:
    """The document's date is the day the state is given for, never the clock."""
    return Metadata(
        title=f"Стан виконання доручень станом на {report.as_of:%d.%m.%Y}",
        author=report.council_name,
        subject=report.subtitle,
        creator=f"{APP_NAME} {__version__}",
        language="uk-UA",
        moment=dt.datetime.combine(report.as_of, dt.time()),
    )


def empty_text(report: AssignmentsReport) -> str:
    return NONE_OPEN if report.open_only else NONE_GIVEN


def status_lines(row: AssignmentRow) -> list[str]:
    """«виконується», «з 02.08.2023», the note."""
    lines = [row.status]
    if row.status_day is not None:
        lines.append(f"{row.status_day:%d.%m.%Y}")
    if row.note.strip():
        lines.append(row.note.strip())
    return lines


def export_assignments(
    report: AssignmentsReport, path: Path, *, font_path: Path | None = None
) -> Path:
    """Write the table to ``path`` (.pdf or .xlsx) through a ``.part`` file; return it."""
    path = Path(path)
    if check_format(path) == ".pdf":
        from hromada_desk.exports import fonts

        family = fonts.register(fonts.find_serif(font_path))
        family.check_covers([*report.texts(), empty_text(report), *HEADER, "0123456789"])
        content = _pdf(report, family)
    else:
        content = _workbook(report)
    write_document(path, content)
    return path


def _pdf(report: AssignmentsReport, family: Any) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    from hromada_desk.exports import official_page as page
    from hromada_desk.exports.pdf_document import PageLayout, render_document
    from hromada_desk.exports.pdf_text import fitted

    width, height = A4
    layout = PageLayout(
        width,
        height,
        page.MARGIN_LEFT_MM * mm,
        page.MARGIN_RIGHT_MM * mm,
        page.MARGIN_TOP_MM * mm,
        page.MARGIN_BOTTOM_MM * mm,
        page.BODY_SIZE,
        page.PAGE_NUMBER_SIZE,
        height - page.PAGE_NUMBER_FROM_TOP_MM * mm,
    )

    def style(
        name: str, size: float, *, bold: bool = False, centre: bool = False, after: float = 0
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=family.bold if bold else family.regular,
            fontSize=size,
            leading=size * 1.15,
            spaceAfter=after,
            alignment=TA_CENTER if centre else TA_LEFT,
        )

    title = style("title", page.TITLE_SIZE, bold=True, centre=True, after=6)
    subtitle = style("subtitle", page.BODY_SIZE, centre=True, after=12)
    cell = style("cell", page.TABLE_SIZE)
    head = style("head", page.TABLE_SIZE, bold=True, centre=True)
    group = style("group", page.TABLE_SIZE, bold=True)
    centre = style("centre", page.TABLE_SIZE, centre=True)
    late = style("late", page.TABLE_SIZE, bold=True, centre=True)

    widths = [w * mm for w in WIDTHS_MM]

    def para(text: str, st: ParagraphStyle = cell, width: float = TEXT_WIDTH_MM * mm) -> Paragraph:
        """Lines kept; a word wider than the column broken where a reader expects."""
        return Paragraph(
            "<br/>".join(
                fitted(line, st, width - 2 * PADDING) for line in plain_text(text).split("\n")
            ),
            st,
        )

    data: list[list[Any]] = [[para(h, head, w) for h, w in zip(HEADER, widths, strict=True)]]
    commands: list[tuple[Any, ...]] = [("LINEBELOW", (0, 0), (-1, 0), RULE, colors.black)]

    def full_width(paragraph: Paragraph) -> None:
        commands.append(("SPAN", (0, len(data)), (-1, len(data))))
        commands.append(("LINEBELOW", (0, len(data)), (-1, len(data)), RULE, colors.black))
        data.append([paragraph, "", "", "", ""])

    room = (height - layout.top - layout.bottom) * ROW_SHARE
    for heading, rows in report.meetings():
        full_width(para(heading, group))
        for row in rows:
            deadline = [para(row.deadline or "—", centre, widths[3])]
            if row.overdue:
                deadline.append(para(OVERDUE, late, widths[3]))
            cells = [
                [para(str(row.number), centre, widths[0])],
                [
                    para(row.text, cell, widths[1]),
                    para(f"(питання {row.item_number})", cell, widths[1]),
                ],
                [para(row.responsible, cell, widths[2])],
                deadline,
                [para("\n".join(status_lines(row)), cell, widths[4])],
            ]
            pieces = [_pieces(c, w - 2 * PADDING, room) for c, w in zip(cells, widths, strict=True)]
            for k in range(max(len(p) for p in pieces)):  # a row taller than a page goes on
                data.append([p[k] if k < len(p) else "" for p in pieces])
            commands.append(
                ("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), RULE, colors.black)
            )
    if not report.rows:
        full_width(para(empty_text(report)))

    class ClosedTable(Table):
        """Each page's part closed by a line at its foot, also inside a row cut in pieces."""

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            if len(parts) == 2 and isinstance(parts[0], Table):
                parts[0].setStyle([("LINEBELOW", (0, -1), (-1, -1), RULE, colors.black)])
            return parts

    table = ClosedTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), RULE, colors.black),
            ("LINEBEFORE", (1, 0), (-1, -1), RULE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            *commands,
        ]
    )
    story = [para(TITLE, title), para(report.subtitle, subtitle), Spacer(1, 2), table]
    return render_document(story, metadata(report), family, layout)


def _pieces(cell: list[Any], width: float, room: float) -> list[list[Any]]:
    """A cell's paragraphs in pieces no taller than ``room``, cut between lines."""
    pieces: list[list[Any]] = [[]]
    left = room
    for paragraph in cell:
        while True:
            height = paragraph.wrap(width, room)[1]
            if height <= left:
                pieces[-1].append(paragraph)
                left -= height
                break
            parts = paragraph.split(width, left)
            if len(parts) == 2:
                pieces[-1].append(parts[0])
                paragraph = parts[1]
            elif left == room:  # not even a line fits a whole piece: let it stand as it is
                pieces[-1].append(paragraph)
                break
            pieces.append([])
            left = room
    return pieces


def _workbook(report: AssignmentsReport) -> bytes:
    import io

    from hromada_desk.exports import xlsx

    wb = xlsx.new_workbook(metadata(report).title, f"{APP_NAME} {__version__}")
    ws = wb.create_sheet("Доручення")
    xlsx.title(ws, "Стан виконання доручень")
    xlsx.put(ws, 2, 1, report.subtitle, border=False)
    xlsx.header_row(ws, 4, SHEET_HEADER)
    line = 5
    for row in report.rows:
        values: list[Any] = [
            row.number,
            row.meeting,
            row.meeting_day,
            row.item_number,
            row.item_title,
            row.text,
            row.responsible,
            row.deadline,
            row.due,
            "так" if row.overdue else "",
            row.status,
            row.status_day,
            row.note,
        ]
        for column, value in enumerate(values, 1):
            cell = xlsx.put(ws, line, column, value, wrap=isinstance(value, str))
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
        line += 1
    if not report.rows:
        xlsx.put(ws, line, 1, empty_text(report), border=False)
    xlsx.widths(ws, SHEET_WIDTHS)
    xlsx.fit_rows(ws, 5)
    ws.freeze_panes = "A5"
    xlsx.print_setup(ws, "4:4")
    content = io.BytesIO()
    wb.save(content)
    return content.getvalue()
