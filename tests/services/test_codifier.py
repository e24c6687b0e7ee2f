"""A community made from its codifier code, and an existing file linked to the codifier."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from hromada_desk.domain.codifier import shipped
from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.errors import InputError
from hromada_desk.services.codifier import (
    apply_link,
    community_by_code,
    community_of_file,
    link_edit,
    plan_link,
)
from hromada_desk.services.demo import load_json
from hromada_desk.services.new_community import (
    NewSettlement,
    create_community,
    options_from_codifier,
)
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file

LANNA = "UA53080190000081150"
DEMO = load_json("demo", "lanna.json")


@pytest.fixture(scope="module")
def codifier():
    return shipped()


def test_a_new_community_from_its_code_is_the_demos_community(codifier, tmp_path: Path):
    lanna = codifier.community(LANNA)
    with create_community(
        tmp_path / "Ланна.hromada", options_from_codifier(lanna, "сільська")
    ) as cf:
        assert community_repo.get_community(cf) == Community(**DEMO["community"])
        settlements = community_repo.list_settlements(cf)
    assert [(s.name, s.kind, s.katottg) for s in settlements] == [
        (s.name, s.kind, s.code) for s in lanna.settlements
    ]
    assert sorted((s.name, s.kind.value, s.admin_center, s.katottg) for s in settlements) == sorted(
        (d["name"], d["kind"], d["admin_center"], d["katottg"]) for d in DEMO["settlements"]
    )
    assert [s.display_name for s in settlements if s.admin_center] == ["с-ще Ланна"]


def test_the_kind_of_council_follows_the_centre_unless_given(codifier):
    options = options_from_codifier(codifier.community(LANNA))
    assert (options.council_name, options.name) == (
        "Ланнівська селищна рада",
        "Ланнівська селищна територіальна громада",
    )
    assert options.katottg == LANNA and (options.oblast, options.rayon) == (
        "Полтавська",
        "Полтавський",
    )


def test_two_villages_of_one_name_are_told_apart_by_their_codes(codifier, tmp_path: Path):
    oratov = codifier.community(codifier.search("Оратівська")[0].code)
    twice = [s for s in oratov.settlements if s.name == "Тарасівка"]
    assert len(twice) == 2 and twice[0].kind == twice[1].kind
    with create_community(tmp_path / "Оратів.hromada", options_from_codifier(oratov)) as cf:
        stored = [s for s in community_repo.list_settlements(cf) if s.name == "Тарасівка"]
    assert {s.katottg for s in stored} == {s.code for s in twice}


@pytest.mark.parametrize(
    ("settlements", "words"),
    [
        (
            (
                NewSettlement("Ланна", katottg="UA53080190010066776"),
                NewSettlement("Куми", katottg="UA53080190010066776"),
            ),
            "двічі",
        ),
        ((NewSettlement("Ланна", katottg="UA5308"),), "17 цифр"),
        ((NewSettlement("Ланна", katottg="UA53080190010066776"), NewSettlement("Ланна")), "двічі"),
    ],
)
def test_codes_twice_or_of_the_wrong_shape_are_refused(
    codifier, tmp_path: Path, settlements, words
):
    options = dataclasses.replace(
        options_from_codifier(codifier.community(LANNA)), settlements=settlements
    )
    with pytest.raises(InputError, match=words):
        create_community(tmp_path / "a.hromada", options)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("UA53080000000068029", "район «Полтавський район, Полтавська область», а не"),
        ("UA53000000000028050", "область «Полтавська область», а не"),
        ("UA53080190040048441", "населений пункт с. Коржиха (Ланнівська"),
        ("UA99999999999999999", "Коду UA99999999999999999 немає в КАТОТТГ від 16.05.2025"),
        ("UA5308", "не код КАТОТТГ"),
        ("", "не код КАТОТТГ"),
    ],
)
def test_a_code_not_of_a_community_says_what_it_is(codifier, code, words):
    with pytest.raises(InputError, match=re.escape(words)):
        community_by_code(codifier, code)


def test_the_demo_linked_has_no_unmatched_settlement(codifier, demo_path):
    with open_file(demo_path) as cf:
        plan = plan_link(cf, codifier)
    assert (plan.community.code, plan.unmatched, plan.missing, plan.changes) == (
        LANNA,
        [],
        [],
        False,
    )
    assert len(plan.matched) == 11 and plan.title == "КАТОТТГ від 16.05.2025"


def test_a_file_without_codes_is_linked_by_names_and_kinds(codifier, demo_path):
    with open_file(demo_path) as cf:
        community_repo.set_codes(
            cf, None, {s.id: None for s in community_repo.list_settlements(cf)}
        )
        plan = plan_link(cf, codifier)  # found by the names of the file's community
        assert plan.unmatched == [] and plan.missing == [] and plan.changes
        apply_link(cf, plan)
        linked = community_repo.list_settlements(cf)
        assert community_repo.get_community(cf).katottg == LANNA
    assert {(s.name, s.katottg) for s in linked} == {
        (d["name"], d["katottg"]) for d in DEMO["settlements"]
    }


def test_the_unmatched_are_listed_with_the_reason(codifier, demo_path):
    with open_file(demo_path) as cf:
        by_name = {s.name: s for s in community_repo.list_settlements(cf)}
        community_repo.update_settlement(
            cf, dataclasses.replace(by_name["Ланна"], kind=SettlementKind.VILLAGE, katottg=None)
        )
        community_repo.update_settlement(
            cf, dataclasses.replace(by_name["Куми"], name="Кумі", katottg=None)
        )
        community_repo.add_settlement(cf, Settlement("Нова Ланна", katottg="UA12345678901234567"))
        plan = plan_link(cf, codifier, LANNA)
    assert [str(u) for u in plan.unmatched] == [
        "с. Ланна: у кодифікаторі — с-ще Ланна",
        "с. Кумі: немає серед населених пунктів громади в кодифікаторі",
        "с. Нова Ланна: немає серед населених пунктів громади в кодифікаторі",
    ]
    assert [s.display_name for s in plan.missing] == ["с-ще Ланна", "с. Куми"]
    assert len(plan.matched) == 9
    # a code this edition does not know (a later one's) stays; the others have none
    assert sorted(filter(None, (plan.codes[u.settlement.id] for u in plan.unmatched))) == [
        "UA12345678901234567"
    ]


def test_linking_to_another_community_takes_away_codes_of_the_old(codifier, demo_path):
    other = codifier.search("Карлівська")[0].code
    with open_file(demo_path) as cf:
        plan = plan_link(cf, codifier, other)
        apply_link(cf, plan)
        assert community_repo.get_community(cf).katottg == other
        assert [s.katottg for s in community_repo.list_settlements(cf)] == [None] * 11
    assert len(plan.unmatched) == 11 and plan.changes


def test_a_community_is_found_by_its_names_only_when_one_fits(codifier):
    named = Community(
        "Миколаївська сільська територіальна громада", "Миколаївська сільська рада", "", ""
    )
    with pytest.raises(InputError, match="відповідають 9") as caught:
        community_of_file(codifier, named)
    assert "і ще 6" in str(caught.value)
    in_odesa = dataclasses.replace(named, oblast="Одеська область", rayon="Березівський")
    assert community_of_file(codifier, in_odesa).unit.rayon == "Березівський"
    with pytest.raises(InputError, match="не знайдено"):
        community_of_file(codifier, dataclasses.replace(named, oblast="Полтавська"))


def unlinked(cf) -> dict[str, int]:
    """The demo without codes, «Куми» renamed «Кумі»: the settlement ids by name."""
    settlements = community_repo.list_settlements(cf)
    community_repo.set_codes(cf, None, {s.id: None for s in settlements})
    by_name = {s.name: s for s in settlements}
    community_repo.update_settlement(
        cf, dataclasses.replace(by_name["Куми"], name="Кумі", katottg=None)
    )
    return {s.name: s.id for s in community_repo.list_settlements(cf)}


def codes_of(cf) -> tuple[str | None, dict[str, str | None]]:
    return (
        community_repo.get_community(cf).katottg,
        {s.name: s.katottg for s in community_repo.list_settlements(cf)},
    )


def test_linking_is_one_edit_the_person_resolving_the_unmatched(codifier, demo_path):
    with open_file(demo_path) as cf:
        ids = unlinked(cf)
        before = codes_of(cf)
        plan = plan_link(cf, codifier)
        kumy = next(s for s in plan.missing if s.name == "Куми")
        assert [u.settlement.name for u in plan.unmatched] == ["Кумі"]
        edit = link_edit(cf, plan, {ids["Кумі"]: kumy.code})
        edit.apply(cf)
        linked = codes_of(cf)
        assert linked[0] == LANNA and linked[1]["Кумі"] == kumy.code
        assert {name: code for name, code in linked[1].items() if name != "Кумі"} == {
            d["name"]: d["katottg"] for d in DEMO["settlements"] if d["name"] != "Куми"
        }
        edit.revert(cf)
        assert codes_of(cf) == before
        edit.apply(cf)  # redo
        assert codes_of(cf) == linked


def test_an_unresolved_settlement_stays_without_a_code(codifier, demo_path):
    with open_file(demo_path) as cf:
        unlinked(cf)
        plan = plan_link(cf, codifier)
        link_edit(cf, plan).apply(cf)
        assert codes_of(cf)[1]["Кумі"] is None


@pytest.mark.parametrize("choice", ["twice", "not left over", "not a code"])
def test_a_choice_that_does_not_fit_is_refused(codifier, demo_path, choice):
    with open_file(demo_path) as cf:
        ids = unlinked(cf)
        plan = plan_link(cf, codifier)
        lanna = next(c for s, c in plan.matched if s.name == "Ланна")
        code = {"twice": lanna.code, "not left over": "UA53080050000011754", "not a code": "UA1"}[
            choice
        ]
        with pytest.raises(InputError, match="Кумі"):
            link_edit(cf, plan, {ids["Кумі"]: code})
