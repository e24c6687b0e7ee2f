"""The «План дій» page: the action plan's sections, goals and measures, each editable, and
every measure's execution in a reporting period."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.plans import (
    ActionPlan,
    PlanGoal,
    PlanMeasure,
    goal_numbers_beside,
    next_measure_number,
)
from hromada_desk.services import plans as service
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.kept_splitter import KeptSplitter
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.responsive import CompactSwitch
from hromada_desk.ui.plan.editor import ElidedLabel, PlanEditor
from hromada_desk.ui.plan.export import PlanExport
from hromada_desk.ui.plan.forms import Refused
from hromada_desk.ui.plan.structure import PlanStructure
from hromada_desk.ui.plan.tree import (
    NodeKey,
    NodeKind,
    PlanNode,
    PlanTreeModel,
    default_period,
    period_label,
    plan_periods,
)
from hromada_desk.ui.plan.writer import PlanWriter
from hromada_desk.ui.session import Session

# Below this page width the tree goes above the form (see _arrange).
WIDE_WIDTH = 900


class PlanPage(Page):
    """«План дій»: a tree of the plan on the left; the selected item's form and, for a
    measure, its execution in the chosen period on the right. Each save is one undoable
    edit; moving to another item saves what was typed for the one shown."""

    topics = frozenset({"plan"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.plans: list[ActionPlan] = []
        self.plan: ActionPlan | None = None
        self.period = ""
        self._shown: NodeKey | None = None  # the node the forms show
        self._select_after: NodeKey | None = None  # where to go once the tree is rebuilt
        self._new_in_goal: PlanGoal | None = None  # adding a measure to this goal
        self._moving = False  # the page itself moves the selection or fills the combos
        self._holding = False  # saving before leaving a node: refresh leaves the forms be

        self.plan_label, self.plan_combo = QLabel(), QComboBox()
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_label.setBuddy(self.plan_combo)
        self.plan_title = ElidedLabel()
        font = self.plan_title.font()
        font.setBold(True)
        self.plan_title.setFont(font)
        self.period_label, self.period_combo = QLabel(), QComboBox()
        self.period_label.setBuddy(self.period_combo)

        self.model = PlanTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PlanTreeModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PlanTreeModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(220)
        self.tree_label = QLabel()
        self.tree_label.setBuddy(self.tree)
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.editor = PlanEditor()
        self.message_line = MessageLine()
        self.writer = PlanWriter(session, self.message_line)
        self.export_button, self.export_report_button = QPushButton(), QPushButton()
        self.exporter = PlanExport(self)
        self.exporter.reported.connect(self.message_line.show_message)
        self.exporter.saved.connect(self.message_line.show_document)
        self.structure = PlanStructure(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree_label)
        left_layout.addWidget(self.tree, 1)
        tree_buttons = QHBoxLayout()
        tree_buttons.addWidget(self.add_button)
        tree_buttons.addWidget(self.delete_button)
        tree_buttons.addWidget(self.structure.more_button)
        tree_buttons.addStretch(1)
        left_layout.addLayout(tree_buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([460, 580])
        self.kept_splitter = KeptSplitter(self.splitter, "plan")
        top = QHBoxLayout()
        top.addWidget(self.structure.plan_button)
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo)
        top.addWidget(self.plan_title, 1)
        top.addSpacing(12)
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addWidget(self.export_button)
        top.addWidget(self.export_report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_line)
        # A narrow page (a laptop at 150 %) puts the tree above the form: every measure's
        # text then gets the page's width, enough to tell «2.2 Забезпечення …» from «2.3».
        self.layout_switch = CompactSwitch(self, self._arrange, lambda: WIDE_WIDTH)
        chain: list[QWidget] = [
            self.structure.plan_button,
            self.plan_combo,
            self.period_combo,
            self.tree,
            self.add_button,
            self.delete_button,
            self.structure.more_button,
            *self.editor.fields(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self.tree.expandAll)
        self.add_button.clicked.connect(self.start_new_measure)
        self.delete_button.clicked.connect(self.delete_measure)
        self.editor.save_button.clicked.connect(self.save)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.editor.discard_button.clicked.connect(self.discard_changes)
        self.editor.report_button.clicked.connect(self.save_report)
        self.export_button.clicked.connect(self.export_plan)
        self.export_report_button.clicked.connect(self.export_report)
        self.retranslate()  # and refresh()

    def _arrange(self, compact: bool) -> None:
        self.splitter.setOrientation(
            Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal
        )
        self.splitter.setSizes([2, 3] if compact else [460, 580])
        self.tree.setMinimumWidth(0 if compact else 220)
        self.kept_splitter.restore()  # where the person left it in this arrangement

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Action plan")

    def retranslate(self) -> None:
        self.plan_label.setText(self.tr("&Plan:"))
        self.plan_combo.setAccessibleName(self.tr("Action plan"))
        self.period_label.setText(self.tr("Peri&od:"))
        self.period_combo.setAccessibleName(self.tr("Reporting period"))
        self.period_combo.setToolTip(
            self.tr("The year or quarter whose execution the list shows and the form records")
        )
        self.tree_label.setText(self.tr("Contents of the p&lan:"))
        self.tree.setAccessibleName(self.tr("Sections, goals and measures of the plan"))
        self.add_button.setText(self.tr("&Add measure"))
        self.add_button.setToolTip(self.tr("Add a measure to the selected goal"))
        self.add_button.setAccessibleName(self.tr("Add a measure to the selected goal"))
        self.delete_button.setText(self.tr("&Delete measure"))
        self.delete_button.setToolTip(
            self.tr(
                "Remove the selected measure and its execution reports (Ctrl+Z brings them back)"
            )
        )
        self.delete_button.setAccessibleName(self.tr("Delete the selected measure"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the action plan as PDF or XLSX"))
        self.export_report_button.setText(self.tr("Export the report…"))
        self.export_report_button.setToolTip(
            self.tr("Save the execution report of the selected period as PDF or XLSX")
        )
        self.structure.retranslate()
        self.editor.retranslate()
        self.model.retranslate()
        for row in range(self.period_combo.count()):
            self.period_combo.setItemText(row, period_label(self.period_combo.itemData(row)))
        self.message_line.clear()  # its text was composed in the previous language
        self.refresh()

    def refresh(self) -> None:
        cf = self.session.cf
        self.plans = service.list_plans(cf) if cf is not None else []
        self._moving = True
        try:
            self._fill_plans()
            self._fill_periods()
            reports = (
                {r.measure_id: r for r in service.get_reports(cf, self.period)}
                if cf is not None and self.plan is not None
                else {}
            )
            before = self.current_node()
            self.model.set_plan(self.plan, reports, self.period)
            # A rebuilt tree has lost its selection: the same item again, or the one an
            # edit asked for (the neighbour of a deleted measure).
            target = self._select_after or (before.key if before else self._shown)
            self._select_after = None
            now = self.current_node()
            if target is not None and (now is None or now.key != target):
                self.tree.setCurrentIndex(self.model.index_of(target))
        finally:
            self._moving = False
        self.setEnabled(cf is not None)
        for widget in (
            self.tree,
            self.period_combo,
            self.plan_combo,
            self.export_button,
            self.export_report_button,
        ):
            widget.setEnabled(self.plan is not None)
        no_plan = self.tr(
            "This community file has no action plan yet: «Plan» › «New plan…» creates one, "
            "with the four policy areas as its sections or a copy of another plan."
        )
        if cf is not None and self.plan is None:
            self.message_line.show_message(no_plan, "info")
        elif self.message_line.message() == no_plan:  # a plan made, or another file opened
            self.message_line.clear()
        if not self._holding:
            self._new_in_goal = None
            self._show_current()

    def _fill_plans(self) -> None:
        chosen = self.plan.id if self.plan is not None else None
        self.plan_combo.clear()
        for plan in self.plans:
            self.plan_combo.addItem(
                fill(self.tr("%1–%2: %3"), plan.period_start, plan.period_end, plan.title), plan.id
            )
        row = self.plan_combo.findData(chosen) if chosen is not None else -1
        self.plan_combo.setCurrentIndex(max(row, 0) if self.plans else -1)
        self.plan = self.plans[self.plan_combo.currentIndex()] if self.plans else None
        several = len(self.plans) > 1
        self.plan_label.setVisible(several)
        self.plan_combo.setVisible(several)
        self.plan_title.setVisible(not several)
        self.plan_title.set_full_text(self.plan.title if self.plan is not None else "")

    def _fill_periods(self) -> None:
        periods = plan_periods(self.plan) if self.plan is not None else []
        if self.plan is not None and self.period not in periods:
            self.period = default_period(self.plan)
        if [self.period_combo.itemData(i) for i in range(self.period_combo.count())] != periods:
            self.period_combo.clear()
            for period in periods:
                self.period_combo.addItem(period_label(period), period)
        self.period_combo.setCurrentIndex(self.period_combo.findData(self.period))

    # -- showing the selected item ----------------------------------------------------------
    def current_node(self) -> PlanNode | None:
        return self.model.node(self.tree.currentIndex())

    def shown_node(self) -> PlanNode | None:
        """The node whose record the forms show (the tree may already point elsewhere)."""
        if self._shown is None:
            return None
        return self.model.node(self.model.index_of(self._shown))

    def _show_current(self) -> None:
        node = self.current_node()
        self._shown = node.key if node is not None else None
        record = node.record if node is not None else None
        numbers = goal_numbers_beside(self.plan, record) if isinstance(record, PlanGoal) else None
        self.editor.show_record(record, numbers)
        self._show_report()

    def _show_report(self) -> None:
        node = self.shown_node()
        measure = node.record if node is not None else None
        if isinstance(measure, PlanMeasure) and self._new_in_goal is None:
            self.editor.show_report(
                self.model.report(measure.id or 0),
                fill(
                    self.tr("Execution of measure %1 in %2"),
                    measure.number,
                    period_label(self.period),
                ),
            )
        else:
            self.editor.show_report(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        node = self.current_node()
        self.add_button.setEnabled(node is not None and node.kind is not NodeKind.SECTION)
        self.delete_button.setEnabled(
            node is not None and node.kind is NodeKind.MEASURE and self._new_in_goal is None
        )
        self.structure.update()

    def has_unsaved_changes(self) -> bool:
        return self.editor.record_unsaved() or self.editor.report_unsaved()

    # -- moving around ----------------------------------------------------------------------
    def select(self, key: NodeKey) -> None:
        """Select a node of the tree (as a click would)."""
        self.tree.setCurrentIndex(self.model.index_of(key))

    def _current_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        if self._moving:
            return
        if not self.save_pending():  # stay on the item, with what was typed
            self._moving = True
            self.tree.setCurrentIndex(
                self.model.index_of(self._shown) if self._shown else QModelIndex()
            )
            self._moving = False
            return
        self._new_in_goal = None
        self._show_current()

    def save_pending(self) -> bool:
        """Save what was typed for the shown item before showing another; False (and the
        reason on the message line) if it cannot be saved."""
        if not self.has_unsaved_changes():
            return True
        self._holding = True
        try:
            if self.editor.record_unsaved() and not self.save_changes():
                return False
            return not (self.editor.report_unsaved() and not self.save_report())
        finally:
            self._holding = False

    def choose_plan(self, plan_id: int) -> None:
        """Show the plan with this id (a plan just made)."""
        self.plan = next((p for p in self.plans if p.id == plan_id), self.plan)
        self._shown = None
        self.refresh()

    def _plan_chosen(self, row: int) -> None:
        if self._moving or row < 0:
            return
        if not self.save_pending():
            self._moving = True
            self.plan_combo.setCurrentIndex(
                self.plan_combo.findData(self.plan.id if self.plan else None)
            )
            self._moving = False
            return
        self.plan = self.plans[row]
        self._shown = None
        self.refresh()

    def _period_chosen(self, row: int) -> None:
        if self._moving or row < 0:
            return
        if self.editor.report_unsaved():
            self._holding = True
            try:
                saved = self.save_report()  # for the period it was typed for
            finally:
                self._holding = False
            if not saved:
                self._moving = True
                self.period_combo.setCurrentIndex(self.period_combo.findData(self.period))
                self._moving = False
                return
        self.period = self.period_combo.itemData(row)
        self.refresh()

    # -- export -----------------------------------------------------------------------------
    def export_plan(self) -> None:
        """Ask where to save the plan (what was typed is saved first), then write it."""
        if self.plan is not None and self.save_pending():
            self.exporter.export_plan(self.plan, self._author())

    def export_report(self) -> None:
        """The same for the execution report of the selected period."""
        cf = self.session.cf
        if cf is None or self.plan is None or not self.save_pending():
            return
        from hromada_desk.services.plan_export import period_reports

        period, reports = period_reports(cf, self.plan, self.period)
        self.exporter.export_report(self.plan, reports, period, self._author())

    def _author(self) -> str:
        """The community's council, named as the documents' author."""
        from hromada_desk.services.plan_export import author_of

        return author_of(self.session.cf) if self.session.cf is not None else ""

    # -- edits (PlanWriter writes them) ----------------------------------------------------
    def save(self) -> bool:
        """«Зберегти» and Ctrl+S: the new measure, or what the forms hold (item and report)."""
        if self._new_in_goal is not None:
            return self.save_changes()
        if not self.save_pending():
            return False
        self._show_current()  # the forms as stored now
        return True

    def save_changes(self) -> bool:
        """Write the form of the shown item as one undoable edit; False if refused."""
        goal = self._new_in_goal
        if goal is not None:  # a new measure: added at the end of its goal
            try:
                measure = self.editor.measure_form.value()
            except Refused as refused:
                return self.writer.refuse(refused)
            self._new_in_goal = None
            added = self.writer.add_measure(goal, measure)
            if added is None:
                self._new_in_goal = goal
                return False
            self.select((NodeKind.MEASURE, added[0]))
            self.message_line.show_message(fill(self.tr("%1: done."), added[1]), "info")
            return True
        node, form = self.shown_node(), self.editor.record_form()
        if node is None or form is None:
            return True
        try:
            after = form.value()
        except Refused as refused:
            return self.writer.refuse(refused)
        if after == node.record:
            if not self._holding:
                self._show_current()
            return True
        return self.writer.save_record(node.record, after)

    def discard_changes(self) -> None:
        self._new_in_goal = None
        self.message_line.clear()
        self._show_current()

    def start_new_measure(self) -> None:
        """Show an empty measure form for the selected goal (or the selected measure's)."""
        if not self.save_pending():
            return
        node = self.current_node()
        if node is not None and node.kind is NodeKind.MEASURE:
            node = self.model.node(self.tree.currentIndex().parent())
        if node is None or not isinstance(node.record, PlanGoal):
            return
        goal = node.record
        self._new_in_goal = goal
        self._shown = node.key
        self.editor.show_new_measure(goal, next_measure_number(goal))
        self._update_buttons()
        self.message_line.show_message(
            self.tr("Type the measure and save it; it is added at the end of the goal."), "info"
        )

    def delete_measure(self) -> None:
        node = self.current_node()
        if self.session.cf is None or node is None or not isinstance(node.record, PlanMeasure):
            return
        # Afterwards the next measure of the goal is selected, else the previous, else the goal.
        goal_index = self.tree.currentIndex().parent()
        row = self.tree.currentIndex().row()
        if row + 1 < self.model.rowCount(goal_index):
            neighbour = self.model.node(self.model.index(row + 1, 0, goal_index))
        elif row > 0:
            neighbour = self.model.node(self.model.index(row - 1, 0, goal_index))
        else:
            neighbour = self.model.node(goal_index)
        self._select_after = neighbour.key if neighbour is not None else None
        self.writer.delete_measure(node.record)
        self._select_after = None

    def save_report(self) -> bool:
        """Write the execution report of the shown measure for the period; False if refused."""
        cf, node = self.session.cf, self.shown_node()
        if cf is None or node is None or not isinstance(node.record, PlanMeasure):
            return True
        measure_id, period = node.record.id or 0, self.period
        try:
            after = self.editor.report_form.value(measure_id, period)
        except Refused as refused:
            return self.writer.refuse(refused)
        before = service.get_report(cf, measure_id, period)
        if after == before:
            if not self._holding:
                self._show_report()
            return True
        return self.writer.save_report(node.record, period, before, after)
