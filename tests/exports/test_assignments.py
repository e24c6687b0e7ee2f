"""The state of the assignments as a PDF: every text on the page, a row taller than a page cut
between lines onto the next, the same bytes for the same day, and an empty table said."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from hromada_desk.documents.assignments import AssignmentRow, AssignmentsReport
from hromada_desk.errors import InputError
from hromada_desk.exports.assignments import export_assignments
from tests.exports.helpers import normalised, page_texts


def row(number: int, text: str, note: str = "", *, overdue: bool = False) -> AssignmentRow:
    return AssignmentRow(
        number=number,
        meeting_id=1,
        meeting="№1 від 30.06.2023",
        meeting_day=dt.date(2023, 6, 30),
        item_number=2,
        item_title="Про стан",
        text=text,
        responsible="ССД",
        deadline="01.08.2023",
        due=dt.date(2023, 8, 1),
        overdue=overdue,
        status="не виконано",
        status_day=dt.date(2023, 9, 1),
        note=note,
        is_open=True,
    )


def report(*rows: AssignmentRow) -> AssignmentsReport:
    return AssignmentsReport(
        "Ланнівська сільська рада", "Ланнівської сільської ради", dt.date(2023, 11, 5), True, rows
    )


def test_a_note_taller_than_a_page_goes_on_over_the_pages(tmp_path):
    words = [f"слово{i}" for i in range(700)]  # 5000 characters or so
    path = export_assignments(
        report(row(1, "Коротке", " ".join(words), overdue=True), row(2, "Наступне")),
        tmp_path / "a.pdf",
    )
    pages = page_texts(path)
    assert len(pages) > 2
    text = normalised(" ".join(pages))
    positions = [text.find(word + " ") for word in words[:-1]]
    assert -1 not in positions and positions == sorted(positions)  # every word, in order
    assert "прострочено" in text and text.index("Наступне") > text.index(words[-1])
    assert all(page.startswith("№ Термін") for page in pages[1:])  # the header again


def test_the_same_report_gives_the_same_bytes_dated_by_its_day(tmp_path):
    first = export_assignments(report(row(1, "Звіт")), tmp_path / "a.pdf")
    second = export_assignments(report(row(1, "Звіт")), tmp_path / "b.pdf")
    assert first.read_bytes() == second.read_bytes()
    with pdfplumber.open(first) as pdf:
        assert pdf.metadata["CreationDate"].startswith("D:20231105")
        assert pdf.metadata["Title"] == "Стан виконання доручень станом на 05.11.2023"


def test_an_empty_table_says_there_is_nothing_on_control(tmp_path):
    text = normalised(" ".join(page_texts(export_assignments(report(), tmp_path / "a.pdf"))))
    assert text.endswith("Доручень на контролі немає.")


def test_only_pdf_or_xlsx(tmp_path):
    with pytest.raises(InputError, match="лише як PDF або XLSX"):
        export_assignments(report(), tmp_path / "a.docx")


def test_line_breaks_pasted_from_word_are_line_breaks(tmp_path):
    """Word copies a manual line break (Shift+Enter) as a vertical tab and a page break as a
    form feed: Excel refuses both characters and no font has them. The PDF and the workbook
    are written, each break a line break."""
    import openpyxl

    pasted = row(1, "Провести\x0bнараду\x0cз школами", "примітка\x0bдругий рядок\x01")
    pdf = export_assignments(report(pasted), tmp_path / "a.pdf")
    with pdfplumber.open(pdf) as document:
        top = {w["text"]: w["top"] for w in document.pages[0].extract_words()}
    assert top["Провести"] < top["нараду"] < top["з"]  # each on a line of its own
    assert top["примітка"] < top["другий"]
    book = export_assignments(report(pasted), tmp_path / "a.xlsx")
    cells = [c.value for c in openpyxl.load_workbook(book).active[5]]
    assert "Провести\nнараду\nз школами" in cells and "примітка\nдругий рядок" in cells
