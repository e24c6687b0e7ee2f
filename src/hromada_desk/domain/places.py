"""Names of places: as the community file keeps them (without «область» or «район»), as
documents print a settlement («с. Коржиха»), and in Ukrainian alphabetical order."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hromada_desk.domain.records import SettlementKind

# Ukrainian alphabetical order; Python's code-point order puts І, Ї, Є, Ґ after Я.
_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_LETTER_RANK = {ch: 1000 + i for i, ch in enumerate(_ALPHABET)}
_IGNORED_IN_ORDER = "'’ʼ"


def oblast_name(text: str) -> str:
    """The oblast as the file keeps it: «Полтавська область» → «Полтавська»."""
    return _without_word(text, ("область", "обл."))


def rayon_name(text: str) -> str:
    """The rayon as the file keeps it: «Полтавський район» → «Полтавський»."""
    return _without_word(text, ("район", "р-н"))


def _without_word(text: str, words: tuple[str, ...]) -> str:
    parts = text.split()
    if len(parts) > 1 and parts[-1].lower() in words:
        parts.pop()
    return " ".join(parts)


def settlement_label(name: str, kind: SettlementKind | None) -> str:
    """«с-ще Ланна», «с. Коржиха»: the kind's abbreviation and the name (the name alone
    where the kind is not known)."""
    return f"{kind.abbreviation} {name}" if kind is not None else name


def ukrainian_order(text: str) -> tuple[tuple[int, ...], str]:
    """A sort key in Ukrainian alphabetical order («Верхня Ланна» … «Чалівка»; ґ after г,
    є after е, і ї after и), apostrophes not counted."""
    ranks = tuple(_LETTER_RANK.get(ch, ord(ch) if ord(ch) < 1000 else 10_000 + ord(ch))
                  for ch in text.casefold() if ch not in _IGNORED_IN_ORDER)
    return ranks, text
