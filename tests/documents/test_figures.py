"""Populations summed as the documents print them: a part only where some settlement has it."""

from hromada_desk.documents.figures import Headcount, SettlementYear, total_of
from hromada_desk.domain.needs import SettlementFigure
from hromada_desk.domain.records import Population, SettlementKind


def test_a_part_is_summed_only_where_it_is_known():
    assert total_of([Headcount(100, 40, 50, 10), None, Headcount(30, None, 20)]) == Headcount(
        130, 40, 70, 10
    )
    assert total_of([Headcount(5), Headcount(6)]) == Headcount(11)
    assert total_of([None, None]) is None and total_of([]) is None


def test_population_records_are_summed_as_they_are_read():
    records = [Population(1, 2023, 100, 40, 50, 10), Population(2, 2023, 30, None, 20, None)]
    assert total_of(records) == Headcount(130, 40, 70, 10)
    assert total_of(records) == total_of(Headcount.of(r) for r in records)


def test_a_record_and_the_calculation_see_the_same_figures():
    headcount = Headcount.of(Population(7, 2023, 1762, 652, 797, 313))
    assert headcount.parts() == (1762, 652, 797, 313)
    lanna = SettlementYear("Ланна", SettlementKind.SETTLEMENT, headcount, admin_center=True)
    assert lanna.figure == SettlementFigure("Ланна", 1762, True, "")
