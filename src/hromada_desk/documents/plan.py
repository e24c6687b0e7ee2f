"""An action plan's execution report for one period, and the period as reports store it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from hromada_desk.domain.parsing import shown
from hromada_desk.domain.plans import ActionPlan, MeasureReport
from hromada_desk.errors import InputError

_PERIOD = re.compile(r"([0-9]{4})(?:-[QqКк]([1-4]))?")  # «²⁰²⁴», «٢٠٢٤» are not years


def parse_period(text: str, plan: ActionPlan) -> str:
    """«2024» or «2024-Q1» within the plan's years, as the reports store it."""
    found = _PERIOD.fullmatch(text.strip())
    if found is None:
        raise InputError(
            f"Звітний період вказують як РІК або РІК-QКВАРТАЛ, наприклад 2024 або "
            f"2024-Q1, а не «{shown(text)}»."
        )
    year = int(found.group(1))
    if not plan.period_start <= year <= plan.period_end:
        raise InputError(f"Період {shown(text.strip())} поза строком плану ({plan.period}).")
    return f"{year}-Q{found.group(2)}" if found.group(2) else str(year)


# The plan's own document is the domain's ActionPlan: it is already finished, typed data.
@dataclass(frozen=True, slots=True)
class PlanReport:
    plan: ActionPlan
    period: str  # «2024», «2024-Q1» (see ``parse_period``)
    reports: Mapping[int, MeasureReport]  # by measure id; a measure without one: no report
