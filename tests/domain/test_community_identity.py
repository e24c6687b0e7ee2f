"""Which files hold one community: its codifier code first, then the shared identity, then the
official name, oblast and rayon as people type them (case, apostrophes and spaces do not
count)."""

from __future__ import annotations

import pytest

from hromada_desk.domain.community_identity import (
    BY_CODE,
    BY_NAME,
    BY_UID,
    CommunityIdentity,
    same_community,
    same_community_groups,
)


def identity(
    name: str = "Кам’янська сільська територіальна громада",
    oblast: str = "Полтавська",
    rayon: str = "Полтавський",
    uid: str | None = None,
    code: str | None = None,
) -> CommunityIdentity:
    return CommunityIdentity(uid, name, oblast, rayon, code)


LANNA = "UA53080190000081150"
OTHER = "UA53080170000043723"


@pytest.mark.parametrize(
    "name",
    [
        "Кам'янська сільська територіальна громада",
        "Камʼянська сільська територіальна громада",
        "Кам`янська сільська територіальна громада",
        "  КАМ’ЯНСЬКА   сільська територіальна громада ",
    ],
)
def test_name_as_typed_is_the_same(name):
    assert same_community(identity(), identity(name, uid="x")) == BY_NAME


@pytest.mark.parametrize(
    "other",
    [
        identity(rayon="Миргородський"),
        identity(oblast="Сумська"),
        identity(name="Кам’янська селищна територіальна громада"),
    ],
)
def test_namesakes_elsewhere_are_different(other):
    assert same_community(identity(), other) is None


def test_the_word_oblast_or_rayon_does_not_count():
    assert (
        same_community(identity(), identity(oblast="Полтавська область", rayon="Полтавський район"))
        == BY_NAME
    )


def test_shared_uid_wins_over_names():
    assert same_community(identity(uid="a"), identity("Інша громада", uid="a")) == BY_UID
    assert same_community(identity(uid="a"), identity(uid="b")) == BY_NAME


def test_an_empty_name_matches_nothing_by_name():
    assert same_community(identity(""), identity("")) is None


def test_groups_are_joined_through_any_key():
    # a ~ b by uid, b ~ c by name: one community in three files; d is another one
    files = [
        identity("Стара назва", uid="u"),
        identity(uid="u"),
        identity(),
        identity(rayon="Миргородський", uid="v"),
    ]
    assert same_community_groups(files) == [[0, 1, 2]]
    assert same_community_groups(files[3:]) == []


def test_the_code_is_the_first_key():
    assert list(identity(uid="u", code=LANNA).keys()) == [BY_CODE, BY_UID, BY_NAME]
    assert same_community(identity(uid="a", code=LANNA), identity(uid="a", code=LANNA)) == BY_CODE


def test_one_code_is_one_community_whatever_the_files_say():
    # two files made apart (no shared identity), named and placed differently
    made_by_hand = identity("Ланнівська територіальна громада", "", "", uid="a", code=LANNA)
    from_the_codifier = identity("Ланнівська селищна територіальна громада", uid="b", code=LANNA)
    assert same_community(made_by_hand, from_the_codifier) == BY_CODE
    assert same_community_groups(
        [made_by_hand, identity(uid="c", code=OTHER), from_the_codifier]
    ) == [[0, 2]]


def test_two_codes_are_two_communities_even_of_one_name():
    assert same_community(identity(uid="a", code=LANNA), identity(uid="b", code=OTHER)) is None
    assert (
        same_community_groups([identity(uid="a", code=LANNA), identity(uid="b", code=OTHER)]) == []
    )
    # a copy of one file is still one community (its code was changed in one of them)
    assert same_community(identity(uid="a", code=LANNA), identity(uid="a", code=OTHER)) == BY_UID


def test_a_file_without_a_code_is_matched_by_the_other_keys():
    assert same_community(identity(uid="a", code=LANNA), identity(uid="b")) == BY_NAME
    assert same_community_groups([identity(uid="a", code=LANNA), identity(uid="b")]) == [[0, 1]]
