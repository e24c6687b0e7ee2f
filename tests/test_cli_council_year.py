"""The commands of the council's year: ``assignments`` writes the state of the assignments as a
PDF or XLSX table (read back), ``due`` prints what is due on a day; both keep the contract."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pdfplumber
import pytest

from hromada_desk.domain.assignments import AssignmentStatus, StatusMark
from hromada_desk.services import assignments
from hromada_desk.storage.database import open_file
from tests.clicontract import assert_one_line_error, run
from tests.exports.helpers import MM, normalised, pdf_text
from tests.services.test_council_year import all_assignments, give_assignments

DONE = "Надати інформацію про кількість звернень"
OPEN = ("Провести інформаційну кампанію", "Звітувати про роботу служби")


def column_text(path, left_mm: float, right_mm: float) -> str:
    """The text of one column of the table, every page, read top to bottom."""
    with pdfplumber.open(path) as pdf:
        return normalised(
            " ".join(
                page.within_bbox((left_mm * MM, 16 * MM, right_mm * MM, page.height)).extract_text()
                for page in pdf.pages
            )
        )


@pytest.fixture
def year_file(demo_path):
    """The demo with meeting №1/2023 giving three assignments, the first one done."""
    with open_file(demo_path) as cf:
        first = all_assignments(give_assignments(cf))[0]
        assignments.set_status(
            cf,
            first.id,
            StatusMark(AssignmentStatus.DONE, dt.date(2023, 9, 15), "інформацію надано"),
        ).apply(cf)
    return demo_path


def test_the_open_assignments_as_a_pdf_hold_exactly_the_two_still_open(year_file, tmp_path):
    out = tmp_path / "доручення.pdf"
    code, said, err = run(
        "assignments", str(year_file), "-o", str(out), "--open-only", "--date", "05.11.2023"
    )
    assert (code, err) == (0, "")
    assert said == (
        f"Стан виконання доручень станом на 05.11.2023 (доручень на контролі: 2) збережено: {out}\n"
    )
    text = pdf_text(out)
    assert "СТАН ВИКОНАННЯ ДОРУЧЕНЬ" in text and "станом на 05.11.2023" in text
    assert "Засідання №1 від 30.06.2023" in text
    assignments_column = column_text(out, 41, 103)  # the official page: 30 mm + № 11 mm
    assert all(phrase in assignments_column for phrase in OPEN)
    assert "кількість звернень" not in text
    assert column_text(out, 137, 165).endswith("Термін виконання До 10 грудня Щокварталу")


def test_every_assignment_as_a_workbook_with_dates_as_dates(year_file, tmp_path):
    out = tmp_path / "доручення.xlsx"
    code, _, err = run("assignments", str(year_file), "-o", str(out), "--date", "2023-11-05")
    assert (code, err) == (0, "")
    sheet = openpyxl.load_workbook(out)["Доручення"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert [row[5] for row in rows] == [DONE, *OPEN]
    done = rows[0]
    assert done[:4] == (1, "№1 від 30.06.2023", dt.datetime(2023, 6, 30), 2)
    assert (done[7], done[8], done[10], done[11], done[12]) == (
        "01.08.2023",
        dt.datetime(2023, 8, 1),
        "виконано",
        dt.datetime(2023, 9, 15),
        "інформацію надано",
    )
    assert rows[1][8] == dt.datetime(2023, 12, 10) and rows[2][7] == "Щокварталу"
    assert sheet["C5"].number_format == "DD.MM.YYYY"


def test_due_lists_what_is_late_and_the_campaign(year_file):
    code, said, err = run("due", str(year_file), "--date", "05.12.2023")
    assert (code, err) == (0, "")
    lines = said.splitlines()
    assert lines[0] == "На черзі станом на 05.12.2023:"
    assert lines[1].startswith("- Термін 10.12.2023 (за 5 днів): Провести інформаційну кампанію — ")
    assert lines[2].startswith(
        "- Термін 31.12.2023 (за 26 днів): Звітувати про роботу служби — ЦНСП"
    )  # quarterly: the quarter's end comes
    assert lines[3] == (
        "- Триває щорічна акція «16 днів проти насильства»: з 25.11.2023 по 10.12.2023"
    )
    assert DONE not in said


def test_nothing_due_says_so(demo_path):
    code, said, err = run("due", str(demo_path), "--date", "01.06.2024")
    assert (code, said, err) == (0, "Станом на 01.06.2024 нічого не на черзі.\n", "")


def test_a_document_of_another_kind_is_one_line(year_file, tmp_path):
    assert_one_line_error(
        *run("assignments", str(year_file), "-o", str(tmp_path / "a.docx")),
        "лише як PDF або XLSX",
        "«a.docx»",
    )
    assert not (tmp_path / "a.docx").exists()


def test_a_missing_file_is_one_line(tmp_path):
    assert_one_line_error(*run("due", str(tmp_path / "немає.hromada")))
