"""Numbers as Ukrainian documents print them: decimal comma, grouped thousands, sane rounding.

Documents are always Ukrainian whatever the computer's locale, so this is plain code rather
than the system locale (the window uses QLocale for what it shows on screen).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from numbers import Rational

# A no-break space: a number is never split across two lines.
GROUP_SEPARATOR = "\u00a0"
DECIMALS = 3
SMALL_SIGNIFICANT = 2


def _group(digits: str, separator: str) -> str:
    # Ukrainian typography leaves four-digit numbers whole (7130) and groups from five (10 000).
    if len(digits) <= 4:
        return digits
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups)


def _decimal(value: Rational | int | float | Decimal) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    fraction = Fraction(value)
    return Decimal(fraction.numerator) / Decimal(fraction.denominator)


def round_for_display(value: Rational | int | float | Decimal) -> Decimal:
    """Whole numbers stay whole; others get three decimals, or two significant digits when
    smaller than 0,001 (so a rate such as 1 : 7070 shows as 0,00014, not 0,000)."""
    exact = Fraction(str(value)) if isinstance(value, float) else Fraction(value)
    if exact.denominator == 1:
        return Decimal(exact.numerator)
    number = _decimal(value)
    if abs(number) >= Decimal("0.001"):
        return number.quantize(Decimal(1).scaleb(-DECIMALS), rounding=ROUND_HALF_UP)
    exponent = number.adjusted() - SMALL_SIGNIFICANT + 1
    return number.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def format_number(value: Rational | int | float | Decimal, *, group: bool = True,
                  separator: str = GROUP_SEPARATOR) -> str:
    """«7130», «10 000», «0,713», «0,00014», «1,99», «-3»; trailing zeros are dropped."""
    rounded = round_for_display(value)
    sign = "-" if rounded < 0 else ""
    text = format(abs(rounded), "f")
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    if group:
        whole = _group(whole, separator)
    if fraction:
        return f"{sign}{whole},{fraction}"
    return f"{sign}{whole}"


def is_displayed_exactly(value: Rational | int | float | Decimal) -> bool:
    """Whether the displayed form equals the exact value (a step shown with a rounded number
    then needs a note that the next step used the exact one)."""
    return Fraction(round_for_display(value)) == Fraction(_decimal(value))
