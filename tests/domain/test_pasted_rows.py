"""Pasted rows matched to settlements by name: the pure rule behind the grid's paste."""

from __future__ import annotations

import pytest

from hromada_desk.domain.parsing import parse_kind
from hromada_desk.domain.pasted_rows import (
    Problem,
    Skip,
    normalise,
    plan_paste,
    split_kind,
)
from hromada_desk.domain.records import Settlement, SettlementKind

VILLAGE, SETTLEMENT, CITY = SettlementKind.VILLAGE, SettlementKind.SETTLEMENT, SettlementKind.CITY
PLACES = [
    Settlement("Ланна", SETTLEMENT, admin_center=True, id=1),
    Settlement("Коржиха", VILLAGE, id=2),
    Settlement("Кам'янка", VILLAGE, id=3),
    Settlement("Нижня Ланна", VILLAGE, id=4),
]


def block(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.strip("\n").split("\n")]


def plan(text: str, start: str = "name", places=PLACES):
    return plan_paste(places, block(text), start)


def matched(result) -> dict[int, tuple[tuple[str, str], ...]]:
    return {m.settlement.id: m.row.figures for m in result.matched}


def test_names_are_compared_without_case_apostrophes_spaces_or_abbreviations():
    assert normalise("с. Коржиха") == normalise("КОРЖИХА") == normalise(" коржиха ")
    assert normalise("Кам’янка") == normalise("Кам'янка") == normalise("Камʼянка")
    assert normalise("с-ще  Нижня   Ланна") == normalise("нижня ланна")
    assert normalise("Климiвка") == normalise("Климівка")  # a Latin «i» typed by mistake
    assert normalise("м.Київ") == "київ"
    assert split_kind("с-ще Ланна") == (SETTLEMENT, "Ланна")
    assert split_kind("Ланна") == (None, "Ланна")
    assert split_kind("с.") == (None, "с.")  # an abbreviation alone is not a name
    # a name wrapped in its spreadsheet cell is one line
    assert split_kind("с.\nНова\n Ланна ") == (VILLAGE, "Нова Ланна")
    assert [parse_kind(t) for t in ("село", "С.", "village", "смт", "місто", "хутір")] == [
        VILLAGE,
        VILLAGE,
        VILLAGE,
        SETTLEMENT,
        CITY,
        None,
    ]


def test_rows_go_to_their_settlements_whatever_their_order():
    result = plan(
        "с. Коржиха\tvillage\t230\t96\t95\t39\nс-ще Ланна\tsettlement\t1770\t652\t797\t313\n"
    )
    assert result.named and not result.unknown and not result.refused
    assert matched(result) == {
        2: (("total", "230"), ("men", "96"), ("women", "95"), ("children", "39")),
        1: (("total", "1770"), ("men", "652"), ("women", "797"), ("children", "313")),
    }
    assert result.fields == ("total", "men", "women", "children")


def test_names_without_a_kind_column_pasted_at_a_number_cell():
    result = plan("коржиха\t230\t96\nНИЖНЯ ЛАННА\t700\t280\n", start="total")
    assert result.named
    assert matched(result) == {
        2: (("total", "230"), ("men", "96")),
        4: (("total", "700"), ("men", "280")),
    }


def test_figures_only_stay_positional():
    result = plan("230\t96\n700\t280\n", start="total")
    assert not result.named and result.rows == ((1, ("230", "96")), (2, ("700", "280")))
    # A typo among figures does not make them names: the grid refuses it where it lands.
    assert not plan("сто\t96\n700\t280\n", start="total").named


@pytest.mark.parametrize(
    "header",
    [
        "Населений пункт\tТип\tУсього\tЧоловіки\tЖінки\tДіти",
        "Settlement\tKind\tTotal\tMen\tWomen\tChildren",
        "Назва\tВид\tК-сть\tч\tж\tд",
    ],
)
def test_a_header_row_is_skipped(header):
    result = plan(f"{header}\nКоржиха\tсело\t230\t96\t95\t39\n", start="men")
    assert [(s.line, s.reason) for s in result.skipped] == [(1, Skip.HEADER)]
    assert matched(result) == {
        2: (("total", "230"), ("men", "96"), ("women", "95"), ("children", "39"))
    }
    positional = plan("Усього\tЧоловіки\n230\t96\n", start="total")
    assert not positional.named and positional.rows == ((2, ("230", "96")),)
    assert positional.skipped[0].reason is Skip.HEADER


def test_a_header_names_its_columns_in_any_order():
    result = plan("Назва\tДіти\tУсього\nКоржиха\t39\t230\n")
    assert matched(result) == {2: (("children", "39"), ("total", "230"))}


def test_a_first_row_without_figures_is_not_a_header():
    result = plan("Коржиха\tсело\t\t\t\t\nЛанна\tселище\t1762\t\t\t\n")
    assert not result.skipped and set(matched(result)) == {1, 2}


def test_total_rows_are_skipped():
    result = plan("Коржиха\tсело\t230\nВсього\t\t9999\nTotal:\t\t9999\n")
    assert [(s.line, s.reason) for s in result.skipped] == [(2, Skip.TOTAL), (3, Skip.TOTAL)]
    assert set(matched(result)) == {2}


def test_unknown_names_are_offered_with_their_kind_and_a_likely_meaning():
    result = plan("Зелений Гай\tселище\t40\nКоржха\tсело\t5\nЛанна\tсело\t7\nПоле\t\t3\n")
    assert [(u.row.name, u.row.kind) for u in result.unknown] == [
        ("Зелений Гай", SETTLEMENT),
        ("Коржха", VILLAGE),
        ("Ланна", VILLAGE),
        ("Поле", None),
    ]
    likes = [u.like.id if u.like else None for u in result.unknown]
    assert likes == [None, 2, 1, None]  # a misspelling; the same name of another kind


def test_a_name_twice_in_the_block_is_refused_naming_both_rows():
    result = plan("Коржиха\t230\nЛанна\t1770\nс. КОРЖИХА\t240\nНове\t1\nнове\t2\n")
    problems = [(r.problem, r.lines) for r in result.refused]
    assert problems == [(Problem.REPEATED, (1, 3)), (Problem.REPEATED, (4, 5))]
    assert set(matched(result)) == {1} and not result.unknown
    # One new name twice is fine when the kinds tell the rows apart.
    assert len(plan("Нове\tсело\t1\nНове\tселище\t2\n").unknown) == 2


def test_a_name_of_two_settlements_needs_the_kind_to_tell_them_apart():
    places = [*PLACES, Settlement("Коржиха", SETTLEMENT, id=9)]
    result = plan("Коржиха\t230\n", places=places)
    [refused] = result.refused
    assert refused.problem is Problem.AMBIGUOUS and refused.lines == (1,)
    assert {s.id for s in refused.settlements} == {2, 9}
    assert matched(plan("Коржиха\tселище\t5\nс. Коржиха\t\t230\n", places=places)) == {
        9: (("total", "5"),),
        2: (("total", "230"),),
    }


def test_rows_that_cannot_be_read_are_refused():
    result = plan("Коржиха\tхутір\t230\n\tсело\t5\n1762\tсело\t5\nЛанна\tселище\t1770\n")
    assert [(r.problem, r.lines, r.text) for r in result.refused] == [
        (Problem.NOT_A_KIND, (1,), "хутір"),
        (Problem.NO_NAME, (2,), "село · 5"),
        (Problem.NUMBER_AS_NAME, (3,), "1762"),
    ]
    assert set(matched(result)) == {1}


def test_kinds_alone_at_the_kind_column_are_not_names():
    assert not plan("селище\nсело\n", start="kind").named
    assert plan("Коржиха\tсело\n", start="kind").named


def test_columns_beyond_the_children_are_counted():
    result = plan("Коржиха\tсело\t230\t96\t95\t39\tпримітка\t\n")
    assert result.extra_columns == 1 and matched(result) == {
        2: (("total", "230"), ("men", "96"), ("women", "95"), ("children", "39"))
    }


def test_empty_rows_are_passed_over_and_a_missing_cell_is_not_a_figure():
    result = plan("Коржиха\tсело\t230\t96\n\t\t\t\nЛанна\tселище\t1770\n")
    assert not result.refused and not result.skipped
    assert matched(result) == {2: (("total", "230"), ("men", "96")), 1: (("total", "1770"),)}


@pytest.mark.parametrize("start", ["name", "total"])
def test_a_word_table_with_row_numbers_and_a_year_in_its_header(start):
    result = plan(
        "№ з/п\tНазва населеного пункту\tСтаном на 01.01.2025\n"
        "1.\tс. Коржиха\t931\n"
        "2\tс-ще Ланна\t1 000\n"
        "\tУсього\t1 931\n",
        start,
    )
    assert result.named and not result.refused and not result.unknown
    assert matched(result) == {2: (("total", "931"),), 1: (("total", "1 000"),)}
    assert [s.reason for s in result.skipped] == [Skip.HEADER, Skip.TOTAL]


def test_a_header_naming_only_the_year():
    result = plan("Населений пункт\t2025\nКоржиха\t931\nЛанна\t1000\n")
    assert matched(result) == {2: (("total", "931"),), 1: (("total", "1000"),)}
    assert [s.reason for s in result.skipped] == [Skip.HEADER]


def test_numbers_beside_numbers_are_figures_not_row_numbers():
    result = plan("1\t931\n2\t1000\n", "total")
    assert not result.named and result.rows == ((1, ("1", "931")), (2, ("2", "1000")))


def test_a_header_of_wrapped_titles_is_shown_on_one_line():
    block = [
        ["Населений пункт", "Чисельність\nнаселення, осіб", "Діти\n(до 18 років)"],
        ["Ланна", "1762", "313"],
    ]
    result = plan_paste(PLACES, block, "name")
    assert [(s.line, s.reason, s.text) for s in result.skipped] == [
        (1, Skip.HEADER, "Населений пункт · Чисельність населення, осіб · Діти (до 18 років)")
    ]
    assert result.fields == ("total", "children")


@pytest.mark.parametrize("text", ["12,5", "1762,50", "-5", "10 000 001", "1,000", "1 762,00"])
def test_a_number_the_grid_refuses_is_no_settlement_name(text):
    """Pasted over a figure it is that figure (refused with its reason where it lands), not
    a new settlement called «12,5»; in the name column it is refused as a number."""
    assert not plan_paste(PLACES, [[text]], "total").named
    assert not plan_paste(PLACES, [[text, "5"], ["Ланна", "7"]], "total").named
    named = plan_paste(PLACES, [[text, "5"]], "name")
    assert named.named and not named.unknown
    assert [r.problem for r in named.refused] == [Problem.NUMBER_AS_NAME]
