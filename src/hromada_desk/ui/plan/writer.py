"""What the «План дій» page writes, each edit one undo step: a section, goal or measure saved
from its form, a measure added or deleted, a measure's execution in a period reported."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication

from hromada_desk.domain.plans import ActionPlan, MeasureReport, PlanGoal, PlanMeasure, PlanSection
from hromada_desk.storage import plans_repo
from hromada_desk.storage.database import CommunityFile
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.plan.forms import Refused
from hromada_desk.ui.plan.tree import period_label
from hromada_desk.ui.session import Session

translate = QCoreApplication.translate


def next_measure_number(goal: PlanGoal) -> str:
    """«2.10» after 2.1 … 2.9; a goal without numbered measures starts at «2.1»."""
    pattern = re.compile(rf"{goal.number}\.(\d+)")
    taken = [int(m.group(1)) for m in (pattern.fullmatch(x.number.strip())
                                       for x in goal.measures) if m]
    return f"{goal.number}.{max(taken, default=len(goal.measures)) + 1}"


def goal_numbers_beside(plan: ActionPlan | None, goal: PlanGoal) -> set[int]:
    """The numbers the other goals of a goal's section hold (a goal may not take one)."""
    for section in plan.sections if plan is not None else []:
        if any(g.id == goal.id for g in section.goals):
            return {g.number for g in section.goals if g.id != goal.id}
    return set()


def _write_report(cf: CommunityFile, measure_id: int, period: str,
                  report: MeasureReport | None) -> None:
    """Store a measure's report for a period, or remove it (None: not reported)."""
    if report is None:
        plans_repo.delete_report(cf, measure_id, period)
    else:
        plans_repo.set_report(cf, report)


class PlanWriter:
    """Writes the plan page's forms through the session and says on the page's message line
    what was done or why a form was refused. The page keeps what is shown and selected.

    The messages keep the page's translation context: they are the page's own words, shown
    on the page and in its undo menu."""

    def __init__(self, session: Session, message_line: MessageLine) -> None:
        self.session = session
        self.message_line = message_line

    def refuse(self, refused: Refused) -> bool:
        """Say why a form cannot be saved and put the cursor in the field; False, always."""
        self.message_line.show_message("error", str(refused))
        refused.field.setFocus()
        return False

    def _saved(self, text: str) -> None:
        self.message_line.show_message("info", fill(translate("PlanPage", "%1: saved."), text))

    def save_record(self, before: object, after: object) -> bool:
        """Write a section, goal or measure as its form now holds it; False when the session
        did not write it (True too when ``before`` and ``after`` are not the same kind)."""
        if isinstance(before, PlanSection) and isinstance(after, PlanSection):
            text = fill(translate("PlanPage", "Edit section «%1»"), before.title)
            done = self.session.execute(
                text, lambda cf: plans_repo.update_section(cf, after),
                lambda cf: plans_repo.update_section(cf, before), "plan")
        elif isinstance(before, PlanGoal) and isinstance(after, PlanGoal):
            text = fill(translate("PlanPage", "Edit goal %1"), before.number)
            done = self.session.execute(
                text, lambda cf: plans_repo.update_goal(cf, after),
                lambda cf: plans_repo.update_goal(cf, before), "plan")
        elif isinstance(before, PlanMeasure) and isinstance(after, PlanMeasure):
            text = fill(translate("PlanPage", "Edit measure %1"), before.number)
            done = self.session.execute(
                text, lambda cf: plans_repo.update_measure(cf, after),
                lambda cf: plans_repo.update_measure(cf, before), "plan")
        else:
            return True
        if done:
            self._saved(text)
        return done

    def add_measure(self, goal: PlanGoal, measure: PlanMeasure) -> tuple[int, str] | None:
        """Add a measure at the end of a goal: its new id and the undo step's text, or None
        when the session did not write it."""
        goal_id = goal.id or 0
        placed: dict[str, int] = {}

        def apply(cf: CommunityFile) -> None:
            if "id" in placed:  # redo: the same id, so that later edits' undo finds it
                plans_repo.add_measure(cf, goal_id,
                                       dataclasses.replace(measure, id=placed["id"]))
            else:
                placed["id"] = plans_repo.add_measure(cf, goal_id, dataclasses.replace(measure))

        text = fill(translate("PlanPage", "Add measure %1"), measure.number)
        if not self.session.execute(
                text, apply, lambda cf: plans_repo.delete_measure(cf, placed["id"]), "plan"):
            return None
        return placed["id"], text

    def delete_measure(self, cf: CommunityFile, measure: PlanMeasure) -> None:
        """Delete a measure with its execution reports; undo puts both back in place."""
        place = plans_repo.measure_place(cf, measure.id or 0)
        if place is None:
            return
        reports = plans_repo.measure_reports(cf, measure.id or 0)
        text = fill(translate("PlanPage", "Delete measure %1"), measure.number)

        def revert(cf: CommunityFile) -> None:
            plans_repo.add_measure(cf, place[0], measure, place[1], reports)

        if self.session.execute(
                text, lambda f: plans_repo.delete_measure(f, measure.id or 0), revert, "plan"):
            self.message_line.show_message("info", fill(translate(
                "PlanPage",
                "Measure %1 deleted with its execution reports; Ctrl+Z brings it back. The "
                "numbers of the other measures are left as they were."), measure.number))

    def save_report(self, measure: PlanMeasure, period: str, before: MeasureReport | None,
                    after: MeasureReport | None) -> bool:
        """Write a measure's execution in a period (None: not reported); False when the
        session did not write it."""
        measure_id, shown = measure.id or 0, period_label(period)
        if after is None:
            text = fill(translate("PlanPage", "Remove the report on measure %1 for %2"),
                        measure.number, shown)
        else:
            text = fill(translate("PlanPage", "Report on measure %1 for %2"), measure.number,
                        shown)
        done = self.session.execute(
            text, lambda f: _write_report(f, measure_id, period, after),
            lambda f: _write_report(f, measure_id, period, before), "plan")
        if done:
            self._saved(text)
        return done
