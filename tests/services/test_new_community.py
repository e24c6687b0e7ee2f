from pathlib import Path

import pytest

from hromada_desk.domain.places import oblast_name, rayon_name
from hromada_desk.domain.records import Community, SettlementKind
from hromada_desk.errors import InputError, StorageError
from hromada_desk.services.new_community import (
    NewCommunityOptions,
    NewSettlement,
    create_community,
    free_path,
    propose_file_name,
    propose_names,
)
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file

LANNA = NewCommunityOptions(
    name="Ланнівська сільська територіальна громада",
    council_name="Ланнівська сільська рада",
    council_name_genitive="Ланнівської сільської ради",
    executive_committee="Виконавчий комітет Ланнівської сільської ради",
    oblast="Полтавська",
    rayon="Полтавський",
    settlements=(
        NewSettlement("Ланна", SettlementKind.SETTLEMENT, True),
        NewSettlement("Коржиха"),
        NewSettlement("Нижня Ланна", SettlementKind.VILLAGE, False),
    ),
)


@pytest.mark.parametrize(
    ("council", "genitive", "community"),
    [
        (
            "Ланнівська сільська рада",
            "Ланнівської сільської ради",
            "Ланнівська сільська територіальна громада",
        ),
        (
            "Решетилівська селищна рада",
            "Решетилівської селищної ради",
            "Решетилівська селищна територіальна громада",
        ),
        (
            "Кременчуцька міська рада",
            "Кременчуцької міської ради",
            "Кременчуцька міська територіальна громада",
        ),
        (
            "Ужгородська міська рада",
            "Ужгородської міської ради",
            "Ужгородська міська територіальна громада",
        ),
        (
            "Кам’янець-Подільська міська рада",
            "Кам’янець-Подільської міської ради",
            "Кам’янець-Подільська міська територіальна громада",
        ),
        (
            "  Ланнівська   сільська рада ",
            "Ланнівської сільської ради",
            "Ланнівська сільська територіальна громада",
        ),
    ],
)
def test_names_are_proposed_from_a_regular_council_name(council, genitive, community):
    proposal = propose_names(council)
    assert proposal is not None
    assert proposal.council_name_genitive == genitive
    assert proposal.executive_committee == f"Виконавчий комітет {genitive}"
    assert proposal.community_name == community


@pytest.mark.parametrize(
    "council",
    [
        "",
        "рада",
        "сільська рада",
        "Ланнівська рада",
        "Ланнівська сільська громада",
        "Ланнівська сільська рада Полтавського району",
        "Ланна сільська рада",
        "ЛАННІВСЬКА СІЛЬСЬКА РАДА",
        "Ланнівська обласна рада",
    ],
)
def test_no_proposal_for_an_irregular_name(council):
    assert propose_names(council) is None


def test_region_words_are_left_to_the_documents():
    assert oblast_name("Полтавська область") == "Полтавська"
    assert oblast_name(" Полтавська  обл. ") == "Полтавська"
    assert oblast_name("Полтавська") == "Полтавська"
    assert oblast_name("область") == "область"  # nothing else to keep
    assert rayon_name("Полтавський район") == "Полтавський"
    assert rayon_name("Полтавський р-н") == "Полтавський"


def test_file_name_proposal(tmp_path: Path):
    assert propose_file_name("Ланнівська сільська територіальна громада") == (
        "Ланнівська сільська територіальна громада.hromada"
    )
    assert propose_file_name('Громада "Ланна": 2023?') == "Громада Ланна 2023.hromada"
    assert propose_file_name("  ") == "Громада.hromada"
    assert free_path(tmp_path, "Ланна.hromada") == tmp_path / "Ланна.hromada"
    (tmp_path / "Ланна.hromada").write_bytes(b"")
    (tmp_path / "Ланна (2).hromada").write_bytes(b"")
    assert free_path(tmp_path, "Ланна.hromada") == tmp_path / "Ланна (3).hromada"


def test_create_community_writes_a_file_that_opens(tmp_path: Path, policy):
    path = tmp_path / "Ланна.hromada"
    options = NewCommunityOptions(
        **{
            **{f: getattr(LANNA, f) for f in LANNA.__dataclass_fields__},
            "oblast": "Полтавська область",
            "rayon": " Полтавський район",
            "council_name": " Ланнівська  сільська рада ",
        }
    )
    create_community(path, options, backups=policy).close()
    assert path.is_file() and not path.with_name("Ланна.hromada.part").exists()

    with open_file(path, readonly=True) as cf:
        assert community_repo.get_community(cf) == Community(
            name="Ланнівська сільська територіальна громада",
            council_name="Ланнівська сільська рада",
            council_name_genitive="Ланнівської сільської ради",
            executive_committee="Виконавчий комітет Ланнівської сільської ради",
            oblast="Полтавська",
            rayon="Полтавський",
        )
        settlements = community_repo.list_settlements(cf)
    assert [(s.name, s.kind, s.admin_center) for s in settlements] == [
        ("Ланна", SettlementKind.SETTLEMENT, True),
        ("Коржиха", SettlementKind.VILLAGE, False),
        ("Нижня Ланна", SettlementKind.VILLAGE, False),
    ]
    assert [s.display_name for s in settlements if s.admin_center] == ["с-ще Ланна"]


def test_plain_tuples_and_no_centre_are_accepted(tmp_path: Path):
    path = tmp_path / "Громада.HROMADA"
    options = NewCommunityOptions("Громада", "Рада", settlements=(("Ланна", "village", False),))
    with create_community(path, options) as cf:
        assert [(s.name, s.admin_center) for s in community_repo.list_settlements(cf)] == [
            ("Ланна", False)
        ]
        assert community_repo.get_community(cf).council_name_genitive == ""


def _with(**changes) -> NewCommunityOptions:
    fields = {f: getattr(LANNA, f) for f in LANNA.__dataclass_fields__}
    return NewCommunityOptions(**{**fields, **changes})


@pytest.mark.parametrize(
    ("options", "file_name", "words"),
    [
        (_with(name="  "), "a.hromada", "громади"),
        (_with(council_name=""), "a.hromada", "ради"),
        (_with(settlements=()), "a.hromada", "жодного"),
        (
            _with(
                settlements=(
                    NewSettlement("Ланна", admin_center=True),
                    NewSettlement("Куми", admin_center=True),
                )
            ),
            "a.hromada",
            "Куми",
        ),
        (
            _with(settlements=(NewSettlement("Нижня Ланна"), NewSettlement(" нижня  ланна"))),
            "a.hromada",
            "двічі",
        ),
        (
            _with(settlements=(NewSettlement("Кам'янка"), NewSettlement("Кам’янка"))),
            "a.hromada",
            "двічі",
        ),
        (_with(settlements=(NewSettlement("Ланна"), NewSettlement(" "))), "a.hromada", "№2"),
        (_with(settlements=(("Ланна", "hamlet", False),)), "a.hromada", "тип"),
        (_with(oblast="П" * 101), "a.hromada", "Область"),
        (_with(name="Г" * 301), "a.hromada", "300"),
        (_with(settlements=(NewSettlement("Л" * 201),)), "a.hromada", "200"),
        (LANNA, "a.sqlite", ".hromada"),
        (LANNA, "a", ".hromada"),
    ],
)
def test_invalid_options_are_refused_and_leave_no_file(tmp_path: Path, options, file_name, words):
    with pytest.raises(InputError) as caught:
        create_community(tmp_path / file_name, options)
    assert words in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_overwritten(tmp_path: Path):
    path = tmp_path / "Ланна.hromada"
    path.write_bytes(b"something precious")
    with pytest.raises(StorageError):
        create_community(path, LANNA)
    assert path.read_bytes() == b"something precious"
    assert [p.name for p in tmp_path.iterdir()] == ["Ланна.hromada"]
