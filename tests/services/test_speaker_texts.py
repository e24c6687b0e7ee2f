"""The agenda item's proposals on the demo's meeting: openings for a new item's texts, the
seed's «Удовиченко К.О.» after СЛУХАЛИ and after «інформацію» offered in the right case."""

from __future__ import annotations

from hromada_desk.domain.council import AgendaItem, Speaker
from hromada_desk.services.speaker_texts import Field, proposals
from hromada_desk.storage import council_repo
from hromada_desk.storage.database import open_file


def _demo(path):
    with open_file(path, readonly=True) as cf:
        return council_repo.find_meeting(cf, 1, 2023), council_repo.list_members(cf)


def test_the_seeds_names_in_the_wrong_case_are_offered_corrected(demo_path):
    meeting, members = _demo(demo_path)
    first = proposals(meeting.agenda[0], members)
    assert [(p.field, p.correction.found, p.text) for p in first] == [
        (Field.HEARD, "Удовиченко К.О.", "Удовиченка К.О."),
        (Field.DECIDED, "Удовиченко К.О.", "Удовиченка К.О."),
    ]
    corrected = first[0].apply(meeting.agenda[0].heard)
    assert corrected.startswith("Голову координаційної ради Удовиченка К.О., який повідомив")
    # Чухрая and Швирид (f) are right as typed
    assert proposals(meeting.agenda[1], members) == []
    assert proposals(meeting.agenda[2], members) == []


def test_a_new_item_with_a_member_speaking_gets_both_openings(demo_path):
    _, members = _demo(demo_path)
    shvyryd = next(m for m in members if m.name.surname == "Швирид")
    item = AgendaItem("Про різне.", [Speaker(shvyryd.id, "", "секретар координаційної ради")])
    heard, decided = proposals(item, members)
    assert heard.text == "Секретаря координаційної ради Швирид І.В., яка повідомила, що "
    assert decided.text == (
        "Взяти до відома інформацію секретаря координаційної ради Швирид І.В. про "
    )
    assert heard.apply("") == heard.text and heard.apply("Уже написано.") == "Уже написано."


def test_a_speaker_typed_by_hand_gets_no_opening(demo_path):
    _, members = _demo(demo_path)
    assert proposals(AgendaItem("Про різне.", [Speaker(None, "Іваненко І.І.", "")]), members) == []
