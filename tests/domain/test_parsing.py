"""Whole numbers and echoed text read one way for cells, workbooks and JSON."""

import pytest

from hromada_desk.domain.parsing import (
    NumberProblem,
    WholeNumberError,
    control_characters,
    name_key,
    parse_figure,
    parse_kind,
    parse_whole,
    shown,
    shown_path,
    whole_in,
    whole_value,
)
from hromada_desk.domain.records import SettlementKind


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1762", 1762),
        (" 1762 ", 1762),
        ("10 000", 10000),
        ("1\u00a0234\u202f567", 1234567),
        ("0", 0),
        ("007", 7),
        ("", None),
        ("   ", None),
    ],
)
def test_whole_numbers_as_people_type_them(text, value):
    assert parse_whole(text, 10_000_000) == value


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("²", NumberProblem.NOT_WHOLE),
        ("①", NumberProblem.NOT_WHOLE),
        ("٣", NumberProblem.NOT_WHOLE),
        ("12²", NumberProblem.NOT_WHOLE),
        ("2,5", NumberProblem.NOT_WHOLE),
        ("1e3", NumberProblem.NOT_WHOLE),
        ("сто", NumberProblem.NOT_WHOLE),
        ("1 00", NumberProblem.NOT_WHOLE),
        ("+3", NumberProblem.NOT_WHOLE),
        ("-1", NumberProblem.NEGATIVE),
        ("\u22121", NumberProblem.NEGATIVE),
        ("10000001", NumberProblem.TOO_LARGE),
        ("9" * 25, NumberProblem.TOO_LARGE),
        ("9" * 5000, NumberProblem.TOO_LARGE),
    ],
)
def test_anything_else_is_refused_with_its_reason(text, problem):
    with pytest.raises(WholeNumberError) as caught:
        parse_whole(text, 10_000_000)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("value", "expected"), [(None, None), (5, 5), (5.0, 5), ("5", 5), ("", None)]
)
def test_values_from_files(value, expected):
    assert whole_value(value, 100) == expected


@pytest.mark.parametrize(
    "value",
    [
        True,
        2.5,
        float("inf"),
        float("nan"),
        -1,
        101,
        pytest.param(10**5000, id="5001-digits"),
        [1],
        {"a": 1},
        "²",
    ],
)
def test_values_from_files_that_are_not_counts(value):
    with pytest.raises(WholeNumberError) as caught:
        whole_value(value, 100)
    assert "\n" not in caught.value.text and len(caught.value.text) <= 60


def test_echoed_text_stays_on_one_line():
    assert shown("Ланна\nrm -rf\x07") == "Ланна\\nrm -rf\\x07"
    assert shown("a\udc80b") == "a\\udc80b"
    assert shown("суб’єкт") == "суб’єкт"
    assert shown("x" * 100, limit=10) == "x" * 9 + "…"
    assert shown(10**5000).startswith("число з понад")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2023", 2023),
        (" 2023 ", 2023),
        ("1990", 1990),
        ("2100", 2100),
        ("1989", None),
        ("2101", None),
        ("", None),
        ("²⁰²³", None),
        ("٢٠٢٣", None),
        ("２０２３", None),
        ("+2023", None),
        ("2_023", None),
        ("2023.0", None),
        ("-2023", None),
        ("9" * 25, None),
        ("9" * 5000, None),
        ("2023\n", 2023),
        ("20\n23", None),
    ],
)
def test_a_whole_number_within_bounds(text, value):
    assert whole_in(text, 1990, 2100) == value


def test_a_long_path_keeps_its_file_name():
    path = "/" + "тека/" * 100 + "звіт\n.xlsx"
    assert shown_path(path).endswith("тека/звіт\\n.xlsx") and shown_path(path).startswith("…")
    assert len(shown_path(path)) == 200
    assert shown_path("/tmp/a.pdf") == "/tmp/a.pdf"


def test_control_characters_of_a_name():
    assert control_characters("Ланна") == []
    assert control_characters("Ла\tнна\x07\udc80") == ["\t", "\x07", "\udc80"]
    assert control_characters("Ла\tнна", allowed="\t") == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Мар'ївка", "МАР’ЇВКА"),
        ("Мар`ївка", "марʼївка"),
        ("Нова  Ланна", " нова\u00a0ланна "),
        ("Нова\u2011Ланна", "Нова-Ланна"),
        ("Ї", "І\u0308"),
        ("Ланнiвська", "Ланнівська"),
    ],
)
def test_names_compared_as_one_whatever_the_apostrophe_case_and_spaces(one, other):
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ланна", "Лана"),
        ("Нова Ланна", "НоваЛанна"),
        ("Іванівка", "Иванівка"),
        ("Paris", "Раris"),  # a Latin name stays Latin: look-alikes only inside Cyrillic ones
    ],
)
def test_different_names_stay_different(one, other):
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("м.", SettlementKind.CITY),
        ("с-ще", SettlementKind.SETTLEMENT),
        ("С.", SettlementKind.VILLAGE),
        ("селище", SettlementKind.SETTLEMENT),
        ("village", SettlementKind.VILLAGE),
        (" CITY ", SettlementKind.CITY),
        ("смт", SettlementKind.SETTLEMENT),
        ("", None),
        ("с", SettlementKind.VILLAGE),
        ("хутір", None),
        ("с-щ", None),
    ],
)
def test_kinds_as_files_write_them(text, kind):
    assert parse_kind(text) is kind


def test_a_path_is_shown_as_people_read_it():
    from pathlib import Path, PurePosixPath, PureWindowsPath

    assert shown(Path("/tmp/Ланна.hromada")) == "/tmp/Ланна.hromada"
    assert shown(PureWindowsPath(r"C:\Громади\a.hromada")) == r"C:\Громади\a.hromada"
    assert "PosixPath" not in shown(PurePosixPath("/a\nb")) and "\\n" in shown(Path("/a\nb"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1762", 1762),
        ("1 762,00", 1762),  # a spreadsheet's «Number» format, copied as shown
        ("1762,0", 1762),
        ("1\u00a0762.00", 1762),
        (" 0,00 ", 0),
        ("", None),
    ],
)
def test_a_figure_from_a_spreadsheet_may_show_zero_decimals(text, value):
    assert parse_figure(text, 10_000_000) == value


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1762,50", NumberProblem.NOT_WHOLE),
        ("1,000", NumberProblem.NOT_WHOLE),  # a thousand, or one? not guessed
        ("1 762,000", NumberProblem.NOT_WHOLE),
        (",00", NumberProblem.NOT_WHOLE),
        ("12,", NumberProblem.NOT_WHOLE),
        ("12,00,00", NumberProblem.NOT_WHOLE),
        ("-1,00", NumberProblem.NEGATIVE),
        ("10000001,00", NumberProblem.TOO_LARGE),
    ],
)
def test_a_figure_with_other_decimals_is_refused_as_given(text, problem):
    with pytest.raises(WholeNumberError) as caught:
        parse_figure(text, 10_000_000)
    assert caught.value.problem is problem and caught.value.text == text
    assert whole_in(text.replace(",", "."), 0, 10**8) is None  # arguments stay strict
