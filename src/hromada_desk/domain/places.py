"""Names of places and councils: the oblast and rayon as the file keeps them, a council's
forms, and the Ukrainian alphabetical order of names."""

from __future__ import annotations

from dataclasses import dataclass

from hromada_desk.domain.records import SettlementKind

# The kind of council as an adjective, and its genitive.
_KIND_GENITIVE = {"сільська": "сільської", "селищна": "селищної", "міська": "міської"}
# The kind of council from the kind of the community's centre: місто → міська рада.
COUNCIL_KINDS = {
    SettlementKind.CITY: "міська",
    SettlementKind.SETTLEMENT: "селищна",
    SettlementKind.VILLAGE: "сільська",
}
# Names whose genitive ends in -ої: «Ланнівська», «Новоселицька», «Ужгородська»,
# «Кам’янець-Подільська» (-ська, -цька, -зька), and the few communities named by another
# adjective: «Мельнична», «Ботанічна», «Цілинна», «Ювілейна», «Садова», «Квітнева».
_REGULAR_ENDINGS = ("ська", "цька", "зька")
_OTHER_ADJECTIVE_ENDINGS = ("ична", "ічна", "инна", "ейна", "ова", "ева")
# Ukrainian alphabetical order; Python's code-point order puts І, Ї, Є, Ґ after Я.
_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_LETTER_RANK = {ch: 1000 + i for i, ch in enumerate(_ALPHABET)}
_IGNORED_IN_ORDER = "'’ʼ"


def oblast_name(text: str) -> str:
    """The oblast as the file keeps it: «Полтавська область» → «Полтавська»."""
    return _without_word(text, ("область", "обл."))


def rayon_name(text: str) -> str:
    """The rayon as the file keeps it: «Полтавський район» → «Полтавський»."""
    return _without_word(text, ("район", "р-н"))


def _without_word(text: str, words: tuple[str, ...]) -> str:
    parts = text.split()
    if len(parts) > 1 and parts[-1].lower() in words:
        parts.pop()
    return " ".join(parts)


def ukrainian_order(text: str) -> tuple[tuple[int, ...], str]:
    """A sort key in Ukrainian alphabetical order («Верхня Ланна» … «Чалівка»; ґ after г,
    є after е, і ї after и), apostrophes not counted."""
    ranks = tuple(
        _LETTER_RANK.get(ch, ord(ch) if ord(ch) < 1000 else 10_000 + ord(ch))
        for ch in text.casefold()
        if ch not in _IGNORED_IN_ORDER
    )
    return ranks, text


@dataclass(frozen=True, slots=True)
class NameProposal:
    """The names derived from a council's name, for the person to check."""

    council_name_genitive: str
    executive_committee: str
    community_name: str


@dataclass(frozen=True, slots=True)
class OfficialNames:
    """A community's official names proposed from its own name and the kind of its council."""

    council_name: str  # «Ланнівська сільська рада»
    council_name_genitive: str  # «Ланнівської сільської ради»; "" for an irregular name
    executive_committee: str  # «Виконавчий комітет Ланнівської сільської ради»; "" likewise
    community_name: str  # «Ланнівська сільська територіальна громада»


def official_names(own_name: str, council_kind: str) -> OfficialNames:
    """«Ланнівська» and «сільська» → the council, its genitive, its executive committee and the
    community, as ``propose_names`` forms them; the genitive forms are left empty (for the
    person to type) when the name is not of the regular shape («Асканія-Нова»)."""
    if council_kind not in _KIND_GENITIVE:
        raise ValueError(f"not a kind of council: {council_kind!r}")
    own = " ".join(own_name.split())
    council = f"{own} {council_kind} рада"
    proposal = propose_names(council)
    return OfficialNames(
        council_name=council,
        council_name_genitive=proposal.council_name_genitive if proposal else "",
        executive_committee=proposal.executive_committee if proposal else "",
        community_name=f"{own} {council_kind} територіальна громада",
    )


def own_name(name: str) -> str:
    """The community's own name in its council's or its own official name: «Ланнівська
    сільська рада», «Ланнівська сільська територіальна громада» → «Ланнівська»; "" when the
    name has no kind of council in it."""
    words = name.split()
    for number, word in enumerate(words):
        if word.casefold() in _KIND_GENITIVE and number > 0:
            return " ".join(words[:number])
    return ""


def propose_names(council: str) -> NameProposal | None:
    """«Ланнівська сільська рада» → «Ланнівської сільської ради», its executive committee and
    «Ланнівська сільська територіальна громада»; None when the name is not of that regular
    shape (then the person types the forms)."""
    words = council.split()
    if len(words) < 3 or words[-1] != "рада" or words[-2] not in _KIND_GENITIVE:
        return None
    own = words[:-2]
    if not all(_is_regular_adjective(word) for word in own):
        return None
    genitive = " ".join([*(word[:-1] + "ої" for word in own), _KIND_GENITIVE[words[-2]], "ради"])
    return NameProposal(
        council_name_genitive=genitive,
        executive_committee=f"Виконавчий комітет {genitive}",
        community_name=" ".join([*own, words[-2], "територіальна громада"]),
    )


def _is_regular_adjective(word: str) -> bool:
    capitalised = all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
    endings = _REGULAR_ENDINGS if "-" in word else _REGULAR_ENDINGS + _OTHER_ADJECTIVE_ENDINGS
    return capitalised and any(word.endswith(e) and len(word) > len(e) for e in endings)
