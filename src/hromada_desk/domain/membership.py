"""Council membership rules: who is a current member, valid periods, one chair and one secretary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.validation import Finding, Severity

# Roles a council has one holder of at a time (a council may have several deputies).
SINGLE_ROLES = (CouncilRole.CHAIR, CouncilRole.SECRETARY)


def is_current(member: Member, today: dt.date) -> bool:
    """Still on the council: no end date, or one not yet passed (a future start counts too)."""
    return member.member_to is None or member.member_to >= today


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def check_period(
    member_from: dt.date | None, member_to: dt.date | None, subject: str = ""
) -> list[Finding]:
    """A membership cannot end before it began."""
    if member_from is not None and member_to is not None and member_to < member_from:
        return [
            Finding(
                Severity.ERROR,
                "period_reversed",
                f"членство не може закінчитися ({_day(member_to)}) раніше, ніж "
                f"почалося ({_day(member_from)})",
                subject,
                {"member_from": member_from, "member_to": member_to},
            )
        ]
    return []


def role_clashes(member: Member, others: Iterable[Member], today: dt.date) -> list[Finding]:
    """Warnings when ``member``, a current member, is given a role another current member
    already holds that a council has only one of. They never block: during a change-over
    both records may be current for a while."""
    if member.role not in SINGLE_ROLES or not is_current(member, today):
        return []
    return [
        Finding(
            Severity.WARNING,
            f"second_{member.role.value}",
            f"{other.name.short} вже є: {member.role.label}",
            member.name.short,
            {"holder": other.name.short, "holder_id": other.id, "role": member.role},
        )
        for other in others
        if other.id != member.id and other.role is member.role and is_current(other, today)
    ]
