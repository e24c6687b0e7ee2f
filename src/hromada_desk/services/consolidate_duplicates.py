"""One community, once: files of the rayon's consolidation that hold the same community
(see ``domain.community_identity``) are refused naming them, or, when asked, the newest is
taken and the others are left out, and the choice is said in words fit for the workbook.

Byte-identical copies and one file given twice are not handled here: the consolidation
counts them once before reading them (they cannot disagree).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from hromada_desk.documents.consolidation import NAME_LIMIT, FileVersion, Replacement
from hromada_desk.domain.community_identity import (
    BY_CODE,
    BY_NAME,
    BY_UID,
    CommunityIdentity,
    same_community_groups,
)
from hromada_desk.domain.parsing import shown
from hromada_desk.errors import KnownError
from hromada_desk.storage.file_info import FileInfo

NEWER_OPTION = "--newer"


def file_version(path: Path, info: FileInfo, mtime: float) -> FileVersion:
    """The time the file records of its last change; a file from before version 3, or one
    not changed since, has none: then its modification time in the file system."""
    if info.modified_at is not None:
        changed = info.modified_at
        if changed.tzinfo is None:  # edited by hand: the program writes UTC
            changed = changed.replace(tzinfo=dt.UTC)
        return FileVersion(path, changed.replace(microsecond=0), True)
    return FileVersion(path, dt.datetime.fromtimestamp(int(mtime), dt.UTC), False)


_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Candidate(Generic[_T]):
    """A file read for the consolidation: who it holds, when it changed, and its data."""

    identity: CommunityIdentity
    version: FileVersion
    data: _T


def one_per_community(
    candidates: Sequence[Candidate[_T]], *, newer: bool, label: Callable[[Path], str]
) -> tuple[list[Candidate[_T]], list[Replacement]]:
    """The candidates with each community once, in their order, and the choices made.

    Several files of one community are refused (KnownError naming them) unless ``newer``:
    then the newest is taken, unless two are equally new. ``label`` names a file in the
    messages."""
    groups = same_community_groups([c.identity for c in candidates])
    if groups and not newer:
        raise _duplicate_error([candidates[i] for i in groups[0]], len(groups) - 1, label)
    left_out: set[int] = set()
    replaced: list[Replacement] = []
    for group in groups:
        members = [candidates[i] for i in group]
        newest = max(c.version.changed for c in members)
        taken = [i for i in group if candidates[i].version.changed == newest]
        if len(taken) > 1:
            raise _tie_error([candidates[i] for i in taken], label)
        left_out.update(i for i in group if i != taken[0])
        chosen = candidates[taken[0]]
        replaced.append(
            Replacement(
                chosen.identity.name,
                chosen.version,
                tuple(candidates[i].version for i in group if i != taken[0]),
            )
        )
    return [c for i, c in enumerate(candidates) if i not in left_out], replaced


def _files(
    members: Sequence[Candidate[_T]], label: Callable[[Path], str], describe: bool = False
) -> str:
    names = [
        c.version.described(label) if describe else f"«{label(c.version.path)}»" for c in members
    ]
    return f"{', '.join(names[:-1])} і {names[-1]}"


def _community(members: Sequence[Candidate[_T]]) -> str:
    names = list(dict.fromkeys(shown(c.identity.name, NAME_LIMIT) for c in members))
    text = f"«{names[0]}»"
    if len(names) > 1:
        text += " (в іншому файлі названа " + ", ".join(f"«{n}»" for n in names[1:]) + ")"
    return text


def _reason(members: Sequence[Candidate[_T]]) -> str:
    keys = [c.identity.keys() for c in members]
    uids, names = {k.get(BY_UID) for k in keys}, {k.get(BY_NAME) for k in keys}
    codes = {k.get(BY_CODE) for k in keys}
    if len(uids) == 1 and None not in uids:
        return "копії одного файлу громади з різними даними"
    if len(names) == 1 and None not in names:
        return "однакові назва громади, область і район"
    if len(codes) == 1 and None not in codes:
        return f"один код громади в кодифікаторі КАТОТТГ, {codes.pop()}"
    return "копії одного файлу громади, однакові назва, область і район або один код КАТОТТГ"


def _duplicate_error(
    members: Sequence[Candidate[_T]], others: int, label: Callable[[Path], str]
) -> KnownError:
    more = f" Так само кількома файлами подано ще громад: {others}." if others else ""
    return KnownError(
        f"Громаду {_community(members)} подано кількома різними файлами ({_reason(members)}): "
        f"{_files(members, label)}. Нічого не записано, щоб не врахувати її двічі: залиште "
        f"один файл або додайте {NEWER_OPTION}, щоб узяти новіший.{more}"
    )


def _tie_error(members: Sequence[Candidate[_T]], label: Callable[[Path], str]) -> KnownError:
    return KnownError(
        f"Громаду {_community(members)} подано файлами {_files(members, label, True)}: їх "
        "змінено одночасно, тож не видно, котрий новіший. Нічого не записано; залиште один "
        "із них."
    )
