"""The rayon's consolidation: communities' figures and calculations, files left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from hromada_desk.documents.figures import Headcount
from hromada_desk.domain.needs import NeedsInput, NeedsResult, ServiceResult
from hromada_desk.domain.parsing import shown

# A community's name as messages quote it: an official name is far shorter; only a
# hand-edited file comes near.
NAME_LIMIT = 300


@dataclass(frozen=True, slots=True)
class ServiceLine:
    """One service of a community's calculation, as the consolidation lists it: its figures
    without the working (kept for hundreds of files × ten years, they must stay small)."""

    label: str
    required: Fraction
    existing: int
    need: bool
    persons: int | None = None  # a service counted in persons (medical): how many

    @property
    def deficit(self) -> Fraction:
        return max(Fraction(0), self.required - self.existing)

    @classmethod
    def of(cls, service: ServiceResult) -> ServiceLine:
        persons = int(service.values["persons"]) if service.facts.counts_persons else None
        return cls(service.facts.label, service.required, service.existing, service.need, persons)


@dataclass(frozen=True, slots=True)
class CommunityYear:
    """One community's figures for one year (present only where the file has data)."""

    population: Headcount | None
    indicators: dict[str, int]
    existing: dict[str, int]
    services: tuple[ServiceLine, ...] | None = None  # the calculation; None: impossible
    problem: str = ""  # why there is no calculation


@dataclass(frozen=True, slots=True)
class CommunityData:
    name: str  # unique within the consolidation (a file name is added to a repeated name)
    file: str
    rayon: str
    oblast: str
    years: dict[int, CommunityYear]
    katottg: str = ""  # its codifier code: the file's own, else found by its names; "": none


@dataclass(frozen=True, slots=True)
class BadFile:
    path: Path
    problem: str

    def __str__(self) -> str:
        return f"{shown(self.path.name)}: {self.problem}"


@dataclass(frozen=True, slots=True)
class RayonYear:
    communities: int
    population: int
    input: NeedsInput | None
    result: NeedsResult | None
    problem: str = ""
    whole: bool = False  # every community of the rayon sent data: D is the rayon's population


@dataclass(frozen=True, slots=True)
class RayonCoverage:
    """A rayon's communities as the codifier lists them, and which of them sent data."""

    code: str
    name: str  # as the codifier writes it: «Полтавський»
    edition: str  # «КАТОТТГ від 16.05.2025»
    communities: tuple[tuple[str, str], ...]  # (code, title) of each, in the codifier's order
    sent: dict[int, frozenset[str]]  # year → the codes of those with data for it

    @property
    def genitive(self) -> str:
        """«Полтавського району» (every rayon's name is an adjective in -ий)."""
        name = self.name[:-2] + "ого" if self.name.endswith("ий") else self.name
        return f"{name} району"

    def missing(self, year: int) -> list[tuple[str, str]]:
        sent = self.sent.get(year, frozenset())
        return [(code, title) for code, title in self.communities if code not in sent]

    def complete(self, year: int) -> bool:
        return not self.missing(year)

    def sentence(self, year: int) -> str:
        """«Надійшли дані 1 з 24 громад Полтавського району» (for ``year``)."""
        count, total = len(self.communities) - len(self.missing(year)), len(self.communities)
        if count == total:
            every = "обох" if total == 2 else "єдиної" if total == 1 else f"всіх {total}"
            return f"Надійшли дані {every} громад{'и' if total == 1 else ''} {self.genitive}"
        return f"Надійшли дані {count} з {total} громад {self.genitive}"


@dataclass(frozen=True, slots=True)
class FileVersion:
    """A file and when it was last changed, as far as can be known."""

    path: Path
    changed: dt.datetime  # aware, to the second
    recorded: bool  # the change time the file records (False: the file system's date)

    @property
    def when(self) -> str:
        """«06.12.2026 12:46» in local time."""
        return self.changed.astimezone().strftime("%d.%m.%Y %H:%M")

    def described(self, label: Callable[[Path], str]) -> str:
        source = "за записом у файлі" if self.recorded else "за датою зміни файлу"
        return f"«{label(self.path)}» (змінено {self.when}, {source})"


@dataclass(frozen=True, slots=True)
class Replacement:
    """One community given in several files: the one taken and those left out."""

    community: str
    taken: FileVersion
    left_out: tuple[FileVersion, ...]

    def text(self, label: Callable[[Path], str]) -> str:
        """What was chosen, with the change dates; ``label`` names a file."""
        left = ", ".join(v.described(label) for v in self.left_out)
        return (
            f"Громаду «{shown(self.community, NAME_LIMIT)}» подано кількома файлами: "
            f"узято новіший {self.taken.described(label)}, не враховано {left}."
        )


@dataclass(frozen=True, slots=True)
class ConsolidatedData:
    rayon: str
    years: tuple[int, ...]
    communities: tuple[CommunityData, ...]
    rayon_years: dict[int, RayonYear]
    skipped: tuple[BadFile, ...] = ()
    duplicates: tuple[Path, ...] = ()  # the same file again, or an identical copy
    without_data: tuple[str, ...] = ()
    replaced: tuple[Replacement, ...] = ()  # one community in different files: newest taken
    coverage: tuple[RayonCoverage, ...] = ()  # the rayons of the communities, in the codifier
    not_in_codifier: tuple[str, ...] = ()  # communities the codifier does not know
    edition: str = ""  # the codifier's they were counted against
