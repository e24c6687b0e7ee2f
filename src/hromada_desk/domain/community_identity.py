"""Which community a file holds: the keys by which two files are known to be one community.

Keys, strongest first: the identity every copy of a community's file shares
(``file_info.community_uid``), then the official name with the oblast and the rayon as
people type them. Two files are one community when any key of one equals the same key of
the other; a file without a key (a file from before the identity) is matched by the others.
An official codifier code, once files carry one, becomes the first key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hromada_desk.domain.names import normalise_name_part
from hromada_desk.domain.places import oblast_name, rayon_name

BY_UID = "uid"
BY_NAME = "name"
KEY_KINDS = (BY_UID, BY_NAME)  # strongest first


@dataclass(frozen=True, slots=True)
class CommunityIdentity:
    uid: str | None  # None: a file from before version 3 (opened read-only, not upgraded)
    name: str
    oblast: str
    rayon: str

    def keys(self) -> dict[str, str]:
        """The keys this file has, by kind."""
        keys = {}
        if self.uid:
            keys[BY_UID] = self.uid
        name = _folded(self.name)
        if name:  # an unnamed community is told by nothing it could share
            keys[BY_NAME] = "\n".join((name, _folded(oblast_name(self.oblast)),
                                       _folded(rayon_name(self.rayon))))
        return keys


def _folded(text: str) -> str:
    """Case, apostrophes (’ ' ʼ `) and spaces as typed do not count."""
    return normalise_name_part(text).casefold()


def same_community(a: CommunityIdentity, b: CommunityIdentity) -> str | None:
    """The strongest kind of key on which ``a`` and ``b`` agree (BY_UID, BY_NAME), or None
    when they are different communities."""
    keys_a, keys_b = a.keys(), b.keys()
    return next((kind for kind in KEY_KINDS
                 if kind in keys_a and keys_a[kind] == keys_b.get(kind)), None)


def same_community_groups(identities: Sequence[CommunityIdentity]) -> list[list[int]]:
    """The indices of files that hold one community, joined through any shared key (a ~ b by
    identity and b ~ c by name: one community in three files). Groups of two or more only,
    in the order of their first file."""
    parent = list(range(len(identities)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str], int] = {}
    for i, identity in enumerate(identities):
        for kind, key in identity.keys().items():
            j = first_with.setdefault((kind, key), i)
            if j != i:
                a, b = root(i), root(j)
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(identities)):
        groups.setdefault(root(i), []).append(i)
    return [group for group in groups.values() if len(group) > 1]
