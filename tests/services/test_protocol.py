import pytest

from hromada_desk.documents.needs_year import (
    input_from_document,
    needs_year_from_json,
    needs_year_json,
)
from hromada_desk.documents.protocol import from_json, to_json
from hromada_desk.domain.council import MeetingStatus
from hromada_desk.errors import InputError
from hromada_desk.services.needs import input_from_file, needs_year_for
from hromada_desk.services.protocol import build_protocol, finalise, protocol_for, reopen
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import open_file


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def test_an_attached_year_round_trips_to_the_same_input(cf):
    for year in (2022, 2023):
        attached = needs_year_for(cf, year)
        assert input_from_document(needs_year_json(attached)) == input_from_file(cf, year)
        assert needs_year_from_json(needs_year_json(attached)) == attached
    document = needs_year_json(needs_year_for(cf, 2023))
    lanna = next(s for s in document["settlements"] if s["name"] == "Ланна")
    assert (lanna["kind"], lanna["men"], lanna["admin_center"]) == ("settlement", 652, True)


def test_demo_protocol_data(cf):
    meeting = council_repo.find_meeting(cf, 1, 2023)
    data = build_protocol(cf, meeting)
    assert data.executive_committee == "Виконавчий комітет Ланнівської сільської ради"
    assert (data.label, data.place) == ("1/2023", "с-ще Ланна")
    assert data.present[0].name == "Удовиченко К.О."
    assert data.present[0].position == "сільський голова"
    assert len(data.present) == 10 and data.absent == ()
    assert data.items[0].speakers == ("голова координаційної ради Удовиченко К.О.",)
    assert data.signatures == (
        ("Голова координаційної ради", "Костянтин УДОВИЧЕНКО"),
        ("Секретар координаційної ради", "Ірина ШВИРИД"),
    )
    [result_2022, result_2023] = [year.result for year in data.items[2].years]
    assert result_2022.population == 7070 and result_2023.population == 7130
    assert result_2023.services["mobile_brigade"].values["K"] == 2


def test_snapshot_round_trip(cf):
    data = build_protocol(cf, council_repo.find_meeting(cf, 1, 2023))
    assert from_json(to_json(data)) == data


def test_finalised_protocol_does_not_follow_later_corrections(cf):
    meeting = council_repo.find_meeting(cf, 1, 2023)
    finalise(cf, meeting)
    meeting = council_repo.find_meeting(cf, 1, 2023)
    assert meeting.status is MeetingStatus.FINAL
    frozen = protocol_for(cf, meeting)
    community_repo.set_indicators(cf, 2023, {"6.1": 40})  # a correction after the meeting
    member = council_repo.list_members(cf)[0]
    member.position = "колишній сільський голова"
    council_repo.update_member(cf, member)
    again = protocol_for(cf, meeting)
    assert again == frozen
    assert again.items[2].years[1].result.services["mobile_brigade"].values["K"] == 2
    reopen(cf, meeting)
    live = protocol_for(cf, council_repo.find_meeting(cf, 1, 2023))
    assert live.present[0].position == "колишній сільський голова"
    assert live.items[2].years[1].result.services["mobile_brigade"].values["K"] == 40


def test_an_attached_year_without_data_is_named(cf):
    meeting = council_repo.find_meeting(cf, 1, 2023)
    meeting.agenda[2].calculation_years = [2030]
    with pytest.raises(InputError, match="2030"):
        build_protocol(cf, meeting)


def test_replace_and_restore_meeting(cf):
    meeting = council_repo.find_meeting(cf, 1, 2023)
    original = council_repo.find_meeting(cf, 1, 2023)
    meeting.agenda.pop()
    meeting.place = "с. Коржиха"
    council_repo.replace_meeting(cf, meeting)
    changed = council_repo.find_meeting(cf, 1, 2023)
    assert (len(changed.agenda), changed.place) == (2, "с. Коржиха")
    council_repo.delete_meeting(cf, meeting.id)
    assert council_repo.find_meeting(cf, 1, 2023) is None
    council_repo.restore_meeting(cf, original)
    back = council_repo.find_meeting(cf, 1, 2023)
    assert len(back.agenda) == 3 and back.agenda[2].calculation_years == [2022, 2023]
    assert council_repo.next_meeting_number(cf, 2023) == 2
    assert council_repo.next_meeting_number(cf, 2024) == 1
