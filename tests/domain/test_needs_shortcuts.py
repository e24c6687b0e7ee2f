"""The needs calculation takes integer shortcuts for speed (issue #11): E, K and C built
straight from integers, needs decided by comparing integers, each number formatted once.
These properties check the shortcuts against the Methodology's own chain of Fraction
operations and against ``format_number`` / ``is_displayed_exactly`` called afresh."""

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.limits import PARAMETER_BOUNDS
from hromada_desk.domain.needs import (
    CounsellingBasis,
    NeedsInput,
    Parameters,
    RayonFigures,
    SettlementFigure,
    calculate,
)
from hromada_desk.domain.numbers import display_step, format_number

SERVICES = [
    "shelter",
    "mobile_brigade",
    "day_center",
    "counselling_service",
    "medical_rehab_center",
]


@st.composite
def needs_inputs(draw):
    populations = draw(
        st.lists(st.integers(0, 500_000), min_size=1, max_size=30).filter(lambda p: sum(p) > 0)
    )
    indicators = {code: draw(st.integers(0, 5_000)) for code in INDICATOR_CODES}
    existing = draw(st.dictionaries(st.sampled_from(SERVICES), st.integers(0, 60)))
    rayon = draw(
        st.none() | st.builds(RayonFigures, st.integers(1, 3_000_000), st.integers(0, 5_000))
    )
    parameters = Parameters(
        population_per_family_place=draw(st.sampled_from([10_000, 1, 7, 3_333, 12_345])),
        brigade_cases_per_month=draw(st.integers(1, 60)),
        months=draw(st.integers(*PARAMETER_BOUNDS["months"])),
        served_population=draw(st.none() | st.integers(1, 5_000_000)),
    )
    settlements = tuple(SettlementFigure(f"Село {i}", p) for i, p in enumerate(populations))
    return NeedsInput("Громада", 2024, settlements, indicators, existing, rayon, parameters)


def n(value):
    return format_number(value)


@given(needs_inputs())
def test_brigade_values_follow_the_methodology_chain(data):
    params = data.parameters
    cases, area = (
        (data.rayon.cases, data.rayon.population)
        if data.rayon
        else (data.indicators[params.cases_indicator], data.population)
    )
    brigade = calculate(data).services["mobile_brigade"]
    rate = Fraction(cases, area)
    forecast = rate * (params.served_population or data.population)
    brigades = forecast / params.months / params.brigade_cases_per_month
    assert brigade.values == {"E": rate, "K": forecast, "C": brigades}
    assert brigade.required == brigades
    # E and K are steps: shown with at least two significant digits (domain.numbers)
    (rate_text, rate_exact), (forecast_text, forecast_exact) = (
        display_step(rate),
        display_step(forecast),
    )
    assert brigade.steps[1].startswith(f"2) {rate_text} × ")
    assert brigade.steps[1].endswith(
        forecast_text if rate_exact else f"{forecast_text} (Е взято без округлення)"
    )
    assert brigade.steps[2].endswith(
        n(brigades) if forecast_exact else f"{n(brigades)} (К взято без округлення)"
    )


@given(needs_inputs())
def test_needs_and_shortages_follow_the_deficit(data):
    result = calculate(data)
    places = Fraction(data.population, data.parameters.population_per_family_place)
    assert result.services["shelter"].required == places
    assert result.services["day_center"].required == places
    needed = 0
    for key in ("shelter", "mobile_brigade", "day_center"):
        service = result.services[key]
        deficit = max(Fraction(0), service.required - service.existing)
        assert service.need == (deficit >= 1)
        assert service.conclusion.startswith("Є потреба") == service.need
        if service.need:
            needed += 1
            assert f"(нестача: {n(deficit)})" in result.conclusion
            assert f"{n(deficit)} (розраховано {n(service.required)}" in service.conclusion
    assert result.conclusion.count("(нестача: ") == needed
    shelter = result.services["shelter"]
    if not shelter.need:
        deficit = max(Fraction(0), shelter.required - shelter.existing)
        assert f"нестача {n(deficit)} — менше одного місця" in shelter.conclusion


def test_a_deficit_of_exactly_one_is_a_need():
    # 30 000 people: three family places, two exist. 120 cases among 30 000 people, 120 000
    # served: K = 480, C = 480 : 12 : 40 = 1, and no brigade exists.
    data = NeedsInput(
        "Громада",
        2024,
        (SettlementFigure("Місто", 30_000),),
        dict.fromkeys(INDICATOR_CODES, 120),
        {"shelter": 2, "day_center": 2, "mobile_brigade": 0},
        parameters=Parameters(served_population=120_000),
    )
    services = calculate(data).services
    for key in ("shelter", "day_center", "mobile_brigade"):
        assert services[key].deficit == 1
        assert services[key].need
    assert (
        not calculate(
            NeedsInput(
                "Громада",
                2024,
                (SettlementFigure("Місто", 29_999),),
                data.indicators,
                data.existing,
                parameters=data.parameters,
            )
        )
        .services["shelter"]
        .need
    )


@st.composite
def any_needs_inputs(draw):
    """Inputs over the whole of PARAMETER_BOUNDS, every counselling basis, starosta districts,
    a rayon or not, and services existing or not."""
    populations = draw(
        st.lists(st.integers(0, 2_000_000), min_size=1, max_size=25).filter(lambda p: sum(p) > 0)
    )
    districts = draw(
        st.lists(
            st.sampled_from(["", "Округ 1", " Округ 1", "Округ 2"]),
            min_size=len(populations),
            max_size=len(populations),
        )
    )
    indicators = {code: draw(st.integers(0, 100_000)) for code in INDICATOR_CODES}
    existing = draw(
        st.dictionaries(st.sampled_from(SERVICES), st.integers(0, 100_000) | st.integers(0, 3))
    )
    rayon = draw(
        st.none() | st.builds(RayonFigures, st.integers(1, 100_000_000), st.integers(0, 100_000))
    )
    basis = draw(st.sampled_from(list(CounsellingBasis)))
    bounds = {
        name: st.integers(*bounds) | st.just(getattr(Parameters(), name))
        for name, bounds in PARAMETER_BOUNDS.items()
    }
    parameters = Parameters(
        **{name: draw(values) for name, values in bounds.items()},
        cases_indicator=draw(st.sampled_from(INDICATOR_CODES)),
        counselling_basis=basis,
        counselling_threshold=(
            draw(st.integers(0, 10_000)) if basis is CounsellingBasis.THRESHOLD else None
        ),
        served_population=draw(st.none() | st.integers(1, 10_000_000)),
    )
    settlements = tuple(
        SettlementFigure(f"Село {i}", p, i == 0, d)
        for i, (p, d) in enumerate(zip(populations, districts, strict=True))
    )
    return NeedsInput("Громада", 2024, settlements, indicators, existing, rayon, parameters)


def _words(result):
    return (
        [(s.steps, s.conclusion, s.values) for s in result.services.values()],
        result.basis,
        result.parameter_changes,
        result.conclusion,
    )


@given(any_needs_inputs())
def test_needs_decided_in_integers_are_those_of_fraction_operators(data):
    # required and the need computed at once (integers, one normalisation each) against the
    # Methodology's chain of Fraction operations
    params = data.parameters
    result = calculate(data)
    cases, area = (
        (data.rayon.cases, data.rayon.population)
        if data.rayon
        else (data.indicators[params.cases_indicator], data.population)
    )
    brigades = (
        Fraction(cases)
        / area
        * (params.served_population or data.population)
        / params.months
        / params.brigade_cases_per_month
    )
    places = Fraction(data.population) / params.population_per_family_place
    if params.counselling_basis is CounsellingBasis.SETTLEMENTS:
        units = len(data.settlements)
    elif params.counselling_basis is CounsellingBasis.STAROSTA_DISTRICTS:
        units = len({s.starosta_district.strip() for s in data.settlements})
    else:
        units = len([s for s in data.settlements if s.population >= params.counselling_threshold])
    expected = {
        "shelter": places,
        "mobile_brigade": brigades,
        "day_center": places,
        "counselling_service": Fraction(units),
        "medical_rehab_center": Fraction(data.indicators["6.3"]),
    }
    for key, required in expected.items():
        service = result.services[key]
        assert service.required == required
        assert service.existing == data.existing.get(key, 0)
        deficit = max(Fraction(0), required - service.existing)
        assert service.deficit == deficit
        assert service.need == (key != "medical_rehab_center" and deficit >= 1)


@given(any_needs_inputs())
def test_words_built_when_read_do_not_depend_on_when(data):
    # the words of a result read at once, read in another order after other results were
    # calculated, and those of a result never read before are the same
    first = calculate(data)
    words = _words(first)
    second = calculate(data)
    calculate(
        NeedsInput(
            "Інша", 2025, (SettlementFigure("Село", 1),), dict.fromkeys(INDICATOR_CODES, 1), {}
        )
    )
    assert second.conclusion == words[3]
    assert _words(second) == words
    assert first == second
