"""Reading a meeting's attendance from a pasted text (domain.attendance_list)."""

from __future__ import annotations

from hromada_desk.domain.attendance_list import marks_after, read_attendance
from hromada_desk.domain.council import Guest, Member
from hromada_desk.domain.member_list import read_member_list


def council(seed_text: str) -> list[Member]:
    """The seed protocol's ten members, with ids."""
    start = seed_text.index("Присутні члени комісії:")
    end = seed_text.index("\n", seed_text.index("Голик В.В.", start))
    members = [listed.member for listed in read_member_list(seed_text[start:end]).members]
    for number, member in enumerate(members, start=1):
        member.id = number
    return members


def test_the_seed_protocols_list_marks_its_ten_members_present(seed_text):
    members = council(seed_text)
    start = seed_text.index("Присутні члени комісії:")
    end = seed_text.index("\n", seed_text.index("Голик В.В.", start))

    listed = read_attendance(seed_text[start:end], members)

    assert [m.id for m in listed.present] == list(range(1, 11))
    assert listed.absent == [] and listed.guests == [] and listed.unread == []
    assert not listed.others_present  # the list names those present: the rest were absent


def test_present_absent_with_reasons_invited_and_strangers(seed_text):
    members = council(seed_text)
    listed = read_attendance(
        "Присутні члени комісії:\n"
        "Удовиченко К.О., - голова координаційної ради\n"
        "Чухрай С.А.  заступник\n"
        "Петренко О.І. – юрист\n"
        "Відсутні: Швирид І.В. (відпустка)\n"
        "Голик В.В. – оперуповноважений (лікарняний)\n"
        "Запрошені:\n"
        "Іваненко Марія Петрівна – директорка школи\n"
        "довільний текст\n",
        members,
    )

    assert [m.name.short for m in listed.present] == ["Удовиченко К.О.", "Чухрай С.А."]
    assert [(m.name.short, reason) for m, reason in listed.absent] == [
        ("Швирид І.В.", "відпустка"),
        ("Голик В.В.", "лікарняний"),
    ]
    assert listed.guests == [Guest("Іваненко М.П.", "директорка школи")]
    # a person who is not a member is named, not marked; a line naming no one too
    assert [(u.line, u.name.short if u.name else None) for u in listed.unread] == [
        (4, "Петренко О.І."),
        (9, None),
    ]


def test_only_the_absent_named_leaves_the_others_present(seed_text):
    listed = read_attendance("Відсутні:\nШвирид І.В.\n", council(seed_text))

    assert listed.present == []
    assert [m.name.short for m, _ in listed.absent] == ["Швирид І.В."]
    assert listed.others_present


def test_headings_without_their_colon_still_open_their_lists(seed_text):
    listed = read_attendance(
        "Присутні члени комісії\nУдовиченко К.О.\nВідсутні\nЧухрай С.А.\n", council(seed_text)
    )

    assert [m.name.short for m in listed.present] == ["Удовиченко К.О."]
    assert [(m.name.short, reason) for m, reason in listed.absent] == [("Чухрай С.А.", "")]
    assert listed.unread == []


def test_marks_after_a_list_leave_a_former_member_as_they_were(seed_text):
    members = council(seed_text)
    listed = read_attendance("Присутні:\nУдовиченко К.О.\nВідсутні:\nЧухрай С.А.\n", members)
    marks = [(1, False, ""), (2, True, ""), (3, True, ""), (4, True, "хвороба")]

    # 3 is a member on the meeting's date and not named: absent; 4 is a former member: kept
    assert marks_after(listed, marks, current={1, 2, 3}) == [
        (True, ""),
        (False, ""),
        (False, ""),
        (True, "хвороба"),
    ]
    only_absent = read_attendance("Відсутні:\nЧухрай С.А. (відпустка)\n", members)
    assert marks_after(only_absent, marks, current={1, 2, 3}) == [
        (True, ""),
        (False, "відпустка"),
        (True, ""),
        (True, "хвороба"),
    ]
