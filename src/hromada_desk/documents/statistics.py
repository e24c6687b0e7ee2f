"""The statistics workbook's data, its needs calculations already done."""

from __future__ import annotations

from dataclasses import dataclass, field

from hromada_desk.documents.figures import Headcount
from hromada_desk.domain.needs import NeedsResult
from hromada_desk.domain.records import SettlementKind


@dataclass(frozen=True, slots=True)
class PopulationRow:
    """One line of the population sheet: a settlement by year (a year without figures is
    absent)."""

    name: str
    kind: SettlementKind
    by_year: dict[int, Headcount]


@dataclass(frozen=True, slots=True)
class StatisticsData:
    community: str
    council: str
    region: str
    years: tuple[int, ...]
    population: tuple[PopulationRow, ...]
    indicators: dict[int, dict[str, int]]
    existing: dict[int, dict[str, int]]
    results: dict[int, NeedsResult] = field(default_factory=dict)
    # why a year has no calculation (no population, an indicator missing)
    problems: dict[int, str] = field(default_factory=dict)
