"""The rayon's consolidated view of several community files: populations, indicators,
existing services and the needs calculation per community and year, and the calculation
for the rayon as a whole.

Every file is opened read-only and never modified. A file that cannot be read is a «bad
file»: the caller either stops (nothing is written) or skips it and says so. One community
is counted once: a file given twice or an identical copy silently, different files of one
community (its codifier code first: ``domain.community_identity``) only when the caller asks
for the newest (``consolidate_duplicates``). The rayon's communities are counted against the
codifier (``consolidate_rayon``): how many sent data, which did not, and whether the sum of
their populations is the rayon's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from hromada_desk.documents.consolidation import (
    BadFile,
    CommunityData,
    CommunityYear,
    ConsolidatedData,
    RayonYear,
    ServiceLine,
)
from hromada_desk.documents.figures import total_of
from hromada_desk.domain.codifier import Codifier
from hromada_desk.domain.community_identity import CommunityIdentity
from hromada_desk.domain.needs import (
    MEDICAL_INDICATOR,
    NeedsInput,
    SettlementFigure,
    calculate,
    check_input,
)
from hromada_desk.domain.parsing import shown_path
from hromada_desk.domain.places import ukrainian_order
from hromada_desk.errors import InputError, KnownError
from hromada_desk.services import needs
from hromada_desk.services.consolidate_duplicates import (
    Candidate,
    file_version,
    one_per_community,
)
from hromada_desk.services.consolidate_rayon import community_code, coverage, whole_rayon
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file


def bad_file_error(bad: BadFile) -> KnownError:
    return KnownError(
        f"Зведення зупинено на файлі «{shown_path(bad.path)}»: {bad.problem} "
        "Нічого не записано; щоб пропустити непридатні файли, додайте "
        "--skip-bad."
    )


def _read_community(
    path: Path, years: tuple[int, int] | None, mtime: float, codifier: Codifier
) -> Candidate[CommunityData]:
    """One file's data for the chosen years, with whose and how recent they are."""
    with open_file(path, readonly=True) as cf:
        community = community_repo.get_community(cf)
        if community is None:
            raise InputError("у файлі немає даних громади.")
        info = cf.info
        figures = community_repo.yearly_figures(cf)  # each table once, not once a year
    by_year: dict[int, CommunityYear] = {}
    for year in figures.years():
        if years is not None and not years[0] <= year <= years[1]:
            continue
        rows = figures.population.get(year, [])
        population = total_of(rows)
        services, problem = None, ""
        try:
            data = needs.input_from_figures(community.name, year, figures)
            problems = check_input(data)
            if problems:
                problem = "; ".join(problems)
            else:
                services = tuple(ServiceLine.of(s) for s in calculate(data).services.values())
        except InputError as exc:
            problem = exc.message
        by_year[year] = CommunityYear(
            population,
            figures.indicators.get(year, {}),
            figures.existing.get(year, {}),
            services,
            problem,
        )
    code = community_code(codifier, community)
    identity = CommunityIdentity(
        info.community_uid, community.name, community.oblast, community.rayon, code or None
    )
    return Candidate(
        identity,
        file_version(path, info, mtime),
        CommunityData(community.name, path.name, community.rayon, community.oblast, by_year, code),
    )


def _fingerprint(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # open_file reports the problem in its own words


def consolidate(
    paths: Sequence[Path],
    years: tuple[int, int] | None = None,
    *,
    skip_bad: bool = False,
    newer: bool = False,
    codifier: Codifier | None = None,
) -> ConsolidatedData:
    """Read every file; stop at the first bad one unless ``skip_bad``. Different files of
    one community are refused, naming them, unless ``newer``: then the newest is taken.
    ``codifier``: the edition the communities are known by (the shipped one by default)."""
    if codifier is None:
        from hromada_desk.domain.codifier import shipped

        codifier = shipped()
    read: list[Candidate[CommunityData]] = []
    skipped: list[BadFile] = []
    duplicates: list[Path] = []
    seen: set[object] = set()
    for path in paths:
        # the same file given twice (under any name), or an identical copy of it
        identity: object
        mtime = 0.0
        try:
            stat = path.stat()
            identity, mtime = (stat.st_dev, stat.st_ino), stat.st_mtime
        except OSError:
            identity = os.path.normcase(os.path.abspath(path))
        content = _fingerprint(path)
        if identity in seen or (content is not None and content in seen):
            duplicates.append(path)
            continue
        seen.add(identity)
        if content is not None:
            seen.add(content)
        try:
            read.append(_read_community(path, years, mtime, codifier))
        except KnownError as exc:
            bad = BadFile(path, str(exc))
            if not skip_bad:
                raise bad_file_error(bad) from None
            skipped.append(bad)
    # a duplicate is no bad file: it is refused even with skip_bad
    chosen, replaced = one_per_community(read, newer=newer, label=shown_path)
    communities = [c.data for c in chosen]
    if not communities:
        names = "; ".join(str(bad) for bad in skipped)
        raise KnownError(
            "Немає жодного придатного файлу громади: зводити нічого"
            + (f" (пропущено {names})." if names else ".")
        )
    communities = _unique_names(communities)
    communities.sort(key=lambda c: ukrainian_order(c.name))
    all_years = sorted({y for c in communities for y in c.years})
    if not all_years:
        wanted = (
            f" за {years[0]}–{years[1]}"
            if years and years[0] != years[1]
            else f" за {years[0]}"
            if years
            else ""
        )
        raise InputError(f"У файлах громад немає даних{wanted}.")
    rayons = [c.rayon for c in communities if c.rayon]
    rayon = max(set(rayons), key=rayons.count) if rayons else ""
    found, unknown = coverage(codifier, communities, all_years)
    if len(found) == 1:
        rayon = found[0].name  # as the codifier writes it
    return ConsolidatedData(
        rayon=rayon,
        years=tuple(all_years),
        communities=tuple(communities),
        rayon_years={
            y: rayon_year(communities, y, whole=whole_rayon(found, unknown, y)) for y in all_years
        },
        skipped=tuple(skipped),
        duplicates=tuple(duplicates),
        without_data=tuple(c.name for c in communities if not c.years),
        replaced=tuple(replaced),
        coverage=found,
        not_in_codifier=unknown,
        edition=codifier.title,
    )


def _unique_names(communities: list[CommunityData]) -> list[CommunityData]:
    names = [c.name for c in communities]
    return [
        c if names.count(c.name) == 1 else dataclasses.replace(c, name=f"{c.name} ({c.file})")
        for c in communities
    ]


def rayon_year(
    communities: Sequence[CommunityData], year: int, *, whole: bool = False
) -> RayonYear:
    """The rayon as a whole: its «settlements» are the communities with their populations,
    indicators and existing services are summed, parameters are the Methodology's. ``whole``:
    the communities are all the rayon's, so their population (D) is the rayon's."""
    present = [(c, c.years[year]) for c in communities if year in c.years]
    settlements = tuple(
        SettlementFigure(c.name, y.population.total)
        for c, y in present
        if y.population and y.population.total > 0
    )
    indicators: dict[str, int] = {}
    existing: dict[str, int] = {}
    for _, y in present:
        for code, value in y.indicators.items():
            indicators[code] = indicators.get(code, 0) + value
        for key, value in y.existing.items():
            existing[key] = existing.get(key, 0) + value
    population = sum(s.population for s in settlements)
    data = NeedsInput("район", year, settlements, indicators, existing)
    if not settlements:
        return RayonYear(
            len(present), 0, None, None, f"За {year} рік жодна громада не має даних про населення."
        )
    missing = [
        code
        for code in (data.parameters.cases_indicator, MEDICAL_INDICATOR)
        if code not in indicators
    ]
    if missing:
        return RayonYear(
            len(settlements),
            population,
            data,
            None,
            f"За {year} рік жодна громада не внесла показник "
            f"{', '.join(missing)}: він потрібен для розрахунку.",
            whole=whole,
        )
    return RayonYear(len(settlements), population, data, calculate(data), whole=whole)
