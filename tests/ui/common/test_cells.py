"""The shared cell input: counts, decimals, clipboard blocks and settlement kinds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hromada_desk.domain.records import MAX_POPULATION, SettlementKind
from hromada_desk.ui.common.cells import (
    KINDS,
    CountInputError,
    CountProblem,
    format_block,
    format_decimal,
    kind_label,
    parse_block,
    parse_count,
    parse_decimal,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("   ", None),
        ("0", 0),
        (" 12 ", 12),
        ("1762", 1762),
        ("1 762", 1762),
        ("10\u00a0000", 10_000),
        ("10\u202f000", 10_000),
        ("10\u2009000", 10_000),
        ("1 234 567", 1_234_567),
        (str(MAX_POPULATION), MAX_POPULATION),
    ],
)
def test_parse_count_accepts_whole_numbers(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("сто", CountProblem.NOT_WHOLE),
        ("2,5", CountProblem.NOT_WHOLE),
        ("1.5", CountProblem.NOT_WHOLE),
        ("+3", CountProblem.NOT_WHOLE),
        ("1e3", CountProblem.NOT_WHOLE),
        ("1 00", CountProblem.NOT_WHOLE),
        ("5 x", CountProblem.NOT_WHOLE),
        ("١٢", CountProblem.NOT_WHOLE),
        ("²", CountProblem.NOT_WHOLE),
        ("-1", CountProblem.NEGATIVE),
        ("\u22125", CountProblem.NEGATIVE),
        ("-1 000", CountProblem.NEGATIVE),
        (str(MAX_POPULATION + 1), CountProblem.TOO_LARGE),
    ],
)
def test_parse_count_refuses_anything_else(text, problem):
    with pytest.raises(CountInputError) as caught:
        parse_count(text)
    assert caught.value.problem is problem
    assert caught.value.maximum == MAX_POPULATION


def test_parse_count_has_a_maximum_and_describes_refusals():
    assert parse_count("100 000", maximum=100_000) == 100_000
    with pytest.raises(CountInputError) as caught:
        parse_count(" 100001 ", maximum=100_000)
    assert caught.value.too_large
    assert str(caught.value) == "“100001” is too large: the largest number accepted is 100000."
    with pytest.raises(CountInputError) as caught:
        parse_count("сто")
    assert caught.value.describe() == "“сто” is not a whole number of 0 or more."


def test_decimals_take_a_comma_or_a_point_and_come_back_exactly():
    assert parse_decimal("", 100) is None
    assert parse_decimal(" 12,5 ", 100) == 12.5 and parse_decimal("12.5", 100) == 12.5
    assert parse_decimal("1 234,75", 10_000) == 1234.75 and parse_decimal("0", 1) == 0
    for bad in ("два", "-1", "1e3", "12,", ",5", "nan", "inf", "5 км", "101"):
        with pytest.raises(ValueError):
            parse_decimal(bad, 100)
    for value in (12.5, 30.0, 0.1, 1234.567, 0.0001):
        text = format_decimal(value)
        assert "." not in text and parse_decimal(text, 10_000) == value
    assert (format_decimal(30.0), format_decimal(None)) == ("30", "")


def test_clipboard_blocks_read_and_write_as_excel_does():
    assert parse_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_block("") == [[""]]
    assert parse_block("5\n\n") == [["5"], [""]]  # an empty last cell is kept
    # a cell wrapped with Alt+Enter comes quoted: one cell, its lines kept, its quotes undone
    assert parse_block('"Чисельність\nнаселення"\tЧоловіки\r\nЛанна\t1762\r\n') == [
        ["Чисельність\nнаселення", "Чоловіки"],
        ["Ланна", "1762"],
    ]
    assert parse_block('"Нива ""Схід""\nТОВ"\t7') == [['Нива "Схід"\nТОВ', "7"]]
    assert parse_block('"a\tb"\t1') == [["a\tb", "1"]]
    # any other quote is the cell's own text
    assert parse_block('"Нива"\t12') == [['"Нива"', "12"]]
    assert parse_block('"не закрито\n12\t3') == [['"не закрито'], ["12", "3"]]
    assert parse_block('"a\nb"x\t1') == [['"a'], ['b"x', "1"]]


@given(st.text(alphabet="a1 б\t\n\r", max_size=30))
def test_a_block_without_quotes_is_split_at_every_tab_and_line(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the newline after the last row
    assert parse_block(text) == [line.split("\t") for line in lines]
    assert format_block({}) == ""
    assert format_block({(3, 1): "a", (4, 2): "1762"}) == "a\t\n\t1762"


def test_kinds_are_named_in_the_interface_language():
    assert KINDS[0] is SettlementKind.VILLAGE
    assert [kind_label(k) for k in KINDS] == ["village", "settlement", "city"]
