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
_THOUSANDTH = Decimal("0.001")
_DISPLAY_QUANTUM = Decimal(1).scaleb(-DECIMALS)


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
    if abs(number) >= _THOUSANDTH:
        return number.quantize(_DISPLAY_QUANTUM, rounding=ROUND_HALF_UP)
    exponent = number.adjusted() - SMALL_SIGNIFICANT + 1
    return number.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def format_number(
    value: Rational | int | float | Decimal, *, group: bool = True, separator: str = GROUP_SEPARATOR
) -> str:
    """«7130», «10 000», «0,713», «0,00014», «1,99», «-3»; trailing zeros are dropped."""
    shown = _display_exact_type(value, group, separator)
    if shown is not None:
        return shown[0]
    rounded = round_for_display(value)
    whole, _, fraction = format(abs(rounded), "f").partition(".")
    return _compose("-" if rounded < 0 else "", whole, fraction.rstrip("0"), group, separator)


def is_displayed_exactly(value: Rational | int | float | Decimal) -> bool:
    """Whether the displayed form equals the exact value (a step shown with a rounded number
    then needs a note that the next step used the exact one)."""
    shown = _display_exact_type(value, False, "")
    if shown is not None:
        return shown[1]
    return Fraction(round_for_display(value)) == Fraction(_decimal(value))


def display(
    value: Fraction | int, *, group: bool = True, separator: str = GROUP_SEPARATOR
) -> tuple[str, bool]:
    """``format_number(value)`` and ``is_displayed_exactly(value)`` from one rounding: a
    formula step shows a value, then says whether the next step used it unrounded."""
    shown = _display_exact_type(value, group, separator)
    if shown is None:
        return format_number(value, group=group, separator=separator), is_displayed_exactly(value)
    return shown


_HUNDREDTH = Fraction(1, 100)
_THOUSANDTH_FRACTION = Fraction(1, 1000)
_TWO_SIGNIFICANT_QUANTUM = Decimal("0.0001")


def display_step(value: Fraction | int, *, group: bool = False) -> tuple[str, bool]:
    """An intermediate value of a worked calculation, as ``display`` shows it but never with
    fewer than two significant digits: 27 : 14398 shows as 0,0019, not 0,002, so that the next
    step written with it (0,0019 × 14398 = 27) visibly gives its result. Values from 0,01 up,
    and those below 0,001, are shown as ``display`` shows them (0,707; 0,00014)."""
    exact = Fraction(value)
    if not _THOUSANDTH_FRACTION <= abs(exact) < _HUNDREDTH:
        return display(value, group=group)
    number = Decimal(exact.numerator) / Decimal(exact.denominator)
    rounded = number.quantize(_TWO_SIGNIFICANT_QUANTUM, rounding=ROUND_HALF_UP)
    whole, _, fraction = format(abs(rounded), "f").partition(".")
    text = _compose("-" if rounded < 0 else "", whole, fraction.rstrip("0"), group, GROUP_SEPARATOR)
    return text, Fraction(rounded) == exact


def _compose(sign: str, whole: str, fraction: str, group: bool, separator: str) -> str:
    if group:
        whole = _group(whole, separator)
    if fraction:
        return f"{sign}{whole},{fraction}"
    return f"{sign}{whole}"


# The needs calculation formats a few hundred thousand numbers for the whole country, so ints
# and Fractions of everyday size are rounded in integers instead of through Decimal. The
# result is the same, digit for digit: Decimal first divides to 28 significant digits and
# rounds that; with a denominator below 10**12 and a magnitude below 10**9, a fraction that is
# not itself on a rounding boundary (or on 0,001) lies more than 10**-25 away from it, while
# those 28 digits are off by less than 10**-19, so both roundings agree. (This assumes the
# default Decimal context, which the program never changes.) Anything larger takes Decimal.
_FAST_DENOMINATOR_LIMIT = 10**12
_FAST_MAGNITUDE_LIMIT = 10**9
_DECIMAL_DIGITS = 10**28  # whole numbers below this print all their digits through Decimal


def _display_exact_type(value: object, group: bool, separator: str) -> tuple[str, bool] | None:
    """The text and exactness of an int or Fraction within the bounds above, else None."""
    if type(value) is int:
        numerator, denominator = value, 1
    elif type(value) is Fraction:
        numerator, denominator = value.numerator, value.denominator
    else:
        return None
    sign = "-" if numerator < 0 else ""
    size = -numerator if numerator < 0 else numerator
    if denominator == 1:
        # Decimal would round a whole number of more than 28 digits (and then a Fraction,
        # divided by one, would not count as shown exactly).
        if size >= _DECIMAL_DIGITS:
            return None
        return _compose(sign, str(size), "", group, separator), True
    if denominator >= _FAST_DENOMINATOR_LIMIT or size >= _FAST_MAGNITUDE_LIMIT * denominator:
        return None
    if size * 10**DECIMALS >= denominator:  # at least 0,001: three decimals
        quantum = DECIMALS
    else:  # two significant digits: 10**-scale <= size / denominator < 10**(1 - scale)
        scale = DECIMALS + 1
        while size * 10**scale < denominator:
            scale += 1
        quantum = scale + SMALL_SIGNIFICANT - 1
    units, remainder = divmod(size * 10**quantum, denominator)
    if 2 * remainder >= denominator:  # half up
        units += 1
    whole, fraction = divmod(units, 10**quantum)
    return (
        _compose(sign, str(whole), f"{fraction:0{quantum}d}".rstrip("0"), group, separator),
        remainder == 0,
    )


def format_percent(fraction: float | Fraction, *, signed: bool = False) -> str:
    """A share as a whole percentage, the sign set apart by a no-break space as Ukrainian
    typography has it: «50 %», «+50 %», «−3 %»."""
    value = round(float(fraction) * 100)
    sign = (
        ("+" if value > 0 else "−" if value < 0 else "") if signed else ("−" if value < 0 else "")
    )
    return f"{sign}{format_number(abs(value))}{GROUP_SEPARATOR}%"
