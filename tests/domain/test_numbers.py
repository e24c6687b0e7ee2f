from decimal import Decimal
from fractions import Fraction

import pytest

from hromada_desk.domain.numbers import format_number, is_displayed_exactly, round_for_display

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (7130, "7130"),
        (10_000, f"10{NBSP}000"),
        (1_234_567, f"1{NBSP}234{NBSP}567"),
        (Fraction(7070, 10_000), "0,707"),
        (Fraction(1, 7070), "0,00014"),
        (Fraction(2, 7130), "0,00028"),
        (Fraction(1, 480), "0,002"),
        (Fraction(2, 480), "0,004"),
        (Fraction(7, 10), "0,7"),
        (Fraction(1, 2000), "0,0005"),
        (1.99, "1,99"),
        (Decimal("2.0005"), "2,001"),
        (0, "0"),
        (Fraction(-1, 3), "-0,333"),
    ],
)
def test_ukrainian_format(value, text):
    assert format_number(value) == text


def test_formulas_are_written_without_grouping():
    assert format_number(10_000, group=False) == "10000"


def test_whole_fractions_stay_whole():
    assert round_for_display(Fraction(2, 7130) * 7130) == 2
    assert format_number(Fraction(4260, 2130)) == "2"


def test_exactness_of_the_displayed_value():
    assert is_displayed_exactly(Fraction(713, 1000))
    assert is_displayed_exactly(2)
    assert not is_displayed_exactly(Fraction(2, 7130))


def test_one_rule_for_percentages_and_numbers_in_sentences():
    from hromada_desk.domain.numbers import format_percent
    from hromada_desk.domain.records import Population
    from hromada_desk.domain.validation import validate_population

    assert format_percent(0.5) == "50\u00a0%"
    assert format_percent(0.5, signed=True) == "+50\u00a0%"
    assert format_percent(-0.034, signed=True) == "−3\u00a0%"
    row = Population(1, 2024, 15000)
    messages = [f.message for f in validate_population(row, previous_total=10000)]
    assert any("+50\u00a0% за рік (10\u00a0000 → 15\u00a0000)" in m for m in messages), messages


# -- intermediate values of a worked calculation (issue 19: «0,002 × 14398 = 27») -----------


@pytest.mark.parametrize(
    ("value", "shown", "exact"),
    [
        (Fraction(27, 14398), "0,0019", False),  # not 0,002: 0,002 × 14398 would be 28,8
        (Fraction(1, 7070), "0,00014", False),  # as before: two significant digits
        (Fraction(707, 1000), "0,707", True),
        (Fraction(1, 500), "0,002", True),  # exact: nothing to add
        (Fraction(2, 7130), "0,00028", False),
        (Fraction(27), "27", True),
    ],
)
def test_a_step_keeps_two_significant_digits(value, shown, exact):
    from hromada_desk.domain.numbers import display_step

    assert display_step(value) == (shown, exact)
