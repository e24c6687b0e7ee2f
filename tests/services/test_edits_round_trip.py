"""Every interactive edit, without Qt, on the demo file: apply then revert leaves the file as
it was, and applying again (redo) writes exactly what the first apply wrote, ids included."""

import dataclasses
import datetime as dt

import pytest

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.plans import MeasureReport, MeasureStatus, PlanMeasure
from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.services import community, meetings, members, plans, population, year_figures
from hromada_desk.services.statistics_import import ImportPlan
from hromada_desk.storage import community_repo, plans_repo
from hromada_desk.storage.database import open_file

# When a protocol was finalised is stamped to the second: a redo a second later differs there.
COLUMNS = {"meeting_snapshot": "meeting_id, content"}


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def dump(cf) -> dict[str, list[tuple]]:
    """Every row of every table but the file's own stamps."""
    tables = [
        r["name"]
        for r in cf.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'file_info' ORDER BY name"
        )
    ]
    return {
        t: sorted(
            (tuple(r.values()) for r in cf.query(f"SELECT {COLUMNS.get(t, '*')} FROM {t}")),
            key=repr,
        )
        for t in tables
    }


def round_trip(cf, edit) -> None:
    before = dump(cf)
    edit.apply(cf)
    after = dump(cf)
    assert after != before, "the edit changed nothing"
    edit.revert(cf)
    assert dump(cf) == before, "undo left the file changed"
    edit.apply(cf)
    assert dump(cf) == after, "redo wrote something else than the edit did"


def settlement(cf, sid: int) -> Settlement:
    found = community_repo.get_settlement(cf, sid)
    assert found is not None
    return found


# -- settlements and population ---------------------------------------------------------------


def test_adding_a_settlement(cf):
    edit = population.add_settlement(cf, Settlement("Нова Ланна", SettlementKind.VILLAGE))
    round_trip(cf, edit)
    assert edit.key == (12, 12)
    assert settlement(cf, 12).name == "Нова Ланна"


def test_adding_the_new_administrative_centre_and_taking_it_back(cf):
    edit = population.add_settlement(cf, Settlement("Нова Ланна", admin_center=True))
    round_trip(cf, edit)
    assert [s.id for s in community_repo.list_settlements(cf) if s.admin_center] == [12]
    edit.revert(cf)
    assert [s.id for s in community_repo.list_settlements(cf) if s.admin_center] == [1]


def test_editing_a_settlement_moves_the_centre_and_undo_moves_it_back(cf):
    before = settlement(cf, 2)
    edit = population.edit_settlement(
        cf, before, dataclasses.replace(before, admin_center=True, area_km2=12.5, archived=True)
    )
    assert edit is not None
    round_trip(cf, edit)
    assert settlement(cf, 2).admin_center and not settlement(cf, 1).admin_center
    assert not settlement(cf, 2).archived  # archiving is its own edit
    edit.revert(cf)
    assert settlement(cf, 1).admin_center


def test_an_unchanged_settlement_is_no_edit(cf):
    before = settlement(cf, 2)
    assert population.edit_settlement(cf, before, dataclasses.replace(before)) is None


def test_archiving_a_settlement(cf):
    round_trip(cf, population.set_archived(settlement(cf, 3), True))
    assert settlement(cf, 3).archived


def test_typed_cells(cf):
    stored = community_repo.get_population(cf, 2023)
    old, removed = stored[1], stored[2]
    new = dataclasses.replace(old, total=240, children=None)
    renamed = dataclasses.replace(settlement(cf, 2), name="Коржиха Друга")
    edit = population.PopulationEdit(
        (renamed,),
        (settlement(cf, 2),),
        ((2, 2023, new), (3, 2023, None)),
        ((2, 2023, old), (3, 2023, removed)),
    )
    assert edit.what == "all"
    round_trip(cf, edit)
    assert community_repo.get_population(cf, 2023)[1] == new
    assert 3 not in {p.settlement_id for p in community_repo.get_population(cf, 2023)}


def test_a_paste_with_new_settlements_puts_them_back_under_their_ids(cf):
    figures = population.PopulationEdit(
        population=((1, 2023, Population(1, 2023, 1800)),),
        old_population=((1, 2023, community_repo.get_population(cf, 2023)[0]),),
    )
    edit = population.paste(
        figures,
        [
            (Settlement("Степове"), Population(0, 2023, 120, 60, 60, 10)),
            (Settlement("Озерне", SettlementKind.SETTLEMENT), None),
        ],
    )
    round_trip(cf, edit)
    added = {s.name: s.id for s in community_repo.list_settlements(cf)}
    assert (added["Степове"], added["Озерне"]) == (12, 13)
    assert Population(12, 2023, 120, 60, 60, 10) in community_repo.get_population(cf, 2023)


def test_a_later_edit_still_finds_a_settlement_put_back_by_redo(cf):
    add = population.add_settlement(cf, Settlement("Степове"))
    add.apply(cf)
    assert add.key is not None
    figures = population.PopulationEdit(
        population=((add.key.id, 2023, Population(add.key.id, 2023, 55)),),
        old_population=((add.key.id, 2023, None),),
    )
    figures.apply(cf)
    after = dump(cf)
    figures.revert(cf)
    add.revert(cf)
    add.apply(cf)
    figures.apply(cf)
    assert dump(cf) == after


# -- the year's other figures and the community ---------------------------------------------


def test_indicators(cf):
    edit = year_figures.change_indicators(cf, 2023, {"6.1": 5, "5.1": None, "6.2": 0})
    assert edit is not None
    round_trip(cf, edit)
    stored = community_repo.get_indicators(cf, 2023)
    assert stored["6.1"] == 5 and "5.1" not in stored
    assert year_figures.change_indicators(cf, 2023, {"6.1": 5}) is None


def test_existing_services(cf):
    edit = year_figures.change_existing_services(cf, 2023, {"shelter": 1, "day_center": None})
    assert edit is not None
    round_trip(cf, edit)
    assert community_repo.get_existing_services(cf, 2023)["shelter"] == 1


def test_rayon_figures(cf):
    round_trip(cf, year_figures.change_rayon_figures(2023, (None, None), (190_000, 48)))
    assert community_repo.get_rayon_figures(cf, 2023) == (190_000, 48)


def test_calculation_parameters_and_their_reset(cf):
    assert year_figures.reset_parameters(cf, 2023) is None
    change = year_figures.change_parameters(cf, 2023, {"cases_indicator": ("6.2", "Звіт")})
    round_trip(cf, change)
    reset = year_figures.reset_parameters(cf, 2023)
    assert reset is not None
    round_trip(cf, reset)
    assert community_repo.get_parameters(cf, 2023) == {}


def test_an_imported_template_is_removed_again_where_the_file_had_nothing(cf):
    plan = ImportPlan(2024, (), (Population(1, 2024, 1750), Population(2, 2024, 230)), {"6.1": 3})
    round_trip(cf, year_figures.import_template(cf, plan))
    assert [p.total for p in community_repo.get_population(cf, 2024)] == [1750, 230]


def test_the_community_details(cf):
    old = community.get_community(cf)
    round_trip(cf, community.change_community(old, dataclasses.replace(old, rayon="Кременчуцький")))
    assert community.get_community(cf).rayon == "Кременчуцький"


# -- members ------------------------------------------------------------------------------------

NEW_MEMBER = Member(
    PersonName("Новенька", "Ольга", "Іванівна"),
    "соціальна робітниця",
    member_from=dt.date(2024, 1, 15),
)


def test_adding_a_member(cf):
    edit = members.add_member(NEW_MEMBER)
    round_trip(cf, edit)
    assert edit.key == (11, 11)
    assert members.get_member(cf, 11).name.surname == "Новенька"
    assert NEW_MEMBER.id is None  # the form's record is not changed


def test_editing_a_member(cf):
    before = members.get_member(cf, 4)
    round_trip(
        cf,
        members.update_member(
            before, dataclasses.replace(before, role=CouncilRole.SECRETARY, phone="050 000 00 00")
        ),
    )


def test_deleting_a_member_puts_the_record_back_in_its_place(cf):
    members.add_member(NEW_MEMBER).apply(cf)
    added = members.get_member(cf, 11)
    assert not members.member_is_used(cf, 11)
    edit = members.delete_member(cf, added)
    assert edit is not None
    round_trip(cf, edit)
    assert members.get_member(cf, 11) is None


# -- meetings -----------------------------------------------------------------------------------


def test_a_new_meeting_is_proposed_from_the_file(cf):
    proposed = meetings.propose(cf, dt.date(2024, 3, 1))
    assert (proposed.number, proposed.place) == (1, "с-ще Ланна")
    assert proposed.title.endswith("Ланнівської сільської ради")
    assert [s.member_id for s in proposed.signatures] == [1, 3]  # the chair and the secretary
    assert meetings.propose(cf, dt.date(2023, 9, 1)).number == 2


def test_adding_a_meeting(cf):
    edit = meetings.add_meeting(meetings.propose(cf, dt.date(2024, 3, 1)))
    round_trip(cf, edit)
    assert edit.key == 2
    assert meetings.get_meeting(cf, 2).label == "1/2024"


def test_saving_a_meeting(cf):
    (old,) = meetings.list_meetings(cf)
    new = dataclasses.replace(
        old, place="с. Коржиха", agenda=old.agenda[:1], guests=[*old.guests[1:]]
    )
    round_trip(cf, meetings.replace_meeting(old, new))
    assert meetings.get_meeting(cf, old.id).place == "с. Коржиха"


def test_deleting_a_finalised_meeting_brings_back_its_frozen_protocol(cf):
    (meeting,) = meetings.list_meetings(cf)
    meetings.finalise(meeting).apply(cf)
    frozen = meetings.get_snapshot(cf, meeting.id)
    edit = meetings.delete_meeting(cf, meetings.get_meeting(cf, meeting.id))
    assert edit is not None
    round_trip(cf, edit)
    assert meetings.get_meeting(cf, meeting.id) is None
    edit.revert(cf)
    assert meetings.get_snapshot(cf, meeting.id)[0] == frozen[0]


def test_finalising_and_reopening_a_protocol(cf):
    (meeting,) = meetings.list_meetings(cf)
    round_trip(cf, meetings.finalise(meeting))
    assert meetings.get_meeting(cf, meeting.id).status.value == "final"
    round_trip(cf, meetings.reopen(meeting))
    assert meetings.get_snapshot(cf, meeting.id) is None


# -- action plans -------------------------------------------------------------------------------


@pytest.fixture
def plan(cf):
    (plan,) = plans.list_plans(cf)
    return plan


def test_saving_a_section_goal_and_measure(cf, plan):
    section = plan.sections[1]
    round_trip(cf, plans.save_record(section, dataclasses.replace(section, title="Інша назва")))
    goal = plan.sections[0].goals[0]
    round_trip(cf, plans.save_record(goal, dataclasses.replace(goal, indicators="Звернення")))
    measure = goal.measures[0]
    round_trip(cf, plans.save_record(measure, dataclasses.replace(measure, funding="Громада")))
    with pytest.raises(TypeError):
        plans.save_record(goal, measure)


def test_adding_a_measure_and_reporting_on_it(cf, plan):
    goal = plan.sections[0].goals[0]
    edit = plans.add_measure(goal, PlanMeasure("1.4", "Навчання фахівців"))
    round_trip(cf, edit)
    assert edit.key is not None
    assert [m.number for m in plans_repo.get_plan(cf, plan.id).sections[0].goals[0].measures] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
    ]
    report = MeasureReport(edit.key, "2024", MeasureStatus.DONE, "Проведено", 1000)
    round_trip(cf, plans.set_report(edit.key, "2024", None, report))
    assert plans.get_report(cf, edit.key, "2024") == report


def test_deleting_a_measure_puts_it_back_in_place_with_its_reports(cf, plan):
    measure = plan.sections[0].goals[0].measures[0]
    report = MeasureReport(measure.id, "2024", MeasureStatus.IN_PROGRESS, "Розпочато", None)
    plans.set_report(measure.id, "2024", None, report).apply(cf)
    edit = plans.delete_measure(cf, measure)
    assert edit is not None
    round_trip(cf, edit)
    edit.revert(cf)
    assert plans.get_reports(cf, "2024") == [report]
    assert plans_repo.measure_place(cf, measure.id) == (1, 1)


def test_removing_a_report(cf, plan):
    measure = plan.sections[0].goals[0].measures[1]
    report = MeasureReport(measure.id, "2024", MeasureStatus.DONE, "", None)
    plans.set_report(measure.id, "2024", None, report).apply(cf)
    round_trip(cf, plans.set_report(measure.id, "2024", report, None))
    assert plans.get_report(cf, measure.id, "2024") is None


def test_a_member_a_meeting_names_is_in_use(cf):
    # What the page checks before it offers to delete a member: such a record is kept.
    assert [a.member_id for a in meetings.list_meetings(cf)[0].attendance][:1] == [1]
    assert members.member_is_used(cf, 1)


def test_undoing_a_reopen_puts_back_the_protocol_that_was_frozen(demo_path):
    """The finalised protocol is a legal record: undoing «reopen» after the figures changed
    must not freeze a new protocol from today's records."""
    from hromada_desk.domain.records import Population
    from hromada_desk.services import meetings
    from hromada_desk.storage import community_repo, council_repo
    from hromada_desk.storage.database import open_file

    with open_file(demo_path) as cf:
        meeting = council_repo.find_meeting(cf, 1, 2023)
        finalised = meetings.finalise(meeting)
        finalised.apply(cf)
        frozen = council_repo.get_snapshot(cf, meeting.id)
        reopened = meetings.reopen(council_repo.get_meeting(cf, meeting.id))
        reopened.apply(cf)
        assert council_repo.get_snapshot(cf, meeting.id) is None
        lanna = next(s for s in community_repo.list_settlements(cf) if s.name == "Ланна")
        community_repo.set_population(cf, [Population(lanna.id, 2023, 1800)])  # corrected
        reopened.revert(cf)
        assert council_repo.get_snapshot(cf, meeting.id) == frozen
        finalised.revert(cf)
        finalised.apply(cf)  # redo: the same frozen protocol again
        assert council_repo.get_snapshot(cf, meeting.id) == frozen


def test_a_member_named_in_a_protocol_is_not_deleted_even_by_the_service(demo_path):
    import pytest

    from hromada_desk.errors import InputError
    from hromada_desk.services import members
    from hromada_desk.storage import council_repo
    from hromada_desk.storage.database import open_file

    with open_file(demo_path) as cf:
        chair = council_repo.list_members(cf)[0]  # present at meeting №1/2023
        with pytest.raises(InputError, match="у протоколі засідання"):
            members.delete_member(cf, chair)
        assert council_repo.get_member(cf, chair.id) == chair


# -- making a plan from nothing ---------------------------------------------------------------


def test_adding_a_plan_its_sections_and_goals(cf):
    from hromada_desk.domain.plans import (
        POLICY_AREAS,
        ActionPlan,
        PlanGoal,
        PlanSection,
        copied_plan,
        next_goal_number,
        plan_title,
    )

    edit = plans.add_plan(
        ActionPlan(
            plan_title(2026, 2028),
            2026,
            2028,
            sections=[PlanSection(area) for area in POLICY_AREAS[:2]],
        )
    )
    round_trip(cf, edit)
    plan = plans_repo.get_plan(cf, edit.key)
    assert [s.title for s in plan.sections] == ["Політика", "Попередження"]
    section = plans.add_section(edit.key, PlanSection(POLICY_AREAS[3]))
    round_trip(cf, section)
    assert plans_repo.get_plan(cf, edit.key).sections[-1].title == "Притягнення кривдника"
    goal = plans.add_goal(
        section.key,
        PlanGoal(next_goal_number(plan), "Кривдники проходять програму", "Кількість, що пройшли"),
    )
    round_trip(cf, goal)
    plan = plans_repo.get_plan(cf, edit.key)
    assert plan.sections[-1].goals[0].number == 1
    measure = plans.add_measure(plan.sections[-1].goals[0], PlanMeasure("1.1", "Програма"))
    round_trip(cf, measure)
    details = dataclasses.replace(plan, approved_by="рішення сесії", approved_number="5")
    round_trip(cf, plans.save_plan(plan, details))
    # Last period's plan copied into a new one: everything but ids and reports.
    old = plans_repo.get_plan(cf, edit.key)
    copy = plans.add_plan(copied_plan(old, 2029, 2031, plan_title(2029, 2031)))
    round_trip(cf, copy)
    new = plans_repo.get_plan(cf, copy.key)
    assert (new.period_start, new.approved_by) == (2029, "")
    assert [m.text for m in new.measures] == [m.text for m in old.measures] == ["Програма"]
    assert {m.id for m in new.measures}.isdisjoint({m.id for m in old.measures})
