"""The needs calculation as a use case: its input from a community file or a JSON document,
its result as JSON (a stable contract) or as Ukrainian text."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS
from hromada_desk.domain.methodology import METHODOLOGY_TITLE
from hromada_desk.domain.needs import (
    MEDICAL_INDICATOR,
    CounsellingBasis,
    NeedsInput,
    NeedsResult,
    Parameters,
    RayonFigures,
    SettlementFigure,
)
from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.parsing import (
    NumberProblem,
    WholeNumberError,
    control_characters,
    shown,
    whole_value,
)
from hromada_desk.domain.records import MAX_POPULATION, MAX_YEAR, MIN_YEAR
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile

_INT_PARAMETERS = ("population_per_family_place", "brigade_cases_per_month", "months")
_BASE_VALUES = tuple(b.value for b in CounsellingBasis)
_BASES = ", ".join(_BASE_VALUES)


def _whole(value: object, where: str, *, minimum: int = 0,
           maximum: int = 100 * MAX_POPULATION) -> int:
    """A whole number in range (an int, a float without a fraction, or text as a person
    writes it: «1 762»), or an InputError naming the field."""
    try:
        number = whole_value(value, maximum)
    except WholeNumberError as exc:
        if exc.problem is NumberProblem.TOO_LARGE:
            raise InputError(f"Поле «{where}»: число {exc.text} завелике (найбільше "
                             f"{maximum}).") from None
        if exc.problem is NumberProblem.NEGATIVE and minimum == 0:
            raise InputError(f"Поле «{where}»: очікується невід’ємне число, отримано "
                             f"{exc.text}.") from None
        raise InputError(f"Поле «{where}»: очікується ціле число, отримано «{exc.text}».") \
            from None
    if number is None:
        raise InputError(f"Поле «{where}»: очікується ціле число, отримано порожньо.")
    if number < minimum:
        what = "додатне число" if minimum == 1 else f"число від {minimum} до {maximum}"
        raise InputError(f"Поле «{where}»: очікується {what}, отримано {number}.")
    return number


def _text(value: object, where: str, *, required: bool = True, one_line: bool = True) -> str:
    """Text of a field: a name (required, on one line) or a note; None is no text."""
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        wanted = "непорожній текст" if required else "текст"
        raise InputError(f"Поле «{where}»: очікується {wanted}, отримано «{shown(value)}».")
    bad = control_characters(value, allowed="\t" if one_line else "\t\n\r")
    if bad:
        raise InputError(f"Поле «{where}»: недозволений символ {shown(bad[0])} у тексті "
                         f"«{shown(value)}».")
    return value.strip()


def _flag(value: object, where: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InputError(f"Поле «{where}»: очікується true або false, отримано "
                         f"«{shown(value)}».")
    return value


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"Поле «{where}»: очікується об’єкт {{…}}, отримано "
                         f"«{shown(value)}».")
    return value


def _optional_object(doc: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = doc.get(key)
    return {} if value is None else _object(value, key)


def _required(doc: Mapping[str, Any], key: str, where: str = "") -> Any:
    if key not in doc:
        raise InputError(f"Бракує поля «{where}{key}».")
    return doc[key]


def _parameters(raw: Mapping[str, Any], served_population: int | None,
                where: str = "parameters.", reasons: dict[str, str] | None = None) -> Parameters:
    """Parameters from text or JSON values; unknown names and bad values name the field.

    A value may come as a (value, reason) pair, as a community file stores it.
    """
    known = {*_INT_PARAMETERS, "cases_indicator", "counselling_basis", "counselling_threshold"}
    values: dict[str, Any] = {}
    reasons = dict(reasons or {})
    for name, value in raw.items():
        if name not in known:
            raise InputError(f"Невідомий параметр «{where}{shown(name)}».")
        if isinstance(value, tuple):  # (value, reason) as stored in a community file
            value, reasons[name] = value
        if value is None:  # «null»: the Methodology's value
            continue
        if name in _INT_PARAMETERS:
            values[name] = _whole(value, where + name, minimum=1)
        elif name == "counselling_threshold":
            values[name] = _whole(value, where + name)
        elif name == "cases_indicator":
            if not isinstance(value, str) or value not in INDICATOR_CODES:
                raise InputError(f"Поле «{where}{name}»: невідомий показник «{shown(value)}» "
                                 f"(можливі {', '.join(INDICATOR_CODES)}).")
            values[name] = value
        else:
            if not isinstance(value, str) or value not in _BASE_VALUES:
                raise InputError(f"Поле «{where}{name}»: невідома основа «{shown(value)}» "
                                 f"(можливі {_BASES}).")
            values[name] = CounsellingBasis(value)
    if (values.get("counselling_basis") is CounsellingBasis.THRESHOLD
            and "counselling_threshold" not in values):
        raise InputError(f"Для основи «threshold» потрібне поле «{where}counselling_threshold».")
    return Parameters(**values, served_population=served_population, reasons=reasons)


def input_from_document(doc: object) -> NeedsInput:
    """Read one year of Annex 1 from the JSON document the README describes."""
    doc = _object(doc, "документ")
    community = _text(_required(doc, "community"), "community")
    year = _whole(_required(doc, "year"), "year", minimum=MIN_YEAR, maximum=MAX_YEAR)
    raw_settlements = _required(doc, "settlements")
    if not isinstance(raw_settlements, list) or not raw_settlements:
        raise InputError("Поле «settlements»: очікується непорожній список населених пунктів.")
    settlements = []
    for i, raw in enumerate(raw_settlements):
        where = f"settlements[{i}]."
        entry = _object(raw, where.rstrip("."))
        population = _whole(_required(entry, "population", where), where + "population",
                            maximum=MAX_POPULATION)
        for part in ("men", "women", "children"):
            if entry.get(part) is not None:
                _whole(entry[part], where + part, maximum=MAX_POPULATION)
        settlements.append(SettlementFigure(
            name=_text(_required(entry, "name", where), where + "name"),
            population=population,
            admin_center=_flag(entry.get("admin_center"), where + "admin_center"),
            starosta_district=_text(entry.get("starosta_district"),
                                    where + "starosta_district", required=False),
        ))
    if sum(s.population for s in settlements) == 0:
        raise InputError("Поле «settlements»: загальна чисельність населення дорівнює нулю — "
                         "розрахунок неможливий.")
    indicators = {}
    for code, value in _object(_required(doc, "indicators"), "indicators").items():
        if code not in INDICATOR_CODES:
            raise InputError(f"Поле «indicators»: невідомий показник «{shown(code)}» "
                             f"(можливі {', '.join(INDICATOR_CODES)}).")
        indicators[code] = _whole(value, f"indicators.{code}")
    existing = {}
    for key, value in _object(_required(doc, "existing"), "existing").items():
        if key not in SERVICE_KEYS:
            raise InputError(f"Поле «existing»: невідома служба «{shown(key)}» "
                             f"(можливі {', '.join(SERVICE_KEYS)}).")
        existing[key] = _whole(value, f"existing.{key}")
    rayon = None
    if doc.get("rayon") is not None:
        raw_rayon = _object(doc["rayon"], "rayon")
        rayon = RayonFigures(
            population=_whole(_required(raw_rayon, "population", "rayon."), "rayon.population",
                              minimum=1),
            cases=_whole(_required(raw_rayon, "cases", "rayon."), "rayon.cases"),
        )
    served = None
    if doc.get("served_population") is not None:
        served = _whole(doc["served_population"], "served_population", minimum=1)
    reasons = {name: _text(reason, f"parameter_reasons.{shown(name)}", required=False,
                           one_line=False)
               for name, reason in _optional_object(doc, "parameter_reasons").items()}
    parameters = _parameters(_optional_object(doc, "parameters"), served, reasons=reasons)
    for code in (parameters.cases_indicator, MEDICAL_INDICATOR):
        if code not in indicators:
            raise InputError(f"Бракує поля «indicators.{code}»: воно потрібне для розрахунку.")
    return NeedsInput(community, year, tuple(settlements), indicators, existing, rayon,
                      parameters)


def input_from_file(cf: CommunityFile, year: int) -> NeedsInput:
    """Read one year of Annex 1 from a community file."""
    community = community_repo.get_community(cf)
    rows = community_repo.get_population(cf, year)
    if not rows:
        years = ", ".join(str(y) for y in community_repo.population_years(cf)) or "жодного"
        raise InputError(f"За {year} рік у файлі немає даних про населення (є роки: {years}).")
    by_id = {s.id: s for s in community_repo.list_settlements(cf)}
    settlements = tuple(
        SettlementFigure(by_id[r.settlement_id].name, r.total, by_id[r.settlement_id].admin_center,
                         by_id[r.settlement_id].starosta_district)
        for r in rows)
    if sum(s.population for s in settlements) == 0:
        raise InputError(f"За {year} рік загальна чисельність населення дорівнює нулю.")
    stored: dict[str, Any] = dict(community_repo.get_parameters(cf, year))
    served, reasons = None, {}
    if "served_population" in stored:
        value, reasons["served_population"] = stored.pop("served_population")
        served = _whole(value, "served_population", minimum=1)
    parameters = _parameters(stored, served, where="", reasons=reasons)
    indicators = community_repo.get_indicators(cf, year)
    for code in (parameters.cases_indicator, MEDICAL_INDICATOR):
        if code not in indicators:
            raise InputError(f"За {year} рік не внесено показник {code}: він потрібен для "
                             "розрахунку.")
    rayon_population, rayon_cases = community_repo.get_rayon_figures(cf, year)
    rayon = None
    if rayon_population and rayon_cases is not None:
        rayon = RayonFigures(rayon_population, rayon_cases)
    return NeedsInput(community.name if community else "", year, settlements, indicators,
                      community_repo.get_existing_services(cf, year), rayon, parameters)


def year_document(cf: CommunityFile, year: int) -> dict[str, Any]:
    """One year of Annex 1 from a community file as the JSON document ``--input`` reads,
    with what documents also print (kinds, breakdowns, areas) and the parameters' reasons.

    Finalised protocols keep this document, so their tables never change afterwards.
    """
    data = input_from_file(cf, year)
    by_id = {s.id: s for s in community_repo.list_settlements(cf)}
    settlements = []
    for row in community_repo.get_population(cf, year):
        place = by_id[row.settlement_id]
        entry: dict[str, Any] = {"name": place.name, "kind": place.kind.value,
                                 "population": row.total, "admin_center": place.admin_center,
                                 "starosta_district": place.starosta_district}
        for part in ("men", "women", "children"):
            if getattr(row, part) is not None:
                entry[part] = getattr(row, part)
        if place.area_km2 is not None:
            entry["area_km2"] = place.area_km2
        settlements.append(entry)
    changes = {c.name: c for c in data.parameters.changes()}
    served = changes.pop("served_population", None)
    return {
        "community": data.community,
        "year": year,
        "settlements": settlements,
        "indicators": dict(data.indicators),
        "existing": dict(data.existing),
        "rayon": ({"population": data.rayon.population, "cases": data.rayon.cases}
                  if data.rayon else None),
        "served_population": served.value if served else None,
        "parameters": {name: _plain_json(c.value) for name, c in changes.items()},
        "parameter_reasons": {name: reason for name, reason in data.parameters.reasons.items()
                              if reason},
    }


_PARAMETER_FIELDS = ("population_per_family_place", "brigade_cases_per_month", "months",
                     "cases_indicator", "counselling_basis", "counselling_threshold",
                     "served_population")


def _json_number(value: Fraction | int) -> int | float:
    fraction = Fraction(value)
    return fraction.numerator if fraction.denominator == 1 else float(fraction)


def result_as_json(result: NeedsResult, data: NeedsInput) -> dict[str, Any]:
    """The stable JSON contract: plain numbers at full precision, texts in Ukrainian."""
    services: dict[str, Any] = {}
    for key, service in result.services.items():
        entry: dict[str, Any] = {"existing": service.existing, "need": service.need,
                                 "steps": list(service.steps),
                                 "conclusion": service.conclusion}
        if key == "medical_rehab_center":
            entry["persons"] = _json_number(service.values["persons"])
        else:
            entry["required"] = _json_number(service.required)
            entry["deficit"] = _json_number(service.deficit)
        for name in ("E", "K", "C", "victims_per_month"):
            if name in service.values:
                entry[name] = _json_number(service.values[name])
        services[key] = entry
    parameters = data.parameters
    return {
        "community": data.community,
        "year": result.year,
        "population": result.population,
        "basis": "rayon" if data.rayon else "community",
        "basis_text": result.basis,
        "parameters": {name: (value.value if isinstance(value, CounsellingBasis) else value)
                       for name in _PARAMETER_FIELDS
                       for value in [getattr(parameters, name)]},
        "parameter_changes": [
            {"name": c.name, "default": _plain_json(c.default), "value": _plain_json(c.value),
             "reason": c.reason} for c in result.parameter_changes],
        "services": services,
        "conclusion": result.conclusion,
    }


def _plain_json(value: object) -> object:
    return value.value if isinstance(value, CounsellingBasis) else value


def result_as_text(result: NeedsResult, data: NeedsInput) -> str:
    """The calculation as a person reads it, numbers in the Ukrainian format."""
    lines = [
        f"Розрахунок потреб у спеціалізованих службах підтримки за {result.year} рік",
        f"({METHODOLOGY_TITLE})",
        f"Громада: {data.community}; населення: {format_number(result.population)} осіб у "
        f"{len(data.settlements)} населених пунктах",
        result.basis,
    ]
    for change in result.parameter_changes:
        lines.append(f"Змінено параметр: {change.describe()}")
    for number, service in enumerate(result.services.values(), 1):
        lines += ["", f"{number}. {service.name}"]
        lines += [f"   {step}" for step in service.steps]
        if service.key != "medical_rehab_center":
            lines.append(f"   Потрібно: {format_number(service.required)}; наявно: "
                         f"{service.existing}; нестача: {format_number(service.deficit)}")
        lines.append(f"   {service.conclusion}")
    lines += ["", result.conclusion]
    return "\n".join(lines)
