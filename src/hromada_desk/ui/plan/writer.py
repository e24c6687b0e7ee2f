"""What the «План дій» page writes, each edit one undo step: a section, goal or measure saved
from its form, a measure added or deleted, a measure's execution in a period reported."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hromada_desk.domain.plans import ActionPlan, MeasureReport, PlanGoal, PlanMeasure, PlanSection
from hromada_desk.services import plans as service
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.plan.forms import Refused
from hromada_desk.ui.plan.tree import period_label
from hromada_desk.ui.session import Session

translate = QCoreApplication.translate


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
        self.message_line.show_message(str(refused), "error")
        refused.field.setFocus()
        return False

    def _saved(self, text: str) -> None:
        self.message_line.show_message(fill(translate("PlanPage", "%1: saved."), text), "info")

    def save_record(self, before: object, after: object) -> bool:
        """Write a section, goal or measure as its form now holds it; False when the session
        did not write it (True too when ``before`` and ``after`` are not the same kind)."""
        if isinstance(before, PlanSection) and isinstance(after, PlanSection):
            text = fill(translate("PlanPage", "Edit section «%1»"), before.title)
        elif isinstance(before, PlanGoal) and isinstance(after, PlanGoal):
            text = fill(translate("PlanPage", "Edit goal %1"), before.number)
        elif isinstance(before, PlanMeasure) and isinstance(after, PlanMeasure):
            text = fill(translate("PlanPage", "Edit measure %1"), before.number)
        else:
            return True
        done = self.session.run(text, service.save_record(before, after))
        if done:
            self._saved(text)
        return done

    def save_plan(self, before: ActionPlan, after: ActionPlan) -> bool:
        """Write a plan's title, period and approval."""
        text = fill(
            translate("PlanPage", "Details of the plan for %1–%2"),
            after.period_start,
            after.period_end,
        )
        done = self.session.run(text, service.save_plan(before, after))
        if done:
            self._saved(text)
        return done

    def add_measure(self, goal: PlanGoal, measure: PlanMeasure) -> tuple[int, str] | None:
        """Add a measure at the end of a goal: its new id and the undo step's text, or None
        when the session did not write it."""
        edit = service.add_measure(goal, measure)
        text = fill(translate("PlanPage", "Add measure %1"), measure.number)
        if not self.session.run(text, edit) or edit.key is None:
            return None
        return edit.key, text

    def delete_measure(self, measure: PlanMeasure) -> None:
        """Delete a measure with its execution reports; undo puts both back in place."""
        cf = self.session.cf
        edit = service.delete_measure(cf, measure) if cf is not None else None
        if edit is None:
            return
        text = fill(translate("PlanPage", "Delete measure %1"), measure.number)
        if self.session.run(text, edit):
            self.message_line.show_message(
                fill(
                    translate(
                        "PlanPage",
                        "Measure %1 deleted with its execution reports; Ctrl+Z brings it back. The "
                        "numbers of the other measures are left as they were.",
                    ),
                    measure.number,
                ),
                "info",
            )

    def save_report(
        self,
        measure: PlanMeasure,
        period: str,
        before: MeasureReport | None,
        after: MeasureReport | None,
    ) -> bool:
        """Write a measure's execution in a period (None: not reported); False when the
        session did not write it."""
        shown = period_label(period)
        if after is None:
            text = fill(
                translate("PlanPage", "Remove the report on measure %1 for %2"),
                measure.number,
                shown,
            )
        else:
            text = fill(translate("PlanPage", "Report on measure %1 for %2"), measure.number, shown)
        done = self.session.run(text, service.set_report(measure.id or 0, period, before, after))
        if done:
            self._saved(text)
        return done
