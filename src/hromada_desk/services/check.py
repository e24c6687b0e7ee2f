"""Checking a community file: integrity, then the domain's validation rules over its records."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hromada_desk.domain.records import Community
from hromada_desk.domain.validation import (
    Finding,
    validate_indicators,
    validate_person,
    validate_population,
)
from hromada_desk.storage import community_repo, council_repo, plans_repo
from hromada_desk.storage.database import (
    CommunityFile,
    integrity_problems,
    open_file,
    schema_version,
)


@dataclass(slots=True)
class CheckReport:
    schema_version: int
    community: Community | None
    settlements: int
    years: list[int]
    members: int
    meetings: int
    plans: int
    integrity: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not self.integrity and self.community is not None


def check_file(cf: CommunityFile) -> CheckReport:
    settlements = community_repo.list_settlements(cf)
    names = {s.id: s.name for s in settlements}
    years = community_repo.data_years(cf)
    members = council_repo.list_members(cf)
    report = CheckReport(
        schema_version=schema_version(cf),
        community=community_repo.get_community(cf),
        settlements=len(settlements),
        years=years,
        members=len(members),
        meetings=len(council_repo.list_meetings(cf)),
        plans=len(plans_repo.list_plans(cf)),
        integrity=integrity_problems(cf),
    )
    previous: dict[int, int] = {}
    for year in years:
        current: dict[int, int] = {}
        for row in community_repo.get_population(cf, year):
            before = previous.get(row.settlement_id) if year - 1 in years else None
            report.findings += validate_population(row, names.get(row.settlement_id, ""), before)
            current[row.settlement_id] = row.total
        previous = current
        report.findings += validate_indicators(year, community_repo.get_indicators(cf, year))
    for member in members:
        report.findings += validate_person(
            member.name.surname, member.name.given_name, member.name.short
        )
    return report


def check_opens(path: Path) -> None:
    """Open a community file read-only and close it again; KnownError says why it cannot be
    opened."""
    open_file(path, readonly=True).close()
