"""The needs calculation of Methodology No. 787 (Annex 2), exact, with its working shown.

Arithmetic is done on fractions and rounded only for display: the Lanna protocol rounded
E before multiplying and so printed K = 0,989 instead of 1; this module never does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from fractions import Fraction

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
                self.counselling_threshold is None or self.counselling_threshold < 0):
            raise ValueError("the threshold basis needs a non-negative threshold")
        if self.served_population is not None and self.served_population < 1:
            raise ValueError("served_population must be at least 1")

    def changes(self) -> list[ParameterChange]:
        changed = []
        for name in _CHANGEABLE:
            value, standard = getattr(self, name), getattr(_DEFAULT_PARAMETERS, name)
            if value != standard:
                changed.append(ParameterChange(name, PARAMETER_LABELS[name], standard,
                                               value, self.reasons.get(name, "")))
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
        return sum(s.population for s in self.settlements)


@dataclass(frozen=True, slots=True)
class ServiceResult:
    key: str
    required: Fraction
    existing: int
    steps: tuple[str, ...]
    conclusion: str
    values: Mapping[str, Fraction] = field(default_factory=dict)
    need: bool = False

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


@dataclass(frozen=True, slots=True)
class NeedsResult:
    year: int
    population: int
    services: Mapping[str, ServiceResult]
    basis: str
    parameter_changes: tuple[ParameterChange, ...]
    conclusion: str

    @property
    def needed(self) -> list[ServiceResult]:
        return [s for s in self.services.values() if s.need]


def _n(value: Fraction | int) -> str:
    """A number inside a formula or a sentence: the one rule of domain.numbers (decimal comma,
    groups of three from five digits on), so that «10 000» reads the same everywhere."""
    return format_number(value)


def _deficit(required: Fraction, existing: int) -> tuple[Fraction, bool]:
    """The shortage max(0, required − existing) and whether it reaches one whole unit (the
    Methodology's «need»), compared in integers rather than through Fraction operators."""
    surplus = required.numerator - existing * required.denominator
    if surplus <= 0:
        return _ZERO, False
    return Fraction(surplus, required.denominator), surplus >= required.denominator


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


# Each service below returns its result and, when there is a need, the shortage as the
# overall conclusion words it. Every number is formatted once, and the calculation reads the
# input's total population once: the whole country's ten years run in one go (issue #11).


def _shelter(data: NeedsInput, population: int, places: Fraction,
             places_text: str) -> tuple[ServiceResult, str | None]:
    per_place = data.parameters.population_per_family_place
    existing = data.existing.get("shelter", 0)
    deficit, need = _deficit(places, existing)
    deficit_text = _n(deficit)
    if need:
        conclusion = (f"Є потреба в сімейних місцях притулку: {deficit_text} (розраховано "
                      f"{places_text}, наявно {existing}). Мінімальна доцільна кількість місць "
                      "у притулку — 6, максимальна — 20 в одному приміщенні.")
    else:
        conclusion = (f"Потреби у створенні притулку немає: розрахункова кількість сімейних "
                      f"місць {places_text}, наявно {existing}, нестача {deficit_text} — менше "
                      "одного місця. Мінімальні вимоги передбачають щонайменше один притулок "
                      "у кожному районі.")
    return ServiceResult("shelter", places, existing,
                         (f"{_n(population)} : {_n(per_place)} = {places_text}",),
                         conclusion, {"family_places": places}, need), _shortage(need, deficit_text)


def _mobile_brigade(data: NeedsInput,
                    population: int) -> tuple[ServiceResult, str | None, str]:
    params = data.parameters
    if data.rayon is not None:
        cases, area_population = data.rayon.cases, data.rayon.population
        basis = (f"А і Д — дані району: {_n(cases)} випадків на {format_number(area_population)} "
                 "населення.")
    else:
        cases = data.indicators[params.cases_indicator]
        area_population = population
        basis = ("Дані району не внесено, тому А і Д — дані громади: А — показник "
                 f"{params.cases_indicator} ({_n(cases)}), Д — чисельність населення громади "
                 f"({format_number(area_population)}).")
    served = params.served_population or population
    # E = A : Д, K = E × P, C = K : months : cases per month, each built straight from
    # integers (one normalisation instead of a chain of Fraction operations).
    rate = Fraction(cases, area_population)
    forecast = Fraction(cases * served, area_population)
    brigades = Fraction(cases * served,
                        area_population * params.months * params.brigade_cases_per_month)
    existing = data.existing.get("mobile_brigade", 0)
    deficit, need = _deficit(brigades, existing)
    # E and K are steps on the way to C: shown with at least two significant digits
    rate_text, rate_exact = display_step(rate)
    forecast_text, forecast_exact = display_step(forecast)
    brigades_text = _n(brigades)
    exact_e = "" if rate_exact else " (Е взято без округлення)"
    exact_k = "" if forecast_exact else " (К взято без округлення)"
    steps = (
        f"1) {_n(cases)} : {_n(area_population)} = {rate_text}",
        f"2) {rate_text} × {_n(served)} = {forecast_text}{exact_e}",
        f"3) {forecast_text} : {_n(params.months)} : {_n(params.brigade_cases_per_month)} = "
        f"{brigades_text}{exact_k}",
    )
    deficit_text = _n(deficit) if need else ""
    if need:
        conclusion = (f"Є потреба в мобільних бригадах: {deficit_text} (розраховано "
                      f"{brigades_text}, наявно {existing}).")
    else:
        conclusion = (f"Потреби у створенні мобільної бригади немає: прогнозна кількість "
                      f"постраждалих {forecast_text} на рік, розрахункова кількість бригад "
                      f"{brigades_text}, наявно {existing}.")
    values = {"E": rate, "K": forecast, "C": brigades}
    return (ServiceResult("mobile_brigade", brigades, existing, steps, conclusion, values, need),
            _shortage(need, deficit_text), basis)


def _medical(data: NeedsInput) -> ServiceResult:
    persons = data.indicators[MEDICAL_INDICATOR]
    existing = data.existing.get("medical_rehab_center", 0)
    step = ("Звернень до закладів охорони здоров’я за медичною допомогою внаслідок домашнього "
            f"насильства (показник {MEDICAL_INDICATOR}): {persons}")
    conclusion = ("Центр медико-соціальної реабілітації створюється в обласних центрах, містах "
                  "обласного значення або громадах із задовільною інфраструктурою охорони "
                  f"здоров’я. Осіб, які потребували медичної допомоги: {persons}")
    conclusion += (" — їх слід направляти до центру медико-соціальної реабілітації області."
                   if persons else "; потреби немає.")
    required = Fraction(persons)
    return ServiceResult("medical_rehab_center", required, existing, (step,),
                         conclusion, {"persons": required}, need=False)


def _day_center(data: NeedsInput, population: int, places: Fraction,
                places_text: str) -> tuple[ServiceResult, str | None]:
    params = data.parameters
    cases = data.indicators[params.cases_indicator]
    per_month = Fraction(cases, params.months)
    per_month_text = _n(per_month)
    existing = data.existing.get("day_center", 0)
    deficit, need = _deficit(places, existing)
    steps = (
        f"Кризова кімната, сімейних місць: {_n(population)} : "
        f"{_n(params.population_per_family_place)} = {places_text}",
        f"Постраждалих на місяць: {_n(cases)} : {_n(params.months)} = {per_month_text}",
    )
    deficit_text = _n(deficit) if need else ""
    if need:
        conclusion = (f"Є потреба в денному центрі з кризовою кімнатою: сімейних місць "
                      f"{deficit_text} (розраховано {places_text}, наявно {existing}); "
                      f"у середньому {per_month_text} постраждалих на місяць.")
    else:
        conclusion = (f"Потреби у створенні денного центру немає: розрахункова кількість "
                      f"сімейних місць кризової кімнати {places_text}, наявно {existing}; у "
                      f"середньому {per_month_text} постраждалих на місяць.")
    return (ServiceResult("day_center", places, existing, steps, conclusion,
                          {"victims_per_month": per_month, "family_places": places}, need),
            _shortage(need, deficit_text))


def _counselling(data: NeedsInput) -> tuple[ServiceResult, str | None]:
    params = data.parameters
    basis = params.counselling_basis
    if basis is CounsellingBasis.SETTLEMENTS:
        units = len(data.settlements)
        step = (f"Населених пунктів у громаді: {units}; один фахівець у кожному: "
                f"{units} × 1 = {units}")
    elif basis is CounsellingBasis.STAROSTA_DISTRICTS:
        # Settlements outside any starosta district (the centre) form a district of their own.
        units = len({s.starosta_district.strip() for s in data.settlements})
        step = (f"Старостинських округів (з адміністративним центром): {units}; один фахівець "
                f"у кожному: {units} × 1 = {units}")
    else:
        threshold = params.counselling_threshold or 0
        units = sum(1 for s in data.settlements if s.population >= threshold)
        step = (f"Населених пунктів з населенням від {format_number(threshold)} осіб: {units} "
                f"з {len(data.settlements)}; один фахівець у кожному: {units} × 1 = {units}")
    existing = data.existing.get("counselling_service", 0)
    deficit = max(0, units - existing)
    need = deficit >= 1
    shortage = None
    if need:
        noun = plural(deficit, "фахівця", "фахівців", "фахівців")
        shortage = f"бракує {deficit} {noun}"
        conclusion = (f"Є потреба у фахівцях первинного соціально-психологічного "
                      f"консультування: {shortage} ({_BASIS_LABELS[basis]}; "
                      f"потрібно {units}, наявно {existing}).")
    else:
        conclusion = (f"Служба первинного консультування забезпечена: потрібно {units} "
                      f"({_BASIS_LABELS[basis]}), наявно {existing}.")
    return ServiceResult("counselling_service", Fraction(units), existing, (step,),
                         conclusion, {}, need), shortage


def _overall(year: int, results: Mapping[str, ServiceResult],
             shortages: Mapping[str, str]) -> str:
    """The proposed overall conclusion; ``shortages`` holds the services in need, in the
    order of ``results``, with their shortage worded."""
    opening = f"За даними показниками за {year} рік"
    if not shortages:
        return (f"{opening} виявлено, що на території громади відсутня потреба у створенні "
                "спеціалізованих служб підтримки постраждалих від домашнього насильства та "
                "насильства за ознакою статі.")
    parts = [f"{SERVICES_BY_KEY[key].genitive} ({shortage})"
             for key, shortage in shortages.items()]
    not_needed = [SERVICES_BY_KEY[key].genitive for key in results if key not in shortages]
    text = (f"{opening} виявлено потребу на території громади у створенні (забезпеченні) "
            f"{'; '.join(parts)}.")
    if not_needed:
        text += f" Потреби у створенні {', '.join(not_needed)} не виявлено."
    return text + " Остаточне рішення ухвалює координаційна рада."


def calculate(data: NeedsInput) -> NeedsResult:
    """Run Annex 2 for one year. The input must already be valid (see ``check_input``)."""
    population = data.population
    problems = _problems(data, population)
    if problems:
        raise ValueError("; ".join(problems))
    places = Fraction(population, data.parameters.population_per_family_place)
    places_text = _n(places)
    brigade, brigade_shortage, basis = _mobile_brigade(data, population)
    shelter, shelter_shortage = _shelter(data, population, places, places_text)
    day_center, day_center_shortage = _day_center(data, population, places, places_text)
    counselling, counselling_shortage = _counselling(data)
    results = {
        "shelter": shelter,
        "mobile_brigade": brigade,
        "medical_rehab_center": _medical(data),
        "day_center": day_center,
        "counselling_service": counselling,
    }
    shortages = {key: shortage for key, shortage in (
        ("shelter", shelter_shortage), ("mobile_brigade", brigade_shortage),
        ("day_center", day_center_shortage), ("counselling_service", counselling_shortage),
    ) if shortage is not None}
    return NeedsResult(
        year=data.year,
        population=population,
        services=results,
        basis=basis,
        parameter_changes=tuple(data.parameters.changes()),
        conclusion=_overall(data.year, results, shortages),
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

