"""The council's members: what the pages read, and adding, editing and deleting one."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from hromada_desk.domain.council import Member
from hromada_desk.errors import InputError
from hromada_desk.services.edit import ALL, Edit, Insertion, Together, Writes
from hromada_desk.storage import assignments_repo, council_repo
from hromada_desk.storage.council_repo import get_member, list_members, member_is_used
from hromada_desk.storage.database import CommunityFile

__all__ = [
    "Placed",
    "add_member",
    "add_members",
    "delete_member",
    "get_member",
    "list_members",
    "member_is_used",
    "update_member",
]

WHAT = "members"


class Placed(NamedTuple):
    """Where the file put a new member: its id and its place in the list."""

    id: int
    order: int


def add_member(member: Member) -> Insertion[Placed]:
    """Add a member at the end of the list."""

    def insert(cf: CommunityFile) -> Placed:
        with cf.atomic():
            member_id = council_repo.add_member(cf, dataclasses.replace(member))
            return Placed(member_id, council_repo.member_order(cf, member_id))

    def restore(cf: CommunityFile, placed: Placed) -> None:
        council_repo.restore_member(cf, dataclasses.replace(member, id=placed.id), placed.order)

    return Insertion(
        insert, restore, lambda cf, placed: council_repo.delete_member(cf, placed.id), WHAT
    )


def add_members(members: list[Member]) -> Together:
    """Add several members at the end of the list, in their order: one transaction, one undo
    step (a list pasted from a document)."""
    return Together([add_member(member) for member in members], WHAT)


def update_member(before: Member, after: Member) -> Edit:
    return Writes(
        lambda cf: council_repo.update_member(cf, after),
        lambda cf: council_repo.update_member(cf, before),
        WHAT,
    )


def delete_member(cf: CommunityFile, member: Member) -> Edit | None:
    """Delete a stored member; undo puts the record back in its place under its id, answering
    for their assignments again (meanwhile the assignments keep the name alone). None when
    it is not stored. (A member a meeting names is not deleted: ``member_is_used``.)"""
    if member.id is None:
        return None
    member_id = member.id
    if council_repo.member_is_used(cf, member_id):
        # the protocols that name the member are legal records: they keep the record
        raise InputError(
            f"{member.name.short} — у протоколі засідання, тож запис не можна "
            "видалити. Щоб зазначити, що членство скінчилося, заповніть «Членство "
            "по»."
        )
    order = council_repo.member_order(cf, member_id)
    assigned = assignments_repo.assigned_to(cf, member_id)

    def restore(cf: CommunityFile) -> None:
        with cf.atomic():
            council_repo.restore_member(cf, member, order)
            assignments_repo.link_member(cf, member_id, assigned)

    return Writes(
        lambda cf: council_repo.delete_member(cf, member_id), restore, ALL if assigned else WHAT
    )
