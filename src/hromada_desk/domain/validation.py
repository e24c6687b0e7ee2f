"""Validation rules: errors block saving a value, warnings only inform and never block."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from hromada_desk.domain import limits
from hromada_desk.domain.council import valid_time
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.numbers import format_number, format_percent
from hromada_desk.domain.parsing import KATOTTG_CODE, shown
from hromada_desk.domain.records import (
    MAX_POPULATION,
    MAX_YEAR,
    MIN_YEAR,
    Community,
    Population,
    Settlement,
)

if TYPE_CHECKING:  # only named in annotations: opening a file need not load them
    from hromada_desk.domain.assignments import Assignment, StatusMark
    from hromada_desk.domain.council import AgendaItem, Meeting, Member
    from hromada_desk.domain.plans import ActionPlan, MeasureReport, PlanMeasure
    from hromada_desk.domain.work_plan import WorkPlan

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


def check_count(
    value: object, what: str, subject: str = "", maximum: int = MAX_POPULATION
) -> list[Finding]:
    """A count must be a whole number from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return [
            _error(
                "not_whole",
                f"{what}: очікується ціле число, отримано «{shown(value)}»",
                subject,
                value=value,
            )
        ]
    if value < 0:
        return [
            _error("negative", f"{what} не може бути від’ємною ({value})", subject, value=value)
        ]
    if value > maximum:
        return [
            _error(
                "too_large",
                f"{what} завелика ({shown(value)}); найбільше допустиме значення {maximum}",
                subject,
                value=value,
            )
        ]
    return []


def check_year(year: object) -> list[Finding]:
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        return [
            _error(
                "year", f"рік має бути від {MIN_YEAR} до {MAX_YEAR}, отримано «{year}»", year=year
            )
        ]
    return []


def check_name(value: str, what: str, subject: str = "", limit: int | None = None) -> list[Finding]:
    """A name that must be given; with ``limit``, no longer than that many characters."""
    if not value or not value.strip():
        return [_error("empty", f"{what} не може бути порожнім", subject)]
    return check_text(value, what, limit, subject) if limit is not None else []


def check_text(value: str, what: str, limit: int, subject: str = "") -> list[Finding]:
    """A typed text no longer than ``limit`` characters (as the schema counts them)."""
    if len(value) > limit:
        return [
            _error(
                "too_long",
                f"{what}: задовгий текст ({len(value)} символів), найбільше {limit}",
                subject,
                length=len(value),
                limit=limit,
            )
        ]
    return []


def check_katottg(value: str | None, subject: str = "") -> list[Finding]:
    """A codifier code as the file keeps it («UA» and 17 digits), or none."""
    if value is not None and not (isinstance(value, str) and KATOTTG_CODE.fullmatch(value)):
        return [
            _error(
                "katottg",
                f"код КАТОТТГ має бути «UA» і 17 цифр, отримано «{shown(value)}»",
                subject,
                value=value,
            )
        ]
    return []


def check_number(
    value: object, what: str, least: int, largest: int, subject: str = ""
) -> list[Finding]:
    """A whole number from ``least`` to ``largest``."""
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= largest:
        return [
            _error(
                "out_of_range",
                f"{what} має бути цілим числом від {least} до {largest}, отримано «{value}»",
                subject,
                value=value,
            )
        ]
    return []


def check_date(value: dt.date | None, what: str, subject: str = "") -> list[Finding]:
    """A date within the years the program keeps records for (an empty date is allowed)."""
    if value is not None and not limits.MIN_DATE <= value <= limits.MAX_DATE:
        return [
            _error(
                "date",
                f"{what}: дата має бути від {limits.MIN_DATE:%d.%m.%Y} до "
                f"{limits.MAX_DATE:%d.%m.%Y}, отримано {value:%d.%m.%Y}",
                subject,
                value=value,
            )
        ]
    return []


def validate_population(
    row: Population, settlement_name: str = "", previous_total: int | None = None
) -> list[Finding]:
    """Errors for impossible figures, warnings for suspicious ones (as real tables have)."""
    subject = f"{settlement_name}, {row.year}" if settlement_name else str(row.year)
    findings = check_year(row.year)
    findings += check_count(row.total, "Чисельність населення", subject)
    for value, what in zip(
        row.breakdown, ("Кількість чоловіків", "Кількість жінок", "Кількість дітей"), strict=True
    ):
        if value is not None:
            findings += check_count(value, what, subject)
    if any(f.is_error for f in findings):
        return findings
    parts = [v for v in row.breakdown if v is not None]
    if len(parts) == 3 and sum(parts) != row.total:
        findings.append(
            _warning(
                "breakdown_mismatch",
                f"чоловіки + жінки + діти = {sum(parts)}, а загальна чисельність {row.total}",
                subject,
                breakdown=sum(parts),
                total=row.total,
            )
        )
    elif parts and sum(parts) > row.total:
        findings.append(
            _warning(
                "breakdown_exceeds",
                f"сума відомих складових ({sum(parts)}) більша за загальну чисельність {row.total}",
                subject,
                breakdown=sum(parts),
                total=row.total,
            )
        )
    if previous_total:
        change = (row.total - previous_total) / previous_total
        if abs(change) > POPULATION_JUMP:
            findings.append(
                _warning(
                    "population_jump",
                    f"чисельність змінилася на {format_percent(change, signed=True)} за рік "
                    f"({format_number(previous_total)} → {format_number(row.total)})",
                    subject,
                    previous=previous_total,
                    total=row.total,
                )
            )
    return findings


def validate_indicators(year: int, values: Mapping[str, object]) -> list[Finding]:
    """The Annex 1 indicators of one year."""
    subject = f"показники {year}"
    findings = check_year(year)
    for code, value in values.items():
        if code not in INDICATOR_CODES:
            findings.append(
                _error("unknown_indicator", f"невідомий показник «{code}»", subject, indicator=code)
            )
            continue
        findings += check_count(value, f"Показник {code}", subject)
    completed, applied = values.get("5.5"), values.get("5.4")
    if isinstance(completed, int) and isinstance(applied, int) and completed > applied:
        findings.append(
            _warning(
                "programme_completed_exceeds_applied",
                f"пройшли програму для кривдників ({completed}) більше осіб, ніж звернулися "
                f"({applied})",
                subject,
                completed=completed,
                applied=applied,
            )
        )
    return findings


def validate_person(
    surname: str, given_name: str, subject: str = "", patronymic: str = ""
) -> list[Finding]:
    return (
        check_name(surname, "Прізвище", subject, limits.NAME_PART)
        + check_name(given_name, "Ім’я", subject, limits.NAME_PART)
        + check_text(patronymic, "По батькові", limits.NAME_PART, subject)
    )


# -- whole records, as a form or an import hands them to storage: every field named as the
# -- form names it, so the message says which field to shorten ---------------------------


def _texts(fields: Iterable[tuple[str, str, int]], subject: str = "") -> list[Finding]:
    return [f for value, what, limit in fields for f in check_text(value, what, limit, subject)]


def validate_community(community: Community) -> list[Finding]:
    return (
        check_name(community.name, "Назва громади", limit=limits.COMMUNITY_NAME)
        + check_name(community.council_name, "Назва ради", limit=limits.COUNCIL_NAME)
        + _texts(
            [
                (
                    community.council_name_genitive,
                    "Назва ради в родовому відмінку",
                    limits.COUNCIL_NAME_GENITIVE,
                ),
                (community.executive_committee, "Виконавчий комітет", limits.EXECUTIVE_COMMITTEE),
                (community.oblast, "Область", limits.REGION),
                (community.rayon, "Район", limits.REGION),
            ]
        )
        + check_katottg(community.katottg, "Громада")
    )


def validate_settlement(settlement: Settlement) -> list[Finding]:
    return (
        check_name(settlement.name, "Назва населеного пункту", limit=limits.SETTLEMENT_NAME)
        + check_text(
            settlement.starosta_district,
            "Старостинський округ",
            limits.STAROSTA_DISTRICT,
            settlement.name,
        )
        + check_katottg(settlement.katottg, settlement.name)
    )


def validate_member(member: Member) -> list[Finding]:
    name = member.name
    subject = name.surname
    findings = validate_person(name.surname, name.given_name, subject, name.patronymic)
    findings += _texts(
        [
            (member.position, "Посада", limits.POSITION),
            (member.organisation, "Установа", limits.ORGANISATION),
            (member.phone, "Телефон", limits.PHONE),
        ],
        subject,
    )
    findings += check_date(member.member_from, "Член ради з", subject)
    findings += check_date(member.member_to, "Член ради до", subject)
    return findings


def validate_agenda_item(item: AgendaItem, subject: str = "") -> list[Finding]:
    findings = check_name(item.title, "Питання порядку денного", subject, limits.AGENDA_TITLE)
    findings += _texts(
        [
            (item.heard, "Слухали", limits.AGENDA_TEXT),
            (item.heard_closing, "Слухали (завершення)", limits.AGENDA_TEXT),
            (item.spoke, "Виступили", limits.AGENDA_TEXT),
            (item.decided, "Вирішили", limits.AGENDA_TEXT),
        ],
        subject,
    )
    for speaker in item.speakers:
        findings += _texts(
            [
                (speaker.name, "Доповідач", limits.SPEAKER_NAME),
                (speaker.role, "Посада доповідача", limits.SPEAKER_ROLE),
            ],
            subject,
        )
    if item.votes is not None:
        for value, what in (
            (item.votes.in_favour, "Голосів «за»"),
            (item.votes.against, "Голосів «проти»"),
            (item.votes.abstained, "Утрималися"),
        ):
            findings += check_number(value, what, 0, limits.MAX_VOTES, subject)
    for year in item.calculation_years:
        findings += check_year(year)
    return findings


def validate_meeting(meeting: Meeting) -> list[Finding]:
    subject = f"засідання №{meeting.number}"
    findings = check_number(
        meeting.number, "Номер засідання", 1, limits.MAX_MEETING_NUMBER, subject
    )
    findings += check_date(meeting.date, "Дата засідання", subject)
    findings += _texts(
        [
            (meeting.place, "Місце проведення", limits.MEETING_PLACE),
            (meeting.title, "Назва засідання", limits.MEETING_TITLE),
        ],
        subject,
    )
    if not valid_time(meeting.time):
        findings.append(
            _error(
                "meeting_time",
                f"Час початку засідання вказують як ГГ:ХХ, "
                f"наприклад 10:00, а не «{meeting.time.strip()}».",
                subject,
            )
        )
    for entry in meeting.attendance:
        findings += check_text(
            entry.absence_reason, "Причина відсутності", limits.ABSENCE_REASON, subject
        )
    for guest in meeting.guests:
        findings += check_name(guest.name, "Запрошений", subject, limits.GUEST_NAME)
        findings += check_text(guest.position, "Посада запрошеного", limits.GUEST_POSITION, subject)
    for signature in meeting.signatures:
        findings += check_name(signature.role, "Посада підписанта", subject, limits.SIGNATURE_ROLE)
    for number, item in enumerate(meeting.agenda, 1):
        findings += validate_agenda_item(item, f"{subject}, питання {number}")
        for place, assignment in enumerate(item.assignments, 1):
            findings += validate_assignment(
                assignment, meeting.date, f"{subject}, питання {number}, доручення {place}"
            )
    return findings


def validate_assignment(
    assignment: Assignment, given: dt.date | None, subject: str = ""
) -> list[Finding]:
    """An assignment of a decision given on ``given`` (its meeting's day): what is assigned
    and who answers for it must be said; its deadline may not come before the meeting."""
    from hromada_desk.domain.deadlines import looks_like_date, schedule

    findings = check_name(assignment.text, "Доручення", subject, limits.ASSIGNMENT_TEXT)
    if assignment.member_id is None:
        findings += check_name(
            assignment.responsible, "Відповідальний", subject, limits.RESPONSIBLE
        )
    else:
        findings += check_text(
            assignment.responsible, "Відповідальний", limits.RESPONSIBLE, subject
        )
    deadline = assignment.deadline
    wrong = check_text(deadline.text, "Термін виконання", limits.ASSIGNMENT_DEADLINE, subject)
    wrong += check_date(deadline.day, "Термін виконання", subject)
    if deadline.day is None and looks_like_date(deadline.text):
        wrong.append(
            _error(
                "no_such_date",
                f"Термін виконання: дати «{shown(deadline.text)}» немає в календарі",
                subject,
                value=deadline.text,
            )
        )
    findings += wrong
    if given is not None and not wrong:
        once = schedule(deadline, given).once
        if once is not None and once < given:
            findings.append(
                _error(
                    "deadline_before_meeting",
                    f"Термін виконання ({once:%d.%m.%Y}) раніше за "
                    f"дату засідання ({given:%d.%m.%Y})",
                    subject,
                    deadline=once,
                    meeting=given,
                )
            )
    if assignment.mark is not None:
        findings += validate_mark(assignment.mark, given, subject)
    return findings


def validate_mark(
    mark: StatusMark, given: dt.date | None = None, subject: str = ""
) -> list[Finding]:
    """An assignment's status as recorded: its day (not before the meeting that gave the
    assignment) and its note."""
    findings = check_date(mark.day, "Дата зміни стану", subject)
    findings += check_text(mark.note, "Примітка до стану", limits.STATUS_NOTE, subject)
    if given is not None and not findings and mark.day < given:
        findings.append(
            _error(
                "status_before_meeting",
                f"Дата зміни стану ({mark.day:%d.%m.%Y}) раніше за дату "
                f"засідання ({given:%d.%m.%Y})",
                subject,
                day=mark.day,
                meeting=given,
            )
        )
    return findings


def validate_measure(measure: PlanMeasure, subject: str = "") -> list[Finding]:
    subject = subject or f"захід {measure.number}"
    return (
        check_name(measure.number, "Номер заходу", subject, limits.MEASURE_NUMBER)
        + check_name(measure.text, "Захід", subject, limits.MEASURE_TEXT)
        + _texts(
            [
                (measure.coordinator, "Відповідальні", limits.COORDINATOR),
                (measure.involved, "Залучені", limits.INVOLVED),
                (measure.deadline, "Строк виконання", limits.DEADLINE),
                (measure.funding, "Фінансування", limits.FUNDING),
            ],
            subject,
        )
    )


def validate_plan(plan: ActionPlan) -> list[Finding]:
    findings = check_name(plan.title, "Назва плану", limit=limits.PLAN_TITLE)
    findings += check_number(plan.period_start, "Початок періоду", MIN_YEAR, MAX_YEAR)
    findings += check_number(plan.period_end, "Кінець періоду", MIN_YEAR, MAX_YEAR)
    findings += check_date(plan.approved_date, "Дата затвердження")
    findings += _texts(
        [
            (plan.approved_by, "Ким затверджено", limits.APPROVED_BY),
            (plan.approved_number, "Номер рішення", limits.APPROVED_NUMBER),
            (plan.signatory_position, "Посада підписанта", limits.SIGNATORY_POSITION),
            (plan.signatory_name, "Ім’я підписанта", limits.SIGNATORY_NAME),
        ]
    )
    for section in plan.sections:
        findings += check_name(section.title, "Назва розділу", limit=limits.SECTION_TITLE)
        findings += check_text(
            section.statement, "Опис проблеми", limits.SECTION_STATEMENT, section.title[:40]
        )
        for goal in section.goals:
            subject = f"мета {goal.number}"
            findings += check_name(goal.text, "Мета", subject, limits.GOAL_TEXT)
            findings += check_text(goal.indicators, "Індикатори", limits.GOAL_INDICATORS, subject)
            for measure in goal.measures:
                findings += validate_measure(measure)
    for footnote in plan.footnotes:
        findings += check_name(footnote.marker, "Позначка виноски", limit=limits.FOOTNOTE_MARKER)
        findings += check_name(footnote.text, "Текст виноски", limit=limits.FOOTNOTE_TEXT)
    return findings


def validate_report(report: MeasureReport) -> list[Finding]:
    findings = check_text(report.done, "Що зроблено", limits.REPORT_DONE, report.period)
    if report.money_spent is not None and report.money_spent < 0:
        findings.append(
            _error(
                "negative",
                "Витрачені кошти не можуть бути від’ємними",
                report.period,
                value=report.money_spent,
            )
        )
    return findings


def validate_work_plan(plan: WorkPlan) -> list[Finding]:
    findings = check_year(plan.year)
    for number, question in enumerate(plan.questions, 1):
        subject = f"план роботи на {plan.year} рік, питання {number}"
        findings += check_number(question.quarter, "Квартал", 1, 4, subject)
        findings += check_name(question.title, "Питання", subject, limits.WORK_QUESTION_TITLE)
        findings += check_text(
            question.responsible, "Відповідальний", limits.WORK_QUESTION_RESPONSIBLE, subject
        )
    return findings


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]
