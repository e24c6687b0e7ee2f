"""Matching template rows to a file's settlements: by codifier code where both sides have one,
else by name and kind; every row that cannot be matched one to one named."""

from __future__ import annotations

import pytest

from hromada_desk.documents.template import FilledRow, PlaceKey
from hromada_desk.domain.records import Settlement, SettlementKind
from hromada_desk.errors import InputError
from hromada_desk.services.statistics_import import match_rows, place_key

VILLAGE, CITY = SettlementKind.VILLAGE, SettlementKind.CITY


def row(number: int, name: str, kind: SettlementKind = VILLAGE, code: str = "") -> FilledRow:
    return FilledRow("Населення", number, PlaceKey(name, kind, code), {})


def settlement(
    id_: int, name: str, kind: SettlementKind = VILLAGE, code: str = "", archived: bool = False
) -> tuple[PlaceKey, Settlement]:
    place = Settlement(name, kind, archived=archived, id=id_)
    return PlaceKey(name, kind, code), place


def matched_ids(rows, places) -> dict[int, int | None]:
    return {number: place.id for number, place in match_rows(rows, places).items()}


def test_rows_match_by_name_and_kind_in_any_order():
    places = [settlement(1, "Ланна", CITY), settlement(2, "Ланна"), settlement(3, "Мар’ївка")]
    rows = [row(4, "мар'ївка"), row(5, "ЛАННА"), row(6, "Ланна", CITY)]
    assert matched_ids(rows, places) == {4: 3, 5: 2, 6: 1}


def test_a_code_on_both_sides_decides_whatever_the_name():
    places = [
        settlement(1, "Нова Ланна", code="UA53080370010052847"),
        settlement(2, "Ланна", code="UA53080370020012345"),
    ]
    rows = [row(4, "Ланна", code="UA53080370010052847")]  # renamed since the template
    assert matched_ids(rows, places) == {4: 1}


def test_a_code_on_one_side_only_leaves_name_and_kind_to_decide():
    places = [settlement(1, "Ланна", code="UA53080370010052847"), settlement(2, "Коржиха")]
    assert matched_ids([row(4, "Ланна"), row(5, "Коржиха", code="UA1")], places) == {4: 1, 5: 2}


def test_two_different_codes_are_two_places_even_of_one_name():
    places = [settlement(1, "Ланна", code="UA53080370010052847")]
    with pytest.raises(InputError, match=r"рядок 4 .*немає такого населеного пункту"):
        match_rows([row(4, "Ланна", code="UA53080370099999999")], places)


def test_the_settlement_in_use_is_preferred_to_an_archived_one_of_the_same_name():
    places = [settlement(1, "Ланна", archived=True), settlement(2, "Ланна")]
    assert matched_ids([row(4, "Ланна")], places) == {4: 2}


def test_every_problem_is_named_the_first_three_in_full():
    places = [settlement(1, "Ланна"), settlement(2, "Коржиха"), settlement(3, "коржиха")]
    rows = [
        row(4, "Ланна"),
        row(5, "ланна"),
        row(6, "Коржиха"),
        row(7, "Чалівка"),
        row(8, "Редути"),
    ]
    with pytest.raises(InputError) as refused:
        match_rows(rows, places)
    assert refused.value.message == (
        "Аркуш «Населення», рядки 4 («Ланна», с.) і 5 («ланна», с.): обидва відповідають "
        "одному населеному пункту; Аркуш «Населення», рядок 6 («Коржиха», с.): у файлі "
        "громади кілька населених пунктів з такою назвою і типом; Аркуш «Населення», рядок 7 "
        "(«Чалівка», с.): у файлі громади немає такого населеного пункту (і ще 1). Нічого не "
        "змінено."
    )


def test_the_key_of_a_settlement_is_its_code_name_and_kind():
    assert place_key(Settlement("Ланна", CITY, id=7)) == PlaceKey("Ланна", CITY)
    assert place_key(Settlement("Ланна", CITY, id=7, katottg="UA53080190010066776")) == PlaceKey(
        "Ланна", CITY, "UA53080190010066776"
    )
