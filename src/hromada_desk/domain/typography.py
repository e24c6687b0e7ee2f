"""Ukrainian typesetting of what people type, for documents: one apostrophe (’), one dash
(–), «№ 658» with a no-break space, and no-break spaces where a line must not break
(«Удовиченко К.О.», «10 тис.», «с. Коржиха», «30.06.2023 року», after «в», «з», «і»…).

Applied when a document is written, never to the stored text: the person's words stay as
typed, the document shows them typeset.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
APOSTROPHE = "\u2019"
DASH = "\u2013"
# Characters that take no room and mean nothing in a Ukrainian document, which text copied
# from web pages, e-mails and PDFs brings along unseen: zero-width spaces and joiners,
# direction marks and embeddings, the word joiner, invisible operators, the byte order mark.
# Many fonts have no glyph for them; a document leaves them out. (The soft hyphen, U+00AD,
# is not among them: it marks where a word may break.)
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Characters a document draws as another that looks the same. The non-breaking hyphen (Word's
# Ctrl+Shift+Minus, as in a hotline's number «0‑800‑500‑335») is in neither Liberation Serif
# nor older Times New Roman: the hyphen-minus, at which reportlab does not break a line either.
DRAWN_AS = {"\u2011": "-"}
# Line breaks other programs put in a text: Word's manual line break (Shift+Enter) is a
# vertical tab, its page break a form feed; Unicode's next line, line and paragraph separators.
LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"
# The other control characters (but the tab, the line feed and the carriage return): no
# document shows them, and XML (a workbook, a DOCX) refuses most of them.
CONTROLS = "".join(
    chr(c) for c in (*range(0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)) if c != 0x85
)
_PLAIN = {**dict.fromkeys(LINE_BREAKS, "\n"), **dict.fromkeys(CONTROLS)}
_PLAIN_TEXT = str.maketrans(_PLAIN)
_NOT_PLAIN = re.compile("[" + re.escape(LINE_BREAKS + CONTROLS) + "]")
_AS_PRINTED = str.maketrans({**_PLAIN, **dict.fromkeys(INVISIBLE), **DRAWN_AS})

_LETTER = r"[^\W\d_]"
_UPPER = "А-ЯІЇЄҐA-Z"
# Apostrophe-like characters between two letters: суб'єкт, сім`я, пʼять, м‘ясо.
_APOSTROPHES = re.compile(rf"(?<={_LETTER})['`\u02bc\u2018\u00b4\u2032](?={_LETTER})")
# A hyphen, en or em dash (or two hyphens) with a space on at least one side, between words:
# «органи - місцеві», «(далі- Методика)», «практики- сімейний». A hyphen joined on both sides
# (с-ще, 2229-VIII, соціально-психологічної) is a hyphen and stays.
_DASHES = re.compile(r"(?<=\S)(?: +(?:--|[-\u2013\u2014]) *|(?:--|[-\u2013\u2014]) +)(?=\S)")
_LEADING_DASH = re.compile(r"^(?:--|[-\u2013\u2014])\s+")
_NUMBER_SIGN = re.compile(r"№\s*(?=[\dIVXLCDM])")
_NUMBER_SIGNS = re.compile(r"№№\s*(?=\d)")
# The initials and the surname: «Удовиченко К.О.», «Удовиченко К. О.», «К.О. Удовиченко».
_INITIALS_AFTER = re.compile(rf"(?<={_LETTER}) (?=[{_UPPER}]\.(?:[ -]?[{_UPPER}]\.)?)")
_INITIALS_SPACED = re.compile(rf"(?<=\b[{_UPPER}]\.) (?=[{_UPPER}]\.)")
_INITIALS_BEFORE = re.compile(
    rf"(\b[{_UPPER}]\.(?:[ \u00a0]?[{_UPPER}]\.)?) (?=[{_UPPER}]{_LETTER})"
)
# A number and what it counts or measures: «10 тис.», «2 осіб», «7 070», «30.06.2023 року».
_UNITS = (
    "тис",
    "млн",
    "млрд",
    "грн",
    "коп",
    "км",
    "км²",
    "м",
    "га",
    "осіб",
    "особи",
    "особа",
    "р",
    "рік",
    "року",
    "роки",
    "років",
    "рр",
    "%",
    "год",
    "хв",
    "доби",
    "діб",
    "місяців",
    "випадків",
    "випадки",
    "випадок",
)
_NUMBER_UNIT = re.compile(
    r"(?<=\d) (?=(?:" + "|".join(re.escape(u) for u in _UNITS) + r")(?![\w]))"
)
_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3})(?: (\d{3}))+(?![\d])")
# Abbreviations that stand before the word or number they belong to.
_ABBREVIATIONS = re.compile(
    r"(?<![\w-])(с|м|смт|с-ще|ст|ч|п|пп|пт|вул|буд|кв|обл|р-н|рис|табл"
    r"|розд|гл|т|тт|абз)\. |(?<![\w-])с-ще ",
    re.IGNORECASE,
)
# One-letter words do not end a line (в, у, з, і, й, а, о, я).
_SHORT_WORD = re.compile(r"(?<![\w’'-])([вузійаоя]) ", re.IGNORECASE)


def _thousands(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def normalise(text: str) -> str:
    """One apostrophe, one dash (en dash between spaces), «№ 1» (no-break space)."""
    text = _APOSTROPHES.sub(APOSTROPHE, text)
    text = _DASHES.sub(f" {DASH} ", text)
    text = _LEADING_DASH.sub(f"{DASH} ", text)
    text = _NUMBER_SIGNS.sub(f"№№{NBSP}", text)
    return _NUMBER_SIGN.sub(f"№{NBSP}", text)


def no_break_spaces(text: str) -> str:
    """No-break spaces where Ukrainian typesetting wants the two sides on one line."""
    text = _INITIALS_SPACED.sub(NBSP, text)
    text = _INITIALS_AFTER.sub(NBSP, text)
    text = _INITIALS_BEFORE.sub(lambda m: m.group(1) + NBSP, text)
    text = _THOUSANDS.sub(_thousands, text)
    text = _NUMBER_UNIT.sub(NBSP, text)
    text = _ABBREVIATIONS.sub(lambda m: m.group(0)[:-1] + NBSP, text)
    text = _SHORT_WORD.sub(lambda m: m.group(1) + NBSP, text)
    return text.replace(f" {DASH} ", f"{NBSP}{DASH} ")


def plain_text(text: str) -> str:
    """The text with the LINE_BREAKS of other programs as line feeds and without the other
    CONTROLS: a manual line break pasted from Word is a line break, not a character a
    workbook refuses or a font has no glyph for."""
    return text.translate(_PLAIN_TEXT) if _NOT_PLAIN.search(text) else text


def as_printed(text: str) -> str:
    """The text as a document prints it: ``plain_text``, without the INVISIBLE characters,
    and those DRAWN_AS another as that one."""
    return text.translate(_AS_PRINTED)


def typeset(text: str) -> str:
    """``normalise`` and then ``no_break_spaces``: a paragraph as a document prints it."""
    return no_break_spaces(normalise(text))
