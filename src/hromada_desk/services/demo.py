"""The demo community: the Lanna council of the seed protocol, with the Kremenchuk action plan."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from hromada_desk.domain.council import (
    AgendaItem,
    Attendance,
    CouncilRole,
    Guest,
    Meeting,
    MeetingKind,
    Member,
    Signature,
    Speaker,
)
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.plans import ActionPlan, Footnote, PlanGoal, PlanMeasure, PlanSection
from hromada_desk.domain.records import Community, Population, Settlement, SettlementKind
from hromada_desk.resources import resource
from hromada_desk.storage import community_repo, council_repo, plans_repo
from hromada_desk.storage.backups import BackupPolicy
from hromada_desk.storage.database import CommunityFile, create_file

COMMUNITY_FILE = ("demo", "lanna.json")
PLAN_FILE = ("demo", "kremenchuk_plan.json")


def load_json(*parts: str) -> Any:
    with open(resource(*parts), encoding="utf-8") as handle:
        return json.load(handle)


def fill_demo(cf: CommunityFile) -> None:
    """Write the whole demo community into an open, empty community file."""
    data = load_json(*COMMUNITY_FILE)
    community_repo.save_community(cf, Community(**data["community"]))

    settlement_ids: dict[str, int] = {}
    for entry in data["settlements"]:
        settlement_ids[entry["name"]] = community_repo.add_settlement(
            cf,
            Settlement(
                name=entry["name"],
                kind=SettlementKind(entry["kind"]),
                admin_center=entry["admin_center"],
                katottg=entry.get("katottg"),
            ),
        )
    for year, rows in data["population"].items():
        community_repo.set_population(
            cf,
            [
                Population(
                    settlement_ids[name],
                    int(year),
                    figures["total"],
                    figures.get("men"),
                    figures.get("women"),
                    figures.get("children"),
                )
                for name, figures in rows.items()
            ],
        )
    for year, values in data["indicators"].items():
        community_repo.set_indicators(cf, int(year), values)
    for year, counts in data["existing_services"].items():
        community_repo.set_existing_services(cf, int(year), counts)

    member_ids: dict[str, int] = {}
    for entry in data["members"]:
        member_ids[entry["surname"]] = council_repo.add_member(
            cf,
            Member(
                name=PersonName.of(
                    entry["surname"], entry["given_name"], entry["patronymic"], entry["gender"]
                ),
                position=entry["position"],
                organisation=entry["organisation"],
                role=CouncilRole(entry["role"]),
                member_from=dt.date.fromisoformat(entry["member_from"]),
            ),
        )
    for entry in data["meetings"]:
        council_repo.add_meeting(cf, _meeting(entry, member_ids))

    plans_repo.add_plan(cf, _plan(load_json(*PLAN_FILE)))


def _meeting(entry: dict[str, Any], member_ids: dict[str, int]) -> Meeting:
    attendance = [Attendance(member_ids[s]) for s in entry["present"]]
    attendance += [
        Attendance(member_ids[a["member"]], present=False, absence_reason=a.get("reason", ""))
        for a in entry["absent"]
    ]
    return Meeting(
        number=entry["number"],
        date=dt.date.fromisoformat(entry["date"]),
        place=entry["place"],
        title=entry["title"],
        kind=MeetingKind(entry["kind"]),
        attendance=attendance,
        guests=[Guest(g["name"], g.get("position", "")) for g in entry["guests"]],
        signatures=[Signature(member_ids[s["member"]], s["role"]) for s in entry["signatures"]],
        agenda=[
            AgendaItem(
                title=item["title"],
                speakers=[
                    Speaker(member_ids[s["member"]], role=s["role"]) for s in item["speakers"]
                ],
                heard=item["heard"],
                heard_closing=item["heard_closing"],
                spoke=item["spoke"],
                decided=item["decided"],
                calculation_years=list(item["calculation_years"]),
            )
            for item in entry["agenda"]
        ],
    )


def _plan(entry: dict[str, Any]) -> ActionPlan:
    return ActionPlan(
        title=entry["title"],
        period_start=entry["period_start"],
        period_end=entry["period_end"],
        approved_by=entry["approved_by"] or "",
        approved_number=entry["approved_number"] or "",
        signatory_position=entry["signatory_position"] or "",
        signatory_name=entry["signatory_name"] or "",
        sections=[
            PlanSection(
                title=s["title"],
                statement=s["statement"],
                goals=[
                    PlanGoal(
                        number=g["number"],
                        text=g["text"],
                        indicators=g["indicators"],
                        measures=[PlanMeasure(**m) for m in g["measures"]],
                    )
                    for g in s["goals"]
                ],
            )
            for s in entry["sections"]
        ],
        footnotes=[Footnote(f["marker"], f["text"]) for f in entry["footnotes"]],
    )


def write_demo(
    path: str | os.PathLike[str], *, backups: BackupPolicy | None = None
) -> CommunityFile:
    """Create a new community file at ``path`` holding the demo community."""
    return create_file(Path(path), fill_demo, backups=backups)
