"""What people type, paste or send as numbers and text, read one way everywhere: whole numbers
from cells, fields, workbooks and JSON, names compared, and input text echoed safely."""

from __future__ import annotations

import enum
import os
import re
import unicodedata

from hromada_desk.domain import limits
from hromada_desk.domain.names import normalise_name_part
from hromada_desk.domain.records import SettlementKind

# Spaces people and spreadsheets put between thousands: normal, no-break, narrow, thin.
_SPACE = "[ \u00a0\u202f\u2009]"
_SPACES = re.compile(_SPACE)
# ASCII digits only («²», «①», «٣» are digits to str.isdigit() but not numbers people mean),
# or thousands grouped by one space each: «1762», «10 000», «1 234 567» (not «1 00»).
WHOLE_PATTERN = rf"(?:[0-9]+|[0-9]{{1,3}}(?:{_SPACE}[0-9]{{3}})+)"
_WHOLE = re.compile(WHOLE_PATTERN)
_MINUS = ("-", "\u2212")
# Longer than any number a community file can hold: refused before int() is asked to read
# it (Python refuses more than 4,300 digits with a ValueError of its own).
_LONGEST_DIGITS = 30


class NumberProblem(enum.Enum):
    NOT_WHOLE = "not_whole"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"


class WholeNumberError(ValueError):
    """Text that is not a whole number from 0 to ``maximum``; ``problem`` says what is wrong,
    so that each caller can word it in its own place (a grid, a workbook cell, a JSON field)."""

    def __init__(
        self, text: str, maximum: int, problem: NumberProblem = NumberProblem.NOT_WHOLE
    ) -> None:
        super().__init__(text)
        self.text, self.maximum, self.problem = text, maximum, problem


def parse_whole(text: str, maximum: int) -> int | None:
    """A whole number from 0 to ``maximum``: «1 762» → 1762, empty text → None («not
    entered»). Signs («-1», «+3»), fractions («2,5»), exponents («1e3»), words («сто») and
    digits other than 0–9 raise WholeNumberError rather than being guessed at."""
    stripped = text.strip()
    if not stripped:
        return None
    negative = stripped.startswith(_MINUS)
    digits = stripped[1:].strip() if negative else stripped
    if not _WHOLE.fullmatch(digits):
        raise WholeNumberError(text, maximum)
    if negative:
        raise WholeNumberError(text, maximum, NumberProblem.NEGATIVE)
    plain = _SPACES.sub("", digits).lstrip("0") or "0"
    if len(plain) > _LONGEST_DIGITS:
        raise WholeNumberError(text, maximum, NumberProblem.TOO_LARGE)
    value = int(plain)
    if value > maximum:
        raise WholeNumberError(text, maximum, NumberProblem.TOO_LARGE)
    return value


# The zero decimals a spreadsheet shows after a whole number in a «Number» format with one or
# two decimal places («1 762,00», «1762.0»), copied as shown. Three digits after a separator
# stay refused: «1,000» is a thousand in some countries and one in others.
_ZERO_DECIMALS = re.compile(r"(?<=[0-9])[.,]0{1,2}\Z")


def parse_figure(text: str, maximum: int) -> int | None:
    """A figure typed or pasted into a table: as ``parse_whole`` reads it, and also followed
    by the zero decimals a spreadsheet shows in a «Number» format («1 762,00» → 1762); «2,5»
    and «1,000» are still refused. An error names the text as it was given."""
    try:
        return parse_whole(_ZERO_DECIMALS.sub("", text.strip()), maximum)
    except WholeNumberError as exc:
        raise WholeNumberError(text, maximum, exc.problem) from None


def whole_value(value: object, maximum: int) -> int | None:
    """A whole number from 0 to ``maximum`` from a value a file gave (a workbook cell, a JSON
    field): an int, a float without a fraction, or text as ``parse_whole`` reads it; None
    (and empty text) → None. Booleans, fractions, infinities and anything else raise
    WholeNumberError; ``text`` of the error is the value as ``shown``."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise WholeNumberError(shown(value), maximum)
    if isinstance(value, float):
        if not value.is_integer():
            raise WholeNumberError(shown(value), maximum)
        if value < 0:
            raise WholeNumberError(shown(value), maximum, NumberProblem.NEGATIVE)
        if value > maximum:
            raise WholeNumberError(shown(value), maximum, NumberProblem.TOO_LARGE)
        return int(value)
    if isinstance(value, int):
        if value < 0:
            raise WholeNumberError(shown(value), maximum, NumberProblem.NEGATIVE)
        if value > maximum:
            raise WholeNumberError(shown(value), maximum, NumberProblem.TOO_LARGE)
        return value
    if isinstance(value, str):
        try:
            return parse_whole(value, maximum)
        except WholeNumberError as exc:
            raise WholeNumberError(shown(value), maximum, exc.problem) from None
    raise WholeNumberError(shown(value), maximum)


def whole_in(text: str, least: int, largest: int) -> int | None:
    """A whole number from ``least`` to ``largest`` as ``parse_whole`` reads it, or None for
    anything else, empty text included: for a command's argument or a part of a label
    («1/2023»), where one message covers every mistake."""
    try:
        value = parse_whole(text, largest)
    except WholeNumberError:
        return None
    return value if value is not None and value >= least else None


# Characters a message must not show raw: controls, lone surrogates, invisible formatting,
# line and paragraph separators, private and unassigned code points.
_UNSHOWN = ("Cc", "Cs", "Cf", "Zl", "Zp", "Co", "Cn")
_SHOWN_FORMAT = "\u00ad\u200d\u2019"  # soft hyphen, zero-width joiner, apostrophe


def one_line(text: str) -> str:
    """A short field as it is stored: trimmed, inner white space folded to single spaces (the
    tab and line break a cell pasted from Word or Excel brings among it)."""
    return " ".join(text.split())


def shown(value: object, limit: int = 60, *, keep_end: bool = False) -> str:
    """Input echoed in a message: on one line, control characters and lone surrogates
    escaped (``\\n``, ``\\x07``, ``\\udc80``), cut to ``limit`` characters with «…» (at the
    start with ``keep_end``, so that a long path keeps its file name)."""
    if isinstance(value, os.PathLike):
        value = os.fsdecode(value)  # a path as people read it, not «PosixPath('…')»
    text = value if isinstance(value, str) else _short_repr(value)
    parts: list[str] = []
    for char in text:
        if char in "\t\n\r":
            parts.append(char.encode("unicode_escape").decode("ascii"))
        elif unicodedata.category(char) in _UNSHOWN and char not in _SHOWN_FORMAT:
            parts.append(char.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            parts.append(char)
    result = "".join(parts)
    if len(result) <= limit:
        return result
    return "…" + result[-(limit - 1) :] if keep_end else result[: limit - 1] + "…"


def shown_path(path: object) -> str:
    """A file name or path echoed in a message: as ``shown``, cut only when very long, and
    then at the start."""
    return shown(str(path), 200, keep_end=True)


def control_characters(text: str, allowed: str = "") -> list[str]:
    """The control characters and lone surrogates of ``text`` other than ``allowed``: what a
    name or a label (one line of text) must not contain."""
    return [
        char for char in text if char not in allowed and unicodedata.category(char) in ("Cc", "Cs")
    ]


def _short_repr(value: object) -> str:
    if isinstance(value, int) and value.bit_length() > 100:
        return f"число з понад {_LONGEST_DIGITS} цифр"  # repr() refuses past 4,300 digits
    try:
        return repr(value)
    except RecursionError:  # a list nested thousands deep
        return type(value).__name__


# Hyphens a keyboard or Word may produce in a double name («Нова‑Ланна»), as one hyphen.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_CYRILLIC = re.compile("[а-яіїєґ]")
# Latin letters that look like Cyrillic ones, typed by mistake inside a Cyrillic name
# («Ланнiвська» with a Latin «i»).
_LOOKALIKES = str.maketrans("aceiopxykmthb", "асеіорхукмтнв")
# Latin letters typed for the Cyrillic ones they look like («I» for «І»), either case.
LATIN_LOOKALIKES = "aceiopxykmthbACEIOPXYKMTHB"
_AS_CYRILLIC = str.maketrans(LATIN_LOOKALIKES, "асеіорхукмтнвАСЕІОРХУКМТНВ")


def as_cyrillic(text: str) -> str:
    """A word of a Ukrainian name with its Latin look-alike letters made Cyrillic: «Пiдгайна»
    with a Latin «i», «I.B.» typed for «І.В.»."""
    return text.translate(_AS_CYRILLIC)


def name_key(text: str) -> str:
    """A name as compared, never as shown: «Мар'ївка», «МАРʼЇВКА» and «мар’ївка », with
    any apostrophe, case, composed or decomposed letters, repeated or no-break spaces, and
    Latin look-alike letters inside a Cyrillic name, are one name."""
    composed = unicodedata.normalize("NFC", text).translate(_HYPHENS)
    key = normalise_name_part(composed).casefold()
    return key.translate(_LOOKALIKES) if _CYRILLIC.search(key) else key


# A codifier code exactly as a file keeps it (the schema's GLOB): «UA» and 17 digits 0–9.
KATOTTG_CODE = re.compile(f"{limits.KATOTTG_PREFIX}[0-9]{{{limits.KATOTTG_DIGITS}}}")


def parse_katottg(text: str) -> str | None:
    """A codifier code as people type or paste it («ua53080190000081150 », «UA 5308…» with
    spaces) as the file keeps it («UA53080190000081150»); None for anything else."""
    code = "".join(text.split()).upper()
    return code if KATOTTG_CODE.fullmatch(code) else None


def parse_kind(text: str) -> SettlementKind | None:
    """A settlement's kind as people and files write it: «м.», «с-ще», «смт», «с.»,
    «місто», «селище», «село» or «city», «settlement», «village» (any case); None for
    anything else."""
    return _KINDS.get(" ".join(text.split()).casefold())


_KINDS = {
    word.casefold(): kind
    for kind in SettlementKind
    for word in (kind.value, kind.label, kind.abbreviation)
}
# Older and shorter names of the kinds, as typed in spreadsheets.
_KINDS.update(
    {
        "м": SettlementKind.CITY,
        "смт": SettlementKind.SETTLEMENT,
        "смт.": SettlementKind.SETTLEMENT,
        "селище міського типу": SettlementKind.SETTLEMENT,
        "с": SettlementKind.VILLAGE,
    }
)
