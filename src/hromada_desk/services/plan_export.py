"""Choosing the plan, and gathering its execution report (documents.plan) for a period."""

from __future__ import annotations

from hromada_desk.documents.plan import PlanReport, parse_period
from hromada_desk.domain.plans import ActionPlan, MeasureReport
from hromada_desk.errors import InputError
from hromada_desk.storage import community_repo, plans_repo
from hromada_desk.storage.database import CommunityFile


def choose_plan(cf: CommunityFile, plan_id: int | None = None, name: str = "") -> ActionPlan:
    """The plan with ``plan_id``, or the file's latest plan when none is named."""
    where = f"У файлі «{name}»" if name else "У файлі громади"
    if plan_id is None:
        plans = plans_repo.list_plans(cf)
        if not plans:
            raise InputError(f"{where} немає жодного плану дій.")
        return plans[0]
    plan = plans_repo.get_plan(cf, plan_id)
    if plan is None:
        known = ", ".join(str(p.id) for p in plans_repo.list_plans(cf)) or "немає жодного"
        raise InputError(f"{where} немає плану дій з номером {plan_id} (є: {known}).")
    return plan


def report_for(cf: CommunityFile, plan: ActionPlan, period: str) -> PlanReport:
    """The plan's execution report for ``period`` («2024», «2024-q1»: checked and written as
    reports store it) with the plan's reports of that period."""
    period = parse_period(period, plan)
    ids = {m.id for m in plan.measures}
    return PlanReport(
        plan,
        period,
        {r.measure_id: r for r in plans_repo.get_reports(cf, period) if r.measure_id in ids},
    )


def period_reports(
    cf: CommunityFile, plan: ActionPlan, period: str
) -> tuple[str, dict[int, MeasureReport]]:
    """The period as reports store it («2024», «2024-Q1») and the plan's reports for it."""
    report = report_for(cf, plan, period)
    return report.period, dict(report.reports)


def author_of(cf: CommunityFile) -> str:
    """Who a plan's documents name as their author: the community's council."""
    community = community_repo.get_community(cf)
    return community.council_name if community is not None else ""
