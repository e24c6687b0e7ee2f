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


@pytest.mark.parametrize(("previous", "total", "warned"), [
    (1000, 1300, False), (1000, 1301, True), (1000, 699, True), (1000, 700, False),
])
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
