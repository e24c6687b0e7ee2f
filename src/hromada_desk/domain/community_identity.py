"""Which community a file holds: the keys by which two files are known to be one community.

Keys, strongest first: the community's code in the official codifier (КАТОТТГ), the
identity every copy of a community's file shares (``file_info.community_uid``), then the
official name with the oblast and the rayon as people type them. Two files are one community
when any key of one equals the same key of the other; a file without a key (a file from
before the identity, one not linked to the codifier) is matched by the others. Two different
codes are two communities, whatever their names say: only a shared identity (copies of one
file) joins them then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hromada_desk.domain.names import normalise_name_part
from hromada_desk.domain.places import oblast_name, rayon_name

BY_CODE = "code"
BY_UID = "uid"
BY_NAME = "name"
KEY_KINDS = (BY_CODE, BY_UID, BY_NAME)  # strongest first


@dataclass(frozen=True, slots=True)
class CommunityIdentity:
    uid: str | None  # None: a file from before version 3 (opened read-only, not upgraded)
    name: str
    oblast: str
    rayon: str
    code: str | None = None  # the community's codifier code; None: not known

    def keys(self) -> dict[str, str]:
        """The keys this file has, by kind, strongest first."""
        keys = {}
        if self.code:
            keys[BY_CODE] = self.code
        if self.uid:
            keys[BY_UID] = self.uid
        name = _folded(self.name)
        if name:  # an unnamed community is told by nothing it could share
            keys[BY_NAME] = "\n".join(
                (name, _folded(oblast_name(self.oblast)), _folded(rayon_name(self.rayon)))
            )
        return keys


def _folded(text: str) -> str:
    """Case, apostrophes (’ ' ʼ `) and spaces as typed do not count."""
    return normalise_name_part(text).casefold()


def same_community(a: CommunityIdentity, b: CommunityIdentity) -> str | None:
    """The strongest kind of key on which ``a`` and ``b`` agree (BY_UID, BY_NAME), or None
    when they are different communities."""
    keys_a, keys_b = a.keys(), b.keys()
    kind = next(
        (kind for kind in KEY_KINDS if kind in keys_a and keys_a[kind] == keys_b.get(kind)), None
    )
    return None if kind == BY_NAME and _other_codes(a, b) else kind


def _other_codes(a: CommunityIdentity, b: CommunityIdentity) -> bool:
    """Both files name their community's code, and the codes differ."""
    return bool(a.code and b.code and a.code != b.code)


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

    with_key: dict[tuple[str, str], list[int]] = {}
    for i, identity in enumerate(identities):
        for kind, key in identity.keys().items():
            others = with_key.setdefault((kind, key), [])
            others.append(i)
            # a name joins a file to the first with that name whose code does not refuse it
            j = next(
                (j for j in others if kind != BY_NAME or not _other_codes(identity, identities[j])),
                i,
            )
            if j != i:
                a, b = root(i), root(j)
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(identities)):
        groups.setdefault(root(i), []).append(i)
    return [group for group in groups.values() if len(group) > 1]
