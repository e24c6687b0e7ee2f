"""Names and roles in the accusative (after СЛУХАЛИ) and genitive (after «інформацію»), with
the expectations of issue 19's table, and the check of typed texts."""

from __future__ import annotations

import pytest

from hromada_desk.domain.declension import (
    Case,
    KnownPerson,
    check_heard,
    check_information,
    decided_opening,
    heard_opening,
    phrase_in,
    short_in,
)
from hromada_desk.domain.names import PersonName

ACC, GEN = Case.ACCUSATIVE, Case.GENITIVE


@pytest.mark.parametrize(
    ("surname", "gender", "accusative", "genitive"),
    [
        ("Удовиченко", "m", "Удовиченка", "Удовиченка"),
        ("Чухрай", "m", "Чухрая", "Чухрая"),
        ("Швирид", "f", "Швирид", "Швирид"),
        ("Курінний", "m", "Курінного", "Курінного"),
        ("Гуменюк", "f", "Гуменюк", "Гуменюк"),
        ("Підгайна", "f", "Підгайну", "Підгайної"),
        ("Гуменюк", "m", "Гуменюка", "Гуменюка"),
    ],
)
def test_surnames_of_the_issue_decline(surname, gender, accusative, genitive):
    name = PersonName.of(surname, "К", "О", gender)
    assert short_in(name, ACC) == f"{accusative} К.О."
    assert short_in(name, GEN) == f"{genitive} К.О."


def test_the_gender_is_read_from_a_full_given_name_else_the_name_is_not_declined():
    assert short_in(PersonName.of("Тимошко", "Олег", "Р"), GEN) == "Тимошка О.Р."
    assert short_in(PersonName.of("Тимошко", "Ольга", "Р"), GEN) == "Тимошко О.Р."
    assert short_in(PersonName.of("Тимошко", "О", "Р"), GEN) is None


@pytest.mark.parametrize(
    ("phrase", "accusative", "genitive"),
    [
        ("голова координаційної ради", "голову координаційної ради", "голови координаційної ради"),
        ("секретар", "секретаря", "секретаря"),
        (
            "заступник голови координаційної ради",
            "заступника голови координаційної ради",
            "заступника голови координаційної ради",
        ),
        ("сільський голова", "сільського голову", "сільського голови"),
        ("член комісії", "члена комісії", "члена комісії"),
        ("голова робочої групи", "голову робочої групи", "голови робочої групи"),
        (
            "перший заступник сільського голови",
            "першого заступника сільського голови",
            "першого заступника сільського голови",
        ),
        ("заступниця голови", "заступницю голови", "заступниці голови"),
        ("староста", "старосту", "старости"),
        # only the head changes: a quoted name and an abbreviation stay as typed
        (
            "фахівець із соціальної роботи КУ «Центр надання соціальних послуг»",
            "фахівця із соціальної роботи КУ «Центр надання соціальних послуг»",
            "фахівця із соціальної роботи КУ «Центр надання соціальних послуг»",
        ),
        (
            "т.в.о. начальника Служби у справах дітей",
            "т.в.о. начальника Служби у справах дітей",
            "т.в.о. начальника Служби у справах дітей",
        ),
    ],
)
def test_roles_and_positions_decline_at_their_head(phrase, accusative, genitive):
    assert phrase_in(phrase, ACC) == accusative
    assert phrase_in(phrase, GEN) == genitive


def test_openings_proposed_for_a_speaker_agree_in_case_and_gender():
    chair = PersonName.of("Удовиченко", "Костянтин", "О", "m")
    secretary = PersonName.of("Швирид", "Ірина", "В", "f")
    assert heard_opening("голова координаційної ради", chair) == (
        "Голову координаційної ради Удовиченка К.О., який повідомив, що "
    )
    assert heard_opening("секретар координаційної ради", secretary) == (
        "Секретаря координаційної ради Швирид І.В., яка повідомила, що "
    )
    assert decided_opening("голова координаційної ради", chair) == (
        "Взяти до відома інформацію голови координаційної ради Удовиченка К.О. про "
    )


CHAIR = KnownPerson(
    PersonName.of("Удовиченко", "Костянтин", "О", "m"),
    ("голова координаційної ради", "сільський голова"),
)
DEPUTY = KnownPerson(
    PersonName.of("Чухрай", "С", "А", "m"), ("заступник голови координаційної ради",)
)


def test_the_seeds_nominative_after_heard_is_found_and_corrected_on_request():
    text = (
        "Голову координаційної ради Удовиченко К.О., який повідомив, що статтею 25 "
        "Порядку взаємодії суб'єктів"
    )
    [correction] = check_heard(text, [CHAIR, DEPUTY])
    assert (correction.found, correction.proposed) == ("Удовиченко К.О.", "Удовиченка К.О.")
    assert correction.apply(text).startswith("Голову координаційної ради Удовиченка К.О., який")


def test_a_role_typed_in_the_nominative_is_corrected_with_the_name():
    text = "Голова координаційної ради Удовиченко К.О., який повідомив, що"
    [correction] = check_heard(text, [CHAIR])
    assert correction.apply(text) == (
        "Голову координаційної ради Удовиченка К.О., який повідомив, що"
    )


def test_a_correct_text_gives_nothing_to_correct():
    assert (
        check_heard(
            "Заступника голови координаційної ради Чухрая С.А., який "
            "проінформував, що Удовиченко К.О. сказав",
            [CHAIR, DEPUTY],
        )
        == []
    )
    assert (
        check_information(
            "Взяти до відома інформацію заступника голови координаійної ради Чухрая С.А. про стан",
            [CHAIR, DEPUTY],
        )
        == []
    )


def test_the_genitive_after_information():
    text = (
        "Взяти до відома інформацію голови координаційної ради Удовиченко К.О. про основні завдання"
    )
    [correction] = check_information(text, [CHAIR])
    assert correction.apply(text) == (
        "Взяти до відома інформацію голови координаційної ради Удовиченка К.О. про основні завдання"
    )


def test_a_correction_of_a_text_changed_since_is_not_applied():
    text = "Голова координаційної ради Удовиченко К.О., який повідомив"
    [correction] = check_heard(text, [CHAIR])
    assert correction.apply("Інший текст") == "Інший текст"
