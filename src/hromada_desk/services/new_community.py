"""Creating a new community file: names proposed from the council's name, checks, the file."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hromada_desk.domain import limits
from hromada_desk.domain.parsing import KATOTTG_CODE, name_key, shown
from hromada_desk.domain.places import oblast_name, rayon_name
from hromada_desk.domain.places import propose_names as propose_names  # the wizard's
from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import BackupPolicy
from hromada_desk.storage.database import FILE_SUFFIX, CommunityFile, create_file

if TYPE_CHECKING:
    from hromada_desk.domain.codifier import CodifiedCommunity

# The schema's limits (domain/limits.py) are checked here too, so that a person gets a message.

_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class NewSettlement(NamedTuple):
    name: str
    kind: SettlementKind = SettlementKind.VILLAGE
    admin_center: bool = False
    katottg: str | None = None  # None: not in the codifier


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
    katottg: str | None = None  # the community's code in the codifier


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


def check_options(
    path: str | os.PathLike[str], options: NewCommunityOptions
) -> tuple[Community, list[Settlement]]:
    """The community and settlements to write, or InputError saying what is wrong."""
    path = Path(path)
    if path.suffix.lower() != FILE_SUFFIX:
        raise InputError(
            f"Файл громади має закінчуватися на {FILE_SUFFIX}: «{shown(path.name)}».",
            f"Виберіть ім’я файлу з розширенням {FILE_SUFFIX}.",
        )
    community = Community(
        name=" ".join(options.name.split()),
        council_name=" ".join(options.council_name.split()),
        council_name_genitive=" ".join(options.council_name_genitive.split()),
        executive_committee=" ".join(options.executive_committee.split()),
        oblast=oblast_name(options.oblast),
        rayon=rayon_name(options.rayon),
        katottg=_checked_code(options.katottg, "громади"),
    )
    if not community.name:
        raise InputError(
            "Назва громади не може бути порожньою.",
            "Впишіть офіційну назву, наприклад «Ланнівська сільська територіальна громада».",
        )
    if not community.council_name:
        raise InputError(
            "Назва ради не може бути порожньою.",
            "Впишіть назву, наприклад «Ланнівська сільська рада».",
        )
    _check_lengths(
        [
            ("Назва громади", community.name, limits.COMMUNITY_NAME),
            ("Назва ради", community.council_name, limits.COMMUNITY_NAME),
            (
                "Назва ради в родовому відмінку",
                community.council_name_genitive,
                limits.COMMUNITY_NAME,
            ),
            ("Назва виконавчого комітету", community.executive_committee, limits.COMMUNITY_NAME),
            ("Область", community.oblast, limits.REGION),
            ("Район", community.rayon, limits.REGION),
        ]
    )
    return community, _checked_settlements(options.settlements)


def _check_lengths(values: Iterable[tuple[str, str, int]]) -> None:
    for what, value, limit in values:
        if len(value) > limit:
            raise InputError(f"{what} задовга: {len(value)} знаків, можна щонайбільше {limit}.")


def _checked_code(code: str | None, whose: str) -> str | None:
    if code is not None and not KATOTTG_CODE.fullmatch(code):
        raise InputError(
            f"Код КАТОТТГ {whose} «{shown(code)}» — не код: код має вигляд «UA» і 17 цифр.",
            "Виправте код або залиште поле порожнім.",
        )
    return code


def _checked_settlements(
    entries: Iterable[tuple[str, SettlementKind | str, bool] | NewSettlement],
) -> list[Settlement]:
    settlements: list[Settlement] = []
    seen: dict[str, str | None] = {}  # name key → code
    codes: set[str] = set()
    for number, (raw_name, kind, admin_center, *rest) in enumerate(entries, start=1):
        name = " ".join(raw_name.split())
        if not name:
            raise InputError(
                f"Населений пункт №{number} не має назви.", "Впишіть назву або вилучіть цей рядок."
            )
        _check_lengths([(f"Назва населеного пункту №{number}", name, limits.SETTLEMENT_NAME)])
        code = _checked_code(rest[0] if rest else None, f"населеного пункту «{name}»")
        key = settlement_key(name)
        # the codifier lists a few communities with two villages of one name: their codes
        # tell them apart; typed by hand, one name twice is a slip
        if key in seen and (code is None or seen[key] is None):
            raise InputError(
                f"Населений пункт «{name}» указано двічі.", "Залиште один рядок або уточніть назву."
            )
        if code is not None and code in codes:
            raise InputError(
                f"Код КАТОТТГ {code} указано двічі (у «{name}»).",
                "У кожного населеного пункту свій код.",
            )
        seen[key] = code
        if code is not None:
            codes.add(code)
        try:
            settlement_kind = SettlementKind(kind)
        except ValueError:
            raise InputError(
                f"Невідомий тип населеного пункту «{kind}» для «{name}».",
                "Виберіть місто, селище або село.",
            ) from None
        settlements.append(
            Settlement(
                name=name, kind=settlement_kind, admin_center=bool(admin_center), katottg=code
            )
        )
    if not settlements:
        raise InputError(
            "Не вказано жодного населеного пункту громади.", "Додайте хоча б один населений пункт."
        )
    centres = [s.display_name for s in settlements if s.admin_center]
    if len(centres) > 1:
        raise InputError(
            "Адміністративним центром може бути лише один населений пункт, "
            f"а позначено {len(centres)}: {', '.join(centres)}.",
            "Залиште позначку лише в одного.",
        )
    return settlements


def create_community(
    path: str | os.PathLike[str], options: NewCommunityOptions, backups: BackupPolicy | None = None
) -> CommunityFile:
    """Create and open a new community file at ``path`` (never over an existing one)."""
    community, settlements = check_options(path, options)

    def fill(cf: CommunityFile) -> None:
        community_repo.save_community(cf, community)
        for settlement in settlements:
            community_repo.add_settlement(cf, settlement)

    return create_file(Path(path), fill, backups=backups)


def options_from_codifier(
    community: CodifiedCommunity, council_kind: str | None = None
) -> NewCommunityOptions:
    """What the wizard proposes for a community chosen from the codifier: its official names
    (the kind of council from its centre's kind unless given), oblast, rayon, every
    settlement with its kind and code, the centre marked, and the community's code."""
    names = community.names(council_kind)
    return NewCommunityOptions(
        name=names.community_name,
        council_name=names.council_name,
        council_name_genitive=names.council_name_genitive,
        executive_committee=names.executive_committee,
        oblast=community.unit.oblast,
        rayon=community.unit.rayon,
        settlements=tuple(
            NewSettlement(s.name, s.kind, s is community.centre, s.code)
            for s in community.settlements
        ),
        katottg=community.code,
    )
