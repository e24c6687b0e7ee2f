"""The settlement label, the Ukrainian order and small-number suppression: one home each."""

import pytest

from hromada_desk.domain.disclosure import suppressed, suppression_note
from hromada_desk.domain.places import ukrainian_order
from hromada_desk.domain.records import Settlement, SettlementKind, settlement_label


def test_a_settlement_as_documents_print_it():
    assert settlement_label("Ланна", SettlementKind.SETTLEMENT) == "с-ще Ланна"
    assert settlement_label("Коржиха", SettlementKind.VILLAGE) == "с. Коржиха"
    assert settlement_label("Кременчук", SettlementKind.CITY) == "м. Кременчук"
    assert settlement_label("Невідоме", None) == "Невідоме"
    assert Settlement("Коржиха").display_name == "с. Коржиха"


def test_the_order_a_ukrainian_reader_expects():
    names = [
        "Ясне",
        "Іванівка",
        "Гнідин",
        "Ґалаґани",
        "Єлизаветівка",
        "Їжаківка",
        "Ивахни",
        "Нова Ланна",
        "Новаківка",
        "Кам’янка",
        "Камінне",
    ]
    assert sorted(names, key=ukrainian_order) == [
        "Гнідин",
        "Ґалаґани",
        "Єлизаветівка",
        "Ивахни",
        "Іванівка",
        "Їжаківка",
        "Камінне",
        "Кам’янка",
        "Нова Ланна",
        "Новаківка",
        "Ясне",
    ]


@pytest.mark.parametrize(
    ("value", "below", "shown"),
    [(0, 3, 0), (1, 3, "<3"), (2, 3, "<3"), (3, 3, 3), (None, 3, None), (2, None, 2), (2, 0, 2)],
)
def test_small_numbers_are_hidden_below_the_threshold(value, below, shown):
    assert suppressed(value, below) == shown


def test_the_note_says_what_is_hidden():
    assert suppression_note(5) == "значення від 1 до 4 приховано: «<5»"
    assert suppression_note(None) == ""
