"""The needs calculation of Methodology No. 787 (Annex 2), exact, with its working shown.

Arithmetic is done on fractions and rounded only for display: the Lanna protocol rounded
E before multiplying and so printed K = 0,989 instead of 1; this module never does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from fractions import Fraction
from operator import attrgetter

from hromada_desk.domain.indicators import (
    INDICATOR_CODES,
    MEDICAL_INDICATOR,
    SERVICES_BY_KEY,
    Service,
)
from hromada_desk.domain.limits import PARAMETER_BOUNDS
from hromada_desk.domain.numbers import display_step, format_number

_ZERO = Fraction(0)


class CounsellingBasis(StrEnum):
    SETTLEMENTS = "settlements"
    STAROSTA_DISTRICTS = "starosta_districts"
    THRESHOLD = "threshold"


@dataclass(frozen=True, slots=True)
class Parameters:
    """Calculation parameters; the defaults are the Methodology's values.

    ``reasons`` holds, per changed parameter, why it was changed: documents print it.
    """

    population_per_family_place: int = 10_000
    brigade_cases_per_month: int = 40
    months: int = 12
    cases_indicator: str = "6.1"
    counselling_basis: CounsellingBasis = CounsellingBasis.SETTLEMENTS
    counselling_threshold: int | None = None
    served_population: int | None = None
    reasons: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for name, (least, largest) in PARAMETER_BOUNDS.items():
            if not least <= getattr(self, name) <= largest:
                raise ValueError(f"{name} must be from {least} to {largest}")
        if self.cases_indicator not in INDICATOR_CODES:
            raise ValueError(f"unknown indicator {self.cases_indicator}")
        if self.counselling_basis is CounsellingBasis.THRESHOLD and (
            self.counselling_threshold is None or self.counselling_threshold < 0
        ):
            raise ValueError("the threshold basis needs a non-negative threshold")
        if self.served_population is not None and self.served_population < 1:
            raise ValueError("served_population must be at least 1")

    def changes(self) -> list[ParameterChange]:
        changed = []
        for name in _CHANGEABLE:
            value, standard = getattr(self, name), getattr(_DEFAULT_PARAMETERS, name)
            if value != standard:
                changed.append(
                    ParameterChange(
                        name, PARAMETER_LABELS[name], standard, value, self.reasons.get(name, "")
                    )
                )
        return changed


# What ``changes`` compares, built once: it runs for every community-year of a country.
_DEFAULT_PARAMETERS = Parameters()
_CHANGEABLE = tuple(f.name for f in fields(Parameters) if f.name != "reasons")


PARAMETER_LABELS: dict[str, str] = {
    "population_per_family_place": "чисельність населення на одне сімейне місце",
    "brigade_cases_per_month": "кількість випадків, які мобільна бригада опрацьовує за місяць",
    "months": "кількість місяців у році",
    "cases_indicator": "показник, що береться за кількість випадків (А)",
    "counselling_basis": "основа розрахунку служби консультування",
    "counselling_threshold": "найменша чисельність населеного пункту для служби консультування",
    "served_population": "чисельність населення, яке обслуговує мобільна бригада (Р)",
}

_BASIS_LABELS = {
    CounsellingBasis.SETTLEMENTS: "один фахівець у кожному населеному пункті",
    CounsellingBasis.STAROSTA_DISTRICTS: "один фахівець у кожному старостинському окрузі",
    CounsellingBasis.THRESHOLD: "один фахівець у кожному населеному пункті з населенням "
    "від визначеної чисельності",
}


@dataclass(frozen=True, slots=True)
class ParameterChange:
    name: str
    label: str
    default: object
    value: object
    reason: str

    def describe(self) -> str:
        reason = f" — {self.reason}" if self.reason else ""
        return f"{self.label}: {_plain(self.value)} замість {_plain(self.default)}{reason}"


def _plain(value: object) -> str:
    if isinstance(value, CounsellingBasis):
        return _BASIS_LABELS[value]
    if value is None:
        return "не визначено"
    if isinstance(value, int):
        return format_number(value)
    return str(value)


@dataclass(frozen=True, slots=True)
class SettlementFigure:
    name: str
    population: int
    admin_center: bool = False
    starosta_district: str = ""


@dataclass(frozen=True, slots=True)
class RayonFigures:
    """The whole rayon's population and cases, for the mobile brigade's rate E."""

    population: int
    cases: int


_POPULATION_OF = attrgetter("population")


@dataclass(frozen=True, slots=True)
class NeedsInput:
    """One year of Annex 1: everything the calculation reads."""

    community: str
    year: int
    settlements: tuple[SettlementFigure, ...]
    indicators: Mapping[str, int]
    existing: Mapping[str, int]
    rayon: RayonFigures | None = None
    parameters: Parameters = field(default_factory=Parameters)

    @property
    def population(self) -> int:
        return sum(map(_POPULATION_OF, self.settlements))


class ServiceResult:
    """One service's figures, and its working and conclusion as documents word them.

    The figures are computed with the result; the words (``steps``, ``conclusion``,
    ``shortage``) and the working's ``values`` only when first read, from the same input, and
    then kept: a batch over a whole country (the consolidation) never reads them, a page or a
    protocol reads them as it always did.
    """

    __slots__ = ("_data", "_population", "_values", "_words", "existing", "key", "need", "required")

    key: str
    required: Fraction
    existing: int
    need: bool
    _data: NeedsInput  # what the words and values are built from
    _population: int  # its total, summed once
    _words: _Words | None  # built when first read
    _values: Mapping[str, Fraction] | None  # likewise

    def __init__(
        self,
        key: str,
        required: Fraction,
        existing: int,
        need: bool,
        data: NeedsInput,
        population: int,
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "key", key)
        setattr_(self, "required", required)
        setattr_(self, "existing", existing)
        setattr_(self, "need", need)
        setattr_(self, "_data", data)
        setattr_(self, "_population", population)
        setattr_(self, "_words", None)
        setattr_(self, "_values", None)

    @property
    def steps(self) -> tuple[str, ...]:
        """The working, as documents print it."""
        return (self._words or self._worded())[0]

    @property
    def conclusion(self) -> str:
        return (self._words or self._worded())[1]

    @property
    def shortage(self) -> str | None:
        """The shortage as the overall conclusion words it, when there is a need."""
        return (self._words or self._worded())[2]

    @property
    def values(self) -> Mapping[str, Fraction]:
        """The working's named values (E, K, C of the mobile brigade, …)."""
        values = self._values
        if values is None:
            values = _VALUES[self.key](self)
            object.__setattr__(self, "_values", values)
        return values

    def _worded(self) -> _Words:
        words = _WORDING[self.key](self)
        object.__setattr__(self, "_words", words)
        return words

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"ServiceResult is read-only: cannot set {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"ServiceResult is read-only: cannot delete {name}")

    def __eq__(self, other: object) -> bool:
        """Equal figures and equal words, as a frozen dataclass of them would be."""
        if not isinstance(other, ServiceResult):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _COMPARED)

    __hash__ = None  # type: ignore[assignment]  # as before: its values are a dict

    def __repr__(self) -> str:
        return (
            f"ServiceResult(key={self.key!r}, required={self.required!r}, "
            f"existing={self.existing!r}, need={self.need!r})"
        )

    @property
    def facts(self) -> Service:
        """The service's name, unit and kind of figure (domain.indicators)."""
        return SERVICES_BY_KEY[self.key]

    @property
    def name(self) -> str:
        return self.facts.name

    @property
    def deficit(self) -> Fraction:
        return max(Fraction(0), self.required - self.existing)


# What a service's wording builds, in this order (the shortage None when there is no need).
_Words = tuple[tuple[str, ...], str, str | None]
_COMPARED = ("key", "required", "existing", "steps", "conclusion", "values", "need")


@dataclass(frozen=True, slots=True, eq=False)
class NeedsResult:
    """One year's calculation: its figures at once, its words (``basis``, ``conclusion``,
    ``parameter_changes``) when read. Results are equal when their figures and words are."""

    year: int
    population: int
    services: Mapping[str, ServiceResult]
    data: NeedsInput = field(repr=False, compare=False)

    @property
    def basis(self) -> str:
        """Where A and Д of the mobile brigade come from, in words."""
        return _brigade_basis(self.data, self.population)

    @property
    def parameter_changes(self) -> tuple[ParameterChange, ...]:
        return tuple(self.data.parameters.changes())

    @property
    def conclusion(self) -> str:
        return _overall(self.year, self.services)

    @property
    def needed(self) -> list[ServiceResult]:
        return [s for s in self.services.values() if s.need]

    def _compared(self) -> tuple[object, ...]:
        return (
            self.year,
            self.population,
            self.services,
            self.basis,
            self.parameter_changes,
            self.conclusion,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NeedsResult):
            return NotImplemented
        return self._compared() == other._compared()

    __hash__ = None  # type: ignore[assignment]  # as before: its services are a dict


def _n(value: Fraction | int) -> str:
    """A number inside a formula or a sentence: the one rule of domain.numbers (decimal comma,
    groups of three from five digits on), so that «10 000» reads the same everywhere."""
    return format_number(value)


def _deficit(required: Fraction, existing: int) -> Fraction:
    """The shortage max(0, required − existing), without Fraction operators."""
    surplus = required.numerator - existing * required.denominator
    if surplus <= 0:
        return _ZERO
    return Fraction(surplus, required.denominator)


def _shortage(need: bool, deficit_text: str) -> str | None:
    return f"нестача: {deficit_text}" if need else None


def plural(count: int, one: str, few: str, many: str) -> str:
    """Ukrainian noun form after a whole number: 1 фахівець, 2 фахівці, 5 фахівців."""
    tail = count % 100
    if 11 <= tail <= 14:
        return many
    if count % 10 == 1:
        return one
    if 2 <= count % 10 <= 4:
        return few
    return many


# Each service's words below are built from its result when first read: its steps, its
# conclusion and, when there is a need, the shortage as the overall conclusion words it.


def _shelter_words(service: ServiceResult) -> _Words:
    per_place = service._data.parameters.population_per_family_place
    places, existing = service.required, service.existing
    places_text = _n(places)
    deficit_text = _n(_deficit(places, existing))
    if service.need:
        conclusion = (
            f"Є потреба в сімейних місцях притулку: {deficit_text} (розраховано "
            f"{places_text}, наявно {existing}). Мінімальна доцільна кількість місць "
            "у притулку — 6, максимальна — 20 в одному приміщенні."
        )
    else:
        conclusion = (
            f"Потреби у створенні притулку немає: розрахункова кількість сімейних "
            f"місць {places_text}, наявно {existing}, нестача {deficit_text} — менше "
            "одного місця. Мінімальні вимоги передбачають щонайменше один притулок "
            "у кожному районі."
        )
    return (
        (f"{_n(service._population)} : {_n(per_place)} = {places_text}",),
        conclusion,
        _shortage(service.need, deficit_text),
    )


def _brigade_area(data: NeedsInput, population: int) -> tuple[int, int]:
    """A (cases) and Д (their area's population): the rayon's when entered, else the
    community's."""
    if data.rayon is not None:
        return data.rayon.cases, data.rayon.population
    return data.indicators[data.parameters.cases_indicator], population


def _brigade_basis(data: NeedsInput, population: int) -> str:
    cases, area_population = _brigade_area(data, population)
    if data.rayon is not None:
        return (
            f"А і Д — дані району: {_n(cases)} випадків на {format_number(area_population)} "
            "населення."
        )
    return (
        "Дані району не внесено, тому А і Д — дані громади: А — показник "
        f"{data.parameters.cases_indicator} ({_n(cases)}), Д — чисельність населення громади "
        f"({format_number(area_population)})."
    )


def _brigade_values(service: ServiceResult) -> dict[str, Fraction]:
    # E = A : Д, K = E × P, each built straight from integers (C is the result itself).
    cases, area_population = _brigade_area(service._data, service._population)
    served = service._data.parameters.served_population or service._population
    return {
        "E": Fraction(cases, area_population),
        "K": Fraction(cases * served, area_population),
        "C": service.required,
    }


def _brigade_words(service: ServiceResult) -> _Words:
    params = service._data.parameters
    cases, area_population = _brigade_area(service._data, service._population)
    served = params.served_population or service._population
    values = service.values
    brigades, existing = service.required, service.existing
    # E and K are steps on the way to C: shown with at least two significant digits
    rate_text, rate_exact = display_step(values["E"])
    forecast_text, forecast_exact = display_step(values["K"])
    brigades_text = _n(brigades)
    exact_e = "" if rate_exact else " (Е взято без округлення)"
    exact_k = "" if forecast_exact else " (К взято без округлення)"
    steps = (
        f"1) {_n(cases)} : {_n(area_population)} = {rate_text}",
        f"2) {rate_text} × {_n(served)} = {forecast_text}{exact_e}",
        f"3) {forecast_text} : {_n(params.months)} : {_n(params.brigade_cases_per_month)} = "
        f"{brigades_text}{exact_k}",
    )
    if service.need:
        deficit_text = _n(_deficit(brigades, existing))
        conclusion = (
            f"Є потреба в мобільних бригадах: {deficit_text} (розраховано "
            f"{brigades_text}, наявно {existing})."
        )
        return steps, conclusion, _shortage(True, deficit_text)
    conclusion = (
        f"Потреби у створенні мобільної бригади немає: прогнозна кількість "
        f"постраждалих {forecast_text} на рік, розрахункова кількість бригад "
        f"{brigades_text}, наявно {existing}."
    )
    return steps, conclusion, None


def _medical_words(service: ServiceResult) -> _Words:
    persons = service._data.indicators[MEDICAL_INDICATOR]
    step = (
        "Звернень до закладів охорони здоров’я за медичною допомогою внаслідок домашнього "
        f"насильства (показник {MEDICAL_INDICATOR}): {persons}"
    )
    conclusion = (
        "Центр медико-соціальної реабілітації створюється в обласних центрах, містах "
        "обласного значення або громадах із задовільною інфраструктурою охорони "
        f"здоров’я. Осіб, які потребували медичної допомоги: {persons}"
    )
    conclusion += (
        " — їх слід направляти до центру медико-соціальної реабілітації області."
        if persons
        else "; потреби немає."
    )
    return (step,), conclusion, None


def _day_center_values(service: ServiceResult) -> dict[str, Fraction]:
    params = service._data.parameters
    return {
        "victims_per_month": Fraction(
            service._data.indicators[params.cases_indicator], params.months
        ),
        "family_places": service.required,
    }


def _day_center_words(service: ServiceResult) -> _Words:
    params = service._data.parameters
    cases = service._data.indicators[params.cases_indicator]
    places, existing = service.required, service.existing
    places_text = _n(places)
    per_month_text = _n(service.values["victims_per_month"])
    steps = (
        f"Кризова кімната, сімейних місць: {_n(service._population)} : "
        f"{_n(params.population_per_family_place)} = {places_text}",
        f"Постраждалих на місяць: {_n(cases)} : {_n(params.months)} = {per_month_text}",
    )
    if service.need:
        deficit_text = _n(_deficit(places, existing))
        conclusion = (
            f"Є потреба в денному центрі з кризовою кімнатою: сімейних місць "
            f"{deficit_text} (розраховано {places_text}, наявно {existing}); "
            f"у середньому {per_month_text} постраждалих на місяць."
        )
        return steps, conclusion, _shortage(True, deficit_text)
    conclusion = (
        f"Потреби у створенні денного центру немає: розрахункова кількість "
        f"сімейних місць кризової кімнати {places_text}, наявно {existing}; у "
        f"середньому {per_month_text} постраждалих на місяць."
    )
    return steps, conclusion, None


def _counselling_units(data: NeedsInput) -> int:
    params = data.parameters
    basis = params.counselling_basis
    if basis is CounsellingBasis.SETTLEMENTS:
        return len(data.settlements)
    if basis is CounsellingBasis.STAROSTA_DISTRICTS:
        # Settlements outside any starosta district (the centre) form a district of their own.
        return len({s.starosta_district.strip() for s in data.settlements})
    threshold = params.counselling_threshold or 0
    return sum(1 for s in data.settlements if s.population >= threshold)


def _counselling_words(service: ServiceResult) -> _Words:
    data = service._data
    params = data.parameters
    basis = params.counselling_basis
    units = service.required.numerator
    if basis is CounsellingBasis.SETTLEMENTS:
        step = (
            f"Населених пунктів у громаді: {units}; один фахівець у кожному: {units} × 1 = {units}"
        )
    elif basis is CounsellingBasis.STAROSTA_DISTRICTS:
        step = (
            f"Старостинських округів (з адміністративним центром): {units}; один фахівець "
            f"у кожному: {units} × 1 = {units}"
        )
    else:
        threshold = params.counselling_threshold or 0
        step = (
            f"Населених пунктів з населенням від {format_number(threshold)} осіб: {units} "
            f"з {len(data.settlements)}; один фахівець у кожному: {units} × 1 = {units}"
        )
    existing = service.existing
    if service.need:
        deficit = units - existing
        noun = plural(deficit, "фахівця", "фахівців", "фахівців")
        shortage = f"бракує {deficit} {noun}"
        conclusion = (
            f"Є потреба у фахівцях первинного соціально-психологічного "
            f"консультування: {shortage} ({_BASIS_LABELS[basis]}; "
            f"потрібно {units}, наявно {existing})."
        )
        return (step,), conclusion, shortage
    conclusion = (
        f"Служба первинного консультування забезпечена: потрібно {units} "
        f"({_BASIS_LABELS[basis]}), наявно {existing}."
    )
    return (step,), conclusion, None


_WORDING: dict[str, Callable[[ServiceResult], _Words]] = {
    "shelter": _shelter_words,
    "mobile_brigade": _brigade_words,
    "medical_rehab_center": _medical_words,
    "day_center": _day_center_words,
    "counselling_service": _counselling_words,
}

_VALUES: dict[str, Callable[[ServiceResult], dict[str, Fraction]]] = {
    "shelter": lambda service: {"family_places": service.required},
    "mobile_brigade": _brigade_values,
    "medical_rehab_center": lambda service: {"persons": service.required},
    "day_center": _day_center_values,
    "counselling_service": lambda service: {},
}

# The overall conclusion names the services in need in this order, the others in that of
# the results.
_SHORTAGE_ORDER = ("shelter", "mobile_brigade", "day_center", "counselling_service")


def _overall(year: int, results: Mapping[str, ServiceResult]) -> str:
    """The proposed overall conclusion."""
    shortages = {
        key: shortage
        for key in _SHORTAGE_ORDER
        for shortage in [results[key].shortage]
        if shortage is not None
    }
    opening = f"За даними показниками за {year} рік"
    if not shortages:
        return (
            f"{opening} виявлено, що на території громади відсутня потреба у створенні "
            "спеціалізованих служб підтримки постраждалих від домашнього насильства та "
            "насильства за ознакою статі."
        )
    parts = [f"{SERVICES_BY_KEY[key].genitive} ({shortage})" for key, shortage in shortages.items()]
    not_needed = [SERVICES_BY_KEY[key].genitive for key in results if key not in shortages]
    text = (
        f"{opening} виявлено потребу на території громади у створенні (забезпеченні) "
        f"{'; '.join(parts)}."
    )
    if not_needed:
        text += f" Потреби у створенні {', '.join(not_needed)} не виявлено."
    return text + " Остаточне рішення ухвалює координаційна рада."


def calculate(data: NeedsInput) -> NeedsResult:
    """Run Annex 2 for one year. The input must already be valid (see ``check_input``).

    Every figure is exact (fractions) and built straight from integers, one normalisation
    each; whether a deficit reaches one whole unit (the Methodology's «need») is decided in
    integers: required − existing ≥ 1 with required = n / d is n ≥ (existing + 1) × d."""
    population = data.population
    if _problems_possible(data, population):
        problems = _problems(data, population)
        if problems:
            raise ValueError("; ".join(problems))
    params = data.parameters
    existing = data.existing
    per_place = params.population_per_family_place
    places = Fraction(population, per_place)
    shelter_existing = existing.get("shelter", 0)
    day_center_existing = existing.get("day_center", 0)
    # C = A : Д × P : months : cases per month
    if data.rayon is not None:
        cases, area_population = data.rayon.cases, data.rayon.population
    else:
        cases, area_population = data.indicators[params.cases_indicator], population
    forecast = cases * (params.served_population or population)
    per_brigade = area_population * params.months * params.brigade_cases_per_month
    brigade_existing = existing.get("mobile_brigade", 0)
    units = _counselling_units(data)
    counselling_existing = existing.get("counselling_service", 0)
    services = {
        "shelter": ServiceResult(
            "shelter",
            places,
            shelter_existing,
            population >= (shelter_existing + 1) * per_place,
            data,
            population,
        ),
        "mobile_brigade": ServiceResult(
            "mobile_brigade",
            Fraction(forecast, per_brigade),
            brigade_existing,
            forecast >= (brigade_existing + 1) * per_brigade,
            data,
            population,
        ),
        "medical_rehab_center": ServiceResult(
            "medical_rehab_center",
            Fraction(data.indicators[MEDICAL_INDICATOR]),
            existing.get("medical_rehab_center", 0),
            False,
            data,
            population,
        ),
        "day_center": ServiceResult(
            "day_center",
            places,
            day_center_existing,
            population >= (day_center_existing + 1) * per_place,
            data,
            population,
        ),
        "counselling_service": ServiceResult(
            "counselling_service",
            Fraction(units),
            counselling_existing,
            units > counselling_existing,
            data,
            population,
        ),
    }
    return NeedsResult(data.year, population, services, data)


def _problems_possible(data: NeedsInput, population: int) -> bool:
    """Whether ``_problems`` may find any: a quick look that passes a valid input."""
    indicators = data.indicators
    return (
        population <= 0
        or data.parameters.cases_indicator not in indicators
        or MEDICAL_INDICATOR not in indicators
        or (data.rayon is not None and data.rayon.population <= 0)
        or min(indicators.values(), default=0) < 0
        or min(data.existing.values(), default=0) < 0
    )


def check_input(data: NeedsInput) -> list[str]:
    """What makes the input unusable, in programmer's terms (callers word it for people)."""
    return _problems(data, data.population)


def _problems(data: NeedsInput, population: int) -> list[str]:
    problems = []
    if population <= 0:
        problems.append("population is zero")
    for code in (data.parameters.cases_indicator, MEDICAL_INDICATOR):
        if code not in data.indicators:
            problems.append(f"indicator {code} missing")
    if data.rayon is not None and data.rayon.population <= 0:
        problems.append("rayon population is zero")
    for name, value in [*data.indicators.items(), *data.existing.items()]:
        if value < 0:
            problems.append(f"{name} is negative")
    return problems
