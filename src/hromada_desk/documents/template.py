"""The fill-in template of a year's figures: its layout and its data, made and filled in."""

from __future__ import annotations

from dataclasses import dataclass

from hromada_desk.domain.parsing import shown
from hromada_desk.domain.records import SettlementKind

# Format 2 names each row by its settlement's name and kind; format 1 wrote the row ids of
# the file the template was made from, which mean nothing in another file: they are ignored.
TEMPLATE_FORMAT = "hromada-desk/шаблон-показників/2"
OLD_TEMPLATE_FORMATS = ("hromada-desk/шаблон-показників/1",)
# No community has this many settlements (all of Ukraine has about 28,000); a template with
# more rows is not made, so the importer can refuse a sheet with more before reading it.
MAX_TEMPLATE_PLACES = 20_000

# The layout is part of the document: the export writes it and the import reads it back, so
# both take it from here.
INSTRUCTIONS_SHEET = "Інструкція"
POPULATION_SHEET = "Населення"
INDICATORS_SHEET = "Показники"
MARKER_SHEET = "_hromada"  # hidden: the format, the community, the year, each row's settlement
HEADER_ROW = 3
FIRST_ROW = 4
POPULATION_COLUMNS = ("C", "D", "E", "F")  # усього, чоловіки, жінки, діти
PARTS = ("total", "men", "women", "children")  # what POPULATION_COLUMNS hold, in order
INDICATOR_COLUMN = "C"

# Every refusal of a filled template ends so: an import applies all of it or nothing.
NOTHING_CHANGED = "Нічого не змінено."


@dataclass(frozen=True, slots=True)
class TemplatePlace:
    """A settlement as a template lists it: what it is, never an id of one file."""

    name: str
    kind: SettlementKind
    code: str = ""


@dataclass(frozen=True, slots=True)
class TemplateData:
    """What a template is made from: the community, the year and its settlements in use."""

    community: str
    year: int
    places: tuple[TemplatePlace, ...]


@dataclass(frozen=True, slots=True)
class PlaceKey:
    """What says which settlement a template row is, in any file of the community: the
    codifier code where both the row and the settlement have one, else name and kind."""

    name: str
    kind: SettlementKind
    code: str = ""

    @property
    def label(self) -> str:
        """«Коржиха», с. (the name as the row shows it)."""
        return f"«{shown(self.name)}», {self.kind.abbreviation}"


@dataclass(frozen=True, slots=True)
class FilledCell:
    """One filled-in value, where it stands («Аркуш «Населення», C7») and whether it is the
    stored result of a formula."""

    value: int
    where: str
    formula: bool = False


@dataclass(frozen=True, slots=True)
class FilledRow:
    """One row of «Населення»: the settlement it names and what was filled in it."""

    sheet: str
    row: int
    place: PlaceKey
    cells: dict[str, FilledCell]

    @property
    def label(self) -> str:
        return f"рядок {self.row} ({self.place.label})"


@dataclass(frozen=True, slots=True)
class FilledTemplate:
    """What a person filled in; empty cells are absent and leave the stored value as it is."""

    community: str
    year: int
    rows: tuple[FilledRow, ...]
    indicators: dict[str, FilledCell]
