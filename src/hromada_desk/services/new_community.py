"""Creating a new community file: names proposed from the council's name, checks, the file."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from hromada_desk.domain import limits
from hromada_desk.domain.parsing import name_key
from hromada_desk.domain.places import oblast_name, rayon_name
from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import BackupPolicy
from hromada_desk.storage.database import FILE_SUFFIX, CommunityFile, create_file

# The schema's limits (domain/limits.py), checked here so that a person gets a message.

# The kind of council as an adjective, and its genitive.
_KIND_GENITIVE = {"сільська": "сільської", "селищна": "селищної", "міська": "міської"}
# «Ланнівська», «Новоселицька», «Ужгородська», «Кам’янець-Подільська»: the regular names,
# whose genitive is -ської / -цької / -зької.
_REGULAR_ENDINGS = ("ська", "цька", "зька")
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class NewSettlement(NamedTuple):
    name: str
    kind: SettlementKind = SettlementKind.VILLAGE
    admin_center: bool = False


@dataclass(frozen=True, slots=True)
class NewCommunityOptions:
    """What the «New community file» wizard asks for."""

    name: str
    council_name: str
    council_name_genitive: str = ""
    executive_committee: str = ""
    oblast: str = ""
    rayon: str = ""
    settlements: tuple[NewSettlement, ...] = ()


@dataclass(frozen=True, slots=True)
class NameProposal:
    """The names derived from a council's name, for the person to check."""

    council_name_genitive: str
    executive_committee: str
    community_name: str


def propose_names(council_name: str) -> NameProposal | None:
    """«Ланнівська сільська рада» → «Ланнівської сільської ради», its executive committee and
    «Ланнівська сільська територіальна громада»; None when the name is not of that regular
    shape (then the person types the forms)."""
    words = council_name.split()
    if len(words) < 3 or words[-1] != "рада" or words[-2] not in _KIND_GENITIVE:
        return None
    own = words[:-2]
    if not all(_is_regular_adjective(word) for word in own):
        return None
    genitive = " ".join([*(word[:-1] + "ої" for word in own), _KIND_GENITIVE[words[-2]], "ради"])
    return NameProposal(
        council_name_genitive=genitive,
        executive_committee=f"Виконавчий комітет {genitive}",
        community_name=" ".join([*own, words[-2], "територіальна громада"]),
    )


def _is_regular_adjective(word: str) -> bool:
    capitalised = all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
    return capitalised and any(word.endswith(e) and len(word) > len(e)
                               for e in _REGULAR_ENDINGS)


def propose_file_name(community_name: str) -> str:
    """A file name from the community's name, without characters Windows refuses."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", community_name).split()).strip(" .")
    return (name or "Громада") + FILE_SUFFIX


def free_path(folder: str | os.PathLike[str], file_name: str) -> Path:
    """``folder / file_name``, or «… (2).hromada» and so on when that file already exists."""
    path = Path(folder) / file_name
    number = 2
    while path.exists():
        path = path.with_name(f"{Path(file_name).stem} ({number}){Path(file_name).suffix}")
        number += 1
    return path


def settlement_key(name: str) -> str:
    """Two names with the same key are the same settlement («Нижня  Ланна», «нижня ланна»)."""
    return name_key(name)


def check_options(path: str | os.PathLike[str],
                  options: NewCommunityOptions) -> tuple[Community, list[Settlement]]:
    """The community and settlements to write, or InputError saying what is wrong."""
    path = Path(path)
    if path.suffix.lower() != FILE_SUFFIX:
        raise InputError(f"Файл громади має закінчуватися на {FILE_SUFFIX}: «{path.name}».",
                         f"Виберіть ім’я файлу з розширенням {FILE_SUFFIX}.")
    community = Community(
        name=" ".join(options.name.split()),
        council_name=" ".join(options.council_name.split()),
        council_name_genitive=" ".join(options.council_name_genitive.split()),
        executive_committee=" ".join(options.executive_committee.split()),
        oblast=oblast_name(options.oblast),
        rayon=rayon_name(options.rayon),
    )
    if not community.name:
        raise InputError("Назва громади не може бути порожньою.",
                         "Впишіть офіційну назву, наприклад «Ланнівська сільська "
                         "територіальна громада».")
    if not community.council_name:
        raise InputError("Назва ради не може бути порожньою.",
                         "Впишіть назву, наприклад «Ланнівська сільська рада».")
    _check_lengths([
        ("Назва громади", community.name, limits.COMMUNITY_NAME),
        ("Назва ради", community.council_name, limits.COMMUNITY_NAME),
        ("Назва ради в родовому відмінку", community.council_name_genitive, limits.COMMUNITY_NAME),
        ("Назва виконавчого комітету", community.executive_committee, limits.COMMUNITY_NAME),
        ("Область", community.oblast, limits.REGION),
        ("Район", community.rayon, limits.REGION),
    ])
    return community, _checked_settlements(options.settlements)


def _check_lengths(values: Iterable[tuple[str, str, int]]) -> None:
    for what, value, limit in values:
        if len(value) > limit:
            raise InputError(f"{what} задовга: {len(value)} знаків, можна щонайбільше {limit}.")


def _checked_settlements(entries: Iterable[tuple[str, SettlementKind | str, bool]]
                         ) -> list[Settlement]:
    settlements: list[Settlement] = []
    seen: dict[str, str] = {}
    for number, (raw_name, kind, admin_center) in enumerate(entries, start=1):
        name = " ".join(raw_name.split())
        if not name:
            raise InputError(f"Населений пункт №{number} не має назви.",
                             "Впишіть назву або вилучіть цей рядок.")
        _check_lengths([(f"Назва населеного пункту №{number}", name, limits.SETTLEMENT_NAME)])
        key = settlement_key(name)
        if key in seen:
            raise InputError(f"Населений пункт «{name}» указано двічі.",
                             "Залиште один рядок або уточніть назву.")
        seen[key] = name
        try:
            settlement_kind = SettlementKind(kind)
        except ValueError:
            raise InputError(f"Невідомий тип населеного пункту «{kind}» для «{name}».",
                             "Виберіть місто, селище або село.") from None
        settlements.append(Settlement(name=name, kind=settlement_kind,
                                      admin_center=bool(admin_center)))
    if not settlements:
        raise InputError("Не вказано жодного населеного пункту громади.",
                         "Додайте хоча б один населений пункт.")
    centres = [s.display_name for s in settlements if s.admin_center]
    if len(centres) > 1:
        raise InputError("Адміністративним центром може бути лише один населений пункт, "
                         f"а позначено {len(centres)}: {', '.join(centres)}.",
                         "Залиште позначку лише в одного.")
    return settlements


def create_community(path: str | os.PathLike[str], options: NewCommunityOptions,
                     backups: BackupPolicy | None = None) -> CommunityFile:
    """Create and open a new community file at ``path`` (never over an existing one)."""
    community, settlements = check_options(path, options)

    def fill(cf: CommunityFile) -> None:
        community_repo.save_community(cf, community)
        for settlement in settlements:
            community_repo.add_settlement(cf, settlement)

    return create_file(Path(path), fill, backups=backups)
