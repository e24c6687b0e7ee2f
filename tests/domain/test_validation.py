import pytest

from hromada_desk.domain.records import Population
from hromada_desk.domain.validation import (
    Severity,
    check_count,
    validate_indicators,
    validate_person,
    validate_population,
)


def codes(findings):
    return [(f.severity, f.code) for f in findings]


def test_consistent_population_has_no_findings():
    assert validate_population(Population(1, 2023, 621, 230, 263, 128), "Верхня Ланна", 649) == []


def test_breakdown_that_does_not_add_up_is_a_warning_not_an_error():
    findings = validate_population(Population(1, 2023, 931, 389, 407, 134), "Климівка")
    assert codes(findings) == [(Severity.WARNING, "breakdown_mismatch")]
    assert "930" in findings[0].message and "931" in findings[0].message
    assert "Климівка, 2023" in str(findings[0])


def test_partial_breakdown_larger_than_total_is_a_warning():
    findings = validate_population(Population(1, 2023, 100, 80, 30, None))
    assert codes(findings) == [(Severity.WARNING, "breakdown_exceeds")]


@pytest.mark.parametrize(
    ("previous", "total", "warned"),
    [
        (1000, 1300, False),
        (1000, 1301, True),
        (1000, 699, True),
        (1000, 700, False),
    ],
)
def test_population_jump_over_30_percent_is_a_warning(previous, total, warned):
    findings = validate_population(Population(1, 2023, total), previous_total=previous)
    assert (codes(findings) == [(Severity.WARNING, "population_jump")]) is warned


def test_negative_and_non_whole_counts_are_errors():
    assert codes(validate_population(Population(1, 2023, -5))) == [(Severity.ERROR, "negative")]
    assert codes(check_count("сто", "Показник")) == [(Severity.ERROR, "not_whole")]
    assert codes(check_count(2.5, "Показник")) == [(Severity.ERROR, "not_whole")]
    assert codes(check_count(True, "Показник")) == [(Severity.ERROR, "not_whole")]
    assert codes(check_count(10_000_001, "Показник")) == [(Severity.ERROR, "too_large")]


def test_year_out_of_range_is_an_error():
    assert (Severity.ERROR, "year") in codes(validate_population(Population(1, 1899, 10)))


def test_more_completed_than_applied_programmes_is_a_warning():
    findings = validate_indicators(2023, {"5.4": 1, "5.5": 2})
    assert codes(findings) == [(Severity.WARNING, "programme_completed_exceeds_applied")]
    assert validate_indicators(2023, {"5.4": 2, "5.5": 2}) == []


def test_unknown_indicator_and_negative_value_are_errors():
    findings = validate_indicators(2023, {"7.1": 1, "6.1": -1})
    assert codes(findings) == [(Severity.ERROR, "unknown_indicator"), (Severity.ERROR, "negative")]


def test_empty_names_are_errors():
    assert codes(validate_person(" ", "Ірина")) == [(Severity.ERROR, "empty")]
    assert codes(validate_person("Швирид", "")) == [(Severity.ERROR, "empty")]
    assert validate_person("Швирид", "І") == []


def test_record_checks_name_each_field_beyond_its_limit():
    import datetime as dt

    from hromada_desk.domain import limits
    from hromada_desk.domain.council import AgendaItem, Guest, Meeting, Votes
    from hromada_desk.domain.plans import ActionPlan, PlanGoal, PlanMeasure, PlanSection
    from hromada_desk.domain.validation import validate_meeting, validate_plan

    meeting = Meeting(
        limits.MAX_MEETING_NUMBER + 1,
        dt.date(2101, 1, 1),
        "м" * 201,
        "",
        guests=[Guest("")],
        agenda=[
            AgendaItem(
                "п", decided="р" * (limits.AGENDA_TEXT + 1), votes=Votes(limits.MAX_VOTES + 1)
            )
        ],
    )
    messages = [f.message for f in validate_meeting(meeting)]
    assert [m.split(":")[0].split(" має")[0].split(" не")[0] for m in messages] == [
        "Номер засідання",
        "Дата засідання",
        "Місце проведення",
        "Запрошений",
        "Вирішили",
        "Голосів «за»",
    ]
    plan = ActionPlan(
        "План",
        1989,
        2101,
        approved_date=dt.date(1989, 12, 31),
        sections=[
            PlanSection(
                "Розділ",
                goals=[
                    PlanGoal(
                        1, "Мета", measures=[PlanMeasure("1.1", "з" * (limits.MEASURE_TEXT + 1))]
                    )
                ],
            )
        ],
    )
    messages = [f.message for f in validate_plan(plan)]
    assert len(messages) == 4
    assert messages[0].startswith("Початок періоду має бути цілим числом від 1990 до 2100")
    assert messages[1].startswith("Кінець періоду")
    assert messages[2].startswith("Дата затвердження: дата має бути від 01.01.1990")
    assert messages[3] == "Захід: задовгий текст (5001 символів), найбільше 5000"
