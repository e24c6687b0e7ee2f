"""The needs calculation reproduces the seed protocol (without its rounding error)."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.needs import (
    CounsellingBasis,
    NeedsInput,
    Parameters,
    RayonFigures,
    SettlementFigure,
    calculate,
    plural,
)
from hromada_desk.domain.numbers import format_number

LANNA_2023 = {
    "Верхня Ланна": 621,
    "Климівка": 931,
    "Коржиха": 226,
    "Куми": 820,
    "Ланна": 1762,
    "Львівське": 178,
    "Нижня Ланна": 717,
    "Редути": 83,
    "Федорівка": 1593,
    "Холодне Плесо": 6,
    "Чалівка": 193,
}
LANNA_2022 = {
    "Верхня Ланна": 649,
    "Климівка": 957,
    "Коржиха": 229,
    "Куми": 705,
    "Ланна": 1770,
    "Львівське": 174,
    "Нижня Ланна": 699,
    "Редути": 54,
    "Федорівка": 1639,
    "Холодне Плесо": 4,
    "Чалівка": 190,
}


def make_input(populations, cases, *, year=2023, existing=None, rayon=None, **parameters):
    indicators = dict.fromkeys(INDICATOR_CODES, 0)
    indicators["6.1"] = cases
    return NeedsInput(
        community="Ланнівська сільська територіальна громада",
        year=year,
        settlements=tuple(SettlementFigure(name, p) for name, p in populations.items()),
        indicators=indicators,
        existing=existing or {},
        rayon=rayon,
        parameters=Parameters(**parameters),
    )


@pytest.mark.parametrize(
    ("populations", "cases", "shelter", "e", "k", "c"),
    [
        (LANNA_2022, 1, "0,707", "0,00014", "1", "0,002"),
        (LANNA_2023, 2, "0,713", "0,00028", "2", "0,004"),
    ],
    ids=["2022", "2023"],
)
def test_seed_figures(populations, cases, shelter, e, k, c):
    result = calculate(make_input(populations, cases))
    brigade = result.services["mobile_brigade"]
    assert format_number(result.services["shelter"].required) == shelter
    assert [format_number(brigade.values[x]) for x in "EKC"] == [e, k, c]
    assert brigade.values["K"] == cases  # exact: the seed's 0,989 came from a rounded E
    assert result.services["counselling_service"].required == 11


def test_steps_in_the_seed_notation():
    result = calculate(make_input(LANNA_2023, 2))
    assert result.services["shelter"].steps == ("7130 : 10\u00a0000 = 0,713",)
    steps = result.services["mobile_brigade"].steps
    assert steps[0] == "1) 2 : 7130 = 0,00028"
    assert steps[1].startswith("2) 0,00028 × 7130 = 2 ")
    assert "без округлення" in steps[1]
    assert steps[2] == "3) 2 : 12 : 40 = 0,004"
    assert result.services["day_center"].steps[1] == "Постраждалих на місяць: 2 : 12 = 0,167"


def test_needs_and_conclusions_for_the_seed():
    result = calculate(make_input(LANNA_2023, 2))
    assert [s.key for s in result.needed] == ["counselling_service"]
    counselling = result.services["counselling_service"]
    assert counselling.deficit == 11
    assert "бракує 11 фахівців" in counselling.conclusion
    assert "Потреби у створенні притулку немає" in result.services["shelter"].conclusion
    assert result.conclusion.startswith("За даними показниками за 2023 рік")
    assert "служби первинного соціально-психологічного консультування" in result.conclusion


def test_no_need_anywhere_gives_the_seed_conclusion():
    result = calculate(make_input(LANNA_2023, 2, existing={"counselling_service": 11}))
    assert result.needed == []
    assert "відсутня потреба у створенні спеціалізованих служб" in result.conclusion


def test_rayon_figures_are_used_for_the_rate_when_given():
    result = calculate(make_input(LANNA_2023, 2, rayon=RayonFigures(population=300_000, cases=600)))
    brigade = result.services["mobile_brigade"]
    assert brigade.values["E"] == Fraction(600, 300_000)
    assert brigade.values["K"] == Fraction(600, 300_000) * 7130
    assert brigade.steps[0] == "1) 600 : 300\u00a0000 = 0,002"
    assert "дані району" in result.basis
    assert "не внесено" in calculate(make_input(LANNA_2023, 2)).basis


def test_served_population_and_changed_parameters_are_recorded():
    result = calculate(
        make_input(
            LANNA_2023,
            2,
            served_population=20_000,
            brigade_cases_per_month=20,
            reasons={"brigade_cases_per_month": "бригада неповного складу"},
        )
    )
    brigade = result.services["mobile_brigade"]
    assert brigade.values["K"] == Fraction(2, 7130) * 20_000
    assert brigade.values["C"] == brigade.values["K"] / 12 / 20
    described = [c.describe() for c in result.parameter_changes]
    assert any("20 замість 40 — бригада неповного складу" in d for d in described)
    assert any("20\u00a0000" in d for d in described)


def test_other_cases_indicator():
    data = make_input(LANNA_2023, 2, cases_indicator="6.2")
    assert calculate(data).services["mobile_brigade"].values["K"] == 0


@pytest.mark.parametrize(
    ("basis", "threshold", "expected"),
    [
        (CounsellingBasis.SETTLEMENTS, None, 11),
        (CounsellingBasis.THRESHOLD, 500, 6),
        (CounsellingBasis.THRESHOLD, 0, 11),
    ],
)
def test_counselling_bases(basis, threshold, expected):
    data = make_input(LANNA_2023, 2, counselling_basis=basis, counselling_threshold=threshold)
    result = calculate(data).services["counselling_service"]
    assert result.required == expected
    assert str(expected) in result.steps[0]


def test_counselling_by_starosta_districts():
    settlements = (
        SettlementFigure("Ланна", 1762, True, ""),
        SettlementFigure("Коржиха", 226, False, "Коржиський"),
        SettlementFigure("Чалівка", 193, False, "Коржиський"),
        SettlementFigure("Куми", 820, False, "Кумівський"),
    )
    data = NeedsInput(
        "Г",
        2023,
        settlements,
        {"6.1": 0, "6.3": 0},
        {},
        parameters=Parameters(counselling_basis=CounsellingBasis.STAROSTA_DISTRICTS),
    )
    assert calculate(data).services["counselling_service"].required == 3


def test_medical_centre_reports_persons_from_6_3():
    data = make_input(LANNA_2023, 2)
    data.indicators["6.3"] = 3
    medical = calculate(data).services["medical_rehab_center"]
    assert medical.values["persons"] == 3 and not medical.need
    assert "показник 6.3" in medical.steps[0]


def test_a_need_is_proposed_from_a_deficit_of_one():
    big = {"Місто": 25_000}
    result = calculate(make_input(big, 100))
    shelter = result.services["shelter"]
    assert shelter.required == Fraction(5, 2) and shelter.need
    covered = calculate(make_input(big, 100, existing={"shelter": 2})).services["shelter"]
    assert covered.deficit == Fraction(1, 2) and not covered.need


def test_invalid_input_is_refused():
    with pytest.raises(ValueError, match="population"):
        calculate(make_input({"Порожнє": 0}, 1))
    with pytest.raises(ValueError):
        Parameters(months=0)
    with pytest.raises(ValueError):
        Parameters(cases_indicator="7.7")
    with pytest.raises(ValueError):
        Parameters(counselling_basis=CounsellingBasis.THRESHOLD)


def test_plural_forms():
    assert [plural(n, "фахівець", "фахівці", "фахівців") for n in (1, 2, 5, 11, 21, 22, 112)] == [
        "фахівець",
        "фахівці",
        "фахівців",
        "фахівців",
        "фахівець",
        "фахівці",
        "фахівців",
    ]


populations = st.dictionaries(
    st.text("абвгдежз", min_size=1, max_size=6), st.integers(0, 200_000), min_size=1, max_size=40
).filter(lambda d: sum(d.values()) > 0)


@given(populations, st.integers(0, 5_000))
def test_k_equals_a_when_the_rayon_is_the_community(pops, cases):
    result = calculate(make_input(pops, cases))
    assert result.services["mobile_brigade"].values["K"] == cases


@given(populations, st.integers(0, 5_000), st.integers(2, 9))
def test_linear_in_population(pops, cases, factor):
    rayon = RayonFigures(population=1_000_000, cases=cases)
    single = calculate(make_input(pops, cases, rayon=rayon)).services
    scaled = calculate(
        make_input({k: v * factor for k, v in pops.items()}, cases, rayon=rayon)
    ).services
    for key in ("shelter", "day_center", "mobile_brigade"):
        assert scaled[key].required == single[key].required * factor


@given(
    populations,
    st.integers(0, 5_000),
    st.dictionaries(
        st.sampled_from(
            [
                "shelter",
                "mobile_brigade",
                "day_center",
                "counselling_service",
                "medical_rehab_center",
            ]
        ),
        st.integers(0, 1_000),
    ),
)
def test_deficit_is_never_negative_and_need_follows_it(pops, cases, existing):
    result = calculate(make_input(pops, cases, existing=existing))
    for service in result.services.values():
        assert service.deficit >= 0
        assert service.deficit == max(0, service.required - service.existing)
        if service.key != "medical_rehab_center":
            assert service.need == (service.deficit >= 1)


def test_the_parameters_keep_the_bounds_a_person_can_set():
    from hromada_desk.domain.limits import PARAMETER_BOUNDS
    from hromada_desk.domain.needs import Parameters

    for name, (least, largest) in PARAMETER_BOUNDS.items():
        assert getattr(Parameters(**{name: largest}), name) == largest
        for outside in (least - 1, largest + 1):
            with pytest.raises(ValueError, match=name):
                Parameters(**{name: outside})


def test_the_rayons_rate_is_shown_so_that_the_next_step_adds_up():
    """The rayon sheet showed «0,002 × 14398 = 27»: E is shown with two significant digits."""
    from hromada_desk.domain.indicators import INDICATOR_CODES
    from hromada_desk.domain.needs import NeedsInput, SettlementFigure, calculate

    indicators = {code: 0 for code in INDICATOR_CODES} | {"6.1": 27}
    data = NeedsInput("Район", 2024, (SettlementFigure("Район", 14398),), indicators, {})
    steps = calculate(data).services["mobile_brigade"].steps
    # 14 398: five digits are grouped (domain.numbers, with a no-break space)
    assert steps[0] == "1) 27 : 14\u00a0398 = 0,0019"
    assert steps[1] == "2) 0,0019 × 14\u00a0398 = 27 (Е взято без округлення)"
