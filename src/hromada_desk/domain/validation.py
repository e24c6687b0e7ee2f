"""Validation rules: errors block saving a value, warnings only inform and never block."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.records import MAX_POPULATION, MAX_YEAR, MIN_YEAR, Population

# A settlement's population that changes by more than this share in a year is worth a look.
POPULATION_JUMP = 0.30


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding: ``code`` for programs, ``message`` (Ukrainian) for people."""

    severity: Severity
    code: str
    message: str
    subject: str = ""
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        label = "помилка" if self.is_error else "попередження"
        where = f"{self.subject}: " if self.subject else ""
        return f"{label}: {where}{self.message}"


def _error(code: str, message: str, subject: str = "", **params: object) -> Finding:
    return Finding(Severity.ERROR, code, message, subject, params)


def _warning(code: str, message: str, subject: str = "", **params: object) -> Finding:
    return Finding(Severity.WARNING, code, message, subject, params)


def check_count(value: object, what: str, subject: str = "",
                maximum: int = MAX_POPULATION) -> list[Finding]:
    """A count must be a whole number from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return [_error("not_whole", f"{what}: очікується ціле число, отримано «{value}»",
                       subject, value=value)]
    if value < 0:
        return [_error("negative", f"{what} не може бути від’ємною ({value})", subject,
                       value=value)]
    if value > maximum:
        return [_error("too_large", f"{what} завелика ({value}); найбільше допустиме "
                       f"значення {maximum}", subject, value=value)]
    return []


def check_year(year: object) -> list[Finding]:
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        return [_error("year", f"рік має бути від {MIN_YEAR} до {MAX_YEAR}, отримано «{year}»",
                       year=year)]
    return []


def check_name(value: str, what: str, subject: str = "") -> list[Finding]:
    if not value or not value.strip():
        return [_error("empty", f"{what} не може бути порожнім", subject)]
    return []


def validate_population(row: Population, settlement_name: str = "",
                        previous_total: int | None = None) -> list[Finding]:
    """Errors for impossible figures, warnings for suspicious ones (as real tables have)."""
    subject = f"{settlement_name}, {row.year}" if settlement_name else str(row.year)
    findings = check_year(row.year)
    findings += check_count(row.total, "Чисельність населення", subject)
    for value, what in zip(row.breakdown, ("Кількість чоловіків", "Кількість жінок",
                                           "Кількість дітей"), strict=True):
        if value is not None:
            findings += check_count(value, what, subject)
    if any(f.is_error for f in findings):
        return findings
    parts = [v for v in row.breakdown if v is not None]
    if len(parts) == 3 and sum(parts) != row.total:
        findings.append(_warning(
            "breakdown_mismatch",
            f"чоловіки + жінки + діти = {sum(parts)}, а загальна чисельність {row.total}",
            subject, breakdown=sum(parts), total=row.total))
    elif parts and sum(parts) > row.total:
        findings.append(_warning(
            "breakdown_exceeds",
            f"сума відомих складових ({sum(parts)}) більша за загальну чисельність {row.total}",
            subject, breakdown=sum(parts), total=row.total))
    if previous_total:
        change = (row.total - previous_total) / previous_total
        if abs(change) > POPULATION_JUMP:
            findings.append(_warning(
                "population_jump",
                f"чисельність змінилася на {change:+.0%} за рік ({previous_total} → {row.total})",
                subject, previous=previous_total, total=row.total))
    return findings


def validate_indicators(year: int, values: Mapping[str, object]) -> list[Finding]:
    """The Annex 1 indicators of one year."""
    subject = f"показники {year}"
    findings = check_year(year)
    for code, value in values.items():
        if code not in INDICATOR_CODES:
            findings.append(_error("unknown_indicator", f"невідомий показник «{code}»", subject,
                                   indicator=code))
            continue
        findings += check_count(value, f"Показник {code}", subject)
    completed, applied = values.get("5.5"), values.get("5.4")
    if (isinstance(completed, int) and isinstance(applied, int)
            and completed > applied):
        findings.append(_warning(
            "programme_completed_exceeds_applied",
            f"пройшли програму для кривдників ({completed}) більше осіб, ніж звернулися "
            f"({applied})", subject, completed=completed, applied=applied))
    return findings


def validate_person(surname: str, given_name: str, subject: str = "") -> list[Finding]:
    return check_name(surname, "Прізвище", subject) + check_name(given_name, "Ім’я", subject)


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]
