"""The records a coordination council keeps, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hromada_desk.domain import limits
from hromada_desk.domain.council_body import CouncilBody

# Kept here too because the records and their users have always taken them from here.
MIN_YEAR = limits.MIN_YEAR
MAX_YEAR = limits.MAX_YEAR
MAX_POPULATION = limits.MAX_POPULATION


class SettlementKind(StrEnum):
    CITY = "city"
    SETTLEMENT = "settlement"
    VILLAGE = "village"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def abbreviation(self) -> str:
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    SettlementKind.CITY: ("місто", "м."),
    SettlementKind.SETTLEMENT: ("селище", "с-ще"),
    SettlementKind.VILLAGE: ("село", "с."),
}


def settlement_label(name: str, kind: SettlementKind | None) -> str:
    """«с-ще Ланна», «с. Коржиха»: the kind's abbreviation and the name (the name alone
    where the kind is not known), as every document and page shows a settlement."""
    return f"{kind.abbreviation} {name}" if kind is not None else name


@dataclass(slots=True)
class Community:
    name: str
    council_name: str
    council_name_genitive: str
    executive_committee: str
    oblast: str = ""
    rayon: str = ""
    katottg: str | None = None  # the codifier's code; None: not linked to the codifier
    council_body: CouncilBody = CouncilBody.COORDINATION_COUNCIL  # whose meetings these are

    @property
    def region(self) -> str:
        """«Полтавська область, Полтавський район» (either part may be unknown)."""
        parts = []
        if self.oblast:
            parts.append(f"{self.oblast} область")
        if self.rayon:
            parts.append(f"{self.rayon} район")
        return ", ".join(parts)


@dataclass(slots=True)
class Settlement:
    name: str
    kind: SettlementKind = SettlementKind.VILLAGE
    admin_center: bool = False
    area_km2: float | None = None
    starosta_district: str = ""
    distance_km: float | None = None
    archived: bool = False
    id: int | None = None
    katottg: str | None = None  # the codifier's code; None: not in the codifier (or not linked)

    @property
    def display_name(self) -> str:
        """«с-ще Ланна», «с. Коржиха»."""
        return settlement_label(self.name, self.kind)


@dataclass(slots=True)
class Population:
    """The population of one settlement on 1 January of a year."""

    settlement_id: int
    year: int
    total: int
    men: int | None = None
    women: int | None = None
    children: int | None = None

    @property
    def breakdown(self) -> tuple[int | None, int | None, int | None]:
        return (self.men, self.women, self.children)


def reporting_year(today_year: int) -> int:
    """The year a council reports on: the last complete one, whose counts are all in (the
    population is the one on 1 January of that year)."""
    return today_year - 1


def proposed_year(years: list[int], today_year: int) -> int:
    """The year a «new year» starts at: the year being reported if it has no figures yet,
    else the current year, else the one after the last; never past MAX_YEAR."""
    for year in (reporting_year(today_year), today_year):
        if year not in years:
            return min(year, MAX_YEAR)
    return min(max(years) + 1, MAX_YEAR)
