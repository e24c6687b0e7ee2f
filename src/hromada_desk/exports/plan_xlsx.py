"""The action plan and its execution report as workbooks (openpyxl): one row per measure."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hromada_desk.domain.plans import ActionPlan, MeasureReport
from hromada_desk.exports.plan_text import (
    SUMMARY_COLUMNS,
    TOTAL,
    execution_rows,
    one_line,
    paragraphs,
    period_words,
    plan_metadata,
    section_heading,
    status_text,
    summary,
)

PLAN_HEADER = ("Розділ", "№ цілі", "Ціль", "Індикатори досягнення", "№ заходу", "Захід",
               "Координатор заходів", "Залучені суб’єкти", "Строк виконання",
               "Джерела необхідних ресурсів")
PLAN_WIDTHS = (24, 7, 40, 28, 9, 55, 36, 30, 16, 30)
REPORT_HEADER = ("Розділ", "№ цілі", "№ заходу", "Захід", "Координатор заходів",
                 "Стан виконання", "Що зроблено", "Витрачено коштів, грн")
REPORT_WIDTHS = (24, 7, 9, 55, 36, 16, 50, 16)
_WRAP = Alignment(wrap_text=True, vertical="top")
_FORMULA_START = ("=", "+", "-", "@")


def _put(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    """A value in a cell; text stays text even when it looks like a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would store «=…» as a formula
    cell.alignment = _WRAP


def _sheet(sheet: Worksheet, title: str, header: Sequence[str], widths: Sequence[int],
           rows: Sequence[Sequence[Any]]) -> None:
    sheet.title = title
    bold = Font(bold=True)
    for c, text in enumerate(header, 1):
        _put(sheet, 1, c, text)
        sheet.cell(row=1, column=c).font = bold
        sheet.cell(row=1, column=c).alignment = Alignment(wrap_text=True, vertical="center",
                                                          horizontal="center")
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            _put(sheet, r, c, value)
    for c, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.6
    sheet.page_margins.top = sheet.page_margins.bottom = 0.8
    sheet.oddFooter.center.text = "&P / &N"


def _lines(text: str) -> str:
    return "\n".join(paragraphs(text))


def _save(workbook: Workbook, plan: ActionPlan, subject: str = "") -> bytes:
    meta = plan_metadata(plan, subject)
    workbook.properties.title = meta.title
    workbook.properties.subject = meta.subject
    workbook.properties.creator = meta.creator
    workbook.properties.language = meta.language
    workbook.properties.created = workbook.properties.modified = meta.moment
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plan_workbook(plan: ActionPlan) -> bytes:
    rows = []
    for row in execution_rows(plan, {}):
        m = row.measure
        rows.append([section_heading(row.section)[0].rstrip("."), row.goal.number,
                     one_line(row.goal.text), one_line(row.goal.indicators),
                     one_line(m.number), one_line(m.text), _lines(m.coordinator),
                     _lines(m.involved), _lines(m.deadline), _lines(m.funding)])
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _sheet(sheet, "План дій", PLAN_HEADER, PLAN_WIDTHS, rows)
    sheet.oddHeader.center.text = one_line(plan.title)[:250].replace("&", "&&")
    return _save(workbook, plan)


def report_workbook(plan: ActionPlan, reports: Mapping[int, MeasureReport],
                    period: str) -> bytes:
    rows = []
    for row in execution_rows(plan, reports):
        m, report = row.measure, row.report
        rows.append([section_heading(row.section)[0].rstrip("."), row.goal.number,
                     one_line(m.number), one_line(m.text), _lines(m.coordinator),
                     status_text(report), _lines(report.done) if report else "",
                     report.money_spent if report else None])
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _sheet(sheet, "Виконання", REPORT_HEADER, REPORT_WIDTHS, rows)
    for r in range(2, len(rows) + 2):
        sheet.cell(row=r, column=len(REPORT_HEADER)).number_format = "#,##0.00"
    title = f"Звіт про виконання плану дій за {period_words(period)}"
    sheet.oddHeader.center.text = title
    per_section, total = summary(plan, reports)
    counts = [[name, *c.row(), c.spent] for name, c in per_section]
    counts.append([TOTAL, *total.row(), total.spent])
    summary_sheet = workbook.create_sheet()
    _sheet(summary_sheet, "Підсумок", (*SUMMARY_COLUMNS, "Витрачено коштів, грн"),
           (30, 12, 12, 12, 12, 12, 10, 16), counts)
    for c in range(1, len(SUMMARY_COLUMNS) + 2):
        summary_sheet.cell(row=len(counts) + 1, column=c).font = Font(bold=True)
        summary_sheet.cell(row=len(counts) + 1, column=len(SUMMARY_COLUMNS) + 1
                           ).number_format = "#,##0.00"
    summary_sheet.oddHeader.center.text = title
    return _save(workbook, plan, title)
