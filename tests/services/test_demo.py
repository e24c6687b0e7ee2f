"""The demo community must carry the seed documents' figures as printed."""

import datetime as dt

import pytest

from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS
from hromada_desk.services.check import check_file
from hromada_desk.services.demo import load_json
from hromada_desk.storage import community_repo, council_repo, plans_repo
from hromada_desk.storage.database import open_file


@pytest.fixture
def demo(demo_path):
    with open_file(demo_path, readonly=True) as cf:
        yield cf


def test_community_names(demo):
    community = community_repo.get_community(demo)
    assert community.executive_committee == "Виконавчий комітет Ланнівської сільської ради"
    assert community.council_name_genitive == "Ланнівської сільської ради"


def test_eleven_settlements_with_lanna_as_the_centre(demo):
    settlements = community_repo.list_settlements(demo)
    assert len(settlements) == 11
    assert [s.display_name for s in settlements if s.admin_center] == ["с-ще Ланна"]
    assert sum(s.display_name.startswith("с. ") for s in settlements) == 10


def test_the_demo_carries_lannas_codes(demo):
    from hromada_desk.domain.codifier import shipped

    lanna = shipped().community("UA53080190000081150")
    assert community_repo.get_community(demo).katottg == lanna.code
    assert {(s.name, s.kind, s.katottg) for s in community_repo.list_settlements(demo)} == {
        (s.name, s.kind, s.code) for s in lanna.settlements
    }


@pytest.mark.parametrize(("year", "total"), [(2022, 7070), (2023, 7130)])
def test_population_totals_as_printed(demo, year, total):
    rows = community_repo.get_population(demo, year)
    assert len(rows) == 11
    assert sum(r.total for r in rows) == total


def test_2023_breakdown_and_the_two_inconsistent_rows(demo):
    names = {s.id: s.name for s in community_repo.list_settlements(demo)}
    rows = {names[r.settlement_id]: r for r in community_repo.get_population(demo, 2023)}
    assert sum(r.men for r in rows.values()) == 2811
    assert sum(r.women for r in rows.values()) == 3131
    assert sum(r.children for r in rows.values()) == 1186
    assert (rows["Климівка"].total, sum(rows["Климівка"].breakdown)) == (931, 930)
    assert (rows["Куми"].total, sum(rows["Куми"].breakdown)) == (820, 819)
    inconsistent = sorted(n for n, r in rows.items() if sum(r.breakdown) != r.total)
    assert inconsistent == ["Климівка", "Куми"]


def test_indicators_and_existing_services(demo):
    for year, cases in [(2022, 1), (2023, 2)]:
        values = community_repo.get_indicators(demo, year)
        assert set(values) == set(INDICATOR_CODES)
        assert values["6.1"] == cases
        assert sum(values.values()) == cases
        assert community_repo.get_existing_services(demo, year) == dict.fromkeys(SERVICE_KEYS, 0)


def test_ten_members_with_roles_and_both_name_forms(demo):
    members = council_repo.list_members(demo)
    assert len(members) == 10
    by_role = {m.role.value: m for m in members if m.role.value != "member"}
    assert by_role["chair"].name.short == "Удовиченко К.О."
    assert by_role["chair"].name.signature == "Костянтин УДОВИЧЕНКО"
    assert by_role["secretary"].name.signature == "Ірина ШВИРИД"
    assert by_role["deputy_chair"].name.short == "Чухрай С.А."
    assert all(m.is_member_on(dt.date(2023, 6, 30)) for m in members)


def test_meeting_one_of_2023_with_three_items(demo):
    meeting = council_repo.find_meeting(demo, 1, 2023)
    assert meeting.date == dt.date(2023, 6, 30)
    assert meeting.place == "с-ще Ланна"
    assert len(meeting.attendance) == 10 and all(a.present for a in meeting.attendance)
    assert len(meeting.agenda) == 3
    first, second, third = meeting.agenda
    assert first.heard.startswith("Голову координаційної ради Удовиченко К.О., який повідомив")
    assert "2 випадки вчинення домашнього насильства" in second.heard
    assert third.calculation_years == [2022, 2023]
    assert third.heard_closing.startswith("За даними показниками за 2022 та 2023 рік")
    assert third.decided.startswith("Заслухавши")
    members = {m.id: m for m in council_repo.list_members(demo)}
    speakers = [members[s.member_id].name.short for item in meeting.agenda for s in item.speakers]
    assert speakers == ["Удовиченко К.О.", "Чухрай С.А.", "Швирид І.В."]
    assert [members[s.member_id].name.signature for s in meeting.signatures] == [
        "Костянтин УДОВИЧЕНКО",
        "Ірина ШВИРИД",
    ]


def test_every_protocol_paragraph_comes_from_the_seed(demo, seed_text):
    meeting = council_repo.find_meeting(demo, 1, 2023)
    flat = " ".join(seed_text.split())
    for item in meeting.agenda:
        for text in (item.title, item.heard, item.heard_closing, item.decided):
            for paragraph in filter(None, text.split("\n")):
                assert paragraph in flat, paragraph[:80]


def test_kremenchuk_plan_in_full(demo):
    [plan] = plans_repo.list_plans(demo)
    assert (plan.period_start, plan.period_end) == (2023, 2025)
    assert [s.title for s in plan.sections] == [
        "Політика",
        "Попередження",
        "Захист та послуги",
        "Притягнення кривдника",
    ]
    assert [g.number for s in plan.sections for g in s.goals] == [1, 2, 3, 4]
    numbers = [m.number for m in plan.measures]
    assert numbers == (
        [f"1.{i}" for i in range(1, 4)]
        + [f"2.{i}" for i in range(1, 10)]
        + [f"3.{i}" for i in range(1, 9)]
        + [f"4.{i}" for i in range(1, 5)]
    )
    assert plan.measures[0].deadline == "Щомісячно"
    assert plan.footnotes[0].marker == "*"


def test_plan_matches_the_resource_data(demo):
    [plan] = plans_repo.list_plans(demo)
    data = load_json("demo", "kremenchuk_plan.json")
    expected = [m["text"] for s in data["sections"] for g in s["goals"] for m in g["measures"]]
    assert [m.text for m in plan.measures] == expected


def test_check_finds_the_seed_inconsistencies_as_warnings_only(demo):
    report = check_file(demo)
    assert report.usable and report.integrity == []
    assert not [f for f in report.findings if f.is_error]
    mismatches = sorted(f.subject for f in report.findings if f.code == "breakdown_mismatch")
    assert mismatches == ["Климівка, 2023", "Куми, 2023"]
