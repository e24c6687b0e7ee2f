"""Reading the council's members from a pasted list (domain.member_list)."""

from __future__ import annotations

import pytest

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.member_list import Passed, read_member_list, role_in
from hromada_desk.domain.names import PersonName


def _present_list(seed_text: str) -> str:
    """The seed protocol's «Присутні члени комісії:» and the lines under it, as a secretary
    copies them from the Word document of an earlier protocol."""
    start = seed_text.index("Присутні члени комісії:")
    end = seed_text.index("Голик В.В.", start)
    return seed_text[start : seed_text.index("\n", end)]


def test_the_seed_protocols_list_of_those_present_gives_its_ten_members(seed_text):
    listed = read_member_list(_present_list(seed_text))

    shorts = [item.member.name.short for item in listed.members]
    assert shorts == [
        "Удовиченко К.О.",
        "Чухрай С.А.",
        "Швирид І.В.",
        "Підгайна О.М.",
        "Тимошко О.Р.",
        "Заряжко А.В.",
        "Загороднікова М.В.",
        "Вийбер Н.П.",
        "Курінний А.А.",
        "Голик В.В.",
    ]
    roles = [item.member.role for item in listed.members]
    assert roles[:3] == [CouncilRole.CHAIR, CouncilRole.DEPUTY_CHAIR, CouncilRole.SECRETARY]
    assert set(roles[3:]) == {CouncilRole.MEMBER}
    # the role leaves the position; what the person does stays, whatever stood between
    # («, -», two spaces, «–», «-») and the «;» that ends the line gone
    positions = [item.member.position for item in listed.members]
    assert positions[0] == "сільський голова"
    assert positions[1] == "перший заступник сільського голови"
    assert positions[2].startswith("спеціаліст ІІ категорії відділу соціального захисту")
    assert positions[2].endswith("Ланнівської сільської ради")
    assert positions[5].startswith("т.в.о. начальника Служби у справах дітей")
    assert positions[9].endswith("з питань насильства за ознакою статі та торгівлі людьми")
    # the heading is passed over, not refused; the blank lines are not mentioned
    assert [(p.text, p.why) for p in listed.passed] == [("Присутні члени комісії:", Passed.HEADING)]
    # the line numbers are those of the pasted text
    assert listed.members[0].line == 5


def test_a_word_table_with_numbers_heading_full_names_capitals_and_a_phone():
    text = (
        "№ з/п\tПІБ\tПосада\r\n"
        "1.\tКОВАЛЕНКО Марія Петрівна\tзаступниця сільського голови, голова координаційної "
        "ради\t+380 67 123 45 67\r\n"
        "2\tПетренко Олег Іванович\tначальник служби у справах дітей;\r\n"
        "3\tІваненко О. П.\tсекретар координаційної ради, спеціалістка відділу\r\n"
    )
    listed = read_member_list(text)

    members = [item.member for item in listed.members]
    assert [m.name for m in members] == [
        PersonName("Коваленко", "Марія", "Петрівна"),
        PersonName("Петренко", "Олег", "Іванович"),
        PersonName("Іваненко", "О", "П"),
    ]
    assert [m.role for m in members] == [
        CouncilRole.CHAIR,
        CouncilRole.MEMBER,
        CouncilRole.SECRETARY,
    ]
    assert [m.position for m in members] == [
        "заступниця сільського голови",
        "начальник служби у справах дітей",
        "спеціалістка відділу",
    ]
    assert members[0].phone == "+380 67 123 45 67"
    assert [(p.line, p.why) for p in listed.passed] == [(1, Passed.HEADING)]


@pytest.mark.parametrize(
    ("line", "surname", "given", "patronymic", "position"),
    [
        (
            "Сільський голова – Бондар Ігор Васильович",
            "Бондар",
            "Ігор",
            "Васильович",
            "сільський голова",
        ),
        ("• Мар’янчук-Левицька Н.В., психолог", "Мар’янчук-Левицька", "Н", "В", "психолог"),
        ("2) Коваль І.І. начальник ЦНАП", "Коваль", "І", "І", "начальник ЦНАП"),
        (
            "Коваль І.І.\u00a0– КУ «Центр надання соціальних послуг»",
            "Коваль",
            "І",
            "І",
            "КУ «Центр надання соціальних послуг»",
        ),
        ("Шевченко Тарас Григорович", "Шевченко", "Тарас", "Григорович", ""),
        ("Гнатюк Ольга – директорка школи", "Гнатюк", "Ольга", "", "директорка школи"),
    ],
)
def test_one_person_a_line_in_the_ways_documents_write_it(
    line, surname, given, patronymic, position
):
    listed = read_member_list(line)

    assert listed.passed == []
    (item,) = listed.members
    assert item.member.name == PersonName(surname, given, patronymic)
    assert item.member.position == position


def test_lines_naming_no_one_are_refused_with_the_reason_and_the_rest_is_read():
    listed = read_member_list("начальник відділу освіти\nІваненко\nПетренко О.І. – юрист\n")

    assert [item.member.name.short for item in listed.members] == ["Петренко О.І."]
    assert [(p.line, p.text, p.why) for p in listed.refused] == [
        (1, "начальник відділу освіти", Passed.UNREAD),
        (2, "Іваненко", Passed.UNREAD),
    ]


def test_a_person_already_in_the_council_or_twice_in_the_list_is_added_once():
    present = [Member(PersonName("Коваленко", "Марія", "Петрівна"), "юрист")]
    listed = read_member_list(
        "Коваленко М.П. – юрист\nПетренко О.І. – психолог\nПЕТРЕНКО О.І. – психолог\n", present
    )

    assert [item.member.name.short for item in listed.members] == ["Петренко О.І."]
    assert [(p.line, p.why, p.detail) for p in listed.passed] == [
        (1, Passed.PRESENT, "Коваленко М.П."),
        (3, Passed.PRESENT, "Петренко О.І."),
    ]
    assert listed.refused == []


def test_a_position_longer_than_the_file_allows_refuses_its_line_naming_the_field():
    listed = read_member_list("Петренко О.І. – " + "дуже довга посада " * 40)

    assert listed.members == []
    (refused,) = listed.refused
    assert refused.why is Passed.INVALID
    assert "Посада" in refused.detail


def test_word_line_breaks_and_invisible_characters_do_not_reach_the_record():
    listed = read_member_list(
        "Петрен\u00adко\u00a0О.\u00a0І. – начальник\u000bвідділу\u200b освіти"
    )

    (item,) = listed.members
    assert item.member.name.short == "Петренко О.І."
    assert item.member.position == "начальник відділу освіти"


@pytest.mark.parametrize(
    ("position", "role", "rest"),
    [
        ("голова координаційної ради, сільський голова", CouncilRole.CHAIR, "сільський голова"),
        ("сільський голова, голова комісії", CouncilRole.CHAIR, "сільський голова"),
        (
            "заступник голови комісії, перший заступник сільського голови;",
            CouncilRole.DEPUTY_CHAIR,
            "перший заступник сільського голови",
        ),
        ("секретарка робочої групи", CouncilRole.SECRETARY, ""),
        ("член координаційної ради, психолог", CouncilRole.MEMBER, "психолог"),
        # the village council's own officers are not the coordination council's
        ("секретар сільської ради", CouncilRole.MEMBER, "секретар сільської ради"),
        ("заступник сільського голови", CouncilRole.MEMBER, "заступник сільського голови"),
    ],
)
def test_the_council_role_a_position_names(position, role, rest):
    assert role_in(position) == (role, rest)


def test_latin_look_alike_letters_are_read_and_stored_as_cyrillic():
    present = [Member(PersonName("Швирид", "Ірина", "В"), "секретар")]
    listed = read_member_list(
        "Швирид I.B. – секретар\nПiдгайна О.М. - юрист\nKовальчук Oлена – психолог\n", present
    )

    # «I.B.» with Latin letters is the member already listed; the others are added in Cyrillic
    assert [(p.line, p.why) for p in listed.passed] == [(1, Passed.PRESENT)]
    names = [item.member.name for item in listed.members]
    assert names == [PersonName("Підгайна", "О", "М"), PersonName("Ковальчук", "Олена")]
    assert all(not set("aceiopxykmthbACEIOPXYKMTHB") & set(n.short) for n in names)
