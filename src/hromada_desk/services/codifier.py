"""Communities known by their codifier codes: a community found by its code, a file linked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from hromada_desk.domain.codifier import CodifiedCommunity, CodifiedSettlement, Codifier, Level
from hromada_desk.domain.parsing import name_key, parse_katottg, shown
from hromada_desk.domain.places import oblast_name, own_name, rayon_name
from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.errors import InputError
from hromada_desk.services.edit import Edit, Writes
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile

FIND_HINT = "Код громади знаходять за кількома літерами її назви."
SHOWN_CANDIDATES = 3


def community_by_code(codifier: Codifier, text: str) -> CodifiedCommunity:
    """The community of the code ``text``, or InputError saying what the code is instead (not
    a code, unknown to this edition, a rayon's, an oblast's or a settlement's)."""
    code = parse_katottg(text)
    if code is None:
        raise InputError(
            f"«{shown(text)}» — не код КАТОТТГ: код має вигляд «UA» і 17 цифр.", FIND_HINT
        )
    community = codifier.community(code)
    if community is not None:
        return community
    unit = codifier.unit(code)
    if unit is not None:
        what = "область" if unit.level is Level.OBLAST else "район"
        raise InputError(
            f"Код {code} у {codifier.title} — {what} «{unit.label}», а не територіальна громада.",
            FIND_HINT,
        )
    found = codifier.settlement(code)
    if found is not None:
        settlement, of = found
        raise InputError(
            f"Код {code} у {codifier.title} — населений пункт "
            f"{settlement.display_name} ({of.title}, {of.code}), а не громада.",
            FIND_HINT,
        )
    raise InputError(f"Коду {code} немає в {codifier.title}.", FIND_HINT)


def community_of_file(codifier: Codifier, community: Community) -> CodifiedCommunity:
    """The file's community in the codifier: by the file's own code, else by its name (and
    oblast and rayon where the file names them); InputError when none or several fit."""
    if community.katottg:
        return community_by_code(codifier, community.katottg)
    own = own_name(community.council_name) or own_name(community.name)
    oblast, rayon = name_key(oblast_name(community.oblast)), name_key(rayon_name(community.rayon))
    candidates = [
        unit
        for unit in (codifier.communities_named(own) if own else [])
        if (not oblast or name_key(unit.oblast) == oblast)
        and (not rayon or name_key(unit.rayon) == rayon)
    ]
    if len(candidates) == 1:
        found = codifier.community(candidates[0].code)
        if found is not None:
            return found
    where = f"«{shown(community.name)}»"
    if not candidates:
        raise InputError(
            f"Громади {where} за назвою, областю й районом у {codifier.title} не "
            "знайдено; вкажіть її код (--katottg).",
            FIND_HINT,
        )
    listed = "; ".join(f"{u.code} ({u.label})" for u in candidates[:SHOWN_CANDIDATES])
    more = (
        f" і ще {len(candidates) - SHOWN_CANDIDATES}" if len(candidates) > SHOWN_CANDIDATES else ""
    )
    raise InputError(
        f"Громаді {where} у {codifier.title} відповідають {len(candidates)}: "
        f"{listed}{more}; вкажіть код (--katottg).",
        "Уточніть область і район громади або вкажіть код.",
    )


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A settlement of the file without a code of the community, and why."""

    settlement: Settlement
    reason: str

    def __str__(self) -> str:
        return f"{self.settlement.display_name}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LinkPlan:
    """What linking a file to its community in the codifier writes (and leaves to a person)."""

    community: CodifiedCommunity
    title: str  # the edition: «КАТОТТГ від 16.05.2025»
    codes: dict[int, str | None]  # settlement id → the code it gets
    matched: list[tuple[Settlement, CodifiedSettlement]]
    unmatched: list[Unmatched]  # for the person to resolve (their codes: none)
    missing: list[CodifiedSettlement]  # listed by the codifier, not in the file
    changes: bool  # whether any code differs from the file's


def plan_link(cf: CommunityFile, codifier: Codifier, code: str | None = None) -> LinkPlan:
    """Each settlement of the file matched to one of the community's in the codifier: by its
    code where it has one of the community, else by name and kind (case, apostrophes and
    spaces aside). A name the codifier lists twice with the kind, or lists with another kind,
    stays unmatched with the reason said. ``code``: the community's; by default the file's
    own, else found by the file's names."""
    community = community_repo.get_community(cf)
    if community is None:
        raise InputError(f"У файлі «{shown(cf.path.name)}» немає даних громади.")
    found = (
        community_by_code(codifier, code)
        if code is not None
        else community_of_file(codifier, community)
    )
    settlements = community_repo.list_settlements(cf)
    matched, unmatched, free = _match(settlements, found)
    codes: dict[int, str | None] = {s.id or 0: c.code for s, c in matched}
    for item in unmatched:  # a code of a later edition stays; one of another community goes
        own = item.settlement.katottg
        codes[item.settlement.id or 0] = own if own and not codifier.settlement(own) else None
    changes = community.katottg != found.code or any(
        s.katottg != codes[s.id or 0] for s in settlements
    )
    return LinkPlan(found, codifier.title, codes, matched, unmatched, free, changes)


def apply_link(cf: CommunityFile, plan: LinkPlan) -> None:
    """Write the community's code and every settlement's, in one transaction."""
    community_repo.set_codes(cf, plan.community.code, plan.codes)


def resolved_codes(plan: LinkPlan, choices: Mapping[int, str | None]) -> dict[int, str | None]:
    """The plan's codes with what the person chose for settlements left unmatched (by id: a
    code of the community's settlements the file lacks, or None for «not in the codifier»);
    InputError for a code given to two settlements or not among those left over."""
    codes = dict(plan.codes)
    free = {s.code: s for s in plan.missing}
    names = {item.settlement.id or 0: item.settlement.display_name for item in plan.unmatched}
    taken: dict[str, int] = {}
    for settlement_id, code in choices.items():
        if settlement_id not in names:
            raise InputError(
                f"Населений пункт №{settlement_id} не серед тих, що лишилися без коду."
            )
        if code is not None and code not in free:
            raise InputError(
                f"Для «{shown(names[settlement_id])}» вибрано код «{shown(code)}», "
                f"а серед населених пунктів громади, яких немає у файлі, його "
                "немає.",
                "Виберіть один із запропонованих або «немає в кодифікаторі».",
            )
        if code is not None and code in taken:
            raise InputError(
                f"Код {code} ({free[code].display_name}) вибрано і для "
                f"«{shown(names[taken[code]])}», і для "
                f"«{shown(names[settlement_id])}».",
                "У кожного населеного пункту свій код.",
            )
        if code is not None:
            taken[code] = settlement_id
        codes[settlement_id] = code
    return codes


def link_edit(
    cf: CommunityFile, plan: LinkPlan, choices: Mapping[int, str | None] | None = None
) -> Edit:
    """Linking the file as one undoable edit: the community's code and every settlement's
    (``choices``: what the person chose for the unmatched, see ``resolved_codes``); undo
    puts back the codes the file had."""
    codes = resolved_codes(plan, choices or {})
    community = community_repo.get_community(cf)
    old_code = community.katottg if community is not None else None
    old = {
        s.id or 0: s.katottg for s in community_repo.list_settlements(cf) if (s.id or 0) in codes
    }
    return Writes(
        lambda cf: community_repo.set_codes(cf, plan.community.code, codes),
        lambda cf: community_repo.set_codes(cf, old_code, old),
        "settlements",
    )


def _match(
    settlements: list[Settlement], community: CodifiedCommunity
) -> tuple[list[tuple[Settlement, CodifiedSettlement]], list[Unmatched], list[CodifiedSettlement]]:
    """(file settlement, codifier settlement) pairs in the codifier's order, the file's
    settlements left unmatched with the reason, and the codifier's left over."""
    by_code = {s.code: s for s in community.settlements}
    matched = [
        (s, by_code.pop(s.katottg)) for s in settlements if s.katottg and s.katottg in by_code
    ]
    paired = {id(s) for s, _ in matched}
    rest = [s for s in settlements if id(s) not in paired]
    listed: dict[tuple[str, SettlementKind], list[CodifiedSettlement]] = defaultdict(list)
    for candidate in by_code.values():
        listed[(name_key(candidate.name), candidate.kind)].append(candidate)
    typed: dict[tuple[str, SettlementKind], int] = defaultdict(int)
    for settlement in rest:
        typed[(name_key(settlement.name), settlement.kind)] += 1
    unmatched: list[Unmatched] = []
    for settlement in rest:
        key = (name_key(settlement.name), settlement.kind)
        if len(listed[key]) == 1 and typed[key] == 1:
            matched.append((settlement, listed[key][0]))
        elif len(listed[key]) > 1:
            unmatched.append(
                Unmatched(
                    settlement,
                    "у кодифікаторі кілька населених пунктів громади з такою назвою і типом",
                )
            )
        elif listed[key]:
            unmatched.append(
                Unmatched(settlement, "у файлі кілька населених пунктів з такою назвою і типом")
            )
        else:
            unmatched.append(Unmatched(settlement, _why_not(settlement, list(by_code.values()))))
    order = {s.code: number for number, s in enumerate(community.settlements)}
    matched.sort(key=lambda pair: order[pair[1].code])
    done = {c.code for _, c in matched}
    return matched, unmatched, [s for s in community.settlements if s.code not in done]


def _why_not(settlement: Settlement, listed: list[CodifiedSettlement]) -> str:
    others = [s for s in listed if name_key(s.name) == name_key(settlement.name)]
    if others:
        return "у кодифікаторі — " + ", ".join(s.display_name for s in others)
    return "немає серед населених пунктів громади в кодифікаторі"
