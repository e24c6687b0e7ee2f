"""A population and a settlement's figures for a year: the one shape every document takes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from hromada_desk.domain.needs import SettlementFigure
from hromada_desk.domain.records import Population, SettlementKind


@dataclass(frozen=True, slots=True)
class Headcount:
    """A population in total, and by men, women and children where they are known."""

    total: int
    men: int | None = None
    women: int | None = None
    children: int | None = None

    @classmethod
    def of(cls, record: Population) -> Headcount:
        return cls(record.total, record.men, record.women, record.children)

    def parts(self) -> tuple[int, int | None, int | None, int | None]:
        """Total, men, women, children: the order of the documents' columns."""
        return (self.total, self.men, self.women, self.children)


class Counted(Protocol):
    """A population's figures as a Headcount or a Population record holds them."""

    @property
    def total(self) -> int: ...
    @property
    def men(self) -> int | None: ...
    @property
    def women(self) -> int | None: ...
    @property
    def children(self) -> int | None: ...


def total_of(headcounts: Iterable[Counted | None]) -> Headcount | None:
    """The sum of several populations (Headcounts, or Population records as they are read:
    a consolidation sums a year of each file's settlements without copying them first); a
    part is summed only where some have it (None when none is given at all)."""
    present = [h for h in headcounts if h is not None]
    if not present:
        return None

    def part(values: list[int | None]) -> int | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    return Headcount(
        sum(h.total for h in present),
        part([h.men for h in present]),
        part([h.women for h in present]),
        part([h.children for h in present]),
    )


@dataclass(frozen=True, slots=True)
class SettlementYear:
    """One settlement in one year: what the calculation reads and what documents print
    besides (its kind, the breakdown of its population, its area).

    ``kind`` is None where a hand-written document names a kind the program does not know:
    the settlement is then printed by its name alone."""

    name: str
    kind: SettlementKind | None
    headcount: Headcount
    admin_center: bool = False
    starosta_district: str = ""
    area_km2: float | None = None

    @property
    def figure(self) -> SettlementFigure:
        """The settlement as the needs calculation reads it."""
        return SettlementFigure(
            self.name, self.headcount.total, self.admin_center, self.starosta_district
        )
