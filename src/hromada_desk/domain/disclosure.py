"""Small numbers kept out of sight in figures shared beyond the community: a count from 1 to
N-1 is shown as «<N», so that a case in a small village cannot be recognised."""

from __future__ import annotations


def suppressed(value: int | None, below: int | None) -> int | str | None:
    """``value`` as a shared table prints it with ``below`` (None or 0: nothing hidden)."""
    if value is not None and below and 0 < value < below:
        return f"<{below}"
    return value


def suppression_note(below: int | None) -> str:
    """What a table with hidden values says about them («» when nothing is hidden)."""
    return f"значення від 1 до {below - 1} приховано: «<{below}»" if below else ""
