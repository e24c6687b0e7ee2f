"""The settlements and their yearly population: what the pages read, and every edit of them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import NamedTuple, TypeAlias

from hromada_desk.domain.records import Population, Settlement
from hromada_desk.services.edit import ALL, Edit, Insertion, Together, Writes
from hromada_desk.storage import community_repo
from hromada_desk.storage.community_repo import (
    get_population,
    get_settlement,
    list_settlements,
)
from hromada_desk.storage.database import CommunityFile

# The reads the population page and its grid use, as storage has them.
__all__ = [
    "Figures",
    "Placed",
    "PopulationEdit",
    "add_settlement",
    "edit_settlement",
    "get_population",
    "get_settlement",
    "list_settlements",
    "paste",
    "set_archived",
]

# (settlement id, year, its figures; None: none)
Figures: TypeAlias = tuple[tuple[int, int, Population | None], ...]
WHAT = "settlements"


class Placed(NamedTuple):
    """Where the file put a new settlement: its id and its place in the list."""

    id: int
    order: int


@dataclasses.dataclass(frozen=True, slots=True)
class PopulationEdit:
    """Typed, pasted or filled cells of the grid: the settlements renamed or re-kinded and
    the settlement-years changed, with what undoing it puts back."""

    settlements: tuple[Settlement, ...] = ()
    old_settlements: tuple[Settlement, ...] = ()
    population: Figures = ()
    old_population: Figures = ()

    @property
    def empty(self) -> bool:
        return not self.settlements and not self.population

    @property
    def what(self) -> str:
        if self.settlements and self.population:
            return ALL
        return WHAT if self.settlements else "population"

    @staticmethod
    def _write(
        cf: CommunityFile,
        settlements: Sequence[Settlement],
        population: Iterable[tuple[int, int, Population | None]],
    ) -> None:
        with cf.atomic():
            for settlement in settlements:
                community_repo.update_settlement(cf, settlement)
            community_repo.replace_population(cf, population)

    def apply(self, cf: CommunityFile) -> None:
        self._write(cf, self.settlements, self.population)

    def revert(self, cf: CommunityFile) -> None:
        self._write(cf, self.old_settlements, self.old_population)


def _admin_centre(cf: CommunityFile, besides: int | None = None) -> Settlement | None:
    return next(
        (s for s in community_repo.list_settlements(cf) if s.admin_center and s.id != besides), None
    )


def add_settlement(cf: CommunityFile, settlement: Settlement) -> Insertion[Placed]:
    """Add a settlement at the end of the list; a new administrative centre replaces the old
    one, which undo makes the centre again."""
    old_centre = _admin_centre(cf) if settlement.admin_center else None
    plain = dataclasses.replace(settlement, admin_center=False)

    def make_centre(cf: CommunityFile, sid: int) -> None:
        if settlement.admin_center:
            community_repo.update_settlement(cf, dataclasses.replace(settlement, id=sid))

    def insert(cf: CommunityFile) -> Placed:
        with cf.atomic():
            sid = community_repo.add_settlement(cf, dataclasses.replace(plain))
            make_centre(cf, sid)
            return Placed(sid, community_repo.settlement_order(cf, sid))

    def restore(cf: CommunityFile, placed: Placed) -> None:
        with cf.atomic():
            community_repo.restore_settlement(
                cf, dataclasses.replace(plain, id=placed.id), placed.order, []
            )
            make_centre(cf, placed.id)

    def delete(cf: CommunityFile, placed: Placed) -> None:
        with cf.atomic():
            community_repo.delete_settlement(cf, placed.id)
            if old_centre is not None:
                community_repo.update_settlement(cf, old_centre)

    return Insertion(insert, restore, delete, WHAT)


def edit_settlement(cf: CommunityFile, before: Settlement, edited: Settlement) -> Edit | None:
    """Write a stored settlement's details (``before``, as the file has them) as the dialog
    gives them back; None when nothing changed. Its archived flag stays as the file has it,
    and a new administrative centre replaces the old one."""
    after = dataclasses.replace(edited, id=before.id, archived=before.archived)
    if after == before:
        return None
    old_centre = _admin_centre(cf, besides=before.id) if after.admin_center else None

    def revert(cf: CommunityFile) -> None:
        with cf.atomic():
            community_repo.update_settlement(cf, before)
            if old_centre is not None:
                community_repo.update_settlement(cf, old_centre)

    return Writes(lambda cf: community_repo.update_settlement(cf, after), revert, WHAT)


def set_archived(settlement: Settlement, archived: bool) -> Edit:
    """Archive a settlement (it no longer belongs to the community; its figures stay) or
    count it again."""
    changed = dataclasses.replace(settlement, archived=archived)
    return Writes(
        lambda cf: community_repo.update_settlement(cf, changed),
        lambda cf: community_repo.update_settlement(cf, settlement),
        WHAT,
    )


def _new_settlement(settlement: Settlement, population: Population | None) -> Insertion[Placed]:
    def figures(sid: int) -> list[Population]:
        return [dataclasses.replace(population, settlement_id=sid)] if population else []

    def insert(cf: CommunityFile) -> Placed:
        with cf.atomic():
            sid = community_repo.add_settlement(cf, dataclasses.replace(settlement))
            community_repo.set_population(cf, figures(sid))
            return Placed(sid, community_repo.settlement_order(cf, sid))

    def restore(cf: CommunityFile, placed: Placed) -> None:
        community_repo.restore_settlement(
            cf, dataclasses.replace(settlement, id=placed.id), placed.order, figures(placed.id)
        )

    return Insertion(
        insert, restore, lambda cf, placed: community_repo.delete_settlement(cf, placed.id), WHAT
    )


def paste(figures: PopulationEdit, new: Sequence[tuple[Settlement, Population | None]]) -> Edit:
    """A paste as one edit: the figures of settlements in the file and the new settlements
    chosen in its preview, with theirs."""
    added = [_new_settlement(settlement, population) for settlement, population in new]
    return Together([*added, figures], ALL if added else figures.what)
