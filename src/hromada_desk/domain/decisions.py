"""Whether what a protocol says about the need for services contradicts the calculation
attached to it: «відсутня потреба у створенні спеціалізованих служб» beside a calculation
that finds 11 counselling specialists needed and none existing.

The council decides, not the program: a contradiction is said to the person (in the
window, on the command line), never changed in the text nor printed in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from hromada_desk.domain.needs import NeedsResult

# Ways a text says there is no need («відсутня (соціальна) потреба», «потреби не виявлено»,
# «не створювати …»).
_NO_NEED = re.compile(
    r"відсутн\w*\s+(?:\w+\s+)?потреб\w*"
    r"|відсутн\w*\s+(?:\w+\s+)?необхідн\w*"
    r"|(?:немає|нема)\s+(?:\w+\s+)?потреб\w*"
    r"|потреб\w*\s+(?:\w+\s+){0,3}?(?:немає|нема|не\s+виявлено|не\s+встановлено)"
    r"|не\s+(?:виявлено|встановлено)\s+(?:\w+\s+)?потреб\w*"
    r"|не\s+створювати",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A service the calculation of ``year`` finds needed while the text says no need."""

    year: int
    service: str  # its name as documents print it
    required: Fraction
    existing: int
    phrase: str  # the words of the text that say there is no need


def says_no_need(text: str) -> str | None:
    """The words by which ``text`` says there is no need for services, or None."""
    found = _NO_NEED.search(" ".join(text.split()))
    return found.group(0) if found else None


def contradictions(texts: Iterable[str], results: Iterable[NeedsResult]) -> list[Contradiction]:
    """Each service found needed by ``results`` when one of ``texts`` says there is none."""
    phrase = next((p for p in (says_no_need(t) for t in texts) if p), None)
    if phrase is None:
        return []
    return [
        Contradiction(result.year, service.name, service.required, service.existing, phrase)
        for result in results
        for service in result.needed
    ]
