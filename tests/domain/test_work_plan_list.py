"""Reading a year's work plan from a pasted text (domain.work_plan_list)."""

from __future__ import annotations

import pytest

from hromada_desk.domain.work_plan import PlannedQuestion
from hromada_desk.domain.work_plan_list import Left, quarter_in, read_work_plan

TABLE = (
    "№\tПитання\tВідповідальні\tТермін\r\n"
    "1.\tПро затвердження плану роботи на 2025 рік\tСекретар ради\tІ квартал\r\n"
    # a Word cell of two paragraphs: the row goes on on the next line
    "2.\tПро стан домашнього насильства\tСектор превенції\r\n"
    "ЦНСП\tІІ кв.\r\n"
    "3\tПро звіт служби\tСлужба у справах дітей\tпротягом року\r\n"
    "4.\tПро підсумки року\tСекретар ради\tгрудень\r\n"
)


def test_a_word_table_gives_its_questions_with_quarters_and_who_prepares_them():
    plan = read_work_plan(TABLE, 2025)

    assert plan.questions == [
        PlannedQuestion(1, "Про затвердження плану роботи на 2025 рік", "Секретар ради"),
        PlannedQuestion(2, "Про стан домашнього насильства", "Сектор превенції; ЦНСП"),
        PlannedQuestion(4, "Про підсумки року", "Секретар ради"),
    ]
    assert plan.lines == [2, 3, 6]
    # the heading row is left out; «протягом року» is no quarter: named, not guessed
    assert [(left.line, left.why) for left in plan.left] == [
        (1, Left.HEADER),
        (5, Left.NO_QUARTER),
    ]


def test_lines_under_quarter_headings_and_a_title_broken_over_two_lines():
    plan = read_work_plan(
        "І квартал\nПро акцію «16 днів»\tЦНСП\nПро літній відпочинок дітей\nсиріт\n"
        "ІІІ квартал\nЗвіт А\tЦНСП\nЗвіт Б\tССД\n",
        2025,
    )

    assert [(q.quarter, q.title, q.responsible) for q in plan.questions] == [
        (1, "Про акцію «16 днів»", "ЦНСП"),
        (1, "Про літній відпочинок дітей сиріт", ""),
        (3, "Звіт А", "ЦНСП"),  # rows of two cells, the table's width unknown: not joined
        (3, "Звіт Б", "ССД"),
    ]
    assert plan.left == []


def test_a_question_without_a_quarter_and_one_too_long_are_left_out_with_the_reason():
    plan = read_work_plan("Про звіт\tЦНСП\n1.\tПро " + "дуже " * 500 + "\tІ кв.\n", 2025)

    assert plan.questions == []
    assert [left.why for left in plan.left] == [Left.NO_QUARTER, Left.INVALID]
    assert "Питання" in plan.left[1].detail


@pytest.mark.parametrize(
    ("term", "quarter"),
    [
        ("І квартал", 1),
        ("ІІ кв.", 2),
        ("III квартал 2025 року", 3),
        ("березень", 1),
        ("до 30.06.2025", 2),
        ("грудень", 4),
        ("протягом року", None),
        ("2025 рік", None),
        ("Служба у справах дітей", None),
        ("IV квартал 2024 року", None),  # another year's
    ],
)
def test_the_quarter_a_term_names(term, quarter):
    assert quarter_in(term, 2025) == quarter
