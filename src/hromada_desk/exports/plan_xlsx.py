"""The action plan and its execution report as workbooks (openpyxl): one row per measure,
with the sections' statements and the footnotes as the PDF has them, bordered, rows as tall
as their text, A4 landscape."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk.domain.plans import ActionPlan, MeasureReport
from hromada_desk.exports import xlsx
from hromada_desk.exports.plan_text import (
    SUMMARY_COLUMNS,
    TOTAL,
    execution_rows,
    footnote_lines,
    one_line,
    paragraphs,
    parties,
    plan_metadata,
    report_name,
    section_heading,
    status_text,
    summary,
    title_lines,
)

PLAN_HEADER = (
    "Розділ",
    "№ цілі",
    "Ціль",
    "Індикатори досягнення",
    "№ заходу",
    "Захід",
    "Координатор заходів",
    "Залучені суб’єкти",
    "Строк виконання",
    "Джерела необхідних ресурсів",
)
PLAN_WIDTHS = (24, 7, 40, 28, 9, 55, 36, 30, 16, 30)
INDICATORS = 3  # the column of PLAN_HEADER left out when no goal has indicators
REPORT_HEADER = (
    "Розділ",
    "№ цілі",
    "№ заходу",
    "Захід",
    "Координатор заходів і залучені суб’єкти",
    "Стан виконання",
    "Що зроблено",
    "Витрачено коштів, грн",
)
REPORT_WIDTHS = (24, 7, 9, 55, 40, 16, 50, 16)
SUMMARY_WIDTHS = (30, 12, 12, 12, 12, 12, 10, 16)
MONEY = "#,##0.00"
FIRST_ROW = 3  # row 1: the title, row 2: the header


def _lines(text: str) -> str:
    return "\n".join(paragraphs(text))


def _sheet(
    sheet: Worksheet,
    name: str,
    title: str,
    header: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[Sequence[Any]],
    notes: Sequence[str] = (),
) -> int:
    """A titled, bordered table with the notes under it; returns the row after the table."""
    sheet.title = name
    xlsx.title(sheet, title)
    xlsx.header_row(sheet, 2, header)
    for r, values in enumerate(rows, FIRST_ROW):
        for c, value in enumerate(values, 1):
            xlsx.put(sheet, r, c, value, wrap=isinstance(value, str))
    xlsx.widths(sheet, widths)
    end = FIRST_ROW + len(rows)
    for offset, note in enumerate(notes, 1):  # merged across the table, as the PDF sets it
        row = end + offset
        xlsx.put(sheet, row, 1, note, wrap=True, border=False)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
    xlsx.fit_rows(sheet, 2)
    header_height = sheet.row_dimensions[2].height or 0
    sheet.row_dimensions[2].height = max(header_height, 2 * xlsx.LINE_HEIGHT)  # bold, wraps
    for offset, note in enumerate(notes, 1):  # a merged cell is as wide as the table
        per_line = max(1.0, sum(widths) * 0.95)
        lines = sum(max(1, -(-len(part) // int(per_line))) for part in note.split("\n"))
        sheet.row_dimensions[end + offset].height = xlsx.LINE_HEIGHT * lines
    sheet.freeze_panes = f"A{FIRST_ROW}"
    xlsx.print_setup(sheet, "2:2")
    sheet.oddFooter.center.text = "&P / &N"
    return end


def _save(
    workbook: Workbook, plan: ActionPlan, subject: str = "", author: str = "", title: str = ""
) -> bytes:
    meta = plan_metadata(plan, subject, author, title)
    workbook.properties.title = meta.title
    workbook.properties.subject = meta.subject
    workbook.properties.creator = meta.author or meta.creator
    workbook.properties.lastModifiedBy = meta.creator
    workbook.properties.language = meta.language
    workbook.properties.created = workbook.properties.modified = meta.moment
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plan_workbook(plan: ActionPlan, author: str = "") -> bytes:
    with_indicators = any(one_line(g.indicators) for s in plan.sections for g in s.goals)
    rows: list[list[Any]] = []
    for section in plan.sections:
        title, statement = section_heading(section)
        # The section and the desired state it states, as a row of its own (the PDF's
        # full-width row), then its measures.
        rows.append([f"{title} {statement}".strip(), *[""] * (len(PLAN_HEADER) - 1)])
        for goal in section.goals:
            for m in goal.measures:
                rows.append(
                    [
                        title.rstrip("."),
                        goal.number,
                        one_line(goal.text),
                        one_line(goal.indicators),
                        one_line(m.number),
                        one_line(m.text),
                        _lines(m.coordinator),
                        _lines(m.involved),
                        _lines(m.deadline),
                        _lines(m.funding),
                    ]
                )
    header: list[str] = list(PLAN_HEADER)
    widths: list[int] = list(PLAN_WIDTHS)
    if not with_indicators:
        del header[INDICATORS], widths[INDICATORS]
        for row in rows:
            del row[INDICATORS]
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _sheet(
        sheet, "План дій", " ".join(title_lines(plan)), header, widths, rows, footnote_lines(plan)
    )
    _merge_section_rows(sheet, rows, len(header))
    return _save(workbook, plan, author=author)


def _merge_section_rows(sheet: Worksheet, rows: Sequence[Sequence[Any]], columns: int) -> None:
    for r, values in enumerate(rows, FIRST_ROW):
        if all(v == "" for v in values[1:]):
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=columns)
            sheet.cell(row=r, column=1).font = xlsx.BOLD
            lines = max(1, -(-len(str(values[0])) // int(sum(PLAN_WIDTHS) * 0.9)))
            sheet.row_dimensions[r].height = xlsx.LINE_HEIGHT * lines


def report_workbook(
    plan: ActionPlan, reports: Mapping[int, MeasureReport], period: str, author: str = ""
) -> bytes:
    rows = []
    for row in execution_rows(plan, reports):
        m, report = row.measure, row.report
        rows.append(
            [
                section_heading(row.section)[0].rstrip("."),
                row.goal.number,
                one_line(m.number),
                one_line(m.text),
                "\n".join(parties(m)),
                status_text(report),
                _lines(report.done) if report else "",
                report.money_spent if report else None,
            ]
        )
    title = report_name(plan, period)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _sheet(sheet, "Виконання", title, REPORT_HEADER, REPORT_WIDTHS, rows, footnote_lines(plan))
    for r in range(FIRST_ROW, FIRST_ROW + len(rows)):
        sheet.cell(row=r, column=len(REPORT_HEADER)).number_format = MONEY
    per_section, total = summary(plan, reports)
    counts = [[name, *c.row(), c.spent] for name, c in per_section]
    counts.append([TOTAL, *total.row(), total.spent])
    summary_sheet = workbook.create_sheet()
    _sheet(
        summary_sheet,
        "Підсумок",
        title,
        (*SUMMARY_COLUMNS, "Витрачено коштів, грн"),
        SUMMARY_WIDTHS,
        counts,
    )
    last = FIRST_ROW + len(counts) - 1
    for c in range(1, len(SUMMARY_COLUMNS) + 2):
        summary_sheet.cell(row=last, column=c).font = xlsx.BOLD
    for r in range(FIRST_ROW, last + 1):
        summary_sheet.cell(row=r, column=len(SUMMARY_COLUMNS) + 1).number_format = MONEY
    return _save(workbook, plan, title, author, title)
