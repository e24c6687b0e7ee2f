"""A text that says there is no need beside a calculation that finds one (issue 19: the
demo's counselling service, 11 needed and 0 existing, under «відсутня потреба»)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hromada_desk.domain.decisions import contradictions, says_no_need
from hromada_desk.domain.needs import NeedsInput, SettlementFigure, calculate

SEED_CLOSING = (
    "За даними показниками за 2022 та 2023 рік виявлено, що на території Ланнівської "
    "ТГ відсутня потреба у створенні спеціалізованих служб - служб підтримки "
    "постраждалих від домашнього насильства та насильства за ознакою статі."
)
SEED_DECISION = (
    "… прийнято рішення надати виконавчому комітетові Ланнівської сільської ради "
    "пропозиції не створювати спеціалізовані служби підтримки …, оскільки "
    "відсутня соціальна потреба у створенні спеціалізованих служб."
)


def _year(existing_counselling: int) -> object:
    settlements = tuple(SettlementFigure(f"Село {i}", 600 + i) for i in range(11))
    indicators = {
        code: 0
        for code in (
            "5.1",
            "5.2",
            "5.3",
            "5.4",
            "5.5",
            "6.1",
            "6.2",
            "6.3",
            "6.4",
            "6.5",
            "6.6",
            "6.7",
        )
    }
    indicators["6.1"] = 1
    return calculate(
        NeedsInput(
            "Ланнівська",
            2022,
            settlements,
            indicators,
            {"counselling_service": existing_counselling},
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        SEED_CLOSING,
        SEED_DECISION,
        "Потреби не виявлено.",
        "Немає потреби у створенні служб.",
        "потреби у створенні притулку немає",
    ],
)
def test_ways_of_saying_there_is_no_need(text):
    assert says_no_need(text)


@pytest.mark.parametrize(
    "text",
    [
        "Виявлено потребу у фахівцях первинного консультування.",
        "Взяти до відома інформацію голови координаційної ради.",
    ],
)
def test_texts_that_do_not_say_so(text):
    assert says_no_need(text) is None


def test_the_demos_conclusion_contradicts_its_counselling_figures():
    [found] = contradictions([SEED_CLOSING], [_year(0)])
    assert found.service.startswith("Спеціалізована служба первинного")
    assert (found.year, found.required, found.existing) == (2022, Fraction(11), 0)
    assert found.phrase == "відсутня потреба"


def test_no_contradiction_when_the_figures_agree_or_the_text_finds_a_need():
    assert contradictions([SEED_CLOSING], [_year(11)]) == []
    assert contradictions(["Виявлено потребу у фахівцях."], [_year(0)]) == []
