"""Ints and Fractions are rounded in integers for speed; the text must equal the Decimal way.

The Decimal way still serves every other Rational, so subclasses of Fraction and int (which
the integer path does not take) are the oracle: same value, the original arithmetic.
"""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hromada_desk.domain.numbers import display, format_number, is_displayed_exactly

NBSP = "\u00a0"


class FractionViaDecimal(Fraction):
    """A Fraction that ``numbers`` formats through Decimal, as before the integer path."""


class IntViaDecimal(int):
    """An int that ``numbers`` formats through Decimal, as before the integer path."""


def assert_same_as_decimal(value: Fraction | int) -> None:
    oracle = IntViaDecimal(value) if type(value) is int else FractionViaDecimal(value)
    for group in (True, False):
        expected = format_number(oracle, group=group)
        assert format_number(value, group=group) == expected
        assert display(value, group=group) == (expected, is_displayed_exactly(oracle))
    assert is_displayed_exactly(value) == is_displayed_exactly(oracle)


def near(center_numerator: int, center_denominator: int, spread: int) -> st.SearchStrategy:
    """Fractions a hair's breadth from center (scaled by spread), and the center itself."""
    return st.builds(
        lambda scale, step, sign: (
            sign * Fraction(center_numerator * scale + step, center_denominator * scale)
        ),
        st.integers(1, spread),
        st.integers(-2, 2),
        st.sampled_from([1, -1]),
    )


# Half-way points of three decimals and of two significant digits, the 0,001 switch, and
# around the bounds of the integer path (denominator 10**12, magnitude 10**9).
boundaries = st.one_of(
    st.integers(0, 10**6).flatmap(lambda k: near(2 * k + 1, 2000, 10**9)),
    st.tuples(st.integers(10, 99), st.integers(4, 14)).flatmap(
        lambda ks: near(2 * ks[0] + 1, 2 * 10 ** ks[1], 10**6)
    ),
    near(1, 1000, 10**10),
    near(10**9, 1, 10**4),
    st.builds(Fraction, st.integers(-(10**15), 10**15), st.integers(1, 10**13)),
)


@given(boundaries)
def test_fractions_round_as_through_decimal(value):
    assert_same_as_decimal(value)


@given(st.integers(-(10**30), 10**30) | st.integers(-(10**6), 10**6))
def test_whole_numbers_print_as_through_decimal(value):
    assert_same_as_decimal(value)
    assert_same_as_decimal(Fraction(value))


@pytest.mark.parametrize(
    "value",
    [
        Fraction(1, 2000),
        Fraction(1999, 2000),
        Fraction(-1, 2000),
        Fraction(999, 10**6),
        Fraction(9995, 10**7),
        Fraction(1, 10**12),
        Fraction(1, 10**12 - 1),
        Fraction(10**9 - 1, 7),
        Fraction(10**10, 3),
        10**28 - 1,
        10**28,
        10**28 + 1,
        Fraction(10**28 + 1),
        Fraction(10**30),
        # Just under a half-way point (1,0005; 0,000145; 10**17 + 0,0005): Decimal's 28 digits
        # round these onto it and then up again, so only Decimal gives the original text.
        Fraction(10005 * 10**26 - 1, 10**30),
        Fraction(145 * 10**29 - 1, 10**35),
        Fraction(10**28 + 5 * 10**7 - 1, 10**11),
    ],
)
def test_edges(value):
    assert_same_as_decimal(value)


def test_the_integer_path_reproduces_the_examples():
    assert display(Fraction(2, 7130), group=False) == ("0,00028", False)
    assert display(Fraction(713, 1000)) == ("0,713", True)
    assert display(Fraction(1_234_567, 2)) == (f"617{NBSP}283,5", True)
    assert display(Fraction(-1, 3)) == ("-0,333", False)
