"""The action plan as a PDF and a workbook, and its execution report."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from hromada_desk.documents.plan import parse_period
from hromada_desk.domain.plans import (
    ActionPlan,
    Footnote,
    MeasureReport,
    MeasureStatus,
    PlanGoal,
    PlanMeasure,
    PlanSection,
)
from hromada_desk.errors import InputError
from hromada_desk.exports.plan import export_plan, export_report
from hromada_desk.exports.plan_pdf import MARGIN, PLAN_WIDTHS
from hromada_desk.exports.plan_text import (
    PLAN_COLUMNS,
    measure_label,
    paragraphs,
    parties,
    section_heading,
    summary,
)
from hromada_desk.services.plan_export import choose_plan, period_reports, report_for
from hromada_desk.storage import plans_repo
from hromada_desk.storage.database import open_file
from tests.exports.helpers import MM, assert_in_order, normalised

LANDSCAPE_A4 = (841.89, 595.28)


def demo_plan(path: Path) -> ActionPlan:
    with open_file(path, readonly=True) as cf:
        return choose_plan(cf)


def column_of(page, column: int, widths=PLAN_WIDTHS) -> str:
    """One column's text on a page, top to bottom (neighbouring cells do not mix in)."""
    left = MARGIN + sum(widths[:column])
    box = (left + 0.5, 16 * MM, left + widths[column] - 0.5, page.height)
    return normalised(page.within_bbox(box).extract_text() or "")


def column_text(path: Path, column: int, widths=PLAN_WIDTHS) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(column_of(page, column, widths) for page in pdf.pages)


@pytest.fixture
def plan_pdf(demo_path: Path, tmp_path: Path) -> tuple[ActionPlan, Path]:
    plan = demo_plan(demo_path)
    return plan, export_plan(plan, tmp_path / "план.pdf")


def test_the_demo_plan_is_the_seeds_plan(demo_path):
    plan = demo_plan(demo_path)
    assert len(plan.sections) == 4
    assert len([g for s in plan.sections for g in s.goals]) == 4
    assert len(plan.measures) == 24


def test_plan_pdf_has_every_goal_and_measure_in_order(plan_pdf):
    plan, path = plan_pdf
    assert_in_order(table_body(path, 1), [unbroken(measure_label(m)) for m in plan.measures])
    goals = [g for s in plan.sections for g in s.goals]
    assert_in_order(column_text(path, 0), [x for g in goals for x in (f"Ціль {g.number}.", g.text)])
    assert_in_order(table_body(path, 2), [unbroken(m.coordinator) for m in plan.measures])
    with pdfplumber.open(path) as pdf:
        text = normalised(" ".join(p.extract_text() for p in pdf.pages))
    assert_in_order(
        text,
        [
            "Додаток до рішення виконавчого комітету Кременчуцької міської ради",
            "План дій",
            "із запобігання та протидії домашньому насильству і насильству за ознакою "
            "статі на території Кременчуцької міської територіальної громади на 2023 – 2025 роки",
            "Політика.",
            "Система міжвідомчого скоординованого реагування",
            "Попередження.",
            "Захист та послуги.",
            "Притягнення кривдника.",
            "* Відповідальні суб’єкти за протидію домашньому насильству",
            "Керуючий справами виконкому міської ради",
        ],
    )


def test_plan_pdf_is_landscape_a4_with_the_header_on_every_page(plan_pdf):
    _, path = plan_pdf
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 2
        for number, page in enumerate(pdf.pages, 1):
            assert (page.width, page.height) == pytest.approx(LANDSCAPE_A4, abs=0.1)
            assert "Заходи, необхідні для досягнення цілей в громаді" in column_of(page, 1)
            top = normalised(page.within_bbox((0, 0, page.width, 16 * MM)).extract_text() or "")
            assert top == ("" if number == 1 else str(number))
            for ch in page.chars:
                assert ch["x0"] >= 0 and ch["x1"] <= page.width, ch["text"]
                assert ch["top"] >= 0 and ch["bottom"] <= page.height, ch["text"]
                if ch["top"] > 16 * MM:  # all but the page number: inside the margins
                    assert ch["x0"] >= MARGIN - 1 and ch["x1"] <= page.width - MARGIN + 1
                    assert ch["bottom"] <= page.height - MARGIN + 1


def table_body(path: Path, column: int, widths=PLAN_WIDTHS) -> str:
    """One column's regular text below the header row over all pages: no header, no bold
    section rows, no title; text after the table (footnotes) may follow on the last page."""
    left = MARGIN + sum(widths[:column])
    pieces = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rules = sorted(
                {e["top"] for e in page.horizontal_edges if e["width"] > sum(widths) - 1}
            )
            box = page.within_bbox(
                (left + 0.5, rules[1] + 0.5, left + widths[column] - 0.5, page.height)
            )
            text = box.filter(
                lambda o: o.get("object_type") != "char" or "Bold" not in o["fontname"]
            ).extract_text()
            pieces.append(text or "")
    return unbroken(" ".join(pieces))


def unbroken(text: str) -> str:
    """Text without its line breaks, a word broken after its hyphen or slash made whole."""
    return normalised(text).replace("- ", "-").replace("/ ", "/")


def fill(page) -> float:
    """How far down the text area the lowest line below the page number reaches, 0 to 1."""
    bottom = max(ch["bottom"] for ch in page.chars if ch["top"] > 16 * MM)
    return (bottom - MARGIN) / (page.height - 2 * MARGIN)


def test_plan_pdf_has_every_measure_whole_and_once(plan_pdf):
    """Rows cut between pages lose and repeat nothing: each column reads as the plan's
    measures one after another (the footnote and signature may follow on the last page)."""
    plan, path = plan_pdf
    columns = {
        1: [measure_label(m) for m in plan.measures],
        2: [p for m in plan.measures for p in parties(m)],
        3: [p for m in plan.measures for p in paragraphs(m.deadline)],
        4: [p for m in plan.measures for p in paragraphs(m.funding)],
    }
    for column, texts in columns.items():
        body, expected = table_body(path, column), unbroken(" ".join(texts))
        assert body.startswith(expected), (column, body[:300])
    body = table_body(path, 1)
    for m in plan.measures:
        assert body.count(unbroken(measure_label(m))) == 1, m.number


def test_plan_pdf_pages_are_filled(plan_pdf):
    """A row that does not fit the rest of a page goes on on the next page rather than
    moving there whole: the demo plan took 8 pages when rows were never cut."""
    _, path = plan_pdf
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) <= 7
        fills = [fill(page) for page in pdf.pages]
    assert all(f <= 1.0 for f in fills)
    assert all(f >= 0.7 for f in fills[:-1]), fills


def test_a_section_row_is_never_alone_at_the_foot_of_a_page(plan_pdf, tmp_path):
    big = big_plan()
    for plan, path in [plan_pdf, (big, export_plan(big, tmp_path / "big.pdf"))]:
        titles = {section_heading(s)[0] for s in plan.sections}
        seen = set()
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                left = MARGIN + PLAN_WIDTHS[0]
                below = page.within_bbox(
                    (left + 0.5, 16 * MM, left + PLAN_WIDTHS[1] - 0.5, page.height)
                )
                for line in page.extract_text_lines():
                    if line["text"] in titles:
                        seen.add(line["text"])
                        assert any(ch["top"] > line["bottom"] + 12 for ch in below.chars), line[
                            "text"
                        ]
        assert seen == titles


def two_sections(words: int) -> ActionPlan:
    def section(n: int, text: str) -> PlanSection:
        measure = PlanMeasure(
            number=f"{n}.1",
            text=text,
            coordinator="Виконавчий комітет",
            deadline="Постійно",
            funding="Не потребує фінансування",
        )
        return PlanSection(
            title=f"Розділ {n}",
            statement="Бажаний стан",
            goals=[PlanGoal(number=n, text="Мета", measures=[measure])],
        )

    return ActionPlan(
        title="План дій",
        period_start=2024,
        period_end=2026,
        sections=[section(1, "Перший " + "текст " * words), section(2, "Другий " + "захід " * 60)],
    )


@pytest.mark.parametrize("words", range(130, 250, 6))
def test_the_next_section_starts_at_any_height_of_a_page(words, tmp_path):
    """Wherever the second section's row falls, it is kept with the first lines of its
    measure, and both measures read whole."""
    plan = two_sections(words)
    path = export_plan(plan, tmp_path / "plan.pdf")
    assert table_body(path, 1).startswith(
        unbroken(" ".join(measure_label(m) for m in plan.measures))
    )
    left = MARGIN + PLAN_WIDTHS[0]
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            measure = page.within_bbox(
                (left + 0.5, 16 * MM, left + PLAN_WIDTHS[1] - 0.5, page.height)
            )
            for line in page.extract_text_lines():
                if line["text"] == "Розділ 2.":
                    below = {
                        round(ch["top"]) for ch in measure.chars if ch["top"] > line["bottom"] + 12
                    }
                    assert len(below) >= 3  # the section's statement, then measure lines


def test_plan_pdf_ends_with_footnote_and_signature_together(plan_pdf):
    _, path = plan_pdf
    with pdfplumber.open(path) as pdf:
        last = normalised(pdf.pages[-1].extract_text())
    assert "* Відповідальні суб’єкти" in last and "Керуючий справами" in last


def test_plan_pdf_is_the_same_every_time(plan_pdf, tmp_path):
    plan, path = plan_pdf
    assert export_plan(plan, tmp_path / "again.pdf").read_bytes() == path.read_bytes()


def big_plan(measures: int = 200, long_words: int = 0) -> ActionPlan:
    goals_per_section, per_goal = 5, measures // 10
    sections = []
    number = 0
    for s in range(2):
        goals = []
        for _ in range(goals_per_section):
            number += 1
            goals.append(
                PlanGoal(
                    number=number,
                    text=f"Ціль номер {number} " + "мета " * 20,
                    indicators="кількість заходів",
                    measures=[
                        PlanMeasure(
                            number=f"{number}.{k}",
                            text=f"Захід {number}.{k} " + "текст " * (k % 7 * 8),
                            coordinator="Виконавчий комітет сільської ради",
                            deadline="Постійно",
                            funding="Не потребує фінансування",
                        )
                        for k in range(1, per_goal + 1)
                    ],
                )
            )
        sections.append(PlanSection(title=f"Розділ {s + 1}", statement="Бажаний стан", goals=goals))
    if long_words:
        sections[0].goals[0].measures[1].text += (
            " " + " ".join(f"слово{i}" for i in range(long_words)) + " КІНЕЦЬ-ЗАХОДУ"
        )
    return ActionPlan(
        title="План дій на 2024 – 2026 роки",
        period_start=2024,
        period_end=2026,
        signatory_position="Сільський голова",
        sections=sections,
        footnotes=[Footnote("*", "Примітка.")],
    )


def test_a_plan_of_200_measures_paginates(tmp_path):
    plan = big_plan()
    path = export_plan(plan, tmp_path / "big.pdf")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) > 10
        for page in pdf.pages[1:]:
            assert "Заходи, необхідні" in column_of(page, 1)
    assert_in_order(column_text(path, 1), [f"{m.number}. Захід {m.number}" for m in plan.measures])
    assert table_body(path, 1).startswith(
        unbroken(" ".join(measure_label(m) for m in plan.measures))
    )
    with pdfplumber.open(path) as pdf:
        fills = [fill(page) for page in pdf.pages]
    assert all(0.7 <= f <= 1.0 for f in fills[:-1]), fills


def test_a_measure_taller_than_a_page_goes_on_in_continuation_rows(tmp_path):
    plan = big_plan(20, long_words=1500)
    path = export_plan(plan, tmp_path / "long.pdf")
    text = column_text(path, 1)
    assert_in_order(
        text, ["1.2. Захід 1.2", "слово0 слово1", "слово1499 КІНЕЦЬ-ЗАХОДУ", "2.1. Захід 2.1"]
    )
    with pdfplumber.open(path) as pdf:
        pages = [normalised(p.extract_text()) for p in pdf.pages]
    spread = [i for i, t in enumerate(pages) if "слово" in t]
    assert len(spread) >= 2  # over several pages, the goal repeated beside each part
    assert all("Ціль 1." in pages[i] for i in spread)


def test_plan_workbook_has_one_row_per_measure(demo_path, tmp_path):
    plan = demo_plan(demo_path)
    path = export_plan(plan, tmp_path / "план.xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    measures = [r for r in rows if r[1] is not None]
    assert len(measures) == 24
    expected = [
        (s.title, g.number, g.text, m.number, m.text)
        for s in plan.sections
        for g in s.goals
        for m in g.measures
    ]
    # no goal of the demo has indicators: the column is left out
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in measures] == expected
    assert sheet["A2"].value == "Розділ" and "Індикатори досягнення" not in [
        c.value for c in sheet[2]
    ]
    assert sheet["A2"].font.bold and sheet.freeze_panes == "A3"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert PLAN_COLUMNS  # the PDF's columns; the workbook splits them further


def _find_row(sheet, text: str) -> int:
    return next(cell.row for row in sheet.iter_rows() for cell in row if cell.value == text)


def test_workbook_text_never_becomes_a_formula(tmp_path):
    plan = big_plan(10)
    first = plan.sections[0].goals[0].measures[0]
    first.text, first.funding, first.deadline, first.coordinator = "=1+1", "+380", "-", "@x"
    path = export_plan(plan, tmp_path / "f.xlsx")
    sheet = openpyxl.load_workbook(path).active
    row = _find_row(sheet, "=1+1")
    values = [c.value for c in sheet[row]]
    assert {"=1+1", "@x", "-", "+380"} <= set(values)
    assert all(c.data_type == "s" for c in sheet[row] if c.value in ("=1+1", "@x", "-", "+380"))


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(InputError, match="PDF або XLSX"):
        export_plan(big_plan(10), tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "period"), [("2024", "2024"), ("2024-Q1", "2024-Q1"), (" 2025-q4 ", "2025-Q4")]
)
def test_periods(text, period):
    assert parse_period(text, big_plan(10)) == period


@pytest.mark.parametrize("text", ["2023", "2027", "2024-Q5", "24", "2024/1", ""])
def test_bad_periods(text):
    with pytest.raises(InputError):
        parse_period(text, big_plan(10))


def set_some_reports(path: Path) -> ActionPlan:
    with open_file(path) as cf:
        plan = choose_plan(cf)
        m = plan.measures
        for measure, status, spent in [
            (m[0], MeasureStatus.DONE, 1000.0),
            (m[1], MeasureStatus.DONE, 250.5),
            (m[4], MeasureStatus.IN_PROGRESS, None),
            (m[12], MeasureStatus.NOT_DONE, None),
            (m[23], MeasureStatus.NOT_STARTED, 0.0),
        ]:
            plans_repo.set_report(
                cf, MeasureReport(measure.id or 0, "2024", status, f"Звіт {measure.number}", spent)
            )
        plans_repo.set_report(cf, MeasureReport(m[2].id or 0, "2024-Q1", MeasureStatus.DONE))
    return plan


def test_execution_report_counts_statuses(demo_path, tmp_path):
    set_some_reports(demo_path)
    with open_file(demo_path, readonly=True) as cf:
        plan = choose_plan(cf)
        report = report_for(cf, plan, "2024")
    per_section, total = summary(plan, report.reports)
    assert total.row() == [2, 1, 1, 1, 19, 24] and total.spent == 1250.5
    assert [(name, c.row()) for name, c in per_section] == [
        ("Політика", [2, 0, 0, 0, 1, 3]),
        ("Попередження", [0, 1, 0, 0, 8, 9]),
        ("Захист та послуги", [0, 0, 1, 0, 7, 8]),
        ("Притягнення кривдника", [0, 0, 0, 1, 3, 4]),
    ]
    book = openpyxl.load_workbook(export_report(report, tmp_path / "r.xlsx"))
    rows = [r for r in book["Виконання"].iter_rows(min_row=3, values_only=True) if r[2] is not None]
    assert len(rows) == 24
    assert [r[5] for r in rows[:5]] == [
        "виконано",
        "виконано",
        "звіту немає",
        "звіту немає",
        "виконується",
    ]
    assert rows[0][6] == "Звіт 1.1" and rows[1][7] == 250.5
    assert next(iter(book["Підсумок"].iter_rows(min_row=7, values_only=True))) == (
        "Усього",
        2,
        1,
        1,
        1,
        19,
        24,
        1250.5,
    )
    pdf = export_report(report, tmp_path / "r.pdf")
    with pdfplumber.open(pdf) as doc:
        text = normalised(" ".join(p.extract_text() for p in doc.pages))
    assert_in_order(
        text,
        [
            "Звіт про виконання",
            "за 2024 рік",
            "виконано",
            "Звіт 1.1",
            "1 000,00",
            "Підсумок виконання за 2024 рік",
            "Усього 2 1 1 1 19 24",
            "1 250,50",
            "Керуючий справами",
        ],
    )
    assert text.count("звіту немає") >= 19


def test_quarter_report_has_its_own_reports(demo_path, tmp_path):
    set_some_reports(demo_path)
    with open_file(demo_path, readonly=True) as cf:
        plan = choose_plan(cf)
        period, reports = period_reports(cf, plan, "2024-q1")
        report = report_for(cf, plan, "2024-q1")
    assert period == "2024-Q1" and summary(plan, reports)[1].row() == [1, 0, 0, 0, 23, 24]
    assert (report.period, report.reports) == (period, reports)
    path = export_report(report, tmp_path / "q.pdf")
    with pdfplumber.open(path) as doc:
        assert "I квартал 2024 року" in normalised(doc.pages[0].extract_text())


def test_an_empty_plan_still_renders(tmp_path):
    plan = ActionPlan(title="План дій", period_start=2024, period_end=2024)
    for name in ("e.pdf", "e.xlsx"):
        assert export_plan(plan, tmp_path / name).stat().st_size > 0
    with pdfplumber.open(tmp_path / "e.pdf") as pdf:
        assert len(pdf.pages) == 1


def test_a_manual_line_break_pasted_from_word_ends_a_paragraph():
    # Word copies Shift+Enter as a vertical tab: in the plan's cells it ends a line
    assert paragraphs("Кошти громади\x0bКошти\tобласті\r\n\x0c") == [
        "Кошти громади",
        "Кошти області",
    ]
