"""Council names proposed from a community's own name, and the own name found in them."""

from __future__ import annotations

import pytest

from hromada_desk.domain.places import official_names, own_name, propose_names


@pytest.mark.parametrize(
    ("council", "genitive"),
    [
        ("Садова сільська рада", "Садової сільської ради"),
        ("Мельнична сільська рада", "Мельничної сільської ради"),
        ("Ботанічна сільська рада", "Ботанічної сільської ради"),
        ("Цілинна сільська рада", "Цілинної сільської ради"),
        ("Ювілейна селищна рада", "Ювілейної селищної ради"),
        ("Квітнева сільська рада", "Квітневої сільської ради"),
    ],
)
def test_the_communities_named_by_other_adjectives_get_their_genitive(council, genitive):
    assert propose_names(council).council_name_genitive == genitive


@pytest.mark.parametrize(
    "council", ["Ланна сільська рада", "Асканія-Нова селищна рада", "Нова-Садова сільська рада"]
)
def test_nouns_and_compound_names_are_left_to_the_person(council):
    assert propose_names(council) is None


def test_official_names_leave_the_genitive_empty_for_an_irregular_name():
    names = official_names(" Асканія-Нова ", "селищна")
    assert (
        names.council_name,
        names.council_name_genitive,
        names.executive_committee,
        names.community_name,
    ) == ("Асканія-Нова селищна рада", "", "", "Асканія-Нова селищна територіальна громада")
    assert official_names("Ланнівська", "сільська").executive_committee == (
        "Виконавчий комітет Ланнівської сільської ради"
    )
    with pytest.raises(ValueError):
        official_names("Ланнівська", "обласна")


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Ланнівська сільська рада", "Ланнівська"),
        ("Ланнівська сільська територіальна громада", "Ланнівська"),
        ("Кам’янець-Подільська міська рада", "Кам’янець-Подільська"),
        ("сільська рада", ""),
        ("Громада", ""),
    ],
)
def test_the_own_name_in_an_official_name(name, own):
    assert own_name(name) == own
