"""Making a plan's structure on the «План дій» page: a new plan (empty, with the four policy
areas, or copied from last period's), its details, a section, a goal. Each is one undo step."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QTreeView, QWidget

from hromada_desk.domain import limits
from hromada_desk.domain.plans import (
    POLICY_AREAS,
    ActionPlan,
    PlanGoal,
    PlanSection,
    next_goal_number,
)
from hromada_desk.services import plans as service
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.plan.plan_dialog import PlanDialog
from hromada_desk.ui.plan.tree import NodeKey, NodeKind, PlanNode, PlanTreeModel
from hromada_desk.ui.plan.writer import PlanWriter
from hromada_desk.ui.session import Session


class PlanHost(Protocol):
    """What the structure's actions need of the plan page (a QWidget): named here rather than
    imported, which would make the page and this module import each other."""

    session: Session
    plans: list[ActionPlan]
    plan: ActionPlan | None
    tree: QTreeView
    model: PlanTreeModel
    writer: PlanWriter
    message_line: MessageLine

    def current_node(self) -> PlanNode | None: ...
    def save_pending(self) -> bool: ...
    def choose_plan(self, plan_id: int) -> None: ...
    def select(self, key: NodeKey) -> None: ...


class PlanStructure(QObject):
    """The «План» menu button (new plan, its details) and the «Розділ, ціль» one (add a
    section or a goal) of the plan page, and what they do."""

    def __init__(self, page: PlanHost) -> None:
        self.widget = cast(QWidget, page)  # the page itself: the dialogs' parent
        super().__init__(self.widget)
        self.page = page
        self.new_plan_action = QAction(self)
        self.details_action = QAction(self)
        self.plan_button = QPushButton()
        plan_menu = QMenu(self.plan_button)
        plan_menu.addActions([self.new_plan_action, self.details_action])
        self.plan_button.setMenu(plan_menu)
        self.add_section_action = QAction(self)
        self.add_goal_action = QAction(self)
        self.more_button = QPushButton()
        more_menu = QMenu(self.more_button)
        more_menu.addActions([self.add_section_action, self.add_goal_action])
        self.more_button.setMenu(more_menu)
        self.new_plan_action.triggered.connect(self.new_plan)
        self.details_action.triggered.connect(self.edit_details)
        self.add_section_action.triggered.connect(self.add_section)
        self.add_goal_action.triggered.connect(self.add_goal)

    def retranslate(self) -> None:
        self.plan_button.setText(self.tr("Plan"))
        self.plan_button.setToolTip(self.tr("Create a plan, or change its period and approval"))
        self.new_plan_action.setText(self.tr("&New plan…"))
        self.details_action.setText(self.tr("Plan &details…"))
        self.more_button.setText(self.tr("Section, goal"))
        self.more_button.setToolTip(self.tr("Add a section to the plan or a goal to a section"))
        self.add_section_action.setText(self.tr("Add a &section…"))
        self.add_goal_action.setText(self.tr("Add a &goal to the section…"))

    def update(self) -> None:
        """Enable what makes sense for the plan and the node selected."""
        plan, node = self.page.plan, self.page.current_node()
        self.details_action.setEnabled(plan is not None)
        self.more_button.setEnabled(plan is not None)
        self.add_goal_action.setEnabled(node is not None)

    def _section_id(self) -> int | None:
        """The selected section's id, or that of the section the selection lies in."""
        index = self.page.tree.currentIndex()
        while index.isValid():
            node = self.page.model.node(index)
            if node is not None and node.kind is NodeKind.SECTION:
                return node.key[1]
            index = index.parent()
        return None

    def new_plan(self) -> None:
        if not self.page.save_pending():
            return
        dialog = PlanDialog(self.page.plans, parent=self.widget)
        if not dialog.exec():
            return
        plan = dialog.plan()
        edit = service.add_plan(plan)
        text = fill(self.tr("New plan for %1–%2"), plan.period_start, plan.period_end)
        if self.page.session.run(text, edit) and edit.key is not None:
            self.page.choose_plan(edit.key)
            self.page.message_line.show_message(
                fill(
                    self.tr("%1: done. Add goals to the sections and measures to the goals."), text
                ),
                "info",
            )

    def edit_details(self) -> None:
        plan = self.page.plan
        if plan is None or not self.page.save_pending():
            return
        dialog = PlanDialog(self.page.plans, plan, parent=self.widget)
        if not dialog.exec():
            return
        after = dialog.plan()
        if after != plan:
            self.page.writer.save_plan(plan, after)

    def add_section(self) -> None:
        plan = self.page.plan
        if plan is None or not self.page.save_pending():
            return
        taken = {s.title for s in plan.sections}
        offered = [a for a in POLICY_AREAS if a not in taken] or list(POLICY_AREAS)
        title, ok = QInputDialog.getItem(
            self.widget,
            self.tr("Add a section"),
            self.tr("Policy area (or another title):"),
            offered,
            0,
            True,
        )
        title = " ".join(title.split())[: limits.SECTION_TITLE]
        if not ok or not title:
            return
        edit = service.add_section(plan.id or 0, PlanSection(title))
        if self.page.session.run(fill(self.tr("Add section «%1»"), title), edit):
            self.page.select((NodeKind.SECTION, edit.key or 0))

    def add_goal(self) -> None:
        plan, section_id = self.page.plan, self._section_id()
        if plan is None or section_id is None or not self.page.save_pending():
            return
        number = next_goal_number(plan)
        text, ok = QInputDialog.getMultiLineText(
            self.widget,
            self.tr("Add a goal"),
            fill(self.tr("Goal %1 (its indicators are typed in the form afterwards):"), number),
        )
        text = " ".join(text.split())[: limits.GOAL_TEXT]
        if not ok or not text:
            return
        edit = service.add_goal(section_id, PlanGoal(number, text))
        if self.page.session.run(fill(self.tr("Add goal %1"), number), edit):
            self.page.select((NodeKind.GOAL, edit.key or 0))
