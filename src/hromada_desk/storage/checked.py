"""The domain's rules in front of every write: a record that breaks one (a name too long, a
population above 10 000 000, a date before 1990) is refused with its field named, before
SQL sees it. The schema's CHECK constraints stay behind it as the last line.

The validation module is imported by the first write, not when a file is opened (it is not
needed to show one).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from hromada_desk.errors import StorageError

if TYPE_CHECKING:
    from hromada_desk.domain.assignments import StatusMark
    from hromada_desk.domain.council import Meeting, Member
    from hromada_desk.domain.plans import ActionPlan, MeasureReport, PlanMeasure
    from hromada_desk.domain.records import Community, Population, Settlement
    from hromada_desk.domain.validation import Finding
    from hromada_desk.domain.work_plan import WorkPlan

SHOWN = 3  # the first few problems; the rest are counted


def refuse_invalid(findings: Iterable[Finding]) -> None:
    from hromada_desk.domain.validation import errors

    problems = errors(findings)
    if not problems:
        return
    shown = "; ".join(
        f"{f.subject}: {f.message}" if f.subject else f.message for f in problems[:SHOWN]
    )
    more = f" (і ще {len(problems) - SHOWN})" if len(problems) > SHOWN else ""
    raise StorageError(
        f"Не записано: {shown}{more}. Файл не змінено.", "Виправте значення й повторіть."
    )


def community(record: Community) -> None:
    from hromada_desk.domain.validation import validate_community

    refuse_invalid(validate_community(record))


def settlement(record: Settlement) -> None:
    from hromada_desk.domain.validation import validate_settlement

    refuse_invalid(validate_settlement(record))


def codes(community_code: str | None, settlement_codes: Iterable[str | None]) -> None:
    from hromada_desk.domain.validation import check_katottg

    refuse_invalid(
        [
            *check_katottg(community_code, "Громада"),
            *(f for code in settlement_codes for f in check_katottg(code)),
        ]
    )


def population(rows: Iterable[Population]) -> None:
    from hromada_desk.domain.validation import validate_population

    refuse_invalid(f for row in rows for f in validate_population(row))


def member(record: Member) -> None:
    from hromada_desk.domain.validation import validate_member

    refuse_invalid(validate_member(record))


def meeting(record: Meeting) -> None:
    from hromada_desk.domain.validation import validate_meeting

    refuse_invalid(validate_meeting(record))


def plan(record: ActionPlan) -> None:
    from hromada_desk.domain.validation import validate_plan

    refuse_invalid(validate_plan(record))


def measure(record: PlanMeasure) -> None:
    from hromada_desk.domain.validation import validate_measure

    refuse_invalid(validate_measure(record))


def report(record: MeasureReport) -> None:
    from hromada_desk.domain.validation import validate_report

    refuse_invalid(validate_report(record))


def mark(record: StatusMark | None) -> None:
    from hromada_desk.domain.validation import validate_mark

    if record is not None:
        refuse_invalid(validate_mark(record))


def work_plan(record: WorkPlan) -> None:
    from hromada_desk.domain.validation import validate_work_plan

    refuse_invalid(validate_work_plan(record))
