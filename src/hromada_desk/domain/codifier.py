"""The official codifier (КАТОТТГ) as shipped: its units by code, found by a few letters."""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from hromada_desk.domain.parsing import name_key, parse_katottg
from hromada_desk.domain.places import COUNCIL_KINDS, OfficialNames, official_names
from hromada_desk.domain.records import SettlementKind

# The compact form packaging/build_codifier.py makes from the official CSV (its docstring
# describes the format), and where the program finds it among its resources.
FORMAT = "hromada-desk/katottg/1"
RESOURCE = ("katottg", "katottg.txt.gz")
_CODE_LENGTH = 19
_OWN_DIGITS = 9  # «UA», oblast, rayon and community: what a settlement's code shares


class Level(StrEnum):
    OBLAST = "oblast"
    RAYON = "rayon"
    COMMUNITY = "community"


_LEVELS = {"O": Level.OBLAST, "P": Level.RAYON, "H": Level.COMMUNITY}
_PARENT_LEVEL = {"O": None, "P": "O", "H": "P"}
_KINDS = {"M": SettlementKind.CITY, "X": SettlementKind.SETTLEMENT, "C": SettlementKind.VILLAGE}


@dataclass(frozen=True, slots=True)
class Unit:
    """An oblast (or the Autonomous Republic of Crimea), a rayon or a territorial community."""

    code: str
    name: str  # as the codifier writes it: «Полтавська», «Полтавський», «Ланнівська»
    level: Level
    parent: str = ""  # the code of its oblast or rayon
    oblast: str = ""  # the names of the oblast and the rayon it lies in
    rayon: str = ""

    @property
    def title(self) -> str:
        """«Полтавська область», «Полтавський район», «Ланнівська територіальна громада»."""
        if self.level is Level.OBLAST:
            return self.name if " " in self.name else f"{self.name} область"
        if self.level is Level.RAYON:
            return f"{self.name} район"
        return f"{self.name} територіальна громада"

    @property
    def label(self) -> str:
        """The title with where it lies: «Ланнівська територіальна громада, Полтавський район,
        Полтавська область»."""
        parts = [self.title]
        if self.rayon:
            parts.append(f"{self.rayon} район")
        if self.oblast:
            parts.append(self.oblast if " " in self.oblast else f"{self.oblast} область")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class CodifiedSettlement:
    code: str
    name: str
    kind: SettlementKind

    @property
    def display_name(self) -> str:
        """«с-ще Ланна»."""
        return f"{self.kind.abbreviation} {self.name}"


@dataclass(frozen=True, slots=True)
class CodifiedCommunity:
    """A territorial community with its settlements, as the codifier's ``edition`` lists them
    (the administrative centre first)."""

    unit: Unit
    settlements: tuple[CodifiedSettlement, ...]
    edition: str

    @property
    def code(self) -> str:
        return self.unit.code

    @property
    def centre(self) -> CodifiedSettlement:
        """The administrative centre proposed: the codifier lists it first (number 001)."""
        return self.settlements[0]

    @property
    def council_kind(self) -> str:
        """сільська, селищна or міська, from the kind of its centre."""
        return COUNCIL_KINDS[self.centre.kind]

    def names(self, council_kind: str | None = None) -> OfficialNames:
        """The official names proposed: «Ланнівська сільська рада» and the rest; the kind of
        council from the centre's kind unless given."""
        return official_names(self.unit.name, council_kind or self.council_kind)


class Codifier:
    """One edition of the codifier: oblasts, rayons and communities read at once, a
    community's settlements only when it is asked for."""

    def __init__(self, text: str) -> None:
        self._lines = text.split("\n")
        head = self._lines[0].split("\t")
        if len(head) != 2 or head[0] != FORMAT:
            raise ValueError(f"not a codifier of format {FORMAT}: {self._lines[0][:60]!r}")
        self.edition = head[1]
        self.units: list[Unit] = []
        self._by_code: dict[str, Unit] = {}
        self._spans: dict[str, tuple[int, int]] = {}  # community → its settlement lines
        self._children: dict[str, list[Unit]] = {}
        self._by_prefix: dict[str, str] = {}  # a community's code by its first digits
        self._centres: dict[str, str] = {}  # a community's centre's name
        self._read_units()
        self._index: list[tuple[Unit, list[str], list[str], list[str]]] | None = None
        self._named: dict[str, list[Unit]] | None = None

    def _read_units(self) -> None:
        current: dict[str, Unit] = {}  # the last oblast and rayon seen, by letter
        number = 1
        while number < len(self._lines):
            line = self._lines[number]
            number += 1
            if not line:
                continue
            letter = line[0]
            digits, _, rest = line[1:].partition("\t")
            parent_letter = _PARENT_LEVEL.get(letter, "?")
            if parent_letter == "?" or not rest:
                raise ValueError(f"codifier line {number}: {line[:60]!r}")
            parent = current.get(parent_letter) if parent_letter else None
            code = _code(parent.code if parent else "UA", digits)
            name, _, count = rest.partition("\t")
            oblast = current.get("O")
            unit = Unit(
                code,
                name,
                _LEVELS[letter],
                parent.code if parent else "",
                oblast.name if oblast and letter != "O" else "",
                current["P"].name if letter == "H" else "",
            )
            current[letter] = unit
            self.units.append(unit)
            self._by_code[code] = unit
            if parent is not None:
                self._children.setdefault(parent.code, []).append(unit)
            if letter == "H":
                self._spans[code] = (number, int(count))
                self._by_prefix[code[:_OWN_DIGITS]] = code
                if int(count) and number < len(self._lines):
                    self._centres[code] = self._lines[number].partition("\t")[2]
                number += int(count)

    @property
    def title(self) -> str:
        """What the program shows wherever it uses the codifier: «КАТОТТГ від 16.05.2025»."""
        return f"КАТОТТГ від {self.edition}"

    def unit(self, code: str) -> Unit | None:
        """The oblast, rayon or community of ``code`` (as people type it), or None."""
        normal = parse_katottg(code)
        return self._by_code.get(normal) if normal else None

    def community(self, code: str) -> CodifiedCommunity | None:
        """The community of ``code`` with its settlements; None for any other code."""
        unit = self.unit(code)
        if unit is None or unit.level is not Level.COMMUNITY:
            return None
        start, count = self._spans[unit.code]
        settlements = []
        for line in self._lines[start : start + count]:
            digits, _, name = line[1:].partition("\t")
            settlements.append(CodifiedSettlement(_code(unit.code, digits), name, _KINDS[line[0]]))
        return CodifiedCommunity(unit, tuple(settlements), self.edition)

    def settlement(self, code: str) -> tuple[CodifiedSettlement, Unit] | None:
        """The settlement of ``code`` and its community, or None."""
        normal = parse_katottg(code)
        # a settlement's code begins with its community's oblast, rayon and community digits
        community = (
            self.community(self._by_prefix.get(normal[:_OWN_DIGITS], "")) if normal else None
        )
        if community is None:
            return None
        found = [s for s in community.settlements if s.code == normal]
        return (found[0], community.unit) if found else None

    def all_communities(self) -> Iterator[CodifiedCommunity]:
        """Every community with its settlements, in the codifier's order."""
        for code in self._spans:
            community = self.community(code)
            if community is not None:
                yield community

    def communities(self, code: str) -> list[Unit]:
        """The communities of an oblast or a rayon (a community: itself), in the codifier's
        order; [] for an unknown code."""
        unit = self.unit(code)
        if unit is None:
            return []
        if unit.level is Level.COMMUNITY:
            return [unit]
        return [
            c
            for child in self._children.get(unit.code, [])
            for c in (self._children.get(child.code, []) if child.level is Level.RAYON else [child])
        ]

    def communities_named(self, name: str) -> list[Unit]:
        """The communities whose name is ``name`` as compared (``name_key``), in the
        codifier's order: the keys are made once an edition, not once a question."""
        if self._named is None:
            self._named = {}
            for unit in self.units:
                if unit.level is Level.COMMUNITY:
                    self._named.setdefault(name_key(unit.name), []).append(unit)
        return list(self._named.get(name_key(name), ()))

    def search(self, text: str, limit: int = 100) -> list[Unit]:
        """Oblasts, rayons and communities for what a person types: a few letters of a name
        (case, apostrophes, Latin look-alike letters and the adjective's ending do not matter:
        «ланн», «Ланнiвської» find «Ланнівська»), words naming the oblast or rayon too
        («миколаївська одеська»), a community's centre («Біла Церква» finds
        «Білоцерківська»), or the beginning of a code. Best first: the kind of unit named
        («район»), then the whole name, its beginning, a later word of it, the centre's name;
        oblasts before rayons before communities; else in the codifier's order."""
        compact = "".join(text.split()).upper()
        if re.fullmatch(r"UA[0-9]{1,17}", compact):
            return self._by_code_prefix(compact, limit)
        words, levels = query_words(text)
        if not words:
            return []
        found: list[tuple[tuple[bool, int, int, int], Unit]] = []
        for order, (unit, own, around, centre) in enumerate(self._search_index()):
            rank = _rank(words, own, around)
            if rank is None and centre and _rank(words, centre, around) is not None:
                rank = 3
            if rank is not None:
                named = not levels or unit.level in levels
                found.append(((not named, rank, list(Level).index(unit.level), order), unit))
        found.sort(key=lambda pair: pair[0])
        return [unit for _, unit in found[:limit]]

    def _by_code_prefix(self, prefix: str, limit: int) -> list[Unit]:
        units = [u for u in self.units if u.code.startswith(prefix)]
        if not units and len(prefix) == _CODE_LENGTH:
            found = self.settlement(prefix)
            units = [found[1]] if found else []
        return units[:limit]

    def _search_index(self) -> list[tuple[Unit, list[str], list[str], list[str]]]:
        if self._index is None:
            around = functools.cache(_words)  # a few hundred rayons and oblasts, once each
            self._index = [
                (
                    unit,
                    _words(unit.name),
                    around(f"{unit.rayon} {unit.oblast}"),
                    _words(self._centres.get(unit.code, "")),
                )
                for unit in self.units
            ]
        return self._index


def _code(parent: str, digits: str) -> str:
    """A code from its parent's and the digits of its own line (see FORMAT)."""
    code = parent[: _CODE_LENGTH - len(digits)] + digits
    if len(code) != _CODE_LENGTH or not digits.isascii() or not digits.isdigit():
        raise ValueError(f"codifier code {digits!r} under {parent!r}")
    return code


# -- matching what is typed ------------------------------------------------------------------

# Words that say what kind of unit is meant, not which («Полтавський район», «Ланнівська
# сільська територіальна громада», «Полтавська обл.»): the units of the kind named come first.
_GENERIC: dict[str, Level | None] = {
    **dict.fromkeys(("область", "області", "обл", "обл."), Level.OBLAST),
    **dict.fromkeys(("район", "району", "р-н", "р-ну"), Level.RAYON),
    **dict.fromkeys(
        ("громада", "громади", "тг", "отг", "територіальна", "територіальної", "рада", "ради"),
        Level.COMMUNITY,
    ),
    **dict.fromkeys(
        (
            "сільська",
            "сільської",
            "селищна",
            "селищної",
            "міська",
            "міської",
            "м.",
            "с.",
            "с-ще",
            "смт",
        ),
        None,
    ),
}
# The endings of the adjectives and nouns that name units, in any case and gender: what is
# left (at least three letters) is compared with the beginning of a name's word.
_ENDING = re.compile("(?:ого|ому|ими|ій|ий|ої|ою|их|им|ім|а|е|є|і|ї|у|ю|я|о|и)$")
_SHORTEST_STEM = 3
_SPLIT = re.compile(r"[\s\-]+")


def stem(word: str) -> str:
    """A word of a name without its ending, for comparing: «ланнівської» → «ланнівськ»,
    «ланна» → «ланн»; a short word stays as it is."""
    cut = _ENDING.sub("", word, count=1)
    return cut if len(cut) >= _SHORTEST_STEM else word


def _words(name: str) -> list[str]:
    return [w for w in _SPLIT.split(name_key(name)) if w]


def query_words(text: str) -> tuple[list[str], set[Level]]:
    """The stems of what a person typed, without the words that only name a kind of unit;
    and the kinds of unit those words name."""
    parts = name_key(text).split()
    levels = {level for part in parts if (level := _GENERIC.get(part)) is not None}
    words = [stem(w) for part in parts if part not in _GENERIC for w in _SPLIT.split(part) if w]
    return words, levels


def _rank(words: list[str], own: list[str], around: list[str]) -> int | None:
    """How well ``words`` (stems) name a unit with the words ``own`` in its name and
    ``around`` in its rayon's and oblast's: 0 the whole name, 1 its beginning, 2 a later
    word of it; None when a word matches nothing or no word matches the unit's own name."""
    on_own: list[str] = []
    first = False
    for word in words:
        positions = [i for i, w in enumerate(own) if w.startswith(word)]
        if positions:
            on_own.append(word)
            first = first or positions[0] == 0
        elif not any(w.startswith(word) for w in around):
            return None
    if not on_own:
        return None
    if on_own == [stem(w) for w in own]:
        return 0
    return 1 if first else 2


@functools.cache
def shipped() -> Codifier:
    """The edition shipped with the program, read on first use (never on the way to the
    window: about 0.3 MB to decompress and 2,000 units to read)."""
    from hromada_desk.resources import resource

    return Codifier(gzip.decompress(resource(*RESOURCE).read_bytes()).decode("utf-8"))
