"""The domain's rules in front of every write: a record that breaks one (a name too long, a
population above 10 000 000, a date before 1990) is refused with its field named, before
SQL sees it. The schema's CHECK constraints stay behind it as the last line."""

from __future__ import annotations

from collections.abc import Iterable

from hromada_desk.domain.validation import Finding, errors
from hromada_desk.errors import StorageError

SHOWN = 3  # the first few problems; the rest are counted


def refuse_invalid(findings: Iterable[Finding]) -> None:
    problems = errors(findings)
    if not problems:
        return
    shown = "; ".join(
        f"{f.subject}: {f.message}" if f.subject else f.message for f in problems[:SHOWN])
    more = f" (і ще {len(problems) - SHOWN})" if len(problems) > SHOWN else ""
    raise StorageError(f"Не записано: {shown}{more}. Файл не змінено.",
                       "Виправте значення й повторіть.")
