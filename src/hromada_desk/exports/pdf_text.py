"""Text for reportlab paragraphs: escaped markup, and words too wide for a column broken
where a reader expects (after a hyphen or slash, else between letters)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from hromada_desk.domain.typography import as_printed
from hromada_desk.exports.protocol_text import word_pieces


def escape(text: str) -> str:
    """Text as paragraph markup, as a document prints it (``typography.as_printed``:
    without a byte order mark pasted from a web page, a non-breaking hyphen as a hyphen)."""
    return as_printed(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fitted(text: str, style: ParagraphStyle, width: float) -> str:
    """Markup in which a word wider than the column breaks after its own hyphen or slash,
    else between letters, rather than running over the cell's edge."""
    words = []
    for word in as_printed(text).split(" "):
        if stringWidth(word, style.fontName, style.fontSize) <= width:
            words.append(escape(word))
            continue
        lines, current = [], ""
        for piece in word_pieces(word):
            for part in (
                [piece]
                if stringWidth(piece, style.fontName, style.fontSize) <= width
                else list(piece)
            ):
                if current and stringWidth(current + part, style.fontName, style.fontSize) > width:
                    lines.append(current)
                    current = part
                else:
                    current += part
        lines.append(current)
        words.append("<br/>".join(escape(line) for line in lines))
    return " ".join(words)


# reportlab hyphenates only words made of the letters it lists, and its list has the Russian
# alphabet without і, ї, є, ґ and the apostrophe: hardly a Ukrainian word would qualify.
_UKRAINIAN_LETTERS = "іїєґІЇЄҐ\u2019"
_MIN_PART = 2  # letters on either side of a break


def _allow_ukrainian_letters() -> None:
    from reportlab.platypus import paragraph

    letters = paragraph._hy_letters
    if _UKRAINIAN_LETTERS[0] in letters:
        return
    paragraph._hy_letters = letters + _UKRAINIAN_LETTERS
    paragraph._hy_letters_pat = re.compile(f"^[{paragraph._hy_letters}]+$")
    paragraph._hy_shy_letters_pat = re.compile(f"^[{paragraph._hy_shy}{paragraph._hy_letters}]+$")


@functools.cache
def ukrainian_hyphenator() -> Callable[[str], list[tuple[str, str]]]:
    """Where reportlab may break a word at a line's end (pyphen's Ukrainian patterns), as
    (head, tail) pairs, the longest head first. Names and other capitalised words are not
    hyphenated; neither part is shorter than two letters, a soft sign never begins the second
    line, and the apostrophe stays between the letters it stands between (суб’єк-тів, never
    су-б’єктів)."""
    import pyphen

    _allow_ukrainian_letters()
    dictionary = pyphen.Pyphen(lang="uk_UA", left=_MIN_PART, right=_MIN_PART)

    def pairs(word: str) -> list[tuple[str, str]]:
        if not word[:1].islower():
            return []
        return [
            (head, tail)
            for head, tail in dictionary.iterate(word)
            if not tail.startswith("ь") and not {"\u2019", "'"} & set(head[-1:] + tail[:2])
        ]

    return pairs
