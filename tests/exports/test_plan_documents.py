"""Issue 19's points on the plan's documents, against the Kremenchuk seed: the execution
report keeps the «*» footnote and every coordinator, says «Звіт про виконання Плану дій»,
leaves «Витрачено» empty where nothing was reported and has its own title in its metadata;
the workbooks are bordered, their rows as tall as their text, their bold fonts named, the
sections' statements and the footnote in the plan's workbook; the documents name their
author."""

from __future__ import annotations

import openpyxl
import pdfplumber
import pytest

from hromada_desk.exports.plan import export_plan, export_report
from hromada_desk.exports.plan_pdf import REPORT_WIDTHS
from hromada_desk.services.plan_export import choose_plan, report_for
from hromada_desk.storage.database import open_file
from tests.exports.helpers import assert_in_order, normalised
from tests.exports.test_plan import big_plan, column_text, set_some_reports
from tests.test_cli import run

FOOTNOTE = "* Відповідальні суб’єкти за протидію домашньому насильству"
# The seed's measure 1.2: its coordinator, then the subjects involved.
INVOLVED = "Департамент освіти Кременчуцької міської ради"


@pytest.fixture
def report(demo_path):
    set_some_reports(demo_path)
    with open_file(demo_path, readonly=True) as cf:
        return report_for(cf, choose_plan(cf), "2024")


def _pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return normalised(" ".join(p.extract_text() or "" for p in pdf.pages))


def test_the_report_pdf_keeps_the_footnote_every_coordinator_and_the_plans_genitive(
    report, tmp_path
):
    path = export_report(report, tmp_path / "звіт.pdf", author="Ланнівська сільська рада")
    text = _pdf_text(path)
    assert_in_order(
        text,
        [
            "Звіт про виконання Плану дій із запобігання та протидії",
            "за 2024 рік",
            "1.2.",
            "Підсумок виконання",
            FOOTNOTE,
            "Керуючий справами",
        ],
    )
    # the column of coordinators holds the subjects involved too
    assert INVOLVED in column_text(path, 2, REPORT_WIDTHS)
    assert "виконання План дій" not in text
    # «Попередження» and «Захист та послуги» reported no money: nothing, not «0,00»
    assert "Попередження 0 1 0 0 8 9 Захист та послуги 0 0 1 0 7 8 Притягнення" in text
    with pdfplumber.open(path) as pdf:
        meta = pdf.metadata
    assert meta["Title"] == (
        "Звіт про виконання Плану дій із запобігання та протидії "
        "домашньому насильству і насильству за ознакою статі на "
        "території Кременчуцької міської територіальної громади на "
        "2023 – 2025 роки за 2024 рік"
    )
    assert meta["Author"] == "Ланнівська сільська рада"


def test_the_report_workbook_keeps_them_too(report, tmp_path):
    book = openpyxl.load_workbook(export_report(report, tmp_path / "звіт.xlsx"))
    sheet = book["Виконання"]
    assert sheet["A1"].value.startswith("Звіт про виконання Плану дій")
    cells = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(INVOLVED in value for value in cells)
    assert any(value.startswith(FOOTNOTE) for value in cells)
    summary = {row[0]: row for row in book["Підсумок"].iter_rows(min_row=3, values_only=True)}
    assert summary["Попередження"][-1] is None and summary["Усього"][-1] == 1250.5


def test_the_plan_workbook_prints_as_the_pdf_reads(demo_path, tmp_path):
    with open_file(demo_path, readonly=True) as cf:
        plan = choose_plan(cf)
    sheet = openpyxl.load_workbook(export_plan(plan, tmp_path / "план.xlsx")).active
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    # the sections' statements (the seed's) and the footnote
    assert (
        "Політика. Система міжвідомчого скоординованого реагування на випадки насильства "
        "побудована, суб’єкти належним чином реагують на кожен випадок"
    ) in texts
    assert any(t.startswith("Попередження. Проголошення нульової толерантності") for t in texts)
    assert any(t.startswith(FOOTNOTE) for t in texts)
    header = sheet[2]
    for cell in header:
        assert cell.font.bold and cell.font.name == "Calibri" and cell.font.sz == 11
    measure = next(r for r in sheet.iter_rows(min_row=3) if r[3].value == "1.2")
    assert all(c.border.left.style == "thin" and c.border.bottom.style == "thin" for c in measure)
    # the long measure 1.2 (some 400 characters in a column 55 wide) gets a tall row
    assert sheet.row_dimensions[measure[0].row].height >= 8 * 15


def test_goals_with_indicators_fill_their_column(tmp_path):
    plan = big_plan(10)
    plan.sections[0].goals[0].indicators = "Кількість засідань: 12 на рік"
    sheet = openpyxl.load_workbook(export_plan(plan, tmp_path / "п.xlsx")).active
    header = [c.value for c in sheet[2]]
    column = header.index("Індикатори досягнення")
    values = [r[column] for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert "Кількість засідань: 12 на рік" in values


def test_the_other_workbooks_name_their_bold_font(demo_path, tmp_path):
    target = tmp_path / "стат.xlsx"
    assert run("statistics", str(demo_path), "-o", str(target))[0] == 0
    book = openpyxl.load_workbook(target)
    bold = [
        c.font
        for ws in book
        for row in ws.iter_rows(max_row=6)
        for c in row
        if c.value is not None and c.font.bold
    ]
    assert bold and all(f.name == "Calibri" and f.sz in (11, 13) for f in bold)


def test_a_plans_pdf_names_its_author(demo_path, tmp_path):
    target = tmp_path / "план.pdf"
    assert run("plan", str(demo_path), "-o", str(target))[0] == 0
    with pdfplumber.open(target) as pdf:
        assert pdf.metadata["Author"] == "Ланнівська сільська рада"
