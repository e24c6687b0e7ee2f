"""One year of Annex 1 (figures, input, result) and its JSON document."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hromada_desk.documents.figures import Headcount, SettlementYear
from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS
from hromada_desk.domain.limits import PARAMETER_BOUNDS
from hromada_desk.domain.needs import (
    MEDICAL_INDICATOR,
    CounsellingBasis,
    NeedsInput,
    NeedsResult,
    Parameters,
    RayonFigures,
    calculate,
)
from hromada_desk.domain.parsing import (
    NumberProblem,
    WholeNumberError,
    control_characters,
    shown,
    whole_value,
)
from hromada_desk.domain.records import MAX_POPULATION, MAX_YEAR, MIN_YEAR, SettlementKind
from hromada_desk.errors import InputError

_INT_PARAMETERS = tuple(PARAMETER_BOUNDS)
_BASE_VALUES = tuple(b.value for b in CounsellingBasis)
_BASES = ", ".join(_BASE_VALUES)
_PARTS = ("men", "women", "children")

# The JSON document is the one ``needs --input`` reads (README) and the one a finalised
# protocol keeps for each attached year: one reader for both, with the same messages.


@dataclass(frozen=True, slots=True)
class NeedsYear:
    """A year attached to a protocol: its settlements as Annex 1 prints them, the
    calculation's input and its result, calculated before any document is written."""

    settlements: tuple[SettlementYear, ...]
    input: NeedsInput
    result: NeedsResult

    @property
    def year(self) -> int:
        return self.input.year


def whole(
    value: object, where: str, *, minimum: int = 0, maximum: int = 100 * MAX_POPULATION
) -> int:
    """A whole number in range (an int, a float without a fraction, or text as a person
    writes it: «1 762»), or an InputError naming the field."""
    try:
        number = whole_value(value, maximum)
    except WholeNumberError as exc:
        if exc.problem is NumberProblem.TOO_LARGE:
            raise InputError(
                f"Поле «{where}»: число {exc.text} завелике (найбільше {maximum})."
            ) from None
        if exc.problem is NumberProblem.NEGATIVE and minimum == 0:
            raise InputError(
                f"Поле «{where}»: очікується невід’ємне число, отримано {exc.text}."
            ) from None
        raise InputError(f"Поле «{where}»: очікується ціле число, отримано «{exc.text}».") from None
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
        raise InputError(
            f"Поле «{where}»: недозволений символ {shown(bad[0])} у тексті «{shown(value)}»."
        )
    return value.strip()


def _flag(value: object, where: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InputError(f"Поле «{where}»: очікується true або false, отримано «{shown(value)}».")
    return value


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"Поле «{where}»: очікується об’єкт {{…}}, отримано «{shown(value)}».")
    return value


def _optional_object(doc: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = doc.get(key)
    return {} if value is None else _object(value, key)


def _required(doc: Mapping[str, Any], key: str, where: str = "") -> Any:
    if key not in doc:
        raise InputError(f"Бракує поля «{where}{key}».")
    return doc[key]


def parameters_from(
    raw: Mapping[str, Any],
    served_population: int | None,
    where: str = "parameters.",
    reasons: dict[str, str] | None = None,
) -> Parameters:
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
            least, largest = PARAMETER_BOUNDS[name]
            values[name] = whole(value, where + name, minimum=least, maximum=largest)
        elif name == "counselling_threshold":
            values[name] = whole(value, where + name)
        elif name == "cases_indicator":
            if not isinstance(value, str) or value not in INDICATOR_CODES:
                raise InputError(
                    f"Поле «{where}{name}»: невідомий показник «{shown(value)}» "
                    f"(можливі {', '.join(INDICATOR_CODES)})."
                )
            values[name] = value
        else:
            if not isinstance(value, str) or value not in _BASE_VALUES:
                raise InputError(
                    f"Поле «{where}{name}»: невідома основа «{shown(value)}» (можливі {_BASES})."
                )
            values[name] = CounsellingBasis(value)
    if (
        values.get("counselling_basis") is CounsellingBasis.THRESHOLD
        and "counselling_threshold" not in values
    ):
        raise InputError(f"Для основи «threshold» потрібне поле «{where}counselling_threshold».")
    return Parameters(**values, served_population=served_population, reasons=reasons)


def _kind(entry: Mapping[str, Any]) -> SettlementKind | None:
    """A settlement's kind; a document without one names a village. The calculation reads
    no kind, so one the program does not know is no error: the name is printed alone."""
    if "kind" not in entry:
        return SettlementKind.VILLAGE
    try:
        return SettlementKind(entry["kind"])
    except (ValueError, TypeError):
        return None


def _area(value: object) -> float | None:
    """An area in km² as written. The calculation reads none, so anything but a number is
    no area at all rather than an error."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _settlement(raw: object, where: str) -> SettlementYear:
    entry = _object(raw, where.rstrip("."))
    population = whole(
        _required(entry, "population", where), where + "population", maximum=MAX_POPULATION
    )
    parts = {
        part: whole(entry[part], where + part, maximum=MAX_POPULATION)
        for part in _PARTS
        if entry.get(part) is not None
    }
    return SettlementYear(
        name=_text(_required(entry, "name", where), where + "name"),
        kind=_kind(entry),
        headcount=Headcount(population, **parts),
        admin_center=_flag(entry.get("admin_center"), where + "admin_center"),
        starosta_district=_text(
            entry.get("starosta_district"), where + "starosta_district", required=False
        ),
        area_km2=_area(entry.get("area_km2")),
    )


def read_document(doc: object) -> tuple[tuple[SettlementYear, ...], NeedsInput]:
    """One year of Annex 1 from its JSON document: the settlements as documents print them
    and the calculation's input. Every field is checked; an error names it."""
    doc = _object(doc, "документ")
    community = _text(_required(doc, "community"), "community")
    year = whole(_required(doc, "year"), "year", minimum=MIN_YEAR, maximum=MAX_YEAR)
    raw_settlements = _required(doc, "settlements")
    if not isinstance(raw_settlements, list) or not raw_settlements:
        raise InputError("Поле «settlements»: очікується непорожній список населених пунктів.")
    settlements = tuple(
        _settlement(raw, f"settlements[{i}].") for i, raw in enumerate(raw_settlements)
    )
    if sum(s.headcount.total for s in settlements) == 0:
        raise InputError(
            "Поле «settlements»: загальна чисельність населення дорівнює нулю — "
            "розрахунок неможливий."
        )
    indicators = {}
    for code, value in _object(_required(doc, "indicators"), "indicators").items():
        if code not in INDICATOR_CODES:
            raise InputError(
                f"Поле «indicators»: невідомий показник «{shown(code)}» "
                f"(можливі {', '.join(INDICATOR_CODES)})."
            )
        indicators[code] = whole(value, f"indicators.{code}")
    existing = {}
    for key, value in _object(_required(doc, "existing"), "existing").items():
        if key not in SERVICE_KEYS:
            raise InputError(
                f"Поле «existing»: невідома служба «{shown(key)}» "
                f"(можливі {', '.join(SERVICE_KEYS)})."
            )
        existing[key] = whole(value, f"existing.{key}")
    rayon = None
    if doc.get("rayon") is not None:
        raw_rayon = _object(doc["rayon"], "rayon")
        rayon = RayonFigures(
            population=whole(
                _required(raw_rayon, "population", "rayon."), "rayon.population", minimum=1
            ),
            cases=whole(_required(raw_rayon, "cases", "rayon."), "rayon.cases"),
        )
    served = None
    if doc.get("served_population") is not None:
        served = whole(doc["served_population"], "served_population", minimum=1)
    reasons = {
        name: _text(reason, f"parameter_reasons.{shown(name)}", required=False, one_line=False)
        for name, reason in _optional_object(doc, "parameter_reasons").items()
    }
    parameters = parameters_from(_optional_object(doc, "parameters"), served, reasons=reasons)
    for code in (parameters.cases_indicator, MEDICAL_INDICATOR):
        if code not in indicators:
            raise InputError(f"Бракує поля «indicators.{code}»: воно потрібне для розрахунку.")
    return settlements, NeedsInput(
        community,
        year,
        tuple(s.figure for s in settlements),
        indicators,
        existing,
        rayon,
        parameters,
    )


def input_from_document(doc: object) -> NeedsInput:
    """The calculation's input from one year's JSON document (``needs --input``)."""
    return read_document(doc)[1]


def needs_year_from_json(doc: object) -> NeedsYear:
    """A year kept in a frozen protocol: its figures as they were, and the calculation on
    them (exact, so it comes out as it did when the protocol was frozen)."""
    settlements, data = read_document(doc)
    return NeedsYear(settlements, data, calculate(data))


def _plain_json(value: object) -> object:
    return value.value if isinstance(value, CounsellingBasis) else value


def _settlement_json(settlement: SettlementYear) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": settlement.name}
    if settlement.kind is not None:
        entry["kind"] = settlement.kind.value
    entry |= {
        "population": settlement.headcount.total,
        "admin_center": settlement.admin_center,
        "starosta_district": settlement.starosta_district,
    }
    for part in _PARTS:
        if getattr(settlement.headcount, part) is not None:
            entry[part] = getattr(settlement.headcount, part)
    if settlement.area_km2 is not None:
        entry["area_km2"] = settlement.area_km2
    return entry


def needs_year_json(year: NeedsYear) -> dict[str, Any]:
    """The year as the JSON document ``read_document`` reads: the figures only (the result
    is calculated again when it is read), the parameters that differ from the Methodology's
    and the reasons given for parameters."""
    data = year.input
    changes = {c.name: c for c in data.parameters.changes()}
    served = changes.pop("served_population", None)
    return {
        "community": data.community,
        "year": data.year,
        "settlements": [_settlement_json(s) for s in year.settlements],
        "indicators": dict(data.indicators),
        "existing": dict(data.existing),
        "rayon": (
            {"population": data.rayon.population, "cases": data.rayon.cases} if data.rayon else None
        ),
        "served_population": served.value if served else None,
        "parameters": {name: _plain_json(c.value) for name, c in changes.items()},
        "parameter_reasons": {
            name: reason for name, reason in data.parameters.reasons.items() if reason
        },
    }
