"""Reading a meeting's agenda from a pasted text (domain.agenda_list)."""

from __future__ import annotations

from hromada_desk.domain.agenda_list import Skipped, read_agenda
from hromada_desk.domain.council import Member, Speaker
from hromada_desk.domain.names import PersonName

MEMBERS = [
    Member(PersonName("Удовиченко", "Костянтин", "О"), "сільський голова", id=1),
    Member(PersonName("Чухрай", "С", "А"), "перший заступник", id=2),
]


def _agenda(seed_text: str) -> str:
    """The seed protocol's «ПОРЯДОК ДЕННИЙ» and its three items, as copied from Word."""
    start = seed_text.index("ПОРЯДОК ДЕННИЙ")
    end = seed_text.index("\n", seed_text.index("Доповідачі:", start))
    return seed_text[start:end].replace("\n", "\r\n")


def test_the_seed_protocols_agenda_gives_its_three_items_and_speakers(seed_text):
    agenda = read_agenda(_agenda(seed_text), MEMBERS)

    titles = [listed.item.title for listed in agenda.items]
    assert len(titles) == 3
    assert titles[0].startswith("Про основні завдання та повноваження координаційної ради")
    assert titles[0].endswith("Ланнівської сільської ради.")
    assert titles[1] == "Про стан домашнього насильства в Ланнівській громаді."
    speakers = [listed.item.speakers for listed in agenda.items]
    # members are taken as themselves, the words before the name as the role printed
    assert speakers[0] == [Speaker(1, "", "голова координаційної ради")]
    assert speakers[1] == [Speaker(2, "", "заступник голови координаційної ради")]
    # not a member of this council: the name as written, «І.В..» without its extra dot
    assert speakers[2] == [Speaker(None, "Швирид І.В.", "секретар координаційної ради")]
    assert [listed.members for listed in agenda.items] == [1, 1, 0]
    assert [(s.text, s.why) for s in agenda.skipped] == [("ПОРЯДОК ДЕННИЙ", Skipped.HEADING)]


def test_numbers_marks_broken_titles_several_speakers_and_a_department():
    agenda = read_agenda(
        "Порядок денний:\n"
        "1) Про затвердження плану роботи\n"
        "координаційної ради на 2024 рік\n"
        "Доповідачі: Удовиченко К.О., сільський голова; начальник ЦНАП Петренко Олег Іванович\n"
        "2. Різне\n"
        "Інформує: служба у справах дітей\n"
        "• Про акцію «16 днів проти насильства»\n"
        "Доповідач – голова Удовиченко К.О., секретар Швирид І.В.\n",
        MEMBERS,
    )

    items = [listed.item for listed in agenda.items]
    assert [item.title for item in items] == [
        "Про затвердження плану роботи координаційної ради на 2024 рік",
        "Різне",
        "Про акцію «16 днів проти насильства»",
    ]
    # the role after the name, a capitalised abbreviation in a role taken for no one
    assert items[0].speakers == [
        Speaker(1, "", "сільський голова"),
        Speaker(None, "Петренко О.І.", "начальник ЦНАП"),
    ]
    assert items[1].speakers == [Speaker(None, "служба у справах дітей", "")]
    assert items[2].speakers == [Speaker(1, "", "голова"), Speaker(None, "Швирид І.В.", "секретар")]


def test_a_line_that_is_no_item_is_named_and_the_rest_is_read():
    agenda = read_agenda("Вступне слово\n1. Про звіт\nДоповідач: Чухрай С.А.\nдовільний текст\n")

    assert [listed.item.title for listed in agenda.items] == ["Про звіт"]
    assert [(s.line, s.text, s.why) for s in agenda.skipped] == [
        (1, "Вступне слово", Skipped.UNREAD),
        (4, "довільний текст", Skipped.UNREAD),
    ]


def test_an_item_too_long_for_the_file_is_refused_naming_the_field():
    agenda = read_agenda("1. Про " + "дуже " * 400 + "довге питання\n2. Про звіт\n")

    assert [listed.item.title for listed in agenda.items] == ["Про звіт"]
    (skipped,) = agenda.skipped
    assert skipped.why is Skipped.INVALID
    assert "Питання порядку денного" in skipped.detail


def test_a_title_going_on_in_small_letters_and_speakers_under_their_label():
    agenda = read_agenda(
        "1. Звіт служби\nпро роботу за рік\nДоповідач:\n"
        "голова координаційної ради Удовиченко К.О.\n2. Різне\n",
        MEMBERS,
    )

    items = [listed.item for listed in agenda.items]
    assert [item.title for item in items] == ["Звіт служби про роботу за рік", "Різне"]
    assert items[0].speakers == [Speaker(1, "", "голова координаційної ради")]
    assert items[1].speakers == []
    assert agenda.skipped == []
