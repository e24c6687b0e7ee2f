"""The consolidation's communities counted against the codifier: each one's code, which of
each rayon's communities sent data for each year, and whether the sum of those sent is the
rayon's own population."""

from __future__ import annotations

from collections.abc import Sequence

from hromada_desk.documents.consolidation import CommunityData, RayonCoverage
from hromada_desk.domain.codifier import Codifier
from hromada_desk.domain.records import Community
from hromada_desk.errors import InputError
from hromada_desk.services.codifier import community_of_file


def community_code(codifier: Codifier, community: Community) -> str:
    """The community's code: the file's own (even one this edition does not know), else the
    one community of the codifier its names, oblast and rayon fit; "" when none or several
    fit."""
    if community.katottg:
        return community.katottg
    try:
        return community_of_file(codifier, community).code
    except InputError:
        return ""


def coverage(
    codifier: Codifier, communities: Sequence[CommunityData], years: Sequence[int]
) -> tuple[tuple[RayonCoverage, ...], tuple[str, ...]]:
    """The rayons the communities lie in, each with all its communities in the codifier and
    those that sent data for each year (most communities first, then in the codifier's
    order); and the names of the communities the codifier does not know."""
    rayons: dict[str, list[CommunityData]] = {}
    unknown: list[str] = []
    for community in communities:
        unit = codifier.unit(community.katottg) if community.katottg else None
        if unit is None or not unit.parent:
            unknown.append(community.name)
            continue
        rayons.setdefault(unit.parent, []).append(community)
    found: list[RayonCoverage] = []
    for code, sent in rayons.items():
        rayon = codifier.unit(code)
        assert rayon is not None  # the parent of a unit of the codifier
        members = tuple((unit.code, unit.title) for unit in codifier.communities(code))
        found.append(
            RayonCoverage(
                code,
                rayon.name,
                codifier.title,
                members,
                {year: frozenset(c.katottg for c in sent if year in c.years) for year in years},
            )
        )
    order = [unit.code for unit in codifier.units]
    found.sort(key=lambda r: (-len(rayons[r.code]), order.index(r.code)))
    return tuple(found), tuple(unknown)


def whole_rayon(
    coverage: Sequence[RayonCoverage], not_in_codifier: Sequence[str], year: int
) -> bool:
    """Whether the communities summed for ``year`` are exactly one rayon's, all of them:
    then their population is the rayon's. Not when a community is of another rayon or not in
    the codifier (it could be one of those present under another name)."""
    present = [rayon for rayon in coverage if rayon.sent.get(year)]
    return len(present) == 1 and not not_in_codifier and present[0].complete(year)
