"""Names of places as the community file keeps them: without the word «область» or «район»."""

from __future__ import annotations


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
